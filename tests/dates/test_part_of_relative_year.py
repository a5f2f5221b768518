"""A quarter or half of last or next year ("the third quarter of last year",
"el segundo semestre del año pasado", "au premier trimestre de l'an
prochain", "quý IV năm trước", "nửa đầu năm sau", "ไตรมาสสุดท้ายของปีที่แล้ว",
"去年第四季度", "明年下半年"): that year's three or six months, a range, as
"Q3 2023" is -- not the bare year the relative words would give alone (the
rule until session 21). Look-alikes: a match's half, "a quarter of" people, a
resort whose name holds "四季度". Publication date: Friday 14 February 2025
unless said."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-02-14"


def values(text, lang, published=PUB):
    return [(m.value, m.end_value) for m in resolve_dates(text, lang, published)]


@pytest.mark.parametrize(
    "lang,text,expect",
    [
        (
            "en",
            "Airline bookings slumped in the final quarter of last year.",
            ("2024-10", "2024-12"),
        ),
        ("en", "The mine should reopen in the second half of next year.", ("2026-07", "2026-12")),
        (
            "es",
            "El consumo de gas cayó en el cuarto trimestre del año pasado.",
            ("2024-10", "2024-12"),
        ),
        (
            "es",
            "La obra se licitará en el primer semestre del año que viene.",
            ("2026-01", "2026-06"),
        ),
        (
            "fr",
            "Le trafic aérien a rebondi au troisième trimestre de l'année passée.",
            ("2024-07", "2024-09"),
        ),
        ("fr", "La ligne ouvrira au premier semestre de l'an prochain.", ("2026-01", "2026-06")),
        ("vi", "Quý IV năm trước, lượng khách quốc tế tăng mạnh.", ("2024-10", "2024-12")),
        ("vi", "Nửa đầu năm sau, nhà máy sẽ vận hành thử.", ("2026-01", "2026-06")),
        ("th", "ไตรมาสสุดท้ายของปีที่แล้ว ยอดจองโรงแรมเพิ่มขึ้น", ("2024-10", "2024-12")),
        ("th", "ครึ่งปีหลังของปีหน้า รัฐบาลจะเปิดประมูลรถไฟ", ("2026-07", "2026-12")),
        ("zh", "去年第四季度，航空客运量明显回升。", ("2024-10", "2024-12")),
        ("zh", "上年三季度，全省工业增加值增长5%。", ("2024-07", "2024-09")),
        ("zh", "新航站楼预计明年下半年投入使用。", ("2026-07", "2026-12")),
    ],
)
def test_part_of_last_or_next_year_is_its_months(lang, text, expect):
    assert values(text, lang) == [expect]


def test_last_years_quarter_counts_from_the_publication_year():
    # published in January: "last year" is the year just ended
    assert values("Sales fell in the fourth quarter of last year.", "en", "2025-01-03") == [
        ("2024-10", "2024-12")
    ]


@pytest.mark.parametrize(
    "lang,text",
    [
        # a match's half, a share of people, a resort's name: no quarter or half
        ("en", "He scored twice in the second half of last year's final."),
        ("en", "A quarter of voters backed the plan last year."),
        ("es", "La segunda mitad del partido del año pasado fue un desastre."),
        ("fr", "La moitié des électeurs de l'an dernier se sont abstenus."),
        ("vi", "Quý khách năm ngoái đã đặt phòng qua tổng đài 1900 1234."),
        ("zh", "去年四季度假村接待游客12万人次。"),
        ("zh", "今年四季度假村将扩建。"),
        ("zh", "2024年四季度假村客房满员。"),
    ],
)
def test_look_alikes_give_no_month_range(lang, text):
    assert all(end is None for _, end in values(text, lang))


def test_a_quarter_before_a_holiday_word_stays_a_quarter():
    # "一季度假期消费": the first quarter's holiday spending, not a resort
    assert values("今年一季度假期消费增长。", "zh") == [("2025-01", "2025-03")]
