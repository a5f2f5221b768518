"""Language of a text and language spans of a mixed text, offline.

Order of evidence, cheapest and most decisive first:

1. script (Thai, Hangul, kana, Han, Cyrillic ... -> the one configured
   language written in it);
2. Vietnamese orthography (letters only Vietnamese uses; syllable shape of
   unaccented text), see :mod:`newsline.langid.vietnamese`;
3. lingua, restricted to ``LangSettings.languages`` and built lazily once per
   process (all 75 languages would cost about 1.3 GB); high-accuracy mode for
   texts up to ``LangSettings.high_accuracy_max_chars``, low-accuracy mode
   (about 50x cheaper, as good on long text) above.

Short Latin-script runs (names, acronyms) inside Thai/Chinese/Korean text are
part of that text, never a language of their own.

This module must never download anything, never raise on odd input (control
characters, lone surrogates, empty strings), and never name a test set's text.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from functools import lru_cache

from ..readers.decode import MOJIBAKE_MARKS, resolve_char_references
from ..settings import LangSettings
from . import scripts as S
from .pinyin import is_pinyin
from .vietnamese import (
    breve_a_of_another_language,
    has_vietnamese_letter,
    latin_words,
    marked_share,
    own_words,
    syllable_fit_at_least,
    without_vietnamese_names,
)

_DEFAULT = LangSettings()

Span = tuple[int, int, str]


# a few sets: the configured one and, per language met outside it, that set
# plus the language (lingua shares the models between detectors)
@lru_cache(maxsize=32)
def _detector(languages: tuple[str, ...], high_accuracy: bool):
    """lingua detector for the configured languages (lazy: models load on first use)."""
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    langs = []
    for code in languages:
        iso = getattr(IsoCode639_1, code.upper(), None)
        if iso is not None:
            langs.append(Language.from_iso_code_639_1(iso))
    if len(langs) < 2:  # lingua needs two; the script step covers single-language sets
        langs = list({*langs, Language.ENGLISH, Language.VIETNAMESE})
    builder = LanguageDetectorBuilder.from_languages(*langs)
    if not high_accuracy:
        builder = builder.with_low_accuracy_mode()
    return builder.build()


_CACHED_TEXT_CHARS = 2000  # longer texts rarely repeat; keeps the cache small


def _lingua_confidences(text: str, settings: LangSettings) -> list[tuple[str, float]]:
    # Long texts carry enough trigrams for the cheap mode; high accuracy is
    # kept for the short ones, where it is worth its cost.
    high = settings.high_accuracy and len(text) <= settings.high_accuracy_max_chars
    key = (tuple(settings.languages), high)
    if len(text) > _CACHED_TEXT_CHARS:
        return list(_confidences(text, *key))
    return list(_cached_confidences(text, *key))


@lru_cache(maxsize=1024)
def _code_of(language) -> str:
    return language.iso_code_639_1.name.lower()


# lingua's cost grows with the square of a word's length (a run of 20,000
# letters takes 0.14 s, of 100,000 3.4 s), and no language writes a word of
# 100 letters (German's longest compounds have about 60): a longer run (a
# string without spaces, an encoded blob) is no word and no evidence, and
# the model is not shown it. Han, kana and Hangul are left alone: they are
# written without spaces and the model reads them a character at a time.
_MAX_WORD_LETTERS = 100
# kana, Hangul, Han (as in scripts._RANGES)
_WIDE_LETTERS = (
    "\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9d\u1100-\u11ff\u3130-\u318f\uac00-\ud7af"
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f"
)
# (one non-letter, or the start, then the run: each letter is scanned once,
# from the character before its run, never from inside the run)
_OVERLONG_WORD = re.compile(
    f"(^|[\\W\\d_{_WIDE_LETTERS}])[^\\W\\d_{_WIDE_LETTERS}]{{{_MAX_WORD_LETTERS + 1},}}"
)


def _for_model(text: str) -> str:
    """``text`` less its letter runs too long to be words (see above)."""
    if len(text) <= _MAX_WORD_LETTERS or _OVERLONG_WORD.search(text) is None:
        return text
    return _OVERLONG_WORD.sub(r"\1 ", text)


def _confidences(
    text: str, languages: tuple[str, ...], high_accuracy: bool
) -> tuple[tuple[str, float], ...]:
    det = _detector(languages, high_accuracy)
    text = _for_model(text)
    try:
        values = det.compute_language_confidence_values(text)
    except UnicodeEncodeError:  # a lone surrogate ('\ud800'): the model takes UTF-8 only
        values = det.compute_language_confidence_values(
            text.encode("utf-8", "replace").decode("utf-8")
        )
    return tuple((_code_of(cv.language), cv.value) for cv in values)


# The model is the costliest step of a page; the same line (a menu, a footer,
# a repeated sentence) comes back on many pages of a site and gets the same
# answer, so short texts' answers are kept per process.
_cached_confidences = lru_cache(maxsize=8192)(_confidences)


def _script_of(counts: dict[str, int], non_latin_share: float = 1.0) -> str | None:
    """Dominant script, Han and kana counted together (kana makes it Japanese)."""
    if not counts:
        return None
    han, kana = counts.get(S.HAN, 0), counts.get(S.KANA, 0)
    merged = dict(counts)
    if han or kana:
        merged.pop(S.HAN, None)
        merged.pop(S.KANA, None)
        # Japanese mixes kana into kanji; a single kana among many Han is noise.
        key = S.KANA if kana and kana >= max(1, 0.05 * (han + kana)) else S.HAN
        merged[key] = han + kana
    weight = {s: n * (2 if s in S.WIDE_SCRIPTS else 1) for s, n in merged.items()}
    best = max(weight, key=weight.__getitem__)
    if best == S.LATIN and len(weight) > 1:
        # Latin words in Asian text are mostly names, brands and acronyms: a
        # substantial share of another script decides the language.
        other = max((s for s in weight if s != S.LATIN), key=weight.__getitem__)
        if weight[other] >= non_latin_share * sum(weight.values()):
            return other
    return best


# Han text without kana is Japanese when at least one character in this many
# is written in a form only Japanese uses ("東京都知事選挙", "株価急落"): a
# kanji-only headline. A Chinese paragraph naming one Japanese company
# ("日本経済新聞") has far fewer.
_JA_FORM_EVERY = 10
_HAN_CHAR = re.compile("[\u4e00-\u9fff]")
_JA_FORM = re.compile("[" + "".join(sorted(S.OWN_FORMS["ja"][0])) + "]")


def _japanese_forms(text: str) -> bool:
    """Does Han ``text`` write kanji in Japanese forms, densely enough, and no
    character only Chinese writes? Or, fewer of them, and every other
    character one modern Japanese writes ("大雪警報 新潟県内交通網混乱": one
    form in twelve, the rest shared)?"""
    if _JA_FORM.search(text) is None:  # (most Chinese text: one C-level scan)
        return False
    own, foreign = S.OWN_FORMS["ja"]
    chars = set(text)
    found = own & chars
    if foreign & chars:
        return False
    n_own = sum(text.count(c) for c in found)
    han = _HAN_CHAR.findall(text)
    rest = frozenset(han) - found
    if n_own * _JA_FORM_EVERY >= len(han):
        # (a Simplified form no Japanese writes, 报 of a Chinese line naming
        # a Japanese paper, still says Chinese; old forms may be a name's, 澤)
        return all(map(_japanese_kanji, rest))
    return _all_written_in_japanese(rest)


@lru_cache(maxsize=1)
def _japanese_old_forms():
    """pykakasi's table of old and variant kanji forms modern Japanese writes
    otherwise (會 for 会, 發 for 発; a small table shipped inside the
    package), or None where it cannot be read."""
    try:
        from pykakasi.kanji import Itaiji

        return Itaiji()
    except Exception:  # noqa: BLE001 - no table: no second look
        return None


def _japanese_kanji(c: str) -> bool:
    """Is ``c`` a kanji of Japanese's character set (JIS X 0208 and the
    vendors' extra kanji, Python's cp932 codec: 髙, 﨑 of names)? Simplified
    Chinese forms (报, 贬, 们) are not."""
    try:
        c.encode("cp932")
    except UnicodeEncodeError:
        return False
    return True


def _all_written_in_japanese(chars: frozenset[str]) -> bool:
    """Does modern Japanese write every one of ``chars``: a kanji of its
    character set and no old form Japanese now writes otherwise? A Chinese
    line naming a Japanese paper writes a Simplified form outside the set
    (报, 贬) or a Traditional one Japanese has replaced (會, 發, 顯)."""
    old_forms = _japanese_old_forms()
    if old_forms is None:
        return False
    return all(_japanese_kanji(c) and not old_forms.haskey(ord(c)) for c in chars)


@lru_cache(maxsize=64)
def _written_in(languages: tuple[str, ...], script: str) -> tuple[str, ...]:
    """The configured languages written in ``script`` (Han: Japanese when no
    other is), in their order: once per language set and script, not once per block."""
    cands = tuple(lang for lang in languages if S.script_of_lang(lang) == script)
    if script == S.HAN and not cands:
        cands = tuple(lang for lang in languages if lang == "ja")
    return cands


@lru_cache(maxsize=1)
def _forms_of_one_standard() -> tuple[frozenset[str], frozenset[str]]:
    """(characters only Simplified Chinese writes, characters only
    Traditional Chinese writes), from OpenCC's tables: a Simplified form
    whose Traditional candidates are all other characters (数 -> 數, 写 ->
    寫; not 台, whose candidates include itself), and a Traditional form
    with another Simplified one (過 -> 过, 規 -> 规) that no Simplified
    line writes as itself. Both empty without the tables."""
    from ..wordseg import simplified_to_traditional, traditional_to_simplified

    forms = simplified_to_traditional()
    simplified_only = {simp for simp, trads in forms.items() if simp not in trads}
    traditional_only = {chr(cp) for cp in traditional_to_simplified()} - forms.keys()
    return frozenset(simplified_only), frozenset(traditional_only)


_BOTH_STANDARDS_MIN_HAN = 6


def _both_standards_in_japanese(text: str) -> bool:
    """Does Han ``text`` write a form only Simplified Chinese writes and one
    only Traditional Chinese writes, every character a kanji modern
    Japanese writes? No Chinese line mixes its two standards so; Japanese,
    whose forms follow neither, does ("新規感染者数 過去最多": 数 as
    Simplified, 規 and 過 as Traditional). Six Han characters at least: a
    headline's, not an interjection's (Cantonese "唔該晒" writes 該 and 晒)."""
    han = _HAN_CHAR.findall(text)
    if len(han) < _BOTH_STANDARDS_MIN_HAN:
        return False
    simplified_only, traditional_only = _forms_of_one_standard()
    chars = frozenset(han)
    if not (chars & simplified_only and chars & traditional_only):
        return False
    return _all_written_in_japanese(chars)


def _by_script(script: str, text: str, settings: LangSettings) -> str | None:
    if (
        script == S.HAN
        and "ja" in settings.languages
        and (_japanese_forms(text) or _both_standards_in_japanese(text))
    ):
        return "ja"
    cands = _written_in(tuple(settings.languages), script)
    if script not in (S.HAN, S.KANA, S.THAI, S.HANGUL):
        # Cyrillic, Arabic, Devanagari ... are shared by many languages, and
        # the set may hold none or only one of them (Ukrainian is not Russian)
        # (a short line of three words or more is checked with the margin
        # of the short open-set check: "Дякую всім за підтримку!")
        other = _outside_set(
            text, len(text), settings, len(_WORDS.findall(text)), True, script
        )
        if other:
            return other
        if not cands:
            other = _within_script(text, script, settings)
            if other:
                return other
    if len(cands) == 1:
        return cands[0]
    if len(cands) > 1:
        for lang, _ in _lingua_confidences(text, settings):
            if lang in cands:
                return lang
    if script == S.HAN:
        return "zh"
    return S.SINGLE_LANGUAGE_SCRIPTS.get(script)


# CLD2 codes that are another name of an ISO 639-1 code, or a variant
# newsline reports under the plain code.
# ("no", CLD2's Norwegian, is written Bokmål: "nb" is the code lingua knows)
_CLD2_CODES = {"iw": "he", "jw": "jv", "zh-Hant": "zh", "zh-Hans": "zh", "in": "id", "no": "nb"}

# Languages CLD2 often names for each other on a short line (it read two
# Bokmål lines as Nynorsk): lingua, confirming CLD2's language outside the
# set, is given its close neighbours too, and names which of them it is.
_CLOSE_NEIGHBOURS: dict[str, tuple[str, ...]] = {
    "nb": ("nn", "da", "sv"),
    "nn": ("nb", "da", "sv"),
    "da": ("nb", "nn", "sv"),
    "sv": ("nb", "nn", "da"),
    "cs": ("sk",),
    "sk": ("cs",),
    "hr": ("bs", "sr"),
    "bs": ("hr", "sr"),
    "sr": ("hr", "bs"),
    "nl": ("af",),
    "af": ("nl",),
}


@lru_cache(maxsize=16)
def _script_family(script: str) -> tuple[str, ...]:
    """The languages lingua has a model of that are written in ``script``
    (Cyrillic: ru, uk, bg, sr, mk, be, kk, mn; Arabic: ar, fa, ur)."""
    return tuple(
        sorted(lang for lang, s in S.SCRIPT_OF_LANG.items() if s == script and lingua_knows(lang))
    )


def _within_script(text: str, script: str, settings: LangSettings) -> str | None:
    """The language of a line in a script several languages share (Arabic,
    Devanagari) that the configured set writes none of and the open-set
    check cannot place (too short, or CLD2 unsure): lingua reads it among
    that script's languages only. An Arabic headline is some language of
    the script, not none. None when the model has no answer."""
    family = _script_family(script)
    if len(family) < 2:
        return None
    return _first_among(text, family, settings)


def _first_among(text: str, languages: tuple[str, ...], settings: LangSettings) -> str | None:
    """lingua's first answer for ``text`` among ``languages`` only (every
    n-gram for a text short enough, as for the configured set), None when
    it has none."""
    high = settings.high_accuracy and len(text) <= settings.high_accuracy_max_chars
    if len(text) > _CACHED_TEXT_CHARS:
        conf = _confidences(text, languages, high)
    else:
        conf = _cached_confidences(text, languages, high)
    return conf[0][0] if conf and conf[0][1] > 0 else None


@lru_cache(maxsize=64)
def lingua_knows(code: str | None) -> bool:
    """Whether lingua has a model for the ISO 639-1 ``code``."""
    try:
        from lingua import IsoCode639_1
    except ImportError:  # pragma: no cover - lingua is a dependency
        return False
    return bool(code) and getattr(IsoCode639_1, code.upper(), None) is not None


# Languages CLD2 names and lingua has no model of, with words of the
# neighbour CLD2 takes them for that they never write: CLD2 calls some
# Spanish lines Galician ("ÚLTIMA HORA: DIMITE EL MINISTRO ..."), and
# Galician writes o/a/os/as, do/da, e and unha for Spanish's articles,
# del/al, y and una.
_NEIGHBOUR_ONLY_WORDS: dict[str, frozenset[str]] = {
    "gl": frozenset({"el", "la", "los", "las", "del", "al", "y", "una", "unos", "unas"}),
    # Cebuano (CLD2 tells it from Tagalog; lingua has neither the one nor,
    # in the set, the other) writes ug/og, dili, kini/kana, sa for
    # Tagalog's at, hindi, ito/iyon, ng and Indonesian's dan, tidak, ini/itu
    "ceb": frozenset(
        {
            *("ng", "at", "ay", "hindi", "ito", "iyon", "iyan", "po", "naman", "yung"),
            *("kasi", "dahil", "ngayon", "lamang", "natin", "namin"),
            *("yang", "dan", "tidak", "ini", "itu", "dengan", "untuk", "akan", "dari"),
        }
    ),
    # Uzbek in Latin letters (lingua has no model of it; CLD2 tells it from
    # Turkish and Azerbaijani) writes va, bilan, uchun, emas where
    # Indonesian and Malay write dan, dengan, untuk, tidak and Turkish and
    # Azerbaijani ve/və, ile/ilə, için/üçün
    "uz": frozenset(
        {
            *("yang", "dan", "di", "ini", "itu", "dengan", "untuk", "dari", "akan", "tidak"),
            *("pada", "adalah", "ke", "ada", "juga", "oleh", "telah", "sudah"),
            *("ve", "ile", "için", "gibi", "daha", "çok", "ama", "değil"),
            *("və", "ilə", "üçün", "çox", "amma", "deyil"),
        }
    ),
    # Nepali (lingua has no model of it; it alone would read a Nepali line
    # among Hindi and Marathi) writes छ/छन्, हो, र, -मा, -ले, -को and पनि
    # where Hindi writes है/हैं, था, और, में, ने, का/की/के, भी and Marathi
    # आहे/आहेत, आणि, केले
    "ne": frozenset(
        {
            *("है", "हैं", "था", "थे", "थी", "में", "ने", "से", "का", "की", "के", "और", "भी"),
            *("नहीं", "यह", "वह", "गया", "गई", "गए", "रहा", "रही", "रहे", "हुआ", "हुई"),
            *("आहे", "आहेत", "होते", "होता", "आणि", "केले", "झाले", "नाही"),
        }
    ),
}


# The accents (combining marks, once decomposed) the Latin letters of each
# language of the default set carry. A letter with another mark (Czech ě ř
# ů, Polish ą ę ż, Slovak ľ ô, Hungarian ő, Romanian ș) is written by none of
# them: a line carrying one is outside the set, and two words of it are
# enough for the short open-set check ("Nejnovější zprávy" read as Spanish).
_LATIN_MARKS_OF: dict[str, frozenset[str]] = {
    "en": frozenset(),
    "id": frozenset(),
    "ms": frozenset(),
    "de": frozenset("\u0308"),
    "es": frozenset("\u0301\u0303\u0308"),
    "fr": frozenset("\u0300\u0301\u0302\u0308\u0327"),
    # grave, acute, circumflex, tilde, breve, horn, dot below, hook above
    "vi": frozenset("\u0300\u0301\u0302\u0303\u0306\u031b\u0323\u0309"),
}
_FEW_WORDS_MIN = 2
_FEW_WORDS_MIN_LETTERS = 10


@lru_cache(maxsize=8)
def _marks_written(languages: tuple[str, ...]) -> frozenset[str] | None:
    """The marks the Latin letters of ``languages`` carry; None when one of
    them writes Latin and is not in the table (its marks unknown)."""
    marks: set[str] = set()
    for lang in languages:
        if lang in _LATIN_MARKS_OF:
            marks |= _LATIN_MARKS_OF[lang]
        elif S.script_of_lang(lang) == S.LATIN:
            return None
    return frozenset(marks)


def _marks_no_configured_language_writes(words: list[str], settings: LangSettings) -> bool:
    """Does a word carry a letter with a mark no configured language writes?"""
    marks = _marks_written(tuple(settings.languages))
    if marks is None:
        return False
    decomposed = unicodedata.normalize("NFD", "".join(w for w in words if not w.isascii()))
    return any(unicodedata.combining(c) and c not in marks for c in decomposed)


def _outside_set(
    text: str,
    letters: int,
    settings: LangSettings,
    words: int = 0,
    few_words: bool = False,
    script: str = S.LATIN,
) -> str | None:
    """A language outside ``settings.languages`` when CLD2 is sure of it
    (see ``LangSettings.open_set_min_letters``), else None. A line too short
    for that but of ``words`` words or more is checked with a margin (see
    ``LangSettings.open_set_short_min_words``); with ``few_words`` (the line
    itself says it may be outside the set: a letter none of the set writes,
    a script several languages share), two words of ten letters are enough.
    ``script`` is the line's script."""
    if not settings.open_set_min_letters:
        return None
    short = letters < settings.open_set_min_letters
    if few_words:
        min_words, min_letters = _FEW_WORDS_MIN, _FEW_WORDS_MIN_LETTERS
    else:
        min_words = settings.open_set_short_min_words
        min_letters = settings.open_set_short_min_letters
    if short and (
        not settings.open_set_short_min_words or words < min_words or letters < min_letters
    ):
        return None
    reliable, details, _ = _cld2_details(text)
    if not reliable:
        # CLD2 refuses some plain lines (a Swedish sentence, Taglish): its
        # best guess is a candidate only, which the model must then put
        # clearly first, as for a short line
        details, short = _cld2_best_guess(text), True
    if not details:
        return None
    _, code, percent, _ = details[0]
    code = _CLD2_CODES.get(code, code)
    if percent < settings.open_set_min_percent or code in ("un", "xx") or "-" in code:
        return None
    if code in settings.languages:
        return None
    # A second, independent opinion: lingua, given that language besides the
    # configured ones, must rank it first. CLD2 alone calls some Spanish
    # lines Galician and some Russian ones Serbian.
    if not lingua_knows(code):
        # lingua cannot confirm it: a language with a neighbour's words to
        # tell it by takes CLD2's word where none is there and the line is
        # in its script (CLD2 names Uzbek for some Russian names); any other
        # stays with the configured set
        if S.script_of_lang(code) != script:
            return None
        neighbour_words = _NEIGHBOUR_ONLY_WORDS.get(code)
        if neighbour_words is None:
            return None
        words_here = {w.casefold() for w in _WORDS.findall(text)}
        return None if neighbour_words & words_here else code
    neighbours = _CLOSE_NEIGHBOURS.get(code, ())
    kin: tuple[str, ...] = ()
    if reliable and script != S.LATIN and S.script_of_lang(code) == script:
        # a short line in a shared script: CLD2, sure of it, names one of
        # the script's languages for another ("Главни новини на деня",
        # Bulgarian, as Serbian), and the model tells them apart among the
        # script's own (see _kin_or_code); CLD2's guesses where it is not
        # sure (two Russian names as Belarusian) are left to the set
        kin = tuple(k for k in _script_family(script) if k not in neighbours)
    group = (code,) + tuple(
        n
        for n in (*neighbours, *kin)
        if n != code and n not in settings.languages and lingua_knows(n)
    )
    # lingua's model of a language written in two scripts reads one of
    # them (Serbian: Cyrillic): on the other, CLD2's word names it once the
    # model puts one of its neighbours first ("Hleb i mleko poskupeli ..."
    # scored 0 as Serbian, first as Bosnian)
    other_script = S.script_of_lang(code) != script
    if short:
        # CLD2 is often wrong on a few words: the model must read the line
        # with all its n-grams and put the language clearly first, ahead of
        # every configured one (a close neighbour may come second)
        conf = _cached_confidences(text, (*settings.languages, *group), settings.high_accuracy)
        if not conf or conf[0][0] not in group:
            return None
        rest = next((v for lang, v in conf if lang not in group), 0.0)
        if conf[0][1] < settings.open_set_short_margin * rest:
            return None
        if other_script:
            return code
        return _kin_or_code(conf, code, kin, settings.open_set_short_margin)
    # low-accuracy mode (trigrams only): half the memory, and it only has to
    # confirm what CLD2 already found
    confirming = (code,) if not other_script else group
    conf = _confidences(text, (*settings.languages, *confirming), False)
    if (not conf or conf[0][0] not in confirming) and (
        settings.high_accuracy and len(text) <= settings.high_accuracy_max_chars
    ):
        # trigrams alone miss some lines of a sentence's length (a Romanian
        # one read as Spanish): there, the model reads it with every n-gram
        conf = _cached_confidences(text, (*settings.languages, *confirming), True)
    if not conf or conf[0][0] not in confirming:
        return None
    if len(group) == 1 or other_script:
        return code
    if kin:
        high = settings.high_accuracy and len(text) <= settings.high_accuracy_max_chars
        conf = _cached_confidences(text, group, high)
        return _kin_or_code(conf, code, kin, settings.open_set_short_margin) if conf else code
    # which of the close neighbours: trigrams alone cannot tell Bokmål from
    # Danish, so a line the model reads in full reads with every n-gram
    return _first_among(text, group, settings) or code


