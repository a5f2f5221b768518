"""A span of years written with a dash ("giai đoạn 2019-2021", "ปี 2560-2565",
"en el periodo 2017-2022") is one range with both ends, as "between 2019
and 2021" already is. Hotline and code numbers that look like two years,
stay no date. Sentences invented."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2024-08-14"


def found(text, lang):
    return [(m.value, m.end_value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("vi", "Trong giai đoạn 2019-2021, ông Tư đã rút ruột hợp tác xã."),
        ("vi", "Năm 2019-2021, hợp tác xã thua lỗ liên tục."),
        ("th", "ระหว่างปี 2562-2564 สหกรณ์ขาดทุนต่อเนื่อง"),
        ("th", "ในช่วงปี 2562 - 2564 สหกรณ์ขาดทุนต่อเนื่อง"),
        ("en", "In 2019-2021 the cooperative lost money every year."),
        ("es", "En el periodo 2019-2021 la cooperativa perdió dinero."),
        ("fr", "Sur la période 2019–2021, la coopérative a perdu de l'argent."),
        ("zh", "2019-2021年，合作社连年亏损。"),
    ],
)
def test_dashed_year_span(lang, text):
    assert found(text, lang) == [("2019", "2021")]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("vi", "Gọi tổng đài 1900-1508 để được hỗ trợ."),
        ("vi", "Mã hồ sơ 2019-2021-0045 đã được duyệt."),
        ("en", "Call 1800-2017 for help."),
    ],
)
def test_numbers_that_look_like_two_years_are_no_span(lang, text):
    assert found(text, lang) == []
