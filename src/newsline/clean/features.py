"""Language-neutral line features for the block classifier.

Measures a line the same way whatever its language: length in approximate
words (Han/kana characters and Thai letters are converted to word-like
units), sentence punctuation, stop words from per-language tables, letter
case, digits and date/time stamps, and cue-phrase matches from
:mod:`newsline.clean.cues`.

This module must never decide a label and never branch on a language code:
per-language knowledge lives in the cue tables.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field, fields
from functools import cache, lru_cache
from operator import attrgetter

from ..trie import trie_regex
from ..wordseg import ascii_digits, fold_traditional
from .cue_gate import KeyAutomaton, regular_spacing, spaces_collapsed
from .cues import (
    CATEGORY_LABEL,
    CHARS_PER_WORD,
    CUES,
    NOT_NAME_WORDS,
    STOPWORDS,
    UNSPACED_LANGS,
)

_HAN_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_THAI_RE = re.compile(
    r"[\u0e00-\u0e7f\u0e80-\u0eff\u1780-\u17ff\u1000-\u109f]"
)  # Thai, Lao, Khmer, Burmese
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*|\d+(?:[.,:/-]\d+)*")
_TOKEN_RE = re.compile(r"\w+")
_HAN_RUN_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_SEA_RUN_RE = re.compile(r"[\u0e00-\u0eff\u1780-\u17ff\u1000-\u109f]+")
_UNSPACED_RUN_RE = re.compile(
    r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0eff"
    r"\u1780-\u17ff\u1000-\u109f]+"
)
_DIGIT_RE = re.compile(r"\d")
_NUMBER_RE = re.compile(r"\d+")
# Combining marks written inside a word of a spaced script: Latin accents
# kept apart (Vietnamese "Unicode tổ hợp"), Arabic and Persian short vowels,
# the vowel signs of Devanagari and the other Brahmic scripts ("पढ़ें"). None
# is a letter to regex's \w, so a word was cut at each one and a Hindi line
# counted twice its words.
_WORD_MARKS = "\u0300-\u036f\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0900-\u0963\u0966-\u0dff"
_SPACED_WORD_RE = re.compile(
    r"(?:[^\W\d_\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0eff\u1780-\u17ff\u1000-\u109f]"
    "|[" + _WORD_MARKS + "])+"
)
# Sentence-final punctuation in many scripts (Latin, CJK, Devanagari, Arabic...).
SENTENCE_END = ".!?。！？…।؟"
_SENT_INNER_RE = re.compile(r"[.!?。！？;；][\s\"'”’)]|[。！？]")
# Numeric dates and times ("14/06/2026", "2026-06-14", "10:15", "6月14日"),
# "GMT+7", "UTC". Written as: its first character (a digit, G or U) first,
# then each form's rest, with what the form requires before it looked back
# at after that character -- the same matches as
#   (?<![\d$€£¥.,])(?:\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{4}[/.\-]\d{1,2}[/.\-]\d{1,2}
#   |\d{1,2}/\d{1,2}(?![℃°])|\d{1,2}:\d{2}(?::\d{2})?)(?![\d.,]\d)
#   |\d{2,4}\s*年\s*\d{1,2}\s*月|\d{1,2}\s*月\s*\d{1,2}\s*日|\bGMT[+-]?\d*|\bUTC\b
# but re scans from one such character to the next in C, where a look-behind
# first was tried at every character of every line (10x the cost).
_DATE_RE = re.compile(
    r"[\dGU](?:"
    r"(?<=\d)(?<![\d$€£¥.,]\d)(?:\d?[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{3}[/.\-]\d{1,2}[/.\-]\d{1,2}"
    r"|\d?/\d{1,2}(?![℃°])|\d?:\d{2}(?::\d{2})?)(?![\d.,]\d)"
    r"|(?<=\d)\d{1,3}\s*年\s*\d{1,2}\s*月|(?<=\d)\d?\s*月\s*\d{1,2}\s*日"
    r"|(?<=G)(?<!\wG)MT[+-]?\d*|(?<=U)(?<!\wU)TC\b)"
)
# A date in figures with its year ("14/06/2026", "2026-06-14", "2026年6月").
_FULL_NUMERIC_DATE_RE = re.compile(
    r"(?<![\d.,])(?:\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{4}[/.\-]\d{1,2}[/.\-]\d{1,2})"
    r"(?![\d.,]\d)|\d{2,4}\s*年\s*\d{1,2}\s*月"
)
# A year written numeral by numeral in Chinese, then its month and maybe its
# day: "二〇二六年六月八日", "二零二五年十二月" (the year's four numerals make it
# a date, not "三年" of a sentence)
_ZH_NUMERALS = frozenset("〇零一二三四五六七八九十")
_ZH_NUMERAL_DATE_RE = re.compile(
    r"[〇零一二三四五六七八九]{4}\s*年\s*(?:十[一二]?|[一二三四五六七八九])\s*月"
    r"(?:\s*(?:三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])\s*[日号])?"
)
# Common-era years, and Buddhist-era ones (2500-2599 BE = 1957-2056 CE) as
# Thai pages write them ("สงวนลิขสิทธิ์ 2568")
_YEAR_RE = re.compile(r"\b(?:19|20|25)\d{2}\b")
_LABEL_VALUE_RE = re.compile(r"[^\W\d_][^:：\n]{0,30}[^\W\d_]\s*[:：]\s*[\d(]")
# A link, an e-mail address or a social-media handle.
_LINK_RE = re.compile(r"https?://|\bwww\.|[\w.+-]+@[\w-]+\.[\w.]+")
_HANDLE_RE = re.compile(r"(?<![\w@])@[A-Za-z_]\w{2,}")
_DOMAIN_RE = re.compile(
    r"\b[\w\-]+(?:\.[\w\-]+)*\.(?:com|net|org|vn|th|cn|info|io|co|gov|edu|"
    r"news|tv|de|fr|es|id|my|jp|kr|ru|uk|us|biz|xyz|site|online)\b",
    re.IGNORECASE,
)
_NAME_PARTICLES = frozenset(
    {
        "de",
        "da",
        "del",
        "der",
        "van",
        "von",
        "bin",
        "binti",
        "al",
        "la",
        "le",
        "du",
        "dos",
        "and",
        "và",
        "y",
        "et",
        "und",
        "e",
        "&",
        "thị",
        "văn",
        "mc",
        "o",
    }
)


def _fold_char(ch: str) -> str:
    """One character's fold: its NFKC casefold when that is one character, or
    one letter and combining marks (Turkish capital "İ" folds to "i" and a
    combining dot: "i", so "İlgili Haberler" meets its cue), else the
    character itself (lower-cased when that is one); Turkish dotless "ı"
    folds to "i" as its capital "I" does."""
    f = unicodedata.normalize("NFKC", ch).casefold()
    if len(f) > 1 and all(unicodedata.combining(c) for c in f[1:]):
        f = f[0]
    if len(f) != 1:
        low = ch.lower()
        f = low if len(low) == 1 else ch
    if f == "ı":
        # Turkish dotless "ı" is what a capital "I" stands for ("BASIN
        # BÜLTENİ", "YAZAR"), which folds to "i": both fold to "i", so
        # a cue written "basın" meets the line in capitals
        f = "i"
    return f


class _FoldTable(dict):
    """str.translate table: each character to :func:`_fold_char` of it,
    filled on first sight."""

    def __missing__(self, cp: int) -> int | str:
        f = self[cp] = _fold_char(chr(cp))
        return f


_FOLD = _FoldTable()


@cache
def _not_lower_re() -> re.Pattern[str]:
    """The characters whose fold is not what ``str.lower`` writes for them:
    a line holding none folds as ``str.lower`` writes it (one C pass, where
    the translation looks every character up, 10x slower). Found once over
    the Basic Multilingual Plane (~2,100 of its characters: compatibility
    forms, a few case pairs); every character beyond it is counted among
    them, and so is the capital sigma, which ``str.lower`` writes final or
    not by its neighbours (the only character it lowers by context)."""
    odd = [cp for cp in range(0x10000) if chr(cp).lower() != _fold_char(chr(cp))]
    ranges: list[list[int]] = []
    for cp in odd:
        if ranges and ranges[-1][1] == cp - 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    parts = [
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
        for a, b in ranges
    ]
    return re.compile("[" + "".join(parts) + "\u03a3\U00010000-\U0010ffff]")


def fold_line(text: str) -> str:
    """NFKC, casefolded, Traditional Chinese written Simplified: the form cues
    and line comparisons see (Simplified cue tables match Taiwanese pages).

    One character for one, so a cue found at position i of the folded line is
    at position i of the line: whole-string NFKC turns Thai "ำ" into two
    characters and "…" into three, and casefold "ß" into "ss", which shifted
    every cue after them (a Thai caption credit after "นำ" was missed)."""
    if text.isascii():
        return text.lower()
    return _fold_non_ascii(text)


# Cleaning folds the same line many times (each rule that reads it folds it
# again: about nine calls a line), and the per-character translation is the
# costly part: the answers are kept for the lines of the last pages.
@lru_cache(maxsize=2048)
def _fold_non_ascii(text: str) -> str:
    if _not_lower_re().search(text) is None:
        return fold_traditional(text.lower())
    return fold_traditional(text.translate(_FOLD))


def normalize_line(text: str, folded: str | None = None) -> str:
    """Casefolded, NFKC, whitespace-collapsed, edge punctuation removed.

    ``folded``: ``fold_line(text)`` when the caller already has it."""
    t = fold_line(text) if folded is None else folded
    t = " ".join(t.split())
    return t.strip(" \t-–—|•·*»«>:.,;!?\"'“”‘’()[]{}")


def line_hash(text: str) -> str:
    """Stable short hash of a normalised line (for cross-page counting)."""
    return hashlib.blake2b(
        normalize_line(text).encode("utf-8", "surrogatepass"), digest_size=8
    ).hexdigest()


def word_units(
    text: str,
    han: int | None = None,
    sea: int | None = None,
    has_digit: bool = True,
    spaced_words: list[str] | None = None,
) -> float:
    """Approximate word count in any script.

    Spaced scripts count words; a Han/kana character counts 1/1.5 word and a
    Thai/Lao/Khmer/Burmese letter 1/4 word (their average word lengths); a
    Korean word counts its syllables at 1/2 word each (at least one word).
    """
    if han is None:
        han = len(_HAN_RE.findall(text))
    if sea is None:
        sea = len(_THAI_RE.findall(text))
    words = _SPACED_WORD_RE.findall(text) if spaced_words is None else spaced_words
    spaced = len(words)
    # A Korean word between spaces is a stem with its particles or endings
    # ("환영하면서도"): it counts by its syllables, so a ten-word Korean sentence
    # is as long as the same sentence in English.
    hangul = [len(w) for w in words if "\uac00" <= w[0] <= "\ud7a3"]
    if hangul:
        spaced += max(0.0, sum(hangul) / CHARS_PER_WORD["hangul"] - len(hangul))
    if has_digit:
        spaced += len(_NUMBER_RE.findall(text))
    return (
        spaced + han / CHARS_PER_WORD["han_kana"] + sea / CHARS_PER_WORD["thai_lao_khmer_burmese"]
    )


def content_tokens(text: str, unspaced_script: bool = True) -> list[str]:
    """Tokens for topical overlap: words, Han bigrams, Thai trigrams.

    ``unspaced_script=False`` says the caller knows ``text`` has no Han/Thai
    letters (skips the per-word script tests).
    """
    t = text.casefold()
    if not unspaced_script:
        return [w for w in _TOKEN_RE.findall(t) if not w.isdigit()]
    out: list[str] = []
    for w in _TOKEN_RE.findall(t):
        out.extend(_word_content_tokens(w))
    return out


@lru_cache(maxsize=1 << 16)
def _word_content_tokens(w: str) -> tuple[str, ...]:
    """content_tokens of one \\w+ word (cached: Thai text splits into many
    short, repeated words at every combining vowel)."""
    if not (_HAN_RE.search(w) or _THAI_RE.search(w)):
        return () if w.isdigit() else (w,)
    out: list[str] = []
    # split runs of unspaced script into character n-grams
    for run in _HAN_RUN_RE.findall(w):
        out.extend(run[i : i + 2] for i in range(max(1, len(run) - 1)))
    for run in _SEA_RUN_RE.findall(w):
        out.extend(run[i : i + 3] for i in range(max(1, len(run) - 2)))
    rest = _UNSPACED_RUN_RE.sub(" ", w).split()
    out.extend(x for x in rest if not x.isdigit())
    return tuple(out)


@dataclass(frozen=True, slots=True)
class CueHit:
    category: str
    cue: str
    lang: str
    start: int
    end: int
    # the page's own spelling of the cue (lower-cased, spaces collapsed): the
    # cue is matched folded (Traditional Chinese and Japanese kanji written
    # Simplified, NFKC), but a reason quotes what the page says
    shown: str = field(default="", compare=False)

    @property
    def label(self) -> str:
        return CATEGORY_LABEL[self.category]

    @property
    def quoted(self) -> str:
        return self.shown or self.cue

    def describe(self) -> str:
        return f"{self.category.replace('_', ' ')} cue '{self.quoted}' ({self.lang})"


def _trie_regex(words: list[str]) -> str:
    """One regex for many literals, factored by common prefixes (fast to
    scan); a space in a cue matches any run of white space."""
    return trie_regex(words, space=r"\s+")


@cache
def _cue_matchers() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, list[tuple[str, str]]]]:
    """Two regexes over every language's cues; lookup of cue -> (category, lang).

    The regexes find candidate spans (longest first thanks to greedy trie
    branches); word boundaries are checked afterwards for spaced-script cues.
    Cues that start with a letter or digit of a spaced script can only be
    accepted at a word start, so their regex says so with a lookbehind: the
    engine then skips mid-word positions (3x faster than one regex for all
    cues, same hits: all cues starting with one character are in one regex).
    The other regex holds cues starting with punctuation or an unspaced
    script (Han, Thai...).
    """
    lookup = _cue_lookup()
    word_start = [k for k in sorted(lookup) if k[0].isalnum() and not _unspaced_char(k[0])]
    anywhere = [k for k in sorted(lookup) if not (k[0].isalnum() and not _unspaced_char(k[0]))]
    never = "(?!)"
    return (
        re.compile(r"(?<![^\W_])(?:" + (_trie_regex(word_start) or never) + ")"),
        re.compile(_trie_regex(anywhere) or never),
        lookup,
    )


@cache
def _cue_lookup() -> dict[str, list[tuple[str, str]]]:
    """Every cue of every language, as lines are matched -> (category, lang)."""
    lookup: dict[str, list[tuple[str, str]]] = {}
    for lang, cats in CUES.items():
        for cat, phrases in cats.items():
            for p in phrases:
                key = normalize_cue(p)
                # pages print the apostrophe typographically as often as
                # not ("don’t miss", "d’après"): both spellings match
                for k in dict.fromkeys((key, key.replace("'", "’"))):
                    if k:
                        lookup.setdefault(k, []).append((cat, lang))
    return lookup


@cache
def _cue_gate() -> KeyAutomaton:
    """The cues as an automaton, each with its length: the lookup's keys,
    which a line whose spaces are single " " holds as the trie regexes match
    them (see :mod:`newsline.clean.cue_gate`)."""
    return KeyAutomaton({k: len(k) for k in _cue_lookup()})


def _unspaced_char(ch: str) -> bool:
    return bool(_HAN_RE.match(ch) or _THAI_RE.match(ch))


def normalize_cue(p: str) -> str:
    """A cue as lines are matched: ``fold_line``, spaces collapsed (so a
    Japanese cue written with a character that also exists in Traditional
    Chinese is folded the same way as the line it is looked for in)."""
    return " ".join(fold_line(p).split())


def find_cues(text: str, folded: str | None = None) -> list[CueHit]:
    """Every cue phrase occurring in ``text`` (casefolded), with category and language.

    Long lines are searched only in their first 60 and last 100 characters:
    cues that matter in a paragraph are a leading label or a trailing credit.

    The cues are found by one Aho–Corasick pass (see :mod:`.cue_gate`): at
    each position the longest cue starting there, the leftmost first, a
    spaced-script cue only between word edges, a hit's span skipped -- the
    hits of the two trie regexes of :func:`_cue_matchers` (kept to check
    the automaton against), a run of white space matching a cue's space.
    """
    low = fold_line(text) if folded is None else folded
    windows = [(0, len(low))] if len(low) <= 400 else [(0, 60), (len(low) - 100, len(low))]
    gate = _cue_gate()
    if gate.always:
        return _find_cues_by_regex(text, low, windows)
    # a line with tabs or doubled spaces is searched with each run of white
    # space as one " ", its hits put back where they stand in the line
    spaced, where = (low, None) if regular_spacing(low) else spaces_collapsed(low)
    automaton = gate.automaton_for(spaced)
    if automaton is None:
        return []
    lookup = _cue_lookup()
    same_len = len(low) == len(text)
    hits: list[CueHit] = []
    for ws, we in windows:
        # the longest cue starting at each position: what the greedy trie
        # regex matches there (its branches are literals one path deep)
        longest: dict[int, tuple[int, str]] = {}
        if where is None:
            for end, n in automaton.iter(low, ws, we):
                a = end - n + 1
                if n > longest.get(a, (0, ""))[0]:
                    longest[a] = (n, "")
        else:
            for end, n in automaton.iter(spaced):
                a, b = where[end - n + 1], where[end] + 1
                # lengths in the line, not the collapsed copy: a longer cue
                # lost to a shorter one holding the doubled space
                if ws <= a and b <= we and b - a > longest.get(a, (0, ""))[0]:
                    longest[a] = (b - a, spaced[end - n + 1 : end + 1])
        pos = ws
        for a in sorted(longest):
            if a < pos:
                continue  # inside the last hit
            n, key = longest[a]
            b = a + n
            key = key or low[a:b]
            # a spaced-script cue inside a word is none: the regex's
            # lookbehind, and the end test after it
            if a > 0 and low[a - 1].isalnum() and key[0].isalnum() and not _unspaced_char(key[0]):
                continue
            if (
                key[-1].isalnum()
                and not _unspaced_char(key[-1])
                and b < len(low)
                and low[b].isalnum()
            ):
                continue
            hits.extend(_hits_at(text, key, a, b, same_len, lookup))
            pos = b
    return hits


def _hits_at(
    text: str, key: str, a: int, b: int, same_len: bool, lookup: dict[str, list[tuple[str, str]]]
) -> list[CueHit]:
    """The hits of cue ``key`` found at ``a:b`` of the folded ``text``."""
    # fold_line keeps one character for one: the span is the page's
    seg = text[a:b].lower() if same_len else key
    # "İ".lower() is two characters: the cue as folded then
    shown = " ".join(seg.split()) if len(seg) == b - a else key
    return [CueHit(cat, key, lang, a, b, shown) for cat, lang in lookup[key]]


def _find_cues_by_regex(text: str, low: str, windows: list[tuple[int, int]]) -> list[CueHit]:
    """find_cues by the two trie regexes (what the automaton must find)."""
    word_start_pat, anywhere_pat, lookup = _cue_matchers()
    same_len = len(low) == len(text)
    hits: list[CueHit] = []
    for ws, we in windows:
        pos = ws
        m1 = word_start_pat.search(low, pos, we)
        m2 = anywhere_pat.search(low, pos, we)
        while pos < we:
            # the leftmost candidate of the two regexes (a cached match stays
            # valid while it starts at or after pos)
            if m1 is not None and m1.start() < pos:
                m1 = word_start_pat.search(low, pos, we)
            if m2 is not None and m2.start() < pos:
                m2 = anywhere_pat.search(low, pos, we)
            if m1 is None and m2 is None:
                break
            m = m1 if m2 is None or (m1 is not None and m1.start() < m2.start()) else m2
            key = " ".join(m.group(0).split())
            ok = key in lookup
            if ok:
                a, b = m.start(), m.end()
                if (
                    key[0].isalnum()
                    and not _unspaced_char(key[0])
                    and a > 0
                    and low[a - 1].isalnum()
                ):
                    ok = False
                if (
                    key[-1].isalnum()
                    and not _unspaced_char(key[-1])
                    and b < len(low)
                    and low[b].isalnum()
                ):
                    ok = False
            if ok:
                hits.extend(_hits_at(text, key, m.start(), m.end(), same_len, lookup))
                pos = m.end()
            else:
                pos = m.start() + 1
    return hits


@cache
def _stopword_sets() -> tuple[dict[str, frozenset[str]], dict[str, tuple[str, ...]]]:
    spaced = {k: frozenset(v) for k, v in STOPWORDS.items() if k not in UNSPACED_LANGS}
    unspaced = {k: tuple(v) for k, v in STOPWORDS.items() if k in UNSPACED_LANGS}
    return spaced, unspaced


def stopword_count(
    text: str,
    lang: str | None = None,
    han: int | None = None,
    sea: int | None = None,
    spaced_words: list[str] | None = None,
) -> int:
    """Function words in ``text``: per-language table when ``lang`` is known,
    otherwise the best count over all tables. ``han`` / ``sea``: the line's
    Han/kana and Thai-family letter counts, ``spaced_words``: its
    ``_SPACED_WORD_RE`` words, when the caller has them."""
    spaced, unspaced = _stopword_sets()
    words = _SPACED_WORD_RE.findall(text) if spaced_words is None else spaced_words
    if lang in spaced:  # one spaced-script table: a plain membership count
        table = spaced[lang]
        return sum(1 for w in words if w.casefold() in table)
    index = _stopword_index()
    langs = [lang] if lang in STOPWORDS else list(STOPWORDS)
    per_lang: Counter[str] = Counter()
    for w in words:
        for lg in index.get(w.casefold(), ()):
            per_lang[lg] += 1
    best = max((per_lang[lg] for lg in langs if lg in spaced), default=0)
    if han is None:
        han = 1 if _HAN_RE.search(text) else 0
    if sea is None:
        sea = 1 if _THAI_RE.search(text) else 0
    if han or sea:
        needs = _unspaced_script_needs()
        for lg in langs:
            if lg in unspaced:
                # a table whose every word has Han (Thai) letters finds
                # nothing in a line without them
                need = needs.get(lg)
                if (need == "han" and not han) or (need == "sea" and not sea):
                    continue
                best = max(best, sum(text.count(x) for x in unspaced[lg]))
    return best


@cache
def _unspaced_script_needs() -> dict[str, str]:
    """Unspaced language -> "han" / "sea" when every stop word of its table
    contains a letter of that script."""
    _, unspaced = _stopword_sets()
    out = {}
    for lg, words in unspaced.items():
        if words and all(_HAN_RE.search(x) for x in words):
            out[lg] = "han"
        elif words and all(_THAI_RE.search(x) for x in words):
            out[lg] = "sea"
    return out


@cache
def _stopword_index() -> dict[str, tuple[str, ...]]:
    spaced, _ = _stopword_sets()
    idx: dict[str, list[str]] = {}
    for lg, words in spaced.items():
        for w in words:
            idx.setdefault(w, []).append(lg)
    return {w: tuple(v) for w, v in idx.items()}


@dataclass(slots=True)
class LineFeatures:
    index: int
    text: str
    norm: str
    units: float
    chars: int
    ends_sentence: bool
    inner_sentences: int
    stopwords: int
    letters: int
    upper: int
    cased: int
    digits: int
    dates: int
    years: int
    label_values: int
    has_domain: bool
    has_link: bool
    has_handle: bool
    unspaced: bool
    cues: list[CueHit] = field(default_factory=list)
    # the line's language, when language ID has run
    lang: str | None = None
    # content_tokens(text), computed on first use: only the "unrelated to
    # the page" tests need them, and most pages never run those
    _tokens: list[str] | None = None

    @property
    def tokens(self) -> list[str]:
        if self._tokens is None:
            self._tokens = content_tokens(self.text, self._unspaced_letters)
        return self._tokens

    @property
    def _unspaced_letters(self) -> bool:
        return bool(_HAN_RE.search(self.text) or _THAI_RE.search(self.text))

    @property
    def all_caps(self) -> bool:
        """Every cased letter upper-case, with enough letters to mean it."""
        return self.cased >= 4 and self.upper == self.cased

    def cue_coverage(self, categories: set[str] | frozenset[str]) -> float:
        """Share of the line's non-space characters covered by cues of these categories."""
        covered = set()
        for h in self.cues:
            if h.category in categories:
                covered.update(range(h.start, h.end))
        low = self.text.casefold()
        n = sum(1 for i in covered if i < len(low) and not low[i].isspace())
        total = sum(1 for c in low if not c.isspace() and c.isalnum() or c == "©")
        return n / total if total else 0.0

    def cues_of(self, category: str) -> list[CueHit]:
        return [h for h in self.cues if h.category == category]


