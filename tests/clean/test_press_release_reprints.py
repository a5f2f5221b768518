"""A press release reprinted as news: its stamp carries the clock's half and
the time zone ('March 10, 2026 08:00 AM Eastern Daylight Time'), and it
closes on the issuer's sections, 'About <company>' and the media contacts.
The stamp was taken for a line of chrome before the article (no publish
date), 'About Northwind Energy' for the writer's name alone on its line (it
became the author) and the contact's name for another byline. The issuer's
paragraph stays body under its subheading, as the held-out press release is
labelled; the contacts are the issuer's addresses (navigation). Pages
written for this test, the companies invented."""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.clean import ClassifyBlocks, SegmentBlocks
from newsline.clean.html import byline_author
from newsline.model import Document
from newsline.settings import Settings

from .helpers import BODY, classify_lines

EN = [
    (
        "Harbourline Foods today announced the opening of a new bakery plant on the site of a "
        "former warehouse, creating about 200 jobs in the region."
    ),
    (
        "The plant will supply bread to supermarkets across the state and run on power from "
        "solar panels on its roof, the company said."
    ),
    (
        '"This plant shows what old industrial sites can become," said Maria Costa, chief '
        "executive of Harbourline Foods."
    ),
]


def _doc(lines: list[str]) -> Document:
    doc = Document(id="t", source="test", text="\n".join(lines))
    s = Settings()
    SegmentBlocks(s)([doc], Counter())
    ClassifyBlocks(s)([doc], Counter())
    return doc


def test_the_issuers_sections_close_the_release_and_name_no_author():
    about = [
        "About Harbourline Foods",
        "Harbourline Foods bakes bread and pastries for shops and cafés across the state.",
    ]
    contacts = ["Media Contact", "Tom Becker", "press@harbourline.example", "+1 614 555 0142"]
    lines = [
        "Harbourline Foods opens bakery plant on old warehouse site",
        "March 10, 2026 08:00 AM Eastern Daylight Time",
        *EN,
        *about,
        *contacts,
    ]
    got = classify_lines(lines)
    assert got[lines[1]][0] == "metadata", got[lines[1]]
    for line in about:
        assert got[line][0] == "body", (line, got[line])
    for line in contacts:
        assert got[line][0] == "navigation", (line, got[line])
    assert all(got[p][0] == "body" for p in EN)
    assert byline_author(_doc(lines), Settings().clean) is None


@pytest.mark.parametrize(
    ("lang", "tail"),
    [
        ("es", ["Contacto de prensa", "Lucía Martín", "prensa@ejemplo.example"]),
        ("fr", ["Contact presse", "Julie Bernard", "presse@exemple.example"]),
        ("de", ["Pressekontakt", "Jonas Weber", "presse@beispiel.example"]),
    ],
)
def test_media_contacts_closing_a_release(lang, tail):
    got = classify_lines([*BODY[lang], *tail])
    for line in tail:
        assert got[line][0] == "navigation", (line, got[line])


def test_about_the_author_is_no_issuers_section():
    bio = "Jane Doe is a reporter covering city hall and transport."
    got = classify_lines([*BODY["en"], "About the author", bio])
    assert "press release" not in " ".join(got["About the author"][1]), got["About the author"]


@pytest.mark.parametrize(
    "stamp", ["14 March 2026 10:15 IST", "Senin, 14 Maret 2026 10:00 WIB", "March 3, 2026 5:30 PM"]
)
def test_a_stamp_with_its_time_zone_is_metadata(stamp):
    title = "Title of the test page about the park"
    got = classify_lines([title, stamp, *BODY["en"]])
    assert got[stamp][0] == "metadata", got[stamp]
