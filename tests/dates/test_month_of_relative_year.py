"""A year-less month or day followed by the year said relatively, in the
forms the earlier tables missed: English "in March of last year" (the
relative year after "of" is blocked, so the month must take it), Spanish
"del año en curso" / "del año entrante", French "de l'année en cours" /
"de l'an prochain", Vietnamese "tháng 11 năm sau" (November next year, not
"11 years later"). Publication date: Tuesday 10 September 2024."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2024-09-10"


def values(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,expect",
    [
        (
            "en",
            "In March of last year, the county sold the hospital.",
            ("March of last year", "2023-03"),
        ),
        ("en", "In March of this year, the deal was signed.", ("March of this year", "2024-03")),
        (
            "es",
            "El 15 de marzo del año en curso se firmó el convenio.",
            ("15 de marzo del año en curso", "2024-03-15"),
        ),
        (
            "es",
            "En noviembre del año entrante habrá elecciones municipales.",
            ("noviembre del año entrante", "2025-11"),
        ),
        (
            "fr",
            "En mars de l'année en cours, la commune a signé la convention.",
            ("mars de l'année en cours", "2024-03"),
        ),
        (
            "fr",
            "En novembre de l'an prochain, les électeurs voteront.",
            ("novembre de l'an prochain", "2025-11"),
        ),
        ("vi", "Tháng 11 năm sau, cử tri sẽ đi bầu Quốc hội.", ("Tháng 11 năm sau", "2025-11")),
    ],
)
def test_month_takes_the_relative_year_after_it(lang, text, expect):
    assert values(text, lang) == [expect]


@pytest.mark.parametrize(
    "lang,text",
    [
        # "N years later" with no date before it: still no date
        ("vi", "Ba năm sau, anh trở lại quê nhà."),
        ("en", "Most of last year was difficult for the club."),
    ],
)
def test_no_month_no_date(lang, text):
    assert values(text, lang) == []