_ASCII_UPPER = bytes(range(ord("A"), ord("Z") + 1))
_ASCII_LOWER = bytes(range(ord("a"), ord("z") + 1))
_ASCII_DIGITS = b"0123456789"


class _CharKinds(dict):
    """str.translate table: each character to one of 64 code characters
    whose bits say which of str.isalpha (1), isupper (2), islower (4) and
    isdigit (8) hold for it, and whether it is a Han/kana (16, ``_HAN_RE``)
    or Thai-family (32, ``_THAI_RE``) letter. Filled on first sight, up to a
    bound (a page's script has a few hundred characters; text of every code
    point must not grow it without end)."""

    def __missing__(self, cp: int) -> str:
        ch = chr(cp)
        bits = ch.isalpha() | ch.isupper() << 1 | ch.islower() << 2 | ch.isdigit() << 3
        bits |= (_HAN_RE.match(ch) is not None) << 4 | (_THAI_RE.match(ch) is not None) << 5
        kind = chr(0x40 | bits)
        if len(self) < 1 << 16:
            self[cp] = kind
        return kind


_CHAR_KINDS = _CharKinds()


def _char_kind_counts(text: str) -> tuple[int, int, int, int, int, int]:
    """(letters, upper, lower, digits, han, sea): the characters of ``text``
    for which str.isalpha, isupper, islower and isdigit hold, and its
    ``_HAN_RE`` and ``_THAI_RE`` letters. An ASCII line (most lines of
    English pages) is counted by deleting byte classes in C: in ASCII those
    four are exactly A-Z a-z, A-Z, a-z and 0-9, and it has no Han or Thai.
    Any other line is read once, each character written as its kind (one
    translate and one count in C, where four predicates and two regexes
    over the line read it six times)."""
    if text.isascii():
        b = text.encode("ascii")
        n = len(b)
        upper = n - len(b.translate(None, _ASCII_UPPER))
        lower = n - len(b.translate(None, _ASCII_LOWER))
        return upper + lower, upper, lower, n - len(b.translate(None, _ASCII_DIGITS)), 0, 0
    letters = upper = lower = digits = han = sea = 0
    for kind, n in Counter(text.translate(_CHAR_KINDS)).items():
        bits = ord(kind)
        letters += n if bits & 1 else 0
        upper += n if bits & 2 else 0
        lower += n if bits & 4 else 0
        digits += n if bits & 8 else 0
        han += n if bits & 16 else 0
        sea += n if bits & 32 else 0
    return letters, upper, lower, digits, han, sea


