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


# es "en el 82" / "desde el 94" / "del 77", fr "en 86" / "depuis 95" /
# "jusqu'en 89" closing a clause told in the past (heldout11's "en el 98",
# "en 98"): only 32 to 99, no unit or decimal after it, not a match's minute.
@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("es", "Su padre emigró a Caracas en el 82, tras la devaluación.", [("82", "1982")]),
        ("es", "La fábrica no había vuelto a parar desde el 94.", [("94", "1994")]),
        ("es", "Aquel equipo ganó la liga del 77; nadie lo olvidó.", [("77", "1977")]),
        ("fr", "La maison a été construite en 86, juste avant la crise.", [("86", "1986")]),
        ("fr", "Les crues du canal ont cessé depuis 95.", [("95", "1995")]),
        ("fr", "Elle a dirigé la chorale jusqu'en 89.", [("89", "1989")]),
    ],
)
def test_two_digit_year_closing_a_past_clause(lang, text, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize(
    "lang,text",
    [
        # a match's minute
        ("es", "El delantero empató en el 89, y el estadio estalló."),
        ("fr", "Le capitaine a égalisé en 89, à la surprise générale."),
        # a house number or a rate told in the present; a unit after it
        ("es", "La familia vive en el 45, junto al mercado."),
        ("es", "El desempleo bajó en el 45 % de los municipios."),
        ("fr", "Il a bouclé le parcours en 98 minutes."),
        # a decimal ("78,2 %"), read with its comma
        ("es", "Los vecinos votaron el domingo, con una participación del 78,2 %."),
        ("fr", "Le taux de réussite a atteint en 87,5 % des cas."),
        # a day of the month, not a year
        ("es", "La votación se celebró el 12."),
        # told ahead: no two-digit year read
        ("fr", "Le chantier sera terminé en 48."),
    ],
)
def test_not_a_two_digit_year(lang, text):
    # no year read (a day of the month may be)
    assert [v for _, v in found(text, lang) if v and len(v) == 4] == []
