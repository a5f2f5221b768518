"""Language-independent anchors and per-language words of a document.

What it is for: giving documents in different languages and scripts
features they can share -- territory codes from CLDR names (Peru /
เปรู / 秘鲁 / Perú / Pérou -> ``t:PE``), Latin-script names and acronyms,
names written in Thai or Chinese script turned into a consonant skeleton of
their romanisation (royin / pinyin), years, numbers, resolved dates -- plus
words that only compare within one language (Thai words, Chinese
jieba words, Vietnamese syllable bigrams, other languages' words).

It must never download anything, never edit the document, and never hold
a rule for one site, person or story: tables come from babel (CLDR) and the
tokenisers' own dictionaries; the phonetic classes below are general.
"""

from __future__ import annotations

import itertools
import logging
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import Any

from ..amounts import amounts
from ..dates.cldr import is_calendar_word
from ..model import Document
from ..wordseg import (
    chinese_tagger,
    fold_traditional,
    pinyin,
    romanize_thai,
    strip_possessive,
    thai_dictionary,
    thai_titled_names,
    thai_words,
)

log = logging.getLogger(__name__)

# CLDR locales whose territory names are matched; one table for all, so a
# Vietnamese page quoting "Peru" still gets t:PE.
TERRITORY_LOCALES = (
    "vi",
    "th",
    "zh",
    "zh_Hant",
    "en",
    "es",
    "fr",
    "de",
    "id",
    "ms",
    "ja",
    "ko",
    "ru",
    "pt",
    "it",
)

# Phonetic consonant classes for matching a name across romanisations
# (Rasmussen / ราสมุสเซน "rasmussen" / 拉斯穆森 "lasimusen" all give "lsms").
# Multi-letter groups first. Vowels, h, w, y are dropped; r and l merge
# (Thai and Chinese render one as the other).
_DIGRAPHS = (
    ("sch", "s"),
    ("tch", "s"),
    ("ch", "s"),
    ("sh", "s"),
    ("zh", "s"),
    ("ts", "s"),
    ("th", "t"),
    ("dh", "t"),
    ("kh", "k"),
    ("gh", "k"),
    ("ph", "f"),
    ("ng", "n"),
    ("ck", "k"),
    ("qu", "k"),
    ("er", "l"),
)
_CLASS = {
    "b": "p",
    "p": "p",
    "f": "f",
    "v": "f",
    "c": "k",
    "g": "k",
    "k": "k",
    "q": "k",
    "x": "s",
    "d": "t",
    "t": "t",
    "j": "s",
    "s": "s",
    "z": "s",
    "l": "l",
    "r": "l",
    "m": "m",
    "n": "n",
}
SKELETON_LEN = 4