def _char_counts(text: str) -> tuple[int, int, int, int]:
    """(letters, upper, lower, digits): see :func:`_char_kind_counts`."""
    return _char_kind_counts(text)[:4]


def line_features(index: int, text: str, lang: str | None = None) -> LineFeatures:
    if len(text) > _SHARED_LINE_MAX_CHARS:
        return _line_features(index, text, lang)
    # a site's short lines recur on its pages (menus, credits, footers):
    # their features are computed once; each caller gets its own object
    f = _shared_line_features(text, lang)
    return LineFeatures(index, *_PLAIN_FIELDS(f), list(f.cues), f.lang)


# lines longer than this (body paragraphs) seldom recur: not kept
_SHARED_LINE_MAX_CHARS = 300
# the fields after ``index`` up to ``cues``, in the constructor's order
_PLAIN_FIELDS = attrgetter(*[f.name for f in fields(LineFeatures)][1:-3])
assert [f.name for f in fields(LineFeatures)][-3:] == ["cues", "lang", "_tokens"]


@lru_cache(maxsize=8192)
def _shared_line_features(text: str, lang: str | None) -> LineFeatures:
    return _line_features(0, text, lang)


def _line_features(index: int, text: str, lang: str | None) -> LineFeatures:
    stripped = text.rstrip(" \"'”’»)]」』")
    letters, upper, lower, digits, han, sea = _char_kind_counts(text)
    # stamps, labels and domains matter at a line's edges (or in short lines)
    edge = text if len(text) <= 400 else text[:60] + "\n" + text[-100:]
    # Cheap substring tests first: each regex below needs a digit, a colon, a
    # dot or an "@" to match, and most lines have none of them (the label
    # regex alone cost a third of the stage when run on every line).
    has_digit = digits > 0 and _DIGIT_RE.search(text) is not None
    # a date in Chinese numerals ("二〇二六年六月八日") is a date in figures
    # written another way: its numerals count as digits, as "2026年6月8日"'s do
    zh_dates = _ZH_NUMERAL_DATE_RE.findall(edge) if han and "年" in edge else []
    if zh_dates:
        numerals = [c for d in zh_dates for c in d if c in _ZH_NUMERALS]
        letters -= sum(c.isalpha() for c in numerals)
        digits += len(numerals)
    folded = fold_line(text)  # shared by norm and cues
    spaced_words = _SPACED_WORD_RE.findall(text)  # shared by length and stop words
    return LineFeatures(
        index=index,
        text=text,
        norm=normalize_line(text, folded),
        units=word_units(text, han, sea, has_digit, spaced_words),
        chars=len(text),
        ends_sentence=_ends_sentence(stripped),
        inner_sentences=len(_SENT_INNER_RE.findall(text)),
        stopwords=stopword_count(text, lang, han, sea, spaced_words),
        letters=letters,
        upper=upper,
        cased=upper + lower,
        digits=digits,
        dates=_count_dates(edge, has_digit) + len(zh_dates),
        years=(len(_YEAR_RE.findall(ascii_digits(edge))) if has_digit else 0) + len(zh_dates),
        label_values=len(_LABEL_VALUE_RE.findall(edge))
        if (has_digit or "(" in edge) and (":" in edge or "：" in edge)
        else 0,
        has_domain="." in edge and bool(_DOMAIN_RE.search(edge)),
        has_link=("http" in text or "www." in text or "@" in text) and bool(_LINK_RE.search(text)),
        has_handle="@" in text and bool(_HANDLE_RE.search(text)),
        unspaced=(han + sea) > 0.5 * max(letters, 1),
        cues=find_cues(text, folded),
        lang=lang,
    )


