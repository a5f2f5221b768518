"""`newsline timeline --format md` over every story: one heading per day.

A day told in two stories (or twice in one) made two identical "## day"
headings; the events of a day now follow one heading, each naming its story
when the timeline mixes stories. Invented events in several languages.
"""

from __future__ import annotations

import re

from newsline.timeline import render_timeline


def _ev(eid, date, text, story, lang, quote, end=None):
    return {
        "id": eid,
        "date": date,
        "end": end,
        "text": text,
        "story_id": story,
        "flags": [],
        "sources": [
            {
                "doc_id": f"doc-{eid}",
                "source": f"s-{eid}",
                "quote": quote,
                "lang": lang,
                "start": 0,
                "end": len(quote),
            }
        ],
    }


EVENTS = [
    _ev("e1", "2031-05-02", "Dique cede.", "story-flood", "es", "El dique cedió el 2 de mayo."),
    _ev("e2", "2031-05-02", "Grève.", "story-strike", "fr", "Les pilotes ont cessé le travail."),
    _ev("e3", "2031-05-03", "Evacuations.", "story-flood", "en", "Evacuations went on on 3 May."),
    _ev("e4", "2031-05-02", "Sân bay đóng.", "story-strike", "vi", "Sân bay đóng cửa ngày 2/5."),
    # Near miss: a range starting that day is a different heading.
    _ev("e5", "2031-05-02", "Rail shut.", "story-strike", "en", "Rail shut 2-3 May.", "2031-05-03"),
]


def _headings(md: str) -> list[str]:
    return re.findall(r"(?m)^## (.+)$", md)


def test_a_day_told_in_two_stories_has_one_heading():
    md = render_timeline(EVENTS, "md")
    heads = _headings(md)
    assert heads == ["2031-05-02", "2031-05-02 – 2031-05-03", "2031-05-03"]
    # Every event's text and quote is still there, under its day, naming its story.
    day = md.split("## 2031-05-02\n", 1)[1].split("\n## ", 1)[0]
    for eid in ("e1", "e2", "e4"):
        e = next(x for x in EVENTS if x["id"] == eid)
        assert e["sources"][0]["quote"] in day
    assert "story `story-flood`" in day and "story `story-strike`" in day


def test_one_story_names_no_story_and_distinct_days_keep_their_headings():
    one = [e for e in EVENTS if e["story_id"] == "story-flood"]
    md = render_timeline(one, "md")
    assert _headings(md) == ["2031-05-02", "2031-05-03"]
    assert "story `" not in md


def test_html_shows_a_days_date_once():
    page = render_timeline(EVENTS, "html")
    shown = re.findall(r'<div class="when">([^<]*)</div>', page)
    assert shown == ["2031-05-02", "2031-05-02 – 2031-05-03", "2031-05-03"]
    assert page.count("<section") == len(EVENTS)  # no event lost
