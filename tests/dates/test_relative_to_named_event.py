"""A count measured from a named happening is no date.

"Three months before the rainy season" counts from the rainy season, whose
date the text does not give; read from the last date mentioned (March 12)
it became December. Seen in newsline's own sample pages, in English and
Vietnamese ("chưa đầy ba tháng trước mùa mưa").
"""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-03-19"


def found(text: str, lang: str) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,lead,text",
    [
        (
            "en",
            "The deal was signed on March 12. ",
            "We have three months before the rainy season.",
        ),
        ("en", "The deal was signed on March 12. ", "Two days after Trump spoke, markets fell."),
        ("es", "Se firmó el 12 de marzo. ", "Tres meses antes de las elecciones, cayó."),
        ("fr", "Il a été signé le 12 mars. ", "Trois mois avant les élections, il est tombé."),
        ("vi", "Hiệp định ký ngày 12/3. ", "Ba tháng trước khi bầu cử, ông từ chức."),
        ("vi", "Hiệp định ký ngày 12/3. ", "Chúng ta còn chưa đầy ba tháng trước mùa mưa."),
    ],
)
def test_count_from_a_named_happening_is_no_date(lang, lead, text):
    # only the lead's date is found; nothing in the second sentence, and no
    # part of the count is read on its own ("tháng trước" = last month)
    assert len(found(lead + text, lang)) == 1


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        (
            "en",
            "The deal was signed on March 12. Two days before, talks had stalled.",
            ("Two days before", "2025-03-10"),
        ),
        (
            "en",
            "The deal was signed on March 12. Two days after that, it held.",
            ("Two days after", "2025-03-14"),
        ),
        (
            "es",
            "Se firmó el 12 de marzo. Dos días después, cayó.",
            ("Dos días después", "2025-03-14"),
        ),
        (
            "fr",
            "Il a été signé le 12 mars. Deux jours après, il est tombé.",
            ("Deux jours après", "2025-03-14"),
        ),
        (
            "vi",
            "Hiệp định ký ngày 12/3. Hai ngày sau, ông từ chức.",
            ("Hai ngày sau", "2025-03-14"),
        ),
        ("vi", "Ba tháng trước, ông đến Huế.", ("Ba tháng trước", "2024-12")),
    ],
)
def test_counts_from_the_last_date_still_resolve(lang, text, expected):
    assert expected in found(text, lang)