# Languages whose month and weekday names (CLDR's, through the date engine's
# tables) also make a line a date, beside the date engine's own languages.
_MORE_DATED_LANGS = ("de", "pt", "it", "nl", "pl", "ru", "tr", "id", "ms", "ar", "hi")


@cache
def _spelled_date_re() -> re.Pattern[str]:
    """A date with a month name and a year, in any language with month-name
    tables ("November 5, 2024", "12 de marzo de 2024", "5 mars 2024",
    "12 กันยายน 2567", "tháng 9/2024"): the names are the date engine's data."""
    from ..dates.tables import TWO_DIGIT_YEAR_BASE, month_names

    names = {n for lang in ("en", "es", "fr", "th") for n in month_names(lang) if len(n) >= 3}
    # other languages' month names ("14. März 2026", "14 марта 2026", "14
    # مارس 2026"), without their three-letter Latin abbreviations, which are
    # words elsewhere ("des", "ago", "ara"): those only after a day's number
    more = {n for lang in _MORE_DATED_LANGS for n in month_names(lang) if "." not in n}
    names |= {n for n in more if len(n) >= 4 or not n.isascii()}
    day_first = sorted(n for n in more if len(n) == 3 and n.isascii()) or ["(?!)"]
    months = _trie_regex(sorted(names))
    # abbreviated month names (with a dot inside) of languages that write a
    # two-digit year after them: "11 ก.ค. 67"
    short = {n for lang in TWO_DIGIT_YEAR_BASE for n in month_names(lang) if "." in n[:-1]}
    yy = (
        r"|(?<![\w])\d{1,2}\s*(?:" + _trie_regex(sorted(short)) + r")\.?\s*\d{2}(?![\d.:,])"
        if short
        else ""
    )
    return re.compile(
        r"(?<![\w])(?:\d{1,2}(?:er|º|st|nd|rd|th|\.)?\s*(?:de\s+)?)?(?:" + months + r")\.?"
        # the era before a Thai year ("15 กุมภาพันธ์ พ.ศ. 2568")
        r"(?:\s+de)?\s*(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:de\s+|del\s+|[พค]\.\s?ศ\.\s*)?\d{4}(?!\d)"
        r"|(?<![\w])\d{1,2}\.?\s+(?:" + _trie_regex(day_first) + r")\.?\s+\d{4}(?!\d)"
        r"|(?<![\w])tháng\s*\d{1,2}\s*(?:năm|/|,)?\s*\d{4}(?!\d)" + yy,
        re.IGNORECASE,
    )


