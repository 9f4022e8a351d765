"""Shared fixtures: the server's address and a headless Chromium at a fixed window size."""
import os
import re
import subprocess
import tempfile
import threading

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

URL = os.environ.get("PADAN_URL", "http://127.0.0.1:8080")
SCREENSHOTS = os.environ.get("PADAN_SCREENSHOTS", "Docs/screenshots")


@pytest.fixture(scope="session")
def url():
    return URL


@pytest.fixture(scope="session")
def browser():
    options = Options()
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1200,860", "--force-device-scale-factor=1"):
        options.add_argument(argument)
    options.binary_location = "/usr/bin/chromium"
    driver = webdriver.Chrome(options=options, service=Service("/usr/bin/chromedriver"))
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def screenshot(driver, name):
    """Saves the page as Docs/screenshots/NAME.png for the README."""
    os.makedirs(SCREENSHOTS, exist_ok=True)
    driver.save_screenshot(os.path.join(SCREENSHOTS, f"{name}.png"))


@pytest.fixture(scope="session")
def token_server():
    """A second server that needs an access token, on a free port: yields (url, token)."""
    token = "desk-token-0123456789abcdef"
    directory = tempfile.mkdtemp()
    server = subprocess.Popen([os.environ["PADAN_BINARY"], "serve", "--memory", os.path.join(directory, "m.sqlite"),
                               "--port", "0", "--token", token, "--quiet"], stderr=subprocess.PIPE, text=True)
    try:
        for line in server.stderr:
            found = re.search(r"at (http://127\.0\.0\.1:\d+)/", line)
            if found:
                break
        # Keep reading its log so that the server never blocks on a full pipe.
        threading.Thread(target=lambda: [None for _ in server.stderr], daemon=True).start()
        yield found.group(1), token
    finally:
        server.terminate()
        server.wait(timeout=30)
