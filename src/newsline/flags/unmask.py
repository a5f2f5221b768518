"""A block's text with the disguises adverts use to slip past word filters
taken off, for the spam rules to read: look-alike letters of another alphabet
inside a word ("саsinо" with Cyrillic а, о), digits written for letters
("0nline c4sino", "fr33 sp1ns") and a word spelled out letter by letter
("c a s i n o", "ส ล็ อ ต").

The unmasked text has the length of the original and every character keeps
its place, except inside a spelled-out run, whose letters are closed up at
the run's start and its spaces moved to its end; so a span found in it is a
span of the original (a flag on "casino" points at "c a s i n o").
"""

from __future__ import annotations

import re

# Letters that look alike in Latin and in Cyrillic or Greek (Unicode's
# confusables for these scripts, the ones drawn the same in common fonts).
_TO_LATIN = str.maketrans(
    "аеорсухіјѕԁӏкАВЕКМНОРСТХІЈЅαοινρτκχυΑΒΕΖΗΙΚΜΝΟΡΤΥΧ",
    "aeopcyxijsdlkABEKMHOPCTXIJSaoivptkxuABEZHIKMNOPTYX",
)
_TO_CYRILLIC = str.maketrans("aeopcyxiABEKMHOPCTX", "аеорсухіАВЕКМНОРСТХ")

_LATIN = r"A-Za-z\u00c0-\u024f"
_OTHER = r"\u0370-\u03ff\u0400-\u04ff\u0500-\u052f"
_LATIN_LETTER = re.compile(f"[{_LATIN}]")
_CYRILLIC_LETTER = re.compile(r"[\u0400-\u052f]")
# a word holding both a Latin letter and a Cyrillic or Greek one
_MIXED_WORD = re.compile(rf"(?<![^\W\d_])(?=[^\W\d_]*[{_LATIN}])(?=[^\W\d_]*[{_OTHER}])[^\W\d_]+")
# a word of lower-case (or of capital) letters with digits written for
# letters inside or at its edges ("0nline", "c4sino", "FR33"); two letters at
# least, and no other digit (a model name, "a320", "mp4", keeps its 2, 8 or
# 9); not inside a link, a handle or a code ("pic.twitter.com/e5kFaW0wyh")
_LEET_WORD = re.compile(
    r"(?<![\w.,/@#=?&\-])"
    r"(?:(?=[a-z0-9]*[a-z][a-z0-9]*[a-z])(?=[a-z]*[013457])[a-z013457]+"
    r"|(?=[A-Z0-9]*[A-Z][A-Z0-9]*[A-Z])(?=[A-Z]*[013457])[A-Z013457]+)"
    r"(?![\w/.@-]\w)(?!\w)"
)
_LEET = str.maketrans("013457", "oieast")
_LEET_UPPER = str.maketrans("013457", "OIEAST")
# one letter with the marks and trailing vowels written with it (a Thai
# consonant and its vowel and tone marks, "ล็", "ต่ำ"), one space apart, three
# or more to a word; the words of a spelled-out phrase two or three spaces
# apart ("s l o t  g a c o r")
_MARKS = "\u0300-\u036f\u0e30-\u0e3a\u0e45\u0e47-\u0e4e"
_LETTER = rf"[^\W\d_][{_MARKS}]*"
_SPELLED_WORD = rf"{_LETTER}(?: {_LETTER}){{2,}}"
_SPELLED_OUT = re.compile(
    rf"(?<![^\W\d_])(?<![{_MARKS}]){_SPELLED_WORD}(?: {{2,3}}{_SPELLED_WORD})*"
    rf"(?![^\W\d_]|[{_MARKS}])"
)
_WORD_GAP = re.compile(" {2,}")
SPELLED_OUT_MIN_LETTERS = 4
# the cheap test first: most blocks hold no disguise
_MAY_BE_MASKED = re.compile(
    rf"[{_OTHER}]|[A-Za-z][013457]|[013457][A-Za-z]|(?<!\S)[^\W\d_]\S? [^\W\d_]\S? [^\W\d_]"
)


def _unmixed(word: str) -> str:
    """The word in its own alphabet: the look-alike letters of the other
    alphabet read as that alphabet's ("Préstаmоs" -> "Préstamos")."""
    latin = len(_LATIN_LETTER.findall(word))
    if latin * 2 >= len(word):
        return word.translate(_TO_LATIN)
    if _CYRILLIC_LETTER.search(word):
        return word.translate(_TO_CYRILLIC)
    return word


def unmixed(text: str) -> str:
    """``text`` with the look-alike letters of another alphabet inside its
    words read as the word's own alphabet's; same length."""
    return _MIXED_WORD.sub(lambda m: _unmixed(m.group()), text)


def _unleet(m: re.Match[str]) -> str:
    w = m.group()
    return w.translate(_LEET if w.lower() == w else _LEET_UPPER)


def _closed_up(run: str) -> str:
    """A spelled-out run read as its words ("s l o t  g a c o r" -> "slot
    gacor"), the spaces saved moved to its end."""
    spelled = [w.replace(" ", "") for w in _WORD_GAP.split(run)]
    if sum(map(len, spelled)) < SPELLED_OUT_MIN_LETTERS:
        return run
    words = " ".join(spelled)
    return words + " " * (len(run) - len(words))


def unmasked(text: str) -> str:
    """``text`` with look-alike letters, digits for letters and spelled-out
    words read as plain words; same length, offsets kept (see the module)."""
    if not _MAY_BE_MASKED.search(text):
        return text
    out = unmixed(text)
    out = _LEET_WORD.sub(_unleet, out)
    return _SPELLED_OUT.sub(lambda m: _closed_up(m.group()), out)
