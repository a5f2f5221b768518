"""Two Chinese renderings of one foreign name differ by the Mandarin
initials they chose for sounds Mandarin lacks (a palatal j for a
palatalised t or for k, a retroflex ch for the cluster tr); each is read
with those sounds too, so both meet each other and the Latin spelling.
Chinese names (opening with a common surname) are read as they are.
Invented sentences; the names are only well-known renderings."""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.model import Document
from newsline.stories import ClusterStories
from newsline.stories.anchors import chinese_features, latin_names


def k_features(text: str) -> set[str]:
    return {f for f, _ in chinese_features(text)[0] if f.startswith("k:")}


def latin_k(name: str) -> str:
    (f,) = [f for f, _ in latin_names("Said " + name + " today", "en") if f.startswith("k:")]
    return f


@pytest.mark.parametrize(
    ("renderings", "latin"),
    [
        (["俄罗斯总统普京周二表示", "俄羅斯總統普丁週二表示"], "Putin"),
        (["美国总统特朗普周二表示", "美國總統川普週二表示"], "Trump"),
    ],
)
def test_two_renderings_of_a_foreign_name_meet_each_other_and_the_latin_name(renderings, latin):
    a, b = (k_features(t) for t in renderings)
    assert a & b
    assert latin_k(latin) in a and latin_k(latin) in b


@pytest.mark.parametrize("text", ["外交部长张建军周二表示", "市长陈志强说"])
def test_a_chinese_name_is_read_as_it_is(text):
    # opening with a common surname: one reading, its own pinyin
    assert len(k_features(text)) == 1


def test_pages_with_either_rendering_join_the_latin_page():
    pages = {
        "en": "The Kremlin said that President Putin met the leader of Valdoria in Sochi on "
        "Tuesday, and that Putin signed a gas accord with him.",
        "zh": "克里姆林宫说，普京周二在索契会见了瓦尔多里亚总统。普京与瓦尔多里亚总统签署了天然气协议。",
        "zh-Hant": "克里姆林宮說，普丁週二在索契會見了瓦爾多里亞總統。普丁與瓦爾多里亞總統簽署了天然氣協議。",
    }
    docs = [
        Document(id=f"p-{lg}", source=lg, text=t, lang=lg, published="2025-05-06")
        for lg, t in pages.items()
    ]
    stage = ClusterStories()
    stage(docs, Counter())
    stories = stage.finalize()["stories"]
    assert len(stories) == 1
