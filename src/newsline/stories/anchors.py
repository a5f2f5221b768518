"""Language-independent anchors and per-language words of a document.

What it is for: giving documents in different languages and scripts
features they can share -- territory codes from CLDR names (Peru /
เปรู / 秘鲁 / Perú / Pérou -> ``t:PE``), Latin-script names and acronyms,
names written in Thai, Chinese, Japanese, Cyrillic, Korean or Arabic script
turned into a consonant skeleton of their romanisation (royin / pinyin /
Hepburn / letter tables), years, numbers, resolved dates -- plus words that
only compare within one language (Thai words, Chinese jieba words, Vietnamese
syllable bigrams, Korean stems and syllable pairs, other languages' words).

It must never download anything, never edit the document, and never hold
a rule for one site, person or story: tables come from babel (CLDR) and the
tokenisers' own dictionaries; the phonetic classes below are general.
"""

from __future__ import annotations

import bisect
import itertools
import logging
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from functools import cache, lru_cache
from typing import Any, NamedTuple

from ..amounts import amounts
from ..dates.cldr import calendar_words, is_calendar_word
from ..events.anchors import _POSTVOCALIC_R, ACRONYM_ALIASES, TERRITORY_EXTRA, ZH_ADMIN_UNITS
from ..langid.vietnamese import is_vi_syllable
from ..model import Document
from ..nouns import after_determiner
from ..wordseg import (
    ARABIC_CLITICS,
    ARABIC_WORD,
    CYRILLIC_WORD,
    HAN_SURNAMES,
    HANGUL_WORD,
    THAI_RUN,
    arabic_titled_names,
    ascii_digits,
    chinese_dictionary_tag,
    chinese_tagged_runs,
    fold_traditional,
    foreign_name_readings,
    han_viet,
    han_viet_characters,
    japanese_names,
    korean_core,
    korean_titled_names,
    pinyin,
    romanize_arabic,
    romanize_cyrillic,
    romanize_hangul,
    romanize_thai_name,
    strip_possessive,
    thai_dictionary,
    thai_run_words,
    thai_titled_names,
    thai_words,
)
from .demonyms import _UNNAMED_MENTIONS, demonym_table, people_of_named, with_demonyms

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
    "uk",
    "pt",
    "it",
    "ar",
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
_CLOCK = re.compile(r"(?<![\d:.,])(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?![\d:.,]\d)")
# A clock time written with hour and minute words or an hour mark:
# "14时22分", "9點05分", "14시 22분", "14 giờ 22 (phút)", "14h22", "21 h 10",
# "14.22 น.", "21.10 horas", "8.30 Uhr", "21.10 WITA". An hour alone ("14
# giờ", three hours) may be a duration and stays.
_WORDED_CLOCK = re.compile(
    r"(?<![\d.,])(?:[01]?\d|2[0-3])"
    r"(?:\s?[时時点點시]\s?[0-5]?\d\s?[分분]|\s?giờ\s?[0-5]?\d(?!\d)|\s?h\s?[0-5]\d(?!\d)"
    r"|[.:][0-5]\d\s?(?:น\.|นาฬิกา|h\b|hrs?\b|horas?\b|heures?\b|Uhr\b|WI(?:B|TA|T)\b))"
)
_SENT_END = re.compile(r"[.!?。！？:;\n]\s*$")
_THAI = re.compile(r"[\u0e00-\u0e7f]")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_KANA = re.compile(r"[\u3041-\u3096\u30a1-\u30fa]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# Cyrillic, Hangul and Arabic letters: scripts whose names are read below.
_NAME_SCRIPTS = re.compile(r"[\u0400-\u04ff\uac00-\ud7a3\u0621-\u064a\u0671-\u06d3]")
_ARABIC = re.compile(r"[\u0620-\u064a\u066e-\u06d3]")
_ARABIC_MARKS = re.compile(r"[\u064b-\u0652\u0670]")
_VI_MARKS = re.compile(r"[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.IGNORECASE)
_WORD = re.compile(r"\w+")


def strip_marks(s: str) -> str:
    """Latin letters without diacritics (đ -> d); other scripts unchanged."""
    if s.isascii():  # nothing to strip (most names and words)
        return s
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


@lru_cache(maxsize=200_000)
def _consonant_classes(romanised: str) -> str:
    """The consonant classes of an ASCII romanisation, repeats merged.
    Cached: names recur across a corpus."""
    s = re.sub(r"[^a-z]", "", strip_marks(romanised).lower())
    for a, b in _DIGRAPHS:
        s = s.replace(a, b.upper())
    out: list[str] = []
    for ch in s:
        c = ch.lower() if ch.isupper() else _CLASS.get(ch)
        if c == "p" and out and out[-1] == "n":
            # a nasal before a lip sound is said m: scripts without a final m
            # write it n (Trump: トランプ "toranpu", 特朗普 "telangpu"; 辛普森
            # "xinpusen", Simpson)
            out[-1] = "m"
        if c and (not out or out[-1] != c):
            out.append(c)
    return "".join(out)


def skeleton(romanised: str) -> str:
    """Consonant-class skeleton of an ASCII romanisation ('' if too short)."""
    got = _consonant_classes(romanised)
    return got[:SKELETON_LEN] if len(got) >= 3 else ""


def short_skeleton(romanised: str) -> str:
    """The skeleton of a name of exactly two consonant classes ("kate", 卡特
    "kate" -> "kt"; "carter" read without its r after a vowel), '' otherwise.
    Too short for a name anchor of its own (every kt, mt, pt name would
    meet), it is the weak class s: (see cluster._WEAK_ANCHORS): it adds to
    the score of pages that already share other evidence, never links alone."""
    got = _consonant_classes(romanised)
    return got if len(got) == 2 else ""


# An r after a vowel and before a consonant or the word's end
# (events.anchors._POSTVOCALIC_R): Chinese and Thai renderings leave it out
# (默克尔 "mokeer", Merkel; 斯塔默, Starmer; สตาร์เมอร์ with its r silenced),
# so a Latin name is also read without it.


def soft_r_skeleton(plain: str, sk: str) -> str:
    """The skeleton of ``plain`` (a lower-case Latin name, its skeleton
    ``sk``) without its r after a vowel (see _POSTVOCALIC_R): "merkel" ->
    "mkl", "kissinger" -> "ksn"; "" when that is no other skeleton."""
    if "r" not in plain:
        return ""
    soft = skeleton(_POSTVOCALIC_R.sub("", plain))
    return soft if soft != sk else ""


def final_m_skeleton(plain: str, sk: str) -> str:
    """The skeleton of ``plain`` (a lower-case romanised name, its skeleton
    ``sk``) with a last m after a vowel said n: Mandarin ends no syllable
    with m and writes it n (Thongkham 通坎 "tongkan", Abraham 亚伯拉罕
    "yabolahan", the Sino-Vietnamese Phạm 范 "fan"), so a Latin or Thai name
    is also read so; "" when that is no other skeleton."""
    if len(plain) < 2 or plain[-1] != "m" or plain[-2] not in "aeiouy":
        return ""
    alt = skeleton(plain[:-1] + "n")
    return alt if alt != sk else ""


def guess_lang(doc: Document, text: str) -> str:
    """The document's language, or a guess from its script when unset."""
    if doc.lang:
        return doc.lang.split("-")[0].lower()
    sample = text[:2000]
    if len(_THAI.findall(sample)) > 20:
        return "th"
    if len(_KANA.findall(sample)) > 20:
        return "ja"  # Han with kana is Japanese, not Chinese
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
    shorts: dict[str, dict[str, set[str]]] = {}
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
            short = _before_parenthesis(name)
            if short:
                for variant in {short, _unaccented_variant(short)}:
                    if variant and len(variant) >= 2:
                        shorts.setdefault(variant, {}).setdefault(code, set()).add(lang)
    # CLDR writes some names with a second name or a qualifier in brackets
    # ("เมียนมา (พม่า)", "Myanmar (Birmanie)", "刚果（金）"), which no page
    # writes whole: the name before the brackets is the one pages use. Not
    # when two territories share it (刚果 is both Congos), nor when it is
    # already another territory's name; when it is the same territory's
    # name in other locales ("Myanmar" in German), its languages are added.
    for variant, codes in shorts.items():
        if len(codes) != 1:
            continue
        ((code, langs),) = codes.items()
        if variants.setdefault(variant, (code, set()))[0] == code:
            variants[variant][1].update(langs)
    # everyday names CLDR spells otherwise ("Mỹ", "สหรัฐ", "朝鲜"), from the
    # events stage's table. Not its acronyms ("US", "EE.UU."): those are
    # anchors of their own already (see latin_names). Not one Han character:
    # it is a morpheme of countless words (美 in 美丽, beautiful).
    for lang, extra in itertools.chain(TERRITORY_EXTRA.items(), _STORY_TERRITORY_EXTRA.items()):
        for name, code in extra.items():
            if len(name) < 2 or _is_acronym_form(name):
                continue
            variants.setdefault(name, (code, {lang}))
    by_prefix: dict[str, list[tuple[str, str, str | None]]] = {}
    for variant, (code, langs) in variants.items():
        latin = all(_is_latin(c) or not c.isalpha() for c in variant)
        only = next(iter(langs)) if latin and len(langs) == 1 else None
        by_prefix.setdefault(variant[:2], []).append((variant, code, only))
    for lst in by_prefix.values():
        lst.sort(key=lambda t: -len(t[0]))
    return by_prefix, display


@cache
def _territory_candidates(lang: str | None) -> dict[str, list[tuple[str, str, str | None]]]:
    """territory_table()'s names by their first two characters, less those
    :func:`territories` does not read in text of ``lang`` (a Latin-script
    name of one other locale, not English), in their order: left out once
    per language rather than passed over at every place a name may start
    (a prefix such as "Ma" has dozens of names, most of other locales')."""
    by_prefix, _ = territory_table()
    if not lang:
        return by_prefix
    return {
        prefix: [e for e in entries if e[2] is None or e[2] in (lang, "en")]
        for prefix, entries in by_prefix.items()
    }


# Everyday names of a country the stories read besides CLDR's and the events
# stage's: Thai news calls the United Kingdom "อังกฤษ" (England) far more
# often than "สหราชอาณาจักร". The same word is the English language after
# "ภาษา" (see _LANGUAGE_BEFORE).
_STORY_TERRITORY_EXTRA = {"th": {"อังกฤษ": "GB"}}

# The names of the country that are also the name of English (Thai
# "ภาษาอังกฤษ", Vietnamese "tiếng Anh"), and the word for a language that
# makes them the language: English is the language of pages about any
# country ("an English version", subtitles, courses), so there it is no
# place. A nationality ("ชาวอังกฤษ", the British) stays the country, as does
# a language of its own country's pages ("ภาษาไทย", tests/stories/test_territory_forms).
_ENGLISH_NAMES = frozenset({"อังกฤษ", "Anh"})
_LANGUAGE_BEFORE = re.compile(r"(?:ภาษา|(?<!\w)[Tt]iếng\s+)$")


@cache
def place_name_features() -> dict[str, frozenset[str]]:
    """Name feature (w:, k:) -> the territory codes whose names give it when
    read as names: a Latin or Cyrillic country name mid-sentence is both a
    t: anchor and a name ("Portugal", "Португалии" -> w:portugal, k:pltk).
    So are a name of several words joined as a Vietnamese run is ("Trung
    Quốc" -> w:trungquoc, see vietnamese_names), a Chinese name read as
    chinese_features reads a name run (中国 -> k:snk, w:trungquoc; 泰国 ->
    w:thaiquoc) and a Thai name as thai_features does (จีน -> k:sn)."""
    by_prefix, _ = territory_table()
    out: dict[str, set[str]] = {}
    for entries in by_prefix.values():
        for name, code, _only in entries:
            if _CYRILLIC.match(name):
                rom = romanize_cyrillic(name)
            elif all(_is_latin(c) or not c.isalpha() for c in name):
                rom = strip_marks(name).lower()
                out.setdefault("w:" + rom, set()).add(code)
                if " " in rom:
                    out.setdefault("w:" + rom.replace(" ", ""), set()).add(code)
                # the other readings latin_names gives too
                for other in (
                    soft_r_skeleton(rom, skeleton(rom)),
                    final_m_skeleton(rom, skeleton(rom)),
                ):
                    if other:
                        out.setdefault("k:" + other, set()).add(code)
            elif _CJK.match(name) and len(name) >= 2:
                for f in _chinese_name_features(fold_traditional(name)):
                    if f.startswith(("w:", "k:")):
                        out.setdefault(f, set()).add(code)
                continue
            elif _THAI.match(name):
                for rom in romanize_thai_name(name):
                    for sk in (skeleton(rom), final_m_skeleton(rom, skeleton(rom))):
                        if sk:
                            out.setdefault("k:" + sk, set()).add(code)
                continue
            else:
                continue
            sk = skeleton(rom)
            if sk:
                out.setdefault("k:" + sk, set()).add(code)
    return {f: frozenset(codes) for f, codes in out.items()}


def _is_acronym_form(name: str) -> bool:
    """A Latin-script name written in capitals, with or without dots ("US",
    "U.S.", "EE. UU.")."""
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and all(_is_latin(c) and c.isupper() for c in letters)


@cache
def _territory_starts() -> re.Pattern[str]:
    """The characters a territory name can start with, as one character class
    (the scan below jumps between them in C instead of visiting every character).

    An ASCII one right after a letter or digit is passed over in C too: the
    scan reads no name there (``text[i - 1].isalnum() and text[i].isascii()``;
    a word character other than the underscore is exactly a character that
    ``str.isalnum`` holds), so the letters inside words ("the", "were") cost
    no Python step."""
    by_prefix, _ = territory_table()
    firsts = sorted({p[0] for p in by_prefix})
    others = [c for c in firsts if not c.isascii() and not _THAI.match(c)]
    thai = [c for c in firsts if _THAI.match(c)]
    pattern = "[" + "".join(re.escape(c) for c in firsts) + "]"
    alts = []
    if others:
        alts.append(r"(?<=[" + "".join(re.escape(c) for c in others) + r"])")
    if thai:
        # Thai runs without spaces and its names' first letters fill every
        # line: a Thai letter is a start only where a whole name it begins
        # follows (a Thai name is read as written: the scan below reads
        # nothing where none does), so the rest cost no Python step either
        rests: dict[str, set[str]] = {c: set() for c in thai}
        for entries in by_prefix.values():
            for name, _, _ in entries:
                if name[0] in rests:
                    rests[name[0]].add(name[1:])
        alts.append(
            r"(?<=["
            + "".join(re.escape(c) for c in thai)
            + r"])(?:"
            + "|".join(
                rf"(?<={re.escape(c)})(?="
                + "|".join(re.escape(r) for r in sorted(rests[c], key=lambda r: (-len(r), r)))
                + ")"
                for c in thai
            )
            + ")"
        )
        alts.append(r"(?<![^\W_].)(?<![" + "".join(re.escape(c) for c in thai) + "])")
    else:
        alts.append(r"(?<![^\W_].)")
    pattern += "(?:" + "|".join(alts) + ")"
    return re.compile(pattern)


# An unaccented spelling of a territory name is matched from this many letters
# on: shorter ones are ordinary words once their marks are gone (Portuguese
# "Irã" -> "Ira", Spanish for anger; "Omã" -> "Oma", German for grandmother).
_MIN_UNACCENTED = 4


_TRAILING_BRACKETS = re.compile(r"\s*[(（][^()（）]*[)）]$")


def _before_parenthesis(name: str) -> str | None:
    """``name`` less a trailing bracketed part ("Myanmar (Burma)" ->
    "Myanmar"), or None when it has none."""
    short = _TRAILING_BRACKETS.sub("", name)
    return short if short != name and short else None


def _unaccented_variant(name: str) -> str | None:
    """A Latin-script territory name without its diacritics ("Túnez" ->
    "Tunez"), as pages typed without accents write it; None when that adds
    nothing or would mislead. Only Latin script: in Thai, vowels and tone
    marks are combining marks too ("จีน", China, would become "จน", found in
    "จนถึง", until), and Japanese voicing marks are part of the word."""
    if _ARABIC.match(name):
        # Arabic is written without its short-vowel marks ("عُمان" is "عمان")
        plain = _ARABIC_MARKS.sub("", name)
        return plain if plain != name else None
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
    other locale uses is not read (see :func:`territory_table`), and a name
    with an ending the language inflects names with is read (see
    ``_NAME_ENDINGS``).
    """
    _, display = territory_table()
    if lang not in display:
        lang = None  # a language without its own names in the table: read them all
    by_prefix = _territory_candidates(lang)
    starts = _territory_starts()
    out = []
    n = len(text)
    memo: dict[Any, Any] = {}  # what _not_the_place reads of the whole text
    # (to n, not n - 1: a Thai start looks ahead at its second character)
    m = starts.search(text, 0, n)
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
                or _CYRILLIC.match(text[i - 1])
                and _CYRILLIC.match(text[i])
            )
        ):
            for name, code, _only in cands:
                end = i + len(name)
                # _CYRILLIC.match(name), without a regex call per name tried
                if "\u0400" <= name[0] <= "\u04ff":
                    # Cyrillic: a whole word, in any case of a language
                    # that declines names ("в Португалии", "Ирана")
                    end = _declined_end(text, i, name, lang)
                    if end < 0:
                        continue
                elif (
                    not text.startswith(name, i)
                    or _ARABIC.match(name)
                    and not _arabic_word(text, i, end)
                ):
                    continue
                if _THAI.match(name) and _inside_thai_word(text, i, end, memo):
                    break  # "ไทย" in "มหาดไทย" (Interior): no place, nor any shorter one
                if _KATAKANA.match(name) and _inside_katakana_word(text, i, end):
                    break  # "タイ" (Thailand) in "スタイル" (style), "タイム" (time)
                if name in _ENGLISH_NAMES and _LANGUAGE_BEFORE.search(text, max(0, i - 8), i):
                    break  # "ภาษาอังกฤษ", "tiếng Anh": the language, no place
                if name in _guarded_names() and not _guard_holds(text, i, end):
                    continue  # "Anh bảo tôi" (he told me), "Tuấn Anh", "Mỹ Sơn"
                if lang == "vi" and " " not in name and _inside_vi_name(text, i, end):
                    continue  # "Nguyễn Đức Hải", "Thúy Nga", "Đức Phổ": a name's syllable
                if _is_latin(name[-1]) and end < n and text[end].isalnum():
                    # an inflected name ("Chiles", German genitive) is read
                    # with its ending, in the languages that inflect names
                    end = _inflected_end(text, end, lang)
                    if end < 0:
                        continue
                if _is_latin(name[0]) and _not_the_place(text, i, end, lang, memo):
                    break  # "Maurice Genevoix", "Reunión del Consejo"
                out.append((code, i, end))
                nxt = end
                break
        m = starts.search(text, nxt, n)
    if lang == "ko" and _KO_HANJA_COUNTRY.search(text):
        out += [
            (_KO_HANJA[m.group()], m.start(), m.end()) for m in _KO_HANJA_COUNTRY.finditer(text)
        ]
        out.sort(key=lambda t: t[1])
    return out


# A country's name is also a given name ("Maurice", Mauritius in French;
# "Dominique", Dominica; "Salvador", "Mauricio", "Jordan", "Chad") and a
# common noun ("Reunión", "Réunion": a meeting). Without a dictionary, the
# text itself tells:
# - a capitalised word right after the name that the text never writes in
#   lower case is a surname ("Maurice Genevoix", "Mauricio Macri"); not
#   after an article ("la Siria Libre", "le Yemen Post": a thing's name),
#   nor when a second one follows, most often the holder of an office after
#   its country ("presidente de Egipto Hosni Mubarak", "roi du Maroc Hassan
#   II") or a name starting with the country ("Yemen Rights Monitors");
# - a name whose capital only the start of a line or sentence gives is the
#   ordinary word when the text also writes it in lower case after an
#   article and never capitalised mid-sentence ("Reunión del Consejo … la
#   reunión"; not "Siria: … la ciudad siria", an adjective, nor "… en Siria").
# German capitalises every noun, so a capitalised word there proves no
# surname; Vietnamese writes an office's country before the holder's name
# ("Tổng thống Mỹ Joe Biden") and capitalises every syllable of a name.
_CAPITAL_WORD = "[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž'’]+"
# a capitalised word, then (group 2) whether another capitalised word or a
# numeral follows it, after a name's particle or not ("Hosni Mubarak",
# "Hassan II", "Bashar al Asad", "Bachar el-Assad")
_SURNAME_AFTER = re.compile(
    " ("
    + _CAPITAL_WORD
    + ")( (?:(?:al|el|ad|as|bin|ben|ibn|abu|de|del|da|di|dos|du|van|von|der|le|la)[ -])?"
    + "[A-ZÀ-ÖØ-ÞĀ-Ž])?"
)
# Where a capital is owed to the position: the start of the text, a line, a
# sentence, a quotation or a spaced dash's clause ("Chisinau - Le …").
_FORCED_CAPITAL_BEFORE = re.compile(r"(?:^|[.!?:;\n>•*·\"“«]|[—–-][^\S\n])[^\S\n]*$")
_NO_SURNAME_LANGS = frozenset({"de", "vi"})
# Articles of the Latin-script languages read here: a lower-case word after
# one is a noun ("la reunión", "une réunion"), where a demonym the country's
# name also spells is an adjective after its noun ("la ciudad siria", "la
# banca suiza") and proves nothing.
_ARTICLE = (
    r"(?<!\w)(?:(?i:el|la|los|las|un|una|unos|unas|le|les|une|des|du|au|aux|il|lo|gli|uno"
    r"|o|os|as|um|uma|the|a|an|ein|eine)\s+|(?i:l['’]))"
)
_ARTICLE_BEFORE = re.compile(_ARTICLE + "$")
_WORD_PUNCT = "()[]\"“”«»‘’'.,;:!?¿¡…"


def _not_the_place(text: str, i: int, end: int, lang: str | None, memo: dict[Any, Any]) -> bool:
    """Is the Latin-script territory name at ``text[i:end]`` a person's given
    name or an ordinary word rather than the place (see above)? ``memo``
    keeps what is read of the whole text once per :func:`territories` call,
    so a long text with the name at every line's start is read once."""
    if lang in _NO_SURNAME_LANGS:
        return False
    name = text[i:end]
    if " " in name:
        return False  # a given name is one word ("Costa Rica Today" stays a place)
    after = _SURNAME_AFTER.match(text, end)
    if (
        after
        and not after.group(2)
        and after.group(1).lower() not in _lower_words(text, memo)
        and not _ARTICLE_BEFORE.search(text, max(0, i - 8), i)
        and _may_be_surname(after.group(1), lang, memo)
        and (_own_name(name, lang) or _stands_alone(text, after.group(1), name, memo))
    ):
        return True
    if not _FORCED_CAPITAL_BEFORE.search(text, max(0, i - 4), i):
        return False
    if name not in memo:
        memo[name] = bool(
            re.search(_ARTICLE + re.escape(name.lower()) + r"(?!\w)", text)
        ) and not any(
            # the text capitalises the word mid-sentence too: there it is the name
            not _FORCED_CAPITAL_BEFORE.search(text, max(0, m.start() - 4), m.start())
            for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text)
        )
    return memo[name]


@cache
def _own_names(lang: str) -> dict[str, frozenset[str]]:
    """First two letters -> the territory names of language ``lang`` (and
    their unaccented spellings)."""
    _, display = territory_table()
    out: dict[str, set[str]] = {}
    for name in display.get(lang, {}).values():
        for variant in (name, _unaccented_variant(name)):
            if variant:
                out.setdefault(variant[:2], set()).add(variant)
    return {k: frozenset(v) for k, v in out.items()}


def _own_name(name: str, lang: str | None) -> bool:
    """Is ``name`` (perhaps with an inflection's ending) the text language's
    own name of a territory? The given names that are country names are
    those of the language a text is written in ("Maurice" in French,
    "Mauricio" in Spanish, "Chad" in English); a country's name from
    another language before a capitalised word is a name borrowed with its
    phrase ("Egypt Air", "Syria Untold" in a Spanish page). A text of no
    known language reads every name as its own."""
    if lang is None or lang not in territory_table()[1]:
        return True
    return any(name.startswith(n) for n in _own_names(lang).get(name[:2], ()))


_TOKEN = re.compile(r"\w[\w'’]*")


def _stands_alone(text: str, word: str, name: str, memo: dict[Any, Any]) -> bool:
    """Does the text write capitalised ``word`` elsewhere than right after
    ``name``? A person's surname recurs on its own ("Jordan Henderson ...
    el gol de Henderson"); the second word of a name borrowed with its
    phrase does not ("Syria Untold" each time). The text's words and word
    pairs are counted once (memo), so many names cost one pass."""
    key = ("tokens",)
    if key not in memo:
        words: Counter[str] = Counter()
        pairs: Counter[tuple[str, str]] = Counter()
        prev = None
        for m in _TOKEN.finditer(text):
            w = m.group()
            words[w] += 1
            if prev is not None and prev.end() + 1 == m.start() and text[prev.end()] == " ":
                pairs[prev.group(), w] += 1
            prev = m
        memo[key] = words, pairs
    words, pairs = memo[key]
    return words[word] > pairs[name, word]


def _may_be_surname(word: str, lang: str | None, memo: dict[Any, Any]) -> bool:
    """Is the capitalised ``word`` neither a place ("Siria Libia") nor a month
    or weekday ("Francia Lunes")?"""
    key = ("surname", word)
    if key not in memo:
        memo[key] = not (territories(word, lang) or is_calendar_word(word, "", lang))
    return memo[key]


def _lower_words(text: str, memo: dict[Any, Any]) -> frozenset[str]:
    """The words of running text ``text`` writes in lower case: "siria" in a
    link, "#libia" or "@chad" prove nothing about how the language writes
    the word."""
    if None not in memo:
        words = (t.strip(_WORD_PUNCT) for t in text.split())
        memo[None] = frozenset(w for w in words if w.isalpha() and w[0].islower())
    return memo[None]


# Korean news writes countries in headlines and tight phrases as one Hanja
# character standing alone among Hangul ("트럼프 美 대통령", "北 미사일").
# Korean prose has next to no other Han characters, so a lone one of these is
# the country; one next to another Han character is part of a word and is not
# read. Only in Korean text: in Chinese or Japanese these are morphemes of
# countless words.
_KO_HANJA = {
    "美": "US",
    "中": "CN",
    "日": "JP",
    "北": "KP",
    "韓": "KR",
    "英": "GB",
    "佛": "FR",
    "獨": "DE",
    "露": "RU",
    "印": "IN",
    "加": "CA",
    "豪": "AU",
    "濠": "AU",
}
_KO_HANJA_COUNTRY = re.compile(
    "(?<![\u3400-\u9fff\uf900-\ufaff])[" + "".join(_KO_HANJA) + "](?![\u3400-\u9fff\uf900-\ufaff])"
)


def _arabic_word(text: str, i: int, end: int) -> bool:
    """Is the Arabic territory name at ``text[i:end]`` a word of its own? Arabic
    joins a conjunction or preposition to the next word ("والبرتغال", and
    Portugal; "بمصر", in Egypt), but a letter after the name or any other
    before it makes another word ("مصرف", bank; "مصري", Egyptian)."""
    if end < len(text) and _ARABIC.match(text[end]):
        return False
    j = i
    while j > 0 and j > i - 2 and text[j - 1] in ARABIC_CLITICS:
        j -= 1
    return j == 0 or not _ARABIC.match(text[j - 1])


def _inside_thai_word(text: str, i: int, end: int, memo: dict[Any, Any] | None = None) -> bool:
    """Is ``text[i:end]`` (a Thai territory name) inside one Thai word, not
    a word of its own within a compound? Thai is written without spaces, so
    a name is found as a substring: "ไทย" (Thailand) ends "มหาดไทย"
    (Interior) and "ชาด" (Chad) starts "ชาดก" (Jataka). Within the word the
    tokeniser cuts around it, the name counts when what stands before and
    after it is nothing or a dictionary word ("ชาวไทย", Thai people;
    "อาหารจีน", Chinese food)."""
    # The run's word cuts are worked out once per run (kept in ``memo``):
    # finding them again for each name made a long unspaced Thai page with
    # many names quadratic (99k characters: 131 s).
    run = memo.get("thai_run") if memo is not None else None
    if run is None or not run[0] <= i < run[1]:
        a = i
        while a > 0 and _THAI.match(text[a - 1]):
            a -= 1
        words = thai_run_words(THAI_RUN.match(text, a).group())
        cuts = list(itertools.accumulate(map(len, words), initial=a))
        run = (a, cuts[-1], cuts)
        if memo is not None:
            memo["thai_run"] = run
    cuts = run[2]
    k = bisect.bisect_right(cuts, i)  # the word [cuts[k-1], cuts[k]) holds i
    if k >= len(cuts):
        return False
    start, pos = cuts[k - 1], cuts[k]
    if start > i or pos < end or (start, pos) == (i, end):
        return False  # the name starts or ends at a cut
    words = thai_dictionary()
    # the abbreviation mark ends a shortened name ("สหรัฐฯ"): nothing after it
    before, after = text[start:i], text[end:pos].lstrip("ฯ")
    return bool(before and before not in words or after and after not in words)


# Languages whose everyday one-syllable country names (TERRITORY_EXTRA) are
# also pronouns and parts of people's and places' names: Vietnamese "Anh"
# (the UK; he, elder brother; "Tuấn Anh"), "Mỹ" (the US; "Mỹ Sơn", "Mỹ
# Lan"). Such a name is read only in the middle of a sentence after a word
# in lower case and before none in capitals ("của Mỹ", "Thủ tướng Anh cho
# biết"), where it is the country.
_GUARDED_EXTRA_LANGS = ("vi",)
_WORD_AFTER = re.compile(r"\s+(\w)")


@cache
def _guarded_names() -> frozenset[str]:
    return frozenset(
        name
        for lang in _GUARDED_EXTRA_LANGS
        for name in TERRITORY_EXTRA.get(lang, {})
        if " " not in name
    )


def _guard_holds(text: str, i: int, end: int) -> bool:
    """Is a guarded name at ``text[i:end]`` after a lower-case word and
    before no capitalised one, or right after an office ("Tổng thống Mỹ Joe
    Biden", "Thủ tướng Anh Keir Starmer": an office's country, then the
    holder's name)?"""
    before = _WORD_BEFORE.search(text, max(0, i - 24), i)
    if not before or not before.group(1)[0].islower():
        return False
    if _VI_OFFICE_BEFORE.search(text, max(0, i - 24), i):
        return True
    after = _WORD_AFTER.match(text, end)
    return not (after and after.group(1).isupper())


# The capitalised word right before / after a name, on the same line.
_VI_WORD_BEFORE_NAME = re.compile(r"(?<!\S)([^\W\d_]+)[^\S\n]+$")
_VI_WORD_AFTER_NAME = re.compile(r"[^\S\n]+([^\W\d_]+)")


def _inside_vi_name(text: str, i: int, end: int) -> bool:
    """Is the one-word Vietnamese country name at ``text[i:end]`` a syllable
    of a longer name? Vietnamese capitalises every syllable of a person's or
    place's name, and the countries "Đức" (Germany) and "Nga" (Russia) are
    common given and middle names ("Nguyễn Đức Hải", "Tôn Đức Thắng",
    "Nguyễn Thị Nga") and parts of place names ("Đức Phổ"): a capitalised
    syllable before it (not one capitalised for opening a sentence) or after
    it (not after an office: "Tổng thống Nga Vladimir Putin" is Russia's
    president) makes it part of such a name. A country opening a sentence
    ("Nga tuyên bố …"), after a lower-case word ("nước Đức") or an acronym
    ("CHLB Đức") stays the place."""
    before = _VI_WORD_BEFORE_NAME.search(text, max(0, i - 24), i)
    if before:
        w = before.group(1)
        at = before.start(1)
        if (
            _vi_capital_syllable(w)
            and at > 0
            and not _FORCED_CAPITAL_BEFORE.search(text, max(0, at - 4), at)
        ):
            return True
    after = _VI_WORD_AFTER_NAME.match(text, end)
    return bool(
        after
        and _vi_capital_syllable(after.group(1))
        and not _VI_OFFICE_BEFORE.search(text, max(0, i - 24), i)
    )


_KATAKANA = re.compile(r"[\u30a1-\u30fa\u30fc]")


def _inside_katakana_word(text: str, i: int, end: int) -> bool:
    """Is ``text[i:end]`` (a katakana territory name) part of a longer
    katakana word? Japanese writes a loanword as one run of katakana, so a
    country's name inside a longer run is some other word: "タイ" (Thailand)
    in "スタイル" (style), "タイム" (time), "ネクタイ" (necktie). The
    middle dot separates words, so it ends a run."""
    return bool(
        i > 0 and _KATAKANA.match(text[i - 1]) or end < len(text) and _KATAKANA.match(text[end])
    )


# Endings a language adds to a place name ("die Wahl Chiles", Chile's
# election): a territory name followed by one and then no letter is read.
_NAME_ENDINGS = {"de": ("s",)}


# Languages that decline a name by its ending: (final letters the stem drops,
# case endings). Russian and Ukrainian "Португалия" is "в Португалии",
# "Португалию", "Португалией"; "Иран" is "Ирана", "Ираном". A CLDR name in
# the nominative alone missed nearly every mention in running text.
_DECLENSION = {
    "ru": ("аяьй", ("а", "я", "у", "ю", "е", "и", "ы", "ой", "ей", "ом", "ем", "ою", "ею")),
    "uk": ("аяьй", ("а", "я", "у", "ю", "е", "і", "и", "ї", "ой", "ою", "ею", "ом", "ем")),
}
_DECLINE_MIN_STEM = 3


def _declined_end(text: str, i: int, name: str, lang: str | None) -> int:
    """End of the Cyrillic territory ``name`` at ``text[i]``, as it is or
    declined in ``lang`` (a language of _DECLENSION, or any when unknown),
    followed by no Cyrillic letter; -1 when it is not there."""
    forms = [""]
    stem = name
    tables = (
        [_DECLENSION[lang]]
        if lang in _DECLENSION
        else list(_DECLENSION.values())
        if not lang
        else []
    )
    for drop, endings in tables:
        cut = name[:-1] if name[-1] in drop else name
        if len(cut) >= _DECLINE_MIN_STEM and " " not in cut[-_DECLINE_MIN_STEM:]:
            stem = cut
            forms = sorted({name[len(cut) :], "", *endings}, key=len, reverse=True)
    if not text.startswith(stem, i):
        return -1
    j = i + len(stem)
    for ending in forms:
        end = j + len(ending)
        if text.startswith(ending, j) and not (end < len(text) and _CYRILLIC.match(text[end])):
            return end
    return -1


def _inflected_end(text: str, end: int, lang: str | None) -> int:
    """End of the name's inflected form at ``end`` in ``lang``, or -1."""
    for ending in _NAME_ENDINGS.get(lang or "", ()):
        stop = end + len(ending)
        if text.startswith(ending, end) and (stop >= len(text) or not text[stop].isalnum()):
            return stop
    return -1


def _is_latin(c: str) -> bool:
    return c.isalpha() and (c.isascii() or "\u00c0" <= c <= "\u024f" or "\u1e00" <= c <= "\u1eff")


# ---------------------------------------------------------------- names
# A line is written in capitals (a shouted comment, a banner) when it has at
# least this many words of two letters or more and over half of them are in
# capitals: its words are no acronyms.
_CAPS_LINE_WORDS = 4


def _capitals_line(line: str) -> bool:
    """Whether ``line`` (one line, no newline in it) is written in capitals."""
    words = [w for w in _LATIN_WORD.findall(line) if len(w) >= 2]
    if len(words) >= _CAPS_LINE_WORDS:
        caps = sum(1 for w in words if w.isupper())
        return 2 * caps > len(words)
    return False


# Ordinary words written capitalised that make a line a title-case headline.
_TITLE_CASE_ORDINARY = 2
# Languages whose headlines are written in title case by convention (English
# style guides); elsewhere headlines are in sentence case, and a line that
# looks title-cased is most often names with their particles ("Eduardo del
# Campo | Misrata (Libia)", "La Syrienne Leila Nachawati").
_TITLE_CASE_LANGS = frozenset({"en"})


def _title_case_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of the lines of ``text`` written in title case: at least
    four words, over two thirds of them capitalised, and among those (past
    the first) two words of four letters or more that the text also writes
    in lower case ("Police Say Three Men Arrested After Warehouse Fire" over
    a body that says "arrested", "after", "fire") -- the proof that the line
    capitalises ordinary words, which a line of names is not, particles and
    all ("Mona El Tahawy explica:", "Zaid Al Zaid", "Venezuela, Cuba y
    Nicaragua")."""
    lower = {w for w in _LATIN_WORD.findall(text) if w[0].islower()}
    out = []
    pos = 0
    for line in text.split("\n"):
        words = [w for w in _LATIN_WORD.findall(line) if len(w) >= 2]
        if len(words) >= _CAPS_LINE_WORDS:
            capital = [w for w in words if w[0].isupper() and not w.isupper()]
            ordinary = {
                w for w in capital if w is not words[0] and len(w) >= 4 and w.lower() in lower
            }
            if 3 * len(capital) > 2 * len(words) and len(ordinary) >= _TITLE_CASE_ORDINARY:
                out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


_WORD_BEFORE = re.compile(r"(\w+)\s+$")


# A spaced dash right before a word: a dateline's or a clause's dash ("PARÍS –
# La policía …", "Chisinau - Le candidat …"), after which a capital opens
# the sentence. A word there that the text also writes in lower case is an
# ordinary word ("La", "Le", "Los"), no name; a name after the dash stays
# ("Japón - Corea", "Real Madrid - Barcelona").
_DASH_BEFORE = re.compile(r"\s[-–—]\s$")


def _inside(spans: list[tuple[int, int]], i: int) -> bool:
    return any(a <= i < b for a, b in spans)


# A day or a year right after a word, or a day right before it ("February 3,
# 2014", "28 August", "Mai 2019").
_NUMBER_AFTER = re.compile(r"[ \t]\d{1,4}(?!\d)")
_DAY_BEFORE = re.compile(r"(?<!\d)\d{1,2}\.?[ \t]$")


@cache
def _capitalised_calendar_words() -> frozenset[str]:
    """Month and weekday names of every language matched here that writes
    them with a capital (English, German, Indonesian, Malay...), lower case
    without accents."""
    return frozenset(w for lg in TERRITORY_LOCALES for w in calendar_words(lg)[0])


def _dated_calendar_word(text: str, i: int, end: int, w: str) -> bool:
    """Is ``w`` (at ``text[i:end]``) a month or weekday of another language
    written beside a day or year? A page quotes dates in other languages
    (an embedded post's dateline "— Nader (@handle) September 10, 2013" in a
    French page): its own calendar words are dropped by is_calendar_word, but
    these were names, and every page quoting posts of one month shared one.
    Without a number beside it the word may be a name ("August Strindberg",
    "Chiang Mai") and stays one."""
    if strip_marks(w).lower() not in _capitalised_calendar_words():
        return False
    return bool(_NUMBER_AFTER.match(text, end) or _DAY_BEFORE.search(text[max(0, i - 4) : i]))


# English words that open a sentence with 's and name no one: pronouns and
# wh-words ("It's", "Everyone's", "What's": contractions and possessives),
# the days told from today ("Today's vote") and the plurals without s that
# open a sentence without an article ("Women's rights").
_EN_NOT_POSSESSORS = frozenset(
    (
        "it that this there here what who where when why how he she let one "
        "everyone everybody everything someone somebody something anyone anybody "
        "anything nobody nothing today tomorrow yesterday tonight "
        "women men children people"
    ).split()
)


def _opening_possessor(token: str, word: str, lang: str | None, lower_words) -> bool:
    """Is ``token`` (``word`` without its possessive), opening a sentence of
    an English page, a name? Only with the possessive 's ("Hanoi's council
    approved", "Apple's shares fell"): a capital there says nothing, but a
    common noun opening a sentence takes an article first ("The city's"),
    so a bare possessor is a name unless a pronoun or a day told from today
    (_EN_NOT_POSSESSORS), or a word the page writes in lower case."""
    return (
        lang == "en"
        and token[-2:] in ("'s", "’s")
        and word.lower() not in _EN_NOT_POSSESSORS
        and word.lower() not in lower_words()
    )


# Marks before a word that opens a sentence, a quote or an aside.
_OPENING_MARKS = ('"', "“", "«", "(", "—")


def latin_names(text: str, lang: str | None = None) -> list[tuple[str, str]]:
    """(feature, surface) for Latin capitalised words not opening a sentence
    and for acronyms anywhere -- except in lines written in capitals, where
    every word looks like an acronym and none is one ("NO A LA GUERRA").
    In Vietnamese text (``lang`` "vi") a capitalised word with any diacritic
    is Vietnamese ("Sông Hàn", "Đà Nẵng"), never a name other languages
    write the same way: with its marks stripped it would meet the Chinese
    surnames Song and Han.

    In an English headline written in title case (see
    :func:`_title_case_lines`) every word is capitalised: there a
    capitalised word is a name only when the rest of the text writes it
    capitalised too ("Say", "After" are not). Vietnamese names of several
    syllables are added whole (:func:`vietnamese_names`)."""
    out = []
    # whether a line is in capitals matters only where an acronym is: asked
    # of those lines alone, once each (keyed by the line's start)
    caps: dict[int, bool] = {}

    def shouted(i: int) -> bool:
        ls = text.rfind("\n", 0, i) + 1
        got = caps.get(ls)
        if got is None:
            le = text.find("\n", i)
            got = caps[ls] = _capitals_line(text[ls : le if le >= 0 else len(text)])
        return got

    titled = _title_case_lines(text) if lang in _TITLE_CASE_LANGS else []
    demonyms = demonym_table().get(lang or "", {})
    in_titles: list[tuple[str, str]] = []
    lowered: list[frozenset[str]] = []

    def lower_words() -> frozenset[str]:
        # the words the text writes in lower case, read once when asked
        if not lowered:
            lowered.append(frozenset(w for w in _LATIN_WORD.findall(text) if w[0].islower()))
        return lowered[0]

    for m in _LATIN_WORD.finditer(text):
        if not text[m.start()].isupper():
            # a word's first character is a letter, kept by the strip below:
            # not a capital, it is neither an acronym nor a name
            continue
        w = strip_possessive(m.group().strip("'’-"))
        if len(w) < 2:
            continue
        if _ACRONYM.match(w):
            if shouted(m.start()):
                continue
            out.append(("w:" + w.lower(), w))
            continue
        if not w[0].isupper():
            continue
        if w.isupper() and shouted(m.start()):
            continue  # a word too long for an acronym, in a line in capitals
        before = text[max(0, m.start() - 3) : m.start()]
        if (
            m.start() == 0 or _SENT_END.search(before) or before.endswith(_OPENING_MARKS)
        ) and not _opening_possessor(m.group(), w, lang, lower_words):
            continue
        if _DASH_BEFORE.search(before) and w.lower() in lower_words():
            continue  # "PARÍS – La policía …", "Chisinau - Le candidat …"
        if _VI_MARKS.search(w) or (lang == "vi" and not w.isascii()):
            # A Vietnamese word or name (Nhật, Bản, Nguyễn): other languages
            # spell it otherwise, so it is no cross-language anchor.
            continue
        if lang == "vi" and _vi_plain_syllable(text, m.start(), m.end(), w):
            continue  # "Nguyễn Văn Minh", "Việt Nam", "ông Minh", "nước Anh"
        if is_calendar_word(w, text[max(0, m.start() - 12) : m.start()], lang):
            continue  # "Monday", "thứ Hai", "März": every story has them
        if _dated_calendar_word(text, m.start(), m.end(), w):
            continue  # "September 10, 2013" quoted in a French page
        if w in demonyms:
            # "the Chinese consulate", "Thai police": a people's word is
            # its country (t:, see demonyms), no one's name; as a name its
            # skeleton met chance words of other scripts (循环赛, "round
            # robin", read as a name, gave the k:sns of "Chinese")
            continue
        if after_determiner(text, m.start(), lang):
            continue  # German "die Regierung", "drei Menschen": nouns
        plain = strip_marks(w).lower()
        found = [("w:" + plain, w)]
        sk = skeleton(plain)
        if sk:
            found.append(("k:" + sk, w))
        if soft := soft_r_skeleton(plain, sk):
            found.append(("k:" + soft, w))
        if nasal := final_m_skeleton(plain, sk):
            found.append(("k:" + nasal, w))
        if short := short_skeleton(plain) or short_skeleton(_POSTVOCALIC_R.sub("", plain)):
            found.append(("s:" + short, w))  # "Obama", "Carter" said "cate"
        if titled and _inside(titled, m.start()):
            in_titles += found
        else:
            out += found
    if in_titles:
        named = {f for f, _ in out if f.startswith("w:")}
        out += [(f, w) for f, w in in_titles if ("w:" + strip_marks(w).lower()) in named]
    vi_names = vietnamese_names(text)
    if lang != "vi":
        if vi_names:
            # a syllable of a Vietnamese name is no name alone ("Lam" of Lam
            # Dong, of Lam Quoc Bao): the whole name stands for it, as on a
            # Vietnamese page; one by one the syllables met other names'
            # ("Bao" of Bao Loc and of Lam Quoc Bao) on pages of other stories
            syllables = {w for _, surface in vi_names for w in surface.split(" ")}
            out = [x for x in out if x[1] not in syllables]
        pinyin = pinyin_full_names(text)
        out += pinyin
        out += syllable_run_names(text, titled, set(pinyin), lower_words)
    return out + vi_names


# A Latin word of one syllable: one group of vowels (y counted as one).
ONE_SYLLABLE = re.compile(r"[^aeiouy]*[aeiouy]+[^aeiouy]*$")
# Runs of this many one-syllable words are read as one name too.
SYLLABLE_RUN = (2, 3)


def syllable_runs(words: list[str]) -> list[tuple[int, int]]:
    """(start, end) indexes of the runs of two or three Latin words of one
    syllable each in ``words`` (a run ends at any other word): one name
    ("Mae Sot", "Khon Kaen", "Phnom Penh") that Thai and Chinese write in one
    run (แม่สอด, read k:mst) while each Latin word is too short for a
    skeleton of its own. Longer runs are read as no name (a headline in
    title case). Search reads a query's words with it too."""
    out: list[tuple[int, int]] = []
    start = 0
    for i, w in enumerate([*words, ""]):
        if w and w.isascii() and w.isalpha() and ONE_SYLLABLE.match(w.lower()):
            continue
        if i - start in SYLLABLE_RUN:
            out.append((start, i))
        start = i + 1
    return out


# Two or more capitalised words with one space between them (a place of
# several words, "Khon Kaen"; syllable_runs picks its runs).
_CAPITAL_CHAIN = re.compile(r"(?<![\w'’-])[A-Z][a-z]+(?: [A-Z][a-z]+)+(?![\w-])")


def syllable_run_names(
    text: str,
    titled: list[tuple[int, int]],
    known: set[tuple[str, str]],
    lower_words: Callable[[], frozenset[str]],
) -> list[tuple[str, str]]:
    """(k: feature, surface) of the runs of one-syllable capitalised words
    (:func:`syllable_runs`) read as one name, outside lines in title case
    (``titled``) and lines of capitalised words alone, of words that have
    no skeleton of their own, that the text never writes in lower case and
    never writes without the rest of the run (see the skips below). A word
    opening a sentence is no part of one, as it is no name alone
    (latin_names): "In Khon Kaen, ...", "Said Trump ...". Features already
    in ``known`` (a pinyin full name, "Li Qiang") are not counted twice."""
    out = []
    for m in _CAPITAL_CHAIN.finditer(text):
        if titled and _inside(titled, m.start()):
            continue
        line_end = text.find("\n", m.end())
        rest = text[m.end() : line_end if line_end >= 0 else len(text)]
        if (m.start() == 0 or text[m.start() - 1] == "\n") and not rest.strip(_WORD_PUNCT + " \t"):
            continue  # a whole line of capitalised words: a headline or a label
        words = m.group().split(" ")
        before = text[max(0, m.start() - 3) : m.start()]
        if m.start() == 0 or _SENT_END.search(before) or before.endswith(_OPENING_MARKS):
            words = words[1:]
        for a, b in syllable_runs(words):
            run = words[a:b]
            if any(skeleton(w.lower()) for w in run):
                continue  # a word with a name of its own ("Nick Clegg", "Rights Watch")
            if any(w.lower() in lower_words() for w in run):
                continue  # a word the text writes in lower case: its own words ("Le Monde")
            if all(map(is_vi_syllable, run)):
                # a Vietnamese name or place ("Son Tra", "Ho Quang Vinh"):
                # vietnamese_names reads it (w:), as a Vietnamese page with
                # its marks and a Chinese one by its Sino-Vietnamese reading
                # do; a skeleton beside it is a name no script page shares,
                # which kept Chinese and Thai pages out of its story
                continue
            surface = " ".join(run)
            whole = _whole_word_count(text, surface)
            if any(_whole_word_count(text, w) > whole for w in run):
                # a word the text also writes without the rest ("Fox said",
                # "según Ping", "The New York Times" beside "New York"): a
                # person or a body one word names, or a run with a stray
                # word, read word by word already; the whole reading met no
                # script page and weighed down Latin pages naming people
                # (cl-tls topic F1). A place is written whole each time.
                continue
            # its skeleton only: a second reading (Mae Rim said "maerin" too,
            # see final_m_skeleton) would count as a second name met when
            # a script page meets it (cluster._names_met)
            if (sk := skeleton(surface.replace(" ", "").lower())) and (
                "k:" + sk,
                surface,
            ) not in known:
                out.append(("k:" + sk, surface))
    return out


def _whole_word_count(text: str, words: str) -> int:
    """How often ``words`` stand in ``text`` as whole words."""
    return len(re.findall(r"(?<!\w)" + re.escape(words) + r"(?!\w)", text))


# A Chinese person's name in Latin script: a one-syllable pinyin surname and
# a given name of one or two pinyin syllables written as one word ("Liu
# Xiaoyan", "Yang Zhi-gang"). Bounded words: each start is tried once.
# The given name is looked at, not consumed: "Coach Gao Feng" tries "Gao Feng".
_PINYIN_PAIR = re.compile(
    r"(?<![\w'’-])([A-Z][a-z]{0,5}) (?=([A-Z][a-z]{1,11}(?:-[a-z]{1,6})?)(?![\w'’-]))"
)
_PINYIN_SYLLABLE = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|v)"
)
_PINYIN_GIVEN = re.compile(f"(?:{_PINYIN_SYLLABLE}){{1,2}}")


