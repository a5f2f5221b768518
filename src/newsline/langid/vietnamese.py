"""Vietnamese orthography: a prior the statistical detector lacks.

Statistical detectors confuse short or unaccented Vietnamese with English,
Spanish or French. Vietnamese spelling is distinctive in two general ways:

* letters no other Latin-script language of the configured set uses
  (ă đ ơ ư and the stacked tone letters ạ ả ấ ầ ... ỹ);
* every word is one syllable of a closed shape: optional initial consonant
  cluster, a vowel nucleus from a short list, optional final (c ch m n ng nh p t),
  which still holds when the accents are dropped.

This module must never name a site, a person or any text of a test set.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Letters used by Vietnamese and by no other configured Latin-script language.
_VI_ONLY = set("ăđơưĩũĂĐƠƯĨŨ") | {chr(c) for c in range(0x1EA0, 0x1EFA)}
_VI_ONLY_RE = re.compile("[" + "".join(sorted(_VI_ONLY)) + "]")


# Every letter Vietnamese writes: a Latin letter outside these and ASCII
# (ş ț î ç ñ ö ł ...) is another language's.
_VI_LETTERS = (
    "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
)
_NOT_VI_LETTER_RE = re.compile(
    "[^\\x00-\\x7f" + _VI_LETTERS + _VI_LETTERS.upper() + "\\W\\d_]"
)


def breve_a_of_another_language(words: list[str]) -> bool:
    """Is every Vietnamese-only letter of ``words`` a plain ă (no tone mark
    on it), beside a letter Vietnamese never writes? Romanian writes ă
    beside ș ț î ("Primăria a anunțat că străzile vor fi închise"); a
    Vietnamese line has tone marks, đ, ơ or ư besides ă."""
    vi_only = set(_VI_ONLY_RE.findall(" ".join(w for w in words if not w.isascii())))
    if not vi_only or not vi_only <= {"ă", "Ă"}:
        return False
    return any(not w.isascii() and _NOT_VI_LETTER_RE.search(w) for w in words)


def has_vietnamese_letter(text: str) -> bool:
    """Does ``text`` hold a letter only Vietnamese writes?"""
    return _VI_ONLY_RE.search(text) is not None


_VI_INITIAL = r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?"
# Vowel nuclei with glides, accents removed (a, ai, ao, ..., uyeu).
_VI_NUCLEI = (
    "uyeu|uyu|uye|uya|uoi|uou|ieu|yeu|oai|oay|oeo|uay|uai|uao|uoi|"
    "ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|oo|ua|ue|ui|uo|uu|uy|ya|ye|yu|"
    "a|e|i|o|u|y"
)
_VI_FINAL = r"(?:ng|nh|ch|[cmnpt])?"
_VI_SYLLABLE = re.compile(rf"^{_VI_INITIAL}(?:{_VI_NUCLEI}){_VI_FINAL}$")

_WORD = re.compile(r"[^\W\d_]+")


def fold(text: str) -> str:
    """Lower-case and remove diacritics (đ -> d)."""
    if text.isascii():  # (most words: nothing to decompose or remove)
        return text.lower()
    t = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    return "".join(c for c in t if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def is_vi_syllable(word: str) -> bool:
    # Cached: news repeats the same few thousand words, and every Latin
    # sentence the model puts outside Vietnamese is checked word by word.
    return bool(_VI_SYLLABLE.match(fold(word)))


_LATIN_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ]+")


def latin_words(text: str) -> list[str]:
    return _LATIN_WORD.findall(text)


# Lower-case words a line must have for them alone to tell its language:
# names, brands and acronyms are capitalised in every language written in
# Latin letters, and Vietnamese names carry Vietnamese letters.
_OWN_WORDS_MIN = 3
# Marks are surer evidence than the model's letters: two lower-case words
# are enough to count them on ("Garmin Forerunner Music Edition giảm giá").
_MARKED_OWN_WORDS_MIN = 2


def _lower_case(words: list[str]) -> list[str]:
    return [w for w in words if not w[:1].isupper()]


def own_words(words: list[str]) -> list[str]:
    """The words to count Vietnamese marks on: the lower-case ones when there
    are enough of them ("Apple ra mắt iPhone 16 Pro Max tại Việt Nam": the
    brand names are no unmarked Vietnamese words), else all."""
    lower = _lower_case(words)
    return lower if len(lower) >= _MARKED_OWN_WORDS_MIN else words


def marked_share(words: list[str]) -> tuple[float, int]:
    """(share of words carrying a diacritic, number of Vietnamese-only letters)."""
    if not words:
        return 0.0, 0
    marked = [w for w in words if not w.isascii()]
    # every Vietnamese-only letter is outside ASCII: only the marked words
    # can hold one, and they are counted in one pass
    vi_only = len(_VI_ONLY_RE.findall(" ".join(marked))) if marked else 0
    return len(marked) / len(words), vi_only


def without_vietnamese_names(text: str, words: list[str]) -> str | None:
    """``text`` (whose ``latin_words`` are ``words``) less its capitalised
    words with marks, when some hold Vietnamese-only letters and its
    lower-case words (three or more) hold none: Vietnamese names in another
    language's line ("Floods hit Quảng Ngãi provinces", "Le président a reçu
    Nguyễn Văn An"). The model reads every word with such a letter as
    Vietnamese; the line's own words tell its language. None for any other
    line."""
    lower = _lower_case(words)
    if len(lower) < _OWN_WORDS_MIN - 1 or _VI_ONLY_RE.search(" ".join(lower)):
        return None
    # two lower-case words speak for the line only when one cannot be a
    # Vietnamese syllable ("Floods in Đà Nẵng and Hội An": "and"); "Quảng
    # Ninh có bão" ("có bão") is Vietnamese with its marks shared by others
    if len(lower) < _OWN_WORDS_MIN and all(map(is_vi_syllable, lower)):
        return None
    if not any(_VI_ONLY_RE.search(w) for w in words if w[:1].isupper()):
        return None
    # every capitalised word with marks goes: a name's other syllables
    # ("Phú" in "Nguyễn Phú Trọng") carry marks other languages write too
    return _LATIN_WORD.sub(
        lambda m: " " if m.group(0)[:1].isupper() and not m.group(0).isascii() else m.group(0),
        text,
    )


# words a line in capitals must have to be read as a headline, not a few acronyms
_CAPS_LINE_MIN_WORDS = 4


def _considered(words: list[str]) -> list[str]:
    lower = [w for w in words if not w[:1].isupper()]
    # lower-case words of two letters or fewer alone ("by", "in", "to", "on")
    # fit Vietnamese syllables in every language: they cannot speak for a
    # line of names ("Reporting by ... ; Editing by ...")
    if len(lower) >= 3 and any(len(w) > 2 for w in lower):
        return lower
    if not lower and len(words) >= _CAPS_LINE_MIN_WORDS and all(w.isupper() for w in words):
        # a line in capitals ("LA SELECCIÓN GANA Y SE CLASIFICA"): its
        # words are words, not acronyms; leaving them out would let its
        # one-letter words ("Y", "À") alone speak for it
        return words
    return [w for w in words if not (len(w) > 1 and w.isupper())]


# A lower-case word of one to three consonants and no vowel is no syllable of
# any language but an abbreviation: Vietnamese chat writes its words so
# ("dc"/"đc" for được, "k", "t", "m", "ntn", "mn", "vs"), as other languages
# write "vs", "km", "h". Among enough other words (at least this many
# different ones of two letters or more) it tells no language's shape, and
# is neither a fitting syllable nor a miss; among few ("en 78 h 12 min, à 6
# min 17 s") it still counts as a miss, or units would leave "en", "min"
# and "à" to speak for a French line.
_CONSONANTS_ONLY = re.compile("[b-df-hj-np-tv-xzđ]{1,3}")
_ABBREVIATIONS_AMONG_WORDS = 4


def _abbreviation(word: str) -> bool:
    return len(word) <= 3 and _CONSONANTS_ONLY.fullmatch(word) is not None


def _abbreviations_count_out(considered: list[str]) -> bool:
    others = {w.lower() for w in considered if len(w) > 1 and not _abbreviation(w)}
    return len(others) >= _ABBREVIATIONS_AMONG_WORDS


def syllable_fit(words: list[str]) -> float:
    """Share of lower-case words that are possible Vietnamese syllables.

    Capitalised words (names such as Takahashi, Washington; acronyms such as
    NATO) are left out when enough lower-case words remain: they are as common
    in Vietnamese news as in any other language. So are abbreviations of
    consonants alone.
    """
    considered = _considered(words)
    if _abbreviations_count_out(considered):
        considered = [w for w in considered if not _abbreviation(w)]
    if not considered:
        return 0.0
    return sum(map(is_vi_syllable, considered)) / len(considered)  # (the loop in C)


def syllable_fit_at_least(words: list[str], share: float) -> float:
    """:func:`syllable_fit` when it is at least ``share``, else 0.0.

    Stops at the first word that leaves the share out of reach: a line in
    another language misses on a few words, and its other words need no
    check (nor, when unseen, unaccenting)."""
    considered = _considered(words)
    n = len(considered)
    if not n:
        return 0.0
    misses = 0
    count_out: bool | None = None  # (asked at the first abbreviation only)
    for w in considered:
        if not is_vi_syllable(w):
            if _abbreviation(w):
                if count_out is None:
                    count_out = _abbreviations_count_out(considered)
                if count_out:
                    # (counted out, it leaves the best the share can still
                    # be no higher: the early stop below stays right)
                    n -= 1
                    continue
            misses += 1
            # (the same division as the share below: the best it can still be)
            if (n - misses) / n < share:
                return 0.0
    if not n:
        return 0.0
    fit = (n - misses) / n
    return fit if fit >= share else 0.0
