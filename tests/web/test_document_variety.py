"""The web app's document page and its JSON twin say a page is written
Cantonese: the variety beside the language pill, ``zh/yue`` on each
Cantonese block with ``lang="yue"`` on its text (so a browser picks Hong Kong
glyphs), ``lang_variety`` and each block's ``variety`` in
``/api/documents/ID``. Before, both showed ``zh`` alone. Failed at eb8935f3."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from newsline.web.app import create_app
from tests.cantonese_page import cantonese_store


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    path = tmp_path_factory.mktemp("yue") / "yue.db"
    yue, zh = cantonese_store(path)
    with TestClient(create_app(path)) as client:
        yield client, yue, zh


def test_the_document_page_names_the_variety(site):
    client, yue, _ = site
    html = client.get(f"/documents/{yue}").text
    assert "written Cantonese (yue)" in html
    assert html.count(">zh/yue<") == 2
    assert html.count('lang="yue"') == 2


def test_the_api_names_the_variety_of_the_page_and_blocks(site):
    client, yue, zh = site
    doc = client.get(f"/api/documents/{yue}").json()
    assert (doc["lang"], doc["lang_variety"]) == ("zh", "yue")
    assert [b["variety"] for b in doc["blocks"]] == [None, "yue", "yue"]
    other = client.get(f"/api/documents/{zh}").json()
    assert other["lang_variety"] is None
    assert "Cantonese" not in client.get(f"/documents/{zh}").text


def test_the_documents_and_story_pages_list_the_page_as_zh_slash_yue(site):
    client, yue, zh = site
    for url in ("/documents", "/stories/s-zh"):
        html = client.get(url).text
        assert html.count(">zh/yue</span>") == 1, url
    listed = {d["id"]: d for d in client.get("/api/documents").json()["documents"]}
    assert (listed[yue]["lang_variety"], listed[zh]["lang_variety"]) == ("yue", None)