# The common Chinese surnames (wordseg.HAN_SURNAMES) in toneless pinyin,
# written out: romanising them at run time loaded pypinyin's dictionaries
# (~0.2 CPU-s, 55 MB) on every page holding two capitalised words, English
# ones included. tests/stories/test_pinyin_surnames_table.py holds it equal to
# pypinyin's reading of the list.
_PINYIN_SURNAMES = frozenset(
    """
    bai cai cao ceng chen cheng cui dai deng ding dong du duan fan fang feng fu
    gao gong gu guo han hao he hou hu huang jia jiang jin kong lei li liang liao
    lin liu long lu luo lv ma mao meng mo pan peng qian qin qiu ren shao shen shi
    song su sun tan tang tao tian wan wang wei wu xia xiang xiao xie xiong xu xue
    yan yang yao ye yin yu yuan zhang zhao zheng zhong zhou zhu zou
    """.split()
)


def _pinyin_surnames() -> frozenset[str]:
    """The common Chinese surnames (wordseg.HAN_SURNAMES) in toneless pinyin."""
    return _PINYIN_SURNAMES


def pinyin_full_names(text: str) -> list[tuple[str, str]]:
    """(k: feature, surface) of Chinese full names written in pinyin: the
    skeleton of surname and given name read as one ("Liu Xiaoyan" ->
    liuxiaoyan), as a Chinese page's 刘晓燕 is read whole. Word by word the
    surname is too short for a skeleton and the given name's ("Xiaoyan")
    meets nothing, so the one name a Chinese and a Latin page share was lost."""
    out = []
    surnames = _pinyin_surnames()
    for m in _PINYIN_PAIR.finditer(text):
        family, given = m.group(1).lower(), m.group(2).lower().replace("-", "")
        if (
            family in surnames
            and _PINYIN_GIVEN.fullmatch(given)
            and (sk := skeleton(family + given))
        ):
            out.append(("k:" + sk, m.group(1) + " " + m.group(2)))
    return out


