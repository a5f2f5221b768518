"""Keyword-list rules answer as before when they skip lines early.

``_stuffed_keywords`` counts the marks between items before splitting (six
items need five); ``_keyword_items`` gives up on a sentence before splitting
it. Compared with the plain computations on lines written here (search
phrases strung together in several languages, menus, prose with commas,
near misses of four and five marks) and pinned.
"""

from __future__ import annotations

import re

import pytest

from newsline.clean import classify as C
from newsline.clean.features import line_features
from newsline.settings import CleanSettings

CFG = CleanSettings()


def _slow_stuffed_keywords(t: str) -> int:
    core = t.strip().rstrip("。.!！ ")
    parts = [p.strip() for p in C._ITEM_SPLIT.split(core) if p.strip()]
    if len(parts) < 6:
        return 0
    if len(C._ASCII_COMMA_IN_HAN.findall(core)) >= 4:
        return len(parts)
    if t.rstrip()[-1:] in ".!?。！？":
        return 0
    if any(C._CONJUNCTION.search(p) for p in parts):
        return 0
    spaced = all(len(p.split()) <= 6 for p in parts)
    unspaced = all(" " in p or len(p) <= 10 for p in parts)
    cased = [p for p in parts if p[:1].isalpha() and p[:1].lower() != p[:1].upper()]
    lower = sum(1 for p in cased if p[:1].islower())
    if cased and 2 * lower < len(cased):
        return 0
    return len(parts) if spaced and unspaced else 0


def _slow_keyword_items(t: str) -> int:
    g = line_features(0, t)
    s = g.text.strip()
    if len(s) > 1 and s[0] == "|" and s[-1] == "|":
        return 0
    parts = [p.strip() for p in re.split(r"[,，、|;；/·•]+", g.text) if p.strip()]
    if (
        len(parts) >= CFG.keyword_line_min_items
        and all(len(p.split()) <= 4 for p in parts)
        and not g.ends_sentence
    ):
        return len(parts)
    return 0


LINES = [
    # search phrases strung together
    "river park news, park renovation, central park works, city parks, park opening, news today",
    "tin tức công viên, cải tạo công viên, công viên trung tâm, khởi công, tin mới, hôm nay",
    "公园改造最新消息,中心公园施工,城市公园,公园开放,今日新闻,本地新闻",
    "สวนสาธารณะ/ข่าววันนี้/ข่าวท้องถิ่น/ปรับปรุงสวน/เปิดสวน/ข่าวด่วน",
    "parque; obras; noticias; ciudad; reforma; hoy",
    # exactly five items (four marks): too few
    "park news, park works, city parks, park opening, news today",
    # five marks, one doubled: still five items
    "park news,, park works, city parks, park opening, news today",
    # six items but prose: a conjunction, a full stop, names in capitals
    "We met Ana, Luis, Marta, Jon, Pia and Tom at the station.",
    "Smith, Jones, Evans, Brown, Taylor, Wilson",
    "| Ticker | Last | Change | Volume | High | Low |",
    # a tag line and a menu
    "Tags: park · renovation · city · news · works",
    "Home | World | Sport | Tech | Culture",
    # prose with commas, in several languages
    "The council, which met on Tuesday, said the works, delayed twice, would end soon.",
    "Hội đồng, họp hôm thứ Ba, cho biết công trình, bị hoãn hai lần, sẽ sớm xong.",
    "委员会周二开会，表示工程虽两度推迟，但将很快完工。",
    "",
    ",,,,,,",
]


@pytest.mark.parametrize("line", LINES)
def test_stuffed_keywords(line):
    assert C._stuffed_keywords(line) == _slow_stuffed_keywords(line)


@pytest.mark.parametrize("line", LINES)
def test_keyword_items(line):
    assert C._keyword_items(line_features(0, line), CFG) == _slow_keyword_items(line)


def test_the_lists_are_found():
    assert C._stuffed_keywords(LINES[0]) == 6
    assert C._stuffed_keywords(LINES[2]) == 6
    assert C._stuffed_keywords(LINES[5]) == 0
    assert C._keyword_items(line_features(0, LINES[11]), CFG) == 5


def test_long_adversarial_lines():
    for text in ("a, " * 33_000, "a" * 100_000, "，" * 100_000, "word " * 20_000 + "."):
        assert C._stuffed_keywords(text) == _slow_stuffed_keywords(text)
        assert C._keyword_items(line_features(0, text), CFG) == _slow_keyword_items(text)