def _kin_or_code(
    conf: tuple[tuple[str, float], ...], code: str, kin: tuple[str, ...], margin: float
) -> str:
    """The model's first language, where it is CLD2's ``code`` or a close
    neighbour of it; a language merely of the same script (``kin``) only
    where the model puts it ``margin`` times ahead of ``code``: on three
    words the model hesitates between Ukrainian and Belarusian ("Дякую за
    увагу"), where CLD2's word stands."""
    first, value = conf[0]
    if first in kin and value < margin * dict(conf).get(code, 0.0):
        return code
    return first


# Romanian's s and t with a comma below (U+0218..U+021B), the forms its
# standard writes, are letters CLD2's tables hardly know: it learnt Romanian
# from text in the older cedilla forms (ş ţ) and refuses a line with a few
# of the others. Both forms are two bytes in UTF-8, so CLD2's chunk offsets
# still fall on the line as written.
_CLD2_LETTER_FORMS = str.maketrans("ȘșȚț", "ŞşŢţ")


@lru_cache(maxsize=64)
def _cld2_best_guess(text: str) -> tuple:
    """CLD2's top three where it is not sure (its best-effort mode), empty
    when it refuses the text."""
    try:
        import pycld2

        return pycld2.detect(text.translate(_CLD2_LETTER_FORMS), bestEffort=True)[2]
    except Exception:  # noqa: BLE001 - odd bytes CLD2 refuses: no opinion
        return ()


