"""A line's letter, case and digit counts, and its Han and Thai letters,
are those of the plain predicates for every code point, in any mix, and the
table that speeds them up stays bounded on text of every code point."""

from __future__ import annotations

import random

from newsline.clean import features as F


def _slow(text: str) -> tuple[int, int, int, int]:
    return (
        sum(map(str.isalpha, text)),
        sum(map(str.isupper, text)),
        sum(map(str.islower, text)),
        sum(map(str.isdigit, text)),
    )


def _every_code_point() -> str:
    return "".join(chr(c) for c in range(0x110000))


def test_counts_of_every_code_point_alone_and_in_runs():
    text = _every_code_point()
    assert F._char_counts(text) == _slow(text)
    for k in range(0, len(text), 4099):
        assert F._char_counts(text[k : k + 4099]) == _slow(text[k : k + 4099])


def test_counts_of_shuffled_mixes():
    rng = random.Random(7)
    pool = list(_every_code_point()[:0x3000]) + list("AZaz09 İßǅⅧⅷ①²一中文กไ๑ᄀ가ア")
    for _ in range(300):
        line = "".join(rng.choice(pool) for _ in range(rng.randint(0, 120)))
        assert F._char_counts(line) == _slow(line)


def test_han_and_thai_letters_weigh_as_before():
    # unspaced and units come from the Han and Thai letter counts
    for line in (
        "新浪首页 新闻 体育 财经 娱乐 科技",
        "หน้าแรก ข่าว การเมือง เศรษฐกิจ กีฬา บันเทิง",
        "東京都で新しい駅が開業しました。",
        "รีวิว Samsung Galaxy S24 Ultra กล้องสวยมาก",
        "ພາສາລາວ ភាសាខ្មែរ မြန်မာ",
        "Tin mới nhất 2026",
    ):
        han = len(F._HAN_RE.findall(line))
        sea = len(F._THAI_RE.findall(line))
        g = F.line_features(0, line)
        words = F._SPACED_WORD_RE.findall(line)
        assert g.units == F.word_units(line, han, sea, True, words)
        assert g.unspaced == ((han + sea) > 0.5 * max(_slow(line)[0], 1))


def test_table_stays_bounded():
    F._char_counts(_every_code_point())
    assert len(F._CHAR_KINDS) <= 1 << 16
