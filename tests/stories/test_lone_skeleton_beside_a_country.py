"""A name skeleton (k:) two different spellings give, in two scripts with
no Latin spelling to compare (Chinese and Thai), is chance even when the
two pages also name the same country: a Chinese quake page's 深度
("depth", tagged a place) and a Thai page's เฉิงตู (Chengdu) both read
k:snt, and both pages name China. The country, which any two pages about
it share, is no second link beside such a skeleton (see
test_lone_skeleton_across for the rule without a country). The same
spelling on both sides (two Thai pages' เชียงใหม่) is one name written
twice, and links as before. Invented pages (zh, th)."""

from __future__ import annotations

from newsline.stories.cluster import _lone_unwritten_skeleton

from .helpers import page, story_lists

TYPHOON_ZH = page(
    "ty-zh",
    "zh",
    "2026-09-14",
    "台风逼近日本九州 航班大面积取消",
    "据日本气象厅预测，今年第5号台风将于周四在日本九州登陆，当地学校停课一天，大部分航班取消。",
)
BAND_TH = page(
    "band-th",
    "th",
    "2026-09-14",
    "วงไทฟูนเตรียมทัวร์ญี่ปุ่นครั้งแรก",
    "วงดนตรีร็อกไทฟูนเตรียมเดินสายทัวร์คอนเสิร์ตที่ญี่ปุ่นครั้งแรก บัตรทั้งหมดจำหน่ายหมดภายในสองชั่วโมง "
    "แฟนเพลงต่อคิวตั้งแต่เช้ามืดเพื่อซื้อเสื้อที่ระลึก",
)

DAYS = frozenset({"#:14"})


def lone(a: list[str], a_surfaces: dict, b: list[str], b_surfaces: dict) -> bool:
    return _lone_unwritten_skeleton(
        dict.fromkeys(a, 1.0), a_surfaces, dict.fromkeys(b, 1.0), b_surfaces, DAYS
    )


def test_a_skeleton_of_two_spellings_beside_a_country_is_still_alone():
    th = {"k:snt": "เฉิงตู", "t:CN": "จีน"}
    zh = {"k:snt": "深度", "t:CN": "中国"}
    assert lone(["t:CN", "k:snt"], th, ["t:CN", "k:snt", "k:snk"], zh)
    # the country's own name read as a name is that country again
    assert lone(["t:CN", "k:snt", "k:snk"], th, ["t:CN", "k:snt", "k:snk"], zh)


def test_the_same_spelling_or_a_number_beside_a_country_still_links():
    th1 = {"k:snm": "เชียงใหม่", "t:TH": "ไทย"}
    th2 = {"k:snm": "เชียงใหม่", "t:TH": "ไทย"}
    assert not lone(["t:TH", "k:snm"], th1, ["t:TH", "k:snm"], th2)
    th = {"k:snt": "เฉิงตู"}
    zh = {"k:snt": "深度"}
    assert not lone(["t:CN", "k:snt", "#:52"], th, ["t:CN", "k:snt", "#:52"], zh)


def test_thai_band_page_stays_out_of_a_chinese_typhoon_story_on_their_country():
    assert story_lists([TYPHOON_ZH, BAND_TH]) == [["band-th"], ["ty-zh"]]
