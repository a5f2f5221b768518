"""Mandarin written in pinyin: Chinese in Latin letters.

A line of pinyin ("Wǒmen míngtiān qù Běijīng", "Zhongguo jingji zengzhang")
is Chinese to an analyst, but its letters are Latin and the model, which
has no pinyin, names whichever Latin language its trigrams recall
(Vietnamese, Indonesian, Spanish). Pinyin is told by its shape: every word
is one or more of Mandarin's ~400 syllables, the only marks on it are
pinyin's tones (ā á ǎ à, ü); and, without tone marks, a good share of the
syllables are ones other languages rarely write (zh-, x-, q-, -ang, -uo).

The syllables come from pypinyin's character readings (shipped with the
package), read once, on the first line shaped like pinyin at all.

This module must never name a site, a person or any text of a test set.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Tone marks (macron, acute, caron, grave) and the diaeresis of ü.
_PINYIN_MARKS = frozenset("\u0304\u0301\u030c\u0300\u0308")
# Macron and caron: tones no other language of the configured set writes on
# a, e, i, o, u (Vietnamese uses acute and grave too).
_PINYIN_ONLY_MARKS = frozenset("\u0304\u030c")
# A cheap first look, before the syllables are read: a word of initials
# and vowel runs with an n, ng or r after them (over-generates; English
# "the", "of", "and" fail it).
_ROUGH_WORD = re.compile(r"(?:(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])?[aeiouv]+(?:ng|n|r)?)+")
# Syllables Mandarin writes often and other Latin-script languages seldom:
# a zh/x/q initial, or a final -ng, -ao, -ou, -uo, -ui, -iu, -ie, -ian,
# -iao, -uai.
_TYPICAL = re.compile(r"^(?:zh|x|q)|(?:ng|ao|ou|uo|ui|iu|ie|ian|iao|uai)$")
# without tone marks: words, and the share of syllables typical of pinyin
MIN_WORDS_TONELESS = 3
MIN_TYPICAL_SHARE = 0.5
MIN_WORDS_TONED = 2
# lower-case words: a line of capitalised words is one of names
# ("Shanghai Beijing Shenzhen"), no language's sentence
MIN_LOWER_WORDS = 1
MIN_LOWER_WORDS_TONELESS = 2


def _toneless(word: str) -> tuple[str, bool, bool] | None:
    """(``word`` lower-case without marks, whether it had any mark, whether
    it had a macron or caron); None when a mark is no pinyin mark (ơ, ñ, ç)."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    if decomposed.isascii():
        return decomposed, False, False
    out = []
    pinyin_only = False
    for ch in decomposed:
        if ch.isascii():
            out.append(ch)
        elif ch in _PINYIN_MARKS:
            pinyin_only = pinyin_only or ch in _PINYIN_ONLY_MARKS
        else:
            return None
    return "".join(out), True, pinyin_only


@lru_cache(maxsize=1)
def _syllables() -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """(one Mandarin syllable, toneless, longest first; a run of them), from
    pypinyin's readings; None where pypinyin cannot be read."""
    try:
        from pypinyin.constants import PINYIN_DICT
    except Exception:  # noqa: BLE001 - no table: no pinyin
        return None
    syllables = set()
    for readings in PINYIN_DICT.values():
        for reading in readings.split(","):
            plain = _toneless(reading)
            # (m, n, ng, hm: interjections with no vowel, not syllables to build words of)
            if plain and re.search("[aeiou]", plain[0]):
                syllables.add(plain[0])
    alternation = "|".join(sorted(syllables, key=lambda s: (-len(s), s)))
    return re.compile(f"(?:{alternation})"), re.compile(f"(?:{alternation})+")


def is_pinyin(words: list[str]) -> bool:
    """Are ``words`` (a line's Latin words) Mandarin in pinyin?"""
    if len(words) < MIN_WORDS_TONED:
        return False
    plain = []
    toned = False
    for word in words:
        t = _toneless(word)
        if t is None or _ROUGH_WORD.fullmatch(t[0]) is None:
            return False
        plain.append(t[0])
        toned = toned or t[2]
    lower = sum(1 for w in words if w.islower())
    if lower < MIN_LOWER_WORDS:
        return False
    if not toned and (len(words) < MIN_WORDS_TONELESS or lower < MIN_LOWER_WORDS_TONELESS):
        return False
    patterns = _syllables()
    if patterns is None:
        return False
    syllable, whole = patterns
    if not all(whole.fullmatch(w) for w in plain):
        return False
    if toned:
        return True
    found = [s for w in plain for s in syllable.findall(w)]
    typical = sum(1 for s in found if _TYPICAL.search(s))
    return typical >= MIN_TYPICAL_SHARE * len(found)
