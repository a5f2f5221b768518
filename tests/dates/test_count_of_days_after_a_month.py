"""A count of days ("the same day", "Cùng ngày", "ในวันเดียวกัน", "同一天",
"three days later") counts from the last day written, not from a month told
in between: an economic release tells "on Friday, March 7, ... prices rose
in February. On the same day, the central bank kept its rate", and the
month left "the same day" with no date in every language. A count of days
with no day written before it still has none. Sentences written for these
tests (an invented country's statistics release)."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-03-08"


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "text,lang,span",
    [
        (
            (
                "The statistics office said on Friday, March 7, that prices rose 3.4% in "
                "February. On the same day, the central bank kept its rate at 4.5%."
            ),
            "en",
            "the same day",
        ),
        (
            (
                "Tổng cục Thống kê hôm thứ Sáu (7/3) công bố CPI tháng 2 tăng 3,4%. "
                "Cùng ngày, Ngân hàng Trung ương giữ nguyên lãi suất."
            ),
            "vi",
            "Cùng ngày",
        ),
        (
            "统计局3月7日公布，2月份消费者价格指数上涨3.4%。同一天，央行决定维持利率不变。",
            "zh",
            "同一天",
        ),
        (
            (
                "สำนักงานสถิติเปิดเผยเมื่อวันที่ 7 มี.ค. ว่าดัชนีราคาเดือนกุมภาพันธ์เพิ่มขึ้น 3.4%\n"
                "ในวันเดียวกัน ธนาคารกลางมีมติคงอัตราดอกเบี้ย"
            ),
            "th",
            "ในวันเดียวกัน",
        ),
    ],
)
def test_the_same_day_after_a_month(text, lang, span):
    assert (span, "2025-03-07") in found(text, lang)


def test_a_count_of_days_after_a_month():
    text = (
        "The storm hit on March 3. Losses in February were large. Three days later, power returned."
    )
    assert ("Three days later", "2025-03-06") in found(text, "en")
    assert found("Prices rose in February. The next day, markets fell.", "en") == [
        ("February", "2025-02")
    ]
