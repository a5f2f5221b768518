"""Death tolls and counts of the sick a sentence states, so that sources of
one event that give different counts are flagged (a disagreement is shown,
never hidden).

Sources of one disaster count its dead differently ("47 dead" on one page,
"los muertos son 41" on another): merged into one event, the disagreement
must show. The patterns are general vocabulary of counting the dead in the
pipeline's main languages; they know no site or story. A number reads as
a toll only next to a word for the dead, never a bare number; as a count of
the sick only next to a word for falling ill, being infected or poisoned,
or for cases ("23 sickened infants", "27 ca mắc", "感染病例27例").
"""

from __future__ import annotations

import re
from functools import cache

from ..dates.tables import month_names
from ..wordseg import ascii_digits

# A number, begun only where a number begins (not after a digit, nor after
# a digit and a group separator): tried at every digit of "111,111,..." it
# was quadratic. Every pattern below is linear (bounded gaps).
_N = r"(?<!\d)(?<!\d[,.\u00a0 ])(\d{1,3}(?:[,.\u00a0 ]\d{3})+|\d+)"
# Between a Thai word and its number one date may stand ("ป่วยล่าสุดเมื่อวันที่
# 17 เม.ย. อยู่ที่ 27 ราย"): letters, a day with an abbreviated or written-out
# month, letters. The gaps hold no digit, so the number can only begin where
# they end: possessive, they are never tried shorter (linear, one try a word).
# (abbreviations by their shape; the written-out names from the date tables)
_TH_MONTH = r"(?:[\u0E01-\u0E4E]{1,3}\.){1,2}|" + "|".join(
    sorted((m for m in month_names("th") if "." not in m), key=len, reverse=True)
)
_TH_GAP = r"[^\d]{0,30}+(?:\d{1,2}\s*(?:" + _TH_MONTH + r")(?:\s*\d{4})?[^\d]{0,20}+)?"
# up to two words (letters only: never a number) between a number and its word
_W2 = r"(?:[^\W\d_]+\s+){0,2}?"
TOLL_PATTERNS: dict[str, list[str]] = {
    "en": [
        _N + r"\s+(?:people\s+|persons\s+)?(?:dead|killed|deaths|died|fatalities)\b",
        r"\bdeath\s+toll\b[^.\d]{0,40}?" + _N,
    ],
    "fr": [
        _N + r"\s+(?:morts|décès|tués|victimes\s+mortelles|personnes\s+tuées)\b",
        r"\bbilan\b[^.\d]{0,40}?" + _N + r"\s+(?:morts|décès|tués)\b",
    ],
    "es": [
        _N + r"\s+(?:muertos|fallecidos|víctimas\s+mortales|personas\s+muertas)\b",
        r"\b(?:muertos|fallecidos)\s+(?:son|ascienden\s+a|suman|llegan\s+a)\s+" + _N,
    ],
    "vi": [
        _N + r"\s+người\s+(?:chết|thiệt\s+mạng|tử\s+vong|tử\s+nạn)",
        r"số\s+người\s+(?:chết|thiệt\s+mạng|tử\s+vong)[^.\d]{0,30}?" + _N,
    ],
    "th": [
        r"(?:ผู้)?เสียชีวิต" + _TH_GAP + _N + r"\s*(?:ราย|คน)",
        _N + r"\s*(?:ราย|คน)\s*(?:เสียชีวิต)",
    ],
    "zh": [
        r"(?:死亡|遇难|罹难)(?:人数)?[^。\d]{0,6}?" + _N + r"\s*人",
        _N + r"\s*人\s*(?:死亡|遇难|罹难|丧生)",
    ],
}


# Counts of the sick: fallen ill, infected, poisoned, cases (not the
# hospitalised or injured: a part of the sick, or other people, whose count
# would read as a disagreement with the whole).
CASE_PATTERNS: dict[str, list[str]] = {
    "en": [
        _N + r"\s+" + _W2 + r"(?:sickened|infected|poisoned|fell\s+ill|cases)\b",
        r"\b(?:cases|infections)\s+(?:rose|climbed|reached|increased|jumped|stood\s+at)"
        r"\s+(?:to\s+|at\s+)?" + _N,
    ],
    "fr": [_N + r"\s+" + _W2 + r"(?:cas|malades|infectés|contaminés|intoxiqués)\b"],
    "es": [
        _N
        + r"\s+"
        + _W2
        + r"(?:casos|afectados|enfermos|infectados|contagiados|intoxicados|enfermaron)\b"
    ],
    "vi": [
        _N + r"\s+(?:ca|trẻ|người|cháu|bệnh\s+nhân)?\s*(?:mắc|nhiễm|bị\s+bệnh|bị\s+ốm|ngộ\s+độc)",
        r"số\s+(?:ca|trẻ|người)\s+(?:mắc|nhiễm|bị\s+bệnh|ngộ\s+độc)[^.\d]{0,30}?" + _N,
    ],
    "th": [
        r"(?:ป่วย|ติดเชื้อ|อาหารเป็นพิษ)" + _TH_GAP + _N + r"\s*(?:ราย|คน)",
        _N + r"\s*(?:ราย|คน)\s*(?:ป่วย|ติดเชื้อ)",
    ],
    "zh": [
        r"(?:病例|感染|患病|发病|确诊|中毒)[^。\d]{0,6}?" + _N + r"\s*(?:例|人|名)",
        _N + r"\s*(?:例|人|名)\s*(?:婴儿|儿童|患儿)?\s*(?:感染|患病|发病|确诊|中毒|病例)",
    ],
}
_TABLES = {"deaths": TOLL_PATTERNS, "cases": CASE_PATTERNS}


@cache
def _patterns(lang: str, what: str = "deaths") -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in _TABLES[what].get(lang, ()))


def death_tolls(text: str, lang: str | None) -> set[int]:
    """The numbers of dead ``text`` states (in ``lang``'s words)."""
    return _counts(text, lang, "deaths")


def case_counts(text: str, lang: str | None) -> set[int]:
    """The numbers of sick (ill, infected, poisoned, cases) ``text`` states."""
    return _counts(text, lang, "cases")


def _counts(text: str, lang: str | None, what: str) -> set[int]:
    base = (lang or "").split("-")[0].lower()
    pats = _patterns(base, what)
    if not pats or not isinstance(text, str):
        return set()
    s = ascii_digits(text)
    out = set()
    for rx in pats:
        for m in rx.finditer(s):
            digits = re.sub(r"\D", "", m.group(1))
            if digits and len(digits) <= 7:
                out.add(int(digits))
    return out
