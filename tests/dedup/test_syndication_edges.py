"""Edge cases of syndication (regression guards, checked on whole pages
through the pipeline as well): the same wire story under two sites' chrome
is a duplicate, since chrome is set aside by cleaning; an opinion page
quoting the story at length and adding as much of its own is no duplicate,
only its quoted paragraphs are linked; a one-line teaser of the story is no
near duplicate of it.

The story is invented (a dike breach in a made-up province).
"""

from __future__ import annotations

from collections import Counter

from newsline.dedup import Deduplicate
from newsline.model import Block, Document

STORY = [
    (
        "Floodwaters breached a dike on the Lam river early on Thursday, forcing about 12,000 "
        "people from their homes in Tan Lac province, the provincial disaster committee said."
    ),
    (
        "The breach, about 60 metres wide, opened at 3 a.m. after four days of heavy rain. Soldiers "
        "and volunteers worked through the morning with sandbags to narrow the gap."
    ),
    (
        "Provincial chairman Tran Duc Minh said no deaths had been reported, but two people were "
        "missing after their boat capsized while moving livestock."
    ),
    (
        "The weather centre warned that the river could reach its second alert level by Friday "
        "evening, and schools in three districts were closed until Monday."
    ),
]
OWN = [
    (
        "None of this is surprising. Engineers have warned for a decade that the dikes were built "
        "for a climate that no longer exists, and maintenance budgets have shrunk."
    ),
    (
        "Sandbags are not a policy. What is needed is a programme to rebuild the weakest sections, "
        "starting with those that have failed before, and an account of past repair money."
    ),
    (
        "Farmers along the river have paid for this neglect with their harvests for years; this "
        "time they paid with their homes, and next time it may be their lives."
    ),
    (
        "Nobody will be able to say that they were not warned: the warnings are in every report "
        "the ministry has published since the last great flood, and none was acted on."
    ),
]


def page(key: str, parts: list[tuple[str, str]]) -> Document:
    """A page of (label, text) blocks, one per line."""
    text, blocks, pos = "", [], 0
    for label, part in parts:
        blocks.append(Block(pos, pos + len(part), label))
        text += part + "\n"
        pos += len(part) + 1
    return Document(id=key, source=f"{key}.html", text=text, blocks=blocks)


def test_a_wire_story_under_other_chrome_is_a_duplicate_and_a_long_quote_is_not():
    a = page(
        "a",
        [("nav", "Home | World | Business | Sport | Opinion"), ("boilerplate", "By wire staff")]
        + [("body", p) for p in STORY]
        + [("related", "Most read: Gold price hits record as dollar weakens")],
    )
    b = page(
        "b",
        [("boilerplate", "Share on Facebook · Share on X · Copy link")]
        + [("body", p) for p in STORY]
        + [("boilerplate", "Sign up for our morning briefing in your inbox every weekday.")],
    )
    oped = page(
        "oped",
        [("body", "On Thursday the wire services carried a report. It read, in part:")]
        + [("body", p) for p in STORY]
        + [("body", p) for p in OWN],
    )
    teaser = page("teaser", [("body", STORY[0]), ("related", "Read the full story")])
    st = Deduplicate()
    st([a, b, oped, teaser], Counter())
    assert b.meta["duplicate_of"] == "a"  # cleaned texts alike: exact
    assert "near_duplicates" not in oped.meta and "duplicate_of" not in oped.meta
    assert {g["first"] for g in oped.meta["duplicate_blocks"]} == {"a"}
    assert len(oped.meta["duplicate_blocks"]) == len(STORY)
    assert "near_duplicates" not in teaser.meta
    assert teaser.meta["duplicate_blocks"][0]["first"] == "a"
