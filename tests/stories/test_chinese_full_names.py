"""Chinese writes a foreign full name with a dot between its parts (唐纳德·
特朗普, Donald Trump): each part is romanised on its own, as Latin names are
word by word, so the surname meets its Latin spelling instead of being lost
behind the given name's first four consonants.

The pages are invented: an earthquake off northern Chile told first in
German, then in Thai, Chinese, English and Vietnamese -- the Thai and Chinese
pages share with the German one only the country, a few numbers and the
minister's names.
"""

from __future__ import annotations

from collections import Counter

from newsline.model import Document
from newsline.stories import ClusterStories
from newsline.stories.anchors import chinese_features, skeleton

from .test_german_nouns import QUAKE


def _names(text: str) -> set[str]:
    return {f for f, _ in chinese_features(text)[0]}


def test_each_part_of_a_dotted_foreign_name_is_a_name():
    assert "k:" + skeleton("Trump") in _names("美国总统唐纳德·特朗普周二表示")
    assert "k:" + skeleton("Carolina") in _names("内政部长卡罗利娜·埃切维里亚表示")
    assert "k:" + skeleton("Maturana") in _names("智利矿业部长埃斯特万·马图拉纳宣布")


def test_a_story_told_first_in_german_gathers_the_other_languages():
    docs = [
        Document(
            id=f"quake-{lang}",
            source=f"quake-{lang}.txt",
            text=title + "\n\n" + body,
            lang=lang,
            title=title,
            published="2025-03-14",
        )
        for lang, (title, body) in QUAKE.items()
    ]
    assert [d.lang for d in docs][:3] == ["de", "th", "zh"]
    stage = ClusterStories()
    stage(docs, Counter())
    assert [sorted(s["documents"]) for s in stage.finalize()["stories"]] == [
        sorted(d.id for d in docs)
    ]