# a line the first pass leaves to lingua is asked of CLD2 again by the
# open-set check (_outside_set): the last few answers are kept
@lru_cache(maxsize=64)
def _cld2_details(text: str) -> tuple[bool, tuple, tuple]:
    """CLD2's (reliable, top three (name, code, percent, score), chunks
    (offset, bytes, name, code)); unreliable and empty when it refuses the
    text (odd bytes)."""
    try:
        import pycld2

        reliable, _, details, chunks = pycld2.detect(
            text.translate(_CLD2_LETTER_FORMS), returnVectors=True
        )
    except Exception:  # noqa: BLE001 - odd bytes CLD2 refuses: no opinion
        return False, (), ()
    return reliable, details, chunks


# a stretch in double quotes or guillemets of a line ("…", “…”, «…», „…“):
# single quotes are apostrophes too often to pair
_QUOTED = re.compile(r'"[^"\n]{1,300}"|“[^”\n]{1,300}”|«[^»\n]{1,300}»|„[^“”\n]{1,300}[“”]')
# words a line must keep outside its quotes for them to tell its language,
# and their least share of the quotes' words (in quarters)
_UNQUOTED_MIN_WORDS = 3
_UNQUOTED_MIN_QUARTERS = 3


def _unquoted(text: str) -> str:
    """The line less its quotes, where three words or more stay, and three
    for every four quoted: a quote is another speaker's words, maybe in
    another language, and the sentence around it is the line's ('El
    entrenador admitió que "we were not good enough today" tras la
    derrota' read as English to CLD2 and lingua). A line that is mostly
    its quote ('"Gracias", dijo.'), or its title between guillemets used
    as arrows ('« ... 17 words ... » No comments yet.'): itself."""
    if '"' not in text and "“" not in text and "«" not in text and "„" not in text:
        return text
    outside = _QUOTED.sub(" ", text)
    if outside == text:
        return text
    kept = len(latin_words(outside))
    quoted = len(latin_words(text)) - kept
    if kept < _UNQUOTED_MIN_WORDS or 4 * kept < _UNQUOTED_MIN_QUARTERS * quoted:
        return text
    return outside


