"""A number that is a day of the month around the pages' dates is a day, not
a count: any two pages of the same days share "24" ("24日", "24 ตุลาคม") as
they share the date. Two countries and such a number linked a Chinese page on a kidnapping
in a Thai resort to a Thai page on a quake in China (both name Thailand and
China, both of the 24th). Across languages such a number is no shared
number; a number that counts something (a ransom, a toll) still is.
Invented pages, other stories than those the rule was measured on."""

from __future__ import annotations

from collections import Counter

from newsline.model import Document
from newsline.stories import ClusterStories
from newsline.stories.cluster import (
    _day_numbers,
    _places_only_for_a_naming_page,
    _too_little_across,
)


def page(key: str, lang: str, title: str, body: str) -> Document:
    return Document(
        id=key,
        source=key + ".html",
        text=title + "\n\n" + body,
        lang=lang,
        title=title,
        published="2025-09-25",
    )


# A Thai page of the 25th on a Thai rice deal with China signed on the 24th,
# naming its minister.
RICE_TH = page(
    "rice-th",
    "th",
    "ไทยลงนามขายข้าวให้จีน 2 แสนตัน",
    "นายสุวิทย์ พรหมประเสริฐ รัฐมนตรีว่าการกระทรวงพาณิชย์ของไทย ลงนามสัญญาขายข้าวหอมมะลิให้"
    "รัฐวิสาหกิจของจีน ปริมาณ 2 แสนตัน เมื่อวันที่ 24 กันยายน ที่กรุงเทพฯ คาดว่าจะส่งมอบครบภายในเดือนธันวาคม "
    "ผู้ส่งออกข้าวไทยระบุว่าราคาข้าวหอมมะลิปรับตัวสูงขึ้นจากความต้องการของจีน",
)
# A Chinese page of the same day on a Chinese diver lost off Phuket on the 24th.
DIVER_ZH = page(
    "diver-zh",
    "zh",
    "中国游客在泰国普吉岛潜水失踪",
    "一名中国男游客24日在泰国普吉岛附近海域潜水时失踪。据中国驻宋卡总领馆介绍，失踪者名叫"
    "周建平，今年41岁，来自杭州。泰国海军和当地救援人员已出动8艘船只搜寻。总领馆提醒中国游客"
    "参加潜水活动时选择正规机构。",
)
DIVER_TH = page(
    "diver-th",
    "th",
    "นักท่องเที่ยวจีนดำน้ำสูญหายที่ภูเก็ต",
    "นักท่องเที่ยวชายชาวจีนอายุ 41 ปี สูญหายระหว่างดำน้ำนอกชายฝั่งเกาะภูเก็ต เมื่อวันที่ 24 "
    "กันยายน กองทัพเรือไทยและหน่วยกู้ภัยส่งเรือ 8 ลำออกค้นหา สถานกงสุลใหญ่จีนประจำสงขลา "
    "ขอให้นักท่องเที่ยวจีนเลือกใช้บริการดำน้ำที่ได้รับอนุญาต นายโจว เจี้ยนผิง ผู้สูญหาย มาจากเมืองหางโจว",
)


# Pages of the 25th: they write the 22nd to the 26th as days.
DAYS = _day_numbers("2025-09-25")


def test_the_days_around_a_page_are_its_day_numbers():
    assert DAYS == {"#:22", "#:23", "#:24", "#:25", "#:26"}
    # the month's turn; single-digit days are no number anchors at all
    assert _day_numbers("2025-10-01") == {"#:28", "#:29", "#:30"}
    assert _day_numbers(None, "not a date") == frozenset()


def test_a_day_of_the_pages_is_too_little_beside_the_places():
    assert _too_little_across(["t:TH", "#:24"], DAYS)
    a = {"t:TH": 1.0, "t:CN": 1.0, "w:zhoujianping": 1.0, "#:24": 0.3}
    assert _places_only_for_a_naming_page(["t:TH", "t:CN", "#:24"], a, DAYS)


def test_a_counting_number_still_links():
    # near misses: a ransom, a count of people, a small count that is no
    # day of these pages, and any number when no day is known
    for n in ("#:3e+06", "#:1800", "#:41", "#:14"):
        assert not _too_little_across(["t:TH", n], DAYS), n
    assert not _too_little_across(["t:TH", "#:24"])
    a = {"t:TH": 1.0, "t:CN": 1.0, "w:zhoujianping": 1.0, "#:14": 0.3}
    assert not _places_only_for_a_naming_page(["t:TH", "t:CN", "#:14"], a, DAYS)


def test_a_page_sharing_two_countries_and_a_day_starts_its_own_story():
    stage = ClusterStories()
    stage([RICE_TH, DIVER_ZH], Counter())
    assert stage.story_of("diver-zh") != stage.story_of("rice-th")


def test_the_same_story_in_thai_still_takes_the_chinese_page():
    # near miss: the Thai page of the diver's own story shares the diver's
    # age and the boats besides the countries and the day
    stage = ClusterStories()
    stage([DIVER_TH, RICE_TH, DIVER_ZH], Counter())
    assert stage.story_of("diver-zh") == stage.story_of("diver-th")
    assert stage.story_of("rice-th") != stage.story_of("diver-th")
