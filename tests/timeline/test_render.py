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


def _rendered(md: str) -> tuple[str, list[str]]:
    """The text and the tags a CommonMark renderer (markdown-it, as GitHub,
    editors and static-site tools do) makes of Markdown."""
    from html.parser import HTMLParser

    from markdown_it import MarkdownIt

    class Text(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.text, self.tags = [], []

        def handle_data(self, data):
            self.text.append(data)

        def handle_starttag(self, tag, attrs):
            self.tags.append(tag)

    parser = Text()
    parser.feed(MarkdownIt("commonmark").render(md))
    return "".join(parser.text), parser.tags


def test_markdown_lists_every_quote_and_flag():
    # The contract is the rendered text: a quote reads exactly as the source
    # wrote it once rendered (its Markdown escapes "<", "&", "*" …, see below)
    md = render_timeline(EVENTS, "md")
    assert md.index("2025-03-14") < md.index("2025-03-20")
    text, _ = _rendered(md)
    for e in EVENTS:
        for s in e["sources"]:
            assert s["quote"] in text
    assert "date_conflict" in text


HOSTILE = [
    "<script>alert(1)</script> ship aground",
    'Photo <img src=x onerror="alert(1)"> of the port',
    "[click](javascript:alert(1)) *urgent* _now_ `code` &amp; &lt;b&gt; back\\slash ~~gone~~",
    "- not a list item",
    "1. not an ordered item",
    "> not a quote",
    "# not a heading #",
    "| not | a table |",
]


def test_markdown_is_safe_to_render_and_quotes_read_as_the_source_wrote_them():
    # Page text went into the Markdown verbatim: a title or quote holding
    # <script> or <img onerror=…> reached a Markdown renderer as live HTML,
    # and "*urgent*" or "&amp;" rendered as something the source did not write
    events = [
        {
            "id": f"h{i}",
            "date": f"2025-01-{i + 1:02d}",
            "text": t,
            "flags": [],
            "sources": [
                {"doc_id": "d1", "source": t, "quote": t, "lang": "en", "start": 0, "end": len(t)}
            ],
        }
        for i, t in enumerate(HOSTILE)
    ]
    md = render_timeline(events, "md", title=HOSTILE[0])
    text, tags = _rendered(md)
    assert set(tags) <= {"h1", "h2", "p", "ul", "li", "em", "code", "strong", "blockquote"}, tags
    assert "script" not in tags and "img" not in tags and "a" not in tags and "table" not in tags
    for t in HOSTILE:
        assert f"“{t}”" in text  # the quote, exactly
        assert text.count(t) >= 3  # the event text, the quote and the source
    assert tags.count("h2") == len(HOSTILE) and tags.count("h1") == 1


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