@cache
def _weekday_re() -> re.Pattern[str]:
    """Any dated language's weekday name (the date engine's data)."""
    from ..dates.tables import weekday_names

    langs = ("en", "es", "fr", "th", "vi", "zh", *_MORE_DATED_LANGS)
    names = {n for lang in langs for n in weekday_names(lang) if len(n) >= 3}
    return re.compile(_trie_regex(sorted(names, key=len, reverse=True)), re.IGNORECASE)


def date_alone(text: str) -> bool:
    """A line that is a date and nothing else but its weekday and a word or
    two of filler ("วันพฤหัสบดีที่ 11 กรกฎาคม 2567", "11 ก.ค. 67"): a stamp,
    however many letters its month and weekday names take."""
    t = ascii_digits(text)
    rest = _spelled_date_re().sub(" ", t)
    # ... or a full date in figures ("14/06/2026 10:15", "2026-06-14")
    if rest == t and not _FULL_NUMERIC_DATE_RE.search(t):
        return False
    rest = _ZONE_RE.sub(" ", _weekday_re().sub(" ", _DATE_RE.sub(" ", rest)))
    rest = _STAMP_FIELD_LABEL_RE.sub(" ", rest)
    return sum(map(str.isalpha, rest)) <= 4


# The words a Thai stamp writes before its date and its time ("วันที่ 12
# มีนาคม 2567 เวลา 09.00 น.": "date ... time ..."): labels of the stamp's
# own fields, no more filler than a weekday is.
_STAMP_FIELD_LABEL_RE = re.compile(r"วันที่|เวลา")


