"""Paragraph-long lines meet the site-notice rules as they would with no
gate at all: a long line's gate holds only the phrases of the rules that
admit lines that long, and must still let through every line one of them
labels (a disclaimer or a repost note inside a long paragraph)."""

from __future__ import annotations

import random

from newsline.clean import classify as C
from newsline.clean import cues
from newsline.clean import features as F
from newsline.settings import CleanSettings

# filler in several scripts, none of it a notice's words
_FILLER = {
    "latin": "the river rose again over the fields near the old mill and the roads".split(),
    "vi": "nước sông lại dâng cao tràn qua cánh đồng gần nhà máy cũ".split(),
    "zh": "河水再次上涨 淹没了 旧磨坊 附近的 田地 和 道路".split(),
    "th": "น้ำในแม่น้ำ เพิ่มสูงขึ้น อีกครั้ง ท่วม ทุ่งนา ใกล้ โรงสี เก่า".split(),
}


def _slow_notice_line(g, cfg):
    for rule in C._NOTICE_RULES:
        if notice := rule(g, cfg):
            return notice
    return None


def _padded(phrase: str, words: int, rng: random.Random) -> str:
    pool = _FILLER[rng.choice(sorted(_FILLER))]
    before = [rng.choice(pool) for _ in range(rng.randint(0, words))]
    after = [rng.choice(pool) for _ in range(words - len(before))]
    return " ".join([*before, phrase, *after]) + rng.choice(["", ".", " …"])


def test_long_lines_keep_every_answer():
    rng = random.Random(5)
    cfg = CleanSettings()
    limit = max(C._PHRASE_NOTICE_UNITS) * cfg.short_line_words
    hits = long_hits = 0
    for table in dict.fromkeys(C._PHRASE_NOTICE_TABLES):
        phrases = [p for ps in getattr(cues, table).values() for p in ps]
        for p in phrases:
            for words in (10, 30, 45, 60, 75, 90):
                line = _padded(p, words, rng)
                g = F.line_features(0, line)
                slow = _slow_notice_line(g, cfg)
                assert C._notice_line(g, cfg) == slow, (table, line)
                hits += slow is not None
                long_hits += slow is not None and 2 * cfg.short_line_words < g.units <= limit
    assert hits > 100 and long_hits > 20  # the lines do meet the rules, long ones too


def test_long_lines_without_phrases_meet_only_the_other_rules():
    rng = random.Random(9)
    cfg = CleanSettings()
    for _ in range(300):
        pool = _FILLER[rng.choice(sorted(_FILLER))]
        line = " ".join(rng.choice(pool) for _ in range(rng.randint(20, 100)))
        g = F.line_features(0, line)
        assert C._notice_line(g, cfg) == _slow_notice_line(g, cfg)
