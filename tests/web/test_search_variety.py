"""A search hit on a page written in Cantonese says so: ``lang_variety``
"yue" in ``/api/search`` (null for a standard Chinese page) and the language
pill ``zh/yue`` on the search page, where both said ``zh`` alone. Failed at
eb8935f3."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from newsline.web.app import create_app
from tests.cantonese_page import cantonese_store


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    path = tmp_path_factory.mktemp("yue") / "yue.db"
    cantonese_store(path)
    with TestClient(create_app(path)) as client:
        yield client


def test_api_hits_name_the_variety(client):
    hits = {h["source"]: h for h in client.get("/api/search", params={"lang": "zh"}).json()["hits"]}
    assert (hits["hk/market.txt"]["lang"], hits["hk/market.txt"]["lang_variety"]) == ("zh", "yue")
    assert hits["gz/metro.txt"]["lang_variety"] is None


def test_the_search_page_shows_zh_slash_yue(client):
    html = client.get("/search", params={"q": "旺角"}).text
    assert ">zh/yue</span>" in html
    assert ">zh/yue</span>" not in client.get("/search", params={"q": "地铁"}).text