# Consecutive capitalised Vietnamese syllables: one name. A chain of words
# that may open with a capital, read whole and without giving back (``*+``):
# a chain of one word (group 1 empty) is no run. Each start is tried once
# and consumed, so the scan is linear; the pattern with a plain ``*`` and
# ``+`` tried again from every letter of a long word that no second word
# follows (Thai letters are in the range Đ-ỹ), and 20,000 Thai letters took
# seconds. The runs with a second word are the same: a word's letters never
# match the space after it, so giving some back never made a match.
_VI_NAME_RUN = re.compile(r"[A-ZÀ-ÝĐ-ỹ][^\W\d_]*+((?: [A-ZÀ-ÝĐ-ỹ][^\W\d_]*+)*+)")


# Honorifics and offices Vietnamese writes before a person's name ("Ông
# Tập", "bà Merkel", "Thủ tướng Scholz"): no part of the name. The first
# ones are a person's alone; an office also stands before an institution
# ("Thủ tướng Chính phủ"), so only those name a person by one syllable.
_VI_PERSONAL = 9
_VI_HONORIFICS = (
    ("ông",),
    ("bà",),
    ("anh",),
    ("chị",),
    ("cô",),
    ("chú",),
    ("bác",),
    ("cụ",),
    ("ngài",),
    ("thủ", "tướng"),
    ("tổng", "thống"),
    ("chủ", "tịch"),
    ("bộ", "trưởng"),
    ("ngoại", "trưởng"),
    ("tổng", "bí", "thư"),
    ("thủ", "lĩnh"),
    ("quốc", "vương"),
    ("nhà", "vua"),
)
_VI_HONORIFIC_AT = re.compile(
    r"(?<!\w)(?i:"
    + "|".join(r"\s+".join(h) for h in _VI_HONORIFICS[:_VI_PERSONAL])
    + r")\s+([^\W\d_]+)(?!\w)"
)


