"""Date forms of Chinese, Thai and Vietnamese news that were read wrong or
not at all, each with look-alikes that must stay non-dates. Published
Monday 15 July 2024."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2024-07-15"


def found(text, lang):
    return [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,expect",
    [
        # Hong Kong / Taiwan "前日": the day before yesterday
        ("zh", "前日下午，消防接報到場。", [("前日", "2024-07-13", None)]),
        # days of one month, the first without 日
        ("zh", "展覽於7月11至13日舉行。", [("7月11至13日", "2024-07-11", "2024-07-13")]),
        ("zh", "会议7月30至8月2日召开。", [("7月30至8月2日", "2024-07-30", "2024-08-02")]),
        # months of one year
        ("zh", "1至6月，全市出口增长5%。", [("1至6月", "2024-01", "2024-06")]),
        ("zh", "2024年1月至6月", [("2024年1月至6月", "2024-01", "2024-06")]),
        # Thai: a two-digit Buddhist-era year after "ปี" (year)
        ("th", "งบประมาณปี 67 ถูกตัดลดลง", [("ปี 67", "2024", None)]),
        ("th", "ในปี 68 นี้ รัฐบาลจะลงทุนเพิ่ม", [("ปี 68", "2025", None)]),
        # Vietnamese day and month between dots after "ngày"
        ("vi", "Ngày 11.7, đoàn công tác đến Huế.", [("Ngày 11.7", "2024-07-11", None)]),
        ("vi", "ngày 11.7.2024", [("ngày 11.7.2024", "2024-07-11", None)]),
    ],
)
def test_forms(lang, text, expect):
    assert found(text, lang) == expect


@pytest.mark.parametrize(
    "lang,text",
    [
        ("zh", "前日本首相出席了论坛。"),  # former Japanese prime minister
        ("zh", "前日軍士兵的證詞"),
        ("zh", "有3至6个月大的婴儿"),
        ("th", "ผู้ป่วยอายุ 67 ปี"),
        ("th", "เป็นเวลา 5 ปี 67 วัน"),
        ("vi", "mỗi ngày 1.5 triệu lượt khách"),
        ("vi", "tăng 11.7%"),
        ("vi", "Sáng 11.7 điểm"),
    ],
)
def test_not_dates(lang, text):
    assert found(text, lang) == []


def test_days_of_one_month_run_forward():
    # "7月30至2日" names no month for its second day: no range back in time
    got = found("7月30至2日", "zh")
    assert all(end is None for _, _, end in got), got


@pytest.mark.parametrize(
    "text,value",
    [
        # "並會於" / "亦會於": will, on ... (published 12 July): this year
        ("署方並會於7月15至19日期間安排夜間施工。", "2024-07-15"),
        ("署方亦會於7月20日再作檢討。", "2024-07-20"),
        # "大会于" is the conference, on ...: a past date stays past
        ("大会于7月10日闭幕。", "2024-07-10"),
    ],
)
def test_chinese_modal_will_before_a_date(text, value):
    got = [m.value for m in resolve_dates(text, "zh", "2024-07-12")]
    assert got == [value]


@pytest.mark.parametrize(
    "text,expect",
    [
        ("Chiều qua, UBND thành phố họp khẩn.", [("Chiều qua", "2024-07-14", None)]),
        ("Sáng qua, hai xe tải va chạm.", [("Sáng qua", "2024-07-14", None)]),
        ("Trưa qua, trời mưa lớn.", [("Trưa qua", "2024-07-14", None)]),
    ],
)
def test_vietnamese_part_of_day_yesterday(text, expect):
    assert found(text, "vi") == expect


def test_vietnamese_qua_inside_a_word_is_no_date():
    assert found("Buổi chiều quay phim kéo dài ba tiếng.", "vi") == []


@pytest.mark.parametrize(
    "text,expect",
    [
        (
            "7月10日，会议开幕。当天下午，代表们分组讨论。",
            [("7月10日", "2024-07-10", None), ("当天", "2024-07-10", None)],
        ),
        (
            "7月10日，警方接報。當日下午，警方到場。",
            [("7月10日", "2024-07-10", None), ("當日", "2024-07-10", None)],
        ),
        # "当天气好", "当日元贬值": 当 + 天气 / 日元
        ("7月10日，会议开幕。当天气好的时候，市民外出。", [("7月10日", "2024-07-10", None)]),
        ("7月10日，会议开幕。当日元贬值时，出口增加。", [("7月10日", "2024-07-10", None)]),
        # nothing named before it: no date
        ("当天下午，代表们分组讨论。", []),
    ],
)
def test_chinese_that_day(text, expect):
    assert found(text, "zh") == expect


@pytest.mark.parametrize(
    "text,span",
    [
        # Vietnamese stamps write the day word in lower case as often as not
        ("Thứ năm, 11/07/2024 - 08:30", "Thứ năm, 11/07/2024"),
        ("thứ sáu, ngày 12/7/2024", "thứ sáu, ngày 12/7/2024"),
    ],
)
def test_vietnamese_lower_case_weekday_before_a_full_date(text, span):
    ((got, _, _),) = found(text, "vi")
    assert got == span


@pytest.mark.parametrize(
    "text",
    [
        "Đây là lần thứ hai 2/3 số phiếu ủng hộ dự luật.",  # "second", a fraction
        "Đội về thứ ba, cách đội đầu 2 điểm.",  # "third"
    ],
)
def test_vietnamese_ordinal_is_no_weekday(text):
    assert found(text, "vi") == []
