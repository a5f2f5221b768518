"""Sentence spans per language, as (start, end) offsets into the original text.

Chinese ends sentences with 。！？; Thai has no sentence punctuation and marks
sentence ends with a space between Thai letters; the Latin-script languages
end them with . ! ? followed by a capital (a short abbreviation table keeps
"Mr." or "EE.UU." from ending one). A line break always ends a sentence.

It must never change the text or return offsets that do not slice it.
"""

from __future__ import annotations

import re

# Abbreviations after which a period does not end a sentence (data per language).
ABBREVIATIONS = {
    "en": [
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Gen",
        "Sen",
        "Rep",
        "St",
        "Jan",
        "Feb",
        "Aug",
        "Sept",
        "Oct",
        "Nov",
        "Dec",
        "U.S",
        "U.N",
        "No",
        "Lt",
        "Col",
        "Gov",
        "Prof",
        "Inc",
        "Corp",
    ],
    "es": ["Sr", "Sra", "Dr", "Dra", "EE.UU", "EE", "UU", "art", "núm", "pág", "Gral", "etc"],
    "fr": ["M", "Mme", "Mlle", "Dr", "St", "Ste", "av", "J.-C", "etc", "cf"],
    "vi": ["TP", "TS", "PGS", "ThS", "Tp", "ông", "bà"],
}
_LATIN_END = re.compile(r"[.!?…]+[\"”’»)\]]*(?=\s+[\"“‘«(\[]?[A-ZÀ-ÝĀ-žẠ-Ỹ0-9¿¡])")
_ZH_END = re.compile(r"[。！？!?；]+[”’」』）)]*")
_THAI_GAP = re.compile(r"(?<=[\u0E00-\u0E7F])[ \t]+(?=[\u0E00-\u0E7F])")
_LINE = re.compile(r"[^\n\r]+")
THAI_MIN_SENTENCE = 40
# Thai words that continue a clause after a space (possessive, relative,
# conjunctions, "on the date ..."): a space before them is not a sentence end.
THAI_CONTINUATIONS = (
    "ของ",
    "และ",
    "ที่",
    "ซึ่ง",
    "โดย",
    "ขณะ",
    "ใน",
    "ว่า",
    "เพื่อ",
    "จาก",
    "ตาม",
    "กับ",
    "แต่",
    "หรือ",
    "เมื่อวันที่",
    "ตั้งแต่",
    "ถึง",
    "จน",
    "แล้ว",
    "ก็",
    "จึง",
    "ได้",
    "คือ",
    "เป็น",
    "ให้",
    "ไป",
    "มา",
)


def _latin(text: str, a: int, b: int, lang: str) -> list[tuple[int, int]]:
    abbr = tuple(ABBREVIATIONS.get(lang, []))
    out = []
    s = a
    for mt in _LATIN_END.finditer(text, a, b):
        word = re.search(r"([\w.-]+)\.+$", text[max(a, mt.start() - 12) : mt.start() + 1])
        if (
            mt.group(0).startswith(".")
            and word
            and (word.group(1) in abbr or (len(word.group(1)) == 1 and word.group(1).isalpha()))
        ):
            continue
        out.append((s, mt.end()))
        s = mt.end()
    out.append((s, b))
    return out


def _chinese(text: str, a: int, b: int) -> list[tuple[int, int]]:
    out = []
    s = a
    for mt in _ZH_END.finditer(text, a, b):
        out.append((s, mt.end()))
        s = mt.end()
    out.append((s, b))
    return out


def _thai(text: str, a: int, b: int) -> list[tuple[int, int]]:
    out = []
    s = a
    for mt in _THAI_GAP.finditer(text, a, b):
        if mt.start() - s >= THAI_MIN_SENTENCE and not text.startswith(
            THAI_CONTINUATIONS, mt.end()
        ):
            out.append((s, mt.start()))
            s = mt.end()
    out.append((s, b))
    return out


def split_sentences(
    text: str, start: int = 0, end: int | None = None, lang: str | None = None
) -> list[tuple[int, int]]:
    """Sentence spans of text[start:end], whitespace trimmed, none empty."""
    end = len(text) if end is None else min(end, len(text))
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text, start, end):
        a, b = line.start(), line.end()
        if re.search(r"[\u0E00-\u0E7F]", text[a:b]) and lang in (None, "th"):
            parts = _thai(text, a, b)
        elif lang == "zh" or (lang is None and re.search(r"[\u4E00-\u9FFF]{4}", text[a:b])):
            parts = _chinese(text, a, b)
        else:
            parts = _latin(text, a, b, lang or "en")
        for s, e in parts:
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                spans.append((s, e))
    return spans