def _first_pass_unquoted(text: str, words: list[str], settings: LangSettings) -> str | None:
    """The first pass on the line less its quotes (see _unquoted). Where
    that is too short for CLD2 alone and the model's confirmation fails
    (lingua put a French sentence naming "Brasília" first as Vietnamese,
    from its letters à and í), CLD2's answer for the whole line stands if
    CLD2 gives the same for the line less its quotes."""
    unquoted = _unquoted(text)
    if unquoted is text:
        return _first_pass(text, words, settings)
    first = _first_pass(unquoted, latin_words(unquoted), settings)
    if first:
        return first
    whole = _first_pass(text, words, settings)
    reliable, details, _ = _cld2_details(unquoted)
    if whole and reliable and details and _CLD2_CODES.get(details[0][1], details[0][1]) == whole:
        return whole
    return None


def _first_pass(text: str, words: list[str], settings: LangSettings) -> str | None:
    """The language CLD2 is sure of, for a line it can decide without
    lingua, else None (see ``LangSettings.first_pass_languages``).

    ``words`` are the line's Latin words; ``text`` is the line as the model
    would read it (addresses and handles gone, and quotes, see _unquoted)."""
    trusted = settings.first_pass_languages
    if not trusted or len(words) < 3:
        return None
    # a line of names (at least a third capitalised): the names' letters,
    # not the line's few words, would decide ("Donald Trump se sumó a una
    # marcha en Washington" reads as English to both CLD2 and lingua's
    # cheap mode)
    if 3 * sum(1 for w in words if w[0].islower()) < 2 * len(words):
        return None
    letters = sum(map(len, words))
    if letters < settings.open_set_short_min_letters:
        return None
    reliable, details, chunks = _cld2_details(text)
    if not reliable or not details:
        return None
    _, code, percent, _ = details[0]
    code = _CLD2_CODES.get(code, code)
    if percent < settings.first_pass_min_percent:
        return None
    if code not in trusted or code not in settings.languages:
        return None
    # CLD2 answers English for text it cannot read, and then labels its
    # chunks unknown: every chunk (nearly) must carry the language it named
    labelled = sum(n for _, n, _, c in chunks if _CLD2_CODES.get(c, c) == code)
    if 10 * labelled < 9 * len(text.encode("utf-8", "replace")):
        return None
    if letters >= settings.first_pass_alone_min_letters:
        return code
    if not (settings.high_accuracy and len(text) <= settings.high_accuracy_max_chars):
        return None  # the model's answer would come from the cheap mode anyway
    # a shorter line: lingua's cheap mode must agree, clearly, in place of
    # the costlier high-accuracy mode
    conf = _cached_confidences(text, tuple(settings.languages), False)
    if not conf or conf[0][0] != code:
        return None
    if len(conf) > 1 and conf[1][1] > settings.first_pass_confirm_margin * conf[0][1]:
        return None
    return code


