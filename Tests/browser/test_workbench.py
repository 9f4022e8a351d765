"""The four pages used as a translator would: in headless Chromium, against a live server."""
import pathlib

import requests
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

from conftest import screenshot

ROOT = pathlib.Path(__file__).resolve().parents[2]
FIXTURES = pathlib.Path(__file__).resolve().parent / "fixtures"


def wait(browser, condition, timeout=20):
    return WebDriverWait(browser, timeout).until(condition)


def visible(browser, css):
    return wait(browser, EC.visibility_of_element_located((By.CSS_SELECTOR, css)))


def open_page(browser, url, page):
    browser.get("about:blank")  # a fresh document, not just a change of fragment
    browser.get(f"{url}/#{page}")
    visible(browser, f"#page-{page}")
    wait(browser, lambda b: "units in the memory" in b.find_element(By.ID, "stats").text)


def units(url):
    return requests.get(f"{url}/api/memory/stats", timeout=10).json()["units"]


def error_text(browser):
    box = visible(browser, "#error")
    return box.text


def test_suggest_shows_matches_and_a_highlighted_term(browser, url):
    open_page(browser, url, "suggest")
    article = (ROOT / "Examples" / "new-launch.id.txt").read_text(encoding="utf-8")
    area = browser.find_element(By.ID, "suggest-text")
    browser.execute_script("arguments[0].value = arguments[1]", area, article)
    browser.find_element(By.ID, "suggest-run").click()
    visible(browser, "#suggest-results .sentence")
    terms = browser.find_elements(By.CSS_SELECTOR, "#suggest-results mark.term")
    assert terms, "no glossary term highlighted"
    rudal = [t for t in terms if t.text.lower().startswith("rudal")]
    assert rudal and "missile" in rudal[0].get_attribute("title")
    scores = browser.find_elements(By.CSS_SELECTOR, "#suggest-results .match .score")
    assert scores, "no memory match shown"
    screenshot(browser, "suggest")


def test_concordance_finds_affixed_forms_and_filters_by_origin(browser, url):
    open_page(browser, url, "concordance")
    browser.find_element(By.ID, "conc-text").send_keys("luncur")
    browser.find_element(By.ID, "conc-run").click()
    wait(browser, lambda b: len(b.find_elements(By.CSS_SELECTOR, "#conc-results tr")) > 1)
    marks = [m.text.lower() for m in browser.find_elements(By.CSS_SELECTOR, "#conc-results mark.hit")]
    assert any(m != "luncur" and "luncur" in m for m in marks), marks
    shown = len(browser.find_elements(By.CSS_SELECTOR, "#conc-results tr")) - 1
    browser.find_element(By.ID, "conc-origin").send_keys("no-such-origin")
    wait(browser, lambda b: len(b.find_elements(By.CSS_SELECTOR, "#conc-results tr")) == 1)
    assert browser.find_element(By.ID, "conc-count").text == f"0 of {shown} units shown"


def test_glossary_lookup_shows_renderings_and_user_text_as_text(browser, url):
    open_page(browser, url, "glossary")
    browser.find_element(By.ID, "gloss-text").send_keys("persenjataan")
    browser.find_element(By.ID, "gloss-run").click()
    entry = visible(browser, "#gloss-results .entry")
    assert entry.find_element(By.CSS_SELECTOR, ".preferred").text
    screenshot(browser, "glossary")
    box = browser.find_element(By.ID, "gloss-text")
    box.clear()
    box.send_keys("pelabuhan tikus")
    browser.find_element(By.ID, "gloss-run").click()
    wait(browser, lambda b: "smuggling jetty" in b.find_element(By.ID, "gloss-results").text)
    note = browser.find_element(By.CSS_SELECTOR, "#gloss-results .entry .note")
    assert "<script>window.padanHacked=1</script>" in note.text
    assert browser.execute_script("return window.padanHacked") is None


def test_a_memory_unit_with_a_script_is_shown_as_text(browser, url):
    open_page(browser, url, "concordance")
    browser.find_element(By.ID, "conc-text").send_keys("pelabuhan")
    browser.find_element(By.ID, "conc-run").click()
    cell = wait(browser, lambda b: b.find_element(By.CSS_SELECTOR, "#conc-results td"))
    assert "<script>window.padanHacked=1</script>" in cell.text
    assert browser.execute_script("return window.padanHacked") is None
    assert not browser.find_elements(By.CSS_SELECTOR, "#conc-results script")


