"""Spanish "el año antepasado", "el mes antepasado", "la semana antepasada"
(two back, as "anteayer" is two days back) and Vietnamese spoken "sang năm"
(next year) were read as nothing. "Sang năm" before a year it names ("sang
năm 2025"), "sang năm mới" (into the new year) and "bước sang năm thứ 3"
(into its third year) are not next year; "antepasados" (ancestors) is no
date. Sentences written for these tests; published Wednesday 2024-06-12."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2024-06-12"


def found(text, lang):
    return [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,expect",
    [
        ("es", "El año antepasado la sequía arruinó la cosecha.", ("El año antepasado", "2022", None)),
        ("es", "La semana antepasada dimitió el alcalde.", ("La semana antepasada", "2024-05-27", "2024-06-02")),
        ("es", "Las cifras del mes antepasado fueron peores.", ("del mes antepasado", "2024-04", None)),
        ("vi", "Sang năm, lương cơ sở sẽ tăng thêm 15%.", ("Sang năm", "2025", None)),
        ("vi", "Dự án được lùi lại tới sang năm.", ("sang năm", "2025", None)),
    ],
)
def test_two_back_and_next_year(lang, text, expect):
    assert found(text, lang) == [expect]


@pytest.mark.parametrize(
    "lang,text,expect",
    [
        ("vi", "Dự án kéo dài sang năm 2025.", [("năm 2025", "2025", None)]),
        ("vi", "Chúc mừng sang năm mới an khang.", []),
        ("vi", "Đội bóng bước sang năm thứ 3 ở giải hạng Nhất.", []),
        ("es", "Sus antepasados llegaron de Galicia.", []),
    ],
)
def test_not_two_back_nor_next_year(lang, text, expect):
    assert found(text, lang) == expect