# A web address, an e-mail address or a bare domain: letters of no language.
_ADDRESS = re.compile(
    r"(?<!\S)(?:[a-z][a-z0-9+.-]*://\S*|www\.\S+|[^\s@]+@[^\s@]+\.[^\W\d_]{2,}\S*"
    r"|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:/\S*)?)(?!\S)",
    re.IGNORECASE,
)


# What every match of _ADDRESS holds (same flags, so the same letters): '://',
# an '@', 'www.' or a dot before a letter. A sentence's full stop is followed
# by a space or nothing, so most sentences hold none.
_MAY_HOLD_ADDRESS = re.compile(r"://|@|www\.|\.[a-z]", re.IGNORECASE)


def _without_addresses(text: str) -> str:
    """The text less its web and e-mail addresses ("www.example.vn",
    "https://…", "desk@paper.fr"): their letters are no language's, and
    they count as unaccented words against a Vietnamese line's marks."""
    if "." not in text and "@" not in text:
        return text
    if _MAY_HOLD_ADDRESS.search(text) is None:
        return text
    return _ADDRESS.sub(" ", text)


def _no_language(words: list[str], min_repeats: int) -> bool:
    """One word said over and over ("word word word", "ha ha ha ha"): the
    model still names a language for it (the one whose trigrams the word
    happens to hold), and the Vietnamese shape test calls any short
    repeated syllable Vietnamese. Words with no vowel stay the model's:
    Vietnamese writes its acronyms so ("tphcm", "bhxh")."""
    if len(words) < min_repeats:
        return False
    # (stops at the first other word, mostly the second, instead of a set of all)
    first = words[0].casefold()
    return all(w.casefold() == first for w in words)


# A social-media handle ("@desk_news", "@VnExpress") or hashtag ("#Hanoi",
# "#FloodWatch"): an account's name or a tag, no language's word; a line of
# tags only has no language. (The mark before it is matched, not looked
# behind for; e-mail addresses are gone by then; "C#" is no tag.) A handle
# may hold dots ("@mai.anh.nguyen"): its parts are no words either.
_HANDLE = re.compile(r"(^|[^\w.@])[@#]\w+(?:\.\w+)*")


_HASHTAG = re.compile(r"(?:^|(?<=[^\w.@]))#(\w+)")


def _language_of_tags(text: str, settings: LangSettings) -> str | None:
    """The language of a line of hashtags only: Vietnamese when, as for a
    line of words, most of its tags carry marks and one a letter only
    Vietnamese writes ("#ĐàLạtMùaMưa #bánhcuốnnóng": words run together,
    their marks still Vietnamese's); None otherwise ("#Hanoi #Bangkok",
    "#Köln", handles), as tags are names more than words."""
    if "vi" not in settings.languages:
        return None
    tags = _HASHTAG.findall(text)
    if not tags:
        return None
    share, vi_only = marked_share(tags)
    if vi_only and share >= settings.vi_marked_word_share:
        return "vi"
    return _language_of_tag_phrases(tags, settings)


def _camel_case_words(tag: str) -> list[str]:
    """The words of a tag run together in camel case ("SaveTheOcean":
    Save, The, Ocean; "CuộcSống": Cuộc, Sống), each letter run parted
    before a capital that follows a lower-case letter."""
    words: list[str] = []
    for run in _GRAMMAR_WORD.findall(tag):
        start = 0
        for i in range(1, len(run)):
            if run[i].isupper() and run[i - 1].islower():
                words.append(run[start:i])
                start = i
        words.append(run[start:])
    return words


# words the tags of a line must hold, one a grammar word, to be phrases
_TAG_PHRASE_MIN_WORDS = 4


def _language_of_tag_phrases(tags: list[str], settings: LangSettings) -> str | None:
    """Tags that are phrases run together ("#SaveTheOcean #ClimateAction",
    "#CampeonesDelMundo"): a grammar word inside a tag ("the", "del")
    makes them a language's phrase, no name's, and the words read in lower
    case tell which. Tags of names and nouns ("#RiverWatch #Flood",
    "#Hamburg #Köln") stay in no language."""
    from ..clean.cues import STOPWORDS

    split = [[w.lower() for w in _camel_case_words(tag)] for tag in tags]
    words = [w for tag_words in split for w in tag_words]
    if len(words) < _TAG_PHRASE_MIN_WORDS:
        return None
    grammar = {w for lang in settings.languages for w in STOPWORDS.get(lang, ()) if len(w) > 1}
    # (inside a tag, after its first word: a name may open with an article,
    # "#LosAngeles", "#LeMans")
    if not any(grammar.intersection(tag_words[1:]) for tag_words in split):
        return None
    return _latin(" ".join(words), settings)


