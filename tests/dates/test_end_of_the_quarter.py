"""The end of this or next quarter -- "by the end of the quarter", "a finales
del trimestre", "d'ici la fin du trimestre", "cuối quý này", "สิ้นไตรมาสนี้",
"本季度末", "下季度末" -- is that quarter's last month, as the end of a year is
its December. Not in a sentence of a match, a school term or a pregnancy,
and in English only where it tells of money or trade (as a bare quarter):
"by the end of the quarter the Lakers led by 12" is a match's."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-11-05"  # the fourth quarter: October to December


def values(text, lang, pub=PUB):
    return [m.value for m in resolve_dates(text, lang, pub)]


@pytest.mark.parametrize(
    "lang,text,expect",
    [
        ("en", "The bank expects to complete the merger by the end of the quarter.", "2025-12"),
        ("en", "Shipments should recover by the end of the next quarter.", "2026-03"),
        ("es", "La compañía cerrará la venta a finales del trimestre.", "2025-12"),
        ("fr", "Le groupe prévoit de finaliser la cession d'ici la fin du trimestre.", "2025-12"),
        ("vi", "Ngân hàng dự kiến hoàn tất thương vụ vào cuối quý này.", "2025-12"),
        ("th", "บริษัทคาดว่าจะปิดดีลได้ภายในสิ้นไตรมาสนี้", "2025-12"),
        ("zh", "该行计划下季度末完成增资。", "2026-03"),
    ],
)
def test_the_end_of_a_quarter_is_its_last_month(lang, text, expect):
    assert values(text, lang) == [expect]


def test_the_quarter_follows_publication():
    text = "Revenue targets must be met by the end of the quarter, the company said."
    assert values(text, "en", "2025-02-14") == ["2025-03"]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "By the end of the quarter the Lakers led by 12 points."),
        ("en", "By the end of the quarter, the crowd had gone quiet."),  # no trade word
        ("es", "El equipo remontó a finales del trimestre con dos canastas."),
        ("fr", "Les élèves passent un examen à la fin du trimestre."),
        ("fr", "La fin du trimestre de grossesse approche."),
    ],
)
def test_a_match_or_a_school_term_is_no_date(lang, text):
    assert values(text, lang) == []