# An office of _VI_HONORIFICS (not a personal honorific) right before a word.
_VI_OFFICE_BEFORE = re.compile(
    r"(?<!\w)(?i:" + "|".join(r"\s+".join(h) for h in _VI_HONORIFICS[_VI_PERSONAL:]) + r")\s+$"
)


# A personal honorific of _VI_HONORIFICS right before a word.
_VI_PERSONAL_BEFORE = re.compile(
    r"(?<!\w)(?i:" + "|".join(r"\s+".join(h) for h in _VI_HONORIFICS[:_VI_PERSONAL]) + r")\s+$"
)
# (after a space, or opening a bracket or a quote: "(Quảng Nam)")
_VI_WORD_BEFORE = re.compile(r"(?<![^\s(\[\"“«])([^\W\d_]+) $")
# A word for an administrative place or an island right before a word:
# "tỉnh Trat", "thành phố Pai", "đảo Samui" name a place, most often a
# foreign one whose name Vietnamese writes without marks as other Latin
# scripts do, and as Thai and Chinese pages write it in their own script.
# "vùng" is left out: "vùng Tây" (the west) is a direction.
_VI_PLACE_BEFORE = re.compile(r"(?<!\w)(?i:tỉnh|thành phố|huyện|quận|thị xã|thị trấn|đảo|bang) $")
_VI_WORD_AFTER = re.compile(r" ([^\W\d_][\w'’-]*)")


