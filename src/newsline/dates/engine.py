"""The one date engine: finds and resolves date expressions in six languages.

``resolve_dates(text, lang, published)`` returns :class:`DateMention` objects
whose ``start``/``end`` slice ``text`` exactly. Everything language-specific
comes from :mod:`newsline.dates.tables`; this module only knows how dates
are built (day / month / year, ranges, eras, relative steps).

How a mention is resolved, in order:
1. explicit parts (day, month, year; Buddhist-era years minus 543, Taiwan's
   ROC (Minguo) years plus 1911 -- a year
   that cannot be converted into a plausible one is kept as kind
   ``impossible`` and never turned into a date);
2. year-less dates take the year nearest the publication date that agrees
   with tense cues ("tới" = coming, "hồi" = back then); without a
   publication date, the document's own latest explicit year; otherwise they
   stay ``--MM-DD`` / ``--MM``;
3. relative expressions: deictic ones ("yesterday", "上周") count from the
   publication date, anaphoric ones ("a month later") from the nearest
   resolved date before them.

It must never read the machine's clock, download anything, or raise on any
input text (bad input gives fewer mentions, not an exception).
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import functools
import itertools
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from ..model import DateMention
from ..settings import DateSettings
from ..trie import literal_automaton, trie_regex
from ..wordseg import ascii_digits, fold_traditional
from . import cldr
from . import tables as T

# Thai and full-width digits -> ASCII, one character for one (offsets stay).


_HAN_DIGITS = {
    "〇": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}

# Kinds of a date whose year was written in another era and converted
# (Buddhist era, Minguo / ROC): absolute dates in every other respect.
ERA_KINDS = ("buddhist_era", "roc_era", "japanese_era")


def _word_edges(lang: str) -> tuple[str, str]:
    """What must not touch a word on either side: a letter, in spaced scripts;
    nothing in Thai and Chinese, where no space parts words."""
    if lang in ("th", "zh"):
        return "", ""
    return r"(?<![^\W\d_])", r"(?![^\W\d_])"


def _alt(words, escape=False) -> str:
    ws = sorted({w for w in words if w}, key=len, reverse=True)
    if escape:
        ws = [re.escape(w) for w in ws]
    return "(?:" + "|".join(ws) + ")" if ws else "(?!x)x"


@functools.cache
class _SearchUnless:
    """A compiled pattern whose ``search`` skips the matches ending in one of
    ``ends`` that ``veto`` finds at their end, read with VETO_LOOKBACK
    characters before them (the table regex stays one fast pattern; the
    rare veto runs on those matches only)."""

    VETO_LOOKBACK = 12

    def __init__(self, rx: re.Pattern[str], ends: tuple[str, ...], veto: re.Pattern[str]):
        self.rx, self.ends, self.veto = rx, ends, veto

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        m = self.rx.search(string, pos, endpos)
        while (
            m is not None
            and m.group().lower().endswith(self.ends)
            and self.veto.search(string, max(0, m.start() - self.VETO_LOOKBACK), m.end())
        ):
            m = self.rx.search(string, m.end(), endpos)
        return m


def _search_unless(rx: re.Pattern[str] | None, veto: tuple[tuple[str, ...], str] | None):
    """``rx``, or a _SearchUnless of it when the language has a veto."""
    if rx is None or veto is None:
        return rx
    return _SearchUnless(rx, veto[0], re.compile(veto[1], re.IGNORECASE))


def _weekday_alt(lang: str) -> str:
    """The language's weekday names as one alternation; multi-word names
    ("thứ hai") take any run of spaces between their words."""
    return _alt(T.weekday_names(lang), escape=True).replace("\\ ", r"\s+")


def _count_of(raw: str, lang: str) -> int | None:
    """A count written in digits or as one of the language's NUMBER_WORDS
    (None for a vague one: "several")."""
    if raw.isdigit():
        return int(raw)
    if lang == "zh" and "十" in raw:
        return han_number(raw)  # "二十", "三十五"
    return T.NUMBER_WORDS[lang].get(raw.lower())


def han_number(s: str) -> int | None:
    """'2024' / '二〇二四' / '十一' / '三十一' -> int; None when not a number."""
    if not s:
        return None
    if s.isdigit():
        return int(s)
    if all(c in _HAN_DIGITS for c in s):
        return int("".join(str(_HAN_DIGITS[c]) for c in s))
    if "十" in s:
        a, _, b = s.partition("十")
        tens = _HAN_DIGITS.get(a, None) if a else 1
        ones = _HAN_DIGITS.get(b, None) if b else 0
        if tens is None or ones is None:
            return None
        return tens * 10 + ones
    return None


@dataclass
class Cand:
    start: int
    end: int
    lang: str
    kind: str = (
        # absolute | yearless | relative | impossible | dayonly | monthday | weekday | no_date
        # (no_date: a span that names no date -- "a few years ago", "three months
        # before the rainy season" -- kept only so no part of it is read alone)
        "absolute"
    )
    y: int | None = None
    m: int | None = None
    d: int | None = None
    y2: int | None = None
    m2: int | None = None
    d2: int | None = None
    gran: str = "day"
    rel: tuple | None = None  # ("unit", unit, n, mode) | ("season", name, k) | ("weekday", wd, dir)
    year_rel: object = None  # -1/0/1 or "next"/"last": relative year for a year-less date
    tense: str | None = None
    era: str | None = None
    note: str | None = None
    is_range: bool = False
    value: str | None = None
    end_value: str | None = None
    anchor: str | None = None
    extra: dict = field(default_factory=dict)

    @property
    def length(self) -> int:
        return self.end - self.start


def _copy_cand(c: Cand) -> Cand:
    """``dataclasses.replace(c, extra=dict(c.extra))``: the same fields, its
    own ``extra``, without replace's keyword call over every field (a third
    of resolving's own time)."""
    new = object.__new__(Cand)
    new.__dict__.update(c.__dict__)
    new.extra = dict(c.extra)
    return new


# ---------------------------------------------------------------------------
# Pattern compilation
# ---------------------------------------------------------------------------


def _num_boundary(lang: str) -> str:
    if lang in ("th", "zh"):
        # a dash after a month's abbreviation opens the next day of a range
        # ("31 ก.ค.-2 ส.ค."); after a digit or a Latin letter it joins a number
        return r"(?<![\d.,/:A-Za-z])(?<![\dA-Za-z]-)"
    return r"(?<![\w.,/:-])(?<![\w]-)"


@functools.cache
def _compiled(lang: str):
    """Compiled (regex, flags) list for one language."""
    nb = _num_boundary(lang)
    suf = T.DAY_SUFFIX.get(lang, "")
    mons = T.month_names(lang)
    mon_alt = _alt(mons, escape=True)
    wds = T.weekday_names(lang)
    wd_alt = _weekday_alt(lang)
    era_alt = _alt(T.BUDDHIST_ERA + T.COMMON_ERA)
    yc = "|".join(sorted(T.YEAR_CUES.get(lang, []), key=len, reverse=True)) or "(?!x)x"
    after_word = _word_edges(lang)[1]
    # a small count (FIRST_MONTHS): digits, or a number word of the language
    count_words = [w for w, n in T.NUMBER_WORDS.get(lang, {}).items() if n and 2 <= n <= 11]
    count = r"1[01]|[2-9]" + ("|" + _alt(count_words, escape=True) if count_words else "")

    def fill(p: str) -> str:
        reps = {
            "{D}": nb + r"(?P<d>3[01]|[12]\d|0?[1-9])(?!\d)",
            "{DD}": r"(?P<d>3[01]|[12]\d|0?[1-9])(?!\d)",
            "{D2}": r"(?P<d2>3[01]|[12]\d|0?[1-9])(?!\d)",
            "{M}": r"(?P<m>1[0-2]|0?[1-9])(?!\d)",
            "{M2}": r"(?P<m2>1[0-2]|0?[1-9])(?!\d)",
            "{Y}": r"(?<!\d)(?P<y>\d{4})(?!\d)" + after_word,
            "{Y2}": r"(?<!\d)(?P<y2>\d{4})(?!\d)" + after_word,
            "{EY}": r"(?:(?P<era>" + era_alt + r")\s*)?(?P<y>(?(era)\d{1,4}|\d{4}))(?!\d)",
            "{EY2}": r"(?:(?P<era2>" + era_alt + r")\s*)?(?P<y2>(?(era2)\d{1,4}|\d{4}))(?!\d)",
            "{EYERA}": r"(?P<era>" + era_alt + r")\s*(?P<y>\d{1,4})(?!\d)",
            "{MON}": r"(?P<mon>" + mon_alt + r")" + after_word,
            "{MON2}": r"(?P<mon2>" + mon_alt + r")" + after_word,
            "{WD}": r"(?P<wd>" + wd_alt + r")" + (r"(?!\w)" if after_word else ""),
            # an ordinal weekday of a month ("the second Sunday of May")
            "{NTH}": r"(?P<nth>" + (_alt(T.NTH_WEEKDAY.get(lang, {}), escape=True) or "(?!x)x") + r")",
            "{NWD}": r"(?P<nwd>" + wd_alt + r")" + (r"(?!\w)" if after_word else ""),
            "{SUF}": suf,
            # a day written as a word ("first", "primero", "premier")
            "{DW}": r"(?P<d>"
            + (_alt(T.DAY_ORDINAL_WORDS.get(lang, {}), escape=True) or "(?!x)x")
            + r")(?![^\W\d_])",
            "{YC}": yc,
            "{CY}": r"(?<!\d)(?P<cy>\d{2})(?!\d)",
            # a two-digit year after a day and month, where punctuation or
            # a word of TWO_DIGIT_YEAR_AFTER follows (no count)
            "{YY}": r"(?<!\d)(?P<yy>\d{2})(?![\d.,:/]\d)(?=\s*(?:[,.;:!?)»\"”]|$)"
            + (
                r"|\s+" + _alt(T.TWO_DIGIT_YEAR_AFTER[lang]) + r"(?![^\W\d_])"
                if lang in T.TWO_DIGIT_YEAR_AFTER
                else ""
            )
            + ")",
            "{CY2}": r"(?<!\d)(?P<cy2>\d{2})(?!\d)",
            "{Q}": r"(?P<q>" + _alt(T.QUARTER_WORDS.get(lang, {}), escape=True) + r")" + after_word,
            "{H}": r"(?P<h>" + _alt(T.HALF_WORDS.get(lang, {}), escape=True) + r")" + after_word,
            # the ordinal of a four- or two-month part (es "cuatrimestre", "bimestre")
            "{CUA}": r"(?P<cua>" + _alt(T.QUARTER_WORDS.get(lang, {}), escape=True) + r")" + after_word,
            "{BIM}": r"(?P<bim>" + _alt(T.QUARTER_WORDS.get(lang, {}), escape=True) + r")" + after_word,
            "{SEA}": r"(?P<sea>" + _alt(T.season_words_with_a_year(lang)) + r")" + after_word,
            "{WIN}": r"(?P<win>" + _alt(T.SEASON_WORDS.get(lang, {}).get("winter", [])) + r")" + after_word,
            "{FM}": r"(?<!\d)(?P<fm>" + count + r")" + after_word,
            "{FQ}": r"(?<!\d)(?P<fq>" + count + r")" + after_word,
            "{YZ}": r"(?<![\d〇零一二三四五六七八九])(?P<y>\d{4}|[〇零一二三四五六七八九]{4})",
            "{ROC}": _alt(T.ROC_ERA),
            "{JERA}": r"(?P<jera>" + _alt(T.JAPANESE_ERA) + r")",
            "{RY}": r"(?P<ry>\d{1,3}|[〇零一二三四五六七八九十]{1,4})(?!\d)",
            "{MZ}": r"(?<![\d〇零一二三四五六七八九十个])(?P<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])",
            "{DZ}": r"(?P<d>3[01]|[12]\d|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])",
            "{D2Z}": r"(?P<d2>3[01]|[12]\d|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])",
            "{M2Z}": r"(?P<m2>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])",
        }
        for k, v in reps.items():
            p = p.replace(k, v)
        return p

    out = []
    pats = list(T.DATE_PATTERNS.get(lang, [])) + list(T.COMMON_PATTERNS)
    if lang in ("th", "zh", "vi"):
        pats.append((r"{WD}", "weekday"))
    for pat, flags in pats:
        if "{WD}" in pat and not wds:
            pat = pat.replace("(?:{WD},?\\s+)?", "").replace("(?:{WD}\\s+)?", "")
            if "{WD}" in pat:
                continue
        if "{MON" in pat and not mons:
            continue
        lead = _word_edges(lang)[0]
        out.append((re.compile(lead + fill(pat), re.IGNORECASE), flags))
    return out


# --- Cheap gates: text a pattern cannot match in is never scanned ----------
#
# Each date pattern is scanned over every segment; most segments hold no
# date. From the parsed pattern we derive texts every match must contain
# (a literal run such as "tháng", one of the digits 1-9, one of the month
# names ...), and skip the pattern when a segment contains none of one of
# them. The gate is a necessary condition only, so what is found is exactly
# what a full scan finds. Case-insensitive matching is mirrored by comparing
# lower-cased text with every case-equivalent letter mapped to one of them.

try:
    from re import _casefix as _re_casefix
    from re import _constants as _re_const
    from re import _parser as _re_parser
except ImportError:  # pragma: no cover - other Pythons: no gates, full scans
    _re_casefix = _re_const = _re_parser = None

_CASE_CANON: dict[int, str] = {}
if _re_casefix is not None:
    for _k, _v in getattr(_re_casefix, "_EXTRA_CASES", {}).items():
        _CASE_CANON[_k] = chr(min(_k, *_v))
# the letters _CASE_CANON writes differently (it maps some to themselves)
_CASE_CHANGED = re.compile(
    "[" + "".join(re.escape(chr(k)) for k, v in _CASE_CANON.items() if chr(k) != v) + "]"
    if any(chr(k) != v for k, v in _CASE_CANON.items())
    else "(?!)"
)
_MAX_CLASS_CHARS = 300
_MAX_GATES = 4


def gate_text(text: str) -> str:
    """``text`` as the gates compare it: simple lower case, case-equivalent
    letters mapped to one ('ſ' -> 's'). 'İ' is the one letter whose full
    lower case ('i̇') differs from the simple one re uses ('i')."""
    low = text.replace("İ", "i").lower()
    # (most text holds no letter the mapping changes: no pass over it)
    return low.translate(_CASE_CANON) if _CASE_CHANGED.search(low) else low


def _canon(ch: str) -> str:
    return gate_text(ch)


def _requirements(items) -> list[frozenset[str]] | None:
    """Sets of texts (lower case) such that every match contains one text of
    each set; None when the sub-pattern may match without any (empty, or
    built of classes too wide to list)."""
    c = _re_const
    reqs: list[frozenset[str]] = []
    run = ""

    def flush() -> None:
        nonlocal run
        if run:
            reqs.append(frozenset([run]))
        run = ""

    for op, av in items:
        if op is c.LITERAL:
            run += _canon(chr(av))
            continue
        flush()
        if op is c.IN:
            chars: set[str] = set()
            for iop, iav in av:
                if iop is c.LITERAL:
                    chars.add(_canon(chr(iav)))
                elif iop is c.RANGE and iav[1] - iav[0] <= _MAX_CLASS_CHARS:
                    chars.update(_canon(chr(x)) for x in range(iav[0], iav[1] + 1))
                else:  # NEGATE, CATEGORY, a wide range: anything may match
                    chars = set()
                    break
            if chars and len(chars) <= _MAX_CLASS_CHARS:
                reqs.append(frozenset(chars))
        elif op is c.SUBPATTERN:
            reqs.extend(_requirements(av[-1]) or [])
        elif op is getattr(c, "ATOMIC_GROUP", None):
            reqs.extend(_requirements(av) or [])
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
            if av[0] >= 1:
                reqs.extend(_requirements(av[2]) or [])
        elif op is c.BRANCH:
            one = _union([_best(_requirements(b)) for b in av[1]])
            if one:
                reqs.append(one)
        elif op is c.GROUPREF_EXISTS and av[2] is not None:
            one = _union([_best(_requirements(av[1])), _best(_requirements(av[2]))])
            if one:
                reqs.append(one)
        elif op is c.ASSERT and av[0] == 1:
            # a lookahead consumes nothing, but what it sees is in the text
            reqs.extend(_requirements(av[1]) or [])
        # AT, ASSERT (behind), ASSERT_NOT consume nothing; ANY, NOT_LITERAL,
        # GROUPREF and CATEGORY may be anything: no requirement.
    flush()
    return reqs or None


def _selectivity(req: frozenset[str]) -> tuple[int, int]:
    return (min(map(len, req)), -len(req))


def _best(reqs: list[frozenset[str]] | None) -> frozenset[str] | None:
    return max(reqs, key=_selectivity) if reqs else None


def _union(options: list[frozenset[str] | None]) -> frozenset[str] | None:
    if not options or any(o is None for o in options):
        return None
    return frozenset().union(*options)


def _gate_of(rx: re.Pattern[str]) -> tuple[frozenset[str], ...]:
    """The most selective requirements of a compiled pattern (() = none)."""
    if _re_parser is None:
        return ()
    try:
        reqs = _requirements(_re_parser.parse(rx.pattern, rx.flags)) or []
    except Exception:  # noqa: BLE001 - an unreadable pattern is simply always scanned
        return ()
    reqs = sorted(set(reqs), key=_selectivity, reverse=True)
    return tuple(reqs[:_MAX_GATES])


def passes(gate: tuple[frozenset[str], ...], low: str, memo: dict | None = None) -> bool:
    """Whether ``low`` (see :func:`gate_text`) holds one text of every
    requirement; ``memo`` keeps answers for one text (patterns share them)."""
    for req in gate:
        ok = memo.get(req) if memo is not None else None
        if ok is None:
            ok = _holds(req)(low)
            if memo is not None:
                memo[req] = ok
        if not ok:
            return False
    return True


@functools.cache
def _holds(req: frozenset[str]):
    """A test for 'the text contains one of req': one character-class search
    when req is single characters (digits ...), substring tests otherwise."""
    if all(len(k) == 1 for k in req):
        search = re.compile("[" + "".join(re.escape(k) for k in sorted(req)) + "]").search
        return lambda low: search(low) is not None
    keys = tuple(sorted(req, key=len))
    return lambda low: any(k in low for k in keys)


@functools.cache
def _gates(lang: str) -> tuple[tuple[frozenset[str], ...], ...]:
    """One gate per pattern of :func:`_compiled`, in the same order."""
    return tuple(_gate_of(rx) for rx, _ in _compiled(lang))


@functools.cache
def _relative_gates(lang: str) -> tuple[tuple[frozenset[str], ...], ...]:
    """One gate per pattern of :func:`_relative_compiled`, in the same order:
    the fixed relative phrases ("hôm qua", "last week", "上周") carry no unit
    keys, and without a gate each would scan every segment."""
    return tuple(_gate_of(rx) for rx, _, _ in _relative_compiled(lang))


@functools.cache
def _gate_plan(lang: str):
    """The gates of :func:`_gates` and :func:`_relative_gates` as bit masks
    over their distinct requirements: ``(tests, absolute masks, relative
    masks)``. :func:`_gate_bits` tests a segment's requirements once each,
    and a pattern passes when its mask is within them -- the answers of
    :func:`passes`, without a call and a memo look-up for every requirement
    of every pattern (some 90 patterns per segment)."""
    gates, rel = _gates(lang), _relative_gates(lang)
    reqs = list(dict.fromkeys(r for g in gates + rel for r in g))
    bit = {r: 1 << i for i, r in enumerate(reqs)}
    chars: list[tuple[frozenset[str], int]] = []  # one of these characters
    single: list[tuple[str, int]] = []  # this text
    several: list[tuple[tuple[str, ...], int]] = []  # one of these texts
    for r in reqs:
        if all(len(k) == 1 for k in r):
            chars.append((r, bit[r]))
        elif len(r) == 1:
            single.append((next(iter(r)), bit[r]))
        else:
            several.append((tuple(sorted(r, key=len)), bit[r]))

    def mask(gate: tuple[frozenset[str], ...]) -> int:
        m = 0
        for r in gate:
            m |= bit[r]
        return m

    tests = _RequirementFinder(chars, single, several)
    return tests, tuple(mask(g) for g in gates), tuple(mask(g) for g in rel)


@functools.lru_cache(maxsize=4096)
def _passing(lang: str, have: int) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The indices of the absolute and the relative patterns whose gates the
    requirement bits ``have`` meet, in order: segments alike in what they
    hold (prose without digits) skip the test of every pattern's mask."""
    _, gate_masks, relative_masks = _gate_plan(lang)
    return (
        tuple(i for i, need in enumerate(gate_masks) if not need & ~have),
        tuple(i for i, need in enumerate(relative_masks) if not need & ~have),
    )


# --- A year's four digits: patterns that need them skip segments without -----
#
# The gates above are texts; "four digits in a row" is none, so a pattern
# that needs a year (``\d{4}``) passed every segment holding a digit and was
# scanned char by char (a third of the scans' time on synthetic pages,
# profiled, nearly all in segments with no run of four digits). One charset
# search per segment tells whether it holds such a run; without one those
# patterns are skipped, which finds exactly what a full scan finds.

_DIGIT_RUN_NEEDED = 4
# (``\d\d\d\d``, not ``\d{4}``: a class first gives re a fast scan for it)
_DIGIT_RUN = re.compile(r"\d" * _DIGIT_RUN_NEEDED)


def _digit_run(items) -> int:
    """The length of a run of ``\\d`` every match of the parsed (sub)pattern
    ``items`` holds (0: none known). A run across two items is not counted:
    the answer may be short, never long."""
    c = _re_const
    digit = [(c.IN, [(c.CATEGORY, c.CATEGORY_DIGIT)])]
    longest = 0
    for op, av in items:
        n = 0
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
            if list(av[2]) == digit:
                n = av[0]
            elif av[0] >= 1:
                n = _digit_run(av[2])
        elif op is c.SUBPATTERN:
            n = _digit_run(av[-1])
        elif op is getattr(c, "ATOMIC_GROUP", None):
            n = _digit_run(av)
        elif op is c.BRANCH:
            n = min(_digit_run(b) for b in av[1]) if av[1] else 0
        elif op is c.GROUPREF_EXISTS:
            n = min(_digit_run(av[1]), _digit_run(av[2]) if av[2] is not None else 0)
        longest = max(longest, n)
    return longest


def _needs_digit_run(rx: re.Pattern[str]) -> bool:
    """Whether every match of ``rx`` holds :data:`_DIGIT_RUN`."""
    if _re_parser is None:
        return False
    try:
        return _digit_run(_re_parser.parse(rx.pattern, rx.flags)) >= _DIGIT_RUN_NEEDED
    except Exception:  # noqa: BLE001 - an unreadable pattern is simply always scanned
        return False


@functools.cache
def _digit_run_patterns(lang: str) -> frozenset[int]:
    """The indices of the patterns of :func:`_compiled` that need a run of
    digits (a year's)."""
    return frozenset(i for i, (rx, _) in enumerate(_compiled(lang)) if _needs_digit_run(rx))


@functools.lru_cache(maxsize=4096)
def _without_digit_runs(lang: str, passing: tuple[int, ...]) -> tuple[int, ...] | None:
    """``passing`` less the patterns that need a run of digits; None when it
    holds none of them (nothing to test)."""
    need = _digit_run_patterns(lang)
    if need.isdisjoint(passing):
        return None
    return tuple(i for i in passing if i not in need)


# --- A letter written in one case: "Q3", "H1", "FY24" ------------------------
#
# The gates compare lower-cased text, so a pattern needing a capital "Q"
# (``(?-i:Q)``) passed every segment holding a "q" or an "h" ("quốc", "the").
# A letter a pattern needs in one case is looked for as it is written.


def _exact_letters(items, exact: bool) -> list[frozenset[str]]:
    """Sets of characters such that every match holds one character of each,
    as written (case-sensitive parts of the parsed pattern ``items`` only;
    ``exact``: the part is matched case-sensitively)."""
    c = _re_const
    reqs: list[frozenset[str]] = []
    for op, av in items:
        if op is c.LITERAL and exact:
            reqs.append(frozenset(chr(av)))
        elif op is c.SUBPATTERN:
            _, add_flags, del_flags, sub = av
            inner = (exact or bool(del_flags & re.IGNORECASE)) and not add_flags & re.IGNORECASE
            reqs.extend(_exact_letters(sub, inner))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
            if av[0] >= 1:
                reqs.extend(_exact_letters(av[2], exact))
        elif op is c.BRANCH:
            each = [_exact_letters(b, exact) for b in av[1]]
            if each and all(each):
                reqs.append(frozenset().union(*(e[0] for e in each)))
    return reqs


@functools.cache
def _exact_letter_gates(lang: str) -> dict[int, str]:
    """Pattern index of :func:`_compiled` -> the characters (as written) one
    of which each of its matches holds; only patterns with a cased letter
    matched case-sensitively."""
    out: dict[int, str] = {}
    if _re_parser is None:
        return out
    for i, (rx, _) in enumerate(_compiled(lang)):
        try:
            parsed = _re_parser.parse(rx.pattern, rx.flags)
        except Exception:  # noqa: BLE001, S112 - an unreadable pattern is simply always scanned
            continue
        reqs = _exact_letters(parsed, not rx.flags & re.IGNORECASE)
        cased = [r for r in reqs if all(ch.lower() != ch.upper() for ch in r)]
        if cased:
            out[i] = "".join(sorted(min(cased, key=len)))
    return out


def _without_absent_letters(lang: str, passing: tuple[int, ...], norm: str, s0: int, s1: int):
    """``passing`` less the patterns a letter of which, as written, is not in
    ``norm[s0:s1]``."""
    gates = _exact_letter_gates(lang)
    if not gates or gates.keys().isdisjoint(passing):
        return passing
    found: dict[str, bool] = {}
    kept = []
    for i in passing:
        chars = gates.get(i)
        if chars is not None:
            ok = found.get(chars)
            if ok is None:
                ok = found[chars] = any(norm.find(ch, s0, s1) >= 0 for ch in chars)
            if not ok:
                continue
        kept.append(i)
    return kept


class _RequirementFinder:
    """Which of a language's gate requirements a segment holds, in one pass.

    A requirement is met when the segment holds one of its texts (a single
    character of a class, a word, one of several words). Testing each text
    with ``in`` scanned the segment some 250 times (about a third of the
    dates stage's time on English pages, profiled); an Aho-Corasick automaton over every text,
    its value the bits of the requirements holding it, finds them all in
    one pass: the bits of the texts found, or-ed, are exactly those of the
    requirements a text of which is ``in`` the segment. An ASCII segment
    can only hold the ASCII texts, which have a smaller automaton of their
    own (as in :class:`newsline.clean.cue_gate.KeyAutomaton`).

    The texts of one character (digits, a slash, a space, a few letters: a
    tenth of the texts) are left out of the automata: one of them is at
    nearly every position of a segment, so through the automaton they were
    a Python step per occurrence (about half the characters of a segment,
    most of the pass). Those the segment holds are found by one set
    intersection in C instead, which gives the same bits."""

    __slots__ = ("_always", "_ascii", "_char_bits", "_full")

    def __init__(
        self,
        chars: list[tuple[frozenset[str], int]],
        single: list[tuple[str, int]],
        several: list[tuple[tuple[str, ...], int]],
    ):
        bits: dict[str, int] = {}
        for texts, b in [*chars, *((frozenset([t]), b) for t, b in single), *several]:
            for t in texts:
                bits[t] = bits.get(t, 0) | b
        self._always = bits.pop("", 0)  # an empty text is in every segment
        self._char_bits = tuple((t, b) for t, b in bits.items() if len(t) == 1)
        longer = {t: b for t, b in bits.items() if len(t) > 1}
        # (STORE_ANY: the bits pass 64)
        self._full = literal_automaton(longer)
        self._ascii = literal_automaton({t: b for t, b in longer.items() if t.isascii()})

    def bits(self, low: str) -> int:
        have = self._always
        for ch, b in self._char_bits:
            if ch in low:
                have |= b
        found = self._ascii if low.isascii() else self._full
        if found is not None:
            for _, b in found.iter(low):
                have |= b
        return have


def _gate_bits(tests: _RequirementFinder, low: str) -> int:
    """The bits of the requirements that ``low`` (see :func:`gate_text`)
    holds; the same tests as :func:`_holds`."""
    return tests.bits(low)


# --- A segment that cannot hold a date is not read at all ------------------
#
# Most segments of a page hold no date. Every pattern a segment is read with
# (the absolute ones, the relative ones, the holidays, the English full dates
# of other languages' text) has a gate above: requirements all of which any
# match meets. One requirement of each pattern, put together, is the
# language's trigger: a segment holding none of its texts cannot match any
# pattern, so it is skipped before its gates are computed, its ~110 patterns
# looped over and its (empty) candidates passed through the joining steps.
# Built from the compiled patterns themselves, a table entry added later is in
# the trigger by construction (tests/dates/test_segment_trigger.py walks them).


def _trigger_requirement(gate: tuple[frozenset[str], ...]) -> frozenset[str]:
    """The requirement of ``gate`` the trigger takes: the one whose commonest
    text is rarest. Any is right (each is met by every match); a rare one
    lets more segments be skipped. A text is taken to be as common as it is
    short (a single letter is in nearly every segment), one with a digit as
    a word of four letters (prose without digits is common)."""
    return max(gate, key=lambda req: (min(map(_rarity, req)), -len(req)))


def _rarity(text: str) -> int:
    return 4 if any(ch.isdigit() for ch in text) else len(text)


def _trigger_gates(lang: str) -> list[tuple[frozenset[str], ...]]:
    """The gates of every pattern a segment of ``lang`` is read with."""
    gates = list(_gates(lang)) + list(_relative_gates(lang))
    if _holiday_re(lang) is not None:
        gates.append(_holiday_gate(lang))
    if lang != "en":
        gates.append(_gate_of(_english_full_date_re()[1]))
    return gates


@functools.cache
def _trigger(lang: str) -> tuple[re.Pattern[str], tuple[str, ...]] | None:
    """(a class of single characters, longer texts): a segment (as
    :func:`gate_text` gives it) holding none of them matches no pattern of
    ``lang``. None when a pattern has no gate (then every segment is read).
    A text holding another text of the trigger is left out: where it is,
    the shorter one is too."""
    texts: set[str] = set()
    for gate in _trigger_gates(lang):
        if not gate:
            return None
        texts |= _trigger_requirement(gate)
    texts = {t for t in texts if t and not any(o != t and o in t for o in texts)}
    chars = "".join(sorted(t for t in texts if len(t) == 1))
    longer = tuple(sorted((t for t in texts if len(t) > 1), key=lambda t: (len(t), t)))
    return re.compile("[" + re.escape(chars) + "]" if chars else "(?!)"), longer


def may_hold_a_date(low: str, lang: str) -> bool:
    """Whether the segment ``low`` (see :func:`gate_text`) may hold a date
    expression of ``lang`` (a table language): False only when no pattern
    can match in it."""
    trig = _trigger(lang)
    if trig is None:
        return True
    chars, texts = trig
    return chars.search(low) is not None or any(t in low for t in texts)


@functools.cache
def _literal_stem(word_regex: str) -> str:
    """The literal start of a word pattern ('días?' -> 'día', 'mes(?:es)?' -> 'mes'), lower case."""
    m = re.match(r"[^\\()\[\]?*+{}|.^$]*", word_regex)
    stem = m.group(0) if m else ""
    # the character before '?' is optional
    if word_regex[len(stem) : len(stem) + 1] == "?":
        stem = stem[:-1]
    return stem.lower()


# A count that ends in "later" / "earlier" takes no happening after it: "a
# fortnight later the river burst its banks" counts from the date told
# before ("the day after the vote" does name one: DAY_OF_A_HAPPENING_AFTER).
_COUNTED_LATER = re.compile(r"(?:later|earlier|tard|tôt)$", re.IGNORECASE)


@functools.cache
def _relative_compiled(lang: str):
    """Compiled relative patterns: list of (regex, spec, keys).

    ``keys`` are literal strings one of which every match contains (season or
    unit words); a text without any of them skips the pattern, which keeps
    the ~50 relative patterns per language cheap on ordinary text.
    """
    out = []
    lead, tail = _word_edges(lang)
    nums = T.NUMBER_WORDS.get(lang, {})
    # Chinese tens in numerals ("二十年前", "三十五天后"), before the single words
    han_tens = r"[一二三四五六七八九]?十[一二三四五六七八九]?|" if lang == "zh" else ""
    # the count words prefix-factored: a flat list of one .. ninety-nine made
    # every numbered pattern ~5x slower (same matches, see newsline.trie)
    num_alt = r"(?P<num>\d{1,3}|" + han_tens + (trie_regex(nums) or "(?!x)x") + ")"
    # a count is never the tail of a longer number ("2020年前" is "before
    # 2020", not "020 years ago"): in the unspaced scripts, where no word
    # boundary says so, a digit before it refuses it
    num_lead = {"zh": r"(?<![\d〇零一二三四五六七八九十百千万两])", "th": r"(?<!\d)"}.get(lang, "")
    for unit, words in T.UNIT_WORDS.get(lang, {}).items():
        ualt = _alt(words)
        for pat, sign, mode in T.NUMBERED_RELATIVE.get(lang, []):
            p = pat.replace("{NUM}", num_lead + num_alt).replace("{UNIT}", ualt)
            keys = tuple(_literal_stem(w) for w in words)
            out.append(
                (re.compile(lead + p + tail, re.IGNORECASE), ("num", unit, sign, mode), keys)
            )
    for pat, unit, n, mode in T.RELATIVE.get(lang, []):
        out.append(
            (
                re.compile(lead + "(?:" + pat + ")" + tail, re.IGNORECASE),
                ("unit", unit, n, mode),
                (),
            )
        )
    for pat in T.NOWADAYS.get(lang, []):
        out.append((re.compile(lead + "(?:" + pat + ")" + tail, re.IGNORECASE), ("nodate",), ()))
    for season, words in T.SEASON_WORDS.get(lang, {}).items():
        salt = _alt(words)
        for pat, k, mode in T.SEASON_PATTERNS.get(lang, []):
            out.append(
                (
                    re.compile(lead + pat.replace("{S}", salt) + tail, re.IGNORECASE),
                    ("season", season, k, mode),
                    tuple(_literal_stem(w) for w in words),
                )
            )
    return out


@functools.cache
def _same_day_re() -> re.Pattern[str]:
    pats = [
        pat
        for lang in T.LANGS
        for pat, unit, n, mode in T.RELATIVE.get(lang, [])
        if unit == "day" and n == 0 and mode == "anaphoric"
    ]
    return re.compile("|".join(f"(?:{p})" for p in pats), re.IGNORECASE)


def says_same_day(surface: str) -> bool:
    """Is the date expression ``surface`` 'the same day' of a date just told
    ("On the same day", "Ese mismo día", "Le même jour", "Cùng ngày", "当天",
    "วันเดียวกัน"), in any table language?"""
    return bool(surface) and _same_day_re().search(surface) is not None


def _opt_re(pattern: str | None):
    return re.compile(pattern, re.IGNORECASE) if pattern else None


@functools.cache
def _cue_regexes(lang: str):
    def tail_re(words):  # a cue word ending right before a position
        return re.compile(r"(?:^|[^\w])" + _alt(words) + r"\s*$", re.IGNORECASE) if words else None

    def head_re(words):  # a cue word starting right after a position
        return re.compile(r"^\s*" + _alt(words) + r"(?![^\W\d_])", re.IGNORECASE) if words else None

    thai_zh = lang in ("th", "zh")

    def tail_any(words):
        if not words:
            return None
        if thai_zh:
            return re.compile(_alt(words) + r"\s*$", re.IGNORECASE)
        return tail_re(words)

    def head_any(words):
        if not words:
            return None
        if thai_zh:
            return re.compile(r"^\s*" + _alt(words), re.IGNORECASE)
        return head_re(words)

    def anywhere_any(words):  # a cue word anywhere (whole words where words are spaced)
        if not words:
            return None
        if thai_zh:
            return re.compile(_alt(words), re.IGNORECASE)
        return re.compile(r"(?:^|[^\w'’])" + _alt(words) + r"(?![^\W\d_])", re.IGNORECASE)

    def whole(pattern):  # a pattern matched as whole words only
        return r"(?<![^\W\d_])(?:" + pattern + r")(?![^\W\d_])"

    tense = {}
    for t, pos in T.TENSE_CUES.get(lang, {}).items():
        tense[t] = (tail_any(pos.get("before")), head_any(pos.get("after")))
    myr_after = [
        (head_any([p]), v)
        for p, where, v in T.MONTH_YEAR_RELATIVE.get(lang, [])
        if where == "after"
    ]
    myr_before = [
        (tail_any([p]), v)
        for p, where, v in T.MONTH_YEAR_RELATIVE.get(lang, [])
        if where == "before"
    ]
    sep = [s for s in T.RANGE_SEP.get(lang, [])]
    wds = T.weekday_names(lang)
    wd_alt = _weekday_alt(lang)
    return {
        "daycue": tail_any(T.NUMERIC_DAY_CUES.get(lang, [])),
        "daycue_clause_end": tail_any(T.NUMERIC_DAY_CUES_CLAUSE_END.get(lang, [])),
        "dashcue": tail_any(T.NUMERIC_DAY_DASH_CUES.get(lang, [])),
        "decade": tail_any(T.DECADE_BEFORE.get(lang, [])),
        "blocked": tail_any(T.RELATIVE_BLOCKED_BEFORE.get(lang, [])),
        "unblocked": tail_any(T.RELATIVE_UNBLOCKED_BEFORE.get(lang, [])),
        # (a first weekday told as this week's, "วันศุกร์นี้ถึงวันอาทิตย์", names
        # days ahead: group "this")
        "wd_span": re.compile(
            wd_alt
            + (
                r"(?P<this>\s*" + _alt(T.WEEKDAY_FUTURE_AFTER[lang]) + r")?"
                if T.WEEKDAY_FUTURE_AFTER.get(lang)
                else ""
            )
            + r"\s*"
            + _alt(T.RANGE_SEP.get(lang, []))
            + r"\s*$",
            re.IGNORECASE,
        )
        if wds
        else None,
        # the second weekday of a pair ("lundi et mardi", "el lunes y el martes")
        "wd_span_and": re.compile(
            wd_alt + r"\s*" + _alt(T.RANGE_AND.get(lang, [])) + r"\s*(?:(?:el|le|the)\s+)?$",
            re.IGNORECASE,
        )
        if wds and T.RANGE_AND.get(lang)
        else None,
        "wd_night": tail_any(T.WEEKDAY_NIGHT_BEFORE.get(lang, [])),
        "wd_night_into": _opt_re(T.WEEKDAY_NIGHT_INTO.get(lang)),
        "day_of_a_happening": _opt_re(T.DAY_OF_A_HAPPENING_AFTER.get(lang)),
        "wd_sep_gap": re.compile(
            r"\s*" + _alt(T.RANGE_SEP.get(lang, [])) + r"\s*(?:(?:el|le|the)\s+)?",
            re.IGNORECASE,
        )
        if T.RANGE_SEP.get(lang)
        else None,
        "duration": head_any(T.DURATION_AFTER.get(lang, [])),
        "count_after": head_any(T.COUNT_NOUNS_AFTER.get(lang, [])),
        "named_event": (
            (
                re.compile(T.RELATIVE_TO_NAMED_EVENT[lang]["next"], re.IGNORECASE),
                tuple(T.RELATIVE_TO_NAMED_EVENT[lang]["words"]),
            )
            if lang in T.RELATIVE_TO_NAMED_EVENT
            else (None, ())
        ),
        "year_intro": tail_any(T.YEAR_INTRO_BEFORE.get(lang, [])),
        "street_after": (
            re.compile(r"^\s+" + _alt(T.STREET_AFTER[lang])) if lang in T.STREET_AFTER else None
        ),
        "this_year": anywhere_any(T.THIS_YEAR_IN_SENTENCE.get(lang, [])),
        "sentence_future": anywhere_any(T.SENTENCE_FUTURE.get(lang, [])),
        "originally": anywhere_any(T.ORIGINALLY_BEFORE.get(lang, [])),
        "sentence_past": _search_unless(
            anywhere_any(T.SENTENCE_PAST.get(lang, [])), T.SENTENCE_PAST_NOT.get(lang)
        ),
        "past_verb": (
            (
                re.compile(
                    whole(T.PAST_VERB[lang])
                    + (
                        r"(?=\s+(?:" + T.PAST_VERB_THEN[lang] + r")(?![^\W\d_]))"
                        if lang in T.PAST_VERB_THEN
                        else ""
                    )
                ),
                re.compile(whole(T.PAST_VERB_OBJECT_AHEAD[lang]), re.IGNORECASE),
                re.compile(whole(T.PAST_VERB_GAP_AHEAD[lang]), re.IGNORECASE),
            )
            if lang in T.PAST_VERB
            else (None, None, None)
        ),
        "happened": anywhere_any(T.HAPPENED_BETWEEN.get(lang, [])),
        "happened_after": head_any(T.HAPPENED_AFTER.get(lang, [])),
        "moved_from": tail_re(T.MOVED_FROM.get(lang, [])),
        "lunar_after": head_any(T.LUNAR_CALENDAR.get(lang, {}).get("after", [])),
        "lunar_before": tail_any(T.LUNAR_CALENDAR.get(lang, {}).get("before", [])),
        "place_before": _opt_re(T.PLACE_NAMED_FOR_A_DATE.get(lang, {}).get("before")),
        "place_after": _opt_re(T.PLACE_NAMED_FOR_A_DATE.get(lang, {}).get("after")),
        "tense": tense,
        "myr_after": myr_after,
        "myr_before": myr_before,
        "sep": re.compile(
            r"^\s*" + _alt(sep) + r"\s*(?:" + _alt(["ngày", "el", "le", "วันที่"]) + r"\s+)?$",
            re.IGNORECASE,
        ),
        # "until 4 a.m. on", "đến 2h ngày", "hasta las 6.00 del": a range word
        # with a clock time after it (or before it: "22 h au")
        "sep_time": (
            re.compile(
                r"^\s*(?:(?:" + clock["time"] + r")\s*,?\s*)?"
                + _alt(sep)
                + r"\s*(?:" + clock["time"] + r")\s*,?\s*(?:" + _alt(clock["link"] or ["(?!)"]) + r"\s*)?$"
                r"|^\s*(?:" + clock["time"] + r")\s*,?\s*" + _alt(sep) + r"\s*(?:" + _alt(["ngày", "el", "le", "วันที่"]) + r"\s+)?$",
                re.IGNORECASE,
            )
            if (clock := T.CLOCK_TIME.get(lang))
            else None
        ),
        # "and" with a clock time after it, a range's second end after
        # "between" ("between 11 p.m. last night and 2 a.m. today")
        "and_time": (
            re.compile(
                r"^\s*(?:(?:" + clock["time"] + r")\s*,?\s*)?"
                + _alt(T.RANGE_AND.get(lang, ["(?!)"]))
                + r"\s*(?:" + clock["time"] + r")\s*,?\s*(?:" + _alt(clock["link"] or ["(?!)"]) + r"\s*)?$",
                re.IGNORECASE,
            )
            if (clock := T.CLOCK_TIME.get(lang))
            else None
        ),
        # between two weekdays told with their clock times ("11 p.m. Saturday
        # to 5 a.m. Sunday", "las 22.00 del sábado hasta las 6.00 del
        # domingo", "22 h samedi à 6 h dimanche"), and the time before the first
        "wd_time_gap": (
            re.compile(
                r"\s*,?\s*" + _alt(sep) + r"\s*(?:" + clock["time"] + r")\s*,?\s*(?:"
                + _alt([*clock["link"], "the", "el", "le"]) + r"\s+)?",
                re.IGNORECASE,
            )
            if (clock := T.CLOCK_TIME.get(lang))
            else None
        ),
        "wd_time_before": (
            re.compile(
                r"(?:" + clock["time"] + r")\s*,?\s*(?:" + _alt(clock["link"] or ["(?!)"]) + r"\s*)?$",
                re.IGNORECASE,
            )
            if (clock := T.CLOCK_TIME.get(lang))
            else None
        ),
        "sep_ends_clause": _opt_re(T.RANGE_SEP_ENDS_CLAUSE.get(lang)),
        "and": re.compile(
            r"^\s*"
            + _alt(T.RANGE_AND.get(lang, []))
            + r"\s*(?:"
            + _alt(["ngày", "năm", "el", "le", "วันที่"])
            + r"\s+)?$",
            re.IGNORECASE,
        ),
        "open": tail_any(T.RANGE_OPEN.get(lang, [])),
        "and_open": anywhere_any(T.RANGE_AND_OPEN.get(lang, [])),
        "close": head_any(T.RANGE_CLOSE.get(lang, [])),
        "wd_before": [(tail_any([p]), d) for p, d in T.WEEKDAY_BEFORE.get(lang, [])],
        "wd_after": [(head_any([p]), d) for p, d in T.WEEKDAY_AFTER.get(lang, [])],
        "wd_future": anywhere_any(T.WEEKDAY_FUTURE_BEFORE.get(lang, [])),
        "wd_time_limit": (
            anywhere_any(T.TIME_LIMIT_AHEAD.get(lang, [])),
            T.TIME_LIMIT_GATE.get(lang, ()),
        ),
        "until_goes_on": _opt_re(T.UNTIL_AFTER_A_COMMA.get(lang)),
        "scheduled": anywhere_any(T.SCHEDULED_PRESENT.get(lang, [])),
        "in_force_before": _opt_re(T.IN_FORCE_FROM.get(lang, {}).get("before")),
        "in_force_after": _opt_re(T.IN_FORCE_FROM.get(lang, {}).get("after")),
        "condition": anywhere_any(T.CONDITION_BEFORE.get(lang, [])),
        "wd_future_after": head_any(T.WEEKDAY_FUTURE_AFTER.get(lang, [])),
        "reported": anywhere_any(T.REPORTED_SPEECH.get(lang, [])),
        "clause_and": anywhere_any(T.CLAUSE_AND.get(lang, [])),
        "wd_future_past": anywhere_any(T.WEEKDAY_FUTURE_IN_PAST_BEFORE.get(lang, [])),
        "wd_day_after": _opt_re(T.WEEKDAY_DAY.get(lang, {}).get("after")),
        "wd_day_before": _opt_re(T.WEEKDAY_DAY.get(lang, {}).get("before")),
        "wd_day_close": _opt_re(T.WEEKDAY_DAY.get(lang, {}).get("close")),
        "wd_day_next": (
            re.compile(
                r"\s*(?:$|[,.;:!?)\]»”\"–—]|"
                + _alt(T.WEEKDAY_DAY_NEXT[lang]).replace(" ", r"\s+")
                + r"(?:(?<=['’])|(?![^\W\d_])))",
                re.IGNORECASE,
            )
            if T.WEEKDAY_DAY_NEXT.get(lang)
            else None
        ),
        "wd_blocked": tail_any(
            T.WEEKDAY_BLOCKED_BEFORE.get(lang, []) + T.WEEKDAY_NAMED_BEFORE.get(lang, [])
        ),
        "wd_named_after": (
            re.compile(_alt(T.WEEKDAY_NAMED_AFTER[lang]) + r"(?![^\W\d_])", re.IGNORECASE)
            if lang in T.WEEKDAY_NAMED_AFTER
            else None
        ),
        "wd_cue": tail_any(T.WEEKDAY_CUE_BEFORE.get(lang, [])),
        "wd_gated": re.compile(T.WEEKDAY_GATED[lang], re.IGNORECASE)
        if lang in T.WEEKDAY_GATED
        else None,
        "wd_next_wd": re.compile(
            r"^\s*" + _alt(T.RANGE_SEP.get(lang, [])) + r"\s*" + wd_alt,
            re.IGNORECASE,
        )
        if wds
        else None,
        # a weekday right before a numeric day and month ("wdnum" patterns)
        "wd_before_num": re.compile(
            r"(?<![^\W\d_])(?P<wdn>"
            + wd_alt
            + "".join("|" + re.escape(a.rstrip(".")) for a in T.WEEKDAY_ABBREVIATED.get(lang, {}))
            + r")\.?\s*[,(]?\s*$",
            re.IGNORECASE,
        )
        if wds
        else None,
        "wd_join": re.compile(
            r"[\s,]*(?:" + _alt(T.WEEKDAY_DATE_JOIN.get(lang, [])) + r"\s*)?",
            re.IGNORECASE,
        ),
    }


# ---------------------------------------------------------------------------
# Language segments
# ---------------------------------------------------------------------------

_THAI_CH = re.compile(r"[\u0E00-\u0E7F]")
# Hiragana and katakana: Japanese, whose Han dates the Chinese table reads.
_KANA = re.compile(r"[\u3040-\u30FF]")
_HAN_CH = re.compile(r"[\u3400-\u4DBF\u4E00-\u9FFF]")
_LETTER = re.compile(r"[^\W\d_]")
_LETTER_WORD = re.compile(r"[^\W\d_]+")
# Any character of _THAI_CH or _HAN_CH; and the exact complement of _LETTER
# (every character is one or the other), fewer to list in Thai or Chinese text.
_THAI_OR_HAN = re.compile(r"[\u0E00-\u0E7F\u3400-\u4DBF\u4E00-\u9FFF]")
_NON_LETTER = re.compile(r"[\W\d_]")


def _script_lang(s: str) -> str | None:
    if s.isascii() or _THAI_OR_HAN.search(s) is None:
        return None  # no Thai or Han letter
    thai = len(_THAI_CH.findall(s))
    han = len(_HAN_CH.findall(s))
    if thai < 2 and han < 2:
        return None
    latin = len(s) - len(_NON_LETTER.findall(s)) - thai - han
    if thai > max(han, latin) * 0.5 and thai >= 2:
        return "th" if thai >= han else "zh"
    if han > latin * 0.3 and han >= 2:
        return "zh"
    return None


_VI_MARKS = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.IGNORECASE)


def guess_lang(s: str) -> str:
    """Cheap guess by script, then Vietnamese marks, then stop words."""
    sl = _script_lang(s)
    if sl:
        return sl
    if len(_VI_MARKS.findall(s)) >= max(2, len(s) // 200):
        return "vi"
    words = re.findall(r"[^\W\d_]+", s.lower())[:2000]
    best, score = "en", 0
    for lang, sw in T.STOPWORDS.items():
        n = sum(1 for w in words if w in sw)
        if n > score:
            best, score = lang, n
    return best


def lang_segments(text: str, lang: str | None) -> list[tuple[int, int, str]]:
    """Split text into (start, end, lang) runs of lines; script overrides ``lang``."""
    segs: list[tuple[int, int, str]] = []
    overall: str | None = None
    prev: str | None = None
    pos = 0
    for line in text.splitlines(keepends=True):
        end = pos + len(line)
        lg = _script_lang(line) or lang
        if lg is None:
            # unknown language: guess per line, short lines follow their neighbour
            if len(line.split()) >= 4:
                lg = guess_lang(line)
            else:
                if overall is None:
                    overall = guess_lang(text[:20000])
                lg = prev or overall
        prev = lg
        if segs and segs[-1][2] == lg and segs[-1][1] == pos:
            segs[-1] = (segs[-1][0], end, lg)
        else:
            segs.append((pos, end, lg))
        pos = end
    return segs


# ---------------------------------------------------------------------------
# Candidates
# ---------------------------------------------------------------------------


def _month_of(name: str | None, lang: str) -> int | None:
    if not name:
        return None
    mons = T.month_names(lang)
    n = name.lower().rstrip(".")
    got = mons.get(n) or mons.get(n + ".")
    if got is None and lang == "th" and n in T.TH_MONTH_UNDOTTED:
        got = T.TH_MONTH_UNDOTTED.index(n) + 1  # "ตค": "ต.ค." typed without its dots
    return got


def _valid_day(y: int | None, m: int | None, d: int | None) -> bool:
    if d is None or m is None:
        return True
    if not 1 <= m <= 12:
        return False
    last = calendar.monthrange(y if y else 2000, m)[1]  # 2000: leap year allows 29/2
    return 1 <= d <= last


def _convert_year(
    y: int | None,
    era: str | None,
    lang: str,
    st: DateSettings,
    roc: bool = False,
    japanese_era: str | None = None,
):
    """(ce_year, kind_override, note); ``roc``: ``y`` is a year of the
    Republic of China (Minguo) calendar, or of the Japanese era
    ``japanese_era`` ("令和") when one is named."""
    if y is None:
        return None, None, None
    if roc:
        if japanese_era:
            offset, top = T.JAPANESE_ERA[japanese_era]
            kind, label = "japanese_era", japanese_era
        else:
            offset, top, kind, label = T.ROC_ERA_OFFSET, T.ROC_MAX_YEAR, "roc_era", "ROC"
        ce = y + offset
        if not 1 <= y <= top or not st.min_year <= ce <= st.max_year:
            return (
                None,
                "impossible",
                f"{label} year {y} would be {ce} CE: impossible, not converted",
            )
        return ce, kind, f"{label} year {y} = {ce} CE"
    is_be = False
    if era:
        e = era.replace(" ", "")
        if any(re.fullmatch(b, e, re.IGNORECASE) for b in T.BUDDHIST_ERA):
            is_be = True
    elif lang in T.BUDDHIST_ERA_DEFAULT and y >= T.BUDDHIST_ERA_DEFAULT[lang]:
        is_be = True
    ce = y - 543 if is_be else y
    if not st.min_year <= ce <= st.max_year:
        label = "B.E." if is_be else "year"
        return None, "impossible", f"{label} {y} would be {ce} CE: impossible, not converted"
    return ce, ("buddhist_era" if is_be else None), (f"B.E. {y} = {ce} CE" if is_be else None)


def _place_named_for_a_date(cues, lang: str, g: dict, before: str, after: str) -> bool:
    """The date is part of a name ("pont du 6 Octobre", "the October 6
    Bridge", "cầu 2 Tháng 9"): T.PLACE_NAMED_FOR_A_DATE. Only a date with
    its month."""
    rb, ra = cues["place_before"], cues["place_after"]
    month = g.get("mon") or g.get("m")
    if not month:
        return False  # a year ("In 2014 Street artists ...") names no place
    if not ((rb is not None and rb.search(before)) or (ra is not None and ra.match(after))):
        return False
    if T.PLACE_NAMED_FOR_A_DATE[lang].get("capital"):
        return month[:1].isupper()
    return True


def _first_name_for_a_month(mt: re.Match[str], lang: str, norm: str) -> bool:
    """Is the match's last word a month word that is a first name before a
    surname here (T.MONTH_ALSO_A_FIRST_NAME: "9 Jan Koller")?"""
    names = T.MONTH_ALSO_A_FIRST_NAME.get(lang)
    if not names:
        return False
    g = mt.groupdict()
    key = "mon2" if g.get("mon2") else "mon"
    return (
        g.get(key) in names
        and mt.end(key) == mt.end()
        and re.match(T.FIRST_NAME_THEN_SURNAME, norm[mt.end() :]) is not None
    )


# A date that closes its clause (T.NUMERIC_DAY_CUES_CLAUSE_END).
_CLOSES_ITS_CLAUSE = re.compile(r"\s*(?:[.;,!?)\n]|$)")


def _date_candidates(
    norm: str,
    s0: int,
    s1: int,
    lang: str,
    st: DateSettings,
    traditional: bool = True,
    low: str | None = None,
) -> list[Cand]:
    """Table matches in ``norm[s0:s1]``. ``traditional``: the text is written
    in Traditional Chinese characters (Taiwan, where an era-less two-digit
    year before a month and day is an ROC year); False for a text in
    Simplified ones, where "24年2月5日" is 2024's, shortened. ``low``:
    ``gate_text(norm[s0:s1])`` when the caller has it."""
    cues = _cue_regexes(lang)
    out: list[Cand] = []
    bad_days: list[tuple[int, int]] = []  # spans of dates with an impossible day
    gate_tests = _gate_plan(lang)[0]
    have = _gate_bits(gate_tests, gate_text(norm[s0:s1]) if low is None else low)
    # only the patterns that can match in this segment
    absolute_passing, relative_passing = _passing(lang, have)
    fewer = _without_digit_runs(lang, absolute_passing)
    if fewer is not None and _DIGIT_RUN.search(norm, s0, s1) is None:
        absolute_passing = fewer  # no year's digits: no pattern that needs them
    absolute_passing = _without_absent_letters(lang, absolute_passing, norm, s0, s1)
    compiled = _compiled(lang)
    for rx, flags in (compiled[i] for i in absolute_passing):
        for mt in rx.finditer(norm, s0, s1):
            g = mt.groupdict()
            start, end = mt.start(), mt.end()
            if g.get("pre") is not None:
                start = mt.end("pre")
            last_mon = "mon2" if g.get("mon2") else "mon"
            if (
                norm[end - 1 : end] == "."
                and g.get(last_mon)
                and mt.end(last_mon) == end - 1
                and g[last_mon].lower() in T.full_month_names(lang)
            ):
                end -= 1  # "le 3 mars." : the sentence's period, no abbreviation's
            before = norm[max(s0, start - 24) : start]
            after = norm[end : min(s1, end + 16)]
            if lang in T.MONTH_NEEDS_CAPITAL and any(
                g.get(k) and not g[k][:1].isupper() for k in ("mon", "mon2", "wd")
            ):
                continue
            if _first_name_for_a_month(mt, lang, norm):
                continue
            if (cues["lunar_after"] and cues["lunar_after"].match(after)) or (
                cues["lunar_before"] and cues["lunar_before"].search(before)
            ):
                continue  # a lunar-calendar day or month
            if _place_named_for_a_date(cues, lang, g, before, after):
                continue
            if "weekday" in flags:
                c = _weekday_cand(norm, s0, s1, lang, mt, cues)
                if c is not None:
                    out.append(c)
                continue
            if "cue" in flags:
                # "dashcue": a day-month joined by a dash, a score or a count
                # unless a word of NUMERIC_DAY_DASH_CUES stands before it
                cue = cues["dashcue"] if "dashcue" in flags else cues["daycue"]
                core = norm[start:end]
                if (
                    not (cue and cue.search(before))
                    and not re.match(r"(?i)ngày|hôm", core)
                    and not (
                        "dashcue" not in flags
                        and cues["daycue_clause_end"]
                        and cues["daycue_clause_end"].search(before)
                        and _CLOSES_ITS_CLAUSE.match(after)
                    )
                ):
                    continue
                if (share := T.NUMERIC_DAY_SHARE_AFTER.get(lang)) and re.match(share, after):
                    continue  # "cuộc bầu cử 2/3 số ghế": a share of the seats
            if "yyalone" in flags:
                # told in the past ("llegó en el 98"; a number in the present
                # is a house, a rate: "vive en el 45"), not a match's minute
                # ("empató en el 89")
                a, b = _sentence_around(norm, start, end)
                sentence = norm[a:b]
                not_in = _two_digit_year_not_in(lang)
                if (not_in is not None and not_in.search(sentence)) or not any(
                    rx is not None and rx.search(sentence)
                    for rx in (cues["sentence_past"], cues["past_verb"][0])
                ):
                    continue
            wd_num = None
            if "wdnum" in flags:
                wd_num = cues["wd_before_num"] and cues["wd_before_num"].search(before)
                if not wd_num:
                    continue  # a bare "4/3" only right after its weekday
            if "stampline" in flags and not _stamp_line_day(norm, start, end):
                continue  # only opening a stamp line (see _STAMP_LINE_CLOCK)
            timed_label = False
            if "listlabel" in flags:  # only as a list item's label (see _LIST_LABEL_BEFORE)
                line = max(s0, norm.rfind("\n", 0, start) + 1)
                if not (
                    _LIST_LABEL_BEFORE.search(norm[max(line, start - 8) : start])
                    or not norm[line:start].strip()
                ) or not _LIST_LABEL_AFTER.match(norm, end):
                    # ... or a date told with a clock time ("at 23:45 on 3/4")
                    if not _timed_numeric_date(norm, s0, s1, start, end, lang):
                        continue
                    timed_label = True
            if "wire" in flags:  # only as an opening dateline's date
                line = max(s0, norm.rfind("\n", 0, start) + 1)
                # an agency's mark after it, or a place in capitals, a comma
                # and a dash ("HÀ NỘI, 5/3 – ..."): the two dateline forms
                # _opens_dateline knows
                wire_after = norm[end : end + 40]
                if not _dateline_place(norm[line:start]) or not (
                    DATELINE_AFTER.match(wire_after) or caps_dateline(norm[line:start], wire_after)
                ):
                    continue
            try:
                y = int(g["y"]) if g.get("y") and g["y"].isdigit() else han_number(g.get("y") or "")
                yy = None
                if g.get("yy") and lang in T.TWO_DIGIT_YEAR_BASE:  # "3 มี.ค. 67"
                    y = T.TWO_DIGIT_YEAR_BASE[lang] + int(g["yy"])
                elif g.get("yy"):  # "le 19 mars 62": its century from publication
                    yy = int(g["yy"])
                if g.get("cy"):  # a financial code's year ("3Q24", "FY24"): this century
                    y = 2000 + int(g["cy"])
                roc = g.get("ry") is not None  # a Minguo year ("民國113年")
                if roc and not traditional and len(g["ry"]) == 2 and norm[start].isdigit():
                    # Simplified script, no era word: the mainland's short year
                    # ("24年2月5日"), its century from publication as "le 19 mars 62"
                    roc, yy, y = False, int(g["ry"]), None
                if roc:
                    # "令和元年": an era's first year
                    y = 1 if g.get("jera") and g["ry"] == "元" else han_number(g["ry"])
                    if y is None:
                        continue
                y2 = int(g["y2"]) if g.get("y2") else None
                if g.get("cy2") and y is not None:  # "FY2024-25": the same century
                    y2 = y // 100 * 100 + int(g["cy2"])
                if (
                    (g.get("cy2") or g.get("y2"))
                    and ("fiscal" in flags or "season" in flags)
                    and y2 != (y or 0) + 1
                ):
                    continue  # a fiscal year or a season spans two years running
                roc2 = g.get("ry2") is not None  # "民國108年至110年"
                if roc2:
                    y2 = han_number(g["ry2"])
                    if y2 is None:
                        continue
                if lang == "zh":
                    m = han_number(g.get("m") or "") if g.get("m") else None
                    d = han_number(g.get("d") or "") if g.get("d") else None
                else:
                    m = int(g["m"]) if g.get("m") else _month_of(g.get("mon"), lang)
                    d = g.get("d")
                    if d is not None:
                        d = int(d) if d.isdigit() else T.DAY_ORDINAL_WORDS[lang][d.lower()]
                if lang == "zh":
                    m2 = han_number(g["m2"]) if g.get("m2") else None
                    d2 = han_number(g["d2"]) if g.get("d2") else None
                else:
                    m2 = int(g["m2"]) if g.get("m2") else _month_of(g.get("mon2"), lang)
                    d2 = int(g["d2"]) if g.get("d2") else None
            except (TypeError, ValueError):
                continue
            if g.get("rm"):  # a month in Roman numerals ("3.IV.1921")
                m = T.ROMAN_MONTHS[g["rm"]]
            if "dayonly" in flags:
                if d is None or not 1 <= d <= 31:
                    continue
                if norm[end - 1] == "号" and _KANA.search(norm, s0, s1):
                    continue  # Japanese read by the Chinese table: 号 numbers things ("台風10号")
                out.append(Cand(start, end, lang, kind="dayonly", d=d, gran="day"))
                if "aftermonth" in flags:
                    out[-1].extra["aftermonth"] = True
                continue
            if g.get("q"):  # a quarter: its three months
                q = T.QUARTER_WORDS[lang].get(g["q"].lower())
                if q is None:
                    continue
                m, m2 = 3 * q - 2, 3 * q
            if g.get("cua") or g.get("bim"):  # four or two months: the n-th such
                size = 4 if g.get("cua") else 2
                n = T.QUARTER_WORDS[lang].get((g.get("cua") or g["bim"]).lower())
                if n is None or n * size > 12:
                    continue
                m, m2 = size * n - size + 1, size * n
            if g.get("fm") or g.get("fq"):  # the first months of a year, from January
                raw = g.get("fm") or g.get("fq")
                n = _count_of(raw, lang)
                if n is None and lang == "zh":
                    n = han_number(raw)
                n = n * 3 if n and g.get("fq") else n
                if not n or not 2 <= n <= 11:
                    continue
                m, m2 = 1, n
            # the end or the start of a year ("ye": a noun, "ye2": "late"/"early"):
            # its last or first month
            if g.get("ye") or g.get("ye2"):
                m = T.YEAR_EDGE[lang].get((g.get("ye") or g["ye2"]).lower())
                if m is None:
                    continue
            if g.get("sea"):  # a season of a named year: its three months
                m, m2 = T.season_months_of_word(lang, g["sea"])
            if g.get("win"):  # a winter of two years: December to February
                m, m2 = T.SEASON_MONTHS["winter"]
            if g.get("h"):  # a half-year: its six months
                h = T.HALF_WORDS[lang].get(g["h"].lower()) or T.HALF_CODE_DIGITS.get(g["h"])
                if h is None:
                    continue
                m, m2 = 6 * h - 5, 6 * h
            if m is not None and not 1 <= m <= 12:
                continue
            if (g.get("mon") or g.get("mon2")) and m is None and m2 is None:
                continue
            # decades ("những năm 1990", "the 1990s") and quantities ("2018 personas")
            only_year = y is not None and m is None and d is None and d2 is None and m2 is None
            if only_year:
                ys = mt.start("y") if g.get("y") else start
                # (a span of years after "the" is none: "the 2024-25 school year")
                if (
                    cues["decade"]
                    and "yearnoun" not in flags
                    and not (g.get("y2") or g.get("cy2"))
                    and cues["decade"].search(norm[max(s0, ys - 24) : ys])
                ):
                    continue
                # "the 1990s", "the 1980's": a decade ends in 0; "in 2023's
                # final months" is the year's (POSSESSIVE_YEAR_CUES)
                if re.match(r"年代|年前|年后", norm[end : end + 3]):
                    continue
                if re.match(r"['’]?s\b", norm[end : end + 3]) and (
                    y % 10 == 0
                    or not re.fullmatch(
                        _alt(T.POSSESSIVE_YEAR_CUES.get(lang, [])),
                        (g.get("pre") or "").strip(" '’"),
                        re.IGNORECASE,
                    )
                ):
                    continue
                if cues["duration"] and cues["duration"].match(after):
                    continue
                wide_after = norm[end : min(s1, end + 48)]
                if cues["street_after"] and cues["street_after"].match(wide_after):
                    continue  # "1909 Jolinda Drive": a house number
                if (
                    cues["count_after"]
                    and cues["count_after"].match(after)
                    and not (cues["year_intro"] and cues["year_intro"].search(before))
                ):
                    continue  # "1920 pixels", "2000 police": a count
                if (
                    g.get("era") is None
                    and not roc
                    and not (st.min_bare_year <= y <= st.max_bare_year)
                    and lang not in T.BUDDHIST_ERA_DEFAULT
                ):
                    continue
            if g.get("nth") and (g.get("nwd") or g.get("nwe")):
                # the day hangs on the year: a stand-in first day until the
                # year is known (_nth_weekday_day); a weekend ("the last
                # weekend of October") is its Saturday's, and the Sunday after
                nth = T.NTH_WEEKDAY[lang].get(" ".join(g["nth"].lower().split()))
                nwd = (
                    5
                    if g.get("nwe")
                    else T.weekday_names(lang).get(" ".join(g["nwd"].lower().split()))
                )
                if g.get("relm") and nth is not None and nwd is not None:
                    # "the last Friday of this month": counted from now
                    relm = g["relm"]
                    k = (
                        1
                        if re.search(T.NTH_WEEKDAY_MONTH_AHEAD, relm, re.IGNORECASE)
                        else -1
                        if re.search(T.NTH_WEEKDAY_MONTH_BEHIND, relm, re.IGNORECASE)
                        else 0
                    )
                    rel = ("unit", "month_nth_weekday", k, "deictic")
                    c = Cand(start, end, lang, kind="relative", gran="day", rel=rel)
                    c.extra["nth_wd"] = (nth, nwd)
                    out.append(c)
                    continue
                if nth is None or nwd is None or m is None:
                    continue
                yearly = T.NTH_WEEKDAY_YEARLY_BEFORE.get(lang)
                if (cues["wd_blocked"] and cues["wd_blocked"].search(before)) or (
                    yearly and re.search(yearly, norm[max(s0, start - 30) : start], re.IGNORECASE)
                ):
                    # "ทุกวันอังคารที่สองของเดือนมีนาคม" (every second Tuesday
                    # of March): a habit, no date; the span is claimed
                    out.append(Cand(start, end, lang, kind="no_date"))
                    continue
                d = 1
            if d is not None and m is None and m2 is None:
                continue
            kind = "absolute"
            cy, k1, note = _convert_year(y, g.get("era"), lang, st, roc, g.get("jera"))
            cy2, k2, note2 = _convert_year(y2, g.get("era2"), lang, st, roc2)
            if y2 is not None and m is None and m2 is None and d is None and d2 is None:
                # a span of bare years runs forward, within a century, between
                # years a text names ("1900-1508" is a hotline)
                if y is None or cy is None or cy2 is None or not 0 < y2 - y <= 100:
                    continue
                if not (roc or g.get("era")) and not (
                    st.min_bare_year <= cy and cy2 <= st.max_bare_year
                ):
                    continue
            if k1 == "impossible" or k2 == "impossible":
                kind = "impossible"
                note = note if k1 == "impossible" else note2
            elif k1 in ERA_KINDS or k2 in ERA_KINDS:
                kind = k1 if k1 in ERA_KINDS else k2
            is_range = d2 is not None or m2 is not None or y2 is not None
            if is_range:
                # fill missing parts of each end from the other end
                # "del 30 al 2 de julio", "30-2/7": the first day is in the
                # month before (30 June to 2 July)
                back = m is None and m2 is not None and d is not None and d2 is not None and d > d2
                if m is None:
                    m = m2
                if m2 is None:
                    m2 = m
                    if d is not None and d2 is not None and d2 <= d:
                        continue  # "7月30至2日": days of one month run forward
                if (
                    cy is None
                    and y2 is not None
                    and not back
                    and m2 is not None
                    and (m, d or 0) > (m2, d2 or 0)
                ):
                    # only the end's year written, the months wrapping ("từ
                    # 30/12 đến 2/1/2029"): the start is in the year before
                    cy = cy2 - 1
                if cy is None:
                    cy = cy2
                if cy2 is None:
                    cy2 = cy
                if back:
                    m = m - 1 if m > 1 else 12
                    if m == 12 and cy is not None and y is None:
                        cy -= 1
                if d2 is None and d is not None and m2 == m:
                    d2 = d
            if not _valid_day(cy, m, d) or (is_range and not _valid_day(cy2, m2, d2)):
                bad_days.append((start, end))
                continue
            gran = "day" if d is not None else "month" if m is not None else "year"
            c = Cand(
                start,
                end,
                lang,
                kind=kind,
                y=cy,
                m=m,
                d=d,
                y2=cy2 if is_range else None,
                m2=m2 if is_range else None,
                d2=d2 if is_range else None,
                gran=gran,
                era=g.get("era"),
                note=note,
                is_range=is_range,
            )
            if g.get("wd"):
                wd = T.weekday_names(lang).get(" ".join(g["wd"].lower().split()))
                if wd is not None:
                    c.extra["wd"] = wd
            if g.get("nth") and (g.get("nwd") or g.get("nwe")):
                c.extra["nth_wd"] = (nth, nwd)
                if g.get("nwe"):
                    c.extra["nth_weekend"] = True
                if c.y is not None:
                    c.d = _nth_weekday_day(c.y, c.m, nth, nwd)
            if c.is_range and (c.y, c.m, c.d) == (c.y2, c.m2, c.d2):
                c.is_range = False
                c.y2 = c.m2 = c.d2 = None
            if "weekof" in flags:
                c.extra["week_of"] = True
            if (
                "eitherorder" in flags
                and c.kind == "absolute"
                and not c.is_range
                and c.d is not None
                and c.m is not None
                and c.d <= 12
                and c.d != c.m
                and _told_past_of(cues, lang, norm, start, end)
            ):
                c.extra["day_first_if_ahead"] = True
            if wd_num:
                name = wd_num["wdn"].lower()
                wd = T.weekday_names(lang).get(name, T.WEEKDAY_ABBREVIATED.get(lang, {}).get(name + "."))
                if wd is not None:
                    c.extra["wd"] = wd
                    if lang == "en" and c.d is not None and c.m is not None and c.d <= 12 and c.d != c.m:
                        c.extra["md_either"] = True
            if "listlabel" in flags and not timed_label:
                c.extra["list_label"] = True
            if g.get("q") or g.get("h") or g.get("cua") or g.get("bim") or ("barepart" in flags and g.get("fq")):
                c.extra["part_of_year"] = "bare" if "barepart" in flags else True
            if "fiscal" in flags:
                c.note = _join_notes(c.note, "fiscal year: its months depend on who keeps it")
            if c.kind == "impossible":
                c.extra["written_year"] = y if y is not None else y2
                c.y = None
                c.y2 = None
            elif c.y is None:
                c.kind = "yearless"
                if yy is not None:
                    c.extra["yy"] = yy
                if "thisyear" in flags:
                    c.year_rel = 0  # "of the year", "de este año": the reference year
                elif "lastyear" in flags or "nextyear" in flags:
                    c.year_rel = -1 if "lastyear" in flags else 1  # "the end of last year"
                if "ahead" in flags:  # a delivery month (T.DELIVERY_MONTH): the next one
                    c.tense = "future"
                    c.extra["ahead"] = True
            if c.is_range and (pair := _days_joined_by_and(c, mt, norm, s0, cues)):
                out.extend(pair)
                continue
            out.append(c)
    if bad_days:
        # "30 de febrero de 2024", "2024年2月30日": no date at all, not the
        # month or the year left once the impossible day is set aside
        out = [
            c
            for c in out
            if c.d is not None
            or not any(
                a <= c.start and c.end <= b and (a, b) != (c.start, c.end) for a, b in bad_days
            )
        ]
    # relative expressions
    blocked, unblocked = cues["blocked"], cues["unblocked"]
    named_event_next, named_words = cues["named_event"]
    low = norm[s0:s1].lower()
    has_key: dict[tuple[str, ...], bool] = {}  # patterns of one unit share their keys
    relative = _relative_compiled(lang)
    for rx, spec, keys in (relative[i] for i in relative_passing):
        if keys:
            ok = has_key.get(keys)
            if ok is None:
                ok = has_key[keys] = any(k in low for k in keys if k)
            if not ok:
                continue
        for mt in rx.finditer(norm, s0, s1):
            if (
                blocked
                # a word ending the line above (a headline's "sau 20 ngày")
                # is no part of a line's opening "Hôm qua"
                and blocked.search(
                    before := norm[max(s0, mt.start() - 24) : mt.start()].rpartition("\n")[2]
                )
                and not (unblocked and unblocked.search(before))
            ):
                continue
            if lang in _NAME_WORD_LANGS and _inside_a_name(norm, s0, mt):
                continue  # "USA Today", "Psychology Today": a title, not a day
            if spec[0] == "num":
                n = _count_of(mt.group("num"), lang)
                named = named_event_next
                if (
                    named is not None
                    and mt.group(0).lower().endswith(named_words)
                    and named.match(norm, mt.end(), s1)
                ):
                    # "three months before the rainy season": measured
                    # from a happening, not a date; the span is claimed.
                    # A day of that happening written after it counts
                    # (see _count_from_the_happenings_day)
                    c = Cand(mt.start(), mt.end(), lang, kind="no_date")
                    if n is not None and spec[1] in ("day", "week"):
                        c.extra["from_happening"] = (spec[1], n * spec[2])
                    out.append(c)
                    continue
                if n is None:
                    # a vague count: claim the span, give no date (see NUMBER_WORDS)
                    out.append(Cand(mt.start(), mt.end(), lang, kind="no_date"))
                    continue
                mode = next(
                    (m for end, m in T.NUMBERED_MODE_BY_ENDING.get(lang, ()) if mt.group(0).endswith(end)),
                    spec[3],
                )
                out.append(
                    Cand(
                        mt.start(),
                        mt.end(),
                        lang,
                        kind="relative",
                        rel=("unit", spec[1], n * spec[2], mode),
                        gran=spec[1],
                        extra={"numbered": True},
                    )
                )
            elif spec[0] == "nodate":
                out.append(Cand(mt.start(), mt.end(), lang, kind="no_date"))
            elif spec[0] == "unit":
                eve = cues["day_of_a_happening"]
                if (
                    eve is not None
                    and spec[1] == "day"
                    and spec[3] == "anaphoric"
                    and spec[2] != 0
                    and eve.match(norm, mt.end(), s1)
                    and not _COUNTED_LATER.search(mt.group(0))
                ):
                    # "la veille du coup d'Etat", "the day before the vote":
                    # the day of a happening named next, no date told before
                    c = Cand(mt.start(), mt.end(), lang, kind="no_date")
                    c.extra["from_happening"] = ("day", spec[2])
                    c.extra["eve_or_morrow"] = True
                    out.append(c)
                    continue
                if spec[3] == "ahead":
                    # a part of the week that is also a habit ("en fin de
                    # semaine" = at weekends): this week's only when told
                    # ahead ("le verdict est attendu en fin de semaine")
                    if not _told_ahead(cues, norm, s0, s1, mt.start(), mt.end(), lang):
                        out.append(Cand(mt.start(), mt.end(), lang, kind="no_date"))
                        continue
                    spec = (*spec[:3], "deictic")
                if spec[1] == "year" and _lunar_late_month(norm, mt, s0, s1, lang):
                    # "去年农历腊月二十三": a lunar year, not the Gregorian one
                    out.append(Cand(mt.start(), mt.end(), lang, kind="no_date"))
                    continue
                c = Cand(
                    mt.start(),
                    mt.end(),
                    lang,
                    kind="relative",
                    rel=("unit", spec[1], spec[2], spec[3]),
                    gran=spec[1],
                )
                if spec[1] == "quarter_end" and not _quarter_end_told_of_the_calendar(
                    norm, c.start, c.end, lang
                ):
                    continue
                if spec[1:] == ("day", 0, "anaphoric"):
                    # "El mismo lunes": the day just told, which must be that
                    # weekday (see _same_weekday_antecedent)
                    wd = _weekday_named_in(mt.group(0), lang)
                    if wd is not None:
                        c.extra["same_weekday"] = wd
                if spec[1] == "weekend" and spec[2] == 0:
                    c.tense = _weekend_tense(cues, norm, s0, s1, c.start, c.end, lang)
                if spec[1] == "month" and (md := _relative_month_day(lang).match(norm, c.end, s1)):
                    # "本月8日": the 8th of this month
                    day = han_number(md.group("d"))
                    if day is not None:
                        c.end, c.extra["month_day"] = md.end(), day
                elif (
                    spec[1] == "month"
                    and spec[3] == "deictic"
                    and (day_before := _relative_month_day_before(lang)) is not None
                    and (md := day_before.search(norm, max(s0, c.start - 24), c.start))
                ):
                    # "ngày 15 tháng trước", "the 15th of last month", "el 15
                    # de este mes": that day of the month counted from now
                    c.start, c.extra["month_day"] = md.start(), int(md.group("d"))
                out.append(c)
            else:
                out.append(
                    Cand(mt.start(), mt.end(), lang, kind="relative", rel=spec, gran="season")
                )
    return out


def _days_joined_by_and(c: Cand, mt, norm: str, s0: int, cues) -> list[Cand] | None:
    """Two days of one month joined by "and" with a day between them ("on
    May 3 and 5", "les 3 et 5 mai", "el 3 y el 5 de mayo", "ngày 3 và 5/5"):
    the two days named, each with its own span, not the span 3-5 that claims
    the 4th. Days running on ("3 and 4 May") stay one two-day span, and
    "between 3 and 5 May" a range. None when ``c`` is no such pair."""
    if "d" not in mt.re.groupindex or "d2" not in mt.re.groupindex:
        return None
    if c.d is None or c.d2 is None or c.d2 - c.d < 2 or (c.y, c.m) != (c.y2, c.m2):
        return None
    first_end = mt.end("d")
    suf = T.DAY_SUFFIX.get(c.lang)
    if suf and (sm := re.compile(suf, re.IGNORECASE).match(norm, first_end, mt.start("d2"))):
        first_end = sm.end()
    if not cues["and"].match(norm[first_end : mt.start("d2")]):
        return None
    # "between 3 and 5 May", "between May 3 and 5": a range
    if cues["and_open"] and cues["and_open"].search(norm[max(s0, c.start - 12) : mt.start("d")]):
        return None
    second_start = mt.start("d2")
    if norm[second_start - 5 : second_start].lower() == "ngày ":
        second_start -= 5  # "ngày 3 và ngày 5/5": the day word with its day
    one = replace(c, end=first_end, y2=None, m2=None, d2=None, is_range=False, extra=dict(c.extra))
    two = replace(c, start=second_start, d=c.d2, y2=None, m2=None, d2=None, is_range=False)
    two.extra = dict(c.extra)
    return [one, two]


def _weekend_tense(
    cues, norm: str, s0: int, s1: int, start: int, end: int, lang: str
) -> str | None:
    """How the sentence tells a weekend of this week ("ce week-end", "este
    fin de semana", "this weekend"): "past" where a past verb reaches it
    ("les rebelles ont attaqué la ville ce week-end"), "future" where a
    future word stands before it in its clause or after it, else None."""
    # the phrase is read with the words before it, as a preposition opening
    # it would follow a verb
    sentence = norm[max(s0, start - 160) : end]
    if mt := _SENTENCE_END.match(norm, max(s0, start - 160), start):
        sentence = norm[mt.end() : end]
    rest = norm[end : min(s1, end + 80)]
    if stop := _SENTENCE_STOP.search(rest):
        rest = rest[: stop.start()]
    if _past_verb_reaches(cues, sentence, rest):
        last = None
        for last in cues["past_verb"][0].finditer(sentence):
            pass
        state = T.PRESENT_STATE_BEFORE.get(lang)
        if not (
            state
            and last is not None
            and re.search(state, sentence[max(0, last.start() - 12) : last.end()], re.IGNORECASE)
        ):
            return "past"
    clause = norm[max(s0, start - 60) : start]
    if mt := _CLAUSE_END.match(clause):
        clause = clause[mt.end() :]
    future = cues["sentence_future"]
    if _future_word_before(cues, clause) or (
        future and (future.search(clause) or future.search(rest))
    ):
        return "future"
    # the weekend opening its clause, a past verb right after it ("Este fin
    # de semana se celebraron las fiestas", "Ce week-end, les grévistes ont
    # défilé"): the weekend just past
    if lang in T.PAST_VERB_AFTER_WEEKEND and cues["past_verb"]:
        mt = cues["past_verb"][0].search(rest)
        if mt and len(_LETTER_WORD.findall(rest[: mt.start()])) <= T.PAST_VERB_GAP_AFTER_WEEKEND:
            return "past"
    return None


@functools.cache
def _ahead_before_re(lang: str) -> re.Pattern[str] | None:
    words = T.TOLD_AHEAD_BEFORE.get(lang)
    return (
        re.compile(r"(?<![^\W\d_])" + _alt(words) + r"(?![^\W\d_])", re.IGNORECASE)
        if words
        else None
    )


def _told_ahead(cues, norm: str, s0: int, s1: int, start: int, end: int, lang: str) -> bool:
    """A verb in the future tense in the phrase's clause or after it in its
    sentence, or a word of expecting or planning before it in its clause
    (TOLD_AHEAD_BEFORE) -- not a present that may tell a habit ("a lieu",
    "ouvre"), which the weekday rules take as a schedule."""
    clause = norm[max(s0, start - 60) : start]
    if mt := _CLAUSE_END.match(clause):
        clause = clause[mt.end() :]
    rest = norm[end : min(s1, end + 80)]
    if stop := _SENTENCE_STOP.search(rest):
        rest = rest[: stop.start()]
    future = cues["sentence_future"]
    if future and (future.search(clause) or future.search(rest)):
        return True
    ahead = _ahead_before_re(lang)
    return bool(ahead and ahead.search(clause))


# a mark between two digits ends no clause: a clock time or a decimal ("à
# 20.45 samedi", "at 12.30 on Saturday", "10:45", "1,5 %")
_CLAUSE_END = re.compile(r".*(?:[;!?。！？；\n，：]|[.,:](?!(?<=\d[.,:])\d))", re.DOTALL)
_SENTENCE_END = re.compile(r".*(?:[.!?]\s|[;。！？；\n])", re.DOTALL)
_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)|[;。！？；\n]")
_CLAUSE_STOP = re.compile(r"[.!?](?:\s|$)|[;。！？；\n，：]|[,:](?!(?<=\d[,:])\d)")


@functools.cache
def _relative_month_day_before(lang: str) -> re.Pattern[str] | None:
    pat = T.RELATIVE_MONTH_DAY_BEFORE.get(lang)
    return re.compile(pat, re.IGNORECASE) if pat else None


@functools.cache
def _relative_month_day(lang: str) -> re.Pattern[str]:
    return re.compile(T.RELATIVE_MONTH_DAY.get(lang, r"(?!x)x"))


# Languages whose capitals mark names: a capitalised relative word inside a
# run of capitalised words is part of a name ("USA Today", "Le Monde Aujourd'hui").
_NAME_WORD_LANGS = frozenset({"en", "es", "fr"})
_CAPITALISED_BEFORE = re.compile(r"(?<![.!?:;]\s)(?<![.!?:;])\b[A-Z][\w&'’-]*\s+$")


# A definite article right before a capitalised relative word: no day is
# "the today" ("The Today show", "el Hoy de Quito").
_ARTICLE_BEFORE = re.compile(r"(?:^|[^\w'’])(?:the|el|le)\s+$", re.IGNORECASE)


def _inside_a_name(norm: str, s0: int, mt) -> bool:
    """A relative word written with a capital in mid-sentence right after a
    capitalised word: the name of a paper or a programme ("told USA TODAY",
    "via USA Today"), not the day."""
    word = mt.group(0)
    if not word[:1].isupper():
        return False
    before = norm[max(s0, mt.start() - 40) : mt.start()]
    if _ARTICLE_BEFORE.search(before):
        return True  # "the Today show", "el Hoy": an article makes the word a name
    m = _CAPITALISED_BEFORE.search(before)
    # a capitalised word opening the sentence ("Yesterday. Today ...") is no name
    return m is not None and before[: m.start()].strip()[-1:] not in ("", ".", "!", "?", ":", ";")


@functools.cache
def _lunar_late_month_re(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    rule = T.LUNAR_LATE_MONTH.get(lang, {})
    return tuple(
        re.compile(rule[k], re.IGNORECASE) if k in rule else None for k in ("after", "before")
    )


def _lunar_late_month(norm: str, mt, s0: int, s1: int, lang: str) -> bool:
    """True when the year word ``mt`` is told of a day or month late in the
    lunar year (T.LUNAR_LATE_MONTH), which falls in the next Gregorian year."""
    after, before = _lunar_late_month_re(lang)
    return bool(
        (after and after.match(norm, mt.end(), s1))
        or (before and before.search(norm[max(s0, mt.start() - 30) : mt.start()]))
    )


def _weekday_cand(norm: str, s0: int, s1: int, lang: str, mt, cues) -> Cand | None:
    """A weekday mention with its direction ("last", "next", "prev_week",
    "this_week", "next_week" or None) and tense, or None when it is not one."""
    raw = mt.group("wd")
    key = " ".join(raw.lower().split())
    wd = T.weekday_names(lang).get(key)
    if wd is None:
        wd = T.WEEKDAY_ABBREVIATED.get(lang, {}).get(key)
    if wd is None:
        return None
    start, end = mt.start("wd"), mt.end("wd")
    before = norm[max(s0, start - 24) : start]
    after = norm[end : min(s1, end + 32)]
    # the second day of "Monday to Friday" is a schedule, not a date; so is
    # the first when a range opens before it ("du lundi au vendredi"). A
    # night between the two is one ("la nuit du mardi au mercredi"); see
    # _pair_weekdays for both this and "lundi et mardi"
    night = cues["wd_night"]
    if cues["wd_span"] and (sm := cues["wd_span"].search(before)):
        first = start - len(before) + sm.start()
        if not (
            (night and night.search(norm[max(s0, first - 24) : first]))
            or sm.groupdict().get("this")
        ):
            return None
    if cues["wd_span_and"] and (sm := cues["wd_span_and"].search(before)):
        # the second of "Monday and Tuesday" is read, unless the pair is
        # habitual ("every Monday and Tuesday")
        first = start - len(before) + sm.start()
        if cues["wd_blocked"] and cues["wd_blocked"].search(norm[max(s0, first - 24) : first]):
            return None
    if (
        cues["wd_next_wd"]
        and cues["wd_next_wd"].match(after)
        and cues["open"]
        and cues["open"].search(before)
        and not (night and night.search(before))
    ):
        return None
    if cues["wd_blocked"] and cues["wd_blocked"].search(before):
        return None  # "every Tuesday": habitual; "Black Friday": a named day
    if cues["wd_named_after"] and cues["wd_named_after"].match(after):
        return None  # "Viernes Santo", "mardi gras": a named day
    direction = None
    for rx, d in cues["wd_before"]:
        m = rx.search(before) if rx else None
        if m:
            direction = d
            start -= len(before) - m.start() - (len(m.group(0)) - len(m.group(0).lstrip()))
            break
    post = False
    weak = T.WEEKDAY_AFTER_WEAK.get(lang, ())
    for rx, d in cues["wd_after"]:
        m = rx.match(after) if rx else None
        if m:
            direction = d if direction is None else direction
            end += m.end()
            post = " ".join(m.group(0).lower().split()) not in weak
            break
    gated = cues["wd_gated"]
    if gated is not None and gated.match(raw):
        # "thứ hai" is also "second": a capitalised day word, a cue before
        # or a week word after makes it a weekday
        day_word = raw.split()[-1]
        capital = day_word[:1].isupper()
        cue = cues["wd_cue"] is not None and cues["wd_cue"].search(before)
        # ... or a full date right after it ("Thứ năm, 11/07/2024")
        join = cues["wd_join"].match(after)
        dated = re.match(
            r"\d{1,2}\s*([/.\-])\s*\d{1,2}\s*\1\s*\d{4}(?!\d)",
            after[join.end() :] if join else after,
        )
        if not (capital or cue or post or dated):
            return None
    c = Cand(start, end, lang, kind="weekday", gran="day", rel=("weekday", wd, direction))
    # "this/next week's Friday" is dated by its week alone, but its tense
    # still tells a plan from a report ("sẽ triệu tập ... vào thứ Sáu tuần
    # này" told on Thursday is tomorrow's meeting, not one held)
    if direction in (
        None,
        "following",
        "following_week",
        "this_week",
        "next_week",
        "next2_week",
        "nearest",
    ):
        clause = norm[max(s0, start - 60) : start]
        far = norm[max(s0, start - WEEKDAY_TENSE_CHARS) : max(s0, start - 60)]
        # a clock time before the weekday ("close at 11 p.m. Saturday"): its
        # dots end no clause; the clause before it may tell the tense
        timed = cues["wd_time_before"] is not None and cues["wd_time_before"].search(clause)
        before_time = clause[: timed.start()] if timed else ""
        # (a clock time's dots end no clause: "kick off at 8 p.m. in Buenos
        # Aires on Saturday")
        m = _CLAUSE_END.match(_clock_dots_masked(clause))
        if m:
            cut = clause[m.end() :]
            # a clause that is only an "until" word ("禁止小船出海，直至周四")
            # goes on with the one before the comma: it tells what runs on
            if cues["until_goes_on"] is not None and cues["until_goes_on"].match(cut):
                m = _CLAUSE_END.match(clause[: m.end() - 1])
                cut = clause[m.end() :] if m else clause
            clause = cut
        if m is None and far and (mf := _CLAUSE_END.match(far)):
            far = far[mf.end() :]
        far_future = (
            m is None
            and far
            and _future_word_before(cues, far + clause)
            and not (
                cues["past_verb"]
                and cues["past_verb"][0] is not None
                and cues["past_verb"][0].search(far + clause)
            )
        )
        if timed and (m := _CLAUSE_END.match(before_time)):
            before_time = before_time[m.end() :]
        if (
            _future_word_before(cues, clause)
            or far_future
            or (timed and _future_word_before(cues, before_time))
            or (cues["wd_future_after"] and cues["wd_future_after"].match(after))
            or _future_main_clause_of_an_infinitive(cues, norm, s0, start, lang)
        ) or (
            direction is None
            and (
                _opening_weekday_told_ahead(cues, norm, s0, s1, start, end, lang)
                or _weekday_scheduled_after(cues, norm, s0, s1, start, end, lang)
            )
        ):
            c.tense = "future"
    if direction == "nearest" and c.tense is None:
        a, b = _sentence_around(norm, start, end)
        if _told_past(c, norm[a:b]):
            c.tense = "past"
    return c


@functools.cache
def _weekday_scheduled_after_res(lang: str):
    spec = T.WEEKDAY_SCHEDULED_AFTER.get(lang)
    if spec is None:
        return None
    return (
        _opt_re(spec.get("whose_before")),
        _opt_re(spec.get("whose_after")),
        re.compile(spec["at"], re.IGNORECASE),
    )


def _weekday_scheduled_after(cues, norm, s0, s1, start, end, lang) -> bool:
    """The weekday names the day of a happening ("Sunday's final", "el
    partido del domingo") that the rest of its clause schedules in the
    present with a clock time ("... kicks off at 4.30pm"): ahead
    (T.WEEKDAY_SCHEDULED_AFTER). Nothing told in the past may stand between."""
    res = _weekday_scheduled_after_res(lang)
    if res is None or cues["scheduled"] is None:
        return False
    whose_before, whose_after, at = res
    if not (
        (whose_before is not None and whose_before.search(norm, max(s0, start - 8), start))
        or (whose_after is not None and whose_after.match(norm, end, s1))
    ):
        return False
    rest = norm[end : min(s1, end + 80)]
    if stop := _CLAUSE_STOP.search(rest):
        rest = rest[: stop.start()]
    for mt in cues["scheduled"].finditer(rest):
        if at.match(rest, mt.end()) and not _happened_between(cues["happened"], rest[: mt.start()]):
            return True
    return False


@functools.cache
def _infinitive_open_re(lang: str) -> re.Pattern[str] | None:
    words = T.INFINITIVE_CLAUSE_OPEN.get(lang)
    return re.compile(r"(?<![^\W\d_])" + _alt(words), re.IGNORECASE) if words else None


def _future_main_clause_of_an_infinitive(cues, norm: str, s0: int, start: int, lang: str) -> bool:
    """The weekday at ``start`` ends an infinitive clause ("avant de recevoir
    les syndicats mardi", T.INFINITIVE_CLAUSE_OPEN) whose main clause, earlier
    in the sentence, has a future word: the weekday is ahead too. A main
    clause told in the past ("a consulté les élus avant de recevoir ...")
    keeps it behind."""
    rx = _infinitive_open_re(lang)
    if rx is None:
        return False
    sentence = norm[max(s0, start - 240) : start]
    if (m := _SENTENCE_END.match(sentence)) is not None:
        sentence = sentence[m.end() :]
    opens = list(rx.finditer(sentence))
    if not opens:
        return False
    inf = opens[-1]
    if _SENTENCE_STOP.search(sentence, inf.end()) or ";" in sentence[inf.end() :]:
        return False
    return _future_word_before(cues, sentence[: inf.start()])


def _opening_weekday_told_ahead(cues, norm, s0, s1, start, end, lang) -> bool:
    """A weekday opening a sentence that then tells only of what will happen
    ("On Sunday, temperatures will drop", "Dimanche, les températures vont
    chuter", "El domingo se esperan lluvias"), as a year-less date opening
    one is read (SENTENCE_FUTURE, SENTENCE_PAST): the weekday lies ahead.
    A past form anywhere in the sentence keeps it behind ("On Monday, the
    minister said he will resign"). Not in vi, th, zh: a verb of saying
    carries no past mark there ("Thứ Sáu, ông cho biết sẽ tổ chức" is said on
    Friday), so a future word after the weekday may be reported speech."""
    if not cues["sentence_future"] or lang in ("vi", "th", "zh"):
        return False
    sentence = norm[max(s0, start - 160) : start]
    if mt := _SENTENCE_END.match(sentence):
        sentence = sentence[mt.end() :]
    if not _opens_sentence(sentence, lang):
        return False
    rest = norm[end : min(s1, end + 120)]
    if stop := _SENTENCE_STOP.search(rest):
        rest = rest[: stop.start()]
    return bool(
        cues["sentence_future"].search(rest)
        and not (cues["sentence_past"] and cues["sentence_past"].search(sentence + " " + rest))
        and not DATELINE_AFTER.match(norm[end : end + 40])
    )


def _extend_with_cues(
    c: Cand, norm: str, s0: int, s1: int, starts: tuple[int, ...] = ()
) -> None:
    """Attach relative-year words and tense cues around a year-less date.
    ``starts``: where the segment's other date expressions begin."""
    cues = _cue_regexes(c.lang)
    if c.kind != "yearless" or c.year_rel in (-1, 1):
        return  # "the end of last year": its year is told
    after = norm[c.end : min(s1, c.end + 24)]
    before = norm[max(s0, c.start - 24) : c.start]
    for rx, v in cues["myr_after"]:
        mt = rx.match(after) if rx else None
        if mt:
            c.year_rel = v
            c.end += mt.end()
            return
    for rx, v in cues["myr_before"]:
        mt = rx.search(before) if rx else None
        if mt:
            c.year_rel = v
            c.start -= len(before) - mt.start() - (len(mt.group(0)) - len(mt.group(0).lstrip()))
            return
    if c.extra.get("ahead"):
        return  # lies ahead whatever its sentence's tense (T.DELIVERY_MONTH)
    sentence = norm[max(s0, c.start - 160) : c.start]
    mt = _SENTENCE_END.match(sentence)
    if mt:
        sentence = sentence[mt.end() :]
    # ... or after it, before the sentence ends ("须于6月30日前投入运行，赶在今年雨季
    # 到来之前", "by June 30, ahead of this year's monsoon")
    rest = norm[c.end : min(s1, c.end + 80)]
    stop = _SENTENCE_STOP.search(rest)
    if stop:
        rest = rest[: stop.start()]
    if cues["this_year"] and (cues["this_year"].search(sentence) or cues["this_year"].search(rest)):
        c.year_rel = 0
        return
    if cues["originally"]:
        # "originally scheduled for September 20": an old plan's date, never
        # pushed ahead by the plan's future word (T.ORIGINALLY_BEFORE)
        near = norm[max(s0, c.start - T.ORIGINALLY_BEFORE_CHARS) : c.start]
        if (mt := _CLAUSE_END.match(near)) is not None:
            near = near[mt.end() :]
        if cues["originally"].search(near):
            return
    # a happening told as past between a future word and the date ("sẽ xử
    # lý các sai phạm xảy ra trong tháng 3", "将对3月发生的火灾展开调查"):
    # the date is that happening's, whatever the future word says
    happened = cues["happened"]
    past_clause = bool(
        cues["happened_after"] and cues["happened_after"].match(norm[c.end : c.end + 8])
    )

    def told_past(gap: str) -> bool:
        return past_clause or _happened_between(happened, gap)

    for tense, (brx, arx) in cues["tense"].items():
        if brx:
            cue = None
            for cue in brx.finditer(before):
                pass
            if cue is not None and not (tense == "future" and told_past(before[cue.end() :])):
                c.tense = tense
                return
        if arx and arx.match(after):
            c.tense = tense
            return
    if _past_verb_reaches(cues, sentence, rest):
        c.tense = "past"
        return
    if _opening_date_told_past(cues, c, norm, sentence, rest):
        # never next year's day; whether it lies before publication is left
        # to the nearest-year rule: a day told as past yet after the stamp in
        # the stamp's year is as likely a stamp older than its text (flagged
        # by the suspect-date check) as a day of the year before
        c.extra["told_past"] = True
        return
    # a date opening a sentence that then tells only of what will happen ("On
    # June 3, the plant will close", "A inicios de junio se entregará"): the
    # date lies ahead (SENTENCE_FUTURE, SENTENCE_PAST). Not a date inside a
    # phrase ("the attack on March 3 will be ..."), nor a wire dateline's.
    # Nor when the future word has a date of its own after it ("Ngày 4/4, Bộ
    # cho biết tuyến đường sẽ thông xe vào ngày 30/8", "4月4日，交通部表示，
    # 新高速将于8月30日通车"): the future is that date's, and the opening date
    # is the day it was told.
    future = (
        cues["sentence_future"].search(_first_thai_clause(rest) if c.lang == "th" else rest)
        if cues["sentence_future"]
        else None
    )
    if (
        future is not None
        and _opens_sentence(sentence, c.lang)
        # (not a source's date in brackets: "Theo Reuters (2/4), ... sẽ")
        and not sentence.rstrip().endswith(("(", "（"))
        and not any(c.end + future.end() <= x < c.end + len(rest) for x in starts)
        and not (cues["sentence_past"] and cues["sentence_past"].search(sentence + " " + rest))
        and not DATELINE_AFTER.match(norm[c.end : c.end + 40])
    ):
        c.tense = "future"
        return
    clause = norm[max(s0, c.start - 60) : c.start]
    mt = _CLAUSE_END.match(clause)
    if mt:
        clause = clause[mt.end() :]
    # a verb of what will happen shortly before the date in its clause ("The
    # plant will close in March", "La obra se entregará a inicios de junio",
    # "Nhà máy sẽ đóng cửa vào tháng 3", "L'usine fermera en mars"): the date
    # lies ahead, as when the date opens the sentence. Not when the date is
    # further off, likely part of an object ("will stand trial for the
    # attack on March 3"), and a past form anywhere in the clause wins ("the
    # plant that closed in March will reopen", "said it will close in
    # March"): the date may be that of the past happening.
    clause_rest = rest
    stop = _CLAUSE_STOP.search(clause_rest)
    if stop:
        clause_rest = clause_rest[: stop.start()]

    def last_cue_tells_ahead(kind: str) -> bool:
        """The last ``cues[kind]`` word of the clause (a future word, a
        schedule told in the present) is shortly followed by the date, with
        no past form after it nor in the clause, and no dateline after the
        date: the date lies ahead."""
        last = None
        if cues[kind]:
            for last in cues[kind].finditer(clause):
                pass
        return (
            last is not None
            and _near_future_verb(clause[last.end() :], c.lang)
            and not told_past(clause[last.end() :])
            and not (
                cues["sentence_past"] and cues["sentence_past"].search(clause + " " + clause_rest)
            )
            and not DATELINE_AFTER.match(norm[c.end : c.end + 40])
        )

    if last_cue_tells_ahead("sentence_future"):
        c.tense = "future"
        return
    # a schedule told in the present shortly before the date ("Arsenal face
    # Fulham on Boxing Day", "The fair opens on December 26", "Le PSG reçoit
    # Lyon le 26 décembre"), as before a weekday: the date lies ahead. The
    # same guards as a future verb's: a past form in the clause wins
    if last_cue_tells_ahead("scheduled"):
        c.tense = "future"
        c.extra["told_in_the_present"] = True
        return
    # a future word earlier in the clause ("will be held on Nov. 5", "se
    # tiendra en novembre"): the date ahead of publication is not penalised
    # (the nearer of the two wins), without forcing it ahead as "next" does
    # ... as after a rule in force from the date (T.IN_FORCE_FROM)
    if (
        not past_clause
        and (
            _future_word_before(cues, clause)
            or _after_a_clause_told_ahead(cues, sentence, norm, s0, c.start)
            or _condition_on_what_is_to_come(cues, clause, rest)
        )
    ) or _in_force_from(cues, norm, s0, s1, c):
        c.extra["future_clause"] = True
    if c.extra.get("wd") is not None and not (
        cues["sentence_past"] and cues["sentence_past"].search(_clause_around(norm, c))
    ):
        # a weekday written with the day, no past form in its clause (nor in
        # its sentence, when the day opens it: "On Monday, January 6, the
        # mayor spoke"): it checks the year (see _resolve)
        before, sentence = _sentence_of(norm, c)
        if not (_opens_sentence(before, c.lang) and _told_past(c, sentence)):
            c.extra["weekday_checks_year"] = True


_CLAUSE_MARKS = re.compile(r"[,;:，；：]")


def _sentence_of(norm: str, c: Cand) -> tuple[str, str]:
    """(the text of ``c``'s sentence before it, the whole sentence), a clock
    time's dots ("8 p.m. ET") ending no sentence."""
    lo, hi = max(0, c.start - SENTENCE_WINDOW_CHARS), min(len(norm), c.end + SENTENCE_WINDOW_CHARS)
    window = _clock_dots_masked(norm[lo:hi])
    a, b = _sentence_around(window, c.start - lo, c.end - lo)
    return window[a : c.start - lo], window[a:b]


def _clause_around(norm: str, c: Cand) -> str:
    """The clause holding ``c``, a clock time's dots ("8 p.m.") ending none."""
    before, sentence = _sentence_of(norm, c)
    after = sentence[len(before) + c.end - c.start :]
    return (
        _CLAUSE_MARKS.split(before)[-1]
        + norm[c.start : c.end]
        + _CLAUSE_MARKS.split(after)[0]
    )


def _condition_on_what_is_to_come(cues, clause: str, rest: str) -> bool:
    """The date's clause opens a condition before it ("Nếu đến 15/8 ...", "Si
    antes del 15 de agosto no se firma", T.CONDITION_BEFORE), with no past
    happening told between, nor a past form in the sentence after the date
    (a condition on the past: "If the Aug. 15 deal had held, prices would
    have fallen"): the nearer day wins. The condition's own words before the
    date may look past ("If the deal is not signed by", "S'il n'y a pas
    d'accord avant le"): a passive or "il y a" tells no past there."""
    return bool(
        cues["condition"]
        and cues["condition"].search(clause)
        and not _happened_between(cues["happened"], clause)
        and not (cues["sentence_past"] and cues["sentence_past"].search(rest))
    )


# A semicolon that ends the clause before: its sentence goes on before it.
_SEMICOLON_END = re.compile(r"[;；]\s*$")


def _after_a_clause_told_ahead(cues, sentence: str, norm: str, s0: int, start: int) -> bool:
    """The date's sentence (``sentence``, up to the date) opens after a
    semicolon, and the clause the semicolon closes has a future word and no
    past form ("婚姻登记处将加开窗口；劳动节当天照常办公", "Offices will close early on
    Friday; on Boxing Day all branches open as usual"): a clause of the same
    notice, told ahead as well."""
    joint = start - len(sentence)
    if not _SEMICOLON_END.search(norm, max(s0, joint - 2), joint):
        return False
    head = norm[max(s0, joint - 120) : joint].rstrip()[:-1]
    if mt := _SENTENCE_END.match(head):
        head = head[mt.end() :]
    return _future_word_before(cues, head) and not (
        cues["sentence_past"] and cues["sentence_past"].search(head)
    )


def _in_force_from(cues, norm: str, s0: int, s1: int, c: Cand) -> bool:
    """A rule in force from the date, told in the present ("valid from 1
    July", "自7月1日起实施", T.IN_FORCE_FROM): the nearer day wins."""
    before, after = cues["in_force_before"], cues["in_force_after"]
    return bool(
        (before is not None and before.search(norm, max(s0, c.start - 40), c.start))
        or (after is not None and after.match(norm, c.end, min(s1, c.end + 12)))
    )


_THAI_CLAUSE = re.compile(r"\s*[^\s]*[\u0E00-\u0E7F][^\s]*")


def _first_thai_clause(rest: str) -> str:
    """What follows a Thai date up to the next space after Thai letters:
    Thai marks no sentence end but a space, so "ระหว่างวันที่ 3-5 มี.ค.
    ฝนตกหนักในหลายจังหวัด เทศกาลจะจัดขึ้น..." tells of the rain, and the
    festival's future word after the space is another sentence's."""
    mt = _THAI_CLAUSE.match(rest)
    return rest[: mt.end()] if mt else rest


def _happened_between(happened, gap: str) -> bool:
    """A verb of happening told as past (HAPPENED_BETWEEN) in ``gap``, the
    text between a future word and a date, with some word before it: not
    the future word's own verb ("sẽ xảy ra")."""
    mt = happened.search(gap) if happened else None
    if mt is None:
        return False
    lead = gap[: mt.start()] + re.match(r"[\W_]*", mt.group(0)).group(0)
    return bool(lead.strip())


def _past_verb_reaches(cues, sentence: str, rest: str) -> bool:
    """A verb told in a past tense (PAST_VERB) earlier in the date's
    sentence, at most PAST_VERB_GAP_WORDS words before it, with no future
    word between nor in the clause after the date ("went in search of
    stories and from October onward they will be released"), and not a verb
    whose object may lie ahead (PAST_VERB_OBJECT_AHEAD): "la grève s'est
    étendue aux ports le 17 février" is over, the date at or before
    publication."""
    verb, ahead, gap_ahead = cues["past_verb"]
    if verb is None:
        return False
    stop = _CLAUSE_STOP.search(rest)
    if cues["sentence_future"] and cues["sentence_future"].search(
        rest[: stop.start()] if stop else rest
    ):
        return False
    last = None
    for last in verb.finditer(sentence):
        pass
    if last is None or (ahead is not None and ahead.search(last.group(0))):
        return False
    gap = sentence[last.end() :]
    if len(_LETTER_WORD.findall(gap)) > T.PAST_VERB_GAP_WORDS:
        return False
    if gap_ahead.search(gap):
        return False
    future = cues["sentence_future"]
    return not (future and future.search(gap)) and not (
        cues["wd_future"] and cues["wd_future"].search(gap)
    )


# How far the past verb of a sentence may stand after the date that opens
# it: a few words ("On March 15, the revolt began"), or a few characters
# where words are not spaced ("3月15日，叙利亚爆发了").
PAST_AFTER_OPENING_WORDS = 6
PAST_AFTER_OPENING_CHARS = 12
_CLOSING_QUOTE = re.compile(r'[»”」』"]')


def _opening_date_told_past(cues, c: Cand, norm: str, sentence: str, rest: str) -> bool:
    """A date opening its sentence whose verb, shortly after it, is told as
    past ("On March 15, the revolt began in Syria", "Le 15 mars, la révolte
    a commencé", "El 15 de marzo comenzó la revuelta"): the day is over, so
    it is not next year's (in a review published on 28 December, March 15
    is this year's, not the nearer one ahead) -- the mirror of the opening
    date told as future (SENTENCE_FUTURE). Not when a future
    word follows in the sentence ("On March 15, the firm said it will
    close"), nor a wire dateline's date (publication's own day)."""
    # a past verb form where the language has a table of them (PAST_VERB:
    # an English "-ed" word only as a verb, "a hundred runners" is none),
    # else the language's words that tell a sentence as past ("đã", "了")
    past = cues["past_verb"][0] or cues["sentence_past"]
    if c.extra.get("wd") is not None:
        return False  # a weekday written with the day tells its year better
    if past is None or not _opens_sentence(sentence, c.lang):
        return False
    # up to a closing quotation mark: a reporting verb after it ("Le 3 mars,
    # nous manifesterons », a déclaré ...") is the speaker's, always past
    quote = _CLOSING_QUOTE.search(rest)
    if quote:
        rest = rest[: quote.start()]
    mt = past.search(rest)
    if mt is None:
        return False
    lead = rest[: mt.start()]
    if not _short(lead, c.lang, PAST_AFTER_OPENING_WORDS, PAST_AFTER_OPENING_CHARS):
        return False
    for rx in (cues["sentence_future"], cues["wd_future"]):
        if rx is not None and rx.search(rest):
            return False
    return not DATELINE_AFTER.match(norm[c.end : c.end + 40])


def _future_word_before(cues, clause: str) -> bool:
    """A future word (WEEKDAY_FUTURE_BEFORE, ..._IN_PAST_BEFORE,
    TIME_LIMIT_AHEAD) in ``clause`` with no happening told as past between
    it and the clause's end (the date)."""
    last = None
    limit, gate = cues["wd_time_limit"]
    if limit is not None:
        low = clause.lower()
        if not any(w in low for w in gate):
            limit = None  # no word of a deadline: the costly pattern is skipped
    for rx in (cues["wd_future"], cues["wd_future_past"], limit):
        for mt in rx.finditer(clause) if rx else ():
            if last is None or mt.end() > last:
                last = mt.end()
    return last is not None and not _happened_between(cues["happened"], clause[last:])


# How far back in its clause a weekday's tense is read: a future verb may
# stand a long object away ("will hold a news conference with the World
# Health Organization on Thursday"). Past the nearest 60 characters, only
# while no clause mark cuts and no verb told in the past stands in the
# clause ("Officials who will lead the inquiry into the collapse met the
# families on Thursday" is the Thursday before).
WEEKDAY_TENSE_CHARS = 120


# How much may stand before a date that opens its sentence: a few words
# ("On", "A inicios de", "Dự kiến"), or a few characters where words are
# not spaced.
OPENING_WORDS_MAX = 3
OPENING_CHARS_MAX = 8


# How far a future verb may stand before the date it puts ahead: a few
# words ("will close in", "ses portes en"), or a few characters where words
# are not spaced ("จะปิดกิจการใน").
FUTURE_VERB_GAP_WORDS = 4
FUTURE_VERB_GAP_CHARS = 12


def _short(text: str, lang: str, words: int, chars: int) -> bool:
    """At most ``words`` words, or ``chars`` characters where words are not
    spaced (Thai, Chinese)."""
    if lang in ("th", "zh"):
        return len(text.strip()) <= chars
    return len(_LETTER_WORD.findall(text)) <= words


def _near_future_verb(gap: str, lang: str) -> bool:
    return _short(gap, lang, FUTURE_VERB_GAP_WORDS, FUTURE_VERB_GAP_CHARS)


def _opens_sentence(before: str, lang: str) -> bool:
    return _short(before, lang, OPENING_WORDS_MAX, OPENING_CHARS_MAX)


# How far after "three days after" the day of the happening it counts from
# may be written ("three days after the storm made landfall on March 8").
HAPPENING_DAY_MAX_CHARS = 100


# The most characters between "the eve of" and a holiday it names ("la
# veille de la "). (The morrow keeps the holiday a date of its own: "au
# lendemain de la Chandeleur", heldout10.)
EVE_OF_A_HOLIDAY_GAP = 8


def _count_from_the_happenings_day(cands: list[Cand], norm: str) -> list[Cand]:
    """A count of days or weeks from a happening ("three days after the storm
    made landfall on March 8", "trois jours après l'élection du 3 mars",
    "dos semanas después de las elecciones del 3 de marzo") whose day is
    written after it in the same sentence counts from that day: the sentence
    tells the later day, which was left undated while the happening's own day
    dated it. Without such a day it stays no date. The count keeps its span;
    ``extra["count_from_at"]`` is where the day it counts from starts."""
    for i, c in enumerate(cands):
        spec = c.extra.get("from_happening") if c.kind == "no_date" else None
        if spec is None:
            continue
        # candidates come sorted by start: stop past the reach of the day, or
        # the scan is quadratic on a long run of counts with no day after them
        nxt = None
        for k in range(i + 1, len(cands)):
            o = cands[k]
            if o.start - c.end > HAPPENING_DAY_MAX_CHARS:
                break
            if o.kind in ("absolute", "yearless", "weekday") and o.start >= c.end:
                nxt = o
                break
        if (
            nxt is None
            or (nxt.d is None and nxt.kind != "weekday")
            or (nxt.kind == "weekday" and nxt.rel[2] in ("following", "following_week"))
            or nxt.is_range
            or nxt.start - c.end > HAPPENING_DAY_MAX_CHARS
            or _SENTENCE_STOP.search(norm, c.end, nxt.start)
        ):
            continue
        unit, n = spec
        if (
            c.extra.get("eve_or_morrow")
            and n < 0
            and nxt.extra.get("holiday")
            and nxt.start - c.end <= EVE_OF_A_HOLIDAY_GAP
        ):
            # "la veille de la Toussaint": the eve, a year-less day of its
            # own, the holiday named only to say which (heldout15's eves)
            day = dt.date(2001, nxt.m, nxt.d) + dt.timedelta(days=n)
            c.kind, c.gran, c.m, c.d, c.end = "yearless", "day", day.month, day.day, nxt.end
            nxt.extra["eve_of_it"] = True
            continue
        c.kind, c.gran = "relative", "day" if unit == "day" else "week"
        c.rel = ("unit", unit, n, "anaphoric")
        c.extra["count_from_at"] = nxt.start
        c.extra["numbered"] = True
        if n < 0 and nxt.kind == "yearless" and nxt.tense is None and _sentence_told_ahead(nxt, norm):
            # "Ba ngày trước lễ khai mạc ngày 20/9, ban tổ chức sẽ công bố":
            # what is done days before the happening is still to come, so the
            # happening is too
            nxt.tense = "future"
    if any(o.extra.get("eve_of_it") for o in cands):
        return [o for o in cands if not o.extra.get("eve_of_it")]
    return cands


def _sentence_told_ahead(c: Cand, norm: str) -> bool:
    """``c``'s sentence has a future word (T.SENTENCE_FUTURE) and no past form."""
    cues = _cue_regexes(c.lang)
    a, b = _sentence_around(norm, c.start, c.end)
    sentence = norm[a:b]
    return bool(
        cues["sentence_future"]
        and cues["sentence_future"].search(sentence)
        and not (cues["sentence_past"] and cues["sentence_past"].search(sentence))
    )


# How far before the count the happening's word may be written again, on
# either side of its day ("dừng hoạt động ngày 3/11; hai tuần trước khi dừng").
HAPPENING_WORD_BEFORE_CHARS = 60
# Letters of a word that must agree to name the same happening ("vació" and
# "vaciado", "shut" and "shutdown", "fermé" and "fermeture").
HAPPENING_STEM_LETTERS = 4
_THAI_RUN = re.compile(r"[\u0E00-\u0E7F]+")
_WORDS_AFTER = re.compile(r"[^\W\d_]+")


def _happening_word_after(norm: str, end: int, s1: int, lang: str) -> str | None:
    """The word that names the happening a count is measured from, after the
    count's own words and the links of T.HAPPENING_LINK_WORDS."""
    if lang == "th":
        mt = _THAI_RUN.match(norm, end, s1)
        if mt is None or len(mt.group(0)) < HAPPENING_STEM_LETTERS:
            return None
        return mt.group(0)[:HAPPENING_STEM_LETTERS]
    links = T.HAPPENING_LINK_WORDS.get(lang)
    if links is None:
        return None
    for mt in _WORDS_AFTER.finditer(norm, end, min(s1, end + 40)):
        w = mt.group(0)
        if w.lower() in links:
            continue
        if lang == "vi":
            return w.lower()
        if len(w) < HAPPENING_STEM_LETTERS:
            return None
        return T._strip_accents(w.casefold())[:HAPPENING_STEM_LETTERS]
    return None


def _names_the_happening(region: str, word: str, lang: str) -> bool:
    if lang == "th":
        return word in region
    if lang == "vi":
        whole = r"(?<![^\W\d_])" + re.escape(word) + r"(?![^\W\d_])"
        return re.search(whole, region.lower()) is not None
    stem = r"(?<![^\W\d_])" + re.escape(word)
    return re.search(stem, T._strip_accents(region.casefold())) is not None


def _day_dated_before(cands: list[Cand], i: int, start: int, norm: str) -> Cand | None:
    """The nearest day written before position ``start`` in its sentence."""
    for k in range(i - 1, -1, -1):
        o = cands[k]
        if o.end > start:
            continue
        # (a semicolon goes on with the account: "dừng ngày 3/11; hai tuần
        # trước khi dừng")
        if start - o.end > HAPPENING_DAY_MAX_CHARS or _ACCOUNT_END_STOP.search(norm, o.end, start):
            return None
        if o.kind in ("absolute", "yearless", *ERA_KINDS) and o.d is not None and not o.is_range:
            return o
    return None


def _count_from_a_happening_dated_before(
    cands: list[Cand], norm: str, s0: int, s1: int, lang: str
) -> list[Cand]:
    """A count of days or weeks before or after a happening whose day is
    written before the count in its sentence, the happening's word written
    again near that day (T.HAPPENING_LINK_WORDS, T.ZH_COUNT_BEFORE_A_HAPPENING):
    counted from that day, as _count_from_the_happenings_day counts from a
    day written after. Otherwise the count is left as it was read."""
    out = cands
    if lang == "zh":
        added = []
        starts = [c.start for c in cands]
        for mt in _zh_count_before_a_happening_re().finditer(norm, s0, s1):
            if any(c.start < mt.end() and mt.start("ev") < c.end for c in cands):
                continue
            i = bisect.bisect_left(starts, mt.start())
            day = _day_dated_before(cands, i, mt.start(), norm)
            if day is None:
                continue
            near = norm[day.end : mt.start("ev")]
            if not (
                (len(near) <= 6 and not _CLAUSE_STOP.search(near))
                or mt.group("ev")
                in norm[max(s0, day.start - HAPPENING_WORD_BEFORE_CHARS) : mt.start("ev")]
            ):
                continue
            n = _count_of(mt.group("num"), lang) or han_number(mt.group("num"))
            if not n:
                continue
            unit = "day" if mt.group("unit") in ("天", "日") else "week"
            rel = ("unit", unit, -n, "anaphoric")
            c = Cand(mt.start("ev"), mt.end(), lang, kind="relative", gran=unit, rel=rel)
            c.extra.update(count_from_at=day.start, numbered=True)
            added.append(c)
        if added:
            out = sorted(cands + added, key=lambda c: c.start)
        return out
    for i, c in enumerate(cands):
        if (
            c.kind == "no_date"
            and (spec := c.extra.get("from_happening"))
            and not c.extra.get("eve_or_morrow")
        ):
            # (the eve or the morrow of a happening is dated only by a day
            # written after it: T.DAY_OF_A_HAPPENING_AFTER)
            unit, n = spec
        elif (
            lang == "th"
            and c.kind == "relative"
            and c.extra.get("numbered")
            and c.rel is not None
            and c.rel[0] == "unit"
            and c.rel[1] in ("day", "week")
            and c.rel[3] != "anaphoric"
        ):
            unit, n = c.rel[1], c.rel[2]
        else:
            continue
        word = _happening_word_after(norm, c.end, s1, lang)
        if not word:
            continue
        day = _day_dated_before(cands, i, c.start, norm)
        if day is None:
            continue
        region = norm[max(s0, day.start - HAPPENING_WORD_BEFORE_CHARS) : c.start]
        if not _names_the_happening(region, word, lang):
            continue
        c.kind, c.gran = "relative", "day" if unit == "day" else "week"
        c.rel = ("unit", unit, n, "anaphoric")
        c.extra["count_from_at"] = day.start
        c.extra["numbered"] = True
    return out


@functools.cache
def _zh_count_before_a_happening_re() -> re.Pattern[str]:
    return re.compile(T.ZH_COUNT_BEFORE_A_HAPPENING)


def _drop_overlaps(cands: list[Cand]) -> list[Cand]:
    # of two of one length, a claim of no date wins: "today" in "easier
    # today than 20 years ago" is the same span as the day word's
    order = sorted(cands, key=lambda c: (-c.length, c.kind != "no_date", c.start))
    starts: list[int] = []
    ends: list[int] = []
    kept: list[Cand] = []
    for c in order:
        i = bisect.bisect_left(starts, c.start)
        if i > 0 and ends[i - 1] > c.start:
            continue
        if i < len(starts) and starts[i] < c.end:
            continue
        starts.insert(i, c.start)
        ends.insert(i, c.end)
        kept.append(c)
    kept.sort(key=lambda c: c.start)
    return kept


# The longest gap between two dates that a range phrase may fill ("a
# principios de", "hasta finales del mes de").
SEP_PHRASE_MAX_CHARS = 28


# A range word between a counted day and a later one that is a word, not a
# dash alone ("today - Friday's figures" glosses as often as it spans).
_RANGE_WORD = re.compile(r"[^\W\d_]")


def _spans_from_a_counted_day(prev: Cand, c: Cand, norm: str) -> bool:
    """Is ``prev`` -- today, tonight, tomorrow (a counted day told from now)
    -- the first day of a span that a range word carries on to ``c``?"""
    # (not from yesterday: "fell yesterday until Tuesday" is told in the past)
    if not (
        prev.rel
        and prev.rel[:2] == ("unit", "day")
        and prev.rel[3] == "deictic"
        and isinstance(prev.rel[2], int)
        and prev.rel[2] >= 0
    ):
        return False
    gap = norm[prev.end : c.start]
    if not _RANGE_WORD.search(gap):
        return False
    cues = _cue_regexes(c.lang)
    # (or the range word between two weekdays told with parts of the day:
    # "hoy hasta el mediodía del viernes")
    part_gap = T.WEEKDAY_PART_SPAN.get(c.lang, {}).get("gap")
    return bool(
        (len(gap) <= 12 and cues["sep"].match(gap))
        or (cues["sep_time"] is not None and cues["sep_time"].match(gap))
        or (part_gap is not None and re.fullmatch(part_gap, gap, re.IGNORECASE))
    )


def _moved_from_to(prev: Cand, c: Cand, norm: str, cues) -> bool:
    """"moved from A to B" (T.MOVED_FROM): the old date and the new, each read
    alone, where both ends carry their own day and month (neither is lost)."""
    return (
        cues["moved_from"] is not None
        and prev.gran == c.gran == "day"
        and c.kind in ("absolute", "yearless", *ERA_KINDS)
        and cues["moved_from"].search(norm, max(0, prev.start - 60), prev.start) is not None
    )


def _merge_ranges(cands: list[Cand], norm: str) -> list[Cand]:
    """Join "A <sep> B" into one range; a Chinese bare day joins the month before it."""
    out: list[Cand] = []
    for c in cands:
        prev = out[-1] if out else None
        if (
            c.kind == "dayonly"
            and (within := T.RANGE_END_COUNTED.get(c.lang)) is not None
            and re.match(within, norm[c.end : c.end + 4])
        ):
            continue  # "自3月3日起三十日内": within thirty days, a count, no 30th
        if prev is not None and _weekday_day_opens_range(prev, c, norm):
            continue  # "du lundi 7 au mercredi 9 mars": prev now spans both
        if (
            prev is not None
            and c.kind == "dayonly"
            and prev.kind == "relative"
            and (first := prev.extra.get("month_day")) is not None
            and "month_day2" not in prev.extra
            and c.d is not None
            and c.d > first
            and c.start - prev.end <= 12
            and _cue_regexes(c.lang)["sep"].match(norm[prev.end : c.start])
        ):
            # "本月15日至16日": both days of the month counted from now (the
            # bare second day alone would be read as the latest past 16th)
            prev.extra["month_day2"], prev.end = c.d, c.end
            continue
        if (
            prev is not None
            and prev.kind == "relative"
            and c.kind == "relative"
            and prev.gran == "day"
            and c.gran == "day"
            and c.lang == prev.lang
            and c.start - prev.end <= 40
        ):
            # "今晚10点至明早6点", "from 10 p.m. tonight until 6 a.m. tomorrow",
            # "tối nay đến sáng mai": a span of the days counted from now,
            # joined once both are resolved (_join_relative_days)
            cues = _cue_regexes(c.lang)
            gap = norm[prev.end : c.start]
            if (
                (c.start - prev.end <= 12 and cues["sep"].match(gap))
                or (cues["sep_time"] is not None and cues["sep_time"].match(gap))
                or (
                    cues["and_time"] is not None
                    and cues["and_open"] is not None
                    and cues["and_time"].match(gap)
                    and cues["and_open"].search(norm[max(0, prev.start - 24) : prev.start])
                )
            ):
                c.extra["span_from"] = prev.start
        elif (
            prev is not None
            and c.kind == "relative"
            and c.gran == "day"
            and prev.kind in ("absolute", "yearless", *ERA_KINDS)
            and prev.gran == "day"
            and not prev.is_range
            and c.lang == prev.lang
            and c.start - prev.end <= 40
            and (sep_time := _cue_regexes(c.lang)["sep_time"]) is not None
            and sep_time.match(norm[prev.end : c.start])
        ):
            # "2027年12月31日晚8点至次日凌晨1点", "from 10 p.m. on Dec. 31 until
            # 2 a.m. the next day": a span from a clock time on a date to one on
            # the day counted from it, joined once both are resolved
            c.extra["span_from"] = prev.start
        elif (
            prev is not None
            and prev.kind == "relative"
            and prev.gran == "day"
            and c.lang == prev.lang
            and (c.kind in ("weekday", "dayonly") or (c.kind == "yearless" and c.gran == "day"))
            and not c.is_range
            and "wd_to" not in c.extra
            and c.start - prev.end <= 40
            and _spans_from_a_counted_day(prev, c, norm)
        ):
            # "from tonight until Sunday morning", "de ce soir 20 h à jeudi
            # 6 h", "từ tối nay đến hết ngày 17/10", "今天夜间到17日白天": a
            # span from a counted day to a later named one runs ahead of it;
            # joined once both are resolved (_join_relative_days)
            c.extra["span_from"] = prev.start
            c.extra["span_to_named"] = True
            c.tense = "future"
        elif (
            prev is not None
            and prev.kind == "weekday"
            and c.lang == prev.lang
            and "day" not in prev.extra
            and "wd_to" not in prev.extra
            and prev.rel[2] in (None, "this_week", "nearest")
            and c.kind in ("absolute", "yearless", *ERA_KINDS)
            and c.gran == "day"
            and not c.is_range
            and c.start - prev.end <= 40
            and (sep_time := _cue_regexes(c.lang)["sep_time"]) is not None
            and sep_time.match(norm[prev.end : c.start])
        ):
            # "from 10 p.m. on Friday until 5 a.m. on Monday, March 16", "de
            # vendredi 22 h à lundi 16 mars", "周五22时至下周一（3月16日）": a
            # span from a clock time on a weekday to one on a later dated day;
            # the weekday is the last one before that date, joined once both
            # are resolved (_join_relative_days)
            c.extra["span_from_weekday"] = (prev.start, prev.rel[1])
        if (
            prev is not None
            and c.lang == prev.lang
            and prev.kind not in ("relative", "weekday", "impossible", "dayonly")
            and not prev.is_range
            and c.start - prev.end <= 40
        ):
            cues = _cue_regexes(c.lang)
            gap = norm[prev.end : c.start]
            # a span from a time on one day to a time on a later one ("from
            # 10 p.m. on Dec. 31 until 4 a.m. on Jan. 1"): the days between,
            # as without the times
            timed = cues["sep_time"] is not None and cues["sep_time"].match(gap) is not None
            opened = cues["open"] and cues["open"].search(
                norm[max(0, prev.start - 16) : prev.start]
            )
            # after "from" / "between" a comma may close the first date's
            # weekday phrase ("from Monday, March 3, to Wednesday, March 5")
            if opened and gap.lstrip().startswith(","):
                gap = gap.lstrip()[1:]
            # a day with its weekday in brackets ("至5日（周三）") is a bare day
            c_day = c.extra.get("day") if c.kind == "weekday" and prev.gran == "day" else None
            # (a range word of several words may run longer: "de finales de
            # mayo a principios de junio")
            near = c.start - prev.end <= 12 or (
                c.start - prev.end <= SEP_PHRASE_MAX_CHARS and cues["sep"].match(gap) is not None
            )
            if (
                near
                and cues["sep_ends_clause"] is not None
                and cues["sep_ends_clause"].fullmatch(gap)
                and not (cues["close"] and cues["close"].match(norm[c.end : c.end + 6]))
            ):
                near = False  # "3月4日开始，4月2日一度达成协议": two happenings
            if (
                (near and (cues["sep"].match(gap) or (opened and cues["and"].match(gap)))) or timed
            ) and not _moved_from_to(prev, c, norm, cues):
                if c_day is not None and prev.m is not None:
                    y2, m2, d2 = prev.y, prev.m, c_day
                elif c.kind == "dayonly" and prev.kind == "monthday":
                    # "10日至12日": days of one month
                    if c.d is not None and prev.d is not None and c.d > prev.d:
                        prev.d2, prev.is_range, prev.end = c.d, True, c.end
                        tail = norm[prev.end : prev.end + 6]
                        if cues["close"] and (mt := cues["close"].match(tail)):
                            prev.end += mt.end()
                        continue
                    m2 = -1
                elif c.kind == "dayonly" and prev.m is not None and prev.gran == "day":
                    y2, m2, d2 = prev.y, prev.m, c.d
                elif (
                    c.kind in ("absolute", "yearless", *ERA_KINDS)
                    and c.gran == prev.gran
                    and not c.is_range
                ):
                    y2, m2, d2 = c.y, c.m, c.d
                else:
                    m2 = y2 = d2 = None
                    m2 = -1
                if m2 != -1:
                    ya = prev.y if prev.y is not None else y2
                    yb = y2 if y2 is not None else ya
                    # a late month to an early one ("Dec. 28 to Jan. 5", "Nov.
                    # 30 to Jan. 2"): across the new year, not back ten months
                    months_wrap = (
                        m2 is not None
                        and prev.m is not None
                        and (
                            prev.m - m2 >= 10
                            # the end's relative year alone ("11月下旬至明年2月"):
                            # any earlier month is in the year after the start's
                            or (
                                m2 < prev.m
                                and prev.y is None
                                and y2 is None
                                and prev.year_rel is None
                                and isinstance(c.year_rel, int)
                            )
                        )
                    )
                    # one end's year written, the other's not ("từ 28/12/2027
                    # đến 3/1", "30 ธ.ค. ถึง 2 ม.ค. 2571"): the other is the
                    # year before or after it
                    if months_wrap and (prev.y is None) != (y2 is None):
                        if prev.y is None:
                            ya = yb - 1
                        else:
                            yb = ya + 1
                    # year-less "Dec. 28 to Jan. 5" runs into the next year
                    wraps = months_wrap and ya is None and yb is None
                    if wraps or (yb or 0, m2 or 0, d2 or 0) > (ya or 0, prev.m or 0, prev.d or 0):
                        if prev.y is None and ya is not None:
                            prev.kind = c.kind
                        prev.y, prev.y2, prev.m2, prev.d2 = ya, yb, m2, d2
                        prev.is_range = True
                        if prev.year_rel is None and c.year_rel is not None:
                            # "from late May to mid-June last year": the year both share;
                            # across the new year ("12月下旬至明年1月中旬") the end's,
                            # the start in the year before it
                            prev.year_rel = c.year_rel
                            if months_wrap and isinstance(c.year_rel, int):
                                prev.year_rel = c.year_rel - 1
                        prev.end = c.end
                        tail = norm[prev.end : prev.end + 6]
                        if cues["close"] and (mt := cues["close"].match(tail)):
                            prev.end += mt.end()
                        continue
        if c.kind == "dayonly":
            if c.extra.get("aftermonth") and not (
                prev is not None and _told_after_a_written_date(prev, c, norm)
            ):
                continue  # es "lleva el 10": a bare "el 10" is a day only after a date
            # a bare day outside a range is a date only where the language
            # writes the current month's days so (T.MONTHDAY_ALONE)
            if not _monthday_alone(c, norm):
                continue
            c.kind = "monthday"
            if (
                prev is not None
                # told in the past, a later bare day after a written month is
                # still that month's ("ont cessé le travail le 3 avril, l'ont
                # repris le 11"): not the latest 11th before publication
                and (c.tense != "past" or (prev.kind != "monthday" and prev.m is not None))
                and _later_day_of_one_account(prev, c, norm)
            ):
                c.extra["after_day_at"] = prev.start
            elif (
                prev is not None
                and c.tense != "past"
                and _earlier_day_of_one_account(prev, c, norm)
            ):
                c.extra["month_of_at"] = prev.start
            elif c.extra.get("aftermonth"):
                continue  # a bare "el 10" is read only as a day of the account
        out.append(c)
    return out


# What may stand between the bare days of a list and the date that ends it
# ("le 8, le 9 et le 10 novembre", "no dia 8, no dia 9 e no dia 10 de
# novembro", "am 8., 9. und 10. Mai"): joiners, articles, day words and more
# day numbers.
_LIST_WORDS = frozenset(
    "et e y and und и i le el les los no nos o am the dia día dias días".split()
)
_LIST_SPLIT = re.compile(r"[\s,]+")
_LIST_DAY = re.compile(r"(?:3[01]|[12]\d|0?[1-9])\.?")


def _days_listed_before_a_date(cands: list[Cand], norm: str) -> None:
    """A bare day of the month listed before a written date ("le 8, le 9 et
    le 10 novembre"): a day of that date's month, told with it; it was read
    as a day near publication. Only days in rising order, within a short
    list of joiners and day numbers."""
    # the first candidate after each that is not a bare day, found in one
    # backward pass (a scan per day was quadratic on long lists of bare days)
    following: list[Cand | None] = [None] * len(cands)
    nearest: Cand | None = None
    for i in range(len(cands) - 1, -1, -1):
        following[i] = nearest
        if cands[i].kind != "monthday":
            nearest = cands[i]
    for i, c in enumerate(cands):
        if c.kind != "monthday" or c.d is None or c.m is not None:
            continue
        nxt = following[i]
        if (
            nxt is None
            or nxt.kind not in ("absolute", "yearless")
            or nxt.gran != "day"
            or nxt.m is None
            or nxt.d is None
            or nxt.d <= c.d
            or nxt.start - c.end > 48
        ):
            continue
        gap = norm[c.end : nxt.start]
        words = [w.lower() for w in _LIST_SPLIT.split(gap.strip(" ,")) if w]
        if not ("," in gap or any(w in ("et", "e", "y", "and", "und", "и", "i") for w in words)):
            continue
        if not all(w in _LIST_WORDS or _LIST_DAY.fullmatch(w) for w in words):
            continue
        if not _valid_day(nxt.y if nxt.y is not None else 2000, nxt.m, c.d):
            continue
        c.kind, c.y, c.m, c.gran = nxt.kind, nxt.y, nxt.m, "day"
        c.tense, c.year_rel, c.era = nxt.tense, nxt.year_rel, nxt.era
        if nxt.extra.get("future_clause"):
            c.extra["future_clause"] = True
        c.extra.pop("after_day_at", None)
        c.extra.pop("month_of_at", None)


# A year-less date that labels an item of a list -- a colon or a dash after
# it, before the item's words ("Jan. 15: the first rate cut", "15 mars :
# début de la révolte", "1月15日 — 首条...") -- under a heading that names a
# year ("2024 in review", "Rétrospective 2024", "2024年大事回顾"): that year,
# whatever the publication's. Year-end reviews are published late in December
# or early in January, where a year-less date alone would be read nearest
# publication, in the wrong year. A colon between digits is a clock time.
_LIST_LABEL_AFTER = re.compile(r"[ \t]*(?:[:：](?!\d)|[—–][ \t])")
LIST_YEAR_MAX_CHARS = 400
# A chronology's items each tell a paragraph: the list goes on to an item
# this far after the last one when it comes later in the calendar (a year's
# review, month by month), LIST_YEAR_MAX_CHARS in any order.
LIST_ITEM_IN_ORDER_MAX_CHARS = 1000
# A heading's year the patterns leave unread, as a bare number is in en/fr
# ("2024 in review —", "Rétrospective 2024 —"): a year of four digits before
# the first item, with a list mark after it on its line, or a short line of
# its own ("2024 in review\n").
_HEADING_YEAR = re.compile(r"(?<![\d.,/:-])(1[89]\d\d|20\d\d)(?![\d.,/:-]?\d)")
_HEADING_MARK = re.compile(r"[:：—–•]")
HEADING_LINE_MAX_CHARS = 60


def _heads_a_list(norm: str, start: int, end: int) -> bool:
    """A year that can head a list: a list mark after it on its line, or a
    short line of its own that ends in no sentence mark ("2024 in review")."""
    # (looked for within a bounded reach: a scan to a far line end per year
    # would be quadratic on long unbroken text)
    reach = end + LIST_YEAR_MAX_CHARS
    line_end = norm.find("\n", end, reach)
    if _HEADING_MARK.search(norm, end, line_end if line_end >= 0 else reach):
        return True
    if line_end < 0:
        return False
    line_start = norm.rfind("\n", max(0, start - HEADING_LINE_MAX_CHARS), start) + 1
    line = norm[line_start:line_end].rstrip()
    return len(line) <= HEADING_LINE_MAX_CHARS and not line.endswith(
        (".", "!", "?", "。", "！", "？")
    )


@functools.cache
def _timed_numeric_res(lang: str):
    spec, clock = T.TIMED_NUMERIC_DATE.get(lang), T.CLOCK_TIME.get(lang)
    if spec is None or clock is None:
        return None
    link = r"(?<![^\W\d_])(?:" + spec["link"] + r")\s+$"
    return (
        re.compile(link, re.IGNORECASE),
        re.compile(r"(?:" + clock["time"] + r")\s*,?\s*" + link, re.IGNORECASE),
        re.compile(
            r"\s*,?\s*(?:" + spec["at"] + r")\s+(?:" + clock["time"] + r")(?![\d/])", re.IGNORECASE
        ),
    )


def _timed_numeric_date(norm: str, s0: int, s1: int, start: int, end: int, lang: str) -> bool:
    """A bare numeric day and month (elsewhere only a list label, see
    _list_items_under_a_year) after a date's preposition with a clock time
    before or after it ("at 23:45 on 3/4", "le 3/4 à 6 h"): a date
    (T.TIMED_NUMERIC_DATE)."""
    res = _timed_numeric_res(lang)
    if res is None:
        return False
    link, time_before, time_after = res
    before = norm[max(s0, start - 40) : start]
    return bool(
        link.search(before)
        and (time_before.search(before) or time_after.match(norm, end, min(s1, end + 40)))
    )


# A page's stamp line: a year-less day and month opening its line, then a
# clock time, then the line's end or a separator before the page's counters
# ("09/03 14:20", "09/03 14:20 | 3.402 views"). Nowhere else is a bare
# "09/03" a date: in running text it may be a ratio or a score.
_STAMP_LINE_CLOCK = re.compile(
    r"[ \t]*,?[ \t]*\d{1,2}[:h]\d{2}(?::\d{2})?(?:[ \t]*(?:[ap]\.?m\.?|giờ|น\.))?"
    r"[ \t]*(?:$|[|·•][^\n]*$|\((?:GMT|UTC)[^\n]*$)",
    re.IGNORECASE | re.MULTILINE,
)


def _stamp_line_day(norm: str, start: int, end: int) -> bool:
    """True when the day-month at ``start:end`` opens a stamp line
    (_STAMP_LINE_CLOCK)."""
    line = norm.rfind("\n", 0, start) + 1
    return not norm[line:start].strip() and _STAMP_LINE_CLOCK.match(norm, end) is not None


# What stands before a bare numeric list label: a bullet, or the line's start.
_LIST_LABEL_BEFORE = re.compile(r"(?:^|\s)[•·▪●‣◦*–-][ \t]*$")


def _unread_heading(norm: str, since: int, c: Cand) -> tuple[int, int, int] | None:
    """The first year between ``since`` and ``c`` that heads a list, as (year,
    start, end); with ``c`` a year, only that same year."""
    for mt in _HEADING_YEAR.finditer(norm, since, c.start):
        y = int(mt.group(1))
        if (c.gran != "year" or y == c.y) and _heads_a_list(norm, mt.start(), mt.end()):
            return y, mt.start(), mt.end()
    return None


# A timeline box with no year above it ("Diễn biến chính:\n- 8/11: ...\n- 10/11:
# ..."): bare labels opening lines one after another, in calendar order, are
# a chronology's days (a score or a share is not listed line by line in
# calendar order), read with the publication's year like any year-less day.
CHRONOLOGY_BOX_MIN_ITEMS = 2
# an item's text stays on its line; a blank line may part two items
CHRONOLOGY_BOX_MAX_NEWLINES = 2


def _chronology_box_labels(labels: list[Cand], norm: str) -> set[int]:
    """ids of the bare list labels (``labels``, in text order) that belong to
    a run of CHRONOLOGY_BOX_MIN_ITEMS or more on successive lines in calendar
    order."""
    boxed: set[int] = set()
    run: list[Cand] = []
    for c in [*labels, None]:
        if (
            c is not None
            and run
            and norm.count("\n", run[-1].end, c.start) in range(1, CHRONOLOGY_BOX_MAX_NEWLINES + 1)
            and (c.m, c.d or 0) >= (run[-1].m, run[-1].d or 0)
        ):
            run.append(c)
            continue
        if len(run) >= CHRONOLOGY_BOX_MIN_ITEMS and not _headed_by_odds(run[0], norm):
            boxed.update(id(x) for x in run)
        run = [c] if c is not None else []
    return boxed


def _headed_by_odds(first: Cand, norm: str) -> bool:
    """The line above a list's first label names betting odds (T.ODDS_HEADING)."""
    words = T.ODDS_HEADING.get(first.lang)
    if words is None:
        return False
    line_start = norm.rfind("\n", 0, first.start)
    if line_start < 0:
        return False
    head = norm[norm.rfind("\n", 0, line_start) + 1 : line_start]
    return re.search(words, head, re.IGNORECASE) is not None


def _list_items_under_a_year(cands: list[Cand], norm: str) -> list[Cand]:
    """Give list items their heading's year (see _LIST_LABEL_AFTER); a bare
    numeric label ("• 9/26:") with no such heading is dropped. A heading's
    year the patterns left unread becomes a mention too: it is a date."""
    heading: tuple[int, int, int] | None = None  # (year, start, end)
    # where the list last went on (the heading's end, then each item's) and
    # the last item's (month, day): the list reaches the next item from there
    last_end, last_md = 0, (0, 0)
    unread: dict[int, Cand] = {}  # headings found here, by start
    read_at = {c.start for c in cands}  # a heading read already is a mention already
    prev_end = 0
    for c in cands:
        if c.kind in ("absolute", *ERA_KINDS) and c.y is not None:
            # only a year alone heads a list; a full date labelling an item is
            # the item's own and ends the heading's reach; a year told in the
            # heading's sentence or in an item's words ("la crise de 2008",
            # "d'ici à 2014") leaves the list as it is
            bare_year = c.gran == "year" and not c.is_range
            if bare_year and _heads_a_list(norm, c.start, c.end):
                heading = (c.y, c.start, c.end)
                last_end, last_md = c.end, (0, 0)
            elif heading is None and bare_year:
                # the heading's year told again in the opening sentence
                # ("Ce qui a marqué 2030\nLes temps forts de l'année 2030."):
                # the heading above it, a bare number left unread, holds
                heading = _unread_heading(norm, max(prev_end, c.start - LIST_YEAR_MAX_CHARS), c)
                if heading is not None:
                    last_end, last_md = c.end, (0, 0)
            elif heading is None or _LIST_LABEL_AFTER.match(norm, c.end):
                heading = None
            prev_end = c.end
            continue
        if (
            c.kind == "yearless"
            and c.m is not None
            and "yy" not in c.extra
            and not isinstance(c.year_rel, int)
            and _LIST_LABEL_AFTER.match(norm, c.end)
        ):
            if heading is None:
                heading = _unread_heading(norm, max(prev_end, c.start - LIST_YEAR_MAX_CHARS), c)
                if heading is not None:
                    last_end, last_md = heading[2], (0, 0)
            md = (c.m, c.d or 0)
            gap = c.start - last_end
            in_order = gap <= LIST_ITEM_IN_ORDER_MAX_CHARS and md >= last_md
            if heading is not None and (gap <= LIST_YEAR_MAX_CHARS or in_order):
                c.extra["list_year"] = heading[:2]
                last_end, last_md = c.end, md
                y, a, e = heading
                if a not in read_at and a not in unread:
                    unread[a] = Cand(a, e, c.lang, kind="absolute", y=y, gran="year")
        prev_end = c.end
    in_a_box = _chronology_box_labels([c for c in cands if c.extra.get("list_label")], norm)
    kept = [
        c
        for c in cands
        if not c.extra.get("list_label") or "list_year" in c.extra or id(c) in in_a_box
    ]
    used = {c.extra["list_year"][1] for c in kept if "list_year" in c.extra}
    heads = [h for a, h in unread.items() if a in used]
    return sorted(kept + heads, key=lambda c: c.start) if heads else kept


@functools.cache
def _split_year_res(lang: str):
    """(words right before the years, words right after them) for each
    opening month of T.SPLIT_YEAR_OPENS."""
    out = []
    # (Chinese and Thai write no space between words)
    lb, la = ("", "") if lang in ("zh", "th") else (r"(?<![^\W\d_])", r"(?![^\W\d_])")
    for words, opens in T.SPLIT_YEAR_OPENS.get(lang, ()):
        before = re.compile(lb + r"(?:" + words + r")\s*$", re.IGNORECASE)
        after = re.compile(r"\s*(?:" + words + r")" + la, re.IGNORECASE)
        out.append((before, after, opens))
    return out


@functools.cache
def _split_year_decided_res(lang: str):
    before, after = T.SPLIT_YEAR_DECIDED_IN.get(lang, (None, None))
    return (
        re.compile(before, re.IGNORECASE) if before else None,
        re.compile(after) if after else None,
    )


def _decided_in(c: Cand, norm: str, lang: str) -> bool:
    """A month told as when something is decided or made known ("will be set
    in March", "将于3月公布"; T.SPLIT_YEAR_DECIDED_IN)."""
    before, after = _split_year_decided_res(lang)
    return bool(
        (before is not None and before.search(norm[max(0, c.start - 40) : c.start]))
        or (after is not None and after.match(norm, c.end, c.end + 16))
    )


def _dates_in_a_split_year(cands: list[Cand], norm: str, lang: str) -> None:
    """A year-less month or day told in the sentence of a school year or a
    season split across two years (T.SPLIT_YEAR_OPENS) takes the one of its
    two years it falls in (extra "split_year": (that year, where the two years
    are written, the first, the second))."""
    spans = [
        c
        for c in cands
        if c.kind == "absolute" and c.gran == "year" and c.y2 is not None and c.y2 == c.y + 1
    ]
    if not spans:
        return
    res = _split_year_res(lang)
    for sp in spans:
        head = norm[max(0, sp.start - 30) : sp.start]
        opens = next(
            (o for b, a, o in res if b.search(head) or a.match(norm, sp.end, sp.end + 30)), None
        )
        if opens is None:
            continue
        for c in cands:
            if (
                c.kind != "yearless"
                or c.m is None
                or c.year_rel is not None
                or "yy" in c.extra
                or "list_year" in c.extra
                or _decided_in(c, norm, lang)
            ):
                continue
            a, b = (sp.end, c.start) if sp.end <= c.start else (c.end, sp.start)
            if a > b or _SENTENCE_BREAK.search(norm, a, b):
                continue
            c.extra["split_year"] = (sp.y if c.m >= opens else sp.y2, sp.start, sp.y, sp.y2)


# A year opening its sentence, set off by a comma ("In 2013, Typhoon Haiyan
# killed ... on Nov. 8", "En 2017, le typhon ... le 15 septembre", "Năm
# 2024, bão Yagi ... ngày 7/9"): the sentence tells that year, and a day or
# month without a year after it in the sentence is of that year -- read as
# the page's own year, history became a happening of the news. Only a bare
# "in" word may stand before the year ("Since 2013, ..." counts on to now).
_YEAR_OPENING_BEFORE = re.compile(
    r"(?:^|[\n.!?。！？]\s*|[\"“«]\s*)"
    r"(?:in|en|au|em|năm|vào năm|hồi năm|trong năm|ในปี|เมื่อปี|ปี)?\s*$",
    re.IGNORECASE,
)
_YEAR_OPENING_AFTER = re.compile(r"\s*[,，、]")
# A year set before a colon ("remontait à 2019 : deux bûcherons avaient été
# libérés le 3 octobre", "The last one was in 2019: two loggers were freed on
# Oct. 3", "2019年：两名伐木工10月3日获释"): what the colon opens tells of that
# year. Not a year counted from or to ("since 2019:", "jusqu'en 2019 :"):
# that span reaches to now.
_YEAR_BEFORE_A_COLON = re.compile(r"[ \t]*(?:年|ปี)?[ \t]*[:：]")
_FROM_OR_UNTIL_BEFORE_A_YEAR = re.compile(
    r"(?<![^\W\d_])(?:since|until|till|depuis|jusqu'(?:en|à)?|jusqu’(?:en|à)?|desde|hasta|"
    r"từ|đến|tới)\s*(?:(?:năm|el año|l'an|l’an|the year)\s*)?$"
    r"|(?:自|从|自从|直到|至|ตั้งแต่|จนถึง|ถึง)\s*(?:ปี|พ\.ศ\.|ค\.ศ\.)?\s*$",
    re.IGNORECASE,
)


def _opens_its_sentence_or_a_colon(y: Cand, norm: str) -> bool:
    """A year opening its sentence set off by a comma, or one set before a colon
    (not counted from or to): the clause after it is of that year."""
    if _YEAR_OPENING_AFTER.match(norm, y.end):
        return bool(_YEAR_OPENING_BEFORE.search(norm, max(0, y.start - 12), y.start))
    return bool(
        _YEAR_BEFORE_A_COLON.match(norm, y.end)
        and not _FROM_OR_UNTIL_BEFORE_A_YEAR.search(norm, max(0, y.start - 16), y.start)
    )


def _dates_in_a_sentence_opened_by_a_year(cands: list[Cand], norm: str) -> None:
    """A year-less day or month after a year that opens its sentence (see
    _YEAR_OPENING_BEFORE) or stands before a colon takes that year (extra
    "sentence_year": (year, where))."""
    for y in cands:
        if not (
            y.kind in ("absolute", *ERA_KINDS)
            and y.gran == "year"
            and y.y is not None
            and not y.is_range
            and _opens_its_sentence_or_a_colon(y, norm)
        ):
            continue
        for c in cands:
            if c.start < y.end:
                continue
            if _SENTENCE_BREAK.search(norm, y.end, c.start):
                break
            if (
                c.kind == "yearless"
                and c.m is not None
                and c.year_rel is None
                and "yy" not in c.extra
                and "list_year" not in c.extra
                and "split_year" not in c.extra
            ):
                c.extra["sentence_year"] = (y.y, y.start)


def _weekday_day_opens_range(prev: Cand, c: Cand, norm: str) -> bool:
    """'du lundi 7 au mercredi 9 mars', 'del lunes 7 al miércoles 9 de marzo':
    a weekday with a bare day, then a range word, then a full day date. The
    first day takes the second's month (the month before when its day is
    larger) and ``prev`` becomes the range; True when it did."""
    if not (
        prev.kind == "weekday"
        and "day" in prev.extra
        and prev.lang == c.lang
        and c.kind in ("absolute", "yearless", *ERA_KINDS)
        and c.gran == "day"
        and not c.is_range
        and c.m is not None
        and c.d is not None
        and 0 <= c.start - prev.end <= 12
        and _cue_regexes(c.lang)["sep"].match(norm[prev.end : c.start])
    ):
        return False
    d1, m1, y1 = prev.extra["day"], c.m, c.y
    if d1 > c.d:
        m1 -= 1
        if m1 == 0:
            m1, y1 = 12, (y1 - 1 if y1 is not None else None)
    if not _valid_day(y1 if y1 is not None else 2000, m1, d1):
        return False
    prev.extra["wd"] = prev.rel[1]
    prev.kind, prev.rel = c.kind, None
    prev.y, prev.m, prev.d = y1, m1, d1
    prev.y2, prev.m2, prev.d2 = c.y, c.m, c.d
    prev.is_range, prev.gran, prev.end = True, "day", c.end
    prev.year_rel, prev.tense, prev.era, prev.note = c.year_rel, c.tense, c.era, c.note
    return True


# What ends one account of dates for a bare day after them: a sentence's end
# (a semicolon or a comma only parts its clauses: "termina el 30 de junio;
# la domiciliación, el día 25"); a full stop ends it only for a bare "el 10"
# (_told_after_a_written_date): a later day reads on past an abbreviation
_ACCOUNT_END = re.compile(r"[。！？!?\n]")
_ACCOUNT_END_STOP = re.compile(r"[。！？!?\n]|\.(?:\s|$)")


def _last_named_day(prev: Cand) -> int | None:
    """The day a bare day after ``prev`` is told after: a written date's, a
    range's last ("del 1 al 3 de julio ... el 10"), a bare day's; None for
    anything else."""
    if prev.kind == "monthday":
        return prev.d
    if prev.kind not in ("absolute", "yearless") or prev.gran != "day" or prev.m is None:
        return None
    if prev.is_range:
        return prev.d2 if prev.m2 is not None else None
    return prev.d


def _month_of_the_day_before(
    out: list, c: Cand, base: dt.date | None
) -> tuple[dt.date, str] | None:
    """(day, label) for a bare day marked by _earlier_day_of_one_account:
    the day of the date told before it, when that day is not behind ``base``
    (the publication's or dateline's day); None otherwise."""
    at = c.extra["month_of_at"]
    earlier = next((o for o in reversed(out) if o.start == at and o.m is not None), None)
    if earlier is None or earlier.y is None:
        return None
    y, m = (
        (earlier.y2 or earlier.y, earlier.m2)
        if earlier.is_range and earlier.m2 is not None
        else (earlier.y, earlier.m)
    )
    day = _safe_date(y, m, c.d)
    if day is None or (base is not None and day < base):
        return None
    return day, f"month_of:{day.isoformat()[:7]}"


def _later_day_of_one_account(prev: Cand, c: Cand, norm: str) -> bool:
    """'代表团28日抵达，30日离开', '预计30日登陆，31日减弱': bare days told in
    rising order in one sentence are days of one month, whatever side of
    the publication day they fall on (the later day is never a month back).
    So is a bare day after a written date or range ("le premier tour aura
    lieu le 15 mars, le second le 22", "em 4 de outubro de 2026 e o segundo,
    no dia 25", "del 1 al 3 de julio ... el 10"): the 22nd of that March,
    not of the publication's month."""
    last = _last_named_day(prev)
    return (
        last is not None
        and c.d is not None
        and c.d > last
        and c.start - prev.end <= 40
        and not _ACCOUNT_END.search(norm, prev.end, c.start)
    )


def _earlier_day_of_one_account(prev: Cand, c: Cand, norm: str) -> bool:
    """An earlier bare day told after a written date in its sentence, in a
    clause that goes on with its account ("termina el 30 de junio; la
    domiciliación, el día 25", "closes on June 30; the first payment, on the
    25th"): a day of that date's month where it lies ahead of publication
    (resolve_found checks); not after a bare day ("28日...25日")."""
    last = None if prev.kind == "monthday" else _last_named_day(prev)
    return (
        last is not None
        and c.d is not None
        and c.d < last
        and c.start - prev.end <= 40
        and not _ACCOUNT_END_STOP.search(norm, prev.end, c.start)
    )


def _told_after_a_written_date(prev: Cand, c: Cand, norm: str) -> bool:
    """A bare "el 10" in a clause joined to one with a written date or range
    ("será del 1 al 3 de julio y las notas se publicarán el 10", "comenzarán
    el 3 de marzo; la calle reabre el 20"): a day of that account, where no
    word that takes a number stands before it (T.MONTHDAY_ALONE
    "not_before_bare": "lleva el 10" is a shirt). In the date's own clause
    it is what the clause is about ("el sorteo del 5 de mayo dio como
    ganador el 10")."""
    rule = T.MONTHDAY_ALONE.get(c.lang) or {}
    bare_not, joined = rule.get("not_before_bare"), rule.get("bare_after_joined")
    return (
        joined is not None
        and re.search(joined, norm[prev.end : c.start]) is not None
        and prev.kind in ("absolute", "yearless")
        and prev.gran == "day"
        and prev.m is not None
        and c.start - prev.end <= 60
        and not _ACCOUNT_END_STOP.search(norm, prev.end, c.start)
        and not (
            bare_not and re.search(bare_not, norm[max(0, c.start - 30) : c.start], re.IGNORECASE)
        )
    )


def _month_then_future_sentence(c: Cand, norm: str) -> None:
    """A year-less month whose sentence then tells what is to come by a
    language's sign of it (T.MONTHDAY_ALONE "future_sentence": Chinese 将
    right before a verb of what is to come, "8月下旬，长江流域将进入主汛期")
    lies ahead, as a bare day so told does; it was last year's month."""
    if c.kind != "yearless" or c.d is not None or c.m is None or c.tense is not None:
        return
    rule = T.MONTHDAY_ALONE.get(c.lang)
    if (
        rule
        and rule.get("future_sentence")
        and re.match(rule["future_sentence"], norm[c.end : c.end + 120])
    ):
        c.tense = "future"


# A clock time's dots ("8 p.m.", "6 a.m."), which end no clause.
_CLOCK_DOTS = re.compile(r"(?<![^\W\d_])[ap]\.\s?m\.", re.IGNORECASE)


def _clock_dots_masked(text: str) -> str:
    """``text`` with a clock time's dots ("8 p.m.") as spaces, of one length."""
    return _CLOCK_DOTS.sub(lambda mt: mt.group(0).replace(".", " "), text)


def _clause_before(norm: str, start: int, chars: int) -> str:
    """The text of the clause before ``start``, at most ``chars`` back, a
    clock time's dots taken for no clause mark."""
    clause = norm[max(0, start - chars) : start]
    if mt := _CLAUSE_END.match(_clock_dots_masked(clause)):
        return clause[mt.end() :]
    return clause


def _monthday_alone(c: Cand, norm: str) -> bool:
    rule = T.MONTHDAY_ALONE.get(c.lang)
    if rule is None or c.d is None or not 1 <= c.d <= 31:
        return False
    before = norm[max(0, c.start - 24) : c.start]
    after = norm[c.end : c.end + 4]
    if re.search(rule["not_before"], before, re.IGNORECASE) or re.match(rule["not_after"], after):
        return False
    cues = _cue_regexes(c.lang)
    for tense, (brx, arx) in cues["tense"].items():
        if (brx and brx.search(before)) or (arx and arx.match(norm[c.end : c.end + 24])):
            c.tense = tense
            break
    if c.tense is None and any(
        rule.get(k) and re.match(rule[k], norm[c.end : c.end + 120])
        for k in ("future_sentence", "future_after_day")
    ):
        c.tense = "future"
    onwards = rule.get("future_onwards")
    if (
        c.tense is None
        and onwards
        and re.match(onwards[0], norm[c.end : c.end + 16])
        and re.search(onwards[1], norm[max(0, c.start - 80) : c.start])
    ):
        c.tense = "future"
    if c.tense is None and c.lang not in ("zh", "th"):
        # a future word earlier in its clause ("La votación será el día 25",
        # "Le scrutin aura lieu le 25"): the coming such day, as a weekday
        # after one is ("votará el martes"); it was the one just past. As for
        # a weekday, a clock time's dots end no clause ("will close at 8 p.m.
        # on the 5th"), and past the nearest 60 characters the clause is read
        # on while no clause mark cuts it and no verb in it is told in the
        # past ("will close its doors to readers from across the county on
        # the 5th")
        clause = _clause_before(norm, c.start, 60)
        wide = _clause_before(norm, c.start, WEEKDAY_TENSE_CHARS)
        past_verb = cues["past_verb"][0]
        if _future_word_before(cues, clause) or (
            len(wide) > len(clause)
            and _future_word_before(cues, wide)
            and not (past_verb is not None and past_verb.search(wide))
        ):
            c.tense = "future"
    if c.tense is None and c.lang not in ("zh", "th"):
        # a future word earlier in its sentence, in a clause the day's own is
        # coordinated with ("and"), and no past form nor reported speech in
        # the sentence ("Buses will run until Friday, and services resume on
        # the 14th"): the coming such day. Not a day in a relative or
        # appositive phrase ("modificará la norma, vigente desde el día 3").
        sentence = norm[max(0, c.start - 200) : c.start]
        if mt := _SENTENCE_END.match(sentence):
            sentence = sentence[mt.end() :]
        last = None
        for rx in (cues["sentence_future"], cues["wd_future"]):
            for mt in rx.finditer(sentence) if rx is not None else ():
                if last is None or mt.end() > last:
                    last = mt.end()
        joined = cues["clause_and"]
        if last is not None and joined is not None and joined.search(sentence[last:]):
            rest = norm[c.end : c.end + 80]
            if stop := _SENTENCE_STOP.search(rest):
                rest = rest[: stop.start()]
            told = sentence + " " + rest
            if not any(
                rx is not None and rx.search(told)
                for rx in (cues["sentence_past"], cues["past_verb"][0], cues["reported"])
            ):
                c.tense = "future"
    return True


def monthday_date(ref: dt.date, day: int, how) -> dt.date | None:
    """The date with day-of-month ``day`` nearest ``ref``: at or before it, or
    at or after it when ``how`` says future; None when no month within two
    has such a day."""
    step = 1 if how in ("next", "future") else -1
    y, m = ref.year, ref.month
    for _ in range(3):
        if _valid_day(y, m, day):
            cand = dt.date(y, m, day)
            if (cand >= ref) if step > 0 else (cand <= ref):
                return cand
        m += step
        if m == 0:
            y, m = y - 1, 12
        elif m == 13:
            y, m = y + 1, 1
    return None


def _attach_weekday_days(cands: list[Cand], norm: str, s0: int, s1: int) -> list[Cand]:
    """'lundi 7', 'Friday the 13th', '周五（7日）': a bare day number next to a
    weekday (see tables.WEEKDAY_DAY) joins it; resolution then looks for the
    day near publication on which both agree."""
    if not any(c.kind == "weekday" for c in cands):
        return cands
    cues = _cue_regexes(cands[0].lang)
    after_rx, before_rx = cues["wd_day_after"], cues["wd_day_before"]
    close_rx, next_rx = cues["wd_day_close"], cues["wd_day_next"]
    if after_rx is None and before_rx is None:
        return cands
    used: set[int] = set()  # bare Chinese days ("7日") taken by a weekday
    # Each weekday needs the start of the next candidate that is not a bare
    # day, the end of the previous one, and the bare days it overlaps; found
    # in single passes and by bisection (scans per weekday were quadratic on
    # long lists). Only weekdays move, each after its own turn, so the next
    # starts can be taken beforehand and the previous ends as the loop goes.
    next_start = [s1] * len(cands)
    nearest = s1
    for i in range(len(cands) - 1, -1, -1):
        next_start[i] = nearest
        if cands[i].kind != "dayonly":
            nearest = cands[i].start
    bare = sorted((x.start, j) for j, x in enumerate(cands) if x.kind == "dayonly")
    bare_starts = [b for b, _ in bare]
    bare_longest = max((cands[j].end - cands[j].start for _, j in bare), default=0)
    prev_end = s0
    for i, c in enumerate(cands):
        if c.kind != "weekday":
            if c.kind != "dayonly":
                prev_end = max(prev_end, c.end)
            continue
        nxt = next_start[i]
        start, end, raw = c.start, c.end, None
        mt = after_rx.match(norm, c.end, min(s1, c.end + 40)) if after_rx else None
        if (
            mt
            and mt.end() <= nxt
            and (next_rx is None or mt.groupdict().get("suf") or next_rx.match(norm, mt.end(), s1))
        ):
            end, raw = mt.end(), mt.group("d")
        elif before_rx is not None and close_rx is not None:
            lo = max(s0, c.start - 16)
            bm = before_rx.search(norm[lo : c.start])
            cm = close_rx.match(norm, c.end, min(s1, c.end + 4)) if bm else None
            if bm and cm and lo + bm.start() >= prev_end:
                start, end, raw = lo + bm.start(), cm.end(), bm.group("d")
        d = han_number(raw) if raw is not None else None
        if d is not None and 1 <= d <= 31:
            c.extra.update(day=d, wd_start=c.start, wd_end=c.end)
            k = bisect.bisect_right(bare_starts, start - bare_longest)
            while k < len(bare) and bare_starts[k] < end:
                j = bare[k][1]
                if cands[j].end > start:
                    used.add(j)
                k += 1
            c.start, c.end = start, end
        prev_end = max(prev_end, c.end)
    return [x for j, x in enumerate(cands) if j not in used]


_OPEN_BRACKET = re.compile(r"\s*[（(]\s*")
_CLOSE_BRACKET = re.compile(r"\s*[)）]")


def _merge_weekdays(cands: list[Cand], norm: str) -> list[Cand]:
    """'Monday, January 26' / 'lundi 3 février' / 'thứ Hai (8/7)' / '7月8日（周一）':
    the weekday belongs to the date (kept in extra["wd"] to check the date
    or choose its year)."""
    out: list[Cand] = []
    for c in cands:
        prev = out[-1] if out else None
        if prev is None or c.lang != prev.lang:
            out.append(c)
            continue
        gap = norm[prev.end : c.start]
        if (
            prev.kind == "weekday"
            and "day" not in prev.extra
            and c.kind not in ("weekday", "dayonly", "relative")
            and c.gran == "day"
        ):
            if _cue_regexes(c.lang)["wd_join"].fullmatch(gap):
                out.pop()
                c.start = prev.start
                c.extra["wd"] = prev.rel[1]
            elif _OPEN_BRACKET.fullmatch(gap) and (cm := _CLOSE_BRACKET.match(norm, c.end)):
                out.pop()
                c.start, c.end = prev.start, cm.end()
                c.extra["wd"] = prev.rel[1]
        elif (
            c.kind == "weekday"
            and c.rel[2] is None
            and "day" not in c.extra
            and prev.kind not in ("weekday", "dayonly", "relative")
            and prev.gran == "day"
            and _OPEN_BRACKET.fullmatch(gap)
            and (cm := _CLOSE_BRACKET.match(norm, c.end))
        ):
            prev.end = cm.end()
            prev.extra["wd"] = c.rel[1]
            continue
        elif (
            # "2026年3月24日 星期二": Chinese writes the weekday after the
            # date, in a masthead or a dateline set off by a space only
            c.lang == "zh"
            and c.kind == "weekday"
            and c.rel[2] is None
            and "day" not in c.extra
            and prev.kind not in ("weekday", "dayonly", "relative")
            and prev.gran == "day"
            and not prev.is_range
            and gap.isspace()
            and "\n" not in gap
        ):
            prev.end = c.end
            prev.extra["wd"] = c.rel[1]
            continue
        out.append(c)
    return out


def _pair_weekdays(cands: list[Cand], norm: str) -> list[Cand]:
    """Two weekdays joined by "and" ("lundi et mardi", "el lunes y el
    martes", "on Monday and Tuesday"): consecutive days, or any two after
    "between" ("entre lundi et jeudi"), are one span of days; other pairs
    ("on Monday and Thursday") two days told alike, the second taking the
    first's direction and tense. A night between two weekdays ("dans la nuit
    de mardi à mercredi") is the span of both days. The span keeps the first
    weekday's candidate, ``extra["wd_to"]`` naming the last day."""
    out: list[Cand] = []
    for c in cands:
        prev = out[-1] if out else None
        if (
            prev is None
            or prev.kind != "weekday"
            or c.kind != "weekday"
            or prev.lang != c.lang
            or "day" in prev.extra
            or "day" in c.extra
            or "wd_to" in prev.extra
            or c.rel[2] is not None
            or prev.rel[2] in ("following", "following_week")
            or c.start < prev.end
        ):
            out.append(c)
            continue
        cues = _cue_regexes(c.lang)
        gap = norm[prev.end : c.start]
        before = norm[max(0, prev.start - 24) : prev.start]
        joined_and = cues["and"].match(gap) is not None
        joined_sep = cues["wd_sep_gap"] is not None and cues["wd_sep_gap"].fullmatch(gap)
        night = cues["wd_night"] is not None and cues["wd_night"].search(before)
        opened = cues["open"] is not None and cues["open"].search(before)
        days = (c.rel[1] - prev.rel[1]) % 7
        # "วันศุกร์นี้ถึงวันอาทิตย์": this coming Friday to Sunday, days ahead
        this_sep = (
            prev.tense == "future"
            and cues["wd_sep_gap"] is not None
            and cues["wd_future_after"] is not None
            and (fm := cues["wd_future_after"].match(gap)) is not None
            and cues["wd_sep_gap"].fullmatch(gap, fm.end()) is not None
        )
        # "overnight Wednesday into Thursday": a night running on into the next day
        into = cues["wd_night_into"] is not None and cues["wd_night_into"].fullmatch(gap)
        # "from 11 p.m. Saturday to 5 a.m. Sunday": a time on one day to a time
        # on the next, the span of both days
        timed = (
            days == 1
            and cues["wd_time_gap"] is not None
            and cues["wd_time_gap"].fullmatch(gap) is not None
            and cues["wd_time_before"].search(before) is not None
        )
        if (
            timed
            or (joined_sep and night and days == 1)
            or (into and days == 1)
            or (joined_and and (days == 1 or opened))
            or this_sep
        ):
            prev.end = c.end
            prev.extra["wd_to"] = c.rel[1]
            continue
        if joined_and:
            c.rel = ("weekday", c.rel[1], prev.rel[2])
            c.tense = c.tense or prev.tense
        out.append(c)
    return [_night_between_weekdays(c, out, norm) for c in out]


def _weekday_at(norm: str, pos: int, lang: str) -> int | None:
    """The weekday whose name is written at ``pos`` (the longest name)."""
    low = norm[pos : pos + 24].lower()
    best = None
    for name, wd in T.weekday_names(lang).items():
        if low.startswith(name) and (best is None or len(name) > best[0]):
            best = (len(name), wd)
    return best[1] if best else None


def _night_between_weekdays(c: Cand, cands: list[Cand], norm: str) -> Cand:
    """A night between two weekdays of which the patterns read one day:
    "the night of Tuesday to Wednesday" (an English weekday before "to" and
    a capital is refused as a schedule's, "Monday to Friday"), "la noche del
    martes al miércoles" (a Spanish "al miércoles" alone is a span's end, no
    date). With the night word before the first and the days consecutive,
    the weekday read becomes the span of both, as "dans la nuit de mardi à
    mercredi" is (see :func:`_pair_weekdays`)."""
    if c.kind != "weekday" or "wd_to" in c.extra or "day" in c.extra:
        return c
    cues = _cue_regexes(c.lang)
    night, span, nxt = cues["wd_night"], cues["wd_span"], cues["wd_next_wd"]
    if night is None or span is None or nxt is None:
        return c
    wd = c.rel[1]
    # the first weekday read, the second after the range word
    m = nxt.match(norm[c.end : c.end + 40])
    if m and night.search(norm[max(0, c.start - 24) : c.start]):
        end = c.end + m.end()
        second = _weekday_at(norm, end - len(m.group(0).split()[-1]), c.lang)
        if (
            second is not None
            and (second - wd) % 7 == 1
            and not any(o is not c and c.end <= o.start < end for o in cands)
        ):
            c.end = end
            c.extra["wd_to"] = second
        return c
    if c.lang in T.WEEKDAY_NIGHT_ALONE_TWO_DAYS and not m:
        nm = night.search(norm[max(0, c.start - 24) : c.start])
        if nm is not None:
            # "dans la nuit de lundi": Monday night into Tuesday
            c.start -= len(norm[max(0, c.start - 24) : c.start]) - nm.start()
            while not norm[c.start].isalnum():  # the cue's boundary before "nuit"
                c.start += 1
            c.extra["wd_to"] = (wd + 1) % 7
            return c
    # the second weekday read, the first before the range word
    before = norm[max(0, c.start - 40) : c.start]
    sm = span.search(before)
    if sm is None:
        return c
    first_at = c.start - len(before) + sm.start()
    first = _weekday_at(norm, first_at, c.lang)
    if (
        first is not None
        and (wd - first) % 7 == 1
        and night.search(norm[max(0, first_at - 24) : first_at])
        and not any(o is not c and first_at <= o.start < c.start for o in cands)
    ):
        c.start = first_at
        c.rel = ("weekday", first, c.rel[2])
        c.extra["wd_to"] = wd
    return c


# a sentence's end: . ! ? before a capital or the text's end (not "p.m. on",
# "11.35", Thai "20.30 น. และ"), or 。！？ and a line's end
_SENTENCE_BREAK = re.compile(r"[.!?](?=\s*$|\s+[\"“«(]?[^\W\d_](?<=[A-ZÀ-ÝĐ\"“«(]))|[。！？\n]")


def _same_day_years_ago(cands: list[Cand], norm: str) -> list[Cand]:
    """A count of years ago followed by words for this very day ("Ten years
    ago today", "il y a dix ans jour pour jour", "十年前的今天";
    tables.SAME_DAY_YEARS_AGO): one mention, that day of that year
    (``extra["same_day"]``), the "today" inside it no mention of its own."""
    out: list[Cand] = []
    end_of = -1
    for c in cands:
        if c.start < end_of:
            continue  # the "today" of "ten years ago today"
        out.append(c)
        rx = T.SAME_DAY_YEARS_AGO.get(c.lang)
        if (
            rx is None
            or c.kind != "relative"
            or not c.rel
            or c.rel[:2] != ("unit", "year")
            or not isinstance(c.rel[2], int)
            or c.rel[2] >= 0
            or c.rel[3] != "deictic"
        ):
            continue
        m = re.compile(rx, re.IGNORECASE).match(norm, c.end)
        if m:
            c.end = end_of = m.end()
            c.extra["same_day"] = True
            continue
        exact = T.SAME_DAY_YEARS_AGO_EXACT.get(c.lang)
        if exact is not None:
            # "exactly" inside the mention or right before it
            lead = max(0, c.start - 16)
            hit = None
            for hit in re.finditer(exact, norm[lead : c.end], re.IGNORECASE):
                pass
            if hit is not None and (
                lead + hit.start() >= c.start or not norm[lead + hit.end() : c.start].strip()
            ):
                c.start = min(c.start, lead + hit.start())
                c.extra["same_day"] = True
                continue
        before = T.SAME_DAY_YEARS_AGO_BEFORE.get(c.lang)
        prev = out[-2] if len(out) > 1 else None
        if (
            before is not None
            and prev is not None
            and prev.rel
            and prev.rel[:3] == ("unit", "day", 0)
            and re.search(before, norm[prev.start : c.start], re.IGNORECASE)
        ):
            # "Hoy hace un año": the "today" before it is the same day
            c.start = prev.start
            c.extra["same_day"] = True
            out.pop(-2)
    return out


def _sentence_around(norm: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence holding ``norm[start:end]``."""
    a = 0
    for m in _SENTENCE_BREAK.finditer(norm, 0, start):
        a = m.end()
    m = _SENTENCE_BREAK.search(norm, end)
    return a, m.start() if m else len(norm)


@functools.cache
def _two_digit_year_not_in(lang: str) -> re.Pattern[str] | None:
    """Words of a sentence in which a bare "en el 89" is a minute (TWO_DIGIT_YEAR_NOT_IN)."""
    words = T.TWO_DIGIT_YEAR_NOT_IN.get(lang)
    return re.compile(r"(?<![^\W\d_])(?:" + words + r")(?![^\W\d_])", re.IGNORECASE) if words else None


@functools.cache
def _past_verb_right_before(lang: str) -> re.Pattern[str] | None:
    """A verb told in a past tense (PAST_VERB) right before a date, maybe with
    "on" / "in" between: "was arrested on", "Originally published", "the
    audit, released" (not "is scheduled for", "will be reopened on")."""
    verb = T.PAST_VERB.get(lang)
    if verb is None:
        return None
    return re.compile(r"(?<![^\W\d_])(?:" + verb + r")(?:\s+(?:on|in))?\s*$")


def _told_past_of(cues, lang: str, norm: str, start: int, end: int) -> bool:
    """The sentence of norm[start:end] tells the date as past: a past verb right
    before it, or one reaching it with no word between that looks ahead."""
    a, b = _sentence_around(norm, start, end)
    right_before = _past_verb_right_before(lang)
    if right_before is not None and right_before.search(norm[max(a, start - 40) : start]):
        return True
    return _past_verb_reaches(cues, norm[a:start], norm[end:b])


def _day_first_if_ahead(c: Cand, ref: dt.date) -> None:
    """A numeric date a month-first language writes, both numbers a month's,
    in a sentence told in the past ("Originally published 12/1/2028"): read
    day first when month first puts it after the page's day and day first
    does not -- the page (a copy translated from a day-first language, a
    British or Asian English page) writes days first. A day ahead told as
    past is no reading at all; a plan keeps month first."""
    if not (_valid_day(c.y, c.m, c.d) and _valid_day(c.y, c.d, c.m)):
        return
    if _safe_date(c.y, c.m, c.d) > ref >= _safe_date(c.y, c.d, c.m):
        c.m, c.d = c.d, c.m
        c.note = _join_notes(
            c.note, "day first: month first lies after the page's day, told as past"
        )


def _told_past(c: Cand, sentence: str) -> bool:
    """Does ``sentence`` hold one of the language's past cues (SENTENCE_PAST, PAST_VERB)?"""
    cues = _cue_regexes(c.lang)
    past = [rx for rx in (cues["sentence_past"], cues["past_verb"][0]) if rx is not None]
    return any(rx.search(sentence) for rx in past)


# A quotation opened after a colon, a comma or Thai "ว่า" ("said:", "declaró
# el martes: «", "กล่าวว่า “"), and the mark that closes each opening mark.
_QUOTE_OPENS = re.compile(r'(?:[:：,，]|ว่า)\s*(["“«「『„])')
_QUOTE_CLOSES = {'"': '"', "“": "”", "«": "»", "「": "」", "『": "』", "„": "“"}
# The most characters between the day a quote was given and its opening
# mark ("Speaking on Tuesday, the mayor said: "").
SAID_DAY_GAP = 80
# What can name the day a quote was given: a written day, a weekday, "yesterday".
SAID_DAY_KINDS = ("weekday", "relative", "monthday", "dayonly", "absolute", "yearless", *ERA_KINDS)


def _quotes_given_on_a_day(cands: list[Cand], norm: str) -> None:
    """A relative day or weekday inside a quotation whose speaker's day its
    sentence tells before it ("Speaking on Tuesday, the mayor said: "The road
    reopens tomorrow"", "El alcalde declaró el martes: «Mañana ...»", "周二，
    市长表示：“明天……”") counts from the day the words were said, not from
    the stamp: marks it ``said_at`` that day's start (resolving uses the day
    only when it lies before publication)."""
    if len(cands) < 2:
        return
    for mt in _QUOTE_OPENS.finditer(norm, cands[0].end, cands[-1].start):
        q = mt.start(1)
        close = norm.find(_QUOTE_CLOSES[mt.group(1)], q + 1)
        para = norm.find("\n", q)
        if close < 0 or 0 <= para < close:
            continue
        said = next((c for c in reversed(cands) if c.end <= q), None)
        if (
            said is None
            or said.gran != "day"
            or said.is_range
            or q - said.end > SAID_DAY_GAP
            or said.kind not in SAID_DAY_KINDS
            or (said.kind == "relative" and not (said.rel and said.rel[:2] == ("unit", "day")))
            or _SENTENCE_BREAK.search(norm, said.end, mt.start())
            or any(ch in norm[said.end : q] for ch in _QUOTE_CLOSES)
        ):
            continue
        for c in cands:
            if q < c.start and c.end <= close and c.kind in ("relative", "weekday"):
                c.extra["said_at"] = said.start


# The mark that opens each closing one, for a quotation told before who said
# it; a straight double quote is both.
_QUOTE_OPENERS = {'"': '"', "”": "“", "»": "«", "」": "「", "』": "『"}
# The most characters between a speech verb and the day it was said ("said
# on Tuesday", "avait déclaré le maire lundi"); in unspaced Thai and Chinese a
# few ("周二对记者说", "周二在发布会上表示"): further off the day is more often
# the subject's ("周一停水的小区居民说": residents cut off on Monday).
SAID_VERB_GAP = 30
SAID_VERB_GAP_UNSPACED = 5


@functools.cache
def _quote_said_verb_re(lang: str) -> re.Pattern[str] | None:
    words = T.QUOTE_SAID_VERB.get(lang)
    if not words:
        return None
    left, right = _word_edges(lang)
    return re.compile(left + _alt(words) + right, re.IGNORECASE)


_CLAUSE_MARK = re.compile(r"[,;:，；：、。.!?]")


def _quotes_said_on_a_later_day(cands: list[Cand], norm: str) -> None:
    """A day word inside a quotation closed before who said it and when
    ("“The deal will be signed tomorrow,” the mayor said on Tuesday",
    "«Mañana firmaremos», dijo el martes el alcalde", "“后天正式开通。”负责人周二
    对记者说") counts from that day, as one whose day is told before it
    (_quotes_given_on_a_day): marks it ``said_at`` the day's start, resolved
    once that day is. The day must stand within SAID_VERB_GAP characters of a
    speech verb (QUOTE_SAID_VERB) with no comma between ("she said, adding
    that talks on Monday went well" tells another day)."""
    for said in cands:
        if (
            said.gran != "day"
            or said.is_range
            or said.kind not in SAID_DAY_KINDS
            or (said.kind == "relative" and not (said.rel and said.rel[:2] == ("unit", "day")))
        ):
            continue
        lo = max(0, said.start - SAID_DAY_GAP)
        close = max(norm.rfind(ch, lo, said.start) for ch in _QUOTE_OPENERS)
        if close < 0 or any(
            norm.find(ch, close + 1, said.start) >= 0 for ch in ("“", "«", "「", "『")
        ):
            continue
        between = norm[close + 1 : said.start]
        if "\n" in between or _SENTENCE_BREAK.search(between):
            continue
        opener = norm.rfind(_QUOTE_OPENERS[norm[close]], 0, close)
        line = norm.rfind("\n", 0, close) + 1
        if opener < line or (norm[close] == '"' and norm.count('"', line, close + 1) % 2):
            continue
        quoted = [
            c for c in cands
            if opener < c.start and c.end <= close and c.kind == "relative" and c.rel
            and c.rel[3] in ("deictic", "either")
        ]
        if not quoted:
            continue
        verb_rx = _quote_said_verb_re(said.lang)
        if verb_rx is None:
            continue
        most = SAID_VERB_GAP_UNSPACED if said.lang in ("th", "zh") else SAID_VERB_GAP
        told = False
        for mv in verb_rx.finditer(norm, close + 1, min(len(norm), said.end + most)):
            gap = norm[mv.end() : said.start] if mv.end() <= said.start else norm[said.end : mv.start()]
            if mv.start() < said.end and mv.end() > said.start:
                continue
            if len(gap) <= most and not _CLAUSE_MARK.search(gap):
                told = True
                break
        if told:
            for c in quoted:
                c.extra.setdefault("said_at", said.start)


# The signature line under an embedded social post, from the line's start
# (matched there) up to its date: "— Ana
# Ruiz (@anaruiz) November 14, 2019", "A post shared by Ana (@ana) on Nov 14,
# 2019".
_POST_SIGNATURE = re.compile(
    r"\s*(?:[—–-]{1,2}|a\s+post\s+shared\s+by)\s*[^\n()]{0,80}\(@[\w.]{1,30}\)\s*(?:on\s+)?$",
    re.IGNORECASE,
)


def _embedded_posts_dated(cands: list[Cand], norm: str) -> None:
    """An embedded post's text on the line above its signature ("The river is
    over the bridge today #floods / — Ana Ruiz (@anaruiz) November 14, 2019"):
    its day words count from the post's date, not the article's stamp. Marks
    them ``posted_at`` the signature date's start."""
    for c in cands:
        if c.gran != "day" or c.d is None or c.kind not in ("absolute", "yearless"):
            continue
        line = norm.rfind("\n", 0, c.start) + 1
        if line == 0 or not _POST_SIGNATURE.match(norm, line, c.start):
            continue
        above = norm.rfind("\n", 0, line - 1) + 1
        for o in cands:
            if above <= o.start and o.end < line and o.kind == "relative":
                o.extra["posted_at"] = c.start


def _posted_now(c: Cand, out: list[Cand], ref: dt.date | None) -> tuple[dt.date, str] | None:
    """The date of the embedded post holding ``c`` (see _embedded_posts_dated),
    as a "now": only a full day at or before publication."""
    return _written_day_as_now(c.extra.get("posted_at"), out, ref, "posted", before_only=False)


def _said_now(c: Cand, out: list[Cand], ref: dt.date | None) -> tuple[dt.date, str] | None:
    """The day a quotation holding ``c`` was given (see _quotes_given_on_a_day),
    as a "now" for what it counts: only a day before publication."""
    return _written_day_as_now(c.extra.get("said_at"), out, ref, "said", before_only=True)


def _written_day_as_now(
    at: int | None, out: list[Cand], ref: dt.date | None, label: str, before_only: bool
) -> tuple[dt.date, str] | None:
    """The day of the resolved mention starting at ``at`` (a full day, no
    range) with its anchor, when it lies before publication (or on it,
    unless ``before_only``)."""
    if at is None:
        return None
    day_of = next((o for o in reversed(out) if o.start == at), None)
    if (
        day_of is None
        or day_of.y is None
        or day_of.m is None
        or day_of.d is None
        or day_of.is_range
    ):
        return None
    day = _safe_date(day_of.y, day_of.m, day_of.d)
    if ref is not None and (day >= ref if before_only else day > ref):
        return None
    return day, f"{label}@{day_of.start}:{day_of.value}"


def _weekdays_after_today(cands: list[Cand], norm: str) -> None:
    """A bare weekday after "tonight" / "today" in the same sentence, with no
    past cue in it ("The debate airs tonight ..., with a repeat on Friday",
    "phát sóng tối nay ... phát lại vào thứ Bảy", "今晚首播，周六重播"): a
    schedule told from today, so the weekday lies ahead, not last week. An
    English possessive ("after Friday's vote") is a day already had."""
    today_at = None
    for c in cands:
        if c.kind == "relative" and c.rel and c.rel[:3] == ("unit", "day", 0) and c.rel[3] == "deictic":
            today_at = c
            continue
        if (
            today_at is None
            or c.kind != "weekday"
            or c.rel[2] is not None
            or c.tense is not None
            or "day" in c.extra
            or re.match(r"['’]s\b", norm[c.end : c.end + 3])
        ):
            continue
        a, b = _sentence_around(norm, c.start, c.end)
        if a <= today_at.start and not _told_past(c, norm[a:b]):
            c.tense = "future"


@functools.cache
def _part_of_day_span_res(lang: str):
    """(the gap and second weekday after a first one, a day part ending the
    text before the first, a day part anywhere) for WEEKDAY_PART_SPAN."""
    spec = T.WEEKDAY_PART_SPAN.get(lang)
    if spec is None:
        return None
    names = sorted(T.weekday_names(lang), key=len, reverse=True)
    return (
        re.compile(r"(?:" + spec["gap"] + r")(?P<wd2>" + _alt(names, escape=True) + r")", re.IGNORECASE),
        re.compile(spec["part"] + r"(?:\s+(?:del?|of))?\s*$", re.IGNORECASE),
        re.compile(spec["part"], re.IGNORECASE),
    )


def _part_of_day_spans(cands: list[Cand], norm: str) -> list[Cand]:
    """Two weekdays told with parts of the day and joined by a range word
    ("from Tuesday night until Thursday morning", "de mardi soir à jeudi
    matin", "周二夜间至周四上午"; tables.WEEKDAY_PART_SPAN): one span of the
    days, kept on the first weekday's candidate (``extra["wd_to"]``), the
    second's candidate, if read, dropped. Told with no past verb in its
    sentence, the span lies ahead: a warning, a closure, a forecast."""
    out: list[Cand] = []
    drop: set[int] = set()
    for c in cands:
        if id(c) in drop:
            continue
        out.append(c)
        if c.kind != "weekday" or "wd_to" in c.extra or "day" in c.extra or c.rel[2] is not None:
            continue
        res = _part_of_day_span_res(c.lang)
        if res is None:
            continue
        gap_wd, part_before, part = res
        m = gap_wd.match(norm, c.end, min(len(norm), c.end + 48))
        if m is None:
            continue
        second = T.weekday_names(c.lang).get(" ".join(m.group("wd2").lower().split()))
        days = (second - c.rel[1]) % 7 if second is not None else 0
        gap = norm[c.end : m.start("wd2")]
        # the part in the gap, before the first day, or written onto it
        # (German "Samstagabend")
        if not 1 <= days <= 6 or not (
            part.search(gap)
            or part_before.search(norm[max(0, c.start - 24) : c.start])
            or part.search(norm, c.start, c.end)
        ):
            continue
        inside = [o for o in cands if o is not c and c.end <= o.start < m.end()]
        if any(o.kind != "weekday" for o in inside):
            continue
        drop.update(id(o) for o in inside)
        c.end = m.end()
        c.extra["wd_to"] = second
        # (a language read through CLDR has no past cues: its weekday keeps
        # the tense its own clause gave it)
        if (
            c.tense is None
            and c.lang in T.LANGS
            and not _told_past(c, norm[slice(*_sentence_around(norm, c.start, c.end))])
        ):
            c.tense = "future"
    return out


# ---------------------------------------------------------------------------
# Resolution
# ---------------------------------------------------------------------------


def parse_published(published) -> dt.date | None:
    """An ISO date or datetime string (or date) -> date; None when unreadable."""
    if published is None:
        return None
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    s = str(published).strip()
    mt = re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})", s)
    if mt:
        y = int(mt.group(1))
        if 2400 <= y < 2700:
            y -= 543  # a Buddhist-era year in an ISO form ("2567-05-16"): no page is that late
        try:
            return dt.date(y, int(mt.group(2)), int(mt.group(3)))
        except ValueError:
            return None
    return None


def _fmt(y, m=None, d=None) -> str:
    if y is None:
        if m is None:
            return ""
        return f"--{m:02d}-{d:02d}" if d else f"--{m:02d}"
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}"


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    t = y * 12 + (m - 1) + k
    return t // 12, t % 12 + 1


def _safe_date(y, m, d) -> dt.date:
    d = min(d, calendar.monthrange(y, m)[1])
    return dt.date(y, m, d)


def _solar_hijri_day(
    jmd: tuple[int, int], ref: dt.date, how, future_cost: float = 3.0
) -> dt.date | None:
    """The Gregorian day of Solar Hijri month and day ``jmd`` for ``ref``,
    chosen as :func:`_pick_year` chooses a year-less Gregorian day's: the
    first ahead or the last behind when told so, else the nearest, a day
    ahead costing ``future_cost`` days behind."""
    from .calendars import solar_hijri_to_gregorian, solar_hijri_year

    jy = solar_hijri_year(ref)
    days = [d for k in (-1, 0, 1) if (d := solar_hijri_to_gregorian(jy + k, *jmd))]
    if how in ("next", "future", 1):
        ahead = [d for d in days if d >= ref]
        return min(ahead) if ahead else None
    if how in ("last", "past", -1):
        past = [d for d in days if d <= ref]
        return max(past) if past else None
    if not days:
        return None
    return min(days, key=lambda d: (d - ref).days * future_cost if d > ref else (ref - d).days)


def _two_digit_year(yy: int, base: int) -> int:
    """The year ending in ``yy`` within TWO_DIGIT_YEAR_AHEAD years after
    ``base`` and a century before that (62 -> 1962, 24 -> 2024 for 2025)."""
    top = base + T.TWO_DIGIT_YEAR_AHEAD
    return top - (top - yy) % 100


def _pick_year(m: int, d: int | None, ref: dt.date, how, future_cost: float = 3.0) -> int:
    """Year for a year-less month/day relative to ref: nearest, or next/last."""

    def as_date(y):
        return _safe_date(y, m, d or 1)

    if isinstance(how, int):
        return ref.year + how
    ys = [ref.year - 1, ref.year, ref.year + 1]
    if how == "not_next":  # told as past: the nearest, but never next year's
        ys, how = ys[:2], None
    if how in ("next", "future"):
        cands = [
            y for y in ys if (as_date(y) >= ref.replace(day=1) if d is None else as_date(y) >= ref)
        ]
        return min(cands)
    if how in ("last", "past"):
        ok = [
            y
            for y in ys
            if (as_date(y) <= ref if d is not None else (y, m) <= (ref.year, ref.month))
        ]
        if how == "last":
            strict = [
                y
                for y in ys
                if (y, m) < (ref.year, ref.month) or (d is not None and as_date(y) < ref)
            ]
            ok = strict or ok
        return max(ok)
    # news mostly looks back: a date ahead of publication must be much
    # nearer than the one behind it to win (future_cost per day ahead)
    return min(
        ys,
        key=lambda y: (
            (as_date(y) - ref).days * future_cost if as_date(y) > ref else (ref - as_date(y)).days
        ),
    )


def _bare_parts_of_the_calendar(cands: list[Cand], norm: str) -> list[Cand]:
    """Keep a quarter or half named with no year ("Q2", "el primer
    trimestre", "quý III", "第三季度") where it is a part of the calendar: in a
    sentence that also names a quarter or half of a year ("the fourth
    quarter of 2024"), or alone where its sentence tells of no match
    (tables.BARE_PART_OF_A_MATCH; in English, where it tells of money or
    trade: BARE_PART_TRADE) and it is no part of a thing named after it
    ("the first half of the book"). Elsewhere it is as often a part of a
    match ("the third quarter")."""
    bare = [c for c in cands if c.extra.get("part_of_year") == "bare"]
    if not bare:
        return cands
    dated = [c for c in cands if c.extra.get("part_of_year") is True]
    drop = set()
    for c in bare:
        if any(
            not _SENTENCE_BREAK.search(norm, min(c.end, o.end), max(c.start, o.start))
            for o in dated
        ):
            continue
        if _bare_part_alone_is_calendar(c, norm):
            c.extra["bare_part_alone"] = True
        else:
            drop.add(id(c))
    return [c for c in cands if id(c) not in drop]


def _any_word_re(lang: str, words) -> re.Pattern[str] | None:
    """Any of ``words`` (regexes), whole words where words are spaced."""
    if not words:
        return None
    lead, tail = _word_edges(lang)
    return re.compile(lead + "(?:" + "|".join(words) + ")" + tail, re.IGNORECASE)


@functools.cache
def _bare_part_res(lang: str):
    def words(ws):
        return _any_word_re(lang, ws)

    def one(table):
        return re.compile(table[lang], re.IGNORECASE) if lang in table else None

    return (
        words(T.BARE_PART_NOT_CALENDAR.get(lang)),
        words(T.BARE_PART_TRADE.get(lang)),
        words(T.BARE_PART_AHEAD.get(lang)),
        one(T.BARE_PART_OF_AFTER),
        one(T.BARE_PART_OF_BEFORE),
        one(T.BARE_PART_NEVER_ALONE),
    )


_QUARTER_CODE = re.compile(r"Q[1-4]")


def _quarter_end_told_of_the_calendar(norm: str, start: int, end: int, lang: str) -> bool:
    """"The end of the quarter" where its sentence tells of no match, school
    term or pregnancy, and in English of money or trade, as a bare quarter
    alone (T.BARE_PART_NOT_CALENDAR, T.BARE_PART_TRADE): "by the end of the
    quarter, the Lakers led by 12" is a match's."""
    not_calendar, trade, *_ = _bare_part_res(lang)
    a, b = _sentence_around(norm, start, end)
    sentence = norm[a:b]
    return not (not_calendar is not None and not_calendar.search(sentence)) and not (
        trade is not None and not trade.search(sentence)
    )


def _bare_part_alone_is_calendar(c: Cand, norm: str) -> bool:
    """A bare quarter or half alone in its sentence: a part of the calendar?"""
    not_calendar, trade, ahead, of_after, of_before, never_alone = _bare_part_res(c.lang)
    span = norm[c.start : c.end]
    if _QUARTER_CODE.fullmatch(span) or (never_alone and never_alone.match(span)):
        return False  # "Audi Q3", "6 tháng đầu" (of anything): only beside a year's part
    if span.split()[0].lower() in T.BARE_PART_LATEST.get(c.lang, ()):
        return False  # "the last quarter": the latest as often as the fourth
    if (of_after and of_after.match(norm, c.end)) or (
        of_before and of_before.search(norm[max(0, c.start - 4) : c.start])
    ):
        return False  # "the first half of the book", "fiscal 2024's third quarter"
    a, b = _sentence_around(norm, c.start, c.end)
    sentence = norm[a:b]
    if not_calendar is not None and not_calendar.search(sentence):
        return False
    if trade is not None and not trade.search(sentence):
        return False
    if c.tense is not None:
        return True
    cues = _cue_regexes(c.lang)
    if ahead is not None and ahead.search(sentence):
        c.tense = "future"  # "Au premier semestre, les ventes devraient progresser"
    elif (
        cues["sentence_past"]
        and cues["sentence_past"].search(sentence)
        and not (cues["sentence_future"] and cues["sentence_future"].search(sentence))
    ):
        # "El cuarto trimestre fue malo": its sentence tells only of the past
        c.extra["told_past"] = True
    elif c.lang in ("vi", "th", "zh") and _RATE_MEASURED.search(sentence):
        # vi/th/zh mark no tense: a rate measured for the part ("Doanh thu quý
        # IV tăng 8%", "第四季度营收增长8%") is a result, as a past verb tells
        # it (a forecast carries BARE_PART_AHEAD's words)
        c.extra["told_past"] = True
    return True


# A rate or share written as a figure: "8%", "8 phần trăm", "8 เปอร์เซ็นต์", "8个百分点".
_RATE_MEASURED = re.compile(r"\d\s*(?:[%％]|phần\s+trăm|เปอร์เซ็นต์|个百分点)")


@functools.cache
def _week_ending_res(lang: str):
    spec = T.WEEK_ENDING.get(lang)
    if spec is None:
        return None, None
    return (
        re.compile(spec["before"], re.IGNORECASE),
        re.compile(spec["after"], re.IGNORECASE) if spec.get("after") else None,
    )


def _weeks_ending_on_a_day(cands: list[Cand], norm: str, lang: str) -> None:
    """Mark a day after "the week ending" (tables.WEEK_ENDING) as the end of
    its seven days (extra "week_ending"; resolved in _resolve), its span
    taking the words."""
    before, after = _week_ending_res(lang)
    if before is None:
        return
    for c in cands:
        if c.d is None or c.is_range or c.kind not in ("absolute", "yearless", *ERA_KINDS):
            continue
        mt = before.search(norm[max(0, c.start - 48) : c.start])
        tail = after.match(norm, c.end) if after is not None else None
        if mt is None or (after is not None and tail is None):
            continue
        c.extra["week_ending"] = True
        c.start -= len(norm[max(0, c.start - 48) : c.start]) - mt.start()
        c.end = tail.end() if tail is not None else c.end


@functools.cache
def _fiscal_close_res(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    spec = T.FISCAL_CLOSE.get(lang)
    if spec is None:
        return None
    return re.compile(spec["year"], re.IGNORECASE), re.compile(spec["before"], re.IGNORECASE)


# How far before its closing day the fiscal year may be named.
FISCAL_YEAR_BEFORE_CHARS = 120


def _fiscal_year_closes_ahead(cands: list[Cand], norm: str, s0: int, lang: str) -> None:
    """A year-less day a fiscal year is told in the present to close on
    (T.FISCAL_CLOSE) lies ahead: the year's coming close."""
    res = _fiscal_close_res(lang)
    if res is None:
        return
    year_rx, before_rx = res
    for c in cands:
        if c.kind != "yearless" or c.d is None or c.is_range or c.year_rel is not None:
            continue
        if not before_rx.search(norm[max(s0, c.start - 24) : c.start]):
            continue
        since = max(s0, c.start - FISCAL_YEAR_BEFORE_CHARS)
        if stops := list(_SENTENCE_STOP.finditer(norm, since, c.start)):
            since = stops[-1].end()
        if not year_rx.search(norm, since, c.start):
            continue
        years = [
            o for o in cands if since <= o.start < c.start and o.gran == "year" and o.y is not None
        ]
        if not years:
            c.tense = "future"
            c.extra.pop("told_past", None)
        elif (sp := years[-1]).y2 == sp.y + 1:
            # "Năm tài chính 2025-2026 kết thúc ngày 31/3": a split year
            # closes in its second year
            c.extra["split_year"] = (sp.y2, sp.start, sp.y, sp.y2)


@functools.cache
def _part_end_re(lang: str) -> re.Pattern[str] | None:
    spec = T.PART_END_BEFORE.get(lang)
    return re.compile(spec, re.IGNORECASE) if spec else None


def _ends_of_parts_of_a_year(cands: list[Cand], norm: str, s0: int, lang: str) -> None:
    """"La fin du premier semestre 2029" (T.PART_END_BEFORE): a quarter or
    half of a written year read as its last month, the span taking the
    words."""
    rx = _part_end_re(lang)
    if rx is None:
        return
    for c in cands:
        if not (
            c.is_range
            and c.kind in ("absolute", *ERA_KINDS)
            and c.gran == "month"
            and c.y is not None
            and c.y == c.y2
            and c.m is not None
            and c.m2 is not None
            and c.m2 - c.m in (2, 5)
            and c.m2 % 3 == 0
        ):
            continue
        before = norm[max(s0, c.start - 32) : c.start]
        if mt := rx.search(before):
            c.start -= len(before) - mt.start()
            c.m, c.y2, c.m2, c.d2, c.is_range = c.m2, None, None, None, False


@functools.cache
def _yearly_res(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    before, after = T.NTH_WEEKDAY_YEARLY_BEFORE.get(lang), T.YEARLY_AFTER.get(lang)
    return (
        re.compile(before, re.IGNORECASE) if before else None,
        re.compile(after, re.IGNORECASE) if after else None,
    )


def _kept_every_year(c: Cand, norm: str, s0: int, s1: int) -> bool:
    """A year-less day told as kept every year ("ngày 31/3 hằng năm", "每年3月
    31日", "on March 31 every year"): a habit, no date."""
    if c.kind != "yearless" or c.d is None or c.year_rel is not None:
        return False
    before, after = _yearly_res(c.lang)
    return bool(
        (after is not None and after.match(norm, c.end, s1))
        or (before is not None and before.search(norm[max(s0, c.start - 24) : c.start]))
    )


@functools.cache
def _weekend_around_res(lang: str):
    spec = T.WEEKEND_AROUND.get(lang)
    if spec is None:
        return None, None
    names = "|".join(f"(?P<n{i}>{p})" for i, (p, _, _) in enumerate(spec["names"]))
    return (
        re.compile(r"(?<![^\W\d_])" + spec["before"], re.IGNORECASE),
        re.compile(names, re.IGNORECASE),
    )


def _weekends_around_a_day(cands: list[Cand], norm: str, s0: int, s1: int, lang: str) -> list[Cand]:
    """"The weekend before Halloween" (tables.WEEKEND_AROUND): mark the day
    after the words (a date or a holiday read, or a name read only here) as
    the one its weekend is counted from (extra "weekend_around": -1 before, 1
    after; resolved in _resolve), its span taking the words."""
    before, names = _weekend_around_res(lang)
    if before is None:
        return cands
    at = {c.start: c for c in cands}
    spec = T.WEEKEND_AROUND[lang]
    out = list(cands)
    for mt in before.finditer(norm, s0, s1):
        side = 1 if mt.group("dir").lower() in T.WEEKEND_AROUND_AFTER else -1
        c = at.get(mt.end())
        if c is not None:
            if c.d is None or c.is_range or c.kind not in ("absolute", "yearless", *ERA_KINDS):
                continue
            c.start = mt.start()
        elif nm := names.match(norm, mt.end(), s1):
            _, m, d = spec["names"][int(nm.lastgroup[1:])]
            c = Cand(mt.start(), nm.end(), lang, kind="yearless", m=m, d=d, gran="day")
            out.append(c)
        else:
            continue
        c.extra["weekend_around"] = side
    out.sort(key=lambda c: c.start)
    return out


# A year written again in brackets in another calendar, right after a date
# or a year ("11 มิถุนายน 2568 (ค.ศ. 2025)", "民国114年（2025年）", "令和7年
# （2025年）"): the same year glossed, no second date. What may stand in the
# brackets beside the year: an era word ("ค.ศ.", "公元"), no digit.
_YEAR_GLOSS_OPEN = re.compile(r"\s*[(（]\s*[^\W\d_]?[^\d()（）]{0,7}$")
_YEAR_GLOSS_CLOSE = re.compile(r"[^\d()（）\n]{0,3}?[)）]")


def _years_glossed_in_another_calendar(cands: list[Cand], norm: str) -> list[Cand]:
    """Read a date and its bracketed year in another calendar once: the
    bracket joins the date before it (the same year only: "2025 (2024)" is
    two). A year so glossed with a year-less month and day right after it
    ("民国114年（2025年）6月1日") is that day of the year."""
    out: list[Cand] = []
    for c in cands:
        prev = out[-1] if out else None
        if (
            prev is not None
            and c.gran == "year"
            and c.m is None
            and not c.is_range
            and not prev.is_range
            and c.y is not None
            and prev.y == c.y
            and c.start - prev.end <= 12
            and _YEAR_GLOSS_OPEN.fullmatch(norm, prev.end, c.start)
            and (close := _YEAR_GLOSS_CLOSE.match(norm, c.end, c.end + 4))
        ):
            prev.end = close.end()
            continue
        if (
            prev is not None
            and c.kind == "yearless"
            and c.m is not None
            and not c.is_range
            and prev.gran == "year"
            and prev.m is None
            and not prev.is_range
            and prev.y is not None
            and norm[prev.end - 1] in ")）"
            and not norm[prev.end : c.start].strip()
        ):
            c.y, c.kind, c.start = prev.y, prev.kind, prev.start
            out[-1] = c
            continue
        out.append(c)
    return out


def _mark_dates_told_in_one_sentence(cands: list[Cand], norm: str) -> None:
    """Mark each date told in the same sentence as the date just before it
    (extra "sentence_prev_at": that one's start)."""
    for prev, c in itertools.pairwise(cands):
        if prev.end <= c.start and not _SENTENCE_BREAK.search(norm, prev.end, c.start):
            c.extra["sentence_prev_at"] = prev.start
            if c.kind == "weekday" and c.tense is None and c.rel[2] is None:
                # nothing told as past, nor reported, from the date before it
                # to just after the weekday: it may continue that date's
                # calendar (_resolve)
                cues = _cue_regexes(c.lang)
                gap = norm[prev.end : c.end + 16]
                if stop := _SENTENCE_BREAK.search(gap):
                    gap = gap[: stop.start()]
                past = (cues["sentence_past"], cues["past_verb"][0], cues["reported"])
                if not any(rx is not None and rx.search(gap) for rx in past):
                    c.extra["untold_after"] = True


def _same_day_after_a_plan(cands: list[Cand], norm: str) -> None:
    """Mark "that day" words ("当天", "that day", "ce jour-là", "hôm đó") whose
    sentence tells no plan (extra "untold_ahead"), and the days written as a
    plan ("将于6月8日", "is expected on June 8", "prévu le 8 juin"; extra
    "plan"): a day still to come is no antecedent for what was said or done
    "that day" ("将于6月8日宣判。阿尔卡萨尔当天表示" is not 8 June; see
    _antecedent). Only a word with a day written before it is looked at, in
    a bounded window: a run of such words costs no rescan of the text."""
    prev_day = None
    for c in cands:
        if not _same_day(c):
            if c.gran == "day":
                prev_day = c
            continue
        if c.tense == "future" or prev_day is None or c.start - prev_day.end > ANAPHOR_MAX_CHARS:
            continue
        cues = _cue_regexes(c.lang)
        if "plan" not in prev_day.extra:
            prev_day.extra["plan"] = prev_day.tense == "future" or _future_word_before(
                cues, _clause_before(norm, prev_day.start, 60)
            )
        if not prev_day.extra["plan"]:
            continue
        a = max(0, c.start - SENTENCE_WINDOW_CHARS)
        for mt in _SENTENCE_BREAK.finditer(norm, a, c.start):
            a = mt.end()
        mt = _SENTENCE_BREAK.search(norm, c.end, c.end + SENTENCE_WINDOW_CHARS)
        sentence = norm[a : mt.start() if mt else min(len(norm), c.end + SENTENCE_WINDOW_CHARS)]
        # a past cue settles it ("Ce jour-là, il a déclaré qu'il ne ferait
        # pas appel"); else any future word keeps it a plan's day too
        if _told_past(c, sentence) or not _future_word_before(cues, sentence):
            c.extra["untold_ahead"] = True


# How far around a word its sentence is looked for (_same_day_after_a_plan).
SENTENCE_WINDOW_CHARS = 300


# The furthest a year-less date told after one read ahead is carried on past
# it (see _resolve): half a year.
CALENDAR_GOES_ON_MAX_DAYS = 183


def _nth_weekday_day(y: int, m: int, nth: int, wd: int) -> int:
    """The day of month ``m`` of year ``y`` that is its ``nth`` weekday ``wd``
    (Monday 0); ``nth`` -1: the last."""
    first = dt.date(y, m, 1)
    day = 1 + (wd - first.weekday()) % 7
    if nth > 0:
        day += 7 * (nth - 1)
        while not _valid_day(y, m, day):  # no fifth one this month: the last
            day -= 7
        return day
    while _valid_day(y, m, day + 7):
        day += 7
    return day


def _ahead_date_before(c: Cand, out: list[Cand], ref: dt.date) -> dt.date | None:
    """The first day of the year-less date told just before ``c`` in its
    sentence when that date was read ahead of ``ref``; else None."""
    if not out or c.extra.get("told_past") or out[-1].start != c.extra.get("sentence_prev_at"):
        return None
    prev = out[-1]
    if prev.kind != "yearless" or prev.y is None or prev.m is None or prev.tense == "past":
        return None
    first = _safe_date(prev.y, prev.m, prev.d or 1)
    return first if first > ref else None


# The anchor note of a year-less date with a year word of its own ("next",
# "last year", "this year") resolved from a year guessed from the page.
COUNTED_FROM_NOW = "counted from a guessed now"
# ... and of a plain year-less date whose guessed year the page names only as
# a year or a month, in no full date: often a past year it looks back to
YEAR_NAMED_ONLY = "a year the page names in no full date"


# A schedule told in the present ("La grève débute le 13 septembre", "El
# festival abre el 2 de marzo", "The fair opens on March 2") lies ahead --
# unless its day was passed shortly before publication: then it is a report
# told in the present, as French and Spanish narrate ("Le cauchemar débute
# dans la nuit du 13 au 14 septembre", two weeks on), not next year's day
# told with no year. Within a month behind, the nearest reading stands:
# further back, a rule's day ("The tax takes effect on Jan. 1", "La loi entre
# en vigueur le 1er janvier" in March) is next year's, as a report of a day
# that long past is told in a past tense.
SCHEDULED_PRESENT_BEHIND_DAYS = 31
NARRATED_IN_THE_PRESENT = "told in the present after its day: a report, not next year's schedule"


def _just_behind(c: Cand, ref: dt.date) -> bool:
    """The last time ``c``'s month and day (its month's first day when it
    names no day) came on or before ``ref`` lies within
    SCHEDULED_PRESENT_BEHIND_DAYS."""
    if c.m is None:
        return False
    last = _safe_date(_pick_year(c.m, c.d, ref, "past"), c.m, c.d or 1)
    return (ref - last).days <= SCHEDULED_PRESENT_BEHIND_DAYS


def _context_year(cands: list[Cand], spans) -> int | None:
    years = [
        c.y
        for c in cands
        if c.kind in ("absolute", *ERA_KINDS) and c.y is not None and _in_spans(c.start, spans)
    ]
    return max(years) if years else None


def _now_of_line(update_now, c: Cand) -> tuple[dt.date, str] | None:
    """The update stamp's day when ``c`` stands on its line, else None."""
    if update_now is None or update_now[2] != c.extra.get("para", 0):
        return None
    return update_now[0], update_now[1]


def _in_spans(pos: int, spans) -> bool:
    if spans is None:
        return True
    return any(a <= pos < b for a, b in spans)


def _resolve(
    cands: list[Cand],
    ref: dt.date | None,
    ctx_year: int | None,
    ref_label: str,
    future_cost: float = 3.0,
    st: DateSettings | None = None,
    spans=None,
    dateline_spans=(),
) -> list[Cand]:
    """Resolve candidates in text order; ``spans``: the kept (article) blocks,
    the only places an anaphoric expression's antecedent may come from;
    ``dateline_spans``: stamp blocks besides, where a wire dateline may stand."""
    st = st or DateSettings()
    out: list[Cand] = []
    last_abs: Cand | None = None
    # the last antecedent that names a day, and that or a weekday told after
    # it: a count of days ("the next day", "the same day") counts from a day,
    # not from a month told in between ("... prices rose in February. On the
    # same day, the bank kept its rate")
    last_abs_day: Cand | None = None
    last_day: Cand | None = None
    # the day a wire story was filed, from its opening dateline: the writer's
    # "now", so weekdays, "yesterday", "last week" and Chinese "10日" after it
    # count from it ("QUITO, March 3 (Wire) - ... on Tuesday"); (date, anchor)
    dateline: tuple[dt.date, str] | None = None
    # an update stamp opening a line ("Mis à jour le 7 mars : ... mercredi"):
    # the "now" of the rest of its line only, (date, anchor, line)
    update_now: tuple[dt.date, str, int] | None = None
    # counts from a happening's day written after them (see
    # _count_from_the_happenings_day): resolved once that day is
    later: list[Cand] = []
    # the guessed year is told in a full date of the page ("12/3/2025"), not
    # only as a year or month it may look back to ("hồi năm 2022")
    ctx_in_full = ctx_year is not None and any(
        o.kind in ("absolute", *ERA_KINDS)
        and o.y == ctx_year
        and o.d is not None
        and _in_spans(o.start, spans)
        for o in cands
    )
    for c in cands:
        if c.extra.get("count_from_at") is not None or (
            c.kind == "relative"
            and (c.extra.get("posted_at") is not None or c.extra.get("said_at", -1) > c.start)
        ):
            later.append(c)
            continue
        if c.kind == "impossible":
            # the month and day are real, the year is not: "--MM(-DD)"; a bare
            # impossible year keeps the number as written (never converted)
            written = c.extra.get("written_year")
            c.value = _fmt(None, c.m, c.d) if c.m else f"{written or 0:04d}"
            c.anchor = c.note
            out.append(c)
            continue
        if c.kind in ("absolute", *ERA_KINDS):
            if c.extra.get("day_first_if_ahead") and ref is not None:
                _day_first_if_ahead(c, ref)
            c.value = _fmt(c.y, c.m, c.d)
            if c.is_range:
                c.end_value = _fmt(c.y2, c.m2, c.d2)
            c.anchor = _join_notes(c.note, _weekday_mismatch(c))
        elif c.kind == "yearless":
            how = c.year_rel if c.year_rel is not None else c.tense
            if how is None and c.extra.get("told_past"):
                how = "not_next"
            if c.extra.get("part_of_year") == "bare" and how in (None, "not_next"):
                # a quarter or half with no year: the publication's, or the
                # year before when told in the past and not yet begun (a
                # fourth quarter told in March); one told ahead and over is
                # next year's (by its last month, below)
                how = "past" if how == "not_next" else 0
                if ref is None and ctx_year is None and c.extra.get("bare_part_alone"):
                    continue  # no year to tell: a quarter alone comes back every year
            yy = c.extra.get("yy")
            if "solar_hijri" in c.extra and ref is not None:
                # the Gregorian day of that month and day nearest publication
                y = _solar_hijri_day(c.extra["solar_hijri"], ref, how, future_cost)
                if y is not None:
                    c.m, c.d = y.month, y.day
                    if c.is_range:  # "۲۰ تا ۲۴ اسفند": days of one month
                        last = y + dt.timedelta(days=c.extra.get("solar_hijri_days", 0))
                        c.m2, c.d2 = last.month, last.day
                    y = y.year
                c.anchor = f"{ref_label}:{ref.isoformat()}; Solar Hijri calendar"
            elif "solar_hijri" in c.extra:
                y = None
            elif yy is not None and (ref is not None or ctx_year is not None):
                # "le 19 mars 62": the year ending so nearest publication
                base = ref.year if ref is not None else ctx_year
                y = _two_digit_year(yy, base)
                c.anchor = f"two-digit year near {base}"
            elif c.extra.get("list_year") is not None:
                y, at = c.extra["list_year"]
                c.anchor = f"list under year@{at}:{y}"
            elif c.extra.get("split_year") is not None:
                y, at, y1, y2 = c.extra["split_year"]
                c.anchor = f"in the years {y1}-{y2}@{at}"
            elif c.extra.get("sentence_year") is not None:
                y, at = c.extra["sentence_year"]
                c.anchor = f"in the year opening its sentence@{at}:{y}"
            elif ref is not None:
                narrated = (
                    how == "future" and c.extra.get("told_in_the_present") and _just_behind(c, ref)
                )
                if narrated:
                    how = None
                cost = 1.0 if how is None and c.extra.get("future_clause") else future_cost
                # an ordinal weekday's day (a stand-in 1 until now) as it falls
                # in the publication's year: "the second Friday of December"
                # told on the 9th may still be ahead
                pick_d = (
                    _nth_weekday_day(ref.year, c.m, *c.extra["nth_wd"]) if "nth_wd" in c.extra else c.d
                )
                y = _pick_year(c.m, pick_d, ref, how, cost)
                if how is None and (after := _ahead_date_before(c, out, ref)) is not None:
                    # "Inscriptions du 3 févr. au 28 mars, résultats en juin":
                    # a year-less date told after one read ahead, in the same
                    # sentence with no tense, continues that calendar: it is
                    # not the June before the March
                    y_on = y
                    while _valid_day(y_on, c.m, c.d) and _safe_date(y_on, c.m, c.d or 1) < after:
                        y_on += 1
                    # ... within half a year of it: further on, the date is
                    # an earlier happening told after ("se reanudará el 5/11,
                    # tras la vista aplazada del 8/10"), not next year's
                    if (
                        not _valid_day(y_on, c.m, c.d)
                        or (_safe_date(y_on, c.m, c.d or 1) - after).days
                        <= CALENDAR_GOES_ON_MAX_DAYS
                    ):
                        y = y_on
                if c.is_range and how in ("next", "future") and c.m2 is not None:
                    # a span ahead may have begun already ("将于6月28日至7月14日
                    # 举行" on 3 July): it is ahead while its end is
                    wrap = (c.m2, c.d2 or 0) < (c.m, c.d or 0)
                    y = _pick_year(c.m2, c.d2, ref, how, cost) - wrap
                    if c.extra.get("part_of_year") == "bare" and ref.month - c.m2 <= 3:
                        # a quarter or half just ended told ahead is this
                        # year's: "Tesla will report third quarter earnings"
                        # in October, not next year's third quarter
                        y = ref.year
                c.anchor = f"{ref_label}:{ref.isoformat()}"
                if narrated:
                    c.anchor += f"; {NARRATED_IN_THE_PRESENT}"
                if c.extra.get("md_either"):
                    y = _month_day_order_by_weekday(c, ref, how, cost, st.weekday_year_window, y)
                # told with no tense nor a past form in its sentence, the
                # weekday written with the day is the writer's check on its year: a day ahead that agrees with it
                # counts its distance as one behind does ("Polls close at 8
                # p.m. on Tuesday, Nov. 6" in April: this November, whose 6th
                # is a Tuesday, not last November's Monday)
                weekday_cost = 1.0 if how is None and c.extra.get("weekday_checks_year") else cost
                wy = _weekday_year(c, ref, how, weekday_cost, st.weekday_year_window)
                if wy is not None and wy != y and not _near(y, c, ref, st.weekday_slip_window):
                    y = wy
                    c.anchor += f"; year {wy} from the weekday"
            elif ctx_year is not None:
                y = ctx_year + (how if isinstance(how, int) else 0)
                c.anchor = f"context:{ctx_year}"
                if c.year_rel is not None:
                    # "next July", "julio del año pasado": counted from the
                    # writer's now, which here is only the latest year the
                    # page names (often a past one it looks back to)
                    c.anchor += f"; {COUNTED_FROM_NOW}"
                elif not ctx_in_full:
                    c.anchor += f"; {YEAR_NAMED_ONLY}"
            else:
                y = None
            if y is not None:
                if not _valid_day(y, c.m, c.d):
                    y = None
                else:
                    c.y = y
                    if c.is_range:
                        c.y2 = y + (1 if (c.m2, c.d2 or 0) < (c.m, c.d or 0) else 0)
                    if "nth_wd" in c.extra:
                        c.d = _nth_weekday_day(y, c.m, *c.extra["nth_wd"])
            c.value = _fmt(c.y, c.m, c.d)
            c.anchor = _join_notes(c.anchor, _weekday_mismatch(c))
            if c.note and GLOSSED_DEICTIC_NOTE in c.note:
                # a day word read as the year-less date beside it ("yesterday
                # (Sept. 5)"): keep what the word alone says, for the stamp check
                c.anchor = _join_notes(c.anchor, c.note)
            if c.is_range:
                c.end_value = _fmt(c.y2 if c.y is not None else None, c.m2, c.d2)
                if c.end_value == c.value:
                    c.end_value = None
        elif c.kind == "weekday" and c.rel[2] in ("following", "following_week"):
            # "the following Tuesday": after the date written before it; with
            # none in the text it names no day anyone can tell. A year or a
            # month told since ("on Sept. 30, ahead of the 2027 polls, ...
            # the following Monday") names no day to count from: the day
            # written before it does
            ante = last_abs
            if (
                (ante is None or ante.d is None)
                and last_abs_day is not None
                and c.start - last_abs_day.end <= ANAPHOR_MAX_CHARS
            ):
                ante = last_abs_day
            if (
                last_day is not None
                and last_day.rel
                and last_day.rel[0] == "weekday"
                and last_day.y is not None
                and last_day.d is not None
                and (ante is None or last_day.start > ante.start)
            ):
                # "travel to Brighton on Saturday before hosting Leeds the
                # following Tuesday": after the weekday just told
                ante = last_day
            if ante is None or ante.d is None or "day" in c.extra:
                continue
            base = _safe_date(ante.y, ante.m, ante.d)
            label = f"date@{ante.start}:{ante.value}"
            now = dateline or ((ref, f"{ref_label}:{ref.isoformat()}") if ref else None)
            if c.tense == "future" and now is not None and base < now[0]:
                # "workers will meet the following Monday": after the
                # writer's now, whatever earlier date was told last
                base, label = now
            if c.rel[2] == "following":
                day = base + dt.timedelta(days=(c.rel[1] - base.weekday()) % 7 or 7)
            else:
                day = base + dt.timedelta(days=7 - base.weekday() + c.rel[1])
            c.y, c.m, c.d = day.year, day.month, day.day
            c.value = day.isoformat()
            c.anchor = label
            c.kind = "relative"
        elif c.kind == "weekday":
            wref, wlabel = (
                _said_now(c, out, ref)
                or _now_of_line(update_now, c)
                or (dateline or (ref, f"{ref_label}:{ref.isoformat()}" if ref else ""))
            )
            if wref is None:
                continue
            note = None
            day = None
            if "day" in c.extra:
                n = c.extra["day"]
                day = weekday_day_date(
                    wref, c.rel[1], n, c.rel[2], c.tense, st.weekday_day_window, future_cost
                )
                if day is None and c.extra.get("no_weekday_alone"):
                    continue  # a language read through CLDR reads no weekday alone
                # "Lundi 2" names its day as plainly as "le 2 mars": "Le
                # lendemain" after it is the 3rd, as after a full date
                c.extra["written_day"] = day is not None
                if day is None:
                    # the number may be no day at all ("lundi 7 personnes"):
                    # keep the weekday alone and say why
                    c.start, c.end = c.extra["wd_start"], c.extra["wd_end"]
                    note = (
                        f"no {WEEKDAY_EN[c.rel[1]]} {n} within {st.weekday_day_window} days"
                        f" of {'the dateline' if dateline else 'publication'}: weekday alone"
                    )
            if day is None:
                day = weekday_date(wref, c.rel[1], c.rel[2], c.tense)
                prev = out[-1] if out else None
                if (
                    c.extra.get("untold_after")
                    and prev is not None
                    and prev.start == c.extra.get("sentence_prev_at")
                    and prev.gran == "day"
                    and prev.y is not None
                    and prev.m is not None
                    and prev.d is not None
                    and (before := _safe_date(prev.y, prev.m, prev.d)) > wref
                    and day < before
                ):
                    # "周五起停运，周日恢复", "closes from Friday, reopening
                    # Sunday": a weekday told after a day read ahead, in one
                    # sentence with no past form, is the first such day from it
                    day = before + dt.timedelta(days=(c.rel[1] - before.weekday()) % 7)
            if "wd_to" in c.extra:
                # "lundi et mardi", "la nuit de mardi à mercredi": to the last day
                last = day + dt.timedelta(days=(c.extra["wd_to"] - day.weekday()) % 7 or 7)
                if last > wref and c.rel[2] is None and c.tense != "future":
                    # told as past: a span that is over ("fought on Monday
                    # and Tuesday" published on Monday is last week's)
                    day -= dt.timedelta(days=7)
                    last -= dt.timedelta(days=7)
                c.end_value = last.isoformat()
            c.y, c.m, c.d = day.year, day.month, day.day
            c.value = day.isoformat()
            c.anchor = _join_notes(wlabel, note)
            c.kind = "relative"
        elif c.kind == "monthday":
            # "10日": the 10th of the dateline's month, else the publication's
            # (or the month of the last full date written before it)
            base, label = dateline or (
                (ref, f"{ref_label}:{ref.isoformat()}")
                if ref is not None
                else (
                    (_safe_date(last_abs.y, last_abs.m, last_abs.d), None)
                    if last_abs is not None and last_abs.m is not None and last_abs.d is not None
                    else (None, None)
                )
            )
            if base is not None and label is None:
                label = f"near:{base.isoformat()}"
            after_day_at = c.extra.get("after_day_at")
            earlier = (
                next(
                    (o for o in reversed(out) if o.start == after_day_at and o.d is not None), None
                )
                if after_day_at is not None  # a scan of every mention per bare day was quadratic
                else None
            )
            month_of = (
                _month_of_the_day_before(out, c, base)
                if "month_of_at" in c.extra and earlier is None
                else None
            )
            if earlier is not None and earlier.y is not None and earlier.m is not None:
                # the day after it in the same account: the next such day from
                # it (from a range's last day: "del 1 al 3 de julio ... el 10")
                base = (
                    _safe_date(earlier.y2 or earlier.y, earlier.m2, earlier.d2)
                    if earlier.is_range and earlier.m2 is not None and earlier.d2 is not None
                    else _safe_date(earlier.y, earlier.m, earlier.d)
                )
                label = f"after:{base.isoformat()}" if base is not None else label
                day = monthday_date(base, c.d, "future") if base is not None else None
            elif month_of is not None:
                day, label = month_of
            elif c.extra.get("aftermonth"):
                continue  # es "el 10": a day of the date before it, or none
            else:
                day = monthday_date(base, c.d, c.tense) if base is not None else None
            if day is None:
                md = next(
                    (
                        o
                        for o in reversed(out)
                        if o.kind == "yearless" and o.m is not None and o.d is not None
                    ),
                    None,
                )
                if md is None or c.tense in ("next", "future"):
                    continue
                # only a year-less day before it ("新华社北京3月12日电 … 10日"):
                # the month is known, the year is not -> "--MM-DD"
                m = md.m if c.d <= md.d else (md.m - 2) % 12 + 1
                if not _valid_day(2000, m, c.d):
                    continue
                c.m = m
                c.value = _fmt(None, m, c.d)
                c.anchor = f"near:--{md.m:02d}-{md.d:02d}; day of the month alone"
                c.kind = "yearless"
                out.append(c)
                continue
            c.y, c.m = day.year, day.month
            c.value = day.isoformat()
            if c.is_range and c.d2 is not None and _valid_day(day.year, day.month, c.d2):
                c.end_value = _fmt(day.year, day.month, c.d2)
            c.anchor = f"{label}; day of the month alone"
            if c.note and GLOSSED_DEICTIC_NOTE in c.note:
                # "昨日（3日）": keep what the day word alone says, for the stamp check
                c.anchor = _join_notes(c.anchor, c.note)
            c.kind = "relative"
            c.extra["written_day"] = True
        elif c.kind == "relative" and not _resolve_relative(
            c,
            ref,
            ctx_year,
            _same_weekday_antecedent(
                c,
                _near_antecedent(c, _antecedent(c, last_abs, last_abs_day, last_day, ref)),
                out,
                spans,
            ),
            ref_label,
            _said_now(c, out, ref) or _now_of_line(update_now, c) or dateline,
        ):
            continue
        if c.extra.get("week_ending") and c.y is not None and c.m and c.d and not c.is_range:
            # "the week ending Nov. 23": the seven days ending that day
            last = dt.date(c.y, c.m, c.d)
            first = last - dt.timedelta(days=6)
            c.y, c.m, c.d = first.year, first.month, first.day
            c.y2, c.m2, c.d2, c.is_range = last.year, last.month, last.day, True
            c.value, c.end_value = first.isoformat(), last.isoformat()
        if c.extra.get("nth_weekend") and c.y is not None and c.m and c.d and not c.is_range:
            # "the last weekend of October": its Saturday and the Sunday after
            last = dt.date(c.y, c.m, c.d) + dt.timedelta(days=1)
            c.y2, c.m2, c.d2, c.is_range = last.year, last.month, last.day, True
            c.value, c.end_value = _fmt(c.y, c.m, c.d), last.isoformat()
        side = c.extra.get("weekend_around")
        if side and c.y is not None and c.m and c.d and not c.is_range:
            # "the weekend before Halloween": the Saturday and Sunday before
            # (or after) the day, never the weekend the day itself falls in
            day = dt.date(c.y, c.m, c.d)
            if side < 0:
                first = day - dt.timedelta(days=((day.weekday() + 1) % 7 or 7) + 1)
            else:
                first = day + dt.timedelta(days=(5 - day.weekday()) % 7 or 7)
            last = first + dt.timedelta(days=1)
            c.y, c.m, c.d = first.year, first.month, first.day
            c.y2, c.m2, c.d2, c.is_range = last.year, last.month, last.day, True
            c.value, c.end_value = first.isoformat(), last.isoformat()
        if (day := c.extra.get("month_day")) and c.value and len(c.value) == 7:
            y, m = int(c.value[:4]), int(c.value[5:7])
            if not _valid_day(y, m, day):
                continue  # "上月31日" in a month of 30 days: no such date
            c.value, c.gran, c.d = _fmt(y, m, day), "day", day
            c.extra["written_day"] = True
            if (day2 := c.extra.get("month_day2")) and _valid_day(y, m, day2):
                c.end_value, c.d2, c.is_range = _fmt(y, m, day2), day2, True
        if not c.value:
            continue
        out.append(c)
        # later anaphoric expressions count from explicit dates and from
        # anaphoric ones ("a month later ... two days after that")
        anaphoric = (
            c.kind == "relative"
            and c.rel
            and c.rel[0] == "unit"
            and c.rel[3] in ("anaphoric", "either")
            and (c.anchor or "").startswith("date@")
        )
        # ... written in the article: a publish stamp or a teaser's date set
        # aside by cleaning is no antecedent ("a month after ..." in the text
        # does not count from the page's timestamp)
        # a day written as a number ("2日", "本月2日") is as explicit as a
        # full date: "次日" after it is the day after that day
        written = c.extra.get("written_day") and c.d is not None
        # a week told from now ("สัปดาห์ที่แล้ว", "last week") is what "the
        # week before that" after it counts from
        week_told = (
            c.kind == "relative"
            and c.gran == "week"
            and c.d is not None
            and c.end_value is not None
        )
        in_text = _in_spans(c.start, spans)
        if c.extra.get("restates_at") is not None:
            pass  # the same day told again on another clock: the account stays on the first
        elif (
            c.y is not None
            and (c.kind != "relative" or anaphoric or written or week_told)
            and in_text
        ):
            last_abs = c
            if c.gran == "day":
                last_abs_day = last_day = c
        elif (
            # "the same day" also names the day of a weekday just told
            # ("resumed on Tuesday. On the same day, relatives marched",
            # "周二 ... 当天"): news dated by weekdays tells that day's other
            # happenings so. Only "the same day": "a week later" after a
            # weekday near publication would run past it
            in_text
            and c.kind == "relative"
            and c.rel
            and c.rel[0] == "weekday"
            and c.gran == "day"
            and c.d is not None
            and not (c.anchor or "").startswith("context:")
        ):
            last_day = c
        # a dateline's year must be written or come from the publication:
        # a year guessed from the page would guess the day of the week too.
        # A wire dateline set on a line of its own ("新华社河内9月6日电") is
        # labelled a stamp by cleaning: still the writer's "now", though no
        # antecedent for "a day later"
        if (
            c.y is not None
            and c.extra.get("dateline")
            and c.d is not None
            and (in_text or _in_spans(c.start, dateline_spans))
            and not (c.anchor or "").startswith("context:")
        ):
            dateline = (dt.date(c.y, c.m, c.d), f"dateline@{c.start}:{c.value}")
        if c.extra.get("update_stamp") and c.y is not None and c.d is not None:
            update_now = (
                dt.date(c.y, c.m, c.d),
                f"update@{c.start}:{c.value}",
                c.extra.get("para", 0),
            )
    for c in later:
        if c.extra.get("count_from_at") is None:
            # a day word in an embedded post, or in a quotation told before
            # the day it was said: from that day
            if _resolve_relative(
                c,
                ref,
                ctx_year,
                None,
                ref_label,
                _posted_now(c, out, ref) or _said_now(c, out, ref) or dateline,
            ):
                out.append(c)
            continue
        at = c.extra["count_from_at"]
        day = next((o for o in out if o.start == at and o.d is not None), None)
        if (
            day is not None
            and day.y is not None
            and _resolve_relative(c, ref, ctx_year, day, ref_label)
        ):
            out.append(c)
    if later:
        out.sort(key=lambda c: c.start)
    return out


WEEKDAY_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _antecedent(c: Cand, last_abs, last_abs_day, last_day, ref: dt.date | None = None):
    """The date an anaphoric expression counts from: the last one written,
    or for a count of days the last day written (or, for "the same day", a
    count back and "the next day", a weekday told after it)."""
    if not (c.rel and c.rel[0] == "unit" and c.rel[1] == "day"):
        return last_abs
    if _same_day(c) and c.extra.get("untold_ahead") and last_day and last_day.extra.get("plan"):
        return None  # a day still to come when "that day" tells what was done
    if _same_day(c) or (c.rel[2] < 0 and not _numbered(c)):
        # "the same day", and "the day before" ("samedi ... l'avion abattu la
        # veille", "on Monday ... The day before, talks had failed"): the day
        # just told, a weekday included; a count back never runs past it. Not
        # a number of days ("75 days before primary voting begins" after
        # "Wednesday night" counts from the primary, not the Wednesday)
        return last_day
    if (
        c.rel[2] == 1
        and not _numbered(c)
        and last_day is not None
        and last_day.rel
        and last_day.rel[0] == "weekday"
        and all(x is None or last_day.start > x.start for x in (last_abs, last_abs_day))
        and (ref is None or last_day.value != ref.isoformat())
    ):
        # "the next day" after a weekday just told ("confirmaron el martes
        # ... y sacrificaron al día siguiente", "arrested on Tuesday and
        # charged the next day"): the day after it -- one day on, unlike "a
        # week later", stays on the weekday's side of publication. Not after
        # the publication's own weekday: its next day would run past it
        return last_day
    return last_abs if last_abs is not None and last_abs.gran == "day" else last_abs_day


# How far back the date an anaphoric expression counts from may be written:
# at most ANAPHOR_MAX_CHARS characters back, and in its own paragraph or the
# ANAPHOR_MAX_PARAGRAPHS before unless within ANAPHOR_NEAR_CHARS (short
# lines of a quoted list or verse between are no distance). A live blog's
# "la veille" or "the day before" under a later entry is not the eve of a
# date told entries earlier.
ANAPHOR_MAX_PARAGRAPHS = 2
ANAPHOR_NEAR_CHARS = 800
ANAPHOR_MAX_CHARS = 1000


def _near_antecedent(c: Cand, ante: Cand | None) -> Cand | None:
    """``ante`` when it is near enough to ``c`` to be what it counts from;
    otherwise None, and "the day before" ("la veille", "hôm trước") with no
    near date is the eve of the writer's day: it becomes deictic."""
    if ante is None or not c.rel or c.rel[0] != "unit" or c.rel[3] != "anaphoric":
        return ante
    back = c.start - ante.end
    far = back > ANAPHOR_MAX_CHARS or (
        back > ANAPHOR_NEAR_CHARS
        and c.extra.get("para", 0) - ante.extra.get("para", 0) > ANAPHOR_MAX_PARAGRAPHS
    )
    if not far:
        return ante
    if c.rel[1] == "day" and c.rel[2] < 0 and not _numbered(c):
        c.rel = (*c.rel[:3], "deictic")
    return None


def _weekday_named_in(surface: str, lang: str) -> int | None:
    """The weekday (0 = Monday) a word of ``surface`` names, or None."""
    names = T.weekday_names(lang)
    for word in re.findall(r"[^\W\d_]+", surface.lower()):
        if word in names:
            return names[word]
    return None


def _same_weekday_antecedent(c: Cand, ante: Cand | None, out: list[Cand], spans) -> Cand | None:
    """For "the same Monday" ("el mismo lunes"): the day just told when it is
    a Monday, else the last day told before it that is one ("reanudó el
    lunes ... el ataque, detectado el martes ... El mismo lunes, siete
    personas murieron": the Monday, not the Tuesday told in between); with
    none, None, and the expression is not read."""
    wd = c.extra.get("same_weekday")
    if wd is None:
        return ante

    def on_weekday(o: Cand | None) -> bool:
        return (
            o is not None
            and o.gran == "day"
            and o.y is not None
            and o.m is not None
            and o.d is not None
            and not o.is_range
            and _valid_day(o.y, o.m, o.d)
            and dt.date(o.y, o.m, o.d).weekday() == wd
        )

    if ante is None or on_weekday(ante):
        return ante
    return next(
        (
            o
            for o in reversed(out)
            if o.start < c.start and _in_spans(o.start, spans) and on_weekday(o)
        ),
        None,
    )


def _same_day(c: Cand) -> bool:
    """'the same day', 'ese mismo día', 'cùng ngày', '当天': the day just told."""
    return bool(c.rel) and c.rel[0] == "unit" and c.rel[1] == "day" and c.rel[2] == 0


def _join_notes(*notes: str | None) -> str | None:
    kept = [n for n in notes if n]
    return "; ".join(kept) if kept else None


def _month_day_order_by_weekday(c: Cand, ref: dt.date, how, cost: float, window: int, y: int) -> int:
    """An English "Tue 3/4", both numbers a month's: the order whose date
    falls on the written weekday nearest ``ref`` (day first on a British
    page); month first where neither does or both tie. Returns the year to
    use (the weekday's when the order changed)."""
    if how == "not_next":
        how = "past"  # told in the past: never a day after ref
    month_first = _weekday_year_cost(c, ref, how, cost, window)
    c.m, c.d = c.d, c.m
    day_first = _weekday_year_cost(c, ref, how, cost, window)
    if day_first is None or (month_first is not None and month_first[0] <= day_first[0]):
        c.m, c.d = c.d, c.m
        return y
    c.note = _join_notes(c.note, "day first: that order falls on the written weekday")
    return day_first[1]


def _weekday_mismatch(c: Cand) -> str | None:
    """A note when the weekday written next to a full date is not that date's."""
    wd = c.extra.get("wd")
    if wd is None or c.y is None or c.m is None or c.d is None or not _valid_day(c.y, c.m, c.d):
        return None
    real = dt.date(c.y, c.m, c.d).weekday()
    if real == wd:
        return None
    return f"weekday mismatch: text says {WEEKDAY_EN[wd]}, {_fmt(c.y, c.m, c.d)} is a {WEEKDAY_EN[real]}"


def _near(y: int, c: Cand, ref: dt.date, window: int) -> bool:
    """Does the year-less day ``c`` in year ``y`` lie within ``window`` days of ``ref``?"""
    if c.m is None or c.d is None or not _valid_day(y, c.m, c.d):
        return False
    return abs((dt.date(y, c.m, c.d) - ref).days) <= window


def _weekday_year(c: Cand, ref: dt.date, how, future_cost: float, window: int) -> int | None:
    """The year (ref's, the one before or after) in which a year-less day
    falls on the weekday written with it, at most ``window`` days before ref
    (days after it count ``future_cost`` times) and agreeing with the tense
    cues; None when there is none or no weekday was written."""
    best = _weekday_year_cost(c, ref, how, future_cost, window)
    return best[1] if best else None


def _weekday_year_cost(
    c: Cand, ref: dt.date, how, future_cost: float, window: int
) -> tuple[float, int] | None:
    """_weekday_year's (cost, year): the cost is the distance from ref in days,
    days after it counting ``future_cost`` times."""
    wd = c.extra.get("wd")
    if wd is None or c.d is None or c.m is None:
        return None
    if isinstance(how, int):
        return None  # "năm nay", "next year": the year is given
    best = None
    for y in (ref.year - 1, ref.year, ref.year + 1):
        if not _valid_day(y, c.m, c.d):
            continue
        day = dt.date(y, c.m, c.d)
        if day.weekday() != wd:
            continue
        if how in ("next", "future") and day < ref:
            continue
        if how in ("last", "past") and day > ref:
            continue
        cost = (day - ref).days * future_cost if day > ref else (ref - day).days
        if cost > window:
            continue
        if best is None or cost < best[0]:
            best = (cost, y)
    return best


def weekday_day_date(
    ref: dt.date,
    wd: int,
    day: int,
    direction: str | None,
    tense: str | None,
    window: int = 42,
    future_cost: float = 3.0,
) -> dt.date | None:
    """The date within ``window`` days of ``ref`` that is weekday ``wd`` and
    day ``day`` of its month ("lundi 7"), None when there is none. The
    direction and tense of the weekday decide between two such dates: the
    past one unless a future cue says otherwise, days on the other side
    counting ``future_cost`` times; "last"/"next" allow only their side,
    a week word only the day of that week."""
    if direction in WEEK_OFFSETS:
        one = weekday_date(ref, wd, direction, tense)
        return one if one.day == day else None
    first = ref - dt.timedelta(days=(ref.weekday() - wd) % 7)  # latest such weekday <= ref
    found = []
    k = 0
    while True:
        back = first - dt.timedelta(days=7 * k)
        if (ref - back).days > window:
            break
        found.append(back)
        k += 1
    ahead = first + dt.timedelta(days=7)
    while (ahead - ref).days <= window:
        found.append(ahead)
        ahead += dt.timedelta(days=7)
    found = [x for x in found if x.day == day]
    if direction == "last":
        found = [x for x in found if x < ref]
    elif direction == "next":
        found = [x for x in found if x > ref]
    if not found:
        return None
    if tense == "future":
        return min(
            found, key=lambda x: (x - ref).days if x >= ref else (ref - x).days * future_cost
        )
    return min(found, key=lambda x: (ref - x).days if x <= ref else (x - ref).days * future_cost)


# A weekday's direction that names its calendar week: weeks from this one
# ("thứ Hai tuần trước nữa", "下下周一": two back or on)
WEEK_OFFSETS = {"prev2_week": -2, "prev_week": -1, "this_week": 0, "next_week": 1, "next2_week": 2}


def weekday_date(ref: dt.date, wd: int, direction: str | None, tense: str | None) -> dt.date:
    """The day a weekday mention names, seen from ``ref`` (see tables.WEEKDAY_BEFORE)."""
    if direction in WEEK_OFFSETS:
        monday = ref - dt.timedelta(days=ref.weekday())
        return monday + dt.timedelta(days=7 * WEEK_OFFSETS[direction] + wd)
    ahead = (wd - ref.weekday()) % 7
    back = (ref.weekday() - wd) % 7
    if direction == "next":
        return ref + dt.timedelta(days=ahead or 7)
    if direction == "week_on":
        return ref + dt.timedelta(days=ahead + 7)  # "Monday week"
    if direction == "last":
        return ref - dt.timedelta(days=back or 7)
    if tense == "future" or (direction == "nearest" and tense != "past" and ahead < back):
        return ref + dt.timedelta(days=ahead)
    return ref - dt.timedelta(days=back)


def _resolve_relative(
    c: Cand,
    ref,
    ctx_year,
    last_abs: Cand | None,
    ref_label: str,
    dateline: tuple[dt.date, str] | None = None,
) -> bool:
    """Resolve a relative expression; ``dateline``: (date, anchor) of a wire
    story's opening dateline, the "now" of what counts from the writer's day
    (deictic expressions), which otherwise is the publication ``ref``."""
    kind = c.rel[0]
    ref_anchor = f"{ref_label}:{ref.isoformat()}" if ref is not None else None
    if dateline is not None and (kind == "season" or c.rel[3] in ("deictic", "either")):
        ref, ref_anchor = dateline
    if kind == "isoweek":  # "la semaine 40": that ISO week of the year told from
        if ref is None:
            return False
        try:
            monday = dt.date.fromisocalendar(ref.isocalendar()[0], c.rel[1], 1)
        except ValueError:
            return False  # no 53rd week that year
        sunday = monday + dt.timedelta(days=6)
        c.y, c.m, c.d = monday.year, monday.month, monday.day
        c.value, c.end_value, c.gran = monday.isoformat(), sunday.isoformat(), "day"
        c.anchor = ref_anchor
        return True
    if kind == "season":
        _, season, k, mode = c.rel
        a, b = T.SEASON_MONTHS[season]
        if ref is not None and mode == "year":
            y = ref.year + k
            end_y = y + (1 if b < a else 0)
            c.anchor = ref_anchor
        elif ref is not None:
            # the last season that ended before ref (k=-1), the one containing/next (0/1)
            y = ref.year
            end_y = y + (1 if b < a else 0)
            # season of year y spans (y,a)..(end_y,b)
            if k == -1:
                while (end_y, b) >= (ref.year, ref.month):
                    y -= 1
                    end_y -= 1
            elif k == 1:
                while (y, a) <= (ref.year, ref.month):
                    y += 1
                    end_y += 1
            else:
                if (end_y - 1, b) >= (ref.year, ref.month) and b < a:
                    y -= 1
                    end_y -= 1
            c.anchor = ref_anchor
        elif ctx_year is not None:
            y = ctx_year + k
            end_y = y + (1 if b < a else 0)
            c.anchor = f"context:{ctx_year}"
        else:
            return False
        c.y, c.m, c.y2, c.m2 = y, a, end_y, b
        c.value = _fmt(y, a)
        c.end_value = _fmt(end_y, b)
        c.gran = "season"
        return True
    _, unit, n, mode = c.rel
    base_gran = "day"
    if mode in ("anaphoric", "either") and last_abs is not None:
        base = _safe_date(last_abs.y, last_abs.m or 1, last_abs.d or 1)
        if n > 0 and last_abs.is_range and last_abs.d2 is not None and last_abs.m2 is not None:
            # "evacuated from Sept. 3 to 4; the next day ...": after the span
            base = _safe_date(last_abs.y2 or last_abs.y, last_abs.m2, last_abs.d2)
        base_gran = last_abs.gran if last_abs.gran in ("day", "month", "year") else "month"
        c.anchor = f"date@{last_abs.start}:{last_abs.value}"
    elif mode == "anaphoric":
        # "a week later" counts from an earlier happening, never from the
        # publication: with no date written before it, it stays unresolved
        return False
    elif ref is not None:
        base = ref
        c.anchor = ref_anchor
    elif ctx_year is not None and unit == "year":
        base = dt.date(ctx_year, 7, 1)
        base_gran = "year"
        c.anchor = f"context:{ctx_year}"
    else:
        return False
    if unit == "day":
        if base_gran != "day":
            return False
        day = base + dt.timedelta(days=n)
        c.y, c.m, c.d, c.gran = day.year, day.month, day.day, "day"
        c.value = day.isoformat()
    elif unit == "week":
        if base_gran != "day":
            return False
        # a named week ("next week", "the week after next"), not a count
        if mode == "deictic" and abs(n) <= 2 and c.start is not None and not _numbered(c):
            monday = base - dt.timedelta(days=base.weekday()) + dt.timedelta(days=7 * n)
            sunday = monday + dt.timedelta(days=6)
            c.y, c.m, c.d = monday.year, monday.month, monday.day
            c.value, c.end_value, c.gran = monday.isoformat(), sunday.isoformat(), "week"
        else:
            day = base + dt.timedelta(days=7 * n)
            # weeks counted from a day written before them ("a week later",
            # "Một tuần sau", "一周后" after "3月3日") give the happening's
            # day; weeks counted from now ("three weeks ago") or a week
            # named ("the following week") stay as loose as a week
            from_day = _numbered(c) and (c.anchor or "").startswith("date@")
            c.y, c.m, c.d, c.gran = day.year, day.month, day.day, "day" if from_day else "week"
            c.value = day.isoformat()
    elif unit == "day_pair":  # days n and n + 1 ("明后两天")
        if base_gran != "day" or mode != "deictic":
            return False
        day = base + dt.timedelta(days=n)
        c.y, c.m, c.d, c.gran = day.year, day.month, day.day, "day"
        c.value, c.end_value = day.isoformat(), (day + dt.timedelta(days=1)).isoformat()
    elif unit == "weekend":  # the Saturday and Sunday of the week n weeks away
        if base_gran != "day" or mode != "deictic":
            return False
        saturday = base - dt.timedelta(days=base.weekday()) + dt.timedelta(days=7 * n + 5)
        if n == 0 and c.tense == "past" and saturday > base:
            # "ils ont manifesté ce week-end", published on a weekday: the
            # weekend just past
            saturday -= dt.timedelta(days=7)
        sunday = saturday + dt.timedelta(days=1)
        c.y, c.m, c.d = saturday.year, saturday.month, saturday.day
        c.value, c.end_value, c.gran = saturday.isoformat(), sunday.isoformat(), "day"
    elif unit == "year_to_date":  # "so far this year": 1 January to the day told from
        if base_gran != "day" or mode != "deictic":
            return False
        first = dt.date(base.year, 1, 1)
        c.y, c.m, c.d = first.year, first.month, first.day
        c.value, c.end_value, c.gran = first.isoformat(), base.isoformat(), "day"
    elif unit == "weekend_near":
        # a weekend with no direction word ("am Wochenende"): the Saturday
        # and Sunday just past, or of publication's own weekend; the coming
        # ones when told ahead
        if base_gran != "day" or mode != "deictic":
            return False
        if c.tense == "future":
            saturday = base + dt.timedelta(days=(5 - base.weekday()) % 7)
        else:
            saturday = base - dt.timedelta(days=(base.weekday() - 5) % 7)
        sunday = saturday + dt.timedelta(days=1)
        c.y, c.m, c.d = saturday.year, saturday.month, saturday.day
        c.value, c.end_value, c.gran = saturday.isoformat(), sunday.isoformat(), "day"
    elif unit == "month":
        if base_gran == "year":
            return False
        y, m = _add_months(base.year, base.month, n)
        c.y, c.m, c.gran = y, m, "month"
        c.value = _fmt(y, m)
    elif unit == "quarter_end":  # "by the end of the quarter": that quarter's last month
        if base_gran == "year":
            return False
        y, m = _add_months(base.year, (base.month - 1) // 3 * 3 + 3, 3 * n)
        c.y, c.m, c.gran = y, m, "month"
        c.value = _fmt(y, m)
    elif unit == "week_span":
        # "the previous week" after a week ("1月11日至17日 ... 比前一周"): the
        # seven days before it; after a day, the Monday-to-Sunday week n
        # before the one holding it
        if mode != "anaphoric" or last_abs is None:
            return False
        if base_gran != "day" and last_abs.gran != "week":
            return False
        if last_abs.is_range and last_abs.d2 is not None and last_abs.m2 is not None:
            end = _safe_date(last_abs.y2 or last_abs.y, last_abs.m2, last_abs.d2)
            if (end - base).days != 6:
                return False
            first = base + dt.timedelta(days=7 * n)
        else:
            first = base - dt.timedelta(days=base.weekday()) + dt.timedelta(days=7 * n)
        last = first + dt.timedelta(days=6)
        c.y, c.m, c.d, c.gran = first.year, first.month, first.day, "week"
        c.value, c.end_value = first.isoformat(), last.isoformat()
    elif unit == "quarter":
        # "the previous quarter" after a quarter or a day: the quarter n
        # before the one holding it, its three months
        if base_gran == "year" or mode != "anaphoric" or last_abs is None:
            return False
        y, m = _add_months(base.year, (base.month - 1) // 3 * 3 + 1, 3 * n)
        y2, m2 = _add_months(y, m, 2)
        c.y, c.m, c.y2, c.m2, c.is_range, c.gran = y, m, y2, m2, True, "month"
        c.value, c.end_value = _fmt(y, m), _fmt(y2, m2)
    elif unit == "month_nth_weekday":  # "the last Friday of this month"
        if base_gran != "day" or mode != "deictic" or "nth_wd" not in c.extra:
            return False
        y, m = _add_months(base.year, base.month, n)
        d = _nth_weekday_day(y, m, *c.extra["nth_wd"])
        if not _valid_day(y, m, d):
            return False
        c.y, c.m, c.d, c.gran = y, m, d, "day"
        c.value = _fmt(y, m, d)
    elif unit == "month_last_day":  # "the last day of next month"
        if base_gran != "day" or mode != "deictic":
            return False
        y, m = _add_months(base.year, base.month, n)
        d = calendar.monthrange(y, m)[1]
        c.y, c.m, c.d, c.gran = y, m, d, "day"
        c.value = _fmt(y, m, d)
    elif c.extra.get("same_day") and base_gran == "day":
        # "ten years ago today": publication's day in that year (29 February
        # of a leap year falls back to the 28th)
        day = _safe_date(base.year + n, base.month, base.day)
        c.y, c.m, c.d, c.gran = day.year, day.month, day.day, "day"
        c.value = day.isoformat()
    else:
        c.y, c.gran = base.year + n, "year"
        c.value = _fmt(c.y)
    return True


def _numbered(c: Cand) -> bool:
    return bool(c.extra.get("numbered"))


def resolve_dates(
    text: str,
    lang: str | None = None,
    published=None,
    settings: DateSettings | None = None,
    segments: list[tuple[int, int, str]] | None = None,
    context_spans: list[tuple[int, int]] | None = None,
    context_year: int | None = None,
) -> list[DateMention]:
    """Find and resolve the date expressions of ``text``.

    ``lang`` is the text's language (None = guess per line by script and stop
    words); ``published`` an ISO date used for year-less and relative dates;
    ``segments`` optional (start, end, lang) runs overriding ``lang``;
    ``context_spans`` the spans whose explicit years may stand in for an
    unknown publication year (default: the whole text).
    """
    found = find_dates(text, lang, settings, segments)
    return resolve_found(found, published, context_spans, context_year)


@dataclass
class FoundDates:
    """The date expressions of a text before resolution (``cands`` None: none
    could be read). Resolving does not depend on finding, so one text can be
    resolved against several publication dates without being scanned again."""

    cands: tuple[Cand, ...] | None
    settings: DateSettings


def find_dates(
    text: str,
    lang: str | None = None,
    settings: DateSettings | None = None,
    segments: list[tuple[int, int, str]] | None = None,
) -> FoundDates:
    """The scanning half of :func:`resolve_dates` (same arguments)."""
    st = settings or DateSettings()
    if not isinstance(text, str) or not text:
        return FoundDates((), st)
    try:
        from ..textnorm import composed_view, needs_composing

        if not needs_composing(text):
            return FoundDates(tuple(_find_candidates(text, lang, st, segments)), st)
        # tone marks written as combining characters (windows-1258 pages):
        # scanned composed, as the patterns spell them; offsets mapped back
        composed, fwd, back = composed_view(text)
        segs = [(fwd[a], fwd[e], g) for a, e, g in segments] if segments is not None else None
        cands = _find_candidates(composed, lang, st, segs)
        for c in cands:
            c.start, c.end = back[c.start], back[c.end]
            for k in ("wd_start", "wd_end"):
                if isinstance(c.extra.get(k), int):
                    c.extra[k] = back[c.extra[k]]
        return FoundDates(tuple(cands), st)
    except (ValueError, OverflowError, RecursionError, IndexError, KeyError, TypeError):
        # a malformed edge case yields no dates rather than a crash
        return FoundDates(None, st)


def resolve_found(
    found: FoundDates,
    published=None,
    context_spans: list[tuple[int, int]] | None = None,
    context_year: int | None = None,
    dateline_spans: list[tuple[int, int]] | None = None,
) -> list[DateMention]:
    """The resolving half of :func:`resolve_dates`; ``found`` is left as it was.
    ``dateline_spans``: blocks set aside as publish stamps, where a wire
    dateline ("新华社河内9月6日电") still gives the writer's "now"."""
    if not found.cands:
        return []
    # resolution fills in the candidates: work on copies
    cands = [_copy_cand(c) for c in found.cands]
    try:
        return _resolve_candidates(
            cands, published, found.settings, context_spans, context_year, dateline_spans or ()
        )
    except (ValueError, OverflowError, RecursionError, IndexError, KeyError, TypeError):
        return []


# An update stamp opening its sentence or line, up to its date (T.UPDATE_STAMP):
# "Updated 14:05, ", "Mis à jour le ", "Cập nhật lúc 14:05 ngày ".
UPDATE_STAMP_BEFORE = re.compile(
    r"^[\s\W]*(?:"
    + "|".join(w for ws in T.UPDATE_STAMP.values() for w in ws)
    + r")(?![^\W\d_])"
    + T.UPDATE_GAP
    + r"$",
    re.IGNORECASE,
)
# The date of a wire dateline ("QUITO, March 3 (Wire) -"), compiled from tables.
DATELINE_AFTER = re.compile(T.DATELINE_AFTER)
# Before a dateline's date on its line: a place (and agency), no digits, no
# clause or sentence mark; a period only after a capital ("ST. LOUIS").
_NOT_A_PLACE = re.compile(r"[\d!?;:。！？；：，、]|[^\W\dA-Z_]\.(?:\s|$)")
_LATIN_WORD = re.compile(r"[A-Za-zÀ-ɏḀ-ỿ]+")


def _dateline_place(place: str) -> bool:
    """True when the text opening a line before a date can be a dateline's
    place: "QUITO, ", "Rio de Janeiro, ", "เชียงใหม่ ", "【新华社北京"."""
    if len(place) > T.DATELINE_PLACE_MAX or _NOT_A_PLACE.search(place):
        return False
    words = _LATIN_WORD.findall(place)
    if not words:
        return True  # Thai, Chinese: the mark after the date decides
    # a Latin-script place is capitalised (short particles aside: "de", "la")
    # and set off by a comma; "met in Quito on March 3" is a sentence
    return (
        place.rstrip().endswith(",")
        and words[0][0].isupper()
        and all(w[0].isupper() or len(w) <= 3 for w in words)
    )


_DASH_AFTER = re.compile(r"\s*[-–—]\s")


def caps_dateline(place: str, after: str) -> bool:
    """A dateline without an agency's mark: a place in capitals and a comma
    before the date, a dash after it ("BANGKOK, May 16 - ...")."""
    if _DASH_AFTER.match(after) is None:
        return False  # (most dates: no place to read)
    head = place.strip().split(",")[0]
    return len(head) >= 3 and head.isupper() and _dateline_place(place)


# Words that lead to a date in a sentence ("เมื่อวันที่ 3 มี.ค. 2568 – ..."):
# a dateline's place never ends with one.
_DAY_CUE_END = re.compile(
    "(?:"
    + "|".join(sorted({w for ws in T.NUMERIC_DAY_CUES.values() for w in ws}, key=len, reverse=True))
    + r")\s*$",
    re.IGNORECASE,
)


def marked_dateline(place: str, after: str) -> bool:
    """A dateline without an agency's mark: :func:`caps_dateline`, or, in a
    script without capitals, a place of at most three words of its own
    letters and a dash after the date ("กรุงเทพฯ 11 ก.ค. 2570 – ...", as
    Thai wires and papers open a story)."""
    # both kinds need the dash: asked first, as most dates have none after
    # them and the place's tests read the whole sentence before the date
    if _DASH_AFTER.match(after) is None:
        return False
    if caps_dateline(place, after):
        return True
    head = place.strip()
    return (
        2 <= len(head)
        and len(head.split()) <= 3
        and not _LATIN_WORD.search(head)
        and not any(ch.isdigit() for ch in head)
        and _DAY_CUE_END.search(head) is None
        and _dateline_place(place)
    )


def _opens_dateline(norm: str, seg_start: int, c: Cand) -> bool:
    """True when ``c`` is the date of a dateline opening its line or block:
    a place, the full day date, then what marks a wire's filing date (or a
    place in capitals and a dash)."""
    if c.kind not in ("absolute", "yearless", *ERA_KINDS) or c.d is None or c.is_range:
        return False
    line = max(seg_start, norm.rfind("\n", 0, c.start) + 1)
    if not _dateline_place(norm[line : c.start]):
        return False
    after = norm[c.end : c.end + 40]
    return DATELINE_AFTER.match(after) is not None or marked_dateline(norm[line : c.start], after)


def _opens_update_line(norm: str, seg_start: int, c: Cand) -> bool:
    """True when ``c`` is the day of an update stamp opening its line ("Mis à
    jour le 7 mars à 10 h 15 : ... a confirmé mercredi", "Updated March 7:
    ..."): the day that line was written, later than the page's stamp."""
    if c.kind not in ("absolute", "yearless", *ERA_KINDS) or c.d is None or c.is_range:
        return False
    line = max(seg_start, norm.rfind("\n", 0, c.start) + 1)
    return c.start - line <= 60 and UPDATE_STAMP_BEFORE.match(norm[line : c.start]) is not None


# What sets a date beside a counted span as its gloss: a comma or an opening
# bracket, then at most an "i.e." word ("ba ngày sau, tức ngày 12/8",
# "三天后（8月9日）", "Three days later, on Aug. 9").
_GLOSS = re.compile(
    r"\s*(?:[,，、(（]\s*)(?:(?:tức là|tức|nghĩa là|i\.\s?e\.,?|that is,?|namely|即|也就是|亦即"
    r"|es decir,?|c'est-à-dire|c’est-à-dire|soit|คือ|หรือ|on|el|le)\s*)?$",
    re.IGNORECASE,
)


def _deictic_day_of_a_written_date(cands: list[Cand], norm: str) -> None:
    """A word for a day around now written right onto a date ("เมื่อคืนวัน
    อาทิตย์ที่ 3 ส.ค." the night of Sunday 3 August, "yesterday, March 3"):
    the written date is its day, though the publication's last night or
    yesterday is another (a page published days later). Only spaces or a
    comma between; the word keeps its span and reads the date."""
    for c, nxt in itertools.pairwise(cands):
        if (
            c.kind == "relative"
            and c.rel
            and c.rel[0] == "unit"
            and c.rel[1] == "day"
            and c.rel[3] == "deictic"
            and not c.extra.get("numbered")
            and nxt.kind in ("absolute", "yearless", *ERA_KINDS)
            and nxt.gran == "day"
            and nxt.d is not None
            and not nxt.is_range
            and _TOUCHES.fullmatch(norm, c.end, nxt.start)
        ):
            # the note keeps what the word alone says (counted from the
            # publication), so a stamp the written date contradicts can be flagged
            c.note = _join_notes(c.note, f"{GLOSSED_DEICTIC_NOTE} {c.rel[2]:+d} day")
            c.kind, c.rel, c.y, c.m, c.d, c.gran = nxt.kind, None, nxt.y, nxt.m, nxt.d, "day"
            c.tense, c.year_rel, c.era = nxt.tense, nxt.year_rel, nxt.era
            for k in ("wd", "future_clause"):
                if k in nxt.extra:
                    c.extra[k] = nxt.extra[k]


_TOUCHES = re.compile(r"[ \t]*,?[ \t]*")

# The anchor note of a day word read as the written date beside it: "<note> -1 day".
GLOSSED_DEICTIC_NOTE = "day word glossed by its date; counted from the publication:"
# ... read back: group 1 is the signed shift in days
GLOSSED_DEICTIC_SHIFT = re.compile(re.escape(GLOSSED_DEICTIC_NOTE) + r" ([+-]\d+) day")
# Days a glossed day word ("ontem, segunda-feira (9 de março)") may be off
# the stamp: the text names its own day exactly, so only a time zone or a
# story published the morning after stands between them, not the week
# date_tolerance_days allows a bare date. The dates stage takes the text's
# day past it, and the flags flag the stamp.
GLOSSED_DAY_TOLERANCE_DAYS = 2


_OPEN_BRACKET_GAP = re.compile(r"\s*[(（]\s*")
_CLOSE_BRACKET = re.compile(r"\s*[)）]")


def _bracketed_day_after(c: Cand, explicit: list[Cand], norm: str) -> Cand | None:
    """The day date in brackets right after ``c`` ("วันนี้ (15 ต.ค.)"), if any."""
    for e in explicit:
        if (
            e.start >= c.end
            and e.gran == "day"
            and not e.is_range
            and _OPEN_BRACKET_GAP.fullmatch(norm, c.end, e.start)
            and _CLOSE_BRACKET.match(norm, e.end)
        ):
            return e
    return None


def _drop_glossed_relatives(cands: list[Cand], norm: str) -> list[Cand]:
    """A counted span ("three days later", "ba ngày sau", "三天后") set beside
    an explicit day as its gloss names that day: the explicit date carries
    it, and the count, read from elsewhere, would name another."""
    explicit = [
        c
        for c in cands
        if c.kind in ("absolute", "yearless", *ERA_KINDS, "monthday") and c.d is not None
    ]
    if not explicit:
        return cands
    drop = set()
    for c in cands:
        if (
            c.kind == "relative"
            and c.rel
            and c.rel[:2] == ("unit", "day")
            and c.rel[3] == "deictic"
            and not c.extra.get("numbered")
            and (e := _bracketed_day_after(c, explicit, norm)) is not None
        ):
            # "วันนี้ (15 ต.ค.)", "Hôm qua (5/9)", "昨天（10月14日）": a day
            # word glossed by its date in brackets is one date, read from
            # the date written (a wire story's day may not be the page's)
            e.start = c.start
            e.end = _CLOSE_BRACKET.match(norm, e.end).end()
            # the note keeps what the word alone says (counted from the
            # publication), so a stamp the written date contradicts can be flagged
            e.note = _join_notes(e.note, f"{GLOSSED_DEICTIC_NOTE} {c.rel[2]:+d} day")
            drop.add(id(c))
            continue
        # counted spans only ("three days later (5/9)")
        if (
            c.kind != "relative"
            or not c.rel
            or c.rel[0] != "unit"
            or c.rel[1] != "day"
            or not c.extra.get("numbered")
        ):
            continue
        for e in explicit:
            if e.start >= c.end:
                gap = norm[c.end : e.start]
            elif e.end <= c.start:
                gap = norm[e.end : c.start]
            else:
                continue
            if len(gap) <= 16 and _GLOSS.match(gap):
                drop.add(id(c))
                break
    return [c for c in cands if id(c) not in drop] if drop else cands


# Arabic-Indic and Persian digits (and the letters between them): one
# character-class search, not a Python test per character of the page
_EASTERN_ARABIC_DIGIT = re.compile("[\u0660-\u06f9]")


def _find_candidates(text, lang, st, segments) -> list[Cand]:
    n = min(len(text), st.max_chars)
    # Traditional Chinese read as Simplified ("上週二" as "上周二": the tables are
    # Simplified) and Thai / full-width digits as ASCII; one character for
    # one, so offsets into the text hold
    folded = fold_traditional(text[:n])
    traditional = folded != text[:n]
    norm = ascii_digits(folded)
    if _EASTERN_ARABIC_DIGIT.search(norm):
        norm = norm.translate(T.EASTERN_ARABIC_DIGITS)  # "۲۴ اسفند ۱۴۰۴"
    if segments is None:
        if lang in st.languages or (st.cldr_fallback and cldr.readable(lang or "")):
            segs = []
            for a, b, lg in lang_segments(norm, lang):
                segs.append((a, b, lg if lg in ("th", "zh") and lang not in ("th", "zh") else lang))
        else:
            segs = lang_segments(norm, None)
    else:
        segs = [(a, min(b, n), lg) for a, b, lg in segments if a < n]
    cands: list[Cand] = []
    for a, b, lg in segs:
        if lg not in T.LANGS and st.cldr_fallback:
            own = _cldr_candidates(norm, a, b, lg)
            if lg in T.FIXED_HOLIDAYS:
                hols = [
                    h
                    for h in _holiday_candidates(norm, a, b, lg)
                    if not any(o.start < h.end and h.start < o.end for o in own)
                ]
                own += _holidays_not_glossed(hols, own, norm)
            # the segment's own reading wins where both read a span
            own += [
                c
                for c in _english_full_dates(norm, a, b, lg, st)
                if not any(o.start < c.end and c.start < o.end for o in own)
            ]
            if lg in T.WEEKDAY_PART_SPAN:
                # "Sabtu malam hingga Minggu pagi": one span of both days
                own = _part_of_day_spans(sorted(own, key=lambda c: c.start), norm)
            cands.extend(own)
            continue
        if lg not in st.languages or lg not in T.LANGS:
            continue
        low = gate_text(norm[a:b])
        if not may_hold_a_date(low, lg):
            continue  # no pattern can match: nothing to find, join or mark
        dated = _date_candidates(norm, a, b, lg, st, traditional, low)
        cs = (
            dated
            + _holidays_not_glossed(_holiday_candidates(norm, a, b, lg, low), dated, norm)
            + _english_full_dates(norm, a, b, lg, st)
            + _iso_week_candidates(norm, a, b, lg, low)
        )
        cs = _count_from_the_happenings_day(_drop_overlaps(cs), norm)
        cs = _count_from_a_happening_dated_before(cs, norm, a, b, lg)
        cs = [c for c in cs if c.kind != "no_date" and not _inside_an_address(norm, c.start, c.end)]
        cs = [c for c in cs if not _kept_every_year(c, norm, a, b)]
        _ends_of_parts_of_a_year(cs, norm, a, lg)
        if lg in T.WEEKEND_AROUND and T.WEEKEND_AROUND[lg]["gate"] in low:
            cs = _weekends_around_a_day(cs, norm, a, b, lg)
        if lg in T.LAW_TITLE_BEFORE:
            cs = [c for c in cs if not _year_of_a_law_title(norm, c, a)]
        starts = tuple(c.start for c in cs)
        for c in cs:
            _extend_with_cues(c, norm, a, b, starts)
            _month_then_future_sentence(c, norm)
        _fiscal_year_closes_ahead(cs, norm, a, lg)
        cs = _years_glossed_in_another_calendar(_drop_overlaps(cs), norm)
        cs = _attach_weekday_days(cs, norm, a, b)
        cs = _merge_weekdays(cs, norm)
        _deictic_day_of_a_written_date(cs, norm)
        cs = _pair_weekdays(cs, norm)
        _same_moment_elsewhere(cs, norm, lg)
        _days_restated_on_another_clock(cs, norm)
        cs = _part_of_day_spans(cs, norm)
        _weekdays_after_today(cs, norm)
        _quotes_given_on_a_day(cs, norm)
        if len(cs) > 1:
            _quotes_said_on_a_later_day(cs, norm)
        cs = _same_day_years_ago(cs, norm)
        cs = _merge_ranges(cs, norm)
        _days_listed_before_a_date(cs, norm)
        cs = _list_items_under_a_year(cs, norm)
        _dates_in_a_split_year(cs, norm, lg)
        _dates_in_a_sentence_opened_by_a_year(cs, norm)
        cs = _drop_glossed_relatives(cs, norm)
        cs = _bare_parts_of_the_calendar(cs, norm)
        if T.ISO_WEEK_WORDS.get(lg, ("\0",))[0] in low:
            _weeks_ending_on_a_day(cs, norm, lg)
        _mark_dates_told_in_one_sentence(cs, norm)
        _same_day_after_a_plan(cs, norm)
        for c in cs:
            if _opens_dateline(norm, a, c):
                c.extra["dateline"] = True
            elif _opens_update_line(norm, a, c):
                c.extra["update_stamp"] = True
        datelines = {c.start for c in cs if c.extra.get("dateline") and c.kind != "monthday"}
        for c in cs:
            for key in ("after_day_at", "month_of_at"):
                if c.extra.get(key) in datelines:
                    del c.extra[key]  # a day after a wire dateline counts from it
        cands.extend(cs)
    cands.sort(key=lambda c: c.start)
    if len(cands) > 1 and "(@" in norm:
        _embedded_posts_dated(cands, norm)
    if cands and "\n" in norm:
        breaks = [mt.start() for mt in _PARAGRAPH_BREAK.finditer(norm)]
        for c in cands:
            c.extra["para"] = bisect.bisect_right(breaks, c.start)
    return cands


_PARAGRAPH_BREAK = re.compile(r"\n\s*")

# A day told again in brackets on another place's clock, right after the
# day of the happening's own place ("当地时间16日晚11时（北京时间17日清晨6时）",
# "on Tuesday night (05:15 on Wednesday, Hanoi time)"): the same moment, so
# "the same day" told after it is the first day, the account's own.
# how far after the local day its restatement may stand (events/extract reads
# the same span when it keeps a restated day from becoming an event)
RESTATED_CLOCK_GAP = 50
_NAMED_CLOCK_RE = re.compile(T.NAMED_CLOCK)
_SENTENCE_END_OR_CLOSE = re.compile(r"[.!?;。！？；)）\n](?!\d)")


def _days_restated_on_another_clock(cands: list[Cand], norm: str) -> None:
    """Mark (``extra["restates_at"]``) a day written in a bracket opened
    after the day before it, with a named clock (T.NAMED_CLOCK) in that
    bracket: a restatement, no day the account moves on to."""
    for prev, c in itertools.pairwise(cands):
        if prev.gran != "day" or c.gran != "day" or c.start - prev.end > RESTATED_CLOCK_GAP:
            continue
        between = norm[prev.end : c.start]
        opened = max(between.rfind("("), between.rfind("（"))
        if opened < 0 or _SENTENCE_END_OR_CLOSE.search(between, opened):
            continue
        close = _SENTENCE_END_OR_CLOSE.search(norm, c.end, c.end + 40)
        inside = norm[prev.end + opened : close.start() if close else c.end + 40]
        if _NAMED_CLOCK_RE.search(inside):
            c.extra["restates_at"] = prev.start


@functools.cache
def _same_moment_elsewhere_re(lang: str) -> re.Pattern[str] | None:
    pattern = T.SAME_MOMENT_ELSEWHERE.get(lang)
    return re.compile(pattern, re.IGNORECASE) if pattern else None


def _same_moment_elsewhere(cands: list[Cand], norm: str, lang: str) -> None:
    """A weekday telling again, in another place's time, the moment of the
    weekday before it ("on Saturday, which is 10 a.m. Sunday in Sydney";
    T.SAME_MOMENT_ELSEWHERE) is told as that one is, ahead or behind: with no
    verb of its own it was read by the news' lean to the past."""
    rx = _same_moment_elsewhere_re(lang)
    if rx is None:
        return
    for prev, c in itertools.pairwise(cands):
        if (
            prev.kind == "weekday"
            and c.kind == "weekday"
            and prev.tense is not None
            and c.tense is None
            and c.rel[2] is None
            and rx.fullmatch(norm, prev.end, c.start)
        ):
            c.tense = prev.tense


def _year_of_a_law_title(norm: str, c: Cand, s0: int) -> bool:
    """Is ``c`` a bare year ending a law's title ("พระราชบัญญัติคอมพิวเตอร์ พ.ศ.
    2560")? (tables.LAW_TITLE_BEFORE)"""
    if c.gran != "year" or c.is_range:
        return False
    before, year = _law_title_res(c.lang)
    return (
        year.match(norm, c.start) is not None
        and before.search(norm, max(s0, c.start - 120), c.start) is not None
    )


@functools.cache
def _law_title_res(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    spec = T.LAW_TITLE_BEFORE[lang]
    return re.compile(spec["before"]), re.compile(spec["year"])


# A run of the characters a web address or a file name is written in, around
# a date ("example.org/2026/10/05/slug", "timetable_2026-11-01.pdf").
_ADDRESS_CHARS = re.compile(r"[A-Za-z0-9._~:/?#=&%+@-]*")
# ... that is an address (a scheme, "www." or a domain before a path) or a
# file name (ending in an extension with a letter).
_ADDRESS = re.compile(
    r"://|(?:^|[^\w.])www\.|^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/", re.ASCII
)
_FILE_EXTENSION = re.compile(r"\.(?=[A-Za-z0-9]{0,3}[A-Za-z])[A-Za-z0-9]{2,4}$")


def _inside_an_address(norm: str, start: int, end: int) -> bool:
    """Is the date at ``start``..``end`` part of a web address's path or a file
    name? Such a date names a page or a file (often the day it was filed),
    not a day the text tells of. Only a date joined to the address by "/" or
    "=", or to a file name's word by "_" / a letter's "-", is looked at."""
    before = norm[start - 1] if start > 0 else ""
    after = norm[end] if end < len(norm) else ""
    joined_before = before in "/_=" or (
        before == "-" and start > 1 and norm[start - 2].isascii() and norm[start - 2].isalpha()
    )
    if not (joined_before or after in "/_"):
        return False
    left = norm.rfind(" ", 0, start) + 1
    head = _ADDRESS_CHARS.fullmatch(norm, left, start)
    lo = start
    if head is None:  # an address not preceded by a space ("见www.example.cn/...")
        while lo > 0 and _ADDRESS_CHARS.fullmatch(norm[lo - 1]):
            lo -= 1
    else:
        lo = left
    tail = _ADDRESS_CHARS.match(norm, end)
    token = norm[lo : tail.end()].strip(".,;:?!)-")
    if _ADDRESS.search(token):
        return True
    return "_" in token and _FILE_EXTENSION.search(token) is not None


@functools.cache
def _iso_week_res(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    if lang not in T.ISO_WEEK:
        return None, None
    words = T.BARE_PART_NOT_CALENDAR.get(lang, []) + T.ISO_WEEK_NOT_CALENDAR.get(lang, [])
    return re.compile(T.ISO_WEEK[lang], re.IGNORECASE), _any_word_re(lang, words)


# A second numbered week after a Chinese year's one, joined to it ("由2026年第11周
# 推迟至第14周", "2026年第11周和第12周"): a few characters, no other year between.
# A later week of the same year: after a range word close to the year's
# week ("由2026年第11周推迟至第14周"), or after a joiner or a comparison
# anywhere later in its sentence ("2026年第23周...病例...，较第22周上升").
_ZH_LATER_WEEK = re.compile(
    r"[^\d。！？；;，,]{0,6}?(?:至|到|和|与|及|或|、|-|–)\s*(?P<w>第(?P<wk>\d{1,2})周)"
)
_ZH_COMPARED_WEEK = re.compile(r"(?:较|比|相比|对比|和|与|及|或|、)\s*(?P<w>第(?P<wk>\d{1,2})周)(?!\d)")


# An ISO 8601 week code ("2026-W24", or a day of it, "2026-W24-3"), as
# planning tools, supply portals and statistics tables write it in any
# language: that ISO week, Monday to Sunday, or that day. The extended form
# only (the dash before a capital W); not inside a longer code or number
# (Latin letters and digits: Chinese and Thai write a word right before it).
_ISO_WEEK_CODE = re.compile(
    r"(?<![0-9A-Za-z/.-])(?P<y>(?:19|20)\d\d)-W(?P<wk>5[0-3]|[0-4]\d)(?:-(?P<wd>[1-7]))?"
    r"(?![0-9A-Za-z/-]|[.,]\d)"
)


def _iso_week_codes(norm: str, s0: int, s1: int, lang: str) -> list[Cand]:
    """ISO week codes (:data:`_ISO_WEEK_CODE`) in ``norm[s0:s1]``."""
    out = []
    for mt in _ISO_WEEK_CODE.finditer(norm, s0, s1):
        try:
            first = dt.date.fromisocalendar(
                int(mt.group("y")), int(mt.group("wk")), int(mt.group("wd") or 1)
            )
        except ValueError:
            continue  # week 00, or no 53rd week that year
        c = Cand(mt.start(), mt.end(), lang, y=first.year, m=first.month, d=first.day)
        if not mt.group("wd"):
            last = first + dt.timedelta(days=6)
            c.y2, c.m2, c.d2 = last.year, last.month, last.day
            c.is_range = True
        out.append(c)
    return out


def _iso_week_candidates(norm: str, s0: int, s1: int, lang: str, low: str) -> list[Cand]:
    """Numbered weeks ("la semaine 40", "week 40 of 2024", "2024年第40周"):
    the ISO week, Monday to Sunday (tables.ISO_WEEK); its year written, or
    the publication's (resolved in _resolve_relative); and ISO week codes
    ("2026-W24") in any language."""
    codes = _iso_week_codes(norm, s0, s1, lang) if "-w" in low else []
    rx, not_calendar = _iso_week_res(lang)
    if rx is None or not all(w in low for w in T.ISO_WEEK_WORDS[lang]):
        return codes
    out = codes
    for mt in rx.finditer(norm, s0, s1):
        a, b = _sentence_around(norm, mt.start(), mt.end())
        if not_calendar is not None and not_calendar.search(norm, a, b):
            continue  # "Week 3" of a football season, "semaine 12 de grossesse"
        wk = int(mt.group("wk"))
        if mt.group("y"):
            y = int(mt.group("y"))
            y = y - 543 if y > 2400 else y  # a Buddhist-era year
            try:
                monday = dt.date.fromisocalendar(y, wk, 1)
            except ValueError:
                continue  # no 53rd week that year
            sunday = monday + dt.timedelta(days=6)
            c = Cand(mt.start(), mt.end(), lang, y=y, m=monday.month, d=monday.day)
            c.y, c.y2, c.m2, c.d2 = monday.year, sunday.year, sunday.month, sunday.day
            c.is_range = True
            later = []
            if lang == "zh":
                # "由2026年第11周推迟至第14周", "2026年第23周...较第22周上升": a
                # later week of the sentence is of the same year
                then = _ZH_LATER_WEEK.match(norm, mt.end(), b)
                later = [then] if then else list(_ZH_COMPARED_WEEK.finditer(norm, mt.end(), b))
            for then in later:
                try:
                    mon2 = dt.date.fromisocalendar(y, int(then.group("wk")), 1)
                except ValueError:
                    mon2 = None
                if mon2 is not None:
                    sun2 = mon2 + dt.timedelta(days=6)
                    c2 = Cand(then.start("w"), then.end(), lang, y=y, m=mon2.month, d=mon2.day)
                    c2.y, c2.y2, c2.m2, c2.d2 = mon2.year, sun2.year, sun2.month, sun2.day
                    c2.is_range = True
                    out.append(c2)
        else:
            c = Cand(mt.start(), mt.end(), lang, kind="relative", rel=("isoweek", wk, 0, "deictic"))
        out.append(c)
    return out


@functools.cache
def _english_full_date_re() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """An English date with its month's full name, day and four-digit year
    ("September 10, 2013", "10 September 2013", "10th of September 2013"):
    written so (capitalised or in capitals) it names that day in any text."""
    names = sorted(T.full_month_names("en"), key=len, reverse=True)
    mon = "|".join(f"{n.capitalize()}|{n.upper()}" for n in names)
    day = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
    year = r"(?:1[89]|2\d)\d\d"
    # the month's name first: matches start only where one is written
    return re.compile(rf"{mon}"), re.compile(
        rf"(?<![\w.,/:-])(?:(?P<m1>{mon})\s+(?P<d1>{day}),?\s+(?P<y1>{year})"
        rf"|(?P<d2>{day})\s+(?:of\s+)?(?P<m2>{mon}),?\s+(?P<y2>{year}))(?![\w/-])"
    )


def _english_full_dates(norm: str, s0: int, s1: int, lang: str, st: DateSettings) -> list[Cand]:
    """Full English dates in a text of another language: the stamp of a
    quoted post ("— Name (@handle) September 10, 2013"), an English source
    cited as written. Day, month name and year together are one day in any
    language; the text's own language reads the rest (a bare "May" or
    "March 3" is not taken: a word of that language may look the same)."""
    if lang == "en" or "en" not in st.languages:
        return []
    gate, rx = _english_full_date_re()
    if gate.search(norm, s0, s1) is None:
        return []
    out = []
    for mt in rx.finditer(norm, s0, s1):
        k = "1" if mt.group("m1") else "2"
        m = _month_of(mt.group("m" + k), "en")
        d = int(re.match(r"\d+", mt.group("d" + k)).group())
        y = int(mt.group("y" + k))
        if m is None or not _valid_day(y, m, d):
            continue
        out.append(Cand(mt.start(), mt.end(), lang, y=y, m=m, d=d, gran="day"))
    return out


@functools.cache
def _holiday_re(lang: str) -> tuple[re.Pattern[str], list[tuple[int, int]]] | None:
    rows = T.FIXED_HOLIDAYS.get(lang)
    if not rows:
        return None
    lead, tail = _word_edges(lang)
    alt = "|".join(f"(?P<h{i}>{p})" for i, (p, _, _) in enumerate(rows))
    return re.compile(lead + "(?:" + alt + ")" + tail, re.IGNORECASE), [(m, d) for _, m, d in rows]


@functools.cache
def _holiday_gate(lang: str) -> tuple[frozenset[str], ...]:
    spec = _holiday_re(lang)
    return _gate_of(spec[0]) if spec else ()


def _holiday_candidates(
    norm: str, s0: int, s1: int, lang: str, low: str | None = None
) -> list[Cand]:
    """Holidays on a fixed day (T.FIXED_HOLIDAYS): year-less dates. ``low``:
    ``gate_text(norm[s0:s1])`` when the caller has it."""
    spec = _holiday_re(lang)
    if spec is None:
        return []
    rx, days = spec
    # a segment without any holiday's words is not scanned (the table has
    # grown; the pattern has no literal start, so a scan tries every position)
    gate = _holiday_gate(lang)
    if gate and not passes(gate, gate_text(norm[s0:s1]) if low is None else low):
        return []
    out = []
    for mt in rx.finditer(norm, s0, s1):
        m, d = days[int(mt.lastgroup[1:])]
        c = Cand(mt.start(), mt.end(), lang, kind="yearless", m=m, d=d, gran="day")
        c.extra["holiday"] = True
        out.append(c)
    return out


# The most characters between a holiday and its own date beside it
# (", which is ", "，即"): _HOLIDAY_GLOSS_GAP's longest forms.
HOLIDAY_GLOSS_MAX_CHARS = 14
_HOLIDAY_GLOSS_GAP = re.compile(
    r"[\s,，、:(（)）—–-]{0,4}(?:on|le|el|ngày|วันที่|jour\s+de|d[íi]a\s+de"
    # ... or "which is" between ("5 ธ.ค. ซึ่งเป็นวันพ่อแห่งชาติ", "Dec. 25,
    # which is Christmas Day", "ngày 2/9, tức ngày Quốc khánh", "10月1日即国庆节")
    r"|which\s+(?:is|was)|ซึ่ง(?:เป็น|ตรงกับ)|อันเป็น|tức(?:\s+là)?(?:\s+ngày)?|即)?[\s,，、(（]{0,3}"
)


def _holidays_not_glossed(hols: list[Cand], dated: list[Cand], norm: str) -> list[Cand]:
    """Drop a holiday written beside its own date ("Christmas Day, Dec. 25",
    "ngày Quốc khánh 2/9", "10月1日国庆节当天"): the date says it, one mention.
    A holiday after its date widens the date over it, so that no word inside
    the name ("当天", the same day) is read again on its own."""
    if not hols or not dated:
        return hols
    dated = sorted(dated, key=lambda c: c.start)
    starts = [c.start for c in dated]
    widest = max(c.end - c.start for c in dated)
    out = []
    for h in hols:
        glossed = False
        # only the dates that can lie within HOLIDAY_GLOSS_MAX_CHARS of it
        lo = bisect.bisect_left(starts, h.start - HOLIDAY_GLOSS_MAX_CHARS - widest)
        hi = bisect.bisect_right(starts, h.end + HOLIDAY_GLOSS_MAX_CHARS)
        for c in dated[lo:hi]:
            if c.m != h.m or c.d != h.d or c.d2 is not None or c.m2 is not None:
                continue
            a, b = (h.end, c.start) if c.start >= h.end else (c.end, h.start)
            if 0 <= b - a <= HOLIDAY_GLOSS_MAX_CHARS and _HOLIDAY_GLOSS_GAP.fullmatch(norm, a, b):
                glossed = True
                if h.start >= c.end:
                    c.end = h.end
                break
        if not glossed:
            out.append(h)
    return out


@functools.cache
def _solar_hijri_re(lang: str) -> re.Pattern[str] | None:
    months = T.SOLAR_HIJRI_MONTHS.get(lang)
    if not months:
        return None
    names = sorted((n for names in months for n in names), key=len, reverse=True)
    alt = "|".join(re.escape(n).replace("ی", "[یي]").replace("ک", "[کك]") for n in names)
    word = re.escape(T.SOLAR_HIJRI_MONTH_WORD.get(lang, ""))
    seps = "|".join(T.SOLAR_HIJRI_RANGE_SEP.get(lang, []) + ["-", "–"])
    return re.compile(
        # "۱۴۰۴/۱۲/۲۴": year, month and day of the calendar in numbers
        r"(?<![\d\w/.])(?P<ny>1[34]\d\d)(?P<s>[/.-])(?P<nm>1[0-2]|0?[1-9])(?P=s)"
        r"(?P<nd>3[01]|[12]\d|0?[1-9])(?![\d/.]\d|\d)|"
        # "۲۰ تا ۲۴ اسفند": days of one month
        r"(?<![\d\w])(?:(?P<d0>3[01]|[12]\d|0?[1-9])\s*(?:" + seps + r")\s*)?"
        r"(?P<d>3[01]|[12]\d|0?[1-9])\s*(?P<mon>"
        + alt
        + r")(?![^\W\d_])"
        + (r"(?P<word>[\s\u200c]*" + word + r"(?![^\W\d_]))?" if word else "")
        + r"(?:[\s,،]+(?P<y>1[2-4]\d\d)(?!\d))?"
    )


def _solar_hijri_candidates(norm: str, s0: int, s1: int, lang: str) -> list[Cand]:
    """Solar Hijri dates ("۲۴ اسفند ۱۴۰۴", "۱۰ دی‌ماه"): a year of the calendar
    gives the Gregorian day at once; a date without one is resolved against
    publication (extra["solar_hijri"])."""
    rx = _solar_hijri_re(lang)
    if rx is None:
        return []
    from .calendars import solar_hijri_to_gregorian

    months = {
        n.replace("ي", "ی").replace("ك", "ک"): i + 1
        for i, names in enumerate(T.SOLAR_HIJRI_MONTHS[lang])
        for n in names
    }
    out = []
    for mt in rx.finditer(norm, s0, s1):
        if mt.group("ny"):
            day = solar_hijri_to_gregorian(*(int(mt.group(k)) for k in ("ny", "nm", "nd")))
            if day is not None:
                out.append(Cand(mt.start(), mt.end(), lang, y=day.year, m=day.month, d=day.day))
            continue
        name = mt.group("mon").replace("ي", "ی").replace("ك", "ک")
        jm, jd = months[name], int(mt.group("d"))
        jd0 = int(mt.group("d0")) if mt.group("d0") else None
        y = mt.group("y")
        if y is None and name in T.SOLAR_HIJRI_AMBIGUOUS.get(lang, ()) and not mt.group("word"):
            continue  # "۳ تیر": three shots, no month without its year or "ماه"
        if jd0 is not None and jd0 >= jd:
            jd0 = None  # days of a range run forward; read the last alone
        start = mt.start() if jd0 is not None else mt.start("d")
        day = solar_hijri_to_gregorian(int(y) if y else 1404, jm, jd0 or jd)
        last = solar_hijri_to_gregorian(int(y) if y else 1404, jm, jd)
        if day is None or last is None:
            continue
        if y:
            c = Cand(start, mt.end(), lang, y=day.year, m=day.month, d=day.day, gran="day")
        else:
            c = Cand(start, mt.end(), lang, kind="yearless", m=day.month, d=day.day)
            c.gran = "day"
            c.extra["solar_hijri"] = (jm, jd0 or jd)
        if jd0 is not None:
            c.is_range, c.y2, c.m2, c.d2 = True, last.year if y else None, last.month, last.day
            c.extra["solar_hijri_days"] = jd - jd0
        out.append(c)
    return out


_ROMAN_MONTH_GATE = re.compile(r"\d[./-][IVX]")


@functools.cache
def _roman_month_date_re() -> re.Pattern[str]:
    """The tables' day with its month in Roman numerals ("3.IV.1921",
    T.ROMAN_MONTHS), as compiled for English: digits and capitals, the same
    in any language written in Latin or Cyrillic letters."""
    return next(rx for rx, _ in _compiled("en") if "rm" in rx.groupindex)


def _cldr_written_forms(norm: str, s0: int, s1: int, lang: str) -> list[Cand]:
    """Dates written in digits and codes that no language owns: ISO week
    codes ("2026-W30") and days with a Roman-numeral month ("3.IV.1921",
    "12.XI.1918"), as Polish, Czech, Italian or Romanian texts write them."""
    if lang in T.ISO_WEEK:  # "KW 15" (de), as the tables' numbered weeks
        out = _iso_week_candidates(norm, s0, s1, lang, norm[s0:s1].lower())
    else:
        out = _iso_week_codes(norm, s0, s1, lang) if norm.find("-W", s0, s1) >= 0 else []
    if _ROMAN_MONTH_GATE.search(norm, s0, s1) is None:
        return out  # no digit then a separator then I, V or X: nothing to scan for
    for mt in _roman_month_date_re().finditer(norm, s0, s1):
        y, m, d = int(mt.group("y")), T.ROMAN_MONTHS[mt.group("rm")], int(mt.group("d"))
        if y >= 1000 and _valid_day(y, m, d):  # not "3.IV.0021"
            out.append(Cand(mt.start(), mt.end(), lang, y=y, m=m, d=d))
    return out


@functools.cache
def _cldr_part_of_year_res(lang: str) -> list[tuple[re.Pattern[str], int]]:
    rule = T.PART_OF_YEAR_CLDR[lang]
    tail = "|".join([rule["year"]] + [p for p, _ in rule["rel"]])
    return [
        (re.compile(r"(?<![^\W\d_])" + part + r"(?:" + tail + r")(?![^\W\d_])", re.IGNORECASE), size)
        for part, size in rule["parts"]
    ]


_ROMAN_ORDINAL = {"I": 1, "II": 2, "III": 3, "IV": 4}


def _cldr_parts_of_a_year(norm: str, s0: int, s1: int, lang: str) -> list[Cand]:
    """A quarter or a half of a written year, or of this, last or next year,
    in a language read through CLDR (T.PART_OF_YEAR_CLDR): its months."""
    rule = T.PART_OF_YEAR_CLDR[lang]
    out = []
    for rx, size in _cldr_part_of_year_res(lang):
        for mt in rx.finditer(norm, s0, s1):
            word = mt.group("n")
            n = _ROMAN_ORDINAL.get(word) or (int(word[0]) if word[0].isdigit() else None)
            if n is None:
                n = next((v for k, v in rule["ordinals"].items() if word.lower().startswith(k)), None)
            if n is None or n * size > 12:
                continue
            m, m2 = size * n - size + 1, size * n
            if mt.group("y"):
                c = Cand(mt.start(), mt.end(), lang, y=int(mt.group("y")), m=m, y2=int(mt.group("y")), m2=m2)
            else:
                c = Cand(mt.start(), mt.end(), lang, kind="yearless", m=m, m2=m2)
                c.year_rel = _cldr_relative_year(rule, mt)
            c.gran, c.is_range = "month", True
            c.extra["part_of_year"] = True
            out.append(c)
    return out


def _cldr_relative_year(rule: dict, mt: re.Match[str]) -> int:
    """The year (-1/0/1) of the relative words that end a part's match."""
    text = mt.group(0)
    for pattern, v in rule["rel"]:
        if re.search(r"(?:" + pattern + r")(?![^\W\d_])$", text, re.IGNORECASE):
            return v
    return 0


def _cldr_candidates(norm: str, s0: int, s1: int, lang: str) -> list[Cand]:
    """Explicit dates of a language without tables (see :mod:`.cldr`)."""
    out = _solar_hijri_candidates(norm, s0, s1, lang) + _cldr_written_forms(norm, s0, s1, lang)
    for start, end, y, m, d, d2, m2 in cldr.find(norm, s0, s1, lang):
        if any(c.start < end and start < c.end for c in out):
            continue
        if not _valid_day(y if y is not None else 2000, m, d) or (
            d2 is not None and not _valid_day(y if y is not None else 2000, m2 or m, d2)
        ):
            continue
        c = Cand(start, end, lang, y=y, m=m, d=d, gran="day" if d is not None else "month")
        if d2 is not None:
            # a range into the next year ("12월 30일~1월 2일") ends in the next
            y2 = y + 1 if y is not None and m2 is not None and m2 < m else y
            c.y2, c.m2, c.d2, c.is_range = y2, m2 or m, d2, True
        if y is None:
            c.kind = "yearless"
            wd_rule = T.WEEKDAY_ALONE_CLDR.get(lang)
            before = norm[max(s0, start - 40) : start]
            if wd_rule and _cldr_told_ahead(norm, s0, s1, start, end, before, wd_rule):
                # "Die Landtagswahl findet am 22. März statt": a future word
                # of its clause, as in the tables' languages, takes away the
                # cost of the date ahead (the nearer of the two wins)
                c.extra["future_clause"] = True
        out.append(c)
    for start, end, wd_end, wd, m, d in cldr.weekday_days(norm, s0, s1, lang):
        if any(c.start < end and start < c.end for c in out):
            continue
        if m is not None:  # "Kamis (6/3)": the year in which the day is that weekday
            if not _valid_day(2000, m, d):
                continue
            c = Cand(start, end, lang, kind="yearless", m=m, d=d, gran="day")
            c.extra["wd"] = wd
        else:  # "terça-feira (11)": the day near publication that is that weekday
            c = Cand(start, end, lang, kind="weekday", rel=("weekday", wd, None), gran="day")
            c.extra.update(day=d, wd_start=start, wd_end=wd_end, no_weekday_alone=True)
        out.append(c)
    # "gestern", "hoje", "вчера", "hari ini", "내일": the days around now,
    # counted from the publication like en "yesterday"
    for start, end, n in cldr.relative_days(norm, s0, s1, lang):
        if any(c.start < end and start < c.end for c in out):
            continue
        out.append(
            Cand(start, end, lang, kind="relative", rel=("unit", "day", n, "deictic"), gran="day")
        )
    if (my := T.MONTH_YEAR_CLDR.get(lang)) is not None:
        _cldr_months_of_a_year(norm, s0, s1, lang, my, out)
    if lang in T.PART_OF_YEAR_CLDR:
        out.extend(
            c
            for c in _cldr_parts_of_a_year(norm, s0, s1, lang)
            if not any(o.start < c.end and c.start < o.end for o in out)
        )
    if (year_rx := _cldr_year_re(lang)) is not None:
        # "Em 2023", "Nel 2023", "Im Jahr 2023", "Pada 2023": a year
        for mt in year_rx.finditer(norm, s0, s1):
            start, end = mt.span("y")
            if not any(c.start < end and start < c.end for c in out):
                y = int(mt.group("y"))
                out.append(Cand(start, end, lang, kind="absolute", y=y, gran="year"))
    if (same := T.SAME_DAY_CLDR.get(lang)) is not None:
        # "am selben Tag", "pada hari yang sama", "같은 날": the day just told
        same_rx = re.compile(r"(?<![^\W\d_])(?:" + same + r")", re.IGNORECASE)
        for mt in same_rx.finditer(norm, s0, s1):
            if not any(c.start < mt.end() and mt.start() < c.end for c in out):
                out.append(
                    Cand(
                        mt.start(),
                        mt.end(),
                        lang,
                        kind="relative",
                        rel=("unit", "day", 0, "anaphoric"),
                        gran="day",
                    )
                )
    out.extend(_cldr_weekends(norm, s0, s1, lang, out))
    out.extend(_cldr_weekdays_alone(norm, s0, s1, lang, out))
    out.sort(key=lambda c: c.start)
    rule = T.MONTHDAY_ALONE_CLDR.get(lang)
    if rule is not None:
        out.extend(_cldr_monthdays(norm, s0, s1, lang, rule, [(c.start, c.end) for c in out]))
        out.sort(key=lambda c: c.start)
        _days_listed_before_a_date(out, norm)
        for prev, c in itertools.pairwise(out):
            if (
                c.kind == "monthday"
                and c.tense != "past"
                and prev.kind != "monthday"
                and _later_day_of_one_account(prev, c, norm)
            ):
                c.extra["after_day_at"] = prev.start  # "em 4 de outubro e o segundo, no dia 25"
            elif (
                c.kind == "monthday"
                and c.tense != "past"
                and _earlier_day_of_one_account(prev, c, norm)
            ):
                # "terminam em 30 de junho; o sorteio, no dia 25"
                c.extra["month_of_at"] = prev.start
    # "letzte Woche", "bulan lalu", "в следующем году", "지난달": the week,
    # month or year counted from the publication, like en "last week" (after
    # the weekdays, weekends and days of a month, which take a week or month
    # word next to them: "다음 주 화요일", "akhir pekan lalu", "다음 달 3일")
    count = _cldr_count_before_unit(lang)
    units = [
        Cand(start, end, lang, kind="relative", rel=("unit", unit, n, "deictic"), gran=unit)
        for start, end, (unit, n) in cldr.relative_units(norm, s0, s1, lang)
        if not any(c.start < end and start < c.end for c in out)
        and not count.search(norm, max(s0, start - 24), start)
    ]
    if units:
        out = sorted(out + units, key=lambda c: c.start)
    return _cldr_weekday_spans(out, norm, lang)


@functools.cache
def _cldr_count_before_unit(lang: str) -> re.Pattern[str]:
    """A count right before a relative week, month or year word (digits, or
    T.COUNT_BEFORE_UNIT_CLDR): a length of time."""
    words = T.COUNT_BEFORE_UNIT_CLDR.get(lang)
    alt = r"\d" + (r"|(?<![^\W\d_])(?:" + words + r")" if words else "")
    return re.compile(r"(?:" + alt + r")\s*$", re.IGNORECASE)


@functools.cache
def _cldr_weekday_span_gap(lang: str) -> re.Pattern[str] | None:
    seps = T.CLDR_RANGE_SEP.get(lang)
    if not seps:
        return None
    return re.compile(
        r"\s*(?:" + "|".join(seps) + r")\s+(?:(?:zum|dem|den|o|a|al|la|il)\s+)?", re.IGNORECASE
    )


def _cldr_weekday_spans(out: list[Cand], norm: str, lang: str) -> list[Cand]:
    """Two weekdays alone joined by a range word ("von Montag bis Freitag",
    "de segunda a quarta", "dal lunedì al venerdì", "Senin hingga Rabu"): one
    span, the first the last such weekday before the second (joined once
    both are resolved, as a weekday carried on to a dated day), not two days
    read each on its own side of the publication. In a sentence of a standing
    schedule (T.WEEKDAY_SCHEDULE_CLDR: "Geöffnet Montag bis Freitag") the
    pair names no dated days: both are dropped."""
    gap = _cldr_weekday_span_gap(lang)
    if gap is None:
        return out
    schedule = _cldr_weekday_schedule(lang)
    standing: set[int] = set()
    for prev, c in itertools.pairwise(out):
        if (
            prev.kind == "weekday"
            and c.kind == "weekday"
            and "day" not in prev.extra
            and "day" not in c.extra
            and 1 <= (c.rel[1] - prev.rel[1]) % 7 <= 6
            and gap.fullmatch(norm, prev.end, c.start)
        ):
            if schedule is not None and schedule.search(norm, *_sentence_around(norm, prev.start, c.end)):
                standing.update((id(prev), id(c)))  # opening hours: every week's days
            else:
                c.extra["weekday_pair_from"] = (prev.start, prev.rel[1])
    return [c for c in out if id(c) not in standing] if standing else out


@functools.cache
def _cldr_weekday_schedule(lang: str) -> re.Pattern[str] | None:
    words = T.WEEKDAY_SCHEDULE_CLDR.get(lang)
    return re.compile(r"(?<![^\W\d_])(?:" + words + r")(?![^\W\d_])", re.IGNORECASE) if words else None


def _cldr_months_of_a_year(norm: str, s0: int, s1: int, lang: str, rule: dict, out: list) -> None:
    """ "지난해 11월", "오는 5월 말" (T.MONTH_YEAR_CLDR): a month of the year
    its word names, added to ``out``; a date already read there ("지난해 11월
    5일") takes the year."""
    month_rx = r"(?:" + rule["month"].replace("(?!\\s*\\d)", "") + r")"
    for mt in re.compile(month_rx).finditer(norm, s0, s1):
        start = mt.start()
        before = norm[max(s0, start - 12) : start]
        hit = next(((m, v) for rx, v in rule["years"] if (m := re.search(rx, before))), None)
        if hit is None:
            continue
        yw, how = hit
        first = start - (len(before) - yw.start())
        date = next((c for c in out if c.start == start and c.kind == "yearless"), None)
        if date is not None:
            date.start, date.year_rel = first, how
            continue
        if not re.match(rule["month"], norm[start:s1]):
            continue  # a day follows that was not read as a date
        end = mt.end()
        if (pm := re.match(rule.get("part", r"(?!)"), norm[end:s1])) is not None:
            end += pm.end()
        if any(c.start < end and first < c.end for c in out):
            continue
        out.append(
            Cand(
                first, end, lang, kind="yearless", m=int(mt.group("m")), gran="month", year_rel=how
            )
        )


@functools.cache
def _cldr_year_re(lang: str) -> re.Pattern[str] | None:
    """A year after a word of T.YEAR_CUES_CLDR, not a count (a counted noun
    of T.YEAR_COUNT_AFTER_CLDR after it) nor part of a longer number."""
    cues = T.YEAR_CUES_CLDR.get(lang)
    if cues is None:
        return None
    count = T.YEAR_COUNT_AFTER_CLDR.get(lang)
    not_count = rf"(?!\s+(?:{count})(?![^\W\d_]))" if count else ""
    return re.compile(
        rf"(?<![^\W\d_])(?:{cues})\s+(?P<y>(?:19|20)\d\d)(?![\d%]|[.,]\d|\s*%|[^\W\d_]){not_count}",
        re.IGNORECASE,
    )


def _cldr_weekdays_alone(norm: str, s0: int, s1: int, lang: str, taken) -> list[Cand]:
    """A weekday alone in a language read through CLDR ("am Montag", "pada
    Senin", "в понедельник"; T.WEEKDAY_ALONE_CLDR): the one just past, or
    the coming one after a future word of its clause, as en/fr/es read it;
    a direction word next to it fixes its side or its week."""
    rx = cldr.weekday_alone_re(lang)
    if rx is None:
        return []
    rule = T.WEEKDAY_ALONE_CLDR[lang]
    out = []
    for mt in rx.finditer(norm, s0, s1):
        start, end = mt.start("wd"), mt.end("wd")
        if any(c.start < end and start < c.end for c in taken):
            continue
        word = mt.group("wd")
        wd = cldr.weekday_alone_number(lang, word)
        if wd is None:
            continue
        owner = next(
            (
                c
                for c in taken
                if c.start >= end and _WEEKDAY_OF_A_DATE.fullmatch(norm, end, c.start)
            ),
            None,
        )
        if owner is not None:
            # "Kamis (13/3/2025)", "Montag, 10. März", "am Montag, dem 10.
            # März": the date's own weekday, no day of its own; kept with the
            # date to note a weekday that is not the date's
            if owner.gran == "day" and owner.d is not None and not owner.is_range:
                owner.extra.setdefault("wd", wd)
            continue
        before = norm[max(s0, start - 40) : start]
        opens = not before.strip() or _SENTENCE_OPENS.search(before) is not None
        capital = word[:1].isupper()
        if rule.get("lower") and capital and not opens:
            continue  # "Plácido Domingo": a capital in mid-sentence makes a name
        if word.lower() in rule.get("capital", ()) and not (
            capital and (not opens or re.search(rule["capital_after"], before, re.IGNORECASE))
        ):
            continue  # Indonesian "minggu" is also "week"
        if rule.get("blocked") and re.search(rule["blocked"], before, re.IGNORECASE):
            continue  # "jeden Montag": habitual
        if (named := T.WEEKDAY_NAMED_AFTER.get(lang)) and re.match(
            r"(?:" + "|".join(named) + r")(?![^\W\d_])", norm[end : end + 24], re.IGNORECASE
        ):
            continue  # "venerdì santo", "quarta-feira de cinzas": a named day
        if _a_titles_weekday(norm, before, end, lang, max(s0, start - 160)):
            continue  # "„Welt am Sonntag“", "Bild am Sonntag berichtete": a paper's name
        if word.lower() in rule.get("guarded", ()):
            # "na segunda", "до пятницы": a short or inflected form, read
            # only with the words around it that make it a day
            if not re.search(rule["guarded_before"], before, re.IGNORECASE) or (
                rule.get("guarded_after")
                and not re.match(
                    rule["guarded_after"], norm[end : min(s1, end + 24)], re.IGNORECASE
                )
            ):
                continue
        elif rule.get("before") and not re.search(rule["before"], before, re.IGNORECASE):
            continue
        if (
            rule.get("night_from")
            and (m := re.search(rule["night_from"], before, re.IGNORECASE))
            and cldr.weekday_alone_number(lang, m.group("a")) == (wd - 1) % 7
        ):
            continue  # "с пятницы на субботу": the night, read on its first day
        direction = None
        for key in ("prev_week", "this_week", "next_week", "last", "next"):
            rb, ra = rule.get(key, (None, None))
            if rb and (m := re.search(rb, before, re.IGNORECASE)):
                direction, start = key, start - (len(before) - m.start())
                break
            if ra and (m := re.match(ra, norm[end : min(s1, end + 24)], re.IGNORECASE)):
                direction, end = key, end + m.end()
                break
        c = Cand(start, end, lang, kind="weekday", gran="day", rel=("weekday", wd, direction))
        paired = (
            direction is None
            and out
            and out[-1].kind == "weekday"
            and out[-1].rel[2] is None
            and _CLDR_WEEKDAY_AND.fullmatch(norm, out[-1].end, start) is not None
        )
        if direction is None and _cldr_told_ahead(norm, s0, s1, start, end, before, rule):
            c.tense = "future"
            if paired:
                out[-1].tense = "future"  # "am Samstag und Sonntag wird gestreikt"
        elif paired and out[-1].tense == "future":
            c.tense = "future"  # "Si vota domenica e lunedì": told with the first
        out.append(c)
    return out


# Between the two weekdays of a pair ("domenica e lunedì", "Samstag und
# Sonntag", "в субботу и воскресенье", "Sabtu dan Minggu"): "and", with the
# second day's preposition.
_CLDR_WEEKDAY_AND = re.compile(
    r"\s*(?:,\s*)?(?:e|ed|und|sowie|и|dan|serta|oraz|i)\s+(?:(?:am|na|no|в|во|pada)\s+)?",
    re.IGNORECASE,
)


def _cldr_told_ahead(norm: str, s0: int, s1: int, start: int, end: int, before: str, rule) -> bool:
    """A future word (T.WEEKDAY_ALONE_CLDR's "future", "ahead") in the clause
    of ``norm[start:end]``, before and after it, up to a conjunction
    ("breaks"): the day or weekend it names lies ahead."""
    head = norm[max(s0, start - 80) : start]
    if m := _CLAUSE_END.match(head):
        head = head[m.end() :]
    tail = norm[end : min(s1, end + 100)]
    if m := _CLAUSE_STOP.search(tail):
        tail = tail[: m.start()]
    if rule.get("own_clause") and re.search(rule["own_clause"], head, re.IGNORECASE):
        tail = ""  # "yang diresmikan pada Senin akan ...": the weekday ends its clause
    breaks = rule.get("breaks")
    if breaks:
        if cut := list(re.finditer(breaks, head, re.IGNORECASE)):
            head = head[cut[-1].end() :]
        if cut1 := re.search(breaks, tail, re.IGNORECASE):
            tail = tail[: cut1.start()]
    return bool(
        (rule.get("ahead") and re.search(rule["ahead"], before, re.IGNORECASE))
        or re.search(rule["future"], head, re.IGNORECASE)
        or re.search(rule["future"], tail, re.IGNORECASE)
    )


@functools.cache
def _cldr_weekend_re(lang: str) -> re.Pattern[str] | None:
    rule = T.WEEKEND_CLDR.get(lang)
    if rule is None:
        return None
    alts = [f"(?P<{k}>{rule[k]})" for k in ("last", "this", "coming", "bare") if rule.get(k)]
    tail = r"(?![^\W\d_])"
    particle = cldr._particle_after(lang)
    if particle:
        tail = r"(?:" + particle + r"|" + tail + ")"
    return re.compile(r"(?<![^\W\d_])(?:" + "|".join(alts) + r")" + tail, re.IGNORECASE)


# The weekend a direction word names: weeks from publication's week.
_CLDR_WEEKEND_WEEKS = {"last": -1, "this": 0}


def _cldr_weekends(norm: str, s0: int, s1: int, lang: str, taken) -> list[Cand]:
    """A weekend in a language read through CLDR (T.WEEKEND_CLDR): the
    Saturday and Sunday of last or this week, or, with no direction word,
    the one just past -- ahead after a future word of its clause."""
    rx = _cldr_weekend_re(lang)
    if rx is None:
        return []
    rule = T.WEEKEND_CLDR[lang]
    wd_rule = T.WEEKDAY_ALONE_CLDR.get(lang, {})
    out = []
    for mt in rx.finditer(norm, s0, s1):
        start, end = mt.start(), mt.end(mt.lastgroup)
        if any(c.start < end and start < c.end for c in taken):
            continue
        key = mt.lastgroup
        before = norm[max(s0, start - 40) : start]
        if key in _CLDR_WEEKEND_WEEKS:
            rel = ("unit", "weekend", _CLDR_WEEKEND_WEEKS[key], "deictic")
            c = Cand(start, end, lang, kind="relative", rel=rel, gran="day")
        else:
            if key == "bare" and (
                (
                    rule.get("blocked_before")
                    and re.search(rule["blocked_before"], before, re.IGNORECASE)
                )
                or (
                    rule.get("blocked_after")
                    and re.match(
                        rule["blocked_after"], norm[end : min(s1, end + 40)], re.IGNORECASE
                    )
                )
            ):
                continue  # "jedes Wochenende", "no fim de semana de Páscoa"
            rel = ("unit", "weekend_near", 0, "deictic")
            c = Cand(start, end, lang, kind="relative", rel=rel, gran="day")
            if key == "coming" or (
                wd_rule.get("future")
                and _cldr_told_ahead(norm, s0, s1, start, end, before, wd_rule)
            ):
                c.tense = "future"
        out.append(c)
    return out


def _a_titles_weekday(norm: str, before: str, end: int, lang: str, head_from: int = 0) -> bool:
    """The weekday ends a name: a masthead before it (T.WEEKDAY_TITLE_BEFORE,
    "Welt am Sonntag") or a title in quotes of capitalised words closing right
    after it ("„Bild am Sonntag“"); quoted speech has a lowercase word in it
    ("„Wir sind am Sonntag abgereist“")."""
    title = T.WEEKDAY_TITLE_BEFORE.get(lang)
    if title and re.search(title, before):
        common = T.WEEKDAY_TITLE_COMMON.get(lang)
        if not (common and re.search(common, before)):
            return True
        # "Welt am Sonntag" is also the world on Sunday: a paper's name only
        # in a sentence that reports what it wrote or was told
        head = norm[head_from:end]
        if m := _SENTENCE_END.match(head):
            head = head[m.end() :]
        tail = norm[end : end + 160]
        if m := _SENTENCE_STOP.search(tail):
            tail = tail[: m.start()]
        if re.search(T.WEEKDAY_TITLE_REPORT[lang], head + " " + tail, re.IGNORECASE):
            return True
    if not _CLOSING_QUOTE.match(norm, end):
        return False
    m = _OPENING_QUOTE.search(before)
    if m is None:
        return False
    words = before[m.end() :].split()
    if words and len(words[-1]) <= 3:
        words = words[:-1]  # "am", "na", "в": the weekday's preposition
    return 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words)


# Quotes around a title ("„Welt am Sonntag“", "«Bild am Sonntag»").
_OPENING_QUOTE = re.compile(r"[\"„“«‹‚‘]\s*(?=[^\"„“”«»‹›‚‘’]*$)")
_CLOSING_QUOTE = re.compile(r"[\"“”»›‘’]")

# Between a weekday and the date it belongs to.
# Between a weekday and the date it names: spaces, a comma, a bracket, and
# the article or the word "day" some languages write there ("Montag, dem 10.
# März", "segunda-feira, dia 10", "Senin, tanggal 10 Maret", "lunedì, il 10").
_WEEKDAY_OF_A_DATE = re.compile(
    r"[\s,(]*(?:(?:dem|den|der|dia|o|il|tanggal|tgl\.?)\s+)?", re.IGNORECASE
)
# What may open a sentence before a weekday: a capital after it says nothing.
_SENTENCE_OPENS = re.compile(r"[.!?:;«»\"“”„(\n]\s*$")


def _cldr_monthdays(norm: str, s0: int, s1: int, lang: str, rule: dict, taken) -> list[Cand]:
    """Days of the current month written alone ("지난 3일", "오는 20일", "11일")
    in a language read through CLDR (T.MONTHDAY_ALONE_CLDR)."""
    out = []
    wd_rule = T.WEEKDAY_ALONE_CLDR.get(lang, {})
    for mt in re.compile(rule["day"], re.IGNORECASE).finditer(norm, s0, s1):
        start, end = mt.start(), mt.end()
        if any(a < end and start < b for a, b in taken):
            continue
        before = norm[max(s0, start - 24) : start]
        if re.search(rule["not_before"], before, re.IGNORECASE) or re.match(
            rule["not_after"], norm[end : end + 8], re.IGNORECASE
        ):
            continue
        if rule.get("needs_before") and not re.search(rule["needs_before"], before, re.IGNORECASE):
            continue  # "dia 25" with no article: a count or a name
        month = next(
            ((mw, k) for rx, k in rule.get("months", ()) if (mw := re.search(rx, before))),
            None,
        )
        if month is not None:  # "지난달 5일": the 5th of last month
            mw, k = month
            c = Cand(
                start - (len(before) - mw.start()),
                end,
                lang,
                kind="relative",
                rel=("unit", "month", k, "deictic"),
                gran="month",
            )
            c.extra["month_day"] = int(mt.group("d"))
            out.append(c)
            continue
        c = Cand(start, end, lang, kind="monthday", d=int(mt.group("d")), gran="day")
        for tense in ("past", "future"):
            if (
                rule.get(tense)
                and (mw := re.search(rule[tense], before, re.IGNORECASE)) is not None
            ):
                c.start, c.tense = start - (len(before) - mw.start()), tense
                break
        else:
            if rule.get("future_sentence") and re.match(
                rule["future_sentence"], norm[end : min(s1, end + 120)]
            ):
                c.tense = "future"
            elif wd_rule.get("future") and _cldr_told_ahead(
                norm, s0, s1, start, end, before, wd_rule
            ):
                # "A votação será no dia 25", "Die Wahl findet am 25. statt"
                c.tense = "future"
        out.append(c)
    return out


def _resolve_candidates(
    cands, published, st, context_spans, context_year, dateline_spans=()
) -> list[DateMention]:
    ref = parse_published(published)
    ctx = (
        context_year
        if context_year is not None
        else (_context_year(cands, context_spans) if ref is None else None)
    )
    resolved = _resolve(
        cands,
        ref,
        ctx,
        "published",
        st.yearless_future_cost,
        st,
        spans=context_spans,
        dateline_spans=dateline_spans,
    )
    out = []
    for c in resolved:
        kind = "range" if c.end_value and c.kind in ("absolute", "yearless", *ERA_KINDS) else c.kind
        if c.kind in ERA_KINDS:
            kind = c.kind
        gran, value, end_value = c.gran, c.value, c.end_value
        if c.extra.get("week_of") and value and len(value) == 10 and not end_value:
            # "the week of March 4": Monday to Sunday of that day's week
            day = dt.date.fromisoformat(value)
            monday = day - dt.timedelta(days=day.weekday())
            value, end_value = monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat()
            gran, kind = "week", "range"
        out.append(
            DateMention(
                start=c.start,
                end=c.end,
                value=value,
                end_value=end_value,
                granularity=gran,
                kind=kind,
                anchor=c.anchor,
                tense="future" if c.tense == "future" else None,
            )
        )
    spans_from = {
        c.start: (
            c.extra["span_from"],
            NAMED_SPAN_MAX_DAYS if c.extra.get("span_to_named") else RELATIVE_SPAN_MAX_DAYS,
        )
        for c in resolved
        if "span_from" in c.extra
    }
    if any("weekday_pair_from" in c.extra for c in resolved):
        out = _join_weekday_pairs(
            out, {c.start: c.extra["weekday_pair_from"] for c in resolved if "weekday_pair_from" in c.extra}
        )
    if any("span_from_weekday" in c.extra for c in resolved):
        out = _join_weekday_to_a_dated_day(
            out, {c.start: c.extra["span_from_weekday"] for c in resolved if "span_from_weekday" in c.extra}
        )
    return _join_relative_days(out, spans_from) if spans_from else out


# The most days a span of two counted days may hold ("tonight until tomorrow
# morning", "from today to the day after tomorrow").
RELATIVE_SPAN_MAX_DAYS = 2
# ... and from one to a named day or date ("from tonight until Sunday",
# "desde hoy hasta el 31 de diciembre"): any later day within a year.
NAMED_SPAN_MAX_DAYS = 366


def _join_to_the_one_before(
    out: list[DateMention],
    spans_from: dict[int, tuple[int, int]],
    join: Callable[[DateMention, DateMention, int], DateMention | None],
) -> list[DateMention]:
    """Join each mention whose start ``spans_from`` names to the one before
    it, where that one starts where ``spans_from`` says and both read as one
    value: ``join(first, mention, spec)`` gives the joined mention, or None
    to keep both."""
    joined: list[DateMention] = []
    for m in out:
        first = joined[-1] if joined else None
        if (
            m.start in spans_from
            and first is not None
            and first.start == spans_from[m.start][0]
            and first.end_value is None
            and m.end_value is None
            and len(m.value) == 10
            and m.value[0] != "-"
            and (new := join(first, m, spans_from[m.start][1])) is not None
        ):
            joined[-1] = new
            continue
        joined.append(m)
    return joined


def _join_relative_days(
    out: list[DateMention], spans_from: dict[int, tuple[int, int]]
) -> list[DateMention]:
    """Join a day to the counted one before it that a range word opened
    (``spans_from``: a mention's start -> its first day's start and the most
    days the span may hold), when both read as days and the second is later."""

    def join(first: DateMention, m: DateMention, most: int) -> DateMention | None:
        if (
            len(first.value) == 10
            and first.value[0] != "-"
            and 1
            <= (dt.date.fromisoformat(m.value) - dt.date.fromisoformat(first.value)).days
            <= most
        ):
            return replace(first, end=m.end, end_value=m.value)
        return None

    return _join_to_the_one_before(out, spans_from, join)


def _join_weekday_to_a_dated_day(
    out: list[DateMention], spans_from: dict[int, tuple[int, int]]
) -> list[DateMention]:
    """Join a bare weekday to the dated day a range word carries it on to
    (``spans_from``: the dated mention's start -> the weekday's start and
    number): the span runs from the last such weekday before that date,
    whatever way the weekday alone was read."""

    def join(first: DateMention, m: DateMention, weekday: int) -> DateMention | None:
        last = dt.date.fromisoformat(m.value)
        back = (last.weekday() - weekday) % 7
        if not back:  # (the same weekday names no span of days)
            return None
        start = (last - dt.timedelta(days=back)).isoformat()
        return replace(m, start=first.start, value=start, end_value=m.value, kind="range")

    return _join_to_the_one_before(out, spans_from, join)


def _join_weekday_pairs(out: list[DateMention], spans_from: dict[int, tuple[int, int]]) -> list[DateMention]:
    """Join two weekdays a range word joins ("von Montag bis Freitag";
    ``spans_from``: the second's start -> the first's start and weekday):
    told ahead, from the coming first day to the next second one after it;
    else to the second as read, from the last first day before it."""

    def join(first: DateMention, m: DateMention, weekday: int) -> DateMention | None:
        last = dt.date.fromisoformat(m.value)
        if first.tense == "future":
            start = dt.date.fromisoformat(first.value)
            last = start + dt.timedelta(days=(last.weekday() - weekday) % 7)
        else:
            start = last - dt.timedelta(days=(last.weekday() - weekday) % 7)
        if start == last:
            return None
        return replace(first, end=m.end, value=start.isoformat(), end_value=last.isoformat(), kind="range")

    return _join_to_the_one_before(out, spans_from, join)


__all__ = [
    "FoundDates",
    "find_dates",
    "guess_lang",
    "han_number",
    "lang_segments",
    "parse_published",
    "replace",
    "resolve_dates",
    "resolve_found",
]
