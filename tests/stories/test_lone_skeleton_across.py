"""Two pages of two scripts with no Latin spelling to compare (Chinese and
Thai) meet only through name skeletons (k:), readings guessed from sounds.
One such skeleton with nothing else shared (no place, number or second
name) is chance: the tagger calls a common Chinese word a name (台风, a
typhoon, tagged a place), and a Thai rock band called "ไทฟูน" reads the same
three consonants. Such a page starts its own story; a page sharing two
names, or one name and a number other than the day, still joins, and so
does one whose name the story wrote in Latin letters.
Invented pages (zh, th, en; no corpus the rule was measured on has them)."""

from __future__ import annotations

from newsline.stories.cluster import _lone_unwritten_skeleton

from .helpers import page, story_lists

TYPHOON_ZH = page(
    "ty-zh",
    "zh",
    "2026-09-14",
    "台风逼近东南沿海 渔船全部回港避风",
    "据气象部门预测，今年第5号台风将于周四在东南沿海登陆，沿海渔船已全部回港避风。"
    "当地学校停课一天，部分航班取消。",
)
BAND_TH = page(
    "band-th",
    "th",
    "2026-09-14",
    "วงไทฟูนเปิดคอนเสิร์ตใหญ่ครั้งแรก",
    "วงดนตรีร็อกไทฟูน เปิดคอนเสิร์ตใหญ่ครั้งแรกในรอบห้าปี บัตรทั้งหมดจำหน่ายหมดภายในสองชั่วโมง "
    "แฟนเพลงต่อคิวตั้งแต่เช้ามืดเพื่อซื้อเสื้อที่ระลึก",
)
BAND_EN = page(
    "band-en",
    "en",
    "2026-09-13",
    "Rock band Thaifun plays first big show",
    "The rock band Thaifun sold out its first big concert in five years within two hours, "
    "with fans queueing before dawn for souvenir shirts.",
)

ZH = {"k:tfn": "台风"}
TH = {"k:tfn": "ไทฟูน", "k:plsl": "ประเสริฐ"}
EN = {"k:tfn": "Thaifun"}
DAYS = frozenset({"#:14"})


def lone(a: list[str], b: list[str], b_surfaces: dict[str, str] = ZH) -> bool:
    return _lone_unwritten_skeleton(
        dict.fromkeys(a, 1.0), TH, dict.fromkeys(b, 1.0), b_surfaces, DAYS
    )


def test_one_skeleton_alone_links_no_two_unwritten_scripts():
    assert lone(["k:tfn", "k:ntfn"], ["k:tfn", "w:daiphong"])
    assert lone(["k:tfn", "d:2026-09-14", "y:2026"], ["k:tfn", "d:2026-09-14", "y:2026"])
    # the day of the month both pages of that week write is no telling number
    assert lone(["k:tfn", "#:14"], ["k:tfn", "#:14"])


def test_two_names_a_number_or_a_latin_spelling_still_link():
    assert not lone(["k:tfn", "k:plsl"], ["k:tfn", "k:plsl"])
    assert not lone(["k:tfn", "#:52"], ["k:tfn", "#:52"])
    assert not lone(["k:tfn"], ["k:tfn"], EN)
    assert not lone(["k:ntfn"], ["k:tfn"])  # nothing shared: for the score


def test_thai_band_page_stays_out_of_a_chinese_typhoon_story():
    assert story_lists([TYPHOON_ZH, BAND_TH]) == [["band-th"], ["ty-zh"]]


def test_thai_band_page_joins_the_band_written_in_latin():
    assert story_lists([BAND_EN, BAND_TH]) == [["band-en", "band-th"]]
