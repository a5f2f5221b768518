"""Copies of one article that differ only in a site's spelling habits are
exact duplicates: Russian ё written е, Arabic vowel marks and tatweel kept or
left out, and a Traditional Chinese site's character-converted copy of a
mainland wire. A different article in the same words is still no duplicate.

The articles are invented.
"""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.dedup import Deduplicate, normalise
from newsline.model import Document

PAIRS = {
    "ru": (
        (
            "Лесной пожар на юге Португалии вынудил покинуть свои дома ещё 2300 человек; самолёты из "
            "Греции и Испании сбросили на огонь более 400 тонн воды."
        ),
        (
            "Лесной пожар на юге Португалии вынудил покинуть свои дома еще 2300 человек; самолеты из "
            "Греции и Испании сбросили на огонь более 400 тонн воды."
        ),
    ),
    "ar": (
        (
            "أَعْلَنَتْ وزارة الداخلية أنَّ الحريق الذي اندلع في جنوب البرتغال أجبر 2300 شخص على مغادرة "
            "منازلهم، وأرسلت اليونان وإسبانيا أربع طائرات للمساعدة."
        ),
        (
            "أعلنت وزارة الداخلية أن الحريـق الذي اندلع في جنوب البرتغال أجبر 2300 شخص على مغادرة "
            "منازلهم، وأرسلت اليونان وإسبانيا أربع طائرات للمساعدة."
        ),
    ),
    "zh": (
        (
            "葡萄牙南部山火迫使2300名居民撤离。民防部门指挥官表示，600多名消防员正在扑救，希腊和"
            "西班牙派出4架飞机协助灭火。"
        ),
        (
            "葡萄牙南部山火迫使2300名居民撤離。民防部門指揮官表示，600多名消防員正在撲救，希臘和"
            "西班牙派出4架飛機協助滅火。"
        ),
    ),
}


@pytest.mark.parametrize("lang", sorted(PAIRS))
def test_spelling_habits_are_read_one_way(lang):
    a, b = PAIRS[lang]
    assert normalise(a) == normalise(b)


def test_copies_in_another_sites_spelling_are_exact_duplicates():
    docs = []
    for lang, (a, b) in PAIRS.items():
        docs += [
            Document(id=f"{lang}1", source=f"{lang}-a", text=a),
            Document(id=f"{lang}2", source=f"{lang}-b", text=b),
        ]
    # the same words saying something else: no duplicate
    other = PAIRS["ru"][0].replace("2300", "1700").replace("400", "250")
    docs.append(Document(id="ru3", source="ru-c", text=other))
    Deduplicate()(docs, Counter())
    for lang in PAIRS:
        assert next(d for d in docs if d.id == f"{lang}2").meta.get("duplicate_of") == f"{lang}1"
    assert "duplicate_of" not in docs[-1].meta