# The clock's half and time zone after a stamp's time ("08:00 AM Eastern
# Daylight Time", "10:15 IST", "09:00 WIB"), as press releases and wires
# print them.
_ZONE_RE = re.compile(
    r"(?<![^\W\d_])(?:[ap]\.?m\.?|(?:eastern|central|mountain|pacific|atlantic)"
    r"(?:\s+(?:daylight|standard))?\s+time|[ecmp][sd]t|bst|cest?|eest?|ist|wib|wita|wit|ict"
    r"|jst|kst|hkt|sgt|aest|aedt)(?![^\W\d_])",
    re.IGNORECASE,
)


def _ends_sentence(stripped: str) -> bool:
    """Does the line end on a sentence's mark? Thai and Lao end no sentence
    with a full stop: a dot after their letters closes an abbreviation
    ("พ.ศ.", "ก.พ.", "พล.อ.", "ครม."), and a headline ending on one is no
    paragraph."""
    if not stripped or stripped[-1] not in SENTENCE_END:
        return False
    return not (stripped[-1] == "." and len(stripped) > 1 and "\u0e00" <= stripped[-2] <= "\u0eff")


def _words_alternation(*tables: dict[str, list[str]]) -> str:
    """Every word of the cue tables, folded, as one group, longest first."""
    words = {fold_line(w) for t in tables for ws in t.values() for w in ws}
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


def _counter_field(*label_tables: dict[str, list[str]]) -> str:
    """One counter: its label before or after the number ("阅读 1.2万", "1.3K
    shares"), a unit after it ("ครั้ง")."""
    from .cues import COUNTER_MULTIPLIERS, COUNTER_UNITS

    label = _words_alternation(*label_tables)
    # "1.234", "1,234", "1.2K", and the French thousands' space ("1 234")
    num = (
        r"(?:\d{1,3}(?:[\s\u00a0\u202f]\d{3})+|\d[\d.,]*)\s*"
        + _words_alternation(COUNTER_MULTIPLIERS)
        + "?"
    )
    unit = r"(?:\s*" + _words_alternation(COUNTER_UNITS) + ")?"
    return rf"(?:{label}\s*[:：]?\s*{num}{unit}|{num}\s*{label}{unit})"


