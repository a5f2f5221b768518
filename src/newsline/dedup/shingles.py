"""Text normalisation and vectorised character-shingle hashing for dedup.

What it is for: turning many texts at once into 64-bit hashes of their
character k-grams (numpy over codepoint arrays, no Python loop per shingle),
in the flat buffer + row offsets layout that rensa's bulk MinHash reads.

It must never change what a document says (it works on copies) and never
keep texts: callers get hashes only.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence

import numpy as np

from ..readers.decode import resolve_char_references
from ..wordseg import DIGITS_TO_ASCII, fold_taiwan_phrases, fold_traditional, mostly_traditional


# Fixed odd 64-bit multipliers (from splitmix64 / golden ratio); changing them
# changes every hash and invalidates saved dedup state.
_GOLDEN = np.uint64(0x9E3779B97F4A7C15)
_MIX1 = np.uint64(0xBF58476D1CE4E5B9)
_MIX2 = np.uint64(0x94D049BB133111EB)


# Vietnamese writes the tone of an open syllable in oa, oe, uy on either
# vowel: "hoà" / "hòa", "thuỷ" / "thủy", "uỷ ban" / "ủy ban" -- one word, two
# conventions, and sites syndicating one article keep their own. Old style
# (mark on the second vowel) at a word's end is read as new style. Not after
# "q": in "quý" the u belongs to the consonant and the mark is on y in both.
_VI_OLD_TONE = re.compile(r"(?<!q)(?:o(?=[àáảãạèéẻẽẹ])|u(?=[ỳýỷỹỵ]))(.)(?!\w)")
# What every match of _VI_OLD_TONE holds, as a pattern opening on its letter:
# the engine jumps to each o or u instead of trying the lookbehind at every
# position, and a text without one (any other language's) takes no sub.
_VI_OLD_TONE_PAIR = re.compile("o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ]")


def _vi_new_tone(m: re.Match[str]) -> str:
    first, second = m.group()[0], unicodedata.normalize("NFD", m.group(1))
    return unicodedata.normalize("NFC", first + second[1:]) + second[0]


# Thai and full-width digits (wordseg's table) and full-width Latin letters
# as ASCII ones, one for one, and the conventions below; translated only in
# a text that has one (a per-character translation of every text doubled the
# stage's time).
_TO_ASCII: dict[int, int | str | None] = {
    **DIGITS_TO_ASCII,
    **{c: c - 0xFEE0 for lo, hi in ((0xFF21, 0xFF3A), (0xFF41, 0xFF5A)) for c in range(lo, hi + 1)},
}
# Spellings that copies of one article differ in by the site's habits, not
# by what they say, read one way:
# - Russian ё, which most Russian sites write е ("самолёты" / "самолеты");
# - Arabic short-vowel marks and the tatweel stretching a word, which one
#   site writes and another leaves out ("عُمان" / "عمان").
_TO_ASCII.update({ord("ё"): "е", ord("Ё"): "Е"})
_TO_ASCII.update({c: None for c in (*range(0x064B, 0x0653), 0x0670, 0x0640)})
# - the hamza on an alef and the madda, which many Arabic sites leave out
#   ("إن" / "ان", "أكثر" / "اكثر", "آلاف" / "الاف"); a final yeh written
#   dotless, as Egyptian sites do ("في" / "فى", "التي" / "التى"); and the
#   Persian forms of yeh and kaf, which a Persian site's keyboard types
#   where another's types the Arabic ones ("ی" / "ي", "ک" / "ك"): each read
#   as the plain letter.
_TO_ASCII.update({ord(c): "ا" for c in "أإآٱ"})
_TO_ASCII.update({ord(c): "ي" for c in "ىی"})
_TO_ASCII.update({ord("ک"): "ك"})
# - compatibility forms a site's tools write for plain letters and signs:
#   Latin ligatures ("ﬁnance"), Arabic presentation forms (the lam-alef
#   "ﻻ" for "لا", contextual letter shapes a PDF or an old system leaves),
#   full-width signs ("１０％", "＄５０") and the full-width and half-width
#   currency and arrow forms: read as NFKC reads them, character by
#   character in these blocks only, so no other script is touched. The
#   full-width punctuation Chinese is written with (，：；！？（）) stays:
#   half-width punctuation next to Chinese is read full-width below;
# - the wave dash between two numbers or places ("10時〜12時", "東京～大阪",
#   "10∼20"), typed as one of four look-alikes: read "~".
_COMPAT_BLOCKS = (
    (0xFB00, 0xFB4F),
    (0xFB50, 0xFDFF),
    (0xFE70, 0xFEFE),
    (0xFF01, 0xFF5E),
    (0xFFE0, 0xFFEE),
)
_CJK_PUNCT_KEPT = frozenset("，：；！？（）")
_TO_ASCII.update(
    {
        # NFKC, then the readings above ("ﺇ" is "إ", read "ا")
        c: folded.translate(_TO_ASCII)
        for lo, hi in _COMPAT_BLOCKS
        for c in range(lo, hi + 1)
        if chr(c) not in _CJK_PUNCT_KEPT
        and (folded := unicodedata.normalize("NFKC", chr(c))) != chr(c)
        and c not in _TO_ASCII
    }
)
_TO_ASCII.update({ord(c): "~" for c in "〜～∼⁓"})
# - digits of any script in the Basic Multilingual Plane (Arabic-Indic
#   "٢٥٠", Persian "۲۵۰", Devanagari "२५०", Bengali, Burmese, Khmer ...) as
#   ASCII ones, as the Thai and full-width ones above: one site of a
#   language writes its own digits, another the Western ones; and the Arabic
#   decimal and thousands signs ("٣٫٥", "١٬٢٥٠") as "." and ",". Not the
#   digits beyond it (mathematical, Adlam, Osmanya): a character class
#   holding one makes the search for these characters (_HAS_WIDE) in every
#   text fifteen times slower;
# - the Chinese enumeration comma "、", which a page typed with half-width
#   punctuation writes "," (read "，" below, next to Chinese), as "，".
_TO_ASCII.update(
    {
        c: str(unicodedata.digit(chr(c)))
        for c in range(0x80, 0x10000)
        if c not in _TO_ASCII and unicodedata.category(chr(c)) == "Nd"
    }
)
_TO_ASCII.update({0x066B: ".", 0x066C: ",", ord("、"): "，", ord("､"): "，"})
# - quotation marks, which one site's publishing tool curls ("..." / “...”,
#   ' / ’), another writes as guillemets (« ... »), and a Traditional
#   Chinese copy as corner brackets (“…” / 「…」): none is read, so the
#   apostrophe in "l'hiver" / "l’hiver" neither;
# - dashes and the ellipsis character, typed by one site and composed by
#   another (- / – / — / --, ... / …);
# - invisible characters a site's editor leaves in a copy (soft hyphens,
#   zero-width spaces and joiners, byte-order marks).
# Read by one regex, not by the translation above: quotes are in nearly
# every text, and translating every text character by character cost 60 %
# more time.
_QUOTES = "\"'‘’‚‛“”„‟«»‹›「」『』＂＇"
_TYPOGRAPHY = {c: "" for c in _QUOTES}
_TYPOGRAPHY.update({c: "-" for c in "‐‑‒–—―−"})
_TYPOGRAPHY.update(
    {"…": "...", **{chr(c): "" for c in (0xAD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF)}}
)
# French sets guillemets apart from the words they enclose by no-break
# spaces ("«\u00a0étudier\u00a0»"), or plain ones before a comma ("oui »,"),
# where a copy with straight quotes has none ('"étudier"', 'oui",'): such a
# space goes with its guillemet. Not any space beside one: German opens a
# quotation with » after a space ('sagte: »Wir').
_GUILLEMET_SPACE = re.compile(
    "(?<=[«‹])[\u00a0\u202f]|[\u00a0\u202f](?=[»›])|\\s(?=[«»‹›][,.;:!?…)])"
)
_TYPOGRAPHY_CHARS = re.compile("[" + "".join(sorted(_TYPOGRAPHY)) + "]")
# a dash typed as two or three hyphens ("--" for "—"), as one
_DASH_RUN = re.compile("-{2,}")


def _typography(m: re.Match[str]) -> str:
    return _TYPOGRAPHY[m.group()]


# A number's separators by another convention: "1.250" / "1,250" /
# "1 250" (a no-break or thin space) for one thousand two hundred and
# fifty, "142,6" / "142.6" for one decimal number -- a Spanish or German
# site writes one, an American or Mexican one the other, a copy re-typed
# for its readers changes every number. A comma or such a space between two
# digits reads as a full stop (which way a number was meant does not
# matter: both copies say the same). The pattern opens on the separator (the
# lookbehind comes after it), so the engine jumps from one to the next.
_NUMBER_SEP = re.compile("[,\u00a0\u2009\u202f](?<=[0-9][,\u00a0\u2009\u202f])(?=[0-9])")


_HAS_WIDE = re.compile("[" + "".join(sorted(chr(c) for c in _TO_ASCII)) + "]")

# Chinese and Japanese are written without spaces and with full-width
# punctuation, Thai, Lao, Khmer and Burmese without spaces between words; but
# a site's copy of one article may differ there by its tools and habits, not
# by what it says:
# - half-width punctuation in Chinese or Japanese text ("举行, 会议" for
#   "举行，会议", "(ASEAN)" for "（ASEAN）"): ASCII , . : ; ! ? ( ) next to a
#   Chinese or Japanese character are read full-width (not between two
#   digits, where "3,000" and "2.5" stay);
# - the half-width katakana and ideographic punctuation of old Japanese
#   systems ("ｶﾞｽ", "｡", "､") read as the full-width ones (NFKC);
# - spaces put between Chinese and Latin letters or digits ("2024 年" for
#   "2024年") or after full-width punctuation: a space next to a Chinese or
#   Japanese character is not read;
# - Thai (Lao, Khmer, Burmese) phrases spaced apart or run together
#   ("แห่งใหม่ ในอำเภอ" / "แห่งใหม่ในอำเภอ"), and numbers or Latin words
#   spaced from the Thai or not ("วันที่ 14" / "วันที่14"): no space between two
#   Thai characters, one between Thai and another script's letter or digit.
# Hangul is not among them: Korean puts spaces between words and writes
# ASCII punctuation.
# One search of the text first: other texts take no further pass.
_CJK = (
    "\u3000-\u303f\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
    "\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff9f\U00020000-\U0002fa1f"
)
_UNSPACED = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"
_EAST = re.compile(f"[{_CJK}{_UNSPACED}]")
_HAS_CJK = re.compile(f"[{_CJK}]")
_HAS_UNSPACED = re.compile(f"[{_UNSPACED}]")
_HALF_WIDTH = re.compile("[\uff61-\uff9f]+")
_ASCII_PUNCT = "[,.:;!?()]"
# ASCII punctuation after a Chinese or Japanese character (a space between or
# not) or before one; the lookbehinds come after the first character, so the
# pattern's alternatives open on a space or the punctuation itself
_HALF_PUNCT = re.compile(
    f" (?<=[{_CJK}] )({_ASCII_PUNCT}) ?|({_ASCII_PUNCT})(?<=[{_CJK}]{_ASCII_PUNCT}) ?"
    f"| ?({_ASCII_PUNCT}) ?(?=[{_CJK}])"
)
_TO_FULL = {c: chr(ord(c) + 0xFEE0) for c in ",:;!?()"}
_TO_FULL["."] = "\u3002"
# a space before or after a Chinese or Japanese character; the pattern opens
# on the space itself (the lookbehind comes after it), so the regex engine
# jumps from space to space instead of trying every position
_CJK_SPACE = re.compile(f" (?:(?=[{_CJK}])|(?<=[{_CJK}] ))")
_UNSPACED_GAP = re.compile(f" (?<=[{_UNSPACED}] )(?=[{_UNSPACED}])")
_UNSPACED_EDGE = re.compile(
    f"(?<=[{_UNSPACED}])(?=[^\\W_{_UNSPACED}])|(?<=[^\\W_{_UNSPACED}])(?=[{_UNSPACED}])"
)


def _full_punct(m: re.Match[str]) -> str:
    return _TO_FULL[m.group(1) or m.group(2) or m.group(3)]


def _east_asian(text: str) -> str:
    """Width and spacing of Chinese, Japanese and unspaced Southeast Asian
    text read one way (see ``_CJK``); ``text`` is whitespace-collapsed."""
    if _HALF_WIDTH.search(text):
        text = _HALF_WIDTH.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    # each pass only where its script is (a page is seldom in both)
    if _HAS_CJK.search(text):
        text = _CJK_SPACE.sub("", _HALF_PUNCT.sub(_full_punct, text))
    if _HAS_UNSPACED.search(text):
        text = _UNSPACED_EDGE.sub(" ", _UNSPACED_GAP.sub("", text))
    return text


def normalise(text: str) -> str:
    """NFC, casefold, every run of whitespace collapsed to one space,
    stripped; Thai and full-width digits and full-width Latin letters as
    ASCII ones; Vietnamese tones placed one way (see ``_VI_OLD_TONE``);
    Russian ё, Arabic vowel marks, hamza on alef, dotless final yeh and
    Persian yeh and kaf read one way, compatibility forms (ligatures,
    Arabic presentation forms, full-width signs) as NFKC reads them and the
    wave dash as "~" (see ``_TO_ASCII``);
    Traditional Chinese characters as Simplified ones (a Hong Kong or
    Taiwanese site's converted copy of a mainland wire), and in such a text
    Taiwan's words as the mainland's (see ``fold_taiwan_phrases``).

    Copies of one article differ so: a Chinese or Japanese site writes
    "２０２４年" or "ＡＳＥＡＮ" where another writes "2024年", "ASEAN", and Thai
    sites write numbers in Thai or ASCII digits ("๒๕ ล้าน" / "25 ล้าน").
    Quotation marks are left out, dashes and the ellipsis read as ASCII and
    invisible characters dropped (see ``_QUOTES``): a site's publishing tool
    curls or swaps them in its copy. Other full-width punctuation is kept:
    it is how Chinese is written, and half-width punctuation in Chinese or
    Japanese text is read full-width, a space next to a Chinese, Japanese,
    Thai, Lao, Khmer or Burmese character not at all (see ``_CJK``)."""
    # a page's entities escaped twice ("don&#8217;t") read as the characters
    # its source page shows
    text = resolve_char_references(text)
    if text.isascii():
        if '"' in text or "'" in text:
            text = text.replace('"', "").replace("'", "")
        if "--" in text:
            text = _DASH_RUN.sub("-", text)
        if "," in text:
            text = _NUMBER_SEP.sub(".", text)
        # (" ".join(split()): every run of whitespace one space, stripped,
        # as re.sub(r"\s+", " ", ...).strip() -- str.split's whitespace is
        # re's \s, character for character -- without a replacement per space)
        return " ".join(text.casefold().split())
    out = unicodedata.normalize("NFC", text)
    if _HAS_WIDE.search(out):
        out = out.translate(_TO_ASCII)
    out = _NUMBER_SEP.sub(".", out)
    if "«" in out or "»" in out or "‹" in out or "›" in out:
        out = _GUILLEMET_SPACE.sub("", out)
    out = _TYPOGRAPHY_CHARS.sub(_typography, out)
    if "--" in out:
        out = _DASH_RUN.sub("-", out)
    out = out.casefold()
    folded = fold_traditional(out)
    if folded is not out and mostly_traditional(out):
        # Traditional text (fold_traditional returns its argument when it
        # has no Traditional character; a mainland page with a Traditional
        # name among its Simplified characters is none): a Taiwanese copy's
        # words read the mainland way
        folded = fold_taiwan_phrases(folded)
    out = " ".join(folded.split())
    if _EAST.search(out):
        out = _east_asian(out)
    if _VI_OLD_TONE_PAIR.search(out) is None:
        return out
    return _VI_OLD_TONE.sub(_vi_new_tone, out)


# The looser reading near-duplicates and repeated blocks are compared on
# (``fold_marks``): a repost with its diacritics stripped -- Vietnamese
# typed without tones ("mua lon gay ngap sau" for "mưa lớn gây ngập sâu"),
# Spanish or French headlines keyboarded without accents -- is the same text
# to a reader. Every combining mark (U+0300..U+036F) after canonical
# decomposition is dropped, and the letters with a stroke that no
# decomposition splits (đ, ł, ø) read as the plain letter. The exact key
# keeps the marks: a stripped copy is a near-duplicate of the original (its
# text is worse), not the same text.
_COMBINING = re.compile("[\u0300-\u036f]+")
_STROKED = {"đ": "d", "ł": "l", "ø": "o"}


def _changed_by_folding(c: str) -> bool:
    if not unicodedata.decomposition(c) and not _COMBINING.match(c):
        return False  # most characters: no decomposition to look into
    folded = unicodedata.normalize("NFC", _COMBINING.sub("", unicodedata.normalize("NFD", c)))
    return folded != c


# Every character the folding changes (found once, below U+3000: precomposed
# Latin, Greek and Cyrillic letters, a few signs, the marks themselves), so
# that a text holding none of them takes no further pass -- and so that one
# character always folds alike, whatever else its text holds.
_FOLDABLE = re.compile(
    "["
    + "".join(re.escape(chr(c)) for c in range(0x80, 0x3000) if _changed_by_folding(chr(c)))
    + "".join(_STROKED)
    + "]"
)


def _fold_word(word: str) -> str:
    if word.isascii() or not _FOLDABLE.search(word):
        return word
    out = _COMBINING.sub("", unicodedata.normalize("NFD", word))
    for c, plain in _STROKED.items():
        if c in out:
            out = out.replace(c, plain)
    return unicodedata.normalize("NFC", out)


class _FoldedWords(dict):
    """word -> its folding, filled on first sight: a language's marked words
    repeat, and looking one up costs a third of folding it (NFD, dropping
    each mark by regex, NFC). Folding is character by character, so a text
    folds as its space-separated words do."""

    def __missing__(self, word: str) -> str:
        if len(self) >= 100_000:  # bounded: a few MB at most
            self.clear()
        folded = self[word] = _fold_word(word)
        return folded


_FOLDED_WORDS = _FoldedWords()


def fold_marks(normalised: str) -> str:
    """``normalised`` (see ``normalise``) with diacritics dropped: the text
    near-duplicate shingles and repeated-block keys are taken from."""
    if normalised.isascii() or not _FOLDABLE.search(normalised):
        return normalised
    # normalise leaves single spaces between words
    return " ".join(map(_FOLDED_WORDS.__getitem__, normalised.split(" ")))


# The same folding as a codepoint table, for the shingler: a precomposed
# letter below U+3000 read as its base letter, a combining mark as nothing
# (_DROPPED); every other codepoint as itself. Applied to the codepoint
# array the shingles are hashed from (one numpy gather for a whole batch),
# it costs a few microseconds a document where folding each text as a
# string cost several times more. The table spans all of Unicode (4 MB): a
# plain gather is several times faster than choosing the codepoints below
# U+3000 first. One to one on NFC text (normalise's output): no character
# that NFC leaves folds to more than one (checked in tests/dedup).
_FOLD_BELOW = 0x3000
_DROPPED = 0xFFFFFFFF
_FOLD_TABLE = np.arange(0x110000, dtype=np.uint32)
for _c in range(0x80, _FOLD_BELOW):
    if _FOLDABLE.match(chr(_c)) and unicodedata.normalize("NFC", chr(_c)) == chr(_c):
        _folded = _fold_word(chr(_c))
        _FOLD_TABLE[_c] = ord(_folded) if len(_folded) == 1 else _DROPPED
del _c, _folded


def _fold_codepoints(cps: np.ndarray, lengths: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``cps`` (uint32, texts joined) folded by ``_FOLD_TABLE``, with the
    per-text ``lengths`` less the marks dropped."""
    if not cps.size or int(cps.max()) < 0x80:
        return cps, lengths
    cps = _FOLD_TABLE.take(cps)
    dropped = cps == _DROPPED
    if dropped.any():
        text_of = np.repeat(np.arange(lengths.shape[0]), lengths)
        lengths = lengths - np.bincount(text_of[dropped], minlength=lengths.shape[0])
        cps = cps[~dropped]
    return cps, lengths


def fold_marks_many(normalised: list[str]) -> list[str]:
    """``fold_marks`` of each text, by one gather of ``_FOLD_TABLE`` over
    them all (a page's blocks: one call instead of one string pass a block,
    a fifth of the time)."""
    marked = [i for i, t in enumerate(normalised) if not t.isascii()]
    if not marked:
        return normalised
    texts = [normalised[i] for i in marked]
    raw = "".join(texts).encode("utf-32-le", "surrogatepass")
    cps = _FOLD_TABLE.take(np.frombuffer(raw, dtype=np.uint32))
    if int(cps.max()) == _DROPPED:  # a mark NFC left alone: rare
        return [fold_marks(t) for t in normalised]
    folded = cps.tobytes()
    out = list(normalised)
    pos = 0
    for i, t in zip(marked, texts, strict=True):
        end = pos + 4 * len(t)
        out[i] = folded[pos:end].decode("utf-32-le", "surrogatepass")
        pos = end
    return out


def text_key(normalised: str) -> int:
    """A signed 64-bit key of a normalised text (exact-duplicate identity)."""
    h = hashlib.blake2b(normalised.encode("utf-8", "surrogatepass"), digest_size=8)
    return int.from_bytes(h.digest(), "little", signed=True)


def _mix64(x: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser, vectorised (uint64 wrap-around is intended)."""
    x = x ^ (x >> np.uint64(30))
    x = x * _MIX1
    x = x ^ (x >> np.uint64(27))
    x = x * _MIX2
    return x ^ (x >> np.uint64(31))


def _multipliers(k: int) -> np.ndarray:
    m = np.empty(k, dtype=np.uint64)
    v = np.uint64(1)
    for i in range(k):
        v = _mix64(np.array([_GOLDEN * np.uint64(i + 1)], dtype=np.uint64))[0] | np.uint64(1)
        m[i] = v
    return m


def shingle_hashes(
    texts: Sequence[str], k: int, fold: bool = False
) -> tuple[np.ndarray, np.ndarray]:
    """Hash the character k-shingles of already normalised ``texts``
    (with ``fold``: of their ``fold_marks`` reading, folded here).

    Returns ``(hashes, offsets)``: a flat uint64 array and row offsets
    (len(texts) + 1) such that ``hashes[offsets[i]:offsets[i+1]]`` are the
    shingles of text ``i``. A text shorter than ``k`` (but not empty) is one
    shingle of itself; an empty text has no shingles.

    All texts are joined into one codepoint array and hashed in a few numpy
    passes; shingles that would span two texts are dropped afterwards.
    """
    with np.errstate(over="ignore"):
        n = len(texts)
        lengths = np.fromiter((len(t) for t in texts), dtype=np.int64, count=n)
        joined = "".join(texts)
        cps = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        if fold:
            cps, lengths = _fold_codepoints(cps, lengths)
        counts = np.where(lengths >= k, lengths - k + 1, np.minimum(lengths, 1))
        offsets = np.zeros(n + 1, dtype=np.uint64)
        np.cumsum(counts, out=offsets[1:])
        if n == 0 or lengths.sum() == 0:
            return np.zeros(0, dtype=np.uint64), offsets
        total = cps.shape[0]
        padded = np.zeros(total + k, dtype=np.uint64)
        padded[:total] = cps
        starts = np.zeros(n, dtype=np.int64)
        np.cumsum(lengths[:-1], out=starts[1:])
        mult = _multipliers(k)
        # Hash of the k-gram starting at every position of the joined text.
        acc = padded[:total] * mult[0]
        for j in range(1, k):
            acc += padded[j : j + total] * mult[j]
        # A position is a shingle of its text only if the k-gram ends inside
        # that text: drop the last k-1 start positions of every text.
        keep = np.ones(total, dtype=bool)
        ends = starts + lengths
        # how many trailing start positions to drop per text
        tail = np.where(lengths >= k, k - 1, np.maximum(lengths - 1, 0))
        if tail.sum():
            first = np.repeat(ends - tail, tail)
            step = np.arange(tail.sum(), dtype=np.int64) - np.repeat(np.cumsum(tail) - tail, tail)
            keep[first + step] = False
        # A text shorter than k is one shingle of itself, at its first position.
        for i in np.nonzero((lengths < k) & (lengths > 0))[0]:
            seg = padded[starts[i] : ends[i]]
            acc[starts[i]] = (seg * mult[: seg.shape[0]]).sum(dtype=np.uint64)
        out = _mix64(acc[keep] ^ np.uint64(k))
        return out, offsets
