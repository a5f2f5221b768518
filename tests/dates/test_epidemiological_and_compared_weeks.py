"""Numbered weeks of health bulletins: "la semana epidemiológica 10", "la
semaine épidémiologique 10", vi "tuần thứ 10" are the ISO week (the WHO's
epidemiological weeks are ISO weeks), as "la semana 10" already was; zh a
later "第9周" compared or joined to "2025年第10周" in its sentence is of the
same year. Not a week a happening has entered ("bước sang tuần thứ 3"), a
count in a row, nor a Chinese "第3周" with no year's week before it.
Publication date: Wednesday 11 June 2025."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-06-11"
W10 = ("2025-03-03", "2025-03-09")
W9 = ("2025-02-24", "2025-03-02")


def spans(text, lang):
    return [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,expect",
    [
        ("es", "Durante la semana epidemiológica 10 se registraron 30 casos de sarampión.", [("semana epidemiológica 10", *W10)]),
        ("fr", "En semaine épidémiologique 10, l'ARS a compté 30 cas de rougeole.", [("semaine épidémiologique 10", *W10)]),
        ("vi", "Trong tuần thứ 10, Hà Nội ghi nhận 30 ca sởi.", [("tuần thứ 10", *W10)]),
        ("zh", "2025年第10周流感样病例占比为4.1%，与第9周相比略有下降。", [("2025年第10周", *W10), ("第9周", *W9)]),
        ("zh", "2025年第10周报告手足口病1200例，比第9周增加15%。", [("2025年第10周", *W10), ("第9周", *W9)]),
    ],
)
def test_epidemiological_and_compared_weeks(lang, text, expect):
    assert spans(text, lang) == expect


@pytest.mark.parametrize(
    "lang,text",
    [
        ("vi", "Cuộc đình công của công nhân đã bước sang tuần thứ 3."),
        ("vi", "Phiên tòa bước vào tuần thứ 2 với nhiều tình tiết mới."),
        ("vi", "Giá xăng giảm tuần thứ 3 liên tiếp."),
        ("zh", "这部影片上映第3周票房仍居榜首，较第2周略降。"),
        ("es", "La semana epidemiológica tiene siete días."),
    ],
)
def test_weeks_of_a_happening_stay_no_date(lang, text):
    assert spans(text, lang) == []
