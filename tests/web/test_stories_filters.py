"""/api/stories answers the analyst's "which stories are told in several languages
(one of them Thai)?" with the CLI's filters: min_languages and lang."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from newsline.web.app import create_app


@pytest.fixture(scope="module")
def client(web_db):
    path, _ = web_db
    with TestClient(create_app(path)) as c:
        yield c


def _ids(client, query):
    r = client.get("/api/stories" + query)
    assert r.status_code == 200, r.text
    payload = r.json()
    assert payload["total"] == len(payload["stories"])  # one page here: total counts the filtered
    return [s["id"] for s in payload["stories"]]


def test_min_languages_keeps_the_multilingual_stories(client):
    assert sorted(_ids(client, "")) == ["s-evil", "s-japan-nato"]
    assert _ids(client, "?min_languages=2") == ["s-japan-nato"]
    assert _ids(client, "?min_languages=4") == ["s-japan-nato"]
    assert _ids(client, "?min_languages=5") == []


def test_lang_keeps_the_stories_with_a_document_in_it(client):
    assert _ids(client, "?lang=th") == ["s-japan-nato"]
    assert sorted(_ids(client, "?lang=en")) == ["s-evil", "s-japan-nato"]
    assert _ids(client, "?lang=en&min_languages=2") == ["s-japan-nato"]
    assert _ids(client, "?lang=fr") == []
    assert sorted(_ids(client, "?lang=")) == ["s-evil", "s-japan-nato"]  # an empty field: any


@pytest.mark.parametrize("query", ["?min_languages=0", "?min_languages=x", "?lang=%3Cscript%3E"])
def test_bad_story_filters_are_422(client, query):
    r = client.get("/api/stories" + query)
    assert r.status_code == 422 and r.json()["detail"]


def _story_links(html):
    import re

    return sorted(set(re.findall(r'href="/stories/([^"]+)"', html)))


def test_stories_page_filters_as_the_api(client):
    r = client.get("/")
    assert r.status_code == 200
    assert 'name="min_languages"' in r.text and 'name="lang"' in r.text
    assert _story_links(r.text) == ["s-evil", "s-japan-nato"]
    r = client.get("/?min_languages=2")
    assert r.status_code == 200 and _story_links(r.text) == ["s-japan-nato"]
    assert 'value="2"' in r.text  # the form shows the filter in force
    r = client.get("/?lang=th")
    assert _story_links(r.text) == ["s-japan-nato"]
    assert '<option value="th" selected>' in r.text


def test_stories_page_says_when_no_story_matches(client):
    r = client.get("/?min_languages=9&lang=en")
    assert r.status_code == 200 and _story_links(r.text) == []
    text = " ".join(r.text.split())  # HTML whitespace is one space
    assert "None of the 2 stories is told in 9 languages or more with a document in en" in text
    assert "No stories have been built" not in r.text  # they have; none matches


@pytest.mark.parametrize("query", ["?min_languages=0", "?min_languages=two", "?lang=%3Cscript%3E"])
def test_stories_page_bad_filters_are_422(client, query):
    r = client.get("/" + query)
    assert r.status_code == 422 and "not valid" in r.text
    assert "<script>" not in r.text