def test_align_merge_with_keyboard_store_and_find_through_concordance(browser, url):
    open_page(browser, url, "align")
    source = (ROOT / "Examples" / "archive" / "fighter-jet.id.txt").read_text(encoding="utf-8")
    target = (ROOT / "Examples" / "archive" / "fighter-jet.en.txt").read_text(encoding="utf-8")
    browser.execute_script("arguments[0].value = arguments[1]", browser.find_element(By.ID, "align-source"), source)
    browser.execute_script("arguments[0].value = arguments[1]", browser.find_element(By.ID, "align-target"), target)
    name = browser.find_element(By.ID, "align-name")
    name.clear()
    name.send_keys("fighter-jet-reviewed")
    browser.find_element(By.ID, "align-run").click()
    visible(browser, "#align-table tr.selected")
    rows = browser.find_elements(By.CSS_SELECTOR, "#align-table tr[data-index]")
    assert len(rows) >= 4
    first_id = rows[1].find_element(By.CSS_SELECTOR, "td.id").text
    second_id = rows[2].find_element(By.CSS_SELECTOR, "td.id").text
    keys = lambda text: ActionChains(browser).send_keys(text).perform()
    keys("j")  # select link 2
    keys("m")  # merge it with link 3
    wait(browser, lambda b: len(b.find_elements(By.CSS_SELECTOR, "#align-table tr[data-index]")) == len(rows) - 1)
    merged = browser.find_element(By.CSS_SELECTOR, "#align-table tr.selected td.id").text
    assert merged == f"{first_id} {second_id}"
    browser.execute_script("window.scrollTo(0, document.getElementById('align-run').getBoundingClientRect().top + window.scrollY - 8)")
    screenshot(browser, "align")
    keys("u")  # undo, then merge again with the button
    wait(browser, lambda b: len(b.find_elements(By.CSS_SELECTOR, "#align-table tr[data-index]")) == len(rows))
    browser.find_element(By.CSS_SELECTOR, "[data-edit=merge]").click()
    wait(browser, lambda b: len(b.find_elements(By.CSS_SELECTOR, "#align-table tr[data-index]")) == len(rows) - 1)
    before = units(url)
    browser.find_element(By.ID, "align-store").click()
    wait(browser, lambda b: "stored" in b.find_element(By.ID, "align-status").text)
    assert units(url) > before

    open_page(browser, url, "concordance")
    words = " ".join(merged.split()[:3])
    browser.find_element(By.ID, "conc-text").send_keys(words)
    browser.find_element(By.ID, "conc-origin").send_keys("fighter-jet-reviewed")
    browser.find_element(By.ID, "conc-run").click()
    wait(browser, lambda b: len(b.find_elements(By.CSS_SELECTOR, "#conc-results tr")) > 1)
    texts = [td.text for td in browser.find_elements(By.CSS_SELECTOR, "#conc-results td:first-child")]
    assert merged in texts


def upload(browser, url, path):
    """Imports a file through the Concordance page's Import button; returns the status line."""
    open_page(browser, url, "concordance")
    browser.find_element(By.ID, "import-file").send_keys(str(path.resolve()))
    browser.find_element(By.ID, "import-run").click()
    wait(browser, lambda b: "importing" not in b.find_element(By.ID, "import-status").text)
    return browser.find_element(By.ID, "import-status").text


def test_a_tmx_upload_through_the_page_is_imported(browser, url):
    before = units(url)
    assert upload(browser, url, FIXTURES / "good.tmx") == "good.tmx: 2 units added"
    assert units(url) == before + 2


def test_bad_uploads_show_the_error_and_change_nothing(browser, url):
    before = units(url)
    assert upload(browser, url, FIXTURES / "not-tmx.txt") == "not-tmx.txt: nothing imported"
    assert "not-tmx.txt:1" in error_text(browser)
    assert upload(browser, url, FIXTURES / "broken.tmx") == "broken.tmx: nothing imported"
    assert "broken.tmx:" in error_text(browser)
    screenshot(browser, "bad-upload")
    large = FIXTURES.parent.parent.parent / ".build" / "browser-large.tmx"
    large.write_text("<tmx>" + "x" * (1_100_000) + "</tmx>", encoding="utf-8")
    assert upload(browser, url, large) == "browser-large.tmx: nothing imported"
    assert "larger than this server takes" in error_text(browser)
    assert units(url) == before

    # The page shows the server's message in its error box.
    open_page(browser, url, "align")
    browser.find_element(By.ID, "align-run").click()
    assert "no sentences to align" in error_text(browser)


def test_a_server_with_a_token_takes_it_from_the_link_or_asks_for_it(browser, token_server):
    url, token = token_server
    browser.get("about:blank")
    browser.get(f"{url}/")
    visible(browser, "#token-form")
    assert "access token" in error_text(browser)
    browser.find_element(By.ID, "token-input").send_keys(token)
    browser.find_element(By.CSS_SELECTOR, "#token-entry button").click()
    wait(browser, lambda b: "units in the memory" in b.find_element(By.ID, "stats").text)

    browser.execute_script("sessionStorage.clear()")
    browser.get("about:blank")
    browser.get(f"{url}/#token={token}")
    wait(browser, lambda b: "units in the memory" in b.find_element(By.ID, "stats").text)
    assert "#token" not in browser.current_url, "the token leaves the address bar"


def test_concordance_marks_the_spotted_translation_and_counts_the_renderings(browser, url):
    open_page(browser, url, "concordance")
    field = browser.find_element(By.ID, "conc-text")
    field.clear()
    field.send_keys("KTT")
    browser.find_element(By.ID, "conc-run").click()
    wait(browser, lambda b: b.find_element(By.ID, "conc-renderings").text.startswith("KTT:"))
    answer = requests.get(f"{url}/api/memory/search", params={"text": "KTT", "limit": 200}, timeout=10).json()
    spotted = [hit["spotText"] for hit in answer["hits"] if "spotText" in hit]
    rows = browser.find_elements(By.CSS_SELECTOR, "#conc-results tr")[1:]
    assert len(rows) == len(answer["hits"]) > 0
    # The spotted span is marked in the English cell, as text, and is what the API spotted.
    marks = [m.text for m in browser.find_elements(By.CSS_SELECTOR, "#conc-results td:nth-child(2) mark.spot")]
    assert marks == spotted and marks, (marks, spotted)
    assert not browser.find_elements(By.CSS_SELECTOR, "#conc-results td:first-child mark.spot")
    summary = browser.find_element(By.ID, "conc-renderings").text
    first = answer["renderings"][0]
    assert f"{first['text']} {first['count']}" in summary and f"over {answer['sampled']} hits" in summary
    assert "summit" in first["text"].lower(), answer["renderings"]
    screenshot(browser, "concordance")
