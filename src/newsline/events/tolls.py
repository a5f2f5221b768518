"""Death tolls a sentence states, so that sources of one event that give
different tolls are flagged (a disagreement is shown, never hidden).

Sources of one disaster count its dead differently ("47 dead" on one page,
"los muertos son 41" on another): merged into one event, the disagreement
must show. The patterns are general vocabulary of counting the dead in the
pipeline's main languages; they know no site or story. A number reads as
a toll only next to a word for the dead, never a bare number.
"""

from __future__ import annotations

import re
from functools import cache

from ..wordseg import ascii_digits

# A number, begun only where a number begins (not after a digit, nor after
# a digit and a group separator): tried at every digit of "111,111,..." it
# was quadratic. Every pattern below is linear (bounded gaps).
_N = r"(?<!\d)(?<!\d[,.\u00a0 ])(\d{1,3}(?:[,.\u00a0 ]\d{3})+|\d+)"
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
        r"(?:ผู้)?เสียชีวิต[^.\d]{0,20}?" + _N + r"\s*(?:ราย|คน)",
        _N + r"\s*(?:ราย|คน)\s*(?:เสียชีวิต)",
    ],
    "zh": [
        r"(?:死亡|遇难|罹难)(?:人数)?[^。\d]{0,6}?" + _N + r"\s*人",
        _N + r"\s*人\s*(?:死亡|遇难|罹难|丧生)",
    ],
}


@cache
def _patterns(lang: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in TOLL_PATTERNS.get(lang, ()))


def death_tolls(text: str, lang: str | None) -> set[int]:
    """The numbers of dead ``text`` states (in ``lang``'s words)."""
    base = (lang or "").split("-")[0].lower()
    pats = _patterns(base)
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
