"""A Chinese page writes a place with its administrative level ("四川省雅安市
芦山县", Sichuan province, Ya'an city, Lushan county), and jieba tags each
level a place: the name run glued them into one name read as one long
pinyin string, whose skeleton met no other language's "Lushan",
and the Chinese pages of a disaster stayed apart from the Latin-script
ones. Each level is now a name of its own, read without its suffix. Invented
pages (zh, en, fr, de; other provinces and languages than any corpus the rule
was measured on)."""

from __future__ import annotations

from collections import Counter

from newsline.stories import ClusterStories
from newsline.stories.anchors import chinese_features

from .helpers import page


def _names(text: str) -> set[str]:
    return {f for f, _surface in chinese_features(text)[0] if f.startswith("k:")}


def test_each_level_of_a_place_is_a_name_of_its_own():
    got = _names("四川省雅安市芦山县发生山体滑坡")
    whole = _names("芦山")
    assert whole and whole <= got


def test_names_ending_like_a_suffix_keep_their_last_character():
    # near misses: 州 and 村 end many names; one character left is no name
    assert _names("广州") == _names("广州市")
    assert _names("中关村") == _names("中关村的")


LANDSLIDE = [
    page(
        "gz-zh1",
        "zh",
        "2026-06-09",
        "四川省雅安市芦山县发生山体滑坡 已致12人遇难",
        "6月8日凌晨，四川省雅安市芦山县龙门乡发生山体滑坡，掩埋村民房屋23户。截至9日12时，"
        "已确认12人遇难，仍有9人失联。雅安市应急管理局表示，当地连续降雨超过300毫米。",
    ),
    page(
        "gz-zh2",
        "zh",
        "2026-06-10",
        "芦山县山体滑坡搜救持续 失联人数降至5人",
        "记者从雅安市获悉，芦山县龙门乡山体滑坡救援现场已投入救援人员1600余人，"
        "失联人数降至5人，遇难人数升至16人。四川省已启动地质灾害二级应急响应。",
    ),
]
LANDSLIDE_LATIN = [
    page(
        "gz-en",
        "en",
        "2026-06-09",
        "Landslide in China's Sichuan kills 12, nine missing",
        "A landslide buried 23 homes in Longmen township, Lushan county, in the city of Ya'an in "
        "southwestern China's Sichuan province early on Monday, killing 12 people, with nine "
        "missing. More than 300 millimetres of rain had fallen, Ya'an's emergency bureau said.",
    ),
    page(
        "gz-fr",
        "fr",
        "2026-06-10",
        "Chine : un glissement de terrain fait 16 morts dans le Sichuan",
        "Le glissement de terrain survenu à Longmen, dans le district de Lushan (Ya'an, "
        "province du Sichuan), a fait 16 morts ; 5 personnes sont portées disparues et 1 600 "
        "secouristes sont mobilisés.",
    ),
    page(
        "gz-de",
        "de",
        "2026-06-10",
        "Erdrutsch in Sichuan: Zahl der Toten steigt auf 16",
        "Nach dem Erdrutsch im Kreis Lushan bei Ya'an in der chinesischen Provinz Sichuan ist die "
        "Zahl der Toten auf 16 gestiegen. Fünf Menschen werden noch vermisst, 1600 Helfer suchen "
        "in Longmen nach ihnen.",
    ),
]


def test_the_chinese_pages_of_a_landslide_join_its_latin_script_pages():
    stage = ClusterStories()
    stage(LANDSLIDE_LATIN + LANDSLIDE, Counter())
    got = sorted(sorted(s["documents"]) for s in stage.finalize()["stories"])
    assert ["gz-de", "gz-en", "gz-fr", "gz-zh1", "gz-zh2"] in got