_LATIN_WORD = re.compile(r"[A-Za-zÀ-ɏḀ-ỿ][A-Za-zÀ-ɏḀ-ỿ0-9'’\-]*")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9]{1,7}$")
# Numbers bounded by anything but ASCII letters/digits (Thai and Chinese
# write digits straight against words).
_NUMBER = re.compile(
    r"(?<![0-9A-Za-z.,])\d{1,3}(?:[.,\s]\d{3})+(?![0-9A-Za-z])|(?<![0-9A-Za-z.,])\d+(?:[.,]\d+)?(?![0-9A-Za-z])"
)
_SENT_END = re.compile(r"[.!?。！？:;\n]\s*$")
_THAI = re.compile(r"[\u0e00-\u0e7f]")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_VI_MARKS = re.compile(r"[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.IGNORECASE)
_WORD = re.compile(r"\w+")


def strip_marks(s: str) -> str:
    """Latin letters without diacritics (đ -> d); other scripts unchanged."""
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


@lru_cache(maxsize=200_000)
def skeleton(romanised: str) -> str:
    """Consonant-class skeleton of an ASCII romanisation ('' if too short).
    Cached: names recur across a corpus."""
    s = re.sub(r"[^a-z]", "", strip_marks(romanised).lower())
    for a, b in _DIGRAPHS:
        s = s.replace(a, b.upper())
    out: list[str] = []
    for ch in s:
        c = ch.lower() if ch.isupper() else _CLASS.get(ch)
        if c and (not out or out[-1] != c):
            out.append(c)
    return "".join(out[:SKELETON_LEN]) if len(out) >= 3 else ""


def guess_lang(doc: Document, text: str) -> str:
    """The document's language, or a guess from its script when unset."""
    if doc.lang:
        return doc.lang.split("-")[0].lower()
    sample = text[:2000]
    if len(_THAI.findall(sample)) > 20:
        return "th"
    if len(_CJK.findall(sample)) > 20:
        return "zh"
    if len(_VI_MARKS.findall(sample)) > 20:
        return "vi"
    return "und"


# ---------------------------------------------------------------- territories
@cache
def territory_table() -> tuple[
    dict[str, list[tuple[str, str, str | None]]], dict[str, dict[str, str]]
]:
    """(first-two-chars -> [(name, code, only_lang)], lang -> code -> display name).

    ``only_lang`` is the one locale language of a Latin-script name found in
    no other locale of the table (German "Island", Iceland), else None: such
    a name is only read in text of its own language, or anywhere when it is
    the English name (pages quote English names), since in another language
    it may be an ordinary word ("Gull Island")."""
    from babel import Locale

    variants: dict[str, tuple[str, set[str]]] = {}
    display: dict[str, dict[str, str]] = {}
    for loc in TERRITORY_LOCALES:
        try:
            names = Locale.parse(loc).territories
        except Exception as e:  # noqa: BLE001 - a missing locale just adds nothing
            log.debug("no CLDR territory names for %s: %s", loc, e)
            continue
        lang = loc.split("_")[0]
        display[lang] = {c: n for c, n in names.items() if len(c) == 2}
        for code, name in names.items():
            if len(code) != 2 or not code.isalpha() or code in ("ZZ", "EU", "UN", "EZ"):
                continue
            for variant in {name, _unaccented_variant(name)}:
                if not variant or len(variant) < 2:
                    continue
                if variant not in variants:
                    variants[variant] = (code, set())
                if variants[variant][0] == code:
                    variants[variant][1].add(lang)
    by_prefix: dict[str, list[tuple[str, str, str | None]]] = {}
    for variant, (code, langs) in variants.items():
        latin = all(_is_latin(c) or not c.isalpha() for c in variant)
        only = next(iter(langs)) if latin and len(langs) == 1 else None
        by_prefix.setdefault(variant[:2], []).append((variant, code, only))
    for lst in by_prefix.values():
        lst.sort(key=lambda t: -len(t[0]))
    return by_prefix, display


@cache
def _territory_starts() -> re.Pattern[str]:
    """The characters a territory name can start with, as one character class
    (the scan below jumps between them in C instead of visiting every character)."""
    by_prefix, _ = territory_table()
    firsts = sorted({p[0] for p in by_prefix})
    return re.compile("[" + "".join(re.escape(c) for c in firsts) + "]")


# An unaccented spelling of a territory name is matched from this many letters
# on: shorter ones are ordinary words once their marks are gone (Portuguese
# "Irã" -> "Ira", Spanish for anger; "Omã" -> "Oma", German for grandmother).
_MIN_UNACCENTED = 4


def _unaccented_variant(name: str) -> str | None:
    """A Latin-script territory name without its diacritics ("Túnez" ->
    "Tunez"), as pages typed without accents write it; None when that adds
    nothing or would mislead. Only Latin script: in Thai, vowels and tone
    marks are combining marks too ("จีน", China, would become "จน", found in
    "จนถึง", until), and Japanese voicing marks are part of the word."""
    if not all(_is_latin(c) or not c.isalpha() for c in name):
        return None
    plain = strip_marks(name)
    if plain == name or sum(c.isalpha() for c in plain) < _MIN_UNACCENTED:
        return None
    return plain


def territories(text: str, lang: str | None = None) -> list[tuple[str, int, int]]:
    """(code, start, end) of every CLDR territory name in ``text``.

    Case-sensitive (so Vietnamese "pháp luật" is not France), word bounded
    for scripts with spaces, plain substring for Thai and Chinese. With the
    text's ``lang`` (one of TERRITORY_LOCALES), a Latin-script name only one
    other locale uses is not read (see :func:`territory_table`).
    """
    by_prefix, display = territory_table()
    if lang not in display:
        lang = None  # a language without its own names in the table: read them all
    starts = _territory_starts()
    out = []
    n = len(text)
    m = starts.search(text, 0, n - 1)
    while m is not None:
        i = m.start()
        nxt = i + 1
        cands = by_prefix.get(text[i : i + 2])
        if cands and (
            i == 0
            or not (
                text[i - 1].isalnum()
                and text[i].isascii()
                or _is_latin(text[i - 1])
                and _is_latin(text[i])
            )
        ):
            for name, code, only in cands:
                end = i + len(name)
                if only is not None and lang and only not in (lang, "en"):
                    continue
                if text.startswith(name, i) and (
                    end >= n or not (_is_latin(name[-1]) and text[end].isalnum())
                ):
                    out.append((code, i, end))
                    nxt = end
                    break
        m = starts.search(text, nxt, n - 1)
    return out


def _is_latin(c: str) -> bool:
    return c.isalpha() and (c.isascii() or "\u00c0" <= c <= "\u024f" or "\u1e00" <= c <= "\u1eff")


# ---------------------------------------------------------------- names
# A line is written in capitals (a shouted comment, a banner) when it has at
# least this many words of two letters or more and over half of them are in
# capitals: its words are no acronyms.
_CAPS_LINE_WORDS = 4


def _capitals_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of the lines of ``text`` written in capitals."""
    out = []
    pos = 0
    for line in text.split("\n"):
        words = [w for w in _LATIN_WORD.findall(line) if len(w) >= 2]
        if len(words) >= _CAPS_LINE_WORDS:
            caps = sum(1 for w in words if w.isupper())
            if 2 * caps > len(words):
                out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def latin_names(text: str, lang: str | None = None) -> list[tuple[str, str]]:
    """(feature, surface) for Latin capitalised words not opening a sentence
    and for acronyms anywhere -- except in lines written in capitals, where
    every word looks like an acronym and none is one ("NO A LA GUERRA").
    In Vietnamese text (``lang`` "vi") a capitalised word with any diacritic
    is Vietnamese ("Sông Hàn", "Đà Nẵng"), never a name other languages
    write the same way: with its marks stripped it would meet the Chinese
    surnames Song and Han."""
    out = []
    caps = _capitals_lines(text)
    ci = 0
    for m in _LATIN_WORD.finditer(text):
        if not text[m.start()].isupper():
            # a word's first character is a letter, kept by the strip below:
            # not a capital, it is neither an acronym nor a name
            continue
        w = strip_possessive(m.group().strip("'’-"))
        if len(w) < 2:
            continue
        if _ACRONYM.match(w):
            while ci < len(caps) and caps[ci][1] <= m.start():
                ci += 1
            if ci < len(caps) and caps[ci][0] <= m.start():
                continue
            out.append(("w:" + w.lower(), w))
            continue
        if not w[0].isupper():
            continue
        before = text[max(0, m.start() - 3) : m.start()]
        if m.start() == 0 or _SENT_END.search(before) or before.endswith(('"', "“", "«", "(", "—")):
            continue
        if _VI_MARKS.search(w) or (lang == "vi" and not w.isascii()):
            # A Vietnamese word or name (Nhật, Bản, Nguyễn): other languages
            # spell it otherwise, so it is no cross-language anchor.
            continue
        if is_calendar_word(w, text[max(0, m.start() - 12) : m.start()], lang):
            continue  # "Monday", "thứ Hai", "März": every story has them
        plain = strip_marks(w).lower()
        out.append(("w:" + plain, w))
        sk = skeleton(plain)
        if sk:
            out.append(("k:" + sk, w))
    return out


@cache
def _thai_stopwords() -> frozenset[str]:
    from pythainlp.corpus import thai_stopwords

    return frozenset(thai_stopwords())


def thai_features(text: str) -> tuple[list[tuple[str, str]], list[str]]:
    """Name features from Thai script, and Thai words for the language vector.

    A transliterated foreign name falls apart under newmm into short pieces
    that are not dictionary words; a run of >= 2 such pieces inside one
    space-delimited chunk is taken as a name and romanised whole. Names
    after a title or a place word are read too (:func:`~newsline.wordseg.thai_titled_names`).
    """
    words, stop = thai_dictionary(), _thai_stopwords()
    names: list[tuple[str, str]] = []
    lang_words: list[str] = []
    chunks = text.split()
    for surface in thai_titled_names(chunks):
        sk = skeleton(romanize_thai(surface))
        if sk:
            names.append(("k:" + sk, surface))
    for chunk in chunks:
        if not _THAI.search(chunk):
            continue
        toks = thai_words(chunk)
        run: list[str] = []
        for t in toks + [""]:
            thai = bool(t) and bool(_THAI.search(t))
            fragment = thai and (t not in words or len(t) <= 2)
            if fragment:
                run.append(t)
                continue
            if len(run) >= 2 or (len(run) == 1 and len(run[0]) >= 4):
                surface = "".join(run)
                rom = romanize_thai(surface)
                sk = skeleton(rom)
                if sk:
                    names.append(("k:" + sk, surface))
            run = []
            if thai and len(t) >= 2 and t not in stop:
                lang_words.append(t)
    return names, lang_words


_ZH_NAME_TAGS = ("nr", "ns", "nt", "nz", "nrt", "nrfg")


@lru_cache(maxsize=200_000)
def _pinyin_skeleton(surface: str) -> str:
    """Skeleton of a Chinese name's pinyin (cached: names recur)."""
    return skeleton(pinyin(surface))


def chinese_features(text: str) -> tuple[list[tuple[str, str]], list[str]]:
    """Name features (pinyin skeletons of jieba's name-tagged runs) and words.

    Traditional characters are read as Simplified (jieba's dictionary is
    Simplified, and a Taiwanese and a mainland page of one story should share
    words); names keep the page's own spelling as their surface."""
    pseg = chinese_tagger()
    folded = fold_traditional(text)
    names: list[tuple[str, str]] = []
    words: list[str] = []
    run: list[str] = []
    run_start = run_end = 0

    def flush() -> None:
        if run:
            sk = _pinyin_skeleton("".join(run))
            if sk:
                names.append(("k:" + sk, text[run_start:run_end]))
            run.clear()

    pos = 0
    for w, tag in pseg.cut(folded):
        start, pos = pos, pos + len(w)
        if _CJK.search(w):
            if len(w) >= 2:
                words.append(w)
            if tag in _ZH_NAME_TAGS:
                if not run:
                    run_start = start
                run.append(w)
                run_end = pos
                continue
        elif w.strip() in ("·", "•", "‧", "・") and run:
            continue
        flush()
    flush()
    return names, words


def latin_words(text: str, lang: str) -> list[str]:
    """Words that compare within one language (Vietnamese: syllable bigrams)."""
    toks = [t.lower() for t in _WORD.findall(text) if not t.isdigit()]
    if lang == "vi":
        return [a + "_" + b for a, b in itertools.pairwise(toks)]
    return [t for t in toks if len(t) >= 4]


# ---------------------------------------------------------------- numbers, dates
def number_features(text: str) -> list[tuple[str, str]]:
    # amounts with a scale word ("25 billion" = "25 tỷ" = "250亿") and large
    # plain numbers, as one value; the digits inside them are not read again
    found = amounts(text)
    out = [("#:" + value, text[a:b]) for value, a, b in found]
    spans = [(a, b) for _, a, b in found]
    for m in _NUMBER.finditer(text):
        if spans and any(a <= m.start() < b for a, b in spans):
            continue
        raw = m.group()
        digits = re.sub(r"\D", "", raw)
        if len(digits) == 4 and digits[:2] in ("19", "20") and raw == digits:
            out.append(("y:" + digits, raw))
        elif len(digits) >= 2 and digits.strip("0"):
            out.append(("#:" + digits.lstrip("0"), raw))
    return out


def date_features(doc: Document) -> list[tuple[str, str]]:
    out = []
    for d in doc.dates:
        v = d.value or ""
        if len(v) >= 10 and v[0] != "-":
            out.append(("d:" + v[:10], v[:10]))
        if len(v) >= 7 and v[0] != "-":
            out.append(("m:" + v[:7], v[:7]))
    for e in doc.events:
        if e.date and e.date[0] != "-":
            out.append(("d:" + e.date[:10], e.date[:10]))
        for a in e.anchors:
            # the events stage writes "kind:value" (name:asean, num:...): keep names,
            # territories and numbers in this module's own classes
            kind, _, value = a.partition(":") if ":" in a else ("name", "", a)
            if not value:
                continue
            if kind == "name":
                out.append(("w:" + strip_marks(value).lower(), value))
            elif kind in ("geo", "t", "territory") and len(value) == 2 and value.isalpha():
                out.append(("t:" + value.upper(), value))
    return out


# ---------------------------------------------------------------- document
# Weight of each anchor class relative to a name.
CLASS_WEIGHT = {"t": 1.0, "w": 1.0, "k": 0.8, "y": 0.4, "d": 0.8, "m": 0.3, "#": 0.3}


def sublinear(counts: Iterable[str], weights: dict[str, float] | None = None) -> dict[str, float]:
    c = Counter(counts)
    out = {}
    for f, n in c.items():
        w = 1.0 + math.log(n)
        if weights:
            w *= weights.get(f[0], 1.0)
        out[f] = w
    return out


def feature_counts(doc: Document, text: str) -> dict[str, Any]:
    """The costly part of :func:`document_features`, as compact JSON-safe data.

    ``{"lang": str, "a": [[feature, count] or [feature, count, surface]],
    "w": [[word, count]]}``: anchors and words with their counts, in order of
    first occurrence (the order matters: ties keep it when profiles are
    pruned); an anchor's surface is stored only when it is not the feature's
    own value. Words are stored for Thai, Chinese and Japanese only (other
    languages' words are remade from the text). :func:`vectors` turns it into
    exactly what :func:`document_features` returns.
    """
    lang = guess_lang(doc, text)
    anchors: list[tuple[str, str]] = []
    anchors += [("t:" + code, text[s:e]) for code, s, e in territories(text, lang)]
    anchors += latin_names(text, lang)
    anchors += number_features(text)
    anchors += date_features(doc)
    words: list[str] = []
    if _THAI.search(text):
        n, w = thai_features(text)
        anchors += n
        if lang == "th":
            words += w
    if _CJK.search(text):
        n, w = chinese_features(text)
        # Japanese kanji read in Chinese pinyin are a wrong name, worse than none
        if lang != "ja":
            anchors += n
        if lang in ("zh", "ja"):
            words += w
    surfaces: dict[str, str] = {}
    for f, s in anchors:
        surfaces.setdefault(f, s)
    counts = Counter(f for f, _ in anchors)
    a = [[f, n] if surfaces[f] == f[2:] else [f, n, surfaces[f]] for f, n in counts.items()]
    out: dict[str, Any] = {"lang": lang, "a": a}
    if lang in _TOKENISED_LANGS:
        out["w"] = [[w, n] for w, n in Counter(words).items()]
    # other languages' words are a cheap regex over the text: left out, and
    # made again by vectors(), they would be most of the stored size
    return out


# Languages whose words come from a costly tokeniser (stored by feature_counts).
_TOKENISED_LANGS = ("th", "zh", "ja")


def vectors(
    counts: dict[str, Any], text: str
) -> tuple[str, dict[str, float], dict[str, float], dict[str, str]]:
    """(language, anchor tf vector, language-word tf vector, surface forms)
    from :func:`feature_counts`' output for ``text``."""
    lang = counts["lang"]
    if "w" not in counts:
        counts = {**counts, "w": Counter(latin_words(text, lang)).items()}
    avec: dict[str, float] = {}
    surfaces: dict[str, str] = {}
    for item in counts["a"]:
        f, n = item[0], item[1]
        avec[f] = (1.0 + math.log(n)) * CLASS_WEIGHT.get(f[0], 1.0)
        surfaces[f] = item[2] if len(item) > 2 else f[2:]
    wvec = {lang + "|" + w: 1.0 + math.log(n) for w, n in counts["w"]}
    return lang, avec, wvec, surfaces


def place_shares(counts: dict[str, Any]) -> dict[str, float]:
    """Territory code -> its share of the document's territory mentions
    (from :func:`feature_counts`' output; sums to 1, empty without any).

    Unlike the sublinear, IDF-weighted anchor vector, this keeps how much of
    the document is about each place: a country named twenty times and one
    named once in passing weigh 20:1, not about 4:1, and a place common in
    the corpus is not made light for being common.
    """
    got = {item[0][2:]: float(item[1]) for item in counts["a"] if item[0].startswith("t:")}
    total = sum(got.values())
    return {c: n / total for c, n in got.items()} if total else {}


def document_features(
    doc: Document, text: str
) -> tuple[str, dict[str, float], dict[str, float], dict[str, str]]:
    """(language, anchor tf vector, language-word tf vector, surface forms)."""
    return vectors(feature_counts(doc, text), text)
