"""A search whose date range ends before it starts is a typo: it is refused (422,
saying which bound is wrong) instead of answering "no documents" as if none matched."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from newsline.web.app import create_app


@pytest.fixture(scope="module")
def client(web_db):
    path, _ = web_db
    with TestClient(create_app(path)) as c:
        yield c


@pytest.mark.parametrize(
    "url",
    [
        "/api/search?date_from=2024-07-13&date_to=2024-07-12",
        "/api/search?q=nato&date_from=2025-01-01&date_to=2024-12-31",
        "/search?q=nato&date_from=2024-08-01&date_to=2024-07-01",
    ],
)
def test_inverted_date_range_is_422_naming_the_bounds(client, url):
    r = client.get(url)
    assert r.status_code == 422, url
    if url.startswith("/api"):
        detail = r.json()["detail"]
        assert detail[0]["loc"] == ["query", "date_to"]
        assert "before date_from" in detail[0]["msg"]
    else:
        assert "text/html" in r.headers["content-type"] and "before date_from" in r.text


@pytest.mark.parametrize(
    "query",
    [
        "date_from=2024-07-13&date_to=2024-07-13",  # one day: both bounds inclusive
        "date_from=2024-07-13",
        "date_to=2024-07-13",
        "date_from=&date_to=2024-07-13",  # an untouched form field
    ],
)
def test_ordered_or_open_ranges_are_answered(client, query):
    assert client.get(f"/api/search?q=nato&{query}").status_code == 200
    assert client.get(f"/search?q=nato&{query}").status_code == 200
