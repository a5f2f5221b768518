"""A bare day of the month told after a written date in the same sentence
("Le premier tour aura lieu le 15 mars, le second le 22", "La primera vuelta
será el 15 de marzo y la segunda el día 22", "em 4 de outubro de 2026 e o
segundo, no dia 25") is a later day of that date's month: it was read as a
day near publication (22 September, 25 September 2025). A wire dateline
keeps its own rule (tests/dates/test_dateline_relatives.py); an earlier day,
a day after a range and es "el 10": test_bare_day_after_a_date_in_its_sentence.py. Sentences written for these
tests; published Wednesday 2025-10-15."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-10-15"


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("fr", "Le premier tour aura lieu le 15 mars, le second le 22.", ("22", "2026-03-22")),
        ("es", "La primera vuelta será el 15 de marzo y la segunda el día 22.", ("día 22", "2026-03-22")),
        ("pt", "O primeiro turno será em 4 de outubro de 2026 e o segundo, no dia 25.", ("dia 25", "2026-10-25")),
        ("ko", "1차 투표는 2026년 3월 15일, 2차 투표는 22일 열린다.", ("22일", "2026-03-22")),
    ],
)
def test_a_later_day_after_a_written_date(lang, text, expected):
    assert expected in found(text, lang)


def test_a_day_alone_with_no_date_before_stays_near_publication():
    assert found("Le second tour aura lieu le 22.", "fr") == [("22", "2025-10-22")]
