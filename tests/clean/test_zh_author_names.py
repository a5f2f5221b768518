"""The writer's name in a Chinese byline an extractor copied whole:
"文／黄慧敏" (text / name), "記者林雅婷／台中報導" (reporter name / place
report). The cue and what follows a slash are dropped; Traditional cues
match as the Simplified table writes them."""

from __future__ import annotations

import pytest

from newsline.clean.html import author_name


@pytest.mark.parametrize(
    "raw,lang,name",
    [
        ("文／黄慧敏", "zh", "黄慧敏"),
        ("記者林雅婷／台中報導", "zh", "林雅婷"),
        ("记者 张三", "zh", "张三"),
        ("Por Ana Ruiz / Agencia X", "es", "Ana Ruiz"),
        ("By Jane Doe | Lisbon", "en", "Jane Doe"),
        # a one-character cue may start a name; a single character is no name
        ("文静", "zh", "文静"),
        ("记者站", "zh", "记者站"),
        ("Jane Doe; John Roe", "en", "Jane Doe; John Roe"),
    ],
)
def test_author_name(raw, lang, name):
    assert author_name(raw, lang) == name
