"""Writing systems of characters, and which languages each script can mean.

Script is the cheap, decisive first step of language identification: Thai
letters are Thai, Hangul is Korean, kana is Japanese, Han without kana is
Chinese. Only text in a script shared by several configured languages (Latin,
Cyrillic ...) needs a statistical model.

This module is pure data and small functions; it must never load a model.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

# Script codes (ISO 15924-like, short).
LATIN = "Latn"
THAI = "Thai"
HAN = "Hani"
KANA = "Kana"
HANGUL = "Hang"
CYRILLIC = "Cyrl"
OTHER = "Zyyy"  # a letter of some other script
NEUTRAL = ""  # digits, spaces, punctuation, symbols: belong to no script

# (first, last, script) code point ranges, checked in order.
_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0041, 0x005A, LATIN),
    (0x0061, 0x007A, LATIN),
    (0x00C0, 0x024F, LATIN),
    (0x1E00, 0x1EFF, LATIN),  # Latin Extended Additional (Vietnamese tone letters)
    (0x0400, 0x052F, CYRILLIC),
    (0x0370, 0x03FF, "Grek"),
    (0x0590, 0x05FF, "Hebr"),
    (0x0600, 0x06FF, "Arab"),
    (0x0900, 0x097F, "Deva"),
    (0x0E00, 0x0E7F, THAI),
    (0x0E80, 0x0EFF, "Laoo"),
    (0x1000, 0x109F, "Mymr"),
    (0x1780, 0x17FF, "Khmr"),
    (0x10A0, 0x10FF, "Geor"),
    (0x0530, 0x058F, "Armn"),
    (0x1200, 0x139F, "Ethi"),  # Ethiopic and its supplement
    (0x2D80, 0x2DDF, "Ethi"),  # Ethiopic Extended
    (0x1100, 0x11FF, HANGUL),
    (0x3130, 0x318F, HANGUL),
    (0xAC00, 0xD7AF, HANGUL),
    (0x3040, 0x309F, KANA),
    (0x30A0, 0x30FF, KANA),
    (0x31F0, 0x31FF, KANA),
    (0xFF66, 0xFF9D, KANA),
    (0x4E00, 0x9FFF, HAN),
    (0x3400, 0x4DBF, HAN),
    (0xF900, 0xFAFF, HAN),
    (0x20000, 0x2FA1F, HAN),
    (0xFF21, 0xFF3A, LATIN),  # full-width Latin
    (0xFF41, 0xFF5A, LATIN),
)

# Which script each language is written in (ISO 639-1). Japanese is written
# in Han + kana; its presence is decided by kana.
SCRIPT_OF_LANG: dict[str, str] = {
    "th": THAI,
    "zh": HAN,
    "ja": KANA,
    "ko": HANGUL,
    "ru": CYRILLIC,
    "uk": CYRILLIC,
    "bg": CYRILLIC,
    "sr": CYRILLIC,
    "mk": CYRILLIC,
    "be": CYRILLIC,
    "kk": CYRILLIC,
    "mn": CYRILLIC,
    "el": "Grek",
    "he": "Hebr",
    "ar": "Arab",
    "fa": "Arab",
    "ur": "Arab",
    "hi": "Deva",
    "mr": "Deva",
    "ne": "Deva",
    "lo": "Laoo",
    "my": "Mymr",
    "km": "Khmr",
    "ka": "Geor",
    "hy": "Armn",
    "am": "Ethi",
}

# Scripts a language writes besides its own (SCRIPT_OF_LANG): a short Han
# line on a Japanese page is Japanese, though Han alone reads as Chinese.
ALSO_WRITTEN_IN: dict[str, frozenset[str]] = {"ja": frozenset({HAN})}

# Characters of a script shared with other languages that only one of them
# writes so, and characters of it that language does not write. Japanese
# writes these kanji in forms of its own (挙 for 举/舉, 総 for 总/總, 駅 for
# 驿/驛, 録 for 录/錄 ...) or made them (働, 込); Chinese writes none of them,
# and Japanese none of the Chinese-only words after it (们, 这, 说, 吗, 她).
# (The second row's forms are in neither of OpenCC's Simplified/Traditional
# tables and are words of pykakasi's Japanese dictionary.)
OWN_FORMS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "ja": (
        frozenset(
            "挙総駅気円図対経県売読続変関歳発広楽薬戦労働込帰権転伝検験険鉄価覚観軽済"
            "実処焼乗専増団単弾択沢庁聴脳廃満訳様頼覧両緑録齢営圧拡"
            "亜悪囲隠栄塩応桜穏仮絵勧巻歓犠拠暁駆恵継鶏撃剣圏厳鉱黒剤雑賛歯児釈収従獣"
            "縦奨縄摂銭繊荘捜巣騒蔵帯遅徴稲闘徳悩拝髪抜晩仏辺歩豊毎黙竜塁涙霊暦歴値畑枠峠効"
        ),
        frozenset("们們这這说說么麼吗嗎呢她"),
    ),
}


# Scripts written by essentially one language: decisive even when that
# language is not configured.
SINGLE_LANGUAGE_SCRIPTS: dict[str, str] = {
    THAI: "th",
    HANGUL: "ko",
    KANA: "ja",
    "Grek": "el",
    "Hebr": "he",
    "Laoo": "lo",
    "Mymr": "my",
    "Khmr": "km",
    "Geor": "ka",
    "Armn": "hy",
    # (Tigrinya writes it too; Amharic is by far the most written)
    "Ethi": "am",
}


def script_of_lang(lang: str) -> str:
    return SCRIPT_OF_LANG.get(lang, LATIN)


_cache: dict[str, str] = {}


def char_script(ch: str) -> str:
    """The script of one character; NEUTRAL for digits, spaces and punctuation."""
    s = _cache.get(ch)
    if s is not None:
        return s
    cp = ord(ch)
    s = NEUTRAL
    for lo, hi, name in _RANGES:
        if lo <= cp <= hi:
            s = name
            break
    if s == NEUTRAL and ch.isalpha():
        s = OTHER
    elif s != NEUTRAL and not (ch.isalpha() or unicodedata.category(ch).startswith("M")):
        # e.g. Thai digits and punctuation (฿, ๆ is a letter-modifier and stays Thai)
        s = NEUTRAL if unicodedata.category(ch)[0] in "NPSZ" else s
    if len(_cache) < 200_000:
        _cache[ch] = s
    return s


_RUNS_RE: re.Pattern[str] | None = None


def _class_of(script: str) -> str:
    """A regex character class with exactly the characters char_script gives ``script``."""
    parts = []
    for lo, hi, name in _RANGES:
        if name != script:
            continue
        if hi - lo > 5000:  # the big Han blocks: every code point is an ideograph
            parts.append(f"\\U{lo:08x}-\\U{hi:08x}")
            continue
        start = None
        for cp in range(lo, hi + 2):
            inside = cp <= hi and char_script(chr(cp)) == script
            if inside and start is None:
                start = cp
            elif not inside and start is not None:
                parts.append(f"\\U{start:08x}-\\U{cp - 1:08x}")
                start = None
    return "[" + "".join(parts) + "]"


def script_runs_pattern() -> re.Pattern[str]:
    """Runs of letters of one script (named group = script); other letters one by one."""
    global _RUNS_RE
    if _RUNS_RE is None:
        names = list(dict.fromkeys(name for _, _, name in _RANGES))
        alts = [f"(?P<{n}>{_class_of(n)}+)" for n in names]
        alts.append(f"(?P<{OTHER}>[^\\W\\d_])")
        _RUNS_RE = re.compile("|".join(alts))
    return _RUNS_RE


@lru_cache(maxsize=2)
def merged_runs_pattern(
    kana_as_han: bool = True,
) -> tuple[re.Pattern[str], dict[str, re.Pattern[str]]]:
    """(runs, gaps): ``runs`` matches what consecutive matches of one script
    in :func:`script_runs_pattern` make together (kana counted as Han unless
    ``kana_as_han`` is False) -- a run of one script's letters with the
    digits, spaces and punctuation between them (named group = script;
    letters of no table script as OTHER) -- in one match instead of one per
    word. ``gaps[group]`` matches one of the characters between, so a run's
    letters are its length less those."""
    inner = {n: _class_of(n)[1:-1] for n in dict.fromkeys(name for _, _, name in _RANGES)}
    if kana_as_han:
        inner[HAN] += inner.pop(KANA)
    names = list(inner)
    union = "[" + "".join(inner.values()) + "]"
    # what script_runs_pattern matches nowhere: neither a script's
    # character nor a letter of another
    neutral = f"(?:(?!{union})[\\W\\d_])"
    # a letter of no script in the table
    other = f"(?:(?!{union})[^\\W\\d_])"
    alts = [f"(?P<{n}>[{inner[n]}]+(?:{neutral}*[{inner[n]}]+)*)" for n in names]
    alts.append(f"(?P<{OTHER}>{other}+(?:{neutral}*{other}+)*)")
    # inside a run of one script, what is not its character is neutral
    gaps = {n: re.compile(f"[^{inner[n]}]") for n in names}
    gaps[OTHER] = re.compile(neutral)
    return re.compile("|".join(alts)), gaps


@lru_cache(maxsize=64)
def _script_search(script: str):
    return re.compile(_class_of(script)).search


def has_script(text: str, script: str) -> bool:
    """Whether ``text`` holds a letter of ``script`` (``script in script_counts(text)``
    without counting: one class search)."""
    return _script_search(script)(text) is not None


def written_lang(text: str, lang: str | None) -> str | None:
    """The language ``text`` is written in, given the one it was read as: Han
    text holding kana is Japanese even where it was read as Chinese (the date
    engine reads every Han line as Chinese; a kanji-heavy Japanese block may
    be identified as Chinese)."""
    if lang == "zh" and has_script(text, KANA):
        return "ja"
    return lang


def script_run_spans(text: str, kana_as_han: bool = True) -> Iterator[tuple[str, int, int, int]]:
    """(script, start, end, letters) of each run of :func:`merged_runs_pattern`
    in ``text``: one match per run, its letters its length less the neutral
    characters inside it."""
    runs, gaps = merged_runs_pattern(kana_as_han)
    for m in runs.finditer(text):
        a, b = m.span()
        s = m.lastgroup or OTHER
        yield s, a, b, b - a - len(gaps[s].findall(text, a, b))


def script_counts(text: str) -> dict[str, int]:
    """Letters of each script in ``text`` (what :func:`script_runs_pattern`
    matches, by group), counted a run at a time instead of a word at a time."""
    counts: dict[str, int] = {}
    for s, _a, _b, n in script_run_spans(text, False):
        counts[s] = counts.get(s, 0) + n
    return counts


# Characters that carry a syllable each (Han, kana, Hangul) weigh more when
# comparing amounts of text across scripts.
WIDE_SCRIPTS = frozenset({HAN, KANA, HANGUL})


def weighted_letters(counts: dict[str, int]) -> int:
    return sum(n * (2 if s in WIDE_SCRIPTS else 1) for s, n in counts.items())


# Texts' weighted letters as language ID counted them on its way through
# each block (detect_spans_counted): the flags ask the same of the same
# blocks again. Keyed by the text itself; the texts of the last pages are
# kept (all of them cleared past the bound), so a batch's blocks are still
# there when the flags read them.
_NOTED_LETTERS: dict[str, int] = {}
_NOTED_MAX_CHARS = 1_000_000
_noted_chars = 0


def note_letters(text: str, n: int) -> None:
    """Keep ``n``, ``weighted_letters(script_counts(text))`` counted by the
    caller, for :func:`letters_of`."""
    global _noted_chars
    if _noted_chars + len(text) > _NOTED_MAX_CHARS:
        _NOTED_LETTERS.clear()
        _noted_chars = 0
    if text not in _NOTED_LETTERS:
        _NOTED_LETTERS[text] = n
        _noted_chars += len(text)


def letters_of(text: str) -> int:
    """``weighted_letters(script_counts(text))``, the count noted for this
    text when there is one."""
    n = _NOTED_LETTERS.get(text)
    return weighted_letters(script_counts(text)) if n is None else n


# Control characters (except tab/newline) and lone surrogates make pycld2 and
# some tokenisers raise; they carry no language.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def strip_controls(text: str) -> str:
    """Replace control characters and lone surrogates by spaces (offsets unchanged)."""
    return _CONTROL_RE.sub(" ", text)
