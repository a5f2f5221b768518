"""The web app through FastAPI's TestClient: every page and endpoint, search,
validation, 404s and escaping of hostile documents."""

from __future__ import annotations

import re
import warnings
from urllib.parse import quote

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from newsline.store import Store
from newsline.web.app import create_app
from newsline.web.data import safe_href


@pytest.fixture(scope="module")
def client(web_db):
    path, _ = web_db
    with TestClient(create_app(path)) as c:
        yield c


@pytest.fixture(scope="module")
def ids(web_db):
    return web_db[1]


# -- JSON API ------------------------------------------------------------------------


def test_api_stories(client):
    r = client.get("/api/stories")
    assert r.status_code == 200
    body = r.json()
    assert body["total"] == 2
    s = {x["id"]: x for x in body["stories"]}["s-japan-nato"]
    assert s["languages"] == ["en", "th", "vi", "zh"]
    assert s["documents"] == 5 and len(s["sites"]) == 5
    assert s["flags"] == {"foreign_block": 1, "spam": 1, "suspect_date": 1}
    assert (s["start"], s["end"]) == ("2024-01-31", "2024-07-13")


def test_api_story_timeline(client, ids):
    s = client.get("/api/stories/s-japan-nato").json()
    assert [e["date"] for e in s["events"]] == ["2024-01-31", "2024-07-12"]
    merged = s["events"][1]
    assert merged["conflicting"] is True
    assert {x["lang"] for x in merged["sources"]} == {"vi", "zh", "th"}
    vi = next(x for x in merged["sources"] if x["lang"] == "vi")
    assert vi["quote"].startswith("Ngày 12/7") and vi["doc_id"] == ids["vi"]
    assert s["events_from"] == "merged"
    assert len(s["timeline"]["points"]) == 2


def test_api_document(client, ids):
    d = client.get(f"/api/documents/{ids['vi']}").json()
    assert d["lang"] == "vi" and d["story"]["id"] == "s-japan-nato"
    labels = [b["label"] for b in d["blocks"]]
    assert labels == ["title", "navigation", "body", "spam", "foreign", "body"]
    spam = d["blocks"][3]
    assert spam["reasons"] and spam["text"].startswith("MUA NGAY")
    assert d["text"][spam["start"] : spam["end"]] == spam["text"]
    assert {f["kind"] for f in d["flags"]} == {"spam", "foreign_block"}
    assert d["summary"]["set_aside"] == 3
    copy = client.get(f"/api/documents/{ids['en_copy']}").json()
    assert copy["near_duplicates"][0]["id"] == ids["en"]
    orig = client.get(f"/api/documents/{ids['en']}").json()
    assert orig["near_duplicates"][0]["id"] == ids["en_copy"]  # linked from both sides


def test_api_documents_list(client):
    body = client.get("/api/documents?limit=2").json()
    assert body["total"] == 6 and len(body["documents"]) == 2
    assert client.get("/api/documents?lang=th").json()["total"] == 1


def test_api_runs(client):
    runs = client.get("/api/runs").json()["runs"]
    assert runs[0]["report"]["rejected"] == 2
    assert {e["reason"].split(" ")[0] for e in runs[0]["errors"]} == {"truncated", "undecodable"}


def test_api_quality(client):
    q = client.get("/api/quality").json()
    assert q["documents"] == 6
    vi = next(g for g in q["groups"] if g["lang"] == "vi")
    assert set(vi["set_aside"]) == {"navigation", "spam", "foreign"}


@pytest.mark.parametrize(
    "q, key",
    [("nhat ban", "vi"), ("Nhật Bản", "vi"), ("ญี่ปุ่น", "th"), ("北约", "zh"), ("cooperation", "en")],
)
def test_api_search_scripts(client, ids, q, key):
    body = client.get("/api/search", params={"q": q}).json()
    assert ids[key] in [h["id"] for h in body["hits"]]
    assert "<mark>" in body["hits"][0]["snippet_html"]


