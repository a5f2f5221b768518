"""The end of a named year ("fin 2023", "late 2023", "the end of 2023", "a
finales de 2023", "cuối năm 2023", "สิ้นปี 2566", "2023年底") is its December,
as the end of this or last year is; its start and middle ("early 2022",
"début 2024", "mi-2025") stay the year (the labelled sets read them so)."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates


def found(text, lang, pub="2024-03-20"):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, pub)]


@pytest.mark.parametrize(
    "lang,text,span",
    [
        ("fr", "Fin 2023, le taux d'inflation a reculé à 3,7 %.", "Fin 2023"),
        ("fr", "À la fin de 2023, la dette atteignait 110 % du PIB.", "fin de 2023"),
        ("en", "Mortgage rates peaked in late 2023 before easing.", "late 2023"),
        ("en", "By the end of 2023, the mill had shed 400 jobs.", "end of 2023"),
        ("es", "A finales de 2023 la deuda rozaba el 108 % del PIB.", "finales de 2023"),
        ("es", "Hacia fines del año 2023 cerró la fábrica de Vigo.", "fines del año 2023"),
        ("vi", "Cuối năm 2023, tỷ lệ nợ xấu của ngân hàng tăng lên 4,5%.", "Cuối năm 2023"),
        ("th", "ณ สิ้นปี 2566 หนี้ครัวเรือนอยู่ที่ร้อยละ 91", "สิ้นปี 2566"),
        ("zh", "截至2023年末，全省常住人口为8000万人。", "2023年末"),
    ],
)
def test_the_end_of_a_named_year_is_its_december(lang, text, span):
    assert found(text, lang) == [(span, "2023-12")]


@pytest.mark.parametrize(
    "lang,text,expect",
    [
        # the start and the middle stay the year
        ("en", "Prices have climbed steadily since early 2022.", [("2022", "2022")]),
        ("fr", "Début 2022, la ligne a été fermée.", [("2022", "2022")]),
        ("fr", "Mi-2025, la ligne de métro sera prolongée.", [("2025", "2025")]),
        ("es", "A principios de 2022 se cerró la línea.", [("2022", "2022")]),
        # six months or a quarter at the end of the year stay those months
        ("vi", "Doanh thu 6 tháng cuối năm 2023 tăng 8%.", [("6 tháng cuối năm 2023", "2023-07")]),
        # "late" as the adverb of a timing verb: only the year (as "late this year")
        ("en", "The monsoon came late 2023 and the harvest failed.", [("2023", "2023")]),
        # a possessive is a thing's, not the time's
        ("en", "At the end of 2023's season, he retired.", []),
    ],
)
def test_other_edges_of_a_named_year_keep_their_reading(lang, text, expect):
    assert found(text, lang) == expect
