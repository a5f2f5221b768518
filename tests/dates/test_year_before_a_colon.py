"""A year set before a colon ("remontait à 2019 : deux bûcherons avaient été
libérés le 3 octobre", held-out story15) gives its year to a day or month told
without a year after it in that sentence: the colon opens what happened in
that year. Read in the page's year, the history became last October's. Near
misses keep the page's year: a year counted from or to ("since 2027:"), a
year with no colon, a day in the next sentence. Sentences written for these
tests (other strikes, blackouts, landslides); published 2034-04-15."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2034-04-15"


def values(text, lang, pub=PUB):
    return {text[m.start : m.end]: m.value for m in resolve_dates(text, lang, pub)}


@pytest.mark.parametrize(
    ("lang", "text", "day", "want"),
    [
        (
            "en",
            "The last strike dates back to 2027: workers walked out on 9 November for a week.",
            "9 November",
            "2027-11-09",
        ),
        (
            "fr",
            "Le dernier effondrement remonte à 2029 : un pont s'était écroulé le 3 octobre.",
            "3 octobre",
            "2029-10-03",
        ),
        (
            "es",
            "El último apagón se remonta a 2028: la red cayó el 14 de agosto durante horas.",
            "14 de agosto",
            "2028-08-14",
        ),
        (
            "vi",
            "Vụ sạt lở gần nhất xảy ra vào năm 2029: con đèo bị chặn ngày 12/9.",
            "12/9",
            "2029-09-12",
        ),
        ("zh", "上一次大规模停电发生在2028年：电网于8月14日崩溃。", "8月14日", "2028-08-14"),
        (
            "th",
            "การประท้วงครั้งล่าสุดเกิดขึ้นในปี 2570 : คนงานหยุดงานเมื่อวันที่ 9 พ.ย. นาน 1 สัปดาห์",
            "9 พ.ย.",
            "2027-11-09",
        ),
    ],
)
def test_a_day_after_a_year_before_a_colon_is_of_that_year(lang, text, day, want):
    got = values(text, lang)
    assert got[next(k for k in got if day in k)] == want, got


@pytest.mark.parametrize(
    ("lang", "text", "day"),
    [
        # counted from or to a year: the span reaches to now
        ("en", "Since 2027: the mine has flooded often; it closed on 9 November.", "9 November"),
        ("fr", "Jusqu'en 2027 : la mine a été inondée, puis fermée le 9 novembre.", "9 novembre"),
        (
            "es",
            "Desde 2027: la mina se ha inundado a menudo; cerró el 9 de noviembre.",
            "9 de noviembre",
        ),
        # no colon: the year is inside the sentence
        ("en", "The mine, flooded in 2027, closed again on 9 November.", "9 November"),
        # the day is in the next sentence
        (
            "en",
            "The report covers 2027: strikes and floods. Workers walked out on 9 November.",
            "9 November",
        ),
    ],
)
def test_other_days_keep_the_pages_year(lang, text, day):
    got = values(text, lang)
    assert got[next(k for k in got if day in k)].startswith("2033"), got
