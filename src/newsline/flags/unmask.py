"""A block's text with the disguises adverts use to slip past word filters
taken off, for the spam rules to read: look-alike letters of another alphabet
inside a word ("саsinо" with Cyrillic а, о), digits written for letters
("0nline c4sino", "fr33 sp1ns"), a word spelled out letter by letter
("c a s i n o", "ส ล็ อ ต"), full-width letters and digits ("ｂｔｃ６６８８")
and characters that show nothing put inside words ("V\u200bay t\u200biền").

The unmasked text has the length of the original and every character keeps
its place, except inside a spelled-out run, whose letters are closed up at
the run's start and its spaces moved to its end, and inside a run of words
broken by invisible characters, whose words are closed up the same way; so a
span found in it is a span of the original (a flag on "casino" points at
"c a s i n o").
"""

from __future__ import annotations

import re

from ..contacts import INVISIBLE_CHARS, INVISIBLE_TABLE

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
# a word of lower-case letters with digits written for letters inside or at
# its edges ("0nline", "c4sino", "fr33", "sp1ns"); two letters at least, and
# no other digit (a model name, "a320", "mp4", keeps its 2, 8 or 9); not in
# capitals, where digits belong to codes ("G4", "COP30"), nor inside a link,
# a handle or a code ("pic.twitter.com/e5kFaW0wyh")
_LEET_WORD = re.compile(
    r"(?<![\w.,/@#=?&\-])(?=[a-z0-9]*[a-z][a-z0-9]*[a-z])(?=[a-z]*[013457])[a-z013457]+"
    r"(?![\w/.@-]\w)(?!\w)"
)
_LEET = str.maketrans("013457", "oieast")
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
# the cheap tests first, each one pass that starts on a rare character (most
# blocks hold no disguise): a letter of one alphabet beside one of the other
# (a word mixing them has such a pair), a digit between lower-case letters
# or a 0 opening a word,
# a letter standing alone between spaces twice in a row
_MAY_BE_MIXED = re.compile(rf"[{_OTHER}](?:(?<=[{_LATIN}][{_OTHER}])|(?=[{_LATIN}]))")
_MAY_BE_LEET = re.compile(
    r"[013457](?:(?<=[a-z].)(?=[013457]*[a-z])|(?<=(?<!\w)0)(?=[a-z]{3})|(?<=[a-z]{2}(?:00|33)))"
)
_MAY_BE_SPELLED = re.compile(rf" [^\W\d_][{_MARKS}]* [^\W\d_][{_MARKS}]* ")
# Characters that show nothing (contacts.INVISIBLE_CHARS: soft hyphen,
# zero-width space and joiners, word joiner, byte-order mark) and full-width
# Latin letters, digits and "@": one pass finds either, most text holds
# neither. A word broken by the first
# reads whole to a person and not to a word filter; the second are the plain
# letters in another width, one for one (NFKC). Full-width punctuation
# ("，", "：") is how CJK text is written, and stays.
_MAY_BE_HIDDEN = re.compile(f"[{INVISIBLE_CHARS}\uff10-\uff19\uff20-\uff3a\uff41-\uff5a]")
_FULL_WIDTH = str.maketrans(
    {
        c: chr(c - 0xFEE0)
        for r in ((0xFF10, 0xFF1A), (0xFF20, 0xFF3B), (0xFF41, 0xFF5B))
        for c in range(*r)
    }
)
# words holding an invisible character, one space apart
_HIDDEN_WORD = rf"[^\s{INVISIBLE_CHARS}]*[{INVISIBLE_CHARS}]\S*"
_HIDDEN_RUN = re.compile(rf"{_HIDDEN_WORD}(?: {_HIDDEN_WORD})*")


def _made_visible(m: re.Match[str]) -> str:
    """A run of words broken by invisible characters read as its words
    ("V\u200bay t\u200biền" -> "Vay tiền"), the characters dropped moved to
    its end as spaces."""
    run = m.group()
    words = run.translate(INVISIBLE_TABLE)
    return words + " " * (len(run) - len(words))


def unhidden(text: str) -> str:
    """``text`` with invisible characters taken out of its words and
    full-width letters and digits read as plain ones; same length."""
    if not _MAY_BE_HIDDEN.search(text):
        return text
    return _HIDDEN_RUN.sub(_made_visible, text.translate(_FULL_WIDTH))


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
    if not _MAY_BE_MIXED.search(text):
        return text
    return _MIXED_WORD.sub(lambda m: _unmixed(m.group()), text)


_DIGIT_FOR_LETTER = re.compile(r"[a-z][013457]+[a-z]|^0[a-z]{3}")
_DOUBLED_VOWEL_AT_END = re.compile(r"[a-z]{2,}(?:00|33)")


def _unleet(m: re.Match[str]) -> str:
    """The word with its digits read as letters, when they stand for letters:
    one between two letters ("c4sino") or a 0 opening a word ("0nline", not
    "3eme"), with letters at least twice as many (not a time, "0h0min0s", nor
    a hash, "d4d45bb5"); or a doubled vowel closing it ("fr33", "t00"). A
    number with its ending ("15th", "1er", "50er", "10yr") or a unit with its
    power ("cm3", "top10") stays as written."""
    w = m.group()
    digits = sum(c.isdigit() for c in w)
    if (_DIGIT_FOR_LETTER.search(w) and len(w) >= 3 * digits) or _DOUBLED_VOWEL_AT_END.fullmatch(w):
        return w.translate(_LEET)
    return w


def _closed_up(m: re.Match[str]) -> str:
    """A spelled-out run read as its words ("s l o t  g a c o r" -> "slot
    gacor"), the spaces saved moved to its end."""
    run = m.group()
    spelled = [w.replace(" ", "") for w in _WORD_GAP.split(run)]
    if sum(map(len, spelled)) < SPELLED_OUT_MIN_LETTERS:
        return run
    words = " ".join(spelled)
    return words + " " * (len(run) - len(words))


def may_be_masked(text: str) -> bool:
    """Might ``text`` hold a disguise :func:`unmasked` takes off? (Four
    passes over a page without one, no more.)"""
    return bool(
        _MAY_BE_HIDDEN.search(text)
        or _MAY_BE_MIXED.search(text)
        or _MAY_BE_LEET.search(text)
        or _MAY_BE_SPELLED.search(text)
    )


def unmasked(text: str) -> str:
    """``text`` with look-alike letters, digits for letters and spelled-out
    words, invisible characters and full-width forms read as plain words;
    same length, offsets kept (see the module)."""
    text = unhidden(text)
    if _MAY_BE_MIXED.search(text):
        text = unmixed(text)
    if _MAY_BE_LEET.search(text):
        text = _LEET_WORD.sub(_unleet, text)
    if _MAY_BE_SPELLED.search(text):
        text = _SPELLED_OUT.sub(_closed_up, text)
    return text