def _vi_capital_syllable(w: str) -> bool:
    return w[0].isupper() and not w.isupper() and is_vi_syllable(w)


def _vi_plain_syllable(text: str, i: int, end: int, w: str) -> bool:
    """Is ``w`` (at ``text[i:end]`` of a Vietnamese page, capitalised, with no
    diacritic) a syllable of a Vietnamese name or word, not a name of its own?
    A syllable without marks ("Minh", "Nam", "Anh", "Hoa") is as Vietnamese
    as a marked one, and alone it names nothing: a syllable of a longer name
    ("Nguyễn Văn Minh", "Việt Nam", "Hoa Kỳ": read whole by
    :func:`vietnamese_names`), a person after an honorific ("ông Minh": read
    by :func:`_vi_short_names`) or a one-syllable country name ("nước Anh":
    read as a place). As a name feature of its own every page with a Minh or
    a Việt Nam shared it. A syllable standing alone otherwise stays a name
    ("Kim Jong-un", "ông Moon Jae-in": the next word is no syllable)."""
    if not _vi_capital_syllable(w):
        return False
    if w in _guarded_names():
        return True
    before = _VI_WORD_BEFORE.search(text, max(0, i - 12), i)
    if before and _vi_capital_syllable(before.group(1)):
        return True  # a later syllable of a name: the given name ("Văn Minh")
    after = _VI_WORD_AFTER.match(text, end)
    if after and after.group(1)[0].isupper():
        # the first syllable of a run, whose next word goes on with it: a
        # place's when the run is one ("Hoa Kỳ", "Trung Quốc"); a person's
        # first syllable is kept, as a marked one would be dropped
        # (or a place's the page names as one: "huyện Nam Giang" makes the
        # "Nam" of "ở Nam Giang" no name alone, as the "Nam" of "Nam Giang"
        # on other languages' pages is none, see latin_names)
        return _vi_capital_syllable(after.group(1)) and (
            any(a == 0 for _, a, _ in territories(text[i : after.end()], "vi"))
            or _vi_place_name(text, text[i : after.end()])
        )
    if _VI_PERSONAL_BEFORE.search(text, max(0, i - 8), i):
        return True
    if before and before.group(1)[0].islower() and is_vi_syllable(before.group(1)):
        # after a lower-case Vietnamese word, with no capital after it: a
        # syllable of a place or a word ("miền Trung", "phía Nam", "đường
        # Hoa"), which every page on that region shared as a name; unless an
        # office stands before it ("Tổng thống Moon") or the page writes it
        # elsewhere before a foreign given name ("Son Heung-min" ... "cầu
        # thủ Son"): a foreign person named by a surname
        return not (
            _VI_OFFICE_BEFORE.search(text, max(0, i - 24), i)
            or _opens_foreign_name(text, w)
            or _VI_PLACE_BEFORE.search(text, max(0, i - 12), i)
        )
    return False


@lru_cache(maxsize=256)
def _vi_place_name(text: str, run: str) -> bool:
    """Does Vietnamese ``text`` write ``run`` (a name's first two syllables)
    right after a word for a place (_VI_PLACE_BEFORE: "huyện Nam Giang",
    "tỉnh Lâm Đồng")? Cached as _opens_foreign_name is."""
    at = text.find(run)
    while at >= 0:
        if _VI_PLACE_BEFORE.search(text, max(0, at - 12), at):
            return True
        at = text.find(run, at + 1)
    return False


@lru_cache(maxsize=256)
def _opens_foreign_name(text: str, w: str) -> bool:
    """Does ``text`` write ``w`` before a capitalised word that is no
    Vietnamese syllable anywhere ("Son Heung-min", "Kim Jong-un")? Cached:
    asked for every lone ``w`` of a page, it reads the whole page (a string's
    hash is kept, so a page repeating a syllable costs one scan)."""
    at = text.find(w + " ")
    while at >= 0:
        after = _VI_WORD_AFTER.match(text, at + len(w))
        if (
            (at == 0 or not text[at - 1].isalnum())
            and after
            and after.group(1)[0].isupper()
            and not _vi_capital_syllable(after.group(1))
        ):
            return True
        at = text.find(w + " ", at + 1)
    return False


def _vi_honorific_len(text: str, start: int, run: list[str]) -> int:
    """Number of words of ``run`` (at ``start``) that are an honorific or
    office before the name ("Ông Tập Cận Bình" -> 1), 0 when it opens with
    none. Only at a sentence's start, where every word is capitalised:
    elsewhere a capitalised "Anh" is part of the name ("tác giả Anh Hiếu")."""
    if start and not _SENT_END.search(text[max(0, start - 3) : start]):
        return 0
    low = tuple(w.lower() for w in run)
    for h in _VI_HONORIFICS:
        if low[: len(h)] == h:
            return len(h)
    return 0


