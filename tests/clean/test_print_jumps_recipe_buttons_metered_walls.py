"""Page furniture the cleaner kept as article text, found by
benchmarks/data/clean/heldout6 (the lines here are written for this file,
in other sites' words): a printed page's jump lines kept by a PDF or
e-paper conversion ("Continued on Page 4", "See FLOOD, Page B2", "FLOOD,
from Page B1"); a recipe page's "Jump to Recipe" / "Lompat ke Resep"
button; a German metered wall's count ("Sie haben 2 von 10 kostenlosen
Artikeln gelesen"); a Spanish takedown notice ("Si es titular de algún
derecho … y desea su retirada"); a Chinese "open the app for a better
reading experience" line; and an English byline with the writer's place
("By Tom Reyes at Hampden Park") read as chrome. Sentences that use the same
words stay body."""

from __future__ import annotations

import pytest

from .helpers import BODY, classify_lines, label_between, label_closing


@pytest.mark.parametrize(
    "line", ["Continued on Page 4", "See FLOOD, Page B2", "FLOOD, from Page B1", "Please see VOTE, page 12"]
)
def test_a_printed_pages_jump_line_is_navigation(line):
    label, reasons = label_between(BODY["en"], line)
    assert label == "navigation", (label, reasons)


@pytest.mark.parametrize(
    "line",
    [
        "See page 4 for the full list of candidates and the polling stations near you.",
        "Readers can find the full timetable on page 12 of the printed edition, the council said.",
    ],
)
def test_sentences_naming_a_page_stay_body(line):
    label, reasons = label_between(BODY["en"], line)
    assert label == "body", (label, reasons)


@pytest.mark.parametrize(("lang", "line"), [("en", "Jump to Recipe"), ("id", "Lompat ke Resep")])
def test_a_recipe_pages_jump_button_is_navigation(lang, line):
    label, reasons = label_between(BODY[lang], line)
    assert label == "navigation", (label, reasons)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("de", "Sie haben 2 von 10 kostenlosen Artikeln gelesen."),
        (
            "es",
            "Si es titular de algún derecho sobre este contenido y desea su retirada, contacte con "
            "nosotros.",
        ),
    ],
)
def test_site_notices_are_set_aside(lang, line):
    label, reasons = label_closing(BODY[lang], line)
    assert label not in ("body", "title"), (label, reasons)


@pytest.mark.parametrize("line", ["下载本站APP，阅读体验更佳", "打开晚报客户端，阅读体验更佳"])
def test_an_app_prompt_between_paragraphs_is_navigation(line):
    label, reasons = label_between(BODY["zh"], line)
    assert label == "navigation", (label, reasons)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        (
            "de",
            "Der Verlag will Lesern künftig fünf kostenlose Artikel pro Monat anbieten, sagte die "
            "Geschäftsführerin am Dienstag.",
        ),
        (
            "es",
            "La nueva ley protege a quien es titular de algún derecho de autor sobre obras "
            "publicadas en internet.",
        ),
    ],
)
def test_sentences_about_free_articles_or_rights_stay_body(lang, line):
    label, reasons = label_between(BODY[lang], line)
    assert label == "body", (label, reasons)


def _byline_label(line: str) -> tuple[str, list[str]]:
    title = "City hold on to win the derby after a late scare"
    got = classify_lines([title, line, *BODY["en"]], title=title)
    return got[line]


@pytest.mark.parametrize("line", ["By Tom Reyes at Hampden Park", "By Anna Kowalczyk in Kyiv"])
def test_a_byline_with_the_writers_place_is_a_byline(line):
    label, reasons = _byline_label(line)
    assert label == "byline", (label, reasons)


def test_a_sentence_opening_on_by_and_a_place_stays_body():
    line = "By midday in Kyiv, air-raid sirens had sounded three times and the metro was full."
    label, reasons = label_between(BODY["en"], line)
    assert label == "body", (label, reasons)