# lower-case words of two letters or more a line of names must have for
# them alone to tell its language ("s" of "Madrid's" and "d" of "d'Or" are
# no such words)
_NAMES_LINE_OWN_WORDS = 3
_SENTENCE_WORD_MAX_LETTERS = 3
# how far the model must put its first answer for those words ahead of its
# second for them to decide
_OWN_WORDS_MARGIN = 2.0


def _own_words_of_names_line(text: str, words: list[str]) -> str:
    """A line of names (a third of its words or more capitalised) with
    three lower-case words or more: the line less its names, for the model
    to read ("Marine Le Pen and Jean-Luc Mélenchon clash over pensions":
    "and clash over pensions"). Names keep their own language's letters,
    and the model read such a line as the names' language (fr, pt, es, id);
    the words between them are the line's. A name is a run of two
    capitalised words or more; a capitalised word alone stays (a German
    noun, a month, an office), and so does a short first word, capitalised
    for the sentence's sake ("El", "The", "Il"). Any other line: itself."""
    lower = [w for w in words if not w[:1].isupper()]
    if 3 * len(lower) >= 2 * len(words):
        return text
    if sum(1 for w in lower if len(w) > 1) < _NAMES_LINE_OWN_WORDS:
        return text
    own: list[str] = []
    for i, (capital, run) in enumerate(itertools.groupby(words, key=lambda w: w[:1].isupper())):
        run = list(run)
        if capital and len(run) > 1:
            if i == 0 and len(run[0]) <= _SENTENCE_WORD_MAX_LETTERS:
                own.append(run[0])
            continue
        own.extend(run)
    return " ".join(own) if len(own) < len(words) else text


def _as_written(text: str) -> str:
    """The text as its writer wrote it, for reading its language only: HTML
    character references a page's markup left in ("L&rsquo;Assembl&eacute;e",
    "Read more &raquo;": "eacute" and "raquo" are no words of the line's
    language, and they cut its words in two) resolved, and UTF-8 read as
    Windows-1252 ("prÃ©sident", "Itâ€™s", "Ã¢â‚¬Â¢") decoded again."""
    text = resolve_char_references(text)
    if not text.isascii() and MOJIBAKE_MARKS.search(text):
        import ftfy

        text = ftfy.fix_encoding(text)
    return text


# Code-switching borrows content words (nouns, verbs, adjectives: "le CEO a
# pitché la roadmap au board") and keeps the grammar words of the sentence's
# own language; the model counts letters, and a line with enough borrowed
# words reads as their language. When its second answer has at least this
# share of its first, a line whose lower-case grammar words (clean.cues'
# function words) are only the second's, two different ones or more, is the
# second's.
_MATRIX_MARGIN = 0.5
_MATRIX_MIN_WORDS = 2
_GRAMMAR_WORD = re.compile(r"[^\W\d_]+")


def _matrix_language(text: str, first: str, second: str) -> str | None:
    """``first`` or ``second`` when the line's lower-case function words are
    only that language's (two different ones at least), else None."""
    own = _function_words(first, second)
    if own is None:
        return None
    words = _GRAMMAR_WORD.findall(text)
    # (a sentence's first word is capitalised for the sentence's sake)
    lower = {w for w in words[1:] if w.islower()}
    if words:
        lower.add(words[0].lower())
    firsts, seconds = lower & own[0], lower & own[1]
    if seconds and not firsts and len(seconds) >= _MATRIX_MIN_WORDS:
        return second
    if firsts and not seconds and len(firsts) >= _MATRIX_MIN_WORDS:
        return first
    return None