@cache
def _counter_re() -> re.Pattern[str]:
    from .cues import COUNTER_LABELS

    return re.compile(rf"\s*{_counter_field(COUNTER_LABELS)}\s*", re.IGNORECASE)


@cache
def _share_counts_re() -> re.Pattern[str]:
    from .cues import COUNTER_LABELS, SHARE_COUNT_LABELS

    field = _counter_field(COUNTER_LABELS, SHARE_COUNT_LABELS)
    return re.compile(rf"\s*{field}(?:\s*[|·•｜,]?\s*{field})*\s*", re.IGNORECASE)


@cache
def _share_word_re() -> re.Pattern[str]:
    from .cues import SHARE_COUNT_LABELS

    alt = _words_alternation(SHARE_COUNT_LABELS)
    return re.compile(rf"(?<![^\W\d_]){alt}(?![^\W\d_])")


def share_counts(text: str) -> bool:
    """A line of share, like or comment counts and nothing else, read
    counters beside them ("1.3K shares", "2,418 shares", "阅读 1.2万　点赞
    326", "ชอบ 1.5K แชร์ 320"): the article's share bar. A read counter
    alone is :func:`counter_alone`'s."""
    low = ascii_digits(fold_line(text))
    return _share_counts_re().fullmatch(low) is not None and bool(_share_word_re().search(low))


def counter_alone(text: str) -> bool:
    """A read or view counter alone on its line ("閱讀 1.2萬", "อ่าน 1,234
    ครั้ง", "1.234 lượt xem")."""
    return _counter_re().fullmatch(ascii_digits(fold_line(text))) is not None


@cache
def _site_counter_re() -> re.Pattern[str]:
    from .cues import COUNTER_UNITS, SITE_COUNTER_LABELS

    def alt(table: dict[str, list[str]]) -> str:
        words = sorted({fold_line(w) for ws in table.values() for w in ws}, key=len, reverse=True)
        return "(?:" + "|".join(re.escape(w) for w in words) + ")"

    # "2.345.678", "2,345,678", "2 345 678" (the French thousands' space)
    num = r"\d{1,3}(?:[.,\s\u00a0\u202f]\d{3})*|\d+"
    field = rf"{alt(SITE_COUNTER_LABELS)}\s*[:：]?\s*(?:{num})(?:\s*{alt(COUNTER_UNITS)})?"
    return re.compile(rf"\s*{field}(?:\s*[|·•｜,;\-–—]?\s*{field})*\s*[.]?\s*", re.IGNORECASE)


def site_counter(text: str) -> bool:
    """A site's visitor counter alone on its line, one field or several
    ("Tổng số lượt truy cập: 2.345.678", "Đang online: 123 | Tổng truy cập:
    2.345.678", "总访问量 2345678"): the site's, not the article's."""
    return _site_counter_re().fullmatch(ascii_digits(fold_line(text))) is not None


_PLACE_FIELD_RE = re.compile(r"[^\W\d_][^\W\d_.'’-]*(?:[ -][^\W\d_][^\W\d_.'’-]*){0,2}")


def stamp_fields(text: str) -> bool:
    """The publish stamp, perhaps with counters after it, as a byline's
    tail: fields split at '|', '·', '•' ("14 มิ.ย. 2569 06:30 น. | อ่าน 12,345
    ครั้ง", "14/06/2026 10:15 | 1.234 lượt xem"), a date first, then dates
    or counters only."""
    fields = [x for x in re.split(r"\s*[|·•｜]\s*", text) if x.strip()]
    if len(fields) >= 2 and _PLACE_FIELD_RE.fullmatch(fields[0].strip()):
        # the writer's place before the stamp ("Madrid | 22 de abril de
        # 2025, 08:45"): one to three capitalised words, no figure
        fields = fields[1:]
    return (
        bool(fields)
        and date_alone(cut_counter(fields[0]))
        and all(date_alone(cut_counter(x)) or counter_alone(x) for x in fields[1:])
    )


def byline_among_stamps(text: str) -> str | None:
    """The one field of a line of fields split at '|', '·', '•' that is not
    a stamp or a counter, when the others are ("Thứ Bảy, 14/06/2026 10:15 |
    Phóng viên Minh Anh | 1.234 lượt xem" -> "Phóng viên Minh Anh")."""
    fields = [x.strip() for x in re.split(r"\s*[|·•｜]\s*", text) if x.strip()]
    if len(fields) < 2:
        return None
    rest = [x for x in fields if not (date_alone(cut_counter(x)) or counter_alone(x))]
    return rest[0] if len(rest) == 1 else None


def cut_counter(field: str) -> str:
    """A field without the counter printed after a space at its end ("14 มิ.ย.
    2569 06:30 น. อ่าน 12,345 ครั้ง" -> the date)."""
    for m in re.finditer(r"\s+", field):
        if counter_alone(field[m.end() :]):
            return field[: m.start()]
    return field


_PLACE_COMMA_RE = re.compile(r"([^\W\d_](?:[^\W\d_]|['’.\- ]){1,40}?),\s+(.+)")
# What may come between a dateline's place and its date: an article or a
# weekday ("Lyon, le 3 mars 2024", "Madrid, martes 12 de marzo de 2024").
_DATELINE_LEAD_RE = re.compile(r"(?:(?:le|el|the|on)\s+)?(?:[^\W\d_]{4,12},?\s+)?", re.IGNORECASE)


def place_and_date(text: str) -> bool:
    """A place name, a comma and one full date, nothing else: the dateline
    heading a press release or a letter ("Zaragoza, 12 de marzo de 2024",
    "Lyon, le 3 mars 2024", "Boston, 05/03/2024")."""
    m = _PLACE_COMMA_RE.fullmatch(text.strip().rstrip("."))
    if not m:
        return False
    place, rest = m.group(1).strip(), ascii_digits(m.group(2).strip())
    if not place[:1].isupper() or len(place.split()) > 5:
        return False
    # "Samstag, 14. März 2026": a weekday before the comma is the stamp's
    if _weekday_re().fullmatch(place):
        return False
    lead = _DATELINE_LEAD_RE.match(rest)
    for r in {rest, rest[lead.end() :] if lead else rest}:
        if _spelled_date_re().fullmatch(r) or _DATE_RE.fullmatch(r):
            return True
    return False


