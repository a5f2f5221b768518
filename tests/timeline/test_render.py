"""Timeline rendering: JSON shape, Markdown, escaped self-contained HTML."""

from __future__ import annotations

import json

import pytest

from newsline.timeline import render_timeline

EVENTS = [
    {
        "id": "b",
        "date": "2025-03-20",
        "end": None,
        "granularity": "day",
        "text": "Ship refloated.",
        "sources": [
            {
                "doc_id": "d1",
                "source": "https://a.example/x",
                "quote": "Hôm qua, tàu được kéo ra.",
                "lang": "vi",
                "start": 10,
                "end": 35,
                "date": "2025-03-20",
            }
        ],
        "flags": [],
    },
    {
        "id": "a",
        "date": "2025-03-14",
        "end": "2025-03-15",
        "granularity": "day",
        "text": "<script>alert(1)</script> aground",
        "sources": [
            {
                "doc_id": "d2",
                "source": "file:///x.html?a=1&b=<2>",
                "quote": 'Tàu <b>mắc cạn</b> & "tràn dầu"',
                "lang": "vi",
                "start": 0,
                "end": 30,
                "date": "2025-03-14",
            },
            {
                "doc_id": "d3",
                "source": "s3",
                "quote": "油轮3月14日搁浅。",
                "lang": "zh",
                "start": 5,
                "end": 15,
                "date": "2025-03-15",
            },
        ],
        "flags": [{"kind": "date_conflict", "reason": "sources disagree: <14> vs 15"}],
    },
    {
        "id": "c",
        "date": "--07-09",
        "end": None,
        "granularity": "day",
        "text": "Year unknown.",
        "sources": [
            {
                "doc_id": "d4",
                "source": "s4",
                "quote": "7月9日开始",
                "lang": "zh",
                "start": 1,
                "end": 7,
            }
        ],
        "flags": [],
    },
]


def test_json_shape_sorted_and_exact():
    out = json.loads(render_timeline(EVENTS, "json"))
    assert list(out) == ["events"]
    assert [e["date"] for e in out["events"]] == ["2025-03-14", "2025-03-20", "--07-09"]
    first = out["events"][0]
    assert set(first) == {"date", "end", "text", "sources", "flags"}
    assert "end" not in out["events"][1]
    assert set(first["sources"][0]) == {"source", "quote", "lang", "start", "end", "doc_id"}
    assert [s["doc_id"] for s in first["sources"]] == ["d2", "d3"]
    assert first["flags"][0]["kind"] == "date_conflict"


def test_markdown_lists_every_quote_and_flag():
    md = render_timeline(EVENTS, "md")
    assert md.index("2025-03-14") < md.index("2025-03-20")
    for e in EVENTS:
        for s in e["sources"]:
            assert s["quote"] in md
    assert "date_conflict" in md


def test_html_is_escaped_and_self_contained():
    page = render_timeline(EVENTS, "html", title="T <x>")
    assert "<script>alert" not in page and "&lt;script&gt;" in page
    assert "<b>mắc cạn</b>" not in page and "&lt;b&gt;mắc cạn&lt;/b&gt;" in page
    assert "T &lt;x&gt;" in page
    assert "http" not in page.split("<body>")[0]  # no external assets
    assert "油轮3月14日搁浅。" in page and 'lang="zh"' in page


def test_unknown_format_is_a_clear_error():
    with pytest.raises(ValueError, match="json, md, html"):
        render_timeline(EVENTS, "pdf")


def test_empty_timeline_renders():
    assert json.loads(render_timeline([], "json")) == {"events": []}
    assert "<html" in render_timeline([], "html")
    assert render_timeline([], "md").startswith("# Timeline")
