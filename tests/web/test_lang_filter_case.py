"""The web app reads a language filter in capitals (``?lang=VI``) as the
stored code ``vi`` on the search, stories and documents pages and their API
twins, where each answered nothing. Failed at eb8935f3."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from newsline.web.app import create_app


@pytest.fixture(scope="module")
def client(web_db):
    path, _ = web_db
    with TestClient(create_app(path)) as c:
        yield c


def test_api_filters_read_a_language_in_capitals(client):
    lower = client.get("/api/search", params={"lang": "vi"}).json()
    upper = client.get("/api/search", params={"lang": "VI"}).json()
    assert lower["total"] > 0 and upper["total"] == lower["total"]
    assert upper["filters"]["lang"] == "vi"
    for url in ("/api/stories", "/api/documents"):
        got = client.get(url, params={"lang": "Vi"}).json()
        assert got == client.get(url, params={"lang": "vi"}).json() and got["total"] > 0


def test_pages_read_a_language_in_capitals(client):
    for url in ("/", "/documents"):
        assert (
            client.get(url, params={"lang": "VI"}).text
            == client.get(url, params={"lang": "vi"}).text
        )