def _count_dates(edge: str, has_digit: bool) -> int:
    """Numeric dates and times, plus dates spelled with a month name and a year."""
    if not (has_digit or "GMT" in edge or "UTC" in edge):
        return 0
    n = len(_DATE_RE.findall(edge))
    if has_digit:
        n += len(_spelled_date_re().findall(ascii_digits(edge)))
    return n


@cache
def _not_name_re() -> re.Pattern[str]:
    """Any language's site-link word, as a whole word of a folded line."""
    words = sorted(
        {normalize_cue(w) for ws in NOT_NAME_WORDS.values() for w in ws}, key=len, reverse=True
    )
    return re.compile(r"(?<![^\W_])(?:" + "|".join(map(re.escape, words)) + r")(?![^\W_])")


# What joins the names of a byline's writers: "Priya Raman and Tom Okafor",
# "Ana Ruiz y Luis Gil", "Minh Anh và Thu Hà", "ณัฐวุฒิ ศรีสุข และ พิมพ์ชนก
# วงศ์ดี", "Rina Sari dan Budi Santoso", "Иван Петров и Анна Лосева",
# "Anna Nowak i Jan Kowalski", "Ali Demir ve Ayşe Kaya", "张三、李四".
# The spaces open only where a run of them opens: every later space of the
# run reaches the same word, and trying each was quadratic on a long run.
# How the cleaner's reason for a line of writers' names joined so starts (a
# byline: unlike a capitalised line alone, no site link reads so).
JOINED_NAMES_REASON = "names of several writers joined"
NAME_JOINERS_RE = re.compile(r"(?<!\s)\s+(?:and|y|et|và|und|e|และ|dan|и|i|ve)\s+|[,、&]|和")


# Two to four words of a script without capitals (Devanagari and the other
# Brahmic scripts, Arabic, Persian, Hebrew), letters and their marks only.
_CASELESS_NAME_RE = re.compile(
    r"[\u0590-\u05ff\u0600-\u06ff\u0900-\u0dff\u200c]+"
    r"(?:\s[\u0590-\u05ff\u0600-\u06ff\u0900-\u0dff\u200c]+){1,3}"
)


def caseless_name(text: str) -> bool:
    """Two to four words of letters in a script without capitals, no digit
    ("۲۴ اسفند") and no punctuation ("،"): a name where a byline's cue says
    one follows ("रिपोर्ट: अमित शर्मा", "بقلم أحمد العلي"); capitals tell a
    name in other scripts."""
    t = text.strip()
    return bool(_CASELESS_NAME_RE.fullmatch(t)) and not any(
        unicodedata.category(c)[0] in "NP" for c in t
    )


def looks_like_name(f: LineFeatures, max_words: int, max_chars: int) -> bool:
    """A person's name alone on a line: short, no digits or sentence marks,
    every word capitalised (cased scripts) or a few short tokens (others)."""
    t = f.text.strip()
    if not t or f.chars > max_chars or f.digits or f.dates:
        return False
    if any(c in t for c in '!?。！？:：;；"“”()[]{}|/@#%=+*<>…') or t[-1] in "-–—":
        return False
    words = t.replace(",", " ").split()
    if not 1 <= len(words) <= max_words:
        return False
    # a site's link or setting ("Help Center", "Giới Thiệu") names no one
    if _not_name_re().search(" ".join(fold_line(t).split())):
        return False
    if f.unspaced:
        # Thai / CJK: names are short; 2-3 space-separated parts or 2-4 Han chars.
        if _HAN_RE.search(t) and len(words) == 1:
            return 2 <= len(t) <= 4
        # a Chinese name is two to four characters (six for a transliterated
        # one): a part of seven Han characters is a headline's phrase
        # ("高雄輕軌環狀線全線通車 首月運量破百萬")
        if any(len(_HAN_RE.findall(w)) > 6 for w in words):
            return False
        return 2 <= len(words) <= 3 and all(len(w) <= 14 for w in words)
    if len(words) < 2:
        return False
    for w in words:
        core = w.strip(".,-'’")
        if not core:
            continue
        if core.casefold() in _NAME_PARTICLES:
            continue
        if not core[0].isupper():
            return False
    return True


# How the cleaner's reason for a forum poster's member number starts: the
# line names the post's writer as it stands.
FORUM_MEMBER_REASON = "forum poster's member number"


@cache
def _forum_member_re() -> re.Pattern[str]:
    from .cues import FORUM_MEMBER_LABELS

    labels = sorted({fold_line(w) for ws in FORUM_MEMBER_LABELS.values() for w in ws}, key=len)
    alts = "|".join(re.escape(w) for w in reversed(labels))
    return re.compile(rf"(?:{alts})\s*\d{{1,10}}")


def forum_member(text: str) -> bool:
    """A forum's poster signing with a member number instead of a name, the
    label and the number alone on the line ("สมาชิกหมายเลข 4567890",
    "Thành viên số 12345", "Member #4567"): the post's writer."""
    t = fold_line(text).strip()
    return len(t) <= 40 and _forum_member_re().fullmatch(t) is not None


# How the cleaner's reason for "Writer | Place" under a headline starts
# ("Lucía Martín | Zaragoza", "Anna Schmidt / Köln"): the part before the bar
# is the author.
NAME_AND_PLACE_REASON = "writer's name and place"
NAME_PLACE_SEP_RE = re.compile(r"\s+[|/｜]\s+")


def name_and_place(f: LineFeatures, max_words: int, max_chars: int) -> str | None:
    """The writer in "Writer | Place" under a headline, as Spanish and
    German regional papers sign ("Lucía Martín | Zaragoza", "Anna Schmidt /
    Köln"), or None: a name of two words or more, a bar or a slash between
    spaces, and a place of one to three capitalised words; no figure, no
    sentence. Taken for a menu of three items, it was set aside."""
    t = f.text.strip()
    if f.digits or f.ends_sentence:
        return None
    parts = NAME_PLACE_SEP_RE.split(t)
    if len(parts) != 2:
        return None
    who, place = (p.strip() for p in parts)
    words = place.split()
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return None
    g = line_features(0, who)
    if len(who.split()) < 2 or not looks_like_name(g, max_words, max_chars):
        return None
    return who
