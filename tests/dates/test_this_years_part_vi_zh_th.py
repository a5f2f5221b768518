"""A quarter or half of "this year" in Vietnamese, Chinese and Thai, with no
year number: "6 tháng đầu năm" (the first six months of the year), "nửa cuối
năm nay", "quý III năm nay", "今年上半年", "今年第三季度", "ไตรมาสที่ 3 ของปีนี้",
"ครึ่งปีแรกของปีนี้". The publication's year, as "the first half of the
year" / "del año" / "de l'année" already were. A bare quarter or half
("quý III", "上半年", "ครึ่งปีแรก") stays no date, and last year's (its own
months, tests/dates/test_part_of_relative_year.py), a school year's or a
duration is not this year's. Publication date: Tuesday 10
September 2024 unless said."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2024-09-10"


def values(text, lang, published=PUB):
    return [(m.value, m.end_value) for m in resolve_dates(text, lang, published)]


@pytest.mark.parametrize(
    "lang,text,expect",
    [
        # a provincial government's news item
        (
            "vi",
            "Trong 6 tháng đầu năm, kim ngạch xuất khẩu của tỉnh ước đạt 1,2 tỷ USD.",
            ("2024-01", "2024-06"),
        ),
        ("vi", "Doanh thu du lịch 6 tháng đầu năm nay đạt 500 tỷ đồng.", ("2024-01", "2024-06")),
        ("vi", "Nửa cuối năm nay, giá vàng được dự báo tiếp tục tăng.", ("2024-07", "2024-12")),
        ("vi", "Quý III năm nay, tỉnh thu ngân sách đạt 5.200 tỷ đồng.", ("2024-07", "2024-09")),
        # a Chinese portal's economy page
        ("zh", "今年上半年，全市地区生产总值同比增长5.2%。", ("2024-01", "2024-06")),
        ("zh", "今年第三季度，公司营收同比下降3%。", ("2024-07", "2024-09")),
        ("zh", "今年三季度，该省出口增长。", ("2024-07", "2024-09")),
        # a Thai press release
        ("th", "ในไตรมาสที่ 3 ของปีนี้ บริษัทมีรายได้เพิ่มขึ้น 15%", ("2024-07", "2024-09")),
        ("th", "ครึ่งปีแรกของปีนี้ ยอดขายรถยนต์เพิ่มขึ้น", ("2024-01", "2024-06")),
    ],
)
def test_part_of_this_year(lang, text, expect):
    assert values(text, lang) == [expect]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("vi", "Quý IV năm nay, tỉnh sẽ khởi công cầu mới."),
        ("zh", "今年第四季度，工厂将投产。"),
        ("th", "ไตรมาสที่ 4 ของปีนี้ บริษัทจะเปิดสาขาใหม่"),
    ],
)
def test_this_years_quarter_is_never_last_years(lang, text):
    assert values(text, lang, "2024-02-10") == [("2024-10", "2024-12")]


@pytest.mark.parametrize(
    "lang,text,expect",
    [
        # a part alone is the publication year's (test_bare_part_alone)
        ("vi", "Trong quý III, tỉnh thu ngân sách đạt 5.200 tỷ đồng.", [("2024-07", "2024-09")]),
        ("vi", "Trong 6 tháng đầu năm học, trường tuyển 300 học sinh.", []),
        ("vi", "Trong 6 tháng đầu năm nhậm chức, ông đã đi 20 tỉnh.", []),
        ("vi", "Trong 6 tháng đầu năm ngoái, xuất khẩu giảm.", [("2023-01", "2023-06")]),
        ("vi", "Trong 6 tháng, xuất khẩu tăng.", []),
        ("zh", "上半年，出口同比增长。", [("2024-01", "2024-06")]),
        ("zh", "去年上半年，出口下降。", [("2023-01", "2023-06")]),
        ("th", "ครึ่งปีแรก ยอดขายเพิ่มขึ้น", [("2024-01", "2024-06")]),
    ],
)
def test_not_this_years_part(lang, text, expect):
    assert values(text, lang) == expect
