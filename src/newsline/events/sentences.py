"""Sentence spans per language, as (start, end) offsets into the original text.

Chinese ends sentences with 。！？; Thai has no sentence punctuation and marks
sentence ends with a space between Thai letters, but it also writes spaces
between phrases: a space ends a Thai sentence only when what came before
states something (has a verb, by pythainlp's part-of-speech tagger) and the
next chunk does not continue it (a surname after a titled given name, a
predicate after its subject, what follows "ว่า", a short verbless apposition,
a continuation word); the Latin-script languages
end them with . ! ? followed by a capital (a short abbreviation table keeps
"Mr." or "EE.UU." from ending one). A line break always ends a sentence.

It must never change the text or return offsets that do not slice it.
"""

from __future__ import annotations

import functools
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
# French sets its guillemets off with a (narrow no-break) space: « Oui. » Il ...
_LATIN_END = re.compile(
    r"[.!?…]+(?:\s?»)?[\"”’»)\]]*(?=\s+(?:«\s?|[\"“‘(\[])?[A-ZÀ-ÝĀ-žẠ-Ỹ0-9¿¡])"
)
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
    "ระหว่าง",
    "ท่ามกลาง",
    "ภายใน",
    "พร้อม",
    "เพราะ",
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


# Person titles and ranks written against a given name ("นายสมชาย ใจดี",
# "พล.อ.ประยุทธ์ จันทร์โอชา"): the chunk after such a chunk is the surname.
_TH_TITLE = re.compile(r"(?:นางสาว|นาย|นาง|ดร\.|(?:[\u0E01-\u0E2E]{1,3}\.){1,4})")
# A short chunk (an apposition, a surname, "ประเทศลาว") with no verb belongs
# to the sentence before it.
THAI_SHORT_CHUNK = 30
_TH_VERB_TAGS = ("VACT", "VSTA", "XVBM", "XVAM", "XVMM", "XVBB", "XVAE")
# A chunk that ends with a conjunction, preposition or relative ("... ว่า")
# leaves its sentence open.
_TH_OPEN_TAGS = ("JSBR", "JCRG", "JCMP", "RPRE", "PREL")


@functools.lru_cache(maxsize=8192)
def _thai_tags(chunk: str) -> tuple[str, ...]:
    """ORCHID part-of-speech tags of a chunk's Thai words (pythainlp's
    perceptron); () when the tagger is not there."""
    try:
        from ..wordseg import thai_words
        from .thai_pos import orchid_tags

        words = [w for w in thai_words(chunk) if re.match(r"[\u0E00-\u0E7F]", w)]
        return tuple(orchid_tags(words))
    except Exception:  # noqa: BLE001 - no tags: fall back to the space rule
        return ()


def _thai_titled(chunk: str) -> bool:
    """The chunk ends with a title or rank and a given name ("ให้นายเศรษฐา",
    "พล.อ.ประยุทธ์"), not with a word that starts like one ("นายกรัฐมนตรี")."""
    from ..wordseg import thai_dictionary, thai_words

    m = _TH_TITLE.match(chunk)
    if m and 0 < len(chunk) - m.end() <= THAI_SHORT_CHUNK:
        first = thai_words(chunk)[0]
        if not (len(first) > m.end() and first in thai_dictionary()):
            return True
    toks = thai_words(chunk)
    for k in range(len(toks) - 1, 0, -1):
        if toks[k] in ("นาย", "นาง", "นางสาว"):
            return 0 < sum(map(len, toks[k + 1 :])) <= THAI_SHORT_CHUNK
    return False


def _has_verb(chunks: list[str]) -> bool:
    return any(t in _TH_VERB_TAGS for c in chunks for t in _thai_tags(c))


def _thai_continues(left: list[str], right: str) -> bool:
    """Whether the chunk ``right`` after a space continues the sentence whose
    space-separated chunks so far are ``left``."""
    if right.startswith(THAI_CONTINUATIONS) or _thai_titled(left[-1]):
        return True
    rtags, ltags = _thai_tags(right), _thai_tags(left[-1])
    if not rtags:
        return False
    if rtags[0] in _TH_VERB_TAGS or (ltags and ltags[-1] in _TH_OPEN_TAGS):
        return True  # a predicate after a long subject; "... ว่า" + what was said
    if not _has_verb(left):
        return True  # nothing stated yet: no sentence to end
    verbless = not any(t in _TH_VERB_TAGS for t in rtags)
    return verbless and len(right) <= THAI_SHORT_CHUNK and not rtags[0].startswith("J")


def _thai(text: str, a: int, b: int) -> list[tuple[int, int]]:
    out = []
    s = a
    for mt in _THAI_GAP.finditer(text, a, b):
        if mt.start() - s < THAI_MIN_SENTENCE:
            continue
        left = text[s : mt.start()].split()
        right = text[mt.end() : b].split(None, 1)[0]
        if not _thai_continues(left, right):
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