def test_api_search_filters(client, ids):
    get = lambda **p: [h["id"] for h in client.get("/api/search", params=p).json()["hits"]]
    assert set(get(q="nato", lang="en")) == {ids["en"], ids["en_copy"]}
    assert get(q="nato", lang="en", date_from="2024-07-13") == [ids["en_copy"]]
    assert get(q="nato", date_to="2024-07-01") == []
    assert get(flag="suspect_date") == [ids["th"]]
    assert get(q="hostile", story="s-evil") == [ids["evil"]]
    # An untouched HTML form sends empty strings: they mean "any".
    assert len(get(q="nato", lang="", date_from="", date_to="", story="", flag="")) == 3


@pytest.mark.parametrize(
    "url",
    [
        "/api/search?limit=0",
        "/api/search?limit=100000",
        "/api/search?offset=-1",
        "/api/search?date_from=2024-13-01",
        "/api/search?date_from=yesterday",
        "/api/search?date_to=2024-02-30",
        "/api/search?lang=%3Cscript%3E",
        "/api/search?flag=a%20b",
        "/api/search?q=" + "x" * 201,
        "/api/stories?limit=abc",
        "/api/documents?offset=-5",
        "/search?page=0",
        "/search?date_from=nope",
        "/?page=-1",
    ],
)
def test_bad_parameters_are_422(client, url):
    r = client.get(url)
    assert r.status_code == 422, url
    if url.startswith("/api"):
        assert r.json()["detail"]
    else:
        assert "text/html" in r.headers["content-type"] and "not valid" in r.text


@pytest.mark.parametrize(
    "url",
    [
        "/api/documents/nope",
        "/api/stories/nope",
        "/documents/nope",
        "/stories/nope",
        "/no/such/page",
        "/static/../../etc/passwd",
        "/static/other.css",
        "/documents/" + quote("../../etc/passwd", safe=""),
        # an id too long to exist was a 422 "not valid", not "no such document"
        "/documents/" + "x" * 300,
        "/api/documents/" + "x" * 300,
        "/stories/" + "s" * 300,
        "/api/stories/" + "s" * 5000,
    ],
)
def test_unknown_things_are_404(client, url):
    r = client.get(url)
    assert r.status_code == 404, url
    assert "root:" not in r.text


# -- pages ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    ["/", "/documents", "/search", "/runs", "/api", "/stories/s-japan-nato", "/search?q=nato"],
)
def test_pages_render_with_security_headers(client, url):
    r = client.get(url)
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/html")
    csp = r.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src" not in csp
    assert r.headers["x-content-type-options"] == "nosniff"


def test_stories_page_lists_stories(client):
    html = client.get("/").text
    assert "Japan and NATO move closer" in html
    assert 'href="/stories/s-japan-nato"' in html
    assert "2024-01-31 – 2024-07-13" in html


def test_story_page_marks_quote_languages(client):
    html = client.get("/stories/s-japan-nato").text
    assert re.search(r'<blockquote class="quote"\s+lang="zh">', html)
    assert re.search(r'<blockquote class="quote"\s+lang="th">', html)
    assert '<svg class="timeline"' in html and "date_conflict" in html


def test_document_page_shows_cleaning(client, ids):
    html = client.get(f"/documents/{ids['vi']}").text
    assert "<del>MUA NGAY" in html
    assert "hl-spam" in html and "hl-foreign" in html
    assert "all capitals, words found nowhere else on the page" in html
    assert 'lang="zh"' in html
    html = client.get(f"/documents/{ids['en_copy']}").text
    assert f'href="/documents/{ids["en"]}"' in html  # duplicate linked


def test_search_page(client, ids):
    html = client.get("/search", params={"q": "北约"}).text
    assert "<mark>北约</mark>" in html and f'href="/documents/{ids["zh"]}"' in html
    assert 'value="北约"' in html


def test_empty_database_pages_show_what_exists(tmp_path):
    path = tmp_path / "empty.db"
    Store(path).close()
    with TestClient(create_app(path)) as c:
        for url in ["/", "/documents", "/search?q=x", "/runs", "/api/stories", "/api/quality"]:
            assert c.get(url).status_code == 200, url
        assert "holds no documents yet" in c.get("/").text


def test_missing_database_fails_clearly(tmp_path):
    with pytest.raises(Exception, match="no such database"):
        create_app(tmp_path / "missing.db")


