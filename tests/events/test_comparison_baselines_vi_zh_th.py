"""The baseline a figure is compared with is no happening, in Vietnamese,
Chinese and Thai as in the languages test_comparison_baselines.py covers:
"gấp đôi so với năm 2022", "比2022年扩大一倍", "มากกว่าปี 2565". The year
of the figure itself is still an event. Sentences invented."""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.dates import ResolveDates
from newsline.events import ExtractEvents
from newsline.model import Document


def event_dates(text, lang):
    doc = Document(id="d", source="s", text=text, lang=lang, published="2024-10-02")
    ResolveDates()([doc], Counter())
    ExtractEvents()([doc], Counter())
    return [e.date for e in doc.events]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("vi", "Hãng vận tải lỗ 320 triệu USD trong năm 2023, gấp đôi so với năm 2022."),
        ("vi", "Doanh thu năm 2023 của hãng tăng 5% so với cùng kỳ năm 2022."),
        ("zh", "该公司2023年亏损3.2亿美元，比2022年扩大一倍。"),
        ("zh", "该公司2023年亏损3.2亿美元，较2022年扩大一倍。"),
        ("th", "บริษัทขาดทุน 320 ล้านดอลลาร์ในปี 2566 มากกว่าปี 2565 ถึงสองเท่า"),
        ("th", "บริษัทขาดทุน 320 ล้านดอลลาร์ในปี 2566 เมื่อเทียบกับปี 2565"),
    ],
)
def test_baseline_year_is_no_event(lang, text):
    assert event_dates(text, lang) == ["2023"]


def test_a_word_starting_with_the_comparison_character_is_no_comparison():
    # "比赛" (match) begins with "比" (than)
    assert event_dates("比赛于2023年8月在曼谷举行，共有十二支球队参加。", "zh") == ["2023-08"]


def test_thai_more_than_ago_is_still_a_date():
    # "เมื่อกว่า 2 สัปดาห์ก่อน": more than two weeks ago, no comparison
    text = "ตำรวจจับกุมผู้ต้องหาในคดีฉ้อโกงได้เมื่อกว่า 2 สัปดาห์ก่อนที่จังหวัดเชียงใหม่"
    assert event_dates(text, "th") == ["2024-09-18"]
