"""Language-independent anchors: what two texts in different languages share.

A Chinese paragraph on a Vietnamese page is *on topic* when it mentions the
same things: numbers, Latin-script names and acronyms, countries and regions
(CLDR territory names from babel, so "Japan" is Nhật Bản / ญี่ปุ่น / 日本), and
names transliterated into Thai or Chinese (romanised with pythainlp / pypinyin
and compared by consonant skeleton).

This module must never carry a hand list of names; every table comes from CLDR.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..langid import scripts as S
from ..langid.vietnamese import fold
from ..wordseg import chinese_words, fold_traditional, pinyin, romanize_thai, thai_words

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_LATIN_WORD = re.compile(r"[A-Za-zÀ-ɏḀ-ỿ][A-Za-zÀ-ɏḀ-ỿ'\-]*[A-Za-zÀ-ɏḀ-ỿ]|[A-Z]")
UNSPACED = frozenset({"zh", "ja", "th", "lo", "km", "my"})


@lru_cache(maxsize=64)
def territory_table(lang: str) -> tuple[tuple[str, str], ...]:
    """(name, territory code) pairs for one language, longest names first."""
    try:
        from babel import Locale

        names = Locale.parse(lang).territories
    except Exception:  # noqa: BLE001 - unknown locale: no table
        return ()
    pairs = []
    for code, name in names.items():
        if code in ("ZZ", "001") or not name:
            continue
        min_len = 2 if lang in UNSPACED else 3
        if len(name) >= min_len:
            pairs.append((name, code))
    pairs.sort(key=lambda p: -len(p[0]))
    return tuple(pairs)


@lru_cache(maxsize=64)
def _territory_matcher(lang: str) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """One alternation of all territory names of a language (longest first)."""
    pairs = territory_table(lang)
    if not pairs:
        return None, {}
    alt = "|".join(re.escape(name) for name, _ in pairs)
    if lang not in UNSPACED:
        alt = r"(?<!\w)(?:" + alt + r")(?!\w)"
    return re.compile(alt), {name: code for name, code in pairs}


def territories(text: str, lang: str | None) -> set[str]:
    """Territory codes named in text (in its own language, and in English)."""
    found: set[str] = set()
    for lg in dict.fromkeys([lang or "en", "en"]):
        pattern, codes = _territory_matcher(lg)
        if pattern is not None:
            found.update(codes[m.group()] for m in pattern.finditer(text))
    return found


def skeleton(word: str) -> str:
    """Consonant skeleton of a romanised word: Takahashi and thakahachi -> 'tks'."""
    w = fold(word)
    for a, b in (
        ("kh", "k"),
        ("ph", "f"),
        ("th", "t"),
        ("sh", "s"),
        ("ch", "s"),
        ("zh", "s"),
        ("x", "s"),
        ("j", "s"),
        ("z", "s"),
        ("q", "k"),
        ("c", "k"),
        ("g", "k"),
        ("v", "b"),
        ("p", "f"),
        ("w", ""),
        ("h", ""),
    ):
        w = w.replace(a, b)
    w = re.sub(r"[^a-z]", "", w)
    w = re.sub(r"[aeiouy]", "", w)
    return re.sub(r"(.)\1+", r"\1", w)


def _name_like(word: str, lang: str | None) -> bool:
    """A Latin name worth looking for in transliteration (not a native syllable)."""
    if lang == "vi":
        from ..langid.vietnamese import is_vi_syllable

        return not is_vi_syllable(word)
    return True


def latin_names(text: str, lang: str | None) -> set[str]:
    """Latin-script names and acronyms, folded.

    In Latin-script languages only capitalised words count (names, places,
    acronyms); in other scripts every Latin word is a name or acronym.
    """
    latin_lang = S.script_of_lang(lang or "en") == S.LATIN
    out = set()
    for m in _LATIN_WORD.finditer(text):
        w = m.group()
        if latin_lang and not w[:1].isupper():
            continue
        if len(w) < 2:
            continue
        out.add(fold(w))
    return out


def numbers(text: str) -> set[str]:
    out = set()
    for m in _NUMBER.finditer(text):
        n = re.sub(r"[.,]", "", m.group()).lstrip("0")
        if len(n) >= 2:  # single digits are everywhere
            out.add(n)
    return out


@lru_cache(maxsize=65536)
def _pinyin_skeleton(word: str) -> str:
    return skeleton(pinyin(word))


def romanised_skeletons(text: str, lang: str | None) -> set[str]:
    """Skeletons of words of a Thai or Chinese text, romanised (names may match).

    Japanese gets none: a Chinese (pinyin) reading of its kanji is not how
    the name is said, and a wrong skeleton is worse than none."""
    lang = S.written_lang(text, lang)
    try:
        if lang == "th":
            # Unknown (foreign) names come out of newmm as runs of short
            # fragments (คิ ชิ ดะ): join them back before romanising.
            words: list[str] = []
            frag = ""
            for w in thai_words(text):
                w = w.strip()
                if 0 < len(w) <= 2 and all(S.char_script(c) == S.THAI for c in w):
                    frag += w
                    continue
                if frag:
                    words.append(frag)
                    frag = ""
                if len(w) >= 3:
                    words.append(w)
            if frag:
                words.append(frag)
            return {s for w in words if len(s := skeleton(romanize_thai(w))) >= 3}
        if lang == "zh":
            words = {w for w in chinese_words(fold_traditional(text)) if len(w) >= 2}
            return {s for w in words if len(s := _pinyin_skeleton(w)) >= 3}
    except Exception:  # noqa: BLE001 - romanisation is a bonus, never a failure
        return set()
    return set()


def anchors(text: str, lang: str | None) -> set[str]:
    """Numbers, Latin names/acronyms and territory codes (prefixed) of a text."""
    return (
        {f"n:{x}" for x in numbers(text)}
        | {f"w:{x}" for x in latin_names(text, lang)}
        | {f"t:{x}" for x in territories(text, lang)}
    )


# A page's side of topic_overlap is the same for each of its foreign blocks
# (the caller passes one page text for all of them): computed once per page.
@lru_cache(maxsize=4)
def _page_anchors(page: str, page_lang: str | None) -> frozenset[str]:
    return frozenset(anchors(page, page_lang))


@lru_cache(maxsize=4)
def _page_name_skeletons(page: str, page_lang: str | None) -> frozenset[str]:
    """Skeletons (3 letters or more) of the page's Latin names."""
    p = _page_anchors(page, page_lang)
    page_names = {skeleton(w[2:]) for w in p if w.startswith("w:") and _name_like(w[2:], page_lang)}
    return frozenset(s for s in page_names if len(s) >= 3)


def topic_overlap(
    block: str, block_lang: str | None, page: str, page_lang: str | None, enough: float = 1.0
) -> tuple[float, int, list[str]]:
    """(score, number of block anchors, shared anchors) of a block against a page.

    score = share of the block's anchors found on the rest of the page, where
    names transliterated into the block's script also count when their
    consonant skeleton matches a Latin name of the page (looked for only while
    the score is below ``enough``: romanising is the costly part).
    """
    block_lang = S.written_lang(block, block_lang)
    a = anchors(block, block_lang)
    p = _page_anchors(page, page_lang)
    shared = a & p
    translit = 0
    base = len(shared) / len(a) if a else 0.0
    if (
        base < enough
        and block_lang in ("th", "zh")
        and S.script_of_lang(page_lang or "en") == S.LATIN
    ):
        page_names = _page_name_skeletons(page, page_lang)
        if page_names:
            translit = len(romanised_skeletons(block, block_lang) & page_names)
    total = len(a) + translit
    if total == 0:
        return 0.0, 0, []
    return (len(shared) + translit) / total, total, sorted(shared)