def test_openapi_documents_every_api_endpoint(client):
    paths = client.get("/openapi.json").json()["paths"]
    for p in [
        "/api/stories",
        "/api/stories/{story_id}",
        "/api/documents",
        "/api/documents/{doc_id}",
        "/api/search",
        "/api/runs",
        "/api/quality",
    ]:
        assert p in paths
    params = {x["name"] for x in paths["/api/search"]["get"]["parameters"]}
    assert {"q", "lang", "date_from", "date_to", "story", "flag", "limit", "offset"} <= params


# -- hostile documents ---------------------------------------------------------------

PAYLOAD_TAGS = re.compile(r"<(script|img|svg onload|iframe)|<a href=\"javascript", re.IGNORECASE)


@pytest.mark.parametrize(
    "url", ["/", "/documents", "/runs", "/stories/s-evil", "/search?q=hostile", "/search?q=zzevil"]
)
def test_hostile_strings_are_escaped(client, url):
    html = client.get(url).text
    assert not PAYLOAD_TAGS.search(html), PAYLOAD_TAGS.search(html)
    assert "&lt;script&gt;" in html or "&lt;img" in html


def test_hostile_document_page(client, ids):
    html = client.get(f"/documents/{ids['evil']}").text
    assert not PAYLOAD_TAGS.search(html)
    assert "&lt;img src=x onerror=" in html
    assert 'href="javascript:' not in html
    # the javascript: URL is shown as text, not a link
    assert "javascript:window.__pwned=4" in html
    api = client.get(f"/api/documents/{ids['evil']}").json()
    assert api["href"] is None and api["url"].startswith("javascript:")


@pytest.mark.parametrize(
    "url, ok",
    [
        ("https://example.com/a?b=1", True),
        ("http://x.vn/", True),
        ("javascript:alert(1)", False),
        ("JAVASCRIPT:alert(1)", False),
        (" javascript:alert(1)", False),
        ("data:text/html,x", False),
        ("vbscript:x", False),
        ("//evil.example/x", False),
        ("/relative", False),
        ("", False),
        (None, False),
        ("https://ex\nample.com", False),
        ("java\tscript:alert(1)", False),
    ],
)
def test_safe_href(url, ok):
    assert (safe_href(url) is not None) is ok


def test_story_quotes_link_to_the_cited_sentence(client, ids):
    html = client.get("/stories/s-japan-nato").text
    m = re.search(rf'href="/documents/{ids["vi"]}#(s-\d+-\d+)"', html)
    assert m
    doc = client.get(f"/documents/{ids['vi']}").text
    assert f'<mark class="cited" id="{m.group(1)}"' in doc


@pytest.mark.parametrize(
    "url,empty_says",
    [
        ("/?page=7", "No stories have been built"),
        ("/documents?page=7", "No documents"),
        ("/documents?page=7&lang=vi", "No documents"),
        ("/search?q=NATO&page=7", "Nothing found"),
    ],
)
def test_a_page_past_the_last_links_to_the_last_not_to_nothing(client, url, empty_says):
    # a page number past the end (a stale link, a hand-typed URL) said "No
    # stories have been built for this database yet" or "Nothing found" of a
    # database holding them, and search offered "previous" to another empty page
    res = client.get(url)
    assert res.status_code == 200
    assert empty_says not in res.text
    assert "Page 7 is past the last page" in res.text
    assert re.search(r'<a href="[^"]*page=1[^"]*">Go to page 1</a>', res.text), res.text
    assert "page=6" not in res.text
    if "lang=vi" in url:
        assert "page=1&amp;lang=vi" in res.text


def test_runs_page_tells_repeats_from_already_stored(tmp_path):
    # a page met twice in one run's inputs was shown as "already stored"
    db = tmp_path / "r.db"
    with Store(db) as store:
        run = store.start_run(["/a.warc", "/b.warc"])
        store.finish_run(
            run,
            {
                "read": 3,
                "processed": 2,
                "skipped_existing": 0,
                "files_skipped": 0,
                "repeated_in_inputs": 1,
                "rejected": 0,
                "rejected_reasons": {},
                "seconds": 0.5,
                "stages": {},
            },
        )
    with TestClient(create_app(db)) as c:
        text = " ".join(re.sub(r"<[^>]+>", " ", c.get("/runs").text).split())
    assert "already stored 0" in text
    assert "repeated in the inputs 1" in text