def _vi_short_names(text: str, full: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A person named by one syllable after an honorific ("ông Tập", "bà
    Lan"): Vietnamese news names a person in full once, then by the surname
    for a Chinese or Korean name ("Tập Cận Bình" ... "ông Tập") and by the
    given name for a Vietnamese one ("Phạm Văn Hùng" ... "ông Hùng"). The
    syllable counts as the one full name of the page it opens or ends; as a
    surname, it is also read in pinyin where the Sino-Vietnamese table has
    one character for it (Tập -> 习 -> w:xi, as English writes "Xi")."""
    out: list[tuple[str, str]] = []
    for m in _VI_HONORIFIC_AT.finditer(text):
        x = m.group(1)
        if not x[0].isupper() or x.isupper() or not is_vi_syllable(x):
            continue
        a = m.start()
        if text[a].isupper() and a and not _SENT_END.search(text[max(0, a - 3) : a]):
            continue  # "tác giả Anh Hiếu": a capital mid-sentence is the name's
        after = _WORD_AFTER.match(text, m.end())
        if after and after.group(1).isupper():
            continue  # a name of more syllables: read whole above
        low = x.lower()
        found = {
            (f, s)
            for f, s in full
            if " " in s and low in (s.split(" ")[0].lower(), s.split(" ")[-1].lower())
        }
        if len({f for f, _ in found}) != 1:
            continue  # none, or two people it could be
        f, s = found.pop()
        out.append((f, x))
        chars = han_viet_characters(x)
        if s.split(" ")[0].lower() == low and len(chars) == 1:
            out.append(("w:" + pinyin(chars), x))
    return out


def vietnamese_names(text: str) -> list[tuple[str, str]]:
    """(feature, surface) for Vietnamese names of two syllables or more, in
    any Latin-script text: the capitalised syllables joined, marks stripped
    ("Phạm Minh Chính" and "Pham Minh Chinh" -> w:phamminhchinh; "Hà Nội" and
    "Hanoi" -> w:hanoi; "Đà Nẵng" and "Da Nang" -> w:danang).

    A Vietnamese page's marked words are no names one by one (see
    :func:`latin_names`), and a syllable alone is too short to mean anything
    ("Minh", "Lam"), so without this a Vietnamese page and an English page
    on a Vietnamese story shared no name. Only words that are Vietnamese
    syllables make a run ("Prime Minister Pham Minh Chinh": the last three).
    A run opening a sentence may start with an honorific ("Ông Tô Lâm"): it
    also counts without its first word, and only so when that word is an
    honorific (``_VI_HONORIFICS``; "Ông Tập" is no name "ongtap"). A person
    named by one syllable after an honorific is read by
    :func:`_vi_short_names`."""
    out = []
    for m in _VI_NAME_RUN.finditer(text):
        if m.start(1) == m.end(1):
            continue  # one word
        run: list[str] = []
        start = m.start()
        pos = m.start()
        got = m.group().split(" ")
        # a weekday's two words ("Thứ Năm", "Chủ Nhật") are a date, no name
        # nor part of one: every page dated a Thursday shared w:thunam
        calendar = {
            j
            for i in range(1, len(got))
            if is_calendar_word(got[i], got[i - 1] + " ", "vi")
            for j in (i - 1, i)
        }
        for i, w in enumerate(got + [""]):
            if w and w[0].isupper() and not w.isupper() and is_vi_syllable(w) and i not in calendar:
                if not run:
                    start = pos
                run.append(w)
            else:
                if (k := _vi_honorific_len(text, start, run)) and len(run) - k < 2:
                    pass  # an honorific and one syllable: see _vi_short_names
                elif k:
                    # the honorific is no part of the name (which then opens
                    # no sentence: no word of it is dropped again)
                    at = start + len(" ".join(run[:k])) + 1
                    out += _vi_run_features(text, at, run[k:])
                elif len(run) >= 2:
                    out += _vi_run_features(text, start, run)
                run = []
            pos += len(w) + 1
    if out and _VI_HONORIFIC_AT.search(text):
        out += _vi_short_names(text, out)
    return out


def _vi_run_features(text: str, start: int, run: list[str]) -> list[tuple[str, str]]:
    surface = " ".join(run)
    out = [("w:" + strip_marks("".join(run)).lower(), surface)]
    opens = start == 0 or _SENT_END.search(text[max(0, start - 3) : start])
    if opens and len(run) >= 3:
        out.append(("w:" + strip_marks("".join(run[1:])).lower(), " ".join(run[1:])))
    # a country written before a name is no part of it ("Chủ tịch Trung
    # Quốc Tập Cận Bình", "Thủ tướng Nhật Bản ..."): the name also counts
    # without it
    if len(run) >= 4 and _VI_PLACE_BEFORE.search(text, max(0, start - 12), start):
        # nor is a province or district after its place word ("Chủ tịch UBND
        # tỉnh Lào Cai Lê Quang Hiếu"; its "Lào" is no Laos): most are two
        # syllables, and the place and the holder also count each on its own
        for part in (run[:2], run[2:]):
            out.append(("w:" + strip_marks("".join(part)).lower(), " ".join(part)))
        return out
    for k in (2, 1):
        if len(run) - k >= 2:
            head = " ".join(run[:k])
            if any(a == 0 and b == len(head) for _, a, b in territories(head, "vi")):
                rest = run[k:]
                out.append(("w:" + strip_marks("".join(rest)).lower(), " ".join(rest)))
                break
    return out


def cyrillic_names(text: str) -> list[tuple[str, str]]:
    """(feature, surface) for Cyrillic names and acronyms, romanised so they
    meet the Latin spelling (Russian "Трамп" and "Трампа" -> the skeleton of
    "Trump"; "НАТО" -> w:nato).

    As in Latin script, a capitalised word not opening a sentence is a name
    (Russian, Ukrainian and Bulgarian write months, weekdays and peoples in
    lower case) and a word in capitals is an acronym. A name gives only its
    consonant skeleton: Slavic languages decline names ("Зеленского",
    "Зеленским"), and the skeleton's first four consonants are the same in
    every case, while the romanised word is not. A page without any Cyrillic
    gets nothing from here."""
    out: list[tuple[str, str]] = []
    for m in CYRILLIC_WORD.finditer(text):
        w = m.group().strip("'’-")
        if len(w) < 2 or not w[0].isupper():
            continue
        rom = romanize_cyrillic(w)
        if w.isupper():
            if len(w) <= 8:
                # the Latin acronym of the same organisation (ООН -> un),
                # else the romanised one (НАТО -> nato)
                alias = ACRONYM_ALIASES.get(w)
                out.append(("w:" + (alias.lower() if alias else rom), w))
            continue
        before = text[max(0, m.start() - 3) : m.start()]
        if (
            m.start() == 0
            or _SENT_END.search(before)
            or before.endswith(('"', "“", "«", "(", "—", "„"))
        ):
            continue
        sk = skeleton(rom)
        if sk:
            out.append(("k:" + sk, w))
    return out


_ARABIC_TOKEN = re.compile(r"[\u0621-\u064a\u0671-\u06d3]+|[^\s\u0621-\u064a\u0671-\u06d3]+")


def arabic_features(text: str) -> list[tuple[str, str]]:
    """Name features of Arabic text: the consonant skeletons of names
    written after a title (:func:`~newsline.wordseg.arabic_titled_names`:
    "الرئيس الأمريكي دونالد ترامب" -> Donald, Trump), counted again
    wherever the text repeats them, with a joined conjunction or preposition
    or without. Arabic has no capitals, so without a title no word is read
    as a name; with none of these an Arabic page shared only places and
    numbers with the story's other pages."""
    plain = _ARABIC_MARKS.sub("", text)
    tokens = _ARABIC_TOKEN.findall(plain)
    names = set(arabic_titled_names(tokens))
    out = []
    for t in tokens:
        core = t if t in names else t[1:] if t[:1] in ARABIC_CLITICS and t[1:] in names else ""
        if core:
            sk = skeleton(romanize_arabic(core))
            if sk:
                out.append(("k:" + sk, core))
    return out


def _korean_not_name(word: str) -> bool:
    """A word between a Korean name and its title that is no name: a
    country ("미국 대통령") or a ministry ("국방부 장관")."""
    core = korean_core(word)
    return core.endswith("부") or bool(territories(core, "ko"))


def korean_features(text: str) -> list[tuple[str, str]]:
    """Name features of Korean text: the consonant skeletons of the Revised
    Romanization of names written before a title (:func:`~newsline.wordseg.korean_titled_names`),
    counted again wherever the text writes them with or without a particle
    ("트럼프 대통령은 ... 트럼프는"), so 트럼프 meets Trump and 시진핑 Xi Jinping.

    Korean writes foreign names in Hangul: without this a Korean page shared
    only its countries and numbers with the other languages' pages."""
    words = [w.strip(".,!?\"'“”‘’()[]·:;") for w in text.split()]
    names = set(korean_titled_names(words, _korean_not_name))
    out = []
    for w in words:
        core = korean_core(w) if w not in names else w
        if core in names:
            rom = romanize_hangul(core)
            if sk := skeleton(rom):
                out.append(("k:" + sk, core))
            elif sk := short_skeleton(rom):
                out.append(("s:" + sk, core))  # 카터, 오바마: two consonants
    return out


@cache
def _thai_stopwords() -> frozenset[str]:
    from pythainlp.corpus import thai_stopwords

    return frozenset(thai_stopwords())


@cache
def _thai_given_and_family_names() -> tuple[frozenset[str], frozenset[str]]:
    from pythainlp.corpus import thai_family_names, thai_female_names, thai_male_names

    return frozenset(thai_male_names()) | frozenset(thai_female_names()), frozenset(
        thai_family_names()
    )


def _thai_untitled_names(chunks: list[str]) -> list[str]:
    """Thai names written with no title before them (sports and culture
    pages: "กิตติพงษ์ แสงทอง นักแบดมินตัน..."): a chunk that is a given name
    of pythainlp's lists followed by a chunk that is a family name of its
    list. Both are dictionary words (แสงทอง, "golden light"), so the fragment
    runs miss them; the pair of whole chunks, one list each, is a person."""
    given, family = _thai_given_and_family_names()
    out: list[str] = []
    for first, second in itertools.pairwise(chunks):
        if first in given and second in family:
            out += [first, second]
    return out


def _aspirated_p_readings(rom: str) -> tuple[str, ...]:
    """A royin romanisation, and when it writes "ph" (พ, ภ, ผ: an aspirated
    p, never an f) also with "p": Latin spellings of Thai names write that
    p as often without the h (Pornthip, Prayut, Pattaya) as with it
    (Phuket), and the skeletons read "ph" as the f of Philippe. The royin
    reading comes last: a surface's features are listed with it as the
    surface's own."""
    return (rom.replace("ph", "p"), rom) if "ph" in rom else (rom,)


# A Thai name ending in an m after a vowel: sara am (คำ "kham"), or ม after
# a vowel sign (อับราฮัม), tone marks and a silenced letter's mark aside.
_THAI_FINAL_M = re.compile("(?:\u0e33|[\u0e31\u0e34-\u0e39\u0e32]\u0e21)[\u0e48-\u0e4c]*$")


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

    def add(surface: str) -> None:
        # every reading's skeleton, once (a silenced letter may be sounded)
        readings = [r for rom in romanize_thai_name(surface) for r in _aspirated_p_readings(rom)]
        sks = [skeleton(r) for r in readings]
        if _THAI_FINAL_M.search(surface) and all(r[-1:] == "m" for r in readings):
            # read with its last m as n too where the script says the m ends
            # the name (ทองคำ, อับราฮัม; not ใหม่, whose ม opens a syllable),
            # unless a silenced letter after it is sounded in another reading
            # (ทรัมป์, Trump's p)
            sks += [final_m_skeleton(r, sk) for r, sk in zip(readings, sks)]
        for sk in dict.fromkeys(sks):
            if sk:
                names.append(("k:" + sk, surface))

    titled = thai_titled_names(chunks)
    for surface in titled:
        if not territories(surface, "th"):  # "ประธานาธิบดีสหรัฐฯ": the office's country
            add(surface)
    for surface in _thai_untitled_names(chunks):
        if surface not in titled:
            add(surface)
    spaced = " ".join(chunks)
    for first, rest in itertools.pairwise(titled):
        # a Chinese name in Thai script: a one-syllable surname too short for
        # a skeleton of its own, then the given name ("หลิว เสี่ยวเยี่ยน", 刘晓燕):
        # read whole as the Chinese page reads the characters
        if not any(skeleton(r) for r in romanize_thai_name(first)) and (
            first + " " + rest in spaced
        ):
            add(first + rest)
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
                add("".join(run))
            run = []
            if thai and len(t) >= 2 and t not in stop:
                lang_words.append(t)
    return names, lang_words


_ZH_NAME_TAGS = ("nr", "ns", "nt", "nz", "nrt", "nrfg")

# Characters Chinese uses for their sound in foreign names and places (the
# common ones of the Xinhua transliteration tables: 基辛格 Kissinger, 斯诺登
# Snowden), not those that also write common Chinese words and names (文,
# 明, 华, 国). A word the tagger does not call a name is a foreign name when
# nearly all its characters are these (see _sounds_foreign), and a short word
# of these alone next to a name is the rest of it (朔|尔茨, Scholz; 斯诺|登).
_ZH_SOUND_CHARS = frozenset(
    "阿埃艾奥巴拜班贝彼毕宾波伯布达戴丹德登迪蒂丁杜厄恩尔法菲费芬弗福盖戈格哈赫亨霍基吉"
    "贾杰卡凯坎康柯科克肯库奎昆拉莱赖兰朗劳勒雷蕾丽利莉琳隆卢鲁路伦罗洛马玛迈麦曼梅蒙"
    "姆摩莫默穆纳娜奈尼妮涅纽努诺欧帕潘佩皮珀普奇齐契乔切琼萨塞赛桑瑟森沙莎舍施什舒"
    "斯松苏索塔泰坦汤特提廷图托瓦威韦维温沃乌西希锡谢辛休雅亚扬耶伊因尤约泽扎詹兹茨朔"
    "卓佐津安龙"
)
# A word of sound characters is a name when this share of its characters
# are, from three characters on (two-character loanwords are many: 坦克, 沙拉).
_ZH_SOUND_SHARE = 0.75
_ZH_SOUND_MIN = 3
# Tags of a one-character word that is a function word, never a piece of a
# name beside one (普京|比|拜登: 比, than): prepositions, conjunctions,
# particles, adverbs, pronouns, numerals, measure words, directions.
_ZH_NOT_NAME_PIECE = frozenset({"p", "c", "u", "uj", "ul", "d", "r", "m", "q", "f"})


@lru_cache(maxsize=200_000)
def _sounds_foreign(word: str) -> bool:
    """Is ``word`` (not tagged a name) a transliterated foreign name by the
    share of its characters used for sound? 基辛格 yes; 基本上 (basically),
    安理会, 尔虞我诈 no."""
    if len(word) < _ZH_SOUND_MIN:
        return False
    n = sum(c in _ZH_SOUND_CHARS for c in word)
    return n >= _ZH_SOUND_SHARE * len(word)


def _name_piece(word: str, flag: str) -> bool:
    """Is ``word`` a short run of sound characters that continues a name
    beside it (朔 before 尔茨; 登 after 斯诺)?"""
    return (
        len(word) <= 2
        and flag not in _ZH_NOT_NAME_PIECE
        and _ZH_SOUND_CHARS.issuperset(word)  # all its characters, tested in C
    )


def _surname_cut_off(tagged: list[Any], k: int) -> bool:
    """Is word ``k`` of ``tagged`` a common surname the tagger cut off the
    given name after it, tagging it as a word of its own (部长|黄|明德|回应:
    黄 "yellow", 明德 a name)? Then it opens that name: read without it, the
    given name meets no other language's full name (Hoàng Minh Đức, Huang
    Mingde). A preposition or other function word is none (于|明德, "at")."""
    w = tagged[k].word
    if len(w) != 1 or w not in HAN_SURNAMES or tagged[k].flag in _ZH_NOT_NAME_PIECE:
        return False
    nxt = tagged[k + 1] if k + 1 < len(tagged) else None
    return nxt is not None and nxt.flag in ("nr", "nrfg") and len(nxt.word) == 2


class _Tagged(NamedTuple):
    """A word and its tag, as jieba's pairs give them."""

    word: str
    flag: str


def _unglue(tagged: Iterable[Any]) -> list[Any]:
    """The tagger's words with a foreign name's last sound character given
    back to the name where the tagger glued it to the next word.

    jieba cuts a name it does not know by context: "斯诺登表示" is 斯诺|登|表示
    (Snowden), but "斯诺登说" is 斯诺|登说, the 登 guessed by its HMM into one
    word with the verb after it, and the name read was 斯诺 alone (too short
    for a skeleton; 斯塔|默称, 埃|尔多|安则 the same). A word that is no word
    of the dictionary (an HMM guess), right after a word tagged a name or
    written in sound characters alone, opening with a sound character and
    going on with a dictionary word, is cut there: the character is the
    name's, the rest keeps its own tag. A dictionary word after a name is
    never cut (拜登安全: 安全, security)."""
    out: list[Any] = []
    for p in tagged:
        w = p.word
        if (
            out
            and 2 <= len(w) <= 3
            and w[0] in _ZH_SOUND_CHARS
            and (out[-1].flag in _ZH_NAME_TAGS or _ZH_SOUND_CHARS.issuperset(out[-1].word))
            and chinese_dictionary_tag(w) is None
            and (rest := chinese_dictionary_tag(w[1:])) is not None
            and rest not in _ZH_NAME_TAGS
        ):
            out += [_Tagged(w[0], "nrt"), _Tagged(w[1:], rest)]
            continue
        out.append(p)
    return out


# Offices and forms of address a Chinese page writes between a country and a
# person ("德国总理默克尔", "美国前国务卿基辛格"). jieba's dictionary holds
# some country-and-office compounds as one word and tags them as a name
# (德国总理 nr, 英国首相 nz): the name run then read the office and the
# country as part of the person's name, and the person was lost.
_ZH_OFFICES = (
    "国防部长",
    "外交部长",
    "财政部长",
    "国务委员",
    "国务卿",
    "总书记",
    "秘书长",
    "总干事",
    "领导人",
    "发言人",
    "总司令",
    "参议员",
    "众议员",
    "总统",
    "总理",
    "首相",
    "外长",
    "外相",
    "防长",
    "财长",
    "主席",
    "国王",
    "女王",
    "王储",
    "部长",
    "议长",
    "大使",
    "特使",
    "首脑",
    "元首",
    "州长",
    "市长",
    "总督",
    "将军",
)
_ZH_OFFICE = re.compile(
    "(?:前|副|代理|新任|时任|现任)?(?:" + "|".join(sorted(_ZH_OFFICES, key=len, reverse=True)) + ")"
)


@lru_cache(maxsize=50_000)
def _zh_office_end(word: str) -> int:
    """Length of the office ``word`` opens with, after a country if any
    ("德国总理" -> 4, "美国前国务卿" -> 6, "总理默克尔" -> 2), or 0 when it
    opens with no office ("总理府" is a word of its own: 0)."""
    if not _ZH_OFFICE.search(word):
        return 0
    at = 0
    for _code, a, b in territories(word, "zh"):
        if a == 0:
            at = b
        break
    m = _ZH_OFFICE.match(word, at)
    if m is None:
        return 0
    rest = word[m.end() :]
    # an office is a word's head only when nothing or a name follows it
    return m.end() if not rest or _sounds_foreign(rest) or rest[0] in _ZH_SOUND_CHARS else 0


# One character Chinese writes for a country before an office ("美总统", the
# US president; "韩总统", "马总理"): no surname there, though some are
# surnames elsewhere (韩, 马).
_ZH_COUNTRY_CHARS = frozenset("中美俄英法德日韩朝印巴越泰澳加意以伊土埃叙沙乌菲新缅老柬蒙哈马")
# A country's "side" in Chinese news (中方, 美方, 泰方: the Chinese, US, Thai
# side, its government in talks) by the country character jieba keeps
# before 方 as one word (其中|方案 and 完美|方案 it cuts apart). Characters
# that stand for two countries are left out: 巴 (Pakistan, Palestine), 伊
# (Iran, Iraq), 乌 (Ukraine, Uzbekistan), and 马, 沙 (a surname, a word).
_ZH_SIDES = {
    "中": "CN", "美": "US", "俄": "RU", "英": "GB", "法": "FR", "德": "DE", "日": "JP",
    "韩": "KR", "朝": "KP", "印": "IN", "越": "VN", "泰": "TH", "澳": "AU", "加": "CA",
    "意": "IT", "以": "IL", "土": "TR", "埃": "EG", "叙": "SY", "菲": "PH", "新": "SG",
    "缅": "MM", "老": "LA", "柬": "KH", "蒙": "MN", "哈": "KZ",
}  # fmt: skip
# Japanese news writes a country by one kanji before its side, government or
# leader (米側, 米政府, 露大統領, 英首相, 仏外相): that country. Not after
# another kanji, where the character is part of a word (玄米, 単独) or of a
# pair of countries (日米, read from its own names elsewhere).
_JA_SIDES = {"米": "US", "露": "RU", "英": "GB", "仏": "FR", "独": "DE", "韓": "KR", "豪": "AU"}
_JA_SIDE = re.compile(
    r"(?<![\u3400-\u9fff])([米露英仏独韓豪])"
    r"(?=側|政府|大統領|首相|外相|国防相|国務長官|当局|軍)"
)


def japanese_sides(text: str) -> list[tuple[str, str]]:
    """(territory code, surface) of each country a Japanese page names by one
    kanji (see _JA_SIDES), once per mention."""
    return [(_JA_SIDES[m.group(1)], m.group(1)) for m in _JA_SIDE.finditer(text)]


# Tags of a one-character word before an office that make it no surname: a
# verb ("任总理", served as premier), preposition, conjunction, particle,
# adverb, pronoun ("该部长"), adjective ("新总统"), direction.
_ZH_NOT_SURNAME = frozenset({"v", "p", "c", "u", "uj", "ul", "d", "r", "a", "f"})


def _surname_before_office(tagged: list[Any], k: int) -> bool:
    """Is the word at ``k`` one character right before an office word ("习|主席",
    "李|总理"), or a word of a character and an office ("温总理", "刘将军")?
    Whether the character is a surname is judged by the caller."""
    w = tagged[k].word
    if k and tagged[k - 1].flag == "m":
        return False  # "一张总统照片": a measure word after a number
    if len(w) == 1:
        return k + 1 < len(tagged) and _is_office(tagged[k + 1].word)
    return len(w) >= 3 and _is_office(w[1:])


@lru_cache(maxsize=200_000)
def _is_office(word: str) -> bool:
    """Is ``word`` an office word, whole ("主席", "前总理")? Asked of most of a
    Chinese page's words, which recur (cached)."""
    return bool(_ZH_OFFICE.fullmatch(word))


def _titled_surnames(
    text: str, found: list[tuple[str, int, str]], openers: set[str]
) -> list[tuple[str, str]]:
    """Name features of people a Chinese page calls by surname and office
    ("习主席", "李总理", "温总理"): the surname's pinyin, as other languages
    write it alone ("President Xi", "Premier Li"; Vietnamese "ông Tập" gives
    the same, see _vi_short_names). Such a form gave no name at all: one
    character is too short for a skeleton, and jieba tags many surnames as
    ordinary words (习, to practise, a verb).

    ``found`` holds (character, offset, tag) of each one-character word before
    an office. The character is a surname when the page opens a person's
    name with it (习 of 习近平), or when it is one of the common surnames and
    not tagged as a word that stands before offices ("任总理", served as
    premier; "该部长", the minister). A country's one-character name is no
    surname there ("美总统", "韩总统")."""
    out = []
    for c, at, flag in found:
        c = fold_traditional(c)
        if c in _ZH_COUNTRY_CHARS:
            continue
        if c in openers or c in HAN_SURNAMES and flag not in _ZH_NOT_SURNAME:
            out.append(("w:" + pinyin(c), text[at]))
    return out


@lru_cache(maxsize=200_000)
def _pinyin_skeleton(surface: str) -> str:
    """Skeleton of a Chinese name's pinyin (cached: names recur)."""
    return skeleton(pinyin(surface))


@lru_cache(maxsize=200_000)
def _chinese_name_features(name: str) -> tuple[str, ...]:
    """Name features of a Chinese name run (Simplified): the skeletons of its
    pinyin readings (its pinyin, and for a foreign name the readings of
    :func:`~newsline.wordseg.foreign_name_readings`: 普京 and 普丁 both meet
    Putin, 川普 and 特朗普 both Trump), then its Sino-Vietnamese reading as a
    Vietnamese page writes it (w:tapcanbinh, see vietnamese_names). Cached:
    names recur in a page and across a story's pages."""
    readings = foreign_name_readings(name)
    out = ["k:" + sk for sk in dict.fromkeys(skeleton(r) for r in readings) if sk]
    if all(c in _ZH_SOUND_CHARS for c in name):
        # a short foreign name (卡特, 莫迪), not a Chinese word or body (安理会)
        out += ["s:" + sk for sk in dict.fromkeys(short_skeleton(r) for r in readings) if sk]
    if len(name) >= 2 and (hv := han_viet(name)):
        out.append("w:" + strip_marks(hv.replace(" ", "")).lower())
    return tuple(out)


# Suffixes of a Chinese administrative place ("湖南省", "沅陵县", "南山区"):
# other languages write the name without them (Hunan, Yuanling), or with a
# word of their own ("Yuanling county"). The events' units and 特区 (a
# special zone), longest first; 州 and 村 are left out, being the last
# character of many names (广州, 中关村).
_ZH_PLACE_SUFFIXES = tuple(
    sorted((u for u in (*ZH_ADMIN_UNITS, "特区") if u not in ("州", "村")), key=len, reverse=True)
)


@lru_cache(maxsize=200_000)
def _zh_place_stem(word: str) -> str | None:
    """The name of a place ``word`` writes with its administrative suffix
    ("沅陵县" -> "沅陵"), when two characters at least are left; else None.
    Cached: asked of every name-tagged word, and place names recur."""
    for suffix in _ZH_PLACE_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            return word[: -len(suffix)]
    return None


@lru_cache(maxsize=200_000)
def _has_cjk(word: str) -> bool:
    """Has a tagged word a Han character? Asked of every word of a Chinese
    page, which recur (cached: a lookup, not a regex search)."""
    return _CJK.search(word) is not None


def chinese_features(text: str) -> tuple[list[tuple[str, str]], list[str]]:
    """Name features (pinyin skeletons of jieba's name-tagged runs) and words.

    Traditional characters are read as Simplified (jieba's dictionary is
    Simplified, and a Taiwanese and a mainland page of one story should share
    words); names keep the page's own spelling as their surface."""
    folded = fold_traditional(text)
    names: list[tuple[str, str]] = []
    words: list[str] = []
    run: list[str] = []
    run_start = run_end = 0
    # one character before an office (see _titled_surnames), and the first
    # characters of people's names on the page
    before_office: list[tuple[str, int, str]] = []
    openers: set[str] = set()

    def flush() -> None:
        if run:
            surface = text[run_start:run_end]
            names.extend((f, surface) for f in _chinese_name_features("".join(run)))
            run.clear()

    # the tagger's runs with a Han character: what lies between them (one
    # character at a time, tagged "x") is no word and ends any name
    for pos, tagged in chinese_tagged_runs(folded):
        flush()
        tagged = _unglue(tagged)
        for k, p in enumerate(tagged):
            w = p.word
            start, pos = pos, pos + len(w)
            if _has_cjk(w):
                if len(w) >= 2:
                    words.append(w)
                if p.flag in ("nr", "nrfg") and 2 <= len(w) <= 3:
                    openers.add(w[0])
                # a word of two characters is neither a character before an
                # office nor one glued to an office (see _surname_before_office):
                # most of a page's words, asked nothing
                if len(w) != 2 and _surname_before_office(tagged, k):
                    before_office.append((w[0], start, p.flag if len(w) == 1 else "nr"))
                    if len(w) > 1:
                        flush()  # "刘将军": the surname is read below, the office is none
                        continue
                if len(w) == 2 and w[1] == "方" and w[0] in _ZH_COUNTRY_CHARS:
                    # "泰方", "中方": a country's side in talks, that country
                    # (t:, see _ZH_SIDES), no one's name
                    flush()
                    if w[0] in _ZH_SIDES:
                        names.append(("t:" + _ZH_SIDES[w[0]], text[start:pos]))
                    continue
                if len(w) >= 2 and (head := _zh_office_end(w)):
                    # a country and an office glued to the name, or read as
                    # one by the tagger: no part of it (the place is read
                    # from the text all the same)
                    flush()
                    w, start = w[head:], start + head
                    if not w:
                        continue
                if p.flag in _ZH_NAME_TAGS and (place := _zh_place_stem(w)):
                    # "湖南省|怀化市|沅陵县": each level a place of its own,
                    # named as other languages write it (Hunan, Huaihua,
                    # Yuanling), not one run read as "hunanshenghuaihua..."
                    flush()
                    run_start, run_end = start, start + len(place)
                    run.append(place)
                    flush()
                    continue
                if (
                    p.flag in _ZH_NAME_TAGS
                    or _sounds_foreign(w)
                    or not run
                    and w in HAN_SURNAMES  # most words asked nothing more
                    and _surname_cut_off(tagged, k)
                    or _name_piece(w, p.flag)
                    and (
                        run
                        or k + 1 < len(tagged)
                        and (
                            tagged[k + 1].flag in _ZH_NAME_TAGS
                            or _sounds_foreign(tagged[k + 1].word)
                        )
                    )
                ):
                    if not run:
                        run_start = start
                    run.append(w)
                    run_end = pos
                    continue
            # anything else ends the name: the dot between a foreign given name
            # and surname too (唐纳德·特朗普), each part romanised on its own as
            # Latin names are, or the surname would be lost in the given name's
            # four consonants
            if run:  # most words end no name: no call
                flush()
    flush()
    if before_office:
        names += _titled_surnames(text, before_office, openers)
    return names, words


def japanese_features(text: str) -> list[tuple[str, str]]:
    """Name features of Japanese text: skeletons of the Hepburn romanisation
    of katakana names and of kanji names before a title
    (:func:`~newsline.wordseg.japanese_names`), so トランプ meets Trump and
    山田首相 meets Yamada."""
    out = []
    for surface, readings in japanese_names(text):
        # every reading's skeleton, once
        for sk in dict.fromkeys(skeleton(rom) for rom in readings):
            if sk:
                out.append(("k:" + sk, surface))
    return out


def latin_words(text: str, lang: str) -> list[str]:
    """Words that compare within one language (Vietnamese: syllable bigrams;
    Korean: see :func:`korean_words`)."""
    if lang == "ko":
        return korean_words(text)
    if text.isascii():
        # lowered whole, the same words (ASCII case changes no word's edges):
        # one call, not one per word
        toks = [t for t in _WORD.findall(text.lower()) if not t.isdigit()]
    else:
        toks = [t.lower() for t in _WORD.findall(text) if not t.isdigit()]
    if lang == "vi":
        return [a + "_" + b for a, b in itertools.pairwise(toks)]
    return [t for t in toks if len(t) >= 4]


def korean_words(text: str) -> list[str]:
    """Korean words for the language vector: each spaced word without its
    particle (산불로 -> 산불), and the pairs of syllables inside longer
    words (대피했다, 대피소에 -> 대피 ...), since Korean joins endings to a
    stem and one stem takes many forms. A Hangul syllable is about three
    Latin letters: the four-letter minimum of other languages kept only a few
    long inflected forms, and pages of different stories in one country
    looked alike on the country's name alone."""
    out: list[str] = []
    for m in HANGUL_WORD.finditer(text):
        w = m.group()
        core = korean_core(w)
        if len(core) >= 2:
            out.append(core)
        if len(w) >= 3:
            out += [w[i : i + 2] for i in range(len(w) - 1)]
    return out


# ---------------------------------------------------------------- numbers, dates
# Thai "year" or "Buddhist era" just before a number: a Buddhist-era year.
_BE_YEAR_BEFORE = re.compile(r"(?:ปี|พ\.\s?ศ\.?)\s*$")
# A Chinese or Japanese measure word (or 多/余, "more than") right after a
# four-digit number: a count ("1900户", 1,900 households; "2026人"), not a
# year, which those scripts write with 年 ("2026年") or as a season's or
# model's year ("2026赛季", "2026款"), none of these.
_COUNTER_AFTER = re.compile(
    "[户戶人名个個家辆輛只隻头頭艘架座间間栋棟所吨噸件条條次位张張台臺套项項处處枚份例起股余餘多世軒]"
)


# International bodies by their names in other languages and scripts, keyed
# by the Latin acronym English pages write (w:asean): a Thai page's อาเซียน,
# a Taiwanese page's 東協 and a Vietnamese page's spelled-out name give no
# Latin acronym, and an organisation is often a story's main actor.
ORGANISATION_NAMES = {
    "asean": (
        "Hiệp hội các quốc gia Đông Nam Á",
        "อาเซียน",
        "东盟",
        "東盟",
        "东协",
        "東協",
        "东南亚国家联盟",
        "東南亞國家聯盟",
        "東南亞國家協會",
        "Association of Southeast Asian Nations",
        "Association des nations de l'Asie du Sud-Est",
        "Asociación de Naciones del Sudeste Asiático",
        "Associação de Nações do Sudeste Asiático",
        "Perhimpunan Bangsa-Bangsa Asia Tenggara",
        "東南アジア諸国連合",
        "동남아시아국가연합",
        "아세안",
    ),
    "who": (
        "Tổ chức Y tế Thế giới",
        "องค์การอนามัยโลก",
        "世界卫生组织",
        "世卫组织",
        "世界衛生組織",
        "世衛組織",
        "World Health Organization",
        "Organisation mondiale de la santé",
        "Organisation mondiale de la Santé",
        "Organización Mundial de la Salud",
        "Organização Mundial da Saúde",
        "Weltgesundheitsorganisation",
        "Organisasi Kesehatan Dunia",
        "世界保健機関",
        "세계보건기구",
    ),
    "imf": (
        "Quỹ Tiền tệ Quốc tế",
        "กองทุนการเงินระหว่างประเทศ",
        "国际货币基金组织",
        "國際貨幣基金組織",
        "International Monetary Fund",
        "Fonds monétaire international",
        "Fondo Monetario Internacional",
        "Fundo Monetário Internacional",
        "Internationaler Währungsfonds",
        "Dana Moneter Internasional",
        "国際通貨基金",
        "국제통화기금",
    ),
    "wto": (
        "Tổ chức Thương mại Thế giới",
        "องค์การการค้าโลก",
        "世界贸易组织",
        "世贸组织",
        "世界貿易組織",
        "世貿組織",
        "World Trade Organization",
        "Organisation mondiale du commerce",
        "Organización Mundial del Comercio",
        "Organização Mundial do Comércio",
        "Welthandelsorganisation",
        "Organisasi Perdagangan Dunia",
        "世界貿易機関",
        "세계무역기구",
    ),
    "nato": (
        "Tổ chức Hiệp ước Bắc Đại Tây Dương",
        "องค์การสนธิสัญญาแอตแลนติกเหนือ",
        "北约",
        "北約",
        "北大西洋公约组织",
        "北大西洋公約組織",
        "North Atlantic Treaty Organization",
        "Organisation du traité de l'Atlantique nord",
        "Organización del Tratado del Atlántico Norte",
        "Organização do Tratado do Atlântico Norte",
        "北大西洋条約機構",
        "북대서양조약기구",
    ),
    "opec": (
        "Tổ chức các nước xuất khẩu dầu mỏ",
        "โอเปก",
        "欧佩克",
        "石油输出国组织",
        "石油輸出國組織",
        "Organization of the Petroleum Exporting Countries",
        "Organisation des pays exportateurs de pétrole",
        "Organización de Países Exportadores de Petróleo",
        "石油輸出国機構",
        "석유수출국기구",
    ),
    "adb": (
        "Ngân hàng Phát triển châu Á",
        "ธนาคารพัฒนาเอเชีย",
        "亚洲开发银行",
        "亞洲開發銀行",
        "Asian Development Bank",
        "Banque asiatique de développement",
        "Banco Asiático de Desarrollo",
        "Bank Pembangunan Asia",
        "アジア開発銀行",
        "아시아개발은행",
    ),
    "apec": (
        "เอเปค",
        "亚太经合组织",
        "亞太經合組織",
        "亚太经济合作组织",
        "亞太經濟合作組織",
        "Asia-Pacific Economic Cooperation",
    ),
    "iaea": (
        "Cơ quan Năng lượng Nguyên tử Quốc tế",
        "ทบวงการพลังงานปรมาณูระหว่างประเทศ",
        "国际原子能机构",
        "國際原子能總署",
        "International Atomic Energy Agency",
        "Agence internationale de l'énergie atomique",
        "Organismo Internacional de Energía Atómica",
    ),
}


@cache
def _organisation_scan() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for every name of ORGANISATION_NAMES, longest first, and
    each name's key. Plain literals only: the pattern then skips ahead to
    the names' first characters, where case folding or lookarounds would
    try every name at every character (50 ms a page)."""
    key = {n: k for k, names in ORGANISATION_NAMES.items() for n in names}
    names = sorted(key, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, names))), key


def organisation_features(text: str) -> list[tuple[str, str]]:
    """(w: acronym, surface) of each international body named by a name of
    ORGANISATION_NAMES, a Latin-script one as whole words: the anchor an
    English page's acronym gives."""
    pattern, key = _organisation_scan()
    out = []
    for m in pattern.finditer(text):
        name, i, j = m.group(), m.start(), m.end()
        if _is_latin(name[0]) and (
            (i and text[i - 1].isalnum()) or (j < len(text) and text[j].isalnum())
        ):
            continue  # inside a longer word
        out.append(("w:" + key[name], name))
    return out


# A date written with slashes: day/month, month/day, with a year or not.
_SLASH_DATE = re.compile(r"(?<![\d/.,])(\d{1,2})/(\d{1,2})(?:/\d{2,4})?(?![\d/]|[.,]\d)")


def _slash_date_months(text: str) -> list[tuple[int, int]]:
    """The spans of the months of the dates ``text`` writes with slashes
    (see _SLASH_DATE): the second number of "14/10" and "18/3/2030", the
    first of "10/14" (no month 14); none of "45/60", no date."""
    out = []
    for m in _SLASH_DATE.finditer(text):
        a, b = int(m.group(1)), int(m.group(2))
        if 1 <= a <= 31 and 1 <= b <= 12:
            out.append(m.span(2))
        elif 1 <= a <= 12 and 12 < b <= 31:
            out.append(m.span(1))
    return out


def number_features(text: str) -> list[tuple[str, str]]:
    # amounts with a scale word ("25 billion" = "25 tỷ" = "250亿") and large
    # plain numbers, as one value; the digits inside them are not read again
    found = amounts(text)
    out = [("#:" + value, text[a:b]) for value, a, b in found]
    spans = [(a, b) for _, a, b in found]
    if ":" in text:
        # a clock time ("12:48", a live blog's entry, a stamp's "20:16")
        # is no figure the story tells: its hour and minutes would be two
        # numbers shared by chance with any page of any story
        spans += [m.span() for m in _CLOCK.finditer(text)]
    # Thai and full-width digits read as ASCII ones (one for one: offsets
    # hold), or "๓๒" and "３２" would be other numbers than "32"
    ascii_text = ascii_digits(text)
    if "/" in ascii_text:
        # the month of a date written with a slash ("14/10", "18/3/2030",
        # US "10/14") is no figure: as #:10 it was a number shared by any
        # two pages of October (the day is kept, as "14 October" gives it)
        spans += _slash_date_months(ascii_text)
    clock_end = -1
    for m in _NUMBER.finditer(ascii_text):
        if spans and any(a <= m.start() < b for a, b in spans):
            continue
        if m.start() < clock_end:
            continue  # the minutes of a clock time written with words
        if clock := _WORDED_CLOCK.match(ascii_text, m.start()):
            # and one written with hour and minute words or an hour mark,
            # tried where a number starts (a scan of the whole text cost as
            # much as the number scan itself)
            clock_end = clock.end()
            continue
        raw = text[m.start() : m.end()]
        digits = re.sub(r"\D", "", m.group())
        if (
            len(digits) == 4
            and digits[:2] in ("19", "20")
            and m.group() == digits
            and not _COUNTER_AFTER.match(ascii_text, m.end())
        ):
            out.append(("y:" + digits, raw))
        elif (
            len(digits) == 4
            and digits[:2] in ("24", "25", "26")
            and m.group() == digits
            and _BE_YEAR_BEFORE.search(text, max(0, m.start() - 12), m.start())
        ):
            # a Buddhist-era year ("ปี 2570", "พ.ศ. 2570"): the year others
            # write 2027, as the dates stage reads it
            out.append(("y:" + str(int(digits) - 543), raw))
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
CLASS_WEIGHT = {"t": 1.0, "w": 1.0, "k": 0.8, "s": 0.5, "y": 0.4, "d": 0.8, "m": 0.3, "#": 0.3}


def feature_counts(doc: Document, text: str) -> dict[str, Any]:
    """The costly part of :func:`document_features`, as compact JSON-safe data.

    ``{"lang": str, "a": [[feature, count] or [feature, count, surface]],
    "w": [[word, count]]}``: anchors and words with their counts, in order of
    first occurrence (the order matters: ties keep it when profiles are
    pruned); an anchor's surface is stored only when it is not the feature's
    own value. ``"p": {code: count}``, when present: how many of a
    territory's t: mentions are its people's (demonyms, see
    :mod:`.demonyms`). Words are stored for Thai, Chinese and Japanese only
    (other languages' words are remade from the text). :func:`vectors` turns it into
    exactly what :func:`document_features` returns.
    """
    lang = guess_lang(doc, text)
    anchors: list[tuple[str, str]] = []
    named = territories(text, lang)
    places = with_demonyms(text, lang, named)
    anchors += [("t:" + code, text[s:e]) for code, s, e in places]
    # a country's side or government (中方, 米政府): who acts, as a people
    # does, so counted with the demonyms ("p") and out of the place shares
    sides: list[tuple[str, str]] = []
    anchors += latin_names(text, lang)
    if _NAME_SCRIPTS.search(text):  # one scan for the three scripts below
        if _CYRILLIC.search(text):
            anchors += cyrillic_names(text)
        if HANGUL_WORD.search(text):
            anchors += korean_features(text)
        if ARABIC_WORD.search(text):
            anchors += arabic_features(text)
    anchors += organisation_features(text)
    anchors += number_features(text)
    anchors += date_features(doc)
    words: list[str] = []
    if _THAI.search(text):
        n, w = thai_features(text)
        anchors += n
        if lang == "th":
            words += w
    if lang == "ja" and _KANA.search(text):
        anchors += japanese_features(text)
        sides += japanese_sides(text)
    if _CJK.search(text):
        n, w = chinese_features(text)
        # Japanese kanji read in Chinese pinyin are a wrong name, worse than none
        if lang != "ja":
            anchors += [x for x in n if not x[0].startswith("t:")]
            sides += [(f[2:], surface) for f, surface in n if f.startswith("t:")]
        if lang in ("zh", "ja"):
            words += w
    if sides:
        # as for an unnamed people (demonyms.with_demonyms): the side of a
        # country the page names, or one it comes back to; one mention of a
        # third country's side (日方表示关切 under a Sino-Thai deal) is a
        # comment from elsewhere, no anchor of the story
        told = Counter(code for code, _ in sides)
        on_page = {c for c, _, _ in places}
        sides = [x for x in sides if x[0] in on_page or told[x[0]] >= _UNNAMED_MENTIONS]
        anchors += [("t:" + code, surface) for code, surface in sides]
    surfaces: dict[str, str] = {}
    for f, s in anchors:
        surfaces.setdefault(f, s)
    counts = Counter(f for f, _ in anchors)
    a = [[f, n] if surfaces[f] == f[2:] else [f, n, surfaces[f]] for f, n in counts.items()]
    out: dict[str, Any] = {"lang": lang, "a": a}
    people = Counter(c for c, _, _ in places) - Counter(c for c, _, _ in named)
    people.update(people_of_named(text, lang, named))
    people.update(code for code, _ in sides)
    if people:
        # the demonyms' mentions ("p"), which place_shares leaves out: a
        # page's people tell who acts (runners, tourists, a foreign
        # minister) more than where it happens, and the share of a place
        # weighs a page's join by where (a live page of three stories in
        # three countries met one story's runners' countries)
        out["p"] = dict(people)
    if lang in _TOKENISED_LANGS:
        out["w"] = list(map(list, Counter(words).items()))
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
    for c, n in counts.get("p", {}).items():  # a people's mentions: see feature_counts
        got[c] -= n
        if got[c] <= 0:
            del got[c]
    total = sum(got.values())
    return {c: n / total for c, n in got.items()} if total else {}


def document_features(
    doc: Document, text: str
) -> tuple[str, dict[str, float], dict[str, float], dict[str, str]]:
    """(language, anchor tf vector, language-word tf vector, surface forms)."""
    return vectors(feature_counts(doc, text), text)
