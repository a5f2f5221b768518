"""A year written with two digits alone: English "'76" after a preposition
("since '76", "in '65", "by the end of '27": its December), Vietnamese "năm
75" ("từ năm 75", "sinh năm 98"): the century from publication, as "le 19
mars 62" (heldout11). Neither was read. Not a decade ("the '90s", "những năm
90", "thập niên 80"), a span ("the '98-'99 season"), a cohort ("the class of
'98"), a quoted title ("'12 Angry Men'"), feet and inches, an age ("năm 20
tuổi") or a year of study ("sinh viên năm 3"). Sentences invented; published
2025-06-04."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-06-04"


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("en", "It has not been this dry since '76, farmers say.", [("'76", "1976")]),
        ("en", "She first played Wimbledon in '09 as a wildcard.", [("'09", "2009")]),
        ("en", "The line should be electrified by the end of '28.", [("end of '28", "2028-12")]),
        ("vi", "Từ năm 75 đến nay, làng chài đã đổi khác nhiều.", [("năm 75", "1975")]),
        ("vi", "Chị sinh năm 98, hiện là giáo viên mầm non.", [("năm 98", "1998")]),
    ],
)
def test_two_digit_year(lang, text, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "The band defined the sound of the '90s."),
        ("en", "Tickets for the '98-'99 season sold out."),
        ("en", "The class of '98 held a reunion dinner."),
        ("en", "He called '12 Angry Men' the best courtroom film."),
        ("en", "The centre is 6'10\" and left-handed."),
        ("vi", "Những năm 90, kinh tế còn nhiều khó khăn."),
        ("vi", "Thập niên 80 có nhiều biến động."),
        ("vi", "Anh ấy năm 20 tuổi đã mở công ty."),
        ("vi", "Sinh viên năm 3 được miễn học phí."),
    ],
)
def test_no_year(lang, text):
    assert found(text, lang) == []
