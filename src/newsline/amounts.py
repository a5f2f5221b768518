"""Amounts written with scale words, as one language-independent value.

What it is for: "25 billion", "25 tỷ", "250亿" and "25.000 millones" are the
same amount; as anchors for linking events and stories across languages
they must meet. :func:`amounts` finds numbers with their scale word in vi,
th, zh, en, es and fr, and large plain numbers ("50,000"), and gives each a
normalised value (three significant digits: ``2.5e+10``).

Separators: a number grouped in threes ("25,000", "25.000", "25 000") is
an integer whatever the separator; otherwise one "," or "." followed by one
or two digits is the decimal mark ("2,5 tỷ", "1.5 billion").

It knows no site or story: the scale words are general vocabulary.
"""

from __future__ import annotations

import re
from functools import cache

# Scale words per language, longest first where one contains another.
SCALES: dict[str, dict[str, float]] = {
    "en": {"trillion": 1e12, "billion": 1e9, "bn": 1e9, "million": 1e6, "thousand": 1e3},
    "vi": {
        "nghìn tỷ": 1e12,
        "ngàn tỷ": 1e12,
        "tỷ": 1e9,
        "tỉ": 1e9,
        "triệu": 1e6,
        "nghìn": 1e3,
        "ngàn": 1e3,
    },
    "th": {
        "ล้านล้าน": 1e12,
        "แสนล้าน": 1e11,
        "หมื่นล้าน": 1e10,
        "พันล้าน": 1e9,
        "ล้าน": 1e6,
        "แสน": 1e5,
        "หมื่น": 1e4,
        "พัน": 1e3,
    },
    "zh": {
        "万亿": 1e12,
        "萬億": 1e12,
        "千亿": 1e11,
        "百亿": 1e10,
        "亿": 1e8,
        "億": 1e8,
        "千万": 1e7,
        "千萬": 1e7,
        "百万": 1e6,
        "百萬": 1e6,
        "万": 1e4,
        "萬": 1e4,
    },
    "es": {
        "billones": 1e12,
        "billón": 1e12,
        "mil millones": 1e9,
        "millones": 1e6,
        "millón": 1e6,
        "mil": 1e3,
    },
    "fr": {"milliards": 1e9, "milliard": 1e9, "millions": 1e6, "million": 1e6, "mille": 1e3},
}
# Plain numbers from this value on are amounts too ("50,000" meets "5万").
PLAIN_MIN = 10_000

# Digits may touch Thai and Chinese letters ("约5万人"), not Latin ones. A
# number grouped in threes opens on a digit other than 0 and does not follow
# a group that opens on 0: "021 555 1234" and "0412 555 218" are telephone
# numbers, not 21,555 or 555,218 ("In 2023 15,000 people" keeps its amount).
_NUM = (
    r"(?<![A-Za-z0-9.,])"
    r"((?<!(?<!\d)0\d[\u00a0\u202f ])(?<!(?<!\d)0\d\d[\u00a0\u202f ])(?<!(?<!\d)0\d\d\d[\u00a0\u202f ])"
    r"[1-9]\d{0,2}(?:[.,\u00a0\u202f ]\d{3})+|\d+(?:[.,]\d{1,2})?)(?![\d])"
)


@cache
def _pattern() -> re.Pattern[str]:
    words = sorted({w for table in SCALES.values() for w in table}, key=len, reverse=True)
    # a scale word after optional space; a Latin one ends at a word edge
    # ("mil", not "millonarios"), a Thai or Chinese one runs on into the text
    alt = "|".join(
        re.escape(w) + (r"(?![^\W\d_])" if w[0] < "\u0250" else "")  # Latin: word edge
        for w in words
    )
    return re.compile(_NUM + r"(?:\s?(" + alt + r"))?", re.IGNORECASE)


@cache
def _scale_of() -> dict[str, float]:
    out: dict[str, float] = {}
    for table in SCALES.values():
        for w, v in table.items():
            out.setdefault(w.lower(), v)
    return out


def parse_number(raw: str) -> float | None:
    """The value of a written number (see the module docstring for separators)."""
    if re.fullmatch(r"\d{1,3}(?:[.,\u00a0 ]\d{3})+", raw):
        return float(re.sub(r"\D", "", raw))
    try:
        return float(raw.replace(",", "."))
    except ValueError:
        return None


def normalise(value: float) -> str:
    return f"{value:.3g}" if value >= 1000 else f"{value:g}"


def amounts(text: str) -> list[tuple[str, int, int]]:
    """(normalised value, start, end) of every scaled amount and every plain
    number of at least PLAIN_MIN in ``text``; years (1900-2100 written as four
    bare digits) are no amounts."""
    out = []
    scales = _scale_of()
    # the last Chinese or Japanese amount: (value, scale, start, end)
    han: tuple[float, float, int, int] | None = None
    for m in _pattern().finditer(text):
        raw, word = m.group(1), m.group(2)
        value = parse_number(raw)
        if value is None:
            continue
        scale = scales[word.lower()] if word else 1.0
        # "8亿5000万" (8.5e8), "1万2000" (12000) are one amount written in
        # two units, the smaller right after the larger: two values met
        # neither "850 million" nor "8.5亿"
        if (
            han is not None
            and m.start() == han[3]
            and (not word or word >= "\u3000")
            and value * scale < han[1]
        ):
            value = han[0] + value * scale
            out[-1] = (normalise(value), han[2], m.end())
            han = (value, scale, han[2], m.end())
            continue
        value *= scale
        if not word and value < PLAIN_MIN:
            han = None
            continue
        out.append((normalise(value), m.start(), m.end()))
        han = (value, scale, m.start(), m.end()) if word and word >= "\u3000" else None
    return out