@lru_cache(maxsize=64)
def _function_words(first: str, second: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """The function words of ``first`` that ``second`` does not write, and
    of ``second`` that ``first`` does not; None when either has no list."""
    from ..clean.cues import STOPWORDS

    if first not in STOPWORDS or second not in STOPWORDS:
        return None
    a, b = frozenset(STOPWORDS[first]), frozenset(STOPWORDS[second])
    return a - b, b - a


def _latin(text: str, settings: LangSettings) -> str | None:
    langs = settings.languages
    text = _as_written(text)
    # decomposed accents ("Quo\u0302\u0301c", as some editors and macOS file
    # names write them): a combining mark is no letter, so it would cut each
    # word in two and hide Vietnamese's own letters from the orthography
    # checks and the model; only the language is answered here, so the
    # composed form may be shorter than the text
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    # a line of addresses or handles only has no language's letters at all
    text = _without_addresses(text)
    tagged = ""
    if "@" in text or "#" in text:
        tagged, text = text, _HANDLE.sub(r"\1 ", text)
    words = latin_words(text)
    if not words:
        return _language_of_tags(tagged, settings) if tagged else None
    if _no_language(words, settings.repeated_word_min):
        return None
    share, vi_only = marked_share(words)
    if vi_only and breve_a_of_another_language(words):
        vi_only = 0  # (ă is Romanian's here)
    if vi_only:  # (only a line with a Vietnamese letter needs a second look)
        # Vietnamese names in another language's line: read the line without them
        rest = without_vietnamese_names(text, words)
        if rest is not None:
            text, words = rest, latin_words(rest)
            share, vi_only = marked_share(words)
        elif share < settings.vi_marked_word_share:
            # brand names may have outvoted the line's own marked words
            share, vi_only = marked_share(own_words(words))
    if "vi" in langs and vi_only and share >= settings.vi_marked_word_share:
        return "vi"
    # (below the share that counts, the exact figure is never needed)
    fit = syllable_fit_at_least(words, settings.vi_syllable_fit) if "vi" in langs else 0.0
    if fit < settings.vi_syllable_fit and not vi_only:
        # (text shaped like Vietnamese syllables is left to the model and
        # the shape test below: CLD2 reads unaccented Vietnamese as Xhosa;
        # a line with Vietnamese letters too: CLD2 names only its bulk)
        first = _first_pass_unquoted(text, words, settings)
        if first:
            return first
    # (only lines left to the model: one call or more of it costs far more)
    if "zh" in langs and is_pinyin(words):
        return "zh"
    # (the model reads a line of names by its own words; the Vietnamese
    # checks above and CLD2's open-set check read all of them)
    own_text = _own_words_of_names_line(text, words)
    conf = _lingua_confidences(own_text, settings)
    if own_text is not text and len(conf) > 1 and conf[0][1] < _OWN_WORDS_MARGIN * conf[1][1]:
        # the words alone hesitate between neighbours (Indonesian and
        # Malay, whose capitalised words, a month's or an office's name,
        # tell them apart): the whole line decides
        conf = _lingua_confidences(text, settings)
    unquoted = _unquoted(text)
    if conf and unquoted is not text:
        # the sentence around a quote, where the model is clearly of
        # another mind about it than about the whole line and the quotes
        # alone read as the whole line's language: the quote pulled the
        # line over (an arrow's title in guillemets on a Malay page, read
        # as English, did not, and the line keeps its answer)
        outside = _lingua_confidences(unquoted, settings)
        if (
            outside
            and outside[0][0] != conf[0][0]
            and dict(outside).get(conf[0][0], 0.0) < _MATRIX_MARGIN * outside[0][1]
        ):
            quotes = _lingua_confidences(" ".join(_QUOTED.findall(text)), settings)
            if quotes and quotes[0][0] == conf[0][0]:
                text, conf = unquoted, outside
    if not conf:
        return None
    top, top_value = conf[0]
    if len(conf) > 1 and conf[1][1] >= _MATRIX_MARGIN * top_value:
        # a close call: the line's grammar words may say which language
        # its borrowed words sit in
        second = conf[1][0]
        if _matrix_language(text, top, second) == second:
            top, top_value = conf[1]
    if (
        "vi" in langs
        and top != "vi"
        and share < settings.vi_marked_word_share
        and fit >= settings.vi_syllable_fit
    ):
        if len(words) >= settings.vi_syllable_min_words:
            return "vi"
        # One or two words: the shape only tips a close call.
        vi_value = dict(conf).get("vi", 0.0)
        if fit == 1.0 and vi_value >= 0.5 * top_value:
            return "vi"
    if (
        top != "vi"
        and not fit
        and not vi_only
        and len(words) >= settings.vi_syllable_min_words
        and _vietnamese_with_loanwords(text, words, settings)
    ):
        return "vi"
    # Not for text shaped like Vietnamese syllables: unaccented Vietnamese
    # reads as Xhosa or Tagalog to CLD2.
    if fit < settings.vi_syllable_fit:
        other = _outside_set(
            text,
            sum(map(len, words)),
            settings,
            len(words),
            _marks_no_configured_language_writes(words, settings),
        )
        if other:
            return other
    return top if top_value > 0 else None


def _vietnamese_with_loanwords(text: str, words: list[str], settings: LangSettings) -> bool:
    """Is an unaccented line short of the syllable share that makes it
    Vietnamese alone still Vietnamese: most of its words Vietnamese
    syllables and the rest English words in a Vietnamese sentence ("nay team
    minh di team building o Vung Tau"), as CLD2 reliably reads it? The
    model reads the loanwords' letters as English. (On the eval sets'
    sentences and word pairs in the other eleven languages, no line passes
    both checks.)"""
    if "vi" not in settings.languages:
        return False
    # (CLD2 first: mostly asked already by the first pass, its answer kept)
    reliable, details, _ = _cld2_details(text)
    if not (reliable and details and details[0][1] == "vi"):
        return False
    if details[0][2] < settings.first_pass_min_percent:
        return False
    return bool(syllable_fit_at_least(words, settings.vi_loanword_syllable_fit))


def detect_language(text: str, settings: LangSettings | None = None) -> str | None:
    """ISO 639-1 code of the text's language, or None when it has no letters."""
    settings = settings or _DEFAULT
    try:
        text = S.strip_controls(text or "")
        counts = S.script_counts(text)
        script = _script_of(counts, settings.non_latin_min_share)
        if script is None:
            return None
        if script == S.LATIN and len(counts) > 1:
            script = _beside_names(text, counts)
        if script == S.LATIN:
            return _latin(text, settings)
        lang = _by_script(script, text, settings)
        if lang is None and counts.get(S.LATIN, 0) > counts[script]:
            # a short quote in a script the model cannot place inside a
            # Latin sentence ('PM Modi said "सबका साथ, सबका विकास" remains
            # ...'): the sentence's own words tell its language
            return _latin(text, settings)
        return lang
    except Exception:  # noqa: BLE001 - a language guess must never sink a document
        return None


# a lower-case word this short between names ("vs", "x", "&"'s "n") joins
# them, as a mark would ("Galaxy S25 vs iPhone 16 ต่างกันยังไง"); one in
# this many Latin words at most, or the words are a phrase of their own
_JOINER_MAX_LETTERS = 2
_WORDS_PER_JOINER = 3


def _beside_names(text: str, counts: dict[str, int]) -> str:
    """The script of a line mostly in Latin letters that are only names,
    brands and acronyms, every word with a capital ("รีวิว Samsung Galaxy
    S24 Ultra", "iPhone 16 Pro Max 评测") but a short word joining two of
    them ("vs"): the line's other script, whose words are its language.
    Latin when any other Latin word is a plain word."""
    others = {k: n for k, n in counts.items() if k != S.LATIN}
    words = latin_words(text)
    if not words:
        return S.LATIN
    plain = [w for w in words if w.islower()]
    if plain and (
        any(len(w) > _JOINER_MAX_LETTERS for w in plain)
        or _WORDS_PER_JOINER * len(plain) > len(words)
    ):
        return S.LATIN
    return _script_of(others) or S.LATIN


# --- spans -----------------------------------------------------------------

_OPENERS = set("\"'“‘«「『（([【〈《")
# the mark and the spaces after it: a match ends where a sentence begins
# (a lookbehind first would be tried at every character of the run)
_SENTENCE_END = re.compile(r"[.!?…;]\s+")
_WORDS = re.compile(r"\w+")


class _Run:
    __slots__ = ("end", "letters", "script", "start")

    def __init__(self, script: str, start: int, end: int, letters: int) -> None:
        self.script, self.start, self.end, self.letters = script, start, end, letters


def _script_runs(text: str) -> list[_Run]:
    """Maximal runs of one script; digits, spaces and punctuation between
    letters of the same script stay inside the run."""
    # One match per run (kana runs with Han: Japanese text alternates kana
    # and kanji), not one per word.
    return [_Run(*r) for r in S.script_run_spans(text)]


def _weight(r: _Run) -> int:
    return r.letters * (2 if r.script in S.WIDE_SCRIPTS else 1)


def _absorb_embedded_latin(text: str, runs: list[_Run], max_words: int) -> list[_Run]:
    """Fold short Latin runs (names, acronyms) into neighbouring non-Latin text."""
    out: list[_Run] = []
    if len(runs) == 1:  # (most blocks) no neighbour to fold into: nothing to count
        return runs
    for k, r in enumerate(runs):
        if r.script == S.LATIN and len(_WORDS.findall(text[r.start : r.end])) <= max_words:
            # Only into a neighbour with at least as much text: "Copyright 99云网"
            # stays Latin, "美日NEXT联盟" stays Chinese.
            prev = out[-1] if out else None
            nxt = runs[k + 1] if k + 1 < len(runs) else None
            if prev is not None and prev.script != S.LATIN and _weight(prev) >= r.letters:
                prev.end = r.end
                continue
            if nxt is not None and nxt.script != S.LATIN and _weight(nxt) >= r.letters:
                nxt.start = r.start
                continue
        if out and out[-1].script == r.script:
            out[-1].end, out[-1].letters = r.end, out[-1].letters + r.letters
        else:
            out.append(r)
    return out


# a mark set between spaces that parts a line's halves ("Tin nóng / Breaking
# news", "Bienvenue à Montréal — Welcome to Montreal", "Trang chủ | Home")
_HALVES_MARK = re.compile(r"\s[|/—–-]\s")
# ... or, in a line with Vietnamese letters, a sentence's end ("Xin chào các
# bạn! Hello everyone, ..."): a Vietnamese page's English line beside its
# own; the Vietnamese parts are told by their letters, not by the model
_HALVES_OR_SENTENCE_MARK = re.compile(r"\s[|/—–-]\s|[.!?](?=\s+\w)")
# a half speaks for itself with this many words, two of them plain
# lower-case words of two letters or more: names, an agency, a dateline
# ("HANOI (Reuters) - ...") or a one-word menu item tell no language
_HALF_MIN_WORDS = 3
_HALF_MIN_PLAIN_WORDS = 2


def _halves_spans(text: str, start: int, end: int, settings: LangSettings) -> list[Span] | None:
    """A short line whose halves, between a mark set apart by spaces, are in
    two languages ("Giá vàng tăng mạnh — Gold prices rise sharply"): a span
    for each half, a half too small to speak for itself joining its
    neighbour. None for a line of one language or with no such mark: the
    whole line read as one reads best."""
    piece = text[start:end]
    vietnamese = has_vietnamese_letter(piece)
    marks = _HALVES_OR_SENTENCE_MARK if vietnamese else _HALVES_MARK
    if marks.search(piece) is None:  # (most lines: one C-level scan)
        return None
    bounds = [0] + [m.end() for m in marks.finditer(piece)] + [len(piece)]
    parts = []
    for a, b in itertools.pairwise(bounds):
        words = _WORDS.findall(piece[a:b])
        plain = sum(1 for w in words if len(w) > 1 and w.islower() and not w.isdigit())
        parts.append((a, b, len(words) >= _HALF_MIN_WORDS and plain >= _HALF_MIN_PLAIN_WORDS))
    own = [(a, b) for a, b, speaks in parts if speaks]
    # (before any part is read: two parts must speak for themselves, and in a
    # Vietnamese line one without Vietnamese letters: a part with them reads
    # as Vietnamese all but always, an English sentence naming a Vietnamese
    # person the rare miss; most lines stop here)
    if len(own) < 2 or (vietnamese and all(has_vietnamese_letter(piece[a:b]) for a, b in own)):
        return None
    spans = [
        (start + a, start + b, (speaks and _latin(piece[a:b], settings)) or "")
        for a, b, speaks in parts
    ]
    if len({lang for _, _, lang in spans if lang}) < 2:
        return None
    return _merge(spans)


_MARKS_AFTER_RUN = re.compile(r"[^\w\s]{1,8}")


def _latin_spans(text: str, start: int, end: int, settings: LangSettings) -> list[Span]:
    """Sentence-level languages inside one Latin-script run."""
    piece = text[start:end]
    if len(piece) < 200:
        halves = _halves_spans(text, start, end, settings)
        if halves:
            return halves
        # a run begins at a letter: the "@" of a handle, "#" of a tag or "&"
        # of a character reference is just before it; it ends at one, and a
        # reference's ";" or the last bytes of a mis-decoded character
        # ("Â¢" of "â€¢" read twice) are just after it
        at = 1 if start and text[start - 1] in "@#&" else 0
        after = _MARKS_AFTER_RUN.match(text, end)
        to = after.end() if after else end
        return [(start, end, _latin(text[start - at : to], settings) or "")]
    bounds = [0] + [m.end() for m in _SENTENCE_END.finditer(piece)] + [len(piece)]
    spans: list[Span] = []
    for a, b in itertools.pairwise(bounds):
        if b <= a:
            continue
        sent = piece[a:b]
        # (counts to four, not every word of a long sentence)
        has_words = sum(1 for _ in itertools.islice(_WORDS.finditer(sent), 4)) >= 4
        lang = _latin(sent, settings) if has_words else ""
        spans.append((start + a, start + b, lang or ""))
    return spans


def _merge(spans: list[Span]) -> list[Span]:
    """Give unknown spans their neighbour's language and join equal neighbours."""
    known = [s for s in spans if s[2]]
    if not known:
        return [(spans[0][0], spans[-1][1], "")] if spans else []
    filled: list[Span] = []
    last = known[0][2]
    for a, b, lang in spans:
        lang = lang or last
        last = lang
        filled.append((a, b, lang))
    out: list[Span] = []
    for a, b, lang in filled:
        if out and out[-1][2] == lang:
            out[-1] = (out[-1][0], b, lang)
        else:
            out.append((a, b, lang))
    return out


def detect_spans(text: str, settings: LangSettings | None = None) -> list[Span]:
    """Language spans ``(start, end, lang)`` tiling ``text`` exactly.

    Consecutive spans share their boundaries; the first starts at 0 and the
    last ends at ``len(text)``. A boundary sits at the first letter of the new
    language (moved back over an opening quote or bracket). Text without
    letters gives ``[]``.
    """
    return detect_spans_counted(text, settings)[0]


def detect_spans_counted(
    text: str, settings: LangSettings | None = None
) -> tuple[list[Span], int | None]:
    """:func:`detect_spans` and the text's letters (Han/kana/Hangul counting 2,
    as ``weighted_letters(script_counts(text))``), counted on the way; None
    when the spans came from the fallback."""
    settings = settings or _DEFAULT
    try:
        clean = S.strip_controls(text or "")
        raw_runs = _script_runs(clean)
        n_letters = sum(_weight(r) for r in raw_runs)  # before absorbing changes runs
        runs = _absorb_embedded_latin(clean, raw_runs, settings.embedded_latin_max_words)
        spans: list[Span] = []
        for r in runs:
            if r.script == S.LATIN:
                spans.extend(_latin_spans(clean, r.start, r.end, settings))
            else:
                piece = clean[r.start : r.end]
                script = r.script
                # kana decides between Chinese and Japanese; a run without any
                # (Chinese) is Han without counting it again
                if script == S.HAN and S.has_script(piece, S.KANA):
                    counts = S.script_counts(piece)
                    script = _script_of({k: v for k, v in counts.items() if k in (S.HAN, S.KANA)})
                spans.append((r.start, r.end, _by_script(script, piece, settings) or ""))
        spans = _merge(spans)
        if not spans:
            return [], n_letters
        # Tile: each span runs until the next one starts; an opening quote or
        # bracket right before the new language belongs to it.
        starts = [0]
        for i in range(1, len(spans)):
            a, prev_end = spans[i][0], spans[i - 1][1]
            while a > prev_end and clean[a - 1] in _OPENERS:
                a -= 1
            starts.append(a)
        result = [
            (starts[i], starts[i + 1] if i + 1 < len(spans) else len(text), spans[i][2])
            for i in range(len(spans))
        ]
        return result, n_letters
    except Exception:  # noqa: BLE001
        lang = detect_language(text, settings)
        return ([(0, len(text), lang)] if lang and text else []), None
