"""The HTML timeline reads as the Markdown does: counts in the right number
("1 event · 1 source", it said "1 events · 1 sources"), "No events." on an
empty timeline (its page was a header over nothing, "languages: " empty),
and, where the events come from several stories, each event names its story
(the Markdown did, the HTML did not). Failed at 20f94bdf."""

from __future__ import annotations

import re

from newsline.timeline import render_timeline


def _event(day, story, lang="pl"):
    return {
        "date": day,
        "text": "Most otwarty <ponownie>.",
        "story_id": story,
        "sources": [
            {"doc_id": "d-" + day, "source": "pl/x.html", "quote": "Most otwarty.", "lang": lang}
        ],
        "flags": [],
    }


def _header(page: str) -> str:
    return re.search(r"<header>.*?</header>", page, re.DOTALL).group(0)


def test_one_event_is_counted_in_the_singular():
    page = render_timeline([_event("2023-05-02", "s-most")], "html")
    assert "<p>1 event · 1 source · languages: pl</p>" in _header(page)


def test_an_empty_timeline_says_so():
    page = render_timeline([], "html")
    assert "0 events · 0 sources</p>" in _header(page) and "languages" not in _header(page)
    assert "No events." in page


def test_events_of_several_stories_name_their_story_escaped():
    page = render_timeline([_event("2023-05-02", "s-most"), _event("2023-05-03", "s-<b>")], "html")
    assert 'story <span class="doc">s-most</span>' in page
    assert "s-&lt;b&gt;" in page and "s-<b>" not in page


def test_one_storys_events_do_not_repeat_its_id():
    page = render_timeline([_event("2023-05-02", "s-most"), _event("2023-05-03", "s-most")], "html")
    assert "· story" not in page
