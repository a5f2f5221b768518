"""A quarter or half named with no year and alone in its sentence ("Quý III,
doanh thu tăng", "第三季度", "in the fourth quarter", "el tercer trimestre",
"Au premier semestre", "ไตรมาสแรก", "上半年") is a part of the calendar where
its sentence tells of no match, school term or pregnancy (in English, where
it tells of money or trade: "quarter" and "half" name a match's as often).
Its year is the publication's; told as past and not yet begun (a fourth
quarter told in March), the year before; told ahead and over, the year
after. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates


def found(text, lang, pub):
    return [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, lang, pub)]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("vi", "Quý II, xuất khẩu thủy sản đạt 2,4 tỷ USD.", ("Quý II", "2025-04", "2025-06")),
        ("th", "ไตรมาสที่สอง ยอดส่งออกข้าวเพิ่มขึ้น 8%", ("ไตรมาสที่สอง", "2025-04", "2025-06")),
        ("zh", "二季度，全省工业增加值同比增长6%。", ("二季度", "2025-04", "2025-06")),
        ("zh", "上半年，全市新增就业3万人。", ("上半年", "2025-01", "2025-06")),
        (
            "en",
            "Copper shipments from the port doubled in the second quarter.",
            ("second quarter", "2025-04", "2025-06"),
        ),
        (
            "en",
            "The carmaker expects profit to recover in the second half.",
            ("second half", "2025-07", "2025-12"),
        ),
        (
            "es",
            "Las pernoctaciones hoteleras crecieron un 6 % en el segundo trimestre.",
            ("segundo trimestre", "2025-04", "2025-06"),
        ),
        (
            "fr",
            "Au second semestre, les embauches devraient ralentir.",
            ("second semestre", "2025-07", "2025-12"),
        ),
    ],
)
def test_a_bare_part_is_the_publication_years(lang, text, expected):
    assert found(text, lang, "2025-08-20") == [expected]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # told as past, published in March: the fourth quarter has not begun
        (
            "fr",
            "Au quatrième trimestre, la production industrielle a reculé de 1 %.",
            ("2024-10", "2024-12"),
        ),
        ("en", "In the fourth quarter, retail sales fell 2%.", ("2024-10", "2024-12")),
        (
            "es",
            "En el cuarto trimestre, el consumo de los hogares cayó un 1 %.",
            ("2024-10", "2024-12"),
        ),
        ("vi", "Quý IV, lượng khách quốc tế đã giảm 5%.", ("2024-10", "2024-12")),
        ("zh", "四季度，全省出口同比下降了3%。", ("2024-10", "2024-12")),
        # told as past and begun: this year's
        ("en", "In the first quarter, retail sales fell 2%.", ("2025-01", "2025-03")),
        # told ahead: this year's while it is not over ...
        ("fr", "Au quatrième trimestre, la production devrait repartir.", ("2025-10", "2025-12")),
    ],
)
def test_its_year_follows_the_tense(lang, text, expected):
    assert [f[1:] for f in found(text, lang, "2025-03-12")] == [expected]


def test_told_ahead_and_over_is_next_years():
    text = "Au premier trimestre, les ventes progresseront de 2 %."
    assert found(text, "fr", "2025-11-05") == [("premier trimestre", "2026-01", "2026-03")]


@pytest.mark.parametrize(
    "lang,text,span",
    [
        # ... but one just ended told ahead is this year's: its results come out after it
        (
            "en",
            "The brewer will publish its third quarter sales figures on Friday.",
            "third quarter",
        ),
        (
            "fr",
            "Le groupe publiera ses ventes du troisième trimestre vendredi.",
            "troisième trimestre",
        ),
    ],
)
def test_a_part_just_ended_told_ahead_is_this_years(lang, text, span):
    assert (span, "2025-07", "2025-09") in found(text, lang, "2025-10-20")


@pytest.mark.parametrize(
    "lang,text",
    [
        # a match's quarter or half
        ("en", "The Celtics trailed by 12 in the fourth quarter."),
        ("en", "Chelsea conceded twice in the second half of the match."),
        ("en", "Revenue talk aside, the team scored 30 points in the third quarter."),
        ("es", "El equipo anotó 30 puntos en el tercer trimestre del partido."),
        ("fr", "L'équipe a marqué deux paniers au dernier trimestre."),
        ("vi", "Đội bóng ghi 30 điểm trong quý III của trận đấu."),
        ("th", "ทีมเยือนทำแต้มนำในไตรมาสที่สาม"),
        ("zh", "球队在第三季度的比赛中得分落后。"),
        # a pregnancy's, a school's
        ("fr", "Au premier trimestre de grossesse, les nausées sont fréquentes."),
        ("es", "En el primer trimestre del embarazo conviene evitar el alcohol."),
        ("es", "Los alumnos del primer semestre de la carrera protestaron."),
        ("en", "Most miscarriages happen in the first trimester."),
        # English without a word of trade; a half of something else
        ("en", "She read the first half of the novel in one night."),
        ("en", "He was quiet for the first half."),
        # "the last quarter" is the latest as often as the fourth
        ("en", "Sales rose 5% last quarter."),
        # a code alone ("Audi Q3"); six months of anything
        ("en", "The Q3 was the best-selling SUV, the company said."),
        ("vi", "Trong 6 tháng đầu, trẻ chỉ nên bú sữa mẹ."),
        ("th", "ครึ่งแรก ทีมเจ้าบ้านนำ 1-0"),
        # a fiscal year's quarter: its months are not known
        ("zh", "2025财年第三季度，公司营收增长。"),
        ("en", "Net income for fiscal 2024's third quarter fell."),
    ],
)
def test_no_part_of_the_calendar(lang, text):
    kept = [f for f in found(text, lang, "2025-08-20") if "2024" not in f[0] and "2025" not in f[0]]
    assert kept == []


def test_a_fiscal_years_half_is_its_year_only():
    text = "Las ventas crecieron en el primer semestre del ejercicio 2025."
    assert found(text, "es", "2025-08-20") == [("2025", "2025", None)]


def test_without_a_publication_date_a_part_alone_gives_none():
    assert found("Quý II, xuất khẩu thủy sản đạt 2,4 tỷ USD.", "vi", None) == []
