"""The HTTP API through a real client (requests): the OpenAPI document, errors, limits, CSRF."""
import json
import socket
import time
import pathlib

import requests
from openapi_spec_validator import validate

FIXTURES = pathlib.Path(__file__).resolve().parent / "fixtures"
CHANGE = {"X-Padan-Request": "1"}


def test_the_openapi_document_validates(url):
    document = requests.get(f"{url}/openapi.json", timeout=10).json()
    validate(document)
    assert "/api/memory/lookup" in document["paths"]


def test_lookup_answers_json_with_the_documented_fields(url):
    answer = requests.get(f"{url}/api/memory/lookup", params={"text": "KTT ASEAN dibuka di Jakarta", "threshold": 50}, timeout=10)
    assert answer.status_code == 200
    matches = answer.json()
    assert matches and {"score", "source", "target", "unitID"} <= set(matches[0])


def test_errors_are_json_with_the_cli_message(url):
    answer = requests.get(f"{url}/api/memory/lookup", timeout=10)
    assert answer.status_code == 400
    assert answer.json()["error"]["message"] == "error: the `text` query parameter is missing"
    assert requests.get(f"{url}/api/nothing-here", timeout=10).status_code == 404


def test_import_needs_the_csrf_header_and_a_tmx_type(url):
    body = (FIXTURES / "hostile.tmx").read_bytes()
    assert requests.post(f"{url}/api/memory/import", data=body, headers={"Content-Type": "application/xml"}, timeout=10).status_code == 403
    assert requests.post(f"{url}/api/memory/import", data=body, headers={**CHANGE, "Content-Type": "text/plain"}, timeout=10).status_code == 415


def test_an_upload_past_the_limit_is_413(url):
    big = b"<tmx>" + b" " * 1_200_000 + b"</tmx>"
    answer = requests.post(f"{url}/api/memory/import", data=big, headers={**CHANGE, "Content-Type": "application/xml"}, timeout=30)
    assert answer.status_code == 413
    assert answer.json()["error"]["kind"] == "too-large"


def test_export_is_a_tmx_download(url):
    answer = requests.get(f"{url}/api/memory/export", timeout=60)
    assert answer.status_code == 200
    assert answer.headers["Content-Disposition"].startswith("attachment")
    assert b"<tmx version=\"1.4\"" in answer.content


def test_suggest_counts_one_entry_per_sentence(url):
    answer = requests.post(f"{url}/api/suggest", headers=CHANGE, timeout=30,
                           json={"text": "KTT ASEAN dibuka di Jakarta. Presiden tiba.", "threshold": 60})
    assert answer.status_code == 200
    assert [s["index"] for s in answer.json()["sentences"]] == [0, 1]
    bad = requests.post(f"{url}/api/suggest", headers=CHANGE, timeout=10, json={"text": "x", "threshold": 500})
    assert bad.status_code == 400 and "threshold" in json.dumps(bad.json())


def test_a_client_that_goes_away_mid_upload_changes_nothing(url):
    before = requests.get(f"{url}/api/memory/stats", timeout=10).json()["units"]
    host, port = url.removeprefix("http://").split(":")
    body = (FIXTURES / "hostile.tmx").read_bytes().replace(b"Polisi", b"Petugas")
    head = (f"POST /api/memory/import?origin=cut.tmx HTTP/1.1\r\nHost: {host}:{port}\r\nX-Padan-Request: 1\r\n"
            f"Content-Type: application/xml\r\nContent-Length: {len(body) * 4}\r\n\r\n").encode()
    with socket.create_connection((host, int(port)), timeout=10) as connection:
        connection.sendall(head + body)  # a quarter of what it announced, then it hangs up
    time.sleep(1)
    assert requests.get(f"{url}/api/memory/stats", timeout=10).json()["units"] == before
    found = requests.get(f"{url}/api/memory/search", params={"text": "Petugas menutup"}, timeout=10).json()
    assert found["hits"] == [] and found["sampled"] == 0
