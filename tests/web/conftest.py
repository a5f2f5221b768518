"""A small multilingual database for the web tests, written through the Store.

Documents in Vietnamese, Thai, Chinese and English, with labelled blocks,
flags, duplicates, a cross-language story with merged events, a run with a
rejected input -- and hostile strings (script tags, event handlers,
javascript: URLs) in every field a page or the report shows.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from newsline.model import Block, Document, EventMention, Flag, ReadError, make_doc_id
from newsline.store import Store
from newsline.web import index as gram_index

XSS = '<script>window.__pwned=1;alert("x")</script>'
XSS_IMG = '<img src=x onerror="window.__pwned=2;alert(2)">'
XSS_SVG = '"><svg onload="window.__pwned=3">'
XSS_URL = "javascript:window.__pwned=4;alert(4)"


def _doc(source: str, parts: list[tuple[str, str, str | None, list[str]]], **kw) -> Document:
    """A document from (text, label, lang, reasons) parts, one block per part."""
    text = ""
    blocks = []
    for i, (t, label, lang, reasons) in enumerate(parts):
        if i:
            text += "\n"
        blocks.append(Block(len(text), len(text) + len(t), label, lang, reasons))
        text += t
    d = Document(id=make_doc_id(source, text), source=source, text=text, blocks=blocks, **kw)
    return d


def _span(doc: Document, needle: str) -> tuple[int, int]:
    i = doc.text.index(needle)
    return i, i + len(needle)


def build_web_db(path: Path) -> dict[str, str]:
    """Write the test database; returns names -> ids for the tests."""
    vi = _doc(
        "/corpus/tin-a/nhat-ban-nato.html",
        [
            ("Nhật Bản - NATO xích lại gần nhau", "title", "vi", []),
            (
                "Trang chủ | Thế giới | Kinh tế",
                "navigation",
                "vi",
                ["short link-like lines at the top of the page"],
            ),
            (
                (
                    "Ngày 12/7, Thủ tướng Nhật Bản và Tổng thư ký NATO đã nhất trí thông qua "
                    "một tài liệu quan trọng về hợp tác an ninh tại Vilnius."
                ),
                "body",
                "vi",
                [],
            ),
            (
                "MUA NGAY GIẢM GIÁ 50% KHUYẾN MÃI",
                "spam",
                "vi",
                ["all capitals, words found nowhere else on the page"],
            ),
            (
                "北约峰会在维尔纽斯举行，日本首相出席。",
                "foreign",
                "zh",
                ["Chinese passage inside a Vietnamese page"],
            ),
            ("Đà Nẵng đón đoàn đại biểu quốc tế.", "body", "vi", []),
        ],
        url="https://tin-a.example.vn/the-gioi/nhat-ban-nato.html",
        sitename="Tin A",
        lang="vi",
        published="2024-07-12",
        title="Nhật Bản - NATO xích lại gần nhau",
    )
    vi.flags = [
        Flag("spam", "a block reads as advertising", *_span(vi, "MUA NGAY"), data={"score": 0.9}),
        Flag("foreign_block", "a Chinese passage inside a Vietnamese page", *_span(vi, "北约峰会")),
    ]
    s, _e = _span(vi, "Ngày 12/7, Thủ tướng")
    vi.events = [
        EventMention(s, vi.text.index("Vilnius.") + 8, "2024-07-12", lang="vi", anchors=["NATO"])
    ]

    th = _doc(
        "/corpus/khao-b/japan-nato.txt",
        [
            ("ญี่ปุ่นและนาโตกระชับความร่วมมือ", "title", "th", []),
            (
                (
                    "เมื่อวันที่ 13 กรกฎาคม 2567 นายกรัฐมนตรีญี่ปุ่นพบเลขาธิการนาโตที่กรุงวิลนีอุส "
                    "เพื่อหารือความร่วมมือด้านความมั่นคง"
                ),
                "body",
                "th",
                [],
            ),
            ("ติดตามเราได้ที่ เฟซบุ๊ก ทวิตเตอร์", "footer", "th", ["follow-us line at the end"]),
        ],
        url="http://khao-b.example.co.th/world/1",
        sitename="Khao B",
        lang="th",
        published="2024-07-13",
        title="ญี่ปุ่นและนาโตกระชับความร่วมมือ",
    )
    th.flags = [Flag("suspect_date", "date written in the Buddhist era (2567 = 2024)")]

    zh = _doc(
        "/corpus/xinwen-c/riben-beiyue.txt",
        [
            ("日本与北约加强合作", "title", "zh", []),
            (
                "7月12日，日本首相在维尔纽斯会见北约秘书长，双方通过了新的合作文件。",
                "body",
                "zh",
                [],
            ),
            ("版权所有 © 新闻网", "footer", "zh", ["copyright line"]),
        ],
        url="https://xinwen-c.example.cn/a/2",
        sitename="新闻 C",
        lang="zh",
        published="2024-07-12",
        title="日本与北约加强合作",
    )

    en = _doc(
        "/corpus/wire-d/japan-nato.txt",
        [
            ("Japan and NATO agree on a cooperation programme", "title", "en", []),
            (
                (
                    "On July 12 the Japanese prime minister and the NATO secretary general agreed "
                    "on a document setting out cooperation for the coming years."
                ),
                "body",
                "en",
                [],
            ),
        ],
        url="https://wire-d.example.com/world/japan-nato",
        sitename="Wire D",
        lang="en",
        published="2024-07-12",
        title="Japan and NATO agree on a cooperation programme",
    )
    en_copy = _doc(
        "/corpus/mirror-e/japan-nato.txt",
        [
            ("Japan and NATO agree on a cooperation programme", "title", "en", []),
            (
                (
                    "On July 12 the Japanese prime minister and the NATO secretary general agreed "
                    "on a document setting out cooperation for the coming years!"
                ),
                "body",
                "en",
                [],
            ),
        ],
        url="https://mirror-e.example.net/copy",
        sitename="Mirror E",
        lang="en",
        published="2024-07-14",
        title="Japan and NATO agree on a cooperation programme",
    )

    evil = _doc(
        "/corpus/evil/" + XSS + ".html",
        [
            (XSS + " hostile headline", "title", "en", []),
            (
                "Hostile body " + XSS_IMG + " and " + XSS_SVG + " with javascript link "
                '<a href="' + XSS_URL + '">click</a> marker zzevil.',
                "body",
                "en",
                [],
            ),
            (XSS_IMG + " set aside", "spam", "en", ["reason " + XSS]),
        ],
        url=XSS_URL,
        sitename=XSS,
        lang="en",
        published="2024-07-15",
        title=XSS + " hostile headline",
        author=XSS_IMG,
    )
    evil.flags = [Flag("injection", "reason " + XSS_IMG, data={"payload": XSS})]

    docs = [vi, th, zh, en, en_copy, evil]
    store = Store(path)
    try:
        run1 = store.start_run(["/corpus", "/corpus/" + XSS])
        store.write_batch(
            run1,
            docs,
            errors=[
                ReadError("/corpus/broken.warc.gz", "truncated gzip", "ended at byte 1204"),
                ReadError("/corpus/" + XSS, "undecodable " + XSS_IMG, XSS),
            ],
        )
        store.finish_run(
            run1,
            {
                "read": 8,
                "processed": 6,
                "skipped_existing": 0,
                "rejected": 2,
                "rejected_reasons": {"truncated gzip": 1, "undecodable": 1},
                "seconds": 1.25,
                "stages": {},
            },
        )
        story_docs = [vi.id, th.id, zh.id, en.id, en_copy.id]
        store.write_corpus_tables(
            {
                "duplicates": [
                    {
                        "doc_id": en_copy.id,
                        "duplicate_of": en.id,
                        "kind": "near",
                        "similarity": 0.97,
                    }
                ],
                "stories": [
                    {
                        "id": "s-japan-nato",
                        "title": "Japan and NATO move closer",
                        "languages": ["en", "th", "vi", "zh"],
                        "start": "2024-01-31",
                        "end": "2024-07-13",
                        "documents": story_docs,
                    },
                    {
                        "id": "s-evil",
                        "title": XSS + " evil story",
                        "languages": ["en"],
                        "start": "2024-07-15",
                        "end": "2024-07-15",
                        "documents": [evil.id],
                    },
                ],
                "events": [
                    {
                        "id": "e1",
                        "date": "2024-01-31",
                        "granularity": "day",
                        "story_id": "s-japan-nato",
                        "text": "NATO secretary general visits Tokyo",
                        "sources": [],
                    },
                    {
                        "id": "e2",
                        "date": "2024-07-12",
                        "granularity": "day",
                        "story_id": "s-japan-nato",
                        "text": "Japan and NATO adopt a cooperation programme in Vilnius",
                        "flags": [
                            {
                                "kind": "date_conflict",
                                "reason": "sources disagree on the date: 2024-07-12 (2 sources), "
                                "2024-07-13 (1 source)",
                                "dates": ["2024-07-12", "2024-07-13"],
                            }
                        ],
                        "languages": ["th", "vi", "zh"],
                        "documents": 3,
                        "sources": [
                            {
                                "doc_id": vi.id,
                                "source": vi.source,
                                "lang": "vi",
                                "quote": vi.text[vi.events[0].start : vi.events[0].end],
                                "start": vi.events[0].start,
                                "end": vi.events[0].end,
                            },
                            {
                                "doc_id": zh.id,
                                "source": zh.source,
                                "lang": "zh",
                                "quote": "7月12日，日本首相在维尔纽斯会见北约秘书长，双方通过了新的合作文件。",
                            },
                            {
                                "doc_id": th.id,
                                "source": th.source,
                                "lang": "th",
                                "date": "2024-07-13",
                                "quote": "เมื่อวันที่ 13 กรกฎาคม 2567 นายกรัฐมนตรีญี่ปุ่นพบเลขาธิการนาโต",
                            },
                        ],
                    },
                    {
                        "id": "e3",
                        "date": "2024-07-15",
                        "granularity": "day",
                        "story_id": "s-evil",
                        "text": XSS + " event",
                        "flags": [{"kind": "name_variant", "reason": XSS_IMG}],
                        "sources": [
                            {"doc_id": evil.id, "source": XSS_URL, "lang": "en", "quote": XSS_IMG}
                        ],
                    },
                ],
            }
        )
    finally:
        store.close()
    return {
        "vi": vi.id,
        "th": th.id,
        "zh": zh.id,
        "en": en.id,
        "en_copy": en_copy.id,
        "evil": evil.id,
        "story": "s-japan-nato",
        "evil_story": "s-evil",
    }


@pytest.fixture(scope="session")
def web_db(tmp_path_factory) -> tuple[str, dict[str, str]]:
    path = tmp_path_factory.mktemp("web") / "web.db"
    ids = build_web_db(path)
    return str(path), ids


@pytest.fixture(scope="module", params=["scan", "gram index"])
def search_conn(web_db, tmp_path_factory, request):
    """The test database read as it is (short terms scanned) and with the
    web app's short-gram index built (short terms looked up)."""
    path, _ = web_db
    if request.param == "gram index":
        copy = tmp_path_factory.mktemp("grams") / "web.db"
        shutil.copy(path, copy)
        rw = sqlite3.connect(copy)
        gram_index.sync(rw)
        rw.close()
        path = str(copy)
    c = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    yield c
    c.close()


@pytest.fixture(scope="module")
def web_client(web_db):
    """A test client of the app over the test database."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

    from newsline.web.app import create_app

    with TestClient(create_app(web_db[0])) as c:
        yield c
