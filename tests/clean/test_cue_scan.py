"""find_cues (two regexes, word-start lookbehind) finds exactly what a plain one-regex scan finds."""

from __future__ import annotations

import random
import re
from functools import cache

from newsline.clean.features import (
    _cue_matchers,
    _trie_regex,
    _unspaced_char,
    find_cues,
    fold_line,
)


@cache
def _reference_pattern() -> re.Pattern[str]:
    _, _, lookup = _cue_matchers()
    return re.compile(_trie_regex(sorted(lookup)))


def _reference_find_cues(text: str) -> list[tuple[str, str, str, int, int]]:
    """The straightforward scan: one regex over all cues, boundaries checked after."""
    _, _, lookup = _cue_matchers()
    pat = _reference_pattern()
    low = fold_line(text)
    windows = [(0, len(low))] if len(low) <= 400 else [(0, 60), (len(low) - 100, len(low))]
    hits = []
    for ws, we in windows:
        pos = ws
        while pos < we:
            m = pat.search(low, pos, we)
            if not m:
                break
            key = " ".join(m.group(0).split())
            a, b = m.start(), m.end()
            ok = key in lookup
            if ok and key[0].isalnum() and not _unspaced_char(key[0]) and a > 0:
                ok = not low[a - 1].isalnum()
            if ok and key[-1].isalnum() and not _unspaced_char(key[-1]) and b < len(low):
                ok = not low[b].isalnum()
            if ok:
                hits.extend((cat, key, lang, a, b) for cat, lang in lookup[key])
                pos = b
            else:
                pos = a + 1
    return hits


def _as_tuples(text: str) -> list[tuple[str, str, str, int, int]]:
    return [(h.category, h.cue, h.lang, h.start, h.end) for h in find_cues(text)]


def test_cue_scan_matches_reference_on_mixed_random_lines():
    _, _, lookup = _cue_matchers()
    keys = sorted(lookup)
    rng = random.Random(3)
    filler = list("abc xyz_-.,:©()@1 20ßİ中文的ภาพ ")
    lines = [
        "Home » World » Asia",
        "Ảnh: Nguyễn Văn A / Báo Mới",
        "ภาพประกอบ: เครดิตภาพจากผู้อ่าน",
        "图片来源：网络 记者 张三",
        "unfollow usage homeland (c) 2024",  # cue words inside longer words
        "x" * 380 + " follow us on " + "y" * 200,  # long line: windows only
    ]
    for _ in range(3000):
        parts = []
        for _ in range(rng.randint(1, 6)):
            r = rng.random()
            if r < 0.5:
                parts.append(rng.choice(keys))
            elif r < 0.8:
                parts.append("".join(rng.choice(filler) for _ in range(rng.randint(0, 4))))
            else:
                parts.append(rng.choice(keys).upper())
        lines.append(("" if rng.random() < 0.5 else " ").join(parts))
    for line in lines:
        assert _as_tuples(line) == _reference_find_cues(line), line


def test_cues_with_an_apostrophe_match_the_typographic_one_too():
    # pages print "’" as often as "'": the cue tables write the plain one
    for text, category in (
        ("Editor’s picks", "related"),
        ("Conditions d’utilisation", "site_links"),
        ("Editor's picks", "related"),
    ):
        hits = find_cues(text)
        assert any(h.category == category and h.end == len(text) for h in hits), (text, hits)
