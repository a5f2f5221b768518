"""Turn raw bytes into text: binary detection and charset detection.

Encodings are detected, never assumed. The order is: byte-order mark, then
strict UTF-8, then a declared charset (HTTP header, ``<meta charset>``, XML
declaration) *only if the bytes decode cleanly with it and it is not beaten
by the detector*, then the detector (uchardet via resiliparse, with
charset-normalizer as the second opinion). UTF-16 without a BOM is known by
its NULs (on every other byte, or, for other scripts, only on one parity);
UTF-8 with a few Windows-1252 smart quotes or dashes pasted in is read with
those bytes as that punctuation (codec ``utf-8-cp1252``, flagged), and lone
Latin-1 letters among more UTF-8 characters likewise (``utf-8-latin1``).
ISO-2022 is known by its escape sequences; text whose lines end in CR alone
is tried as Mac Roman. Invalid bytes are decoded with
replacement and reported as a flag; only content that is plainly not text
(NULs other than trailing padding or a stray one, known binary signatures,
mostly control characters) is refused.

This module must never normalise, strip or otherwise change decoded text:
``Document.text`` is the decoded bytes exactly.
"""

from __future__ import annotations

import codecs
import html
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..model import Flag

# Signatures of common binary formats that sometimes carry text extensions.
BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF document"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x7fELF", "ELF executable"),
    (b"MZ\x90\x00", "Windows executable"),
    (b"\x00\x00\x01\x00", "icon"),
    (b"BZh", "bzip2 stream"),
    (b"\xfd7zXZ\x00", "xz stream"),
    (b"7z\xbc\xaf\x27\x1c", "7-zip archive"),
    (b"\x28\xb5\x2f\xfd", "zstd stream"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"RIFF", "RIFF media"),
    (b"OggS", "Ogg media"),
    (b"\x1a\x45\xdf\xa3", "Matroska/WebM media"),
    (b"wOFF", "web font"),
    (b"wOF2", "web font"),
)

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts the same
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

BOM_CODEC = {
    "utf-8": "utf-8-sig",
    "utf-16-le": "utf-16",
    "utf-16-be": "utf-16",
    "utf-32-le": "utf-32",
    "utf-32-be": "utf-32",
}

# Labels whose bytes are a superset-compatible encoding in Python's codecs;
# browsers decode these labels with the wider table too (WHATWG).
SUPERSETS: dict[str, tuple[str, ...]] = {
    "gb2312": ("gb18030",),
    "gbk": ("gb18030",),
    "big5": ("big5", "cp950", "big5hkscs"),
    "cp950": ("cp950", "big5hkscs"),
    "latin-1": ("cp1252",),
    "iso8859-1": ("cp1252",),
    "ascii": ("cp1252",),
    "tis-620": ("cp874",),
    "iso8859-11": ("cp874",),
    "euc_kr": ("cp949",),
    "shift_jis": ("cp932",),
}

# Tables a detector names for one another (they share most of their letters):
# when the one named reads implausibly, its sibling is tried first. KOI8-R has
# box-drawing signs where KOI8-U has the Ukrainian letters і ї є ґ.
SIBLING_TABLES: dict[str, tuple[str, ...]] = {"koi8-r": ("koi8-u",)}

# Encodings in which (almost) every byte sequence decodes: a clean decode
# says nothing about whether the label is right.
MULTIBYTE = {
    "utf-8",
    "utf-16",
    "utf-16-le",
    "utf-16-be",
    "utf-32",
    "gb18030",
    "big5",
    "cp950",
    "big5hkscs",
    "euc_jp",
    "cp932",
    "shift_jis",
    "euc_kr",
    "cp949",
    "iso2022_jp",
    "gbk",
}

_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:+-]{2,40})""", re.IGNORECASE
)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:+-]{2,40})""")
_CHARSET_PARAM = re.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:+-]{2,40})""", re.IGNORECASE)

# Valid non-ASCII characters per invalid sequence above which bytes are taken
# as damaged UTF-8 (legacy CJK/Thai/Vietnamese bytes read as UTF-8 score < 0.5).
UTF8_DAMAGE_RATIO = 4

# Sequences a single-byte table's own script never writes, per table: a
# decoding full of them is another charset's bytes read with the wrong table
# (EUC-KR, EUC-JP or GB18030 read as Thai gives tone marks on no letter and
# digits inside words). Real text has at most a stray typo, so the share of
# such sequences per letter of the script decides (``IMPLAUSIBLE_SHARE``).
_TH_CONS = "\u0e01-\u0e2e"
_TH_MARK = "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"  # vowels and tones written on a letter
_TH_LEAD = "\u0e40-\u0e44"  # vowels written before their consonant
_TH_LETTER = f"{_TH_CONS}{_TH_MARK}\u0e30\u0e32\u0e33\u0e45"
_THAI_IMPLAUSIBLE = re.compile(
    f"(?:^|(?<=[^{_TH_CONS}{_TH_MARK}]))[{_TH_MARK}]"  # a mark on no letter
    f"|[{_TH_LEAD}](?=[^{_TH_CONS}\u0e40]|$)"  # a leading vowel before no consonant ("เเ" is sara ae)
    f"|(?<=[{_TH_LETTER}])[\u0e50-\u0e59\u0e3f](?=[{_TH_LETTER}{_TH_LEAD}])"  # one digit or ฿ inside a word
    "|[\u0e03\u0e05\u0e4f\u0e5a\u0e5b]"  # obsolete letters, rare section signs
    "|(?<![\u0e24\u0e26])\u0e45|\u0e26(?!\u0e45)"  # lakkhangyao only in ฤๅ / ฦๅ
    # maitaikhu: in เ-็ / แ-็ (เหล็ก), ก็, or a loanword's -็อ (ล็อก); nikhahit: in ำ spelt ํ+า
    f"|(?<![\u0e40\u0e41][{_TH_CONS}])(?<![\u0e40\u0e41][{_TH_CONS}][{_TH_CONS}])(?<!\u0e01)"
    "\u0e47(?!\u0e2d)"
    "|\u0e4d(?![\u0e48-\u0e4b]?\u0e32)"
)
# Alphabetic tables (Latin, Cyrillic, Greek): their upper half is letters plus
# signs, and a word does not hold a sign ('±³À°ºÎ´Â' is EUC-KR read as
# cp1252, '·Щ»Ў¤П' EUC-JP as cp1251). The signs are each table's own upper-half
# characters that are not letters or marks, less the punctuation real words
# touch (quotes, dashes, the Catalan middle dot, the soft hyphen, ¡¿, °, №, km², an
# acute accent typed for an apostrophe: don´t).
_WORD_PUNCT = "‘’‚‛“”„«»‹›–—…€°·¡¿§©®™•′″№´¹²³\u00a0\u00ad"
_ALPHABETIC_TABLES = (
    *(f"cp{n}" for n in range(1250, 1259)),
    *(f"iso8859-{n}" for n in (1, 2, 3, 4, 5, 7, 9, 10, 13, 14, 15, 16)),
    "koi8-r",
    "koi8-u",
    "cp866",
    "mac-roman",
    "mac-cyrillic",
)
_LETTER = re.compile(r"[^\W\d_]")


# Latin tables (not cp1258, which spells Vietnamese letters as base + mark):
# their words are mostly ASCII letters, and four non-ASCII characters in a row
# are a two-byte charset's syllables ('°æº¸¸¦'), not a word.
_LATIN_TABLES = {
    codecs.lookup(t).name
    for t in (
        "cp1250",
        "cp1252",
        "cp1254",
        "cp1257",
        "mac-roman",
        *(f"iso8859-{n}" for n in (1, 2, 3, 4, 9, 10, 13, 14, 15, 16)),
    )
}


def _signs_inside_words(codec: str) -> re.Pattern[str]:
    upper = bytes(range(0x80, 0x100)).decode(codec, "ignore")
    signs = "".join(
        c for c in upper if unicodedata.category(c)[0] in "SPNCZ" and c not in _WORD_PUNCT
    )
    cls = "".join(re.escape(c) for c in signs)
    rule = f"(?<=[^\\W\\d_])[{cls}]|[{cls}](?=[^\\W\\d_])"
    # a small letter then a capital, both from the table's upper half: words
    # do not change case inside ('іА', 'ґВ': EUC-KR syllables read as cp1251)
    small = "".join(re.escape(c) for c in upper if unicodedata.category(c) == "Ll")
    capital = "".join(re.escape(c) for c in upper if unicodedata.category(c) == "Lu")
    if small and capital:
        rule += f"|[{small}][{capital}]"
    if codecs.lookup(codec).name in _LATIN_TABLES:
        rule += "|[^\\x00-\\x7f\\s]{4}"  # each 4 in a run: a long run is not one typo
    return re.compile(rule)


IMPLAUSIBLE: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {
    # codec -> (letters of its script, sequences that script never writes)
    **{
        enc: (re.compile("[\u0e01-\u0e5b]"), _THAI_IMPLAUSIBLE)
        for enc in ("cp874", "tis-620", "iso8859-11")
    },
    **{codecs.lookup(enc).name: (_LETTER, _signs_inside_words(enc)) for enc in _ALPHABETIC_TABLES},
    # Korean prose writes syllables; loose compatibility jamo (ㅟ, ㆂ) between
    # them are another CJK charset's bytes read as EUC-KR
    **{
        enc: (re.compile("[\uac00-\ud7a3\u3131-\u318e]"), re.compile("[\u3131-\u318e]"))
        for enc in ("euc_kr", "cp949")
    },
}
# Two-byte tables tried, least chaotic first, when neither the declared table nor
# any detector guess reads plausibly: the detectors may not name the right one
# for a one-line text (EUC-JP read as cp1252 / cp949).
MULTIBYTE_FALLBACKS = ("euc_jp", "euc_kr", "gb18030", "big5", "shift_jis")
IMPLAUSIBLE_SHARE = 0.03


def implausible_for_table(text: str, encoding: str) -> bool:
    """True when ``text``, decoded with the single-byte table ``encoding``,
    holds more sequences its script never writes than a typo explains."""
    rules = IMPLAUSIBLE.get(encoding)
    if rules is None:
        return False
    letters, bad = rules
    sample = text[:8192]  # a wrong table shows on every line: a page's start tells
    n_bad = len(bad.findall(sample))
    return n_bad > 0 and n_bad >= IMPLAUSIBLE_SHARE * len(letters.findall(sample))


# C0 controls other than the usual whitespace, plus DEL.
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f]")
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass
class Decoded:
    text: str
    encoding: str
    flags: list[Flag] = field(default_factory=list)


class BinaryContent(Exception):
    """The bytes are not text; ``str(exc)`` is the reason."""


# Charset labels browsers know (the WHATWG Encoding Standard's label table, and
# MySQL's utf8mb4) that Python's codec registry does not: a page declaring
# windows-874 or x-sjis was flagged as naming an "unknown charset".
LABEL_ALIASES: dict[str, str] = {
    **dict.fromkeys(("windows-874", "dos-874"), "cp874"),
    **dict.fromkeys(("x-sjis", "windows-31j", "ms_kanji", "csshiftjis"), "cp932"),
    **dict.fromkeys(("x-euc-jp", "cseucpkdfmtjapanese"), "euc_jp"),
    **dict.fromkeys(("x-gbk", "gb_2312-80", "iso-ir-58", "csgb2312", "csiso58gb231280"), "gb18030"),
    **dict.fromkeys(("x-x-big5", "cn-big5", "csbig5"), "big5"),
    **dict.fromkeys(
        ("ks_c_5601-1989", "iso-ir-149", "windows-949", "x-windows-949", "csksc56011987"),
        "cp949",
    ),
    **dict.fromkeys(("iso-8859-8-i", "csiso88598i", "logical"), "iso8859-8"),
    **dict.fromkeys(("x-mac-roman", "csmacintosh"), "mac-roman"),
    **dict.fromkeys(("x-mac-cyrillic", "x-mac-ukrainian"), "mac-cyrillic"),
    **dict.fromkeys(
        ("unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8", "utf8mb4"),
        "utf-8",
    ),
    **{f"x-cp{n}": f"cp{n}" for n in range(1250, 1259)},
}


def canonical_encoding(label: str | None) -> str | None:
    """Python's codec name for a charset label, or None if unknown."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in ("x-user-defined", "binary", "none"):
        return None
    label = LABEL_ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def charset_from_content_type(value: str | None) -> str | None:
    if not value:
        return None
    m = _CHARSET_PARAM.search(value)
    return m.group(1) if m else None


def charset_from_markup(data: bytes) -> str | None:
    """The charset an HTML/XML page declares in its first 4 KB, if any."""
    head = data[:4096]
    m = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    return m.group(1).decode("ascii") if m else None


# Short magics a line of text can start with ("BZh9 is the flag…", "RIFF tensions
# rise…", "OggS…", "wOFF…"): each is binary only when the bytes after it are what
# the format puts there.
_BZIP2_MAGICS = (b"\x31\x41\x59\x26\x53\x59", b"\x17\x72\x45\x38\x50\x90")  # block, end
_RIFF_FORMS = {
    b"WAVE",
    b"AVI ",
    b"AVIX",
    b"WEBP",
    b"RMID",
    b"ACON",
    b"CDXA",
    b"AMV ",
    b"DLS ",
    b"sfbk",
    b"RMMP",
    b"PAL ",
    b"RDIB",
    b"QLCM",
}
_FONT_FLAVOURS = (b"\x00\x01\x00\x00", b"OTTO", b"true", b"typ1")


def _is_bzip2(data: bytes) -> bool:
    # "BZh", a block size digit 1-9, then the first block's (or the end's) magic
    return data[3:4] != b"" and data[3:4] in b"123456789" and data[4:10] in _BZIP2_MAGICS


def _is_riff(data: bytes) -> bool:
    # a little-endian chunk size (the form type at least), then a known form type
    return (
        len(data) >= 12 and int.from_bytes(data[4:8], "little") >= 4 and data[8:12] in _RIFF_FORMS
    )


def _is_ogg(data: bytes) -> bool:
    # stream structure version 0, then header type flags (continued, first, last)
    return len(data) >= 6 and data[4] == 0 and data[5] & ~0x07 == 0


def _is_woff(data: bytes) -> bool:
    # the font's flavour: TrueType (0x00010000 or 'true'), CFF ('OTTO'), 'typ1'
    return data[4:8] in _FONT_FLAVOURS


_SIGNATURE_CHECKS = {
    b"BZh": _is_bzip2,
    b"RIFF": _is_riff,
    b"OggS": _is_ogg,
    b"wOFF": _is_woff,
    b"wOF2": _is_woff,
}


def binary_signature(data: bytes) -> str | None:
    for magic, what in BINARY_SIGNATURES:
        if data.startswith(magic):
            check = _SIGNATURE_CHECKS.get(magic)
            if check is None or check(data):
                return what
    return None


def _fallback_multibyte(data: bytes, sample: bytes, cut: bool, tried: set[str]) -> str | None:
    """Of :data:`MULTIBYTE_FALLBACKS` not in ``tried``, the one that decodes
    ``data`` strictly and plausibly and that charset-normalizer finds least
    chaotic; None when none does."""
    ok = [
        enc
        for enc in MULTIBYTE_FALLBACKS
        if enc not in tried
        and (t := _strict(data, enc, cut)) is not None
        and not t.isascii()
        and not implausible_for_table(t, enc)
    ]
    if len(ok) <= 1:
        return ok[0] if ok else None
    try:
        import charset_normalizer

        scores = {}
        for m in charset_normalizer.from_bytes(sample, cp_isolation=ok, preemptive_behaviour=False):
            enc = canonical_encoding(m.encoding)
            if enc in ok and enc not in scores:
                scores[enc] = (m.chaos, -m.coherence, ok.index(enc))
        if scores:
            return min(scores, key=scores.__getitem__)
    except Exception:  # noqa: BLE001, S110 - a hint: without it the table order decides
        pass
    return ok[0]


def _candidates(encoding: str) -> tuple[str, ...]:
    return SUPERSETS.get(encoding, (encoding,))


def _strict(data: bytes, encoding: str, cut: bool) -> str | None:
    """Decode strictly; when the data was cut, a partial last character is dropped."""
    try:
        dec = codecs.getincrementaldecoder(encoding)("strict")
        return dec.decode(data, final=not cut)
    except (UnicodeDecodeError, LookupError, ValueError):
        return None


def _lenient(data: bytes, encoding: str, cut: bool) -> str:
    dec = codecs.getincrementaldecoder(encoding)("replace")
    return dec.decode(data, final=not cut)


def utf16_without_bom(sample: bytes) -> str | None:
    """UTF-16 text without a BOM shows NULs on every other byte."""
    if len(sample) < 16:
        return None
    even = sample[0::2].count(0) / (len(sample) / 2)
    odd = sample[1::2].count(0) / (len(sample) / 2)
    if odd > 0.4 and even < 0.05:
        return "utf-16-le"
    if even > 0.4 and odd < 0.05:
        return "utf-16-be"
    return None


# The bytes 0x80-0x9F that Windows-1252 spells as punctuation and signs
# (‘ ’ “ ” – — … € ™ •, and Š œ Ÿ …); each is invalid where UTF-8 expects a
# character to start.
_CP1252_C1 = frozenset(b for b in range(0x80, 0xA0) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D))
# UTF-8 in which such lone bytes read as Windows-1252; any other invalid byte
# is an error (or U+FFFD with errors="replace"), as in UTF-8.
UTF8_CP1252 = "utf-8-cp1252"


_C1_DELETE = bytes(sorted(_CP1252_C1))  # for counting them in one pass
# UTF-8 in which lone Latin-1 bytes (0xA0-0xFF: "\xfc" for "ü", "\xab" for "«")
# read as Windows-1252 too, as the C1 punctuation above does: a UTF-8 page with
# a few words pasted from a Latin-1 source. Tried only when UTF-8 characters
# outnumber such bytes (see decode_bytes): legacy text is all such bytes.
UTF8_LATIN1 = "utf-8-latin1"
_LONE_AS_CP1252 = {
    "c1": _CP1252_C1,
    "latin1": _CP1252_C1 | frozenset(range(0xA0, 0x100)),
}


def _lone_byte_handler(accepted: frozenset[int], fallback: str):
    def handle(exc: UnicodeError):
        if (
            isinstance(exc, UnicodeDecodeError)
            and exc.end - exc.start == 1
            and exc.object[exc.start] in accepted
        ):
            return bytes(exc.object[exc.start : exc.end]).decode("cp1252"), exc.end
        if fallback == "strict":
            raise exc
        return codecs.lookup_error(fallback)(exc)

    return handle


for _kind, _accepted in _LONE_AS_CP1252.items():
    for _fallback in ("strict", "replace", "ignore"):
        codecs.register_error(
            f"newsline-cp1252-{_kind}-{_fallback}", _lone_byte_handler(_accepted, _fallback)
        )


def _mixed_codec(codec_name: str, kind: str) -> codecs.CodecInfo:
    def decode(data, errors: str = "strict", final: bool = False):
        return codecs.utf_8_decode(data, f"newsline-cp1252-{kind}-{errors}", final)

    class Decoder(codecs.BufferedIncrementalDecoder):
        def _buffer_decode(self, data, errors, final):
            return decode(data, errors, final)

    return codecs.CodecInfo(
        name=codec_name,
        encode=codecs.utf_8_encode,
        decode=lambda data, errors="strict": decode(data, errors, True),
        incrementalencoder=codecs.getincrementalencoder("utf-8"),
        incrementaldecoder=Decoder,
    )


def _find_mixed_utf8(name: str) -> codecs.CodecInfo | None:
    name = name.replace("_", "-")
    if name == UTF8_CP1252:
        return _mixed_codec(UTF8_CP1252, "c1")
    if name == UTF8_LATIN1:
        return _mixed_codec(UTF8_LATIN1, "latin1")
    return None


codecs.register(_find_mixed_utf8)


def utf16_by_nul_parity(sample: bytes) -> str | None:
    """UTF-16 without a BOM whose NULs all sit on one parity of byte: the high
    byte of each ASCII space, digit or sign between letters of another script."""
    n = len(sample) // 2
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    least = max(4, n // 100)
    if odd >= least and not even:
        return "utf-16-le"
    if even >= least and not odd:
        return "utf-16-be"
    return None


# Not text: unassigned code points, private use, surrogates, C0/C1 controls
# other than the usual whitespace.
_NOT_TEXT_CATEGORIES = frozenset(("Cn", "Co", "Cs"))


def _plausible_text(text: str) -> bool:
    """Hardly any character a writer never writes: what bytes that are no
    UTF-16 give when read as it (unassigned and private code points)."""
    sample = text[:8192]
    bad = sum(
        1
        for ch in sample
        if unicodedata.category(ch) in _NOT_TEXT_CATEGORIES
        or (unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f")
    )
    return bad <= len(sample) // 100


def _uchardet(sample: bytes) -> str | None:
    try:
        from resiliparse.parse.encoding import detect_encoding

        return canonical_encoding(detect_encoding(sample, max_len=0))
    except Exception:  # noqa: BLE001 - the detector is a hint; never let it fail a read
        return None


def _charset_normalizer(sample: bytes) -> str | None:
    try:
        import charset_normalizer

        # preemptive_behaviour=False: charset-normalizer otherwise trusts the
        # page's own <meta charset> when that table decodes cleanly, so the
        # "second opinion" on a lying declaration was the lie itself
        best = charset_normalizer.from_bytes(sample, preemptive_behaviour=False).best()
        return canonical_encoding(best.encoding) if best is not None else None
    except Exception:  # noqa: BLE001 - the detector is a hint; never let it fail a read
        return None


def _detect(sample: bytes):
    """Detector guesses, best first: uchardet (fast, right on every case in
    benchmarks/read_encoding_detectors.py), then charset-normalizer, asked only
    when the first guess is not enough."""
    first = _uchardet(sample)
    if first:
        yield first
    second = _charset_normalizer(sample)
    if second and second != first:
        yield second


class _LazyRest:
    """Iterate the remaining detector guesses on demand, remembering them."""

    def __init__(self, detector, seen: list[str]):
        self.detector, self.seen = detector, seen

    def __iter__(self):
        for enc in self.detector:
            self.seen.append(enc)
            yield enc


def _less_chaotic(sample: bytes, first: str, second: str) -> str:
    """Of two clean decodings, the one charset-normalizer finds less messy;
    ``first`` (the declared table) when it cannot tell them apart."""
    try:
        import charset_normalizer

        scores = {}
        for m in charset_normalizer.from_bytes(sample, cp_isolation=[first, second]):
            enc = canonical_encoding(m.encoding)
            if enc in (first, second) and enc not in scores:
                scores[enc] = (m.chaos, -m.coherence)
        if second in scores and (first not in scores or scores[second] < scores[first]):
            return second
    except Exception:  # noqa: BLE001, S110 - a hint: without it the declared table stays
        pass
    return first


# Characters that UTF-8 read as Windows-1252 / Latin-1 leaves behind ("Ã³" for
# "ó", "â€™" for "’", "Â " for a no-break space): a text without any cannot be
# such mojibake, and skips the check (here, and in language ID before it reads
# a line as written).
MOJIBAKE_MARKS = re.compile(
    "[ÃÂâÅÆÐØÙàáæ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]"
)


# A character reference an HTML page's text kept as written, escaped twice
# on its way ("don&#8217;t", "L&rsquo;Assembl&eacute;e", "R&amp;D"), where a
# copy of the page shows the characters. Only with its semicolon: "&name"
# without one, which html.unescape also reads, is often just text
# ("&parameter" would read "¶meter").
CHAR_REFERENCE = re.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def resolve_char_references(text: str) -> str:
    """``text`` with every CHAR_REFERENCE read as its character, for reading
    it (its language, its likeness to another page); ``Document.text`` keeps
    what was written."""
    if "&" not in text or ";" not in text:
        return text
    return CHAR_REFERENCE.sub(_char_of_reference, text)


def _char_of_reference(m: re.Match[str]) -> str:
    return html.unescape(m.group())


def _mojibake_flag(text: str) -> Flag | None:
    """A flag when the decoded text was already mis-decoded before it was
    saved (UTF-8 read as Windows-1252: "asumiÃ³" for "asumió"), found with
    ftfy. The text is left exactly as decoded: offsets point into it."""
    sample = text[:65536]
    m = MOJIBAKE_MARKS.search(sample)
    if m is None:
        return None
    try:
        import ftfy
        from ftfy import badness
    except ImportError:  # pragma: no cover - ftfy is a dependency
        return None
    if not badness.is_bad(sample):
        return None
    a = max(0, m.start() - 20)
    window = sample[a : m.end() + 20]
    fixed = ftfy.fix_encoding(window)
    if fixed == window:
        return None
    marks = len(MOJIBAKE_MARKS.findall(sample))
    return Flag(
        kind="encoding",
        reason=(
            f"text looks mis-decoded before it was saved (mojibake: {window.strip()!r} "
            f"reads as {fixed.strip()!r}); left as decoded"
        ),
        data={"mojibake_marks": marks, "example": window, "repaired_example": fixed},
    )


def _check_text(
    text: str, encoding: str, flags: list[Flag], control_share: float = 0.1, stray_nuls: int = 0
) -> None:
    """Refuse text that is mostly control characters; flag what is odd but readable.
    ``stray_nuls`` NULs are allowed (a text with a lone NUL; see decode_bytes)."""
    sample = text[:65536]
    if not sample:
        return
    if not sample.isascii() and (moji := _mojibake_flag(text)) is not None:
        flags.append(moji)
    if "\ufffd" not in sample and _CONTROL.search(text) is None:
        return  # the common case: clean text, one fast scan
    controls = len(_CONTROL.findall(sample))
    replaced = sample.count("\ufffd")
    if sample.count("\x00") > stray_nuls or (controls + replaced) > control_share * len(sample):
        raise BinaryContent("binary content")
    n_controls = len(_CONTROL.findall(text)) if len(text) > len(sample) else controls
    if n_controls:
        flags.append(
            Flag(
                kind="encoding",
                reason=f"text contains {n_controls} control character(s)",
                data={"control_chars": n_controls},
            )
        )


def decode_bytes(
    data: bytes,
    declared: list[tuple[str, str | None]] | None = None,
    *,
    cut: bool = False,
    sample_bytes: int = 65536,
    control_share: float = 0.1,
) -> Decoded:
    """Decode ``data`` to text, detecting its encoding.

    ``declared`` lists (where, label) pairs such as ("HTTP header", "utf-8")
    or ("meta charset", "iso-8859-1"), strongest first. ``cut`` says the bytes
    were cut at a size limit, so an incomplete last character is dropped
    rather than reported as invalid. Raises :class:`BinaryContent` for data
    that is not text.
    """
    decoded = _decode_bytes(
        data, declared, cut=cut, sample_bytes=sample_bytes, control_share=control_share
    )
    if not any(canonical_encoding(label) for _, label in declared or ()):
        mac = _classic_mac_text(data[:sample_bytes], data, decoded, cut)
        if mac is not None:
            # the detected table's notes no longer hold; NUL padding still does
            flags = [f for f in decoded.flags if f.kind != "encoding" or "nul_padding" in f.data]
            flags.append(
                Flag(
                    kind="encoding",
                    reason=f"lines end in CR alone (classic Mac OS) and the text reads better "
                    f"as Mac Roman than as {decoded.encoding}; decoded as mac-roman",
                    data={"used": "mac-roman", "detected": decoded.encoding},
                )
            )
            body = mac.rstrip("\x00")  # padding was judged before; stray NULs are allowed
            _check_text(body, "mac-roman", flags, control_share, body.count("\x00"))
            return Decoded(mac, "mac-roman", flags)
    return decoded


# A non-ASCII character touching an ASCII letter is, in Latin prose, a Latin
# letter ("für", "Überlingen"), a capital only after no small letter, or word
# punctuation (’ – «); anything else there is a table misreading the bytes
# ("fŸr" is Mac Roman read as cp1252, "rÈouverture" cp1252 read as Mac Roman,
# "f殲" Mac Roman read as Shift_JIS).
_BY_ASCII_LETTER = re.compile(r"(?<=[A-Za-z])[^\x00-\x7f]|[^\x00-\x7f](?=[A-Za-z])")


def _in_word_oddities(text: str) -> int:
    odd = 0
    for m in _BY_ASCII_LETTER.finditer(text[:65536]):
        ch = m.group()
        if ch in _WORD_PUNCT:
            continue
        latin = unicodedata.name(ch, "").startswith("LATIN ")
        after_small = m.start() > 0 and text[m.start() - 1].islower()
        odd += not latin or (ch.isupper() and after_small)
    return odd


def _classic_mac_text(sample: bytes, data: bytes, decoded: Decoded, cut: bool) -> str | None:
    """The text read as Mac Roman, when the file is classic Mac OS text (lines
    end in CR alone; detectors hardly know the table) and Mac Roman reads its
    words better than the detected table did; else None."""
    enc = decoded.encoding
    if enc == "ascii" or enc.startswith("utf") or enc == "mac-roman":
        return None
    if b"\r" not in sample or b"\n" in sample:
        return None
    text = _strict(data, "mac-roman", cut)
    if text is None or implausible_for_table(text, "mac-roman"):
        return None
    # A tie goes to Mac Roman against a DOS or other table that spells its
    # letters as other Latin letters (cp857's "estaıïo"): CR line ends are the
    # Mac's mark. Not against a Windows or ISO table: cp1252 text whose only
    # high bytes are curly quotes ties too ("we’re" / "weíre").
    mac_odd, det_odd = _in_word_oddities(text), _in_word_oddities(decoded.text)
    if mac_odd < det_odd or (mac_odd == det_odd and not enc.startswith(("cp125", "iso8859"))):
        return text
    return None


def _decode_bytes(
    data: bytes,
    declared: list[tuple[str, str | None]] | None = None,
    *,
    cut: bool = False,
    sample_bytes: int = 65536,
    control_share: float = 0.1,
    stray_nuls: int = 0,
) -> Decoded:
    flags: list[Flag] = []
    for bom, enc in BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            text = _strict(body, enc, cut)
            if text is None:
                text = _lenient(body, enc, cut)
                flags.append(_replaced_flag(text, enc))
            _check_text(text, enc, flags, control_share, stray_nuls)
            # Name the codec that consumes the BOM, so data.decode(encoding) == text.
            return Decoded(text, BOM_CODEC[enc], flags)

    what = binary_signature(data)
    if what:
        raise BinaryContent(f"binary content ({what})")
    sample = data[:sample_bytes]
    if b"\x00" in sample and not stray_nuls:
        enc16 = utf16_without_bom(sample)
        text = _strict(data, enc16, cut) if enc16 else None
        if text is None and (enc16 := utf16_by_nul_parity(sample)):
            # non-Latin UTF-16 (Arabic, Cyrillic, Greek) puts NULs only after
            # its spaces and punctuation: too few for the rule above
            text = _strict(data, enc16, cut)
            if text is not None and not _plausible_text(text):
                text = None
        if text is None:
            return _nul_padded(data, declared, cut, sample_bytes, control_share)
        _check_text(text, enc16, flags, control_share, stray_nuls)
        return Decoded(text, enc16, flags)

    text = _strict(data, "utf-8", cut)
    declared_encs: list[tuple[str, str, str]] = []  # (where, label, codec)
    for where, label in declared or ():
        enc = canonical_encoding(label)
        if enc:
            declared_encs.append((where, label or "", enc))
        elif label:
            flags.append(Flag(kind="encoding", reason=f"{where} names unknown charset {label!r}"))

    if text is not None:
        encoding = "ascii" if text.isascii() else "utf-8"
        if text.isascii() and b"\x1b" in sample:
            # ISO-2022 (Japanese mail and old pages) is 7-bit: it is known by its
            # escape sequences, which ASCII text does not hold (a terminal's
            # colour codes, ESC "[", do not decode as ISO-2022)
            for enc in ISO2022:
                alt = _strict(data, enc, cut)
                if alt is not None and not alt.isascii():
                    _check_text(alt, enc, flags, control_share, stray_nuls)
                    return Decoded(alt, enc, flags)
        if text.isascii():
            # 7-bit encodings (ISO-2022-*) look like ASCII; honour them when declared.
            for _where, _label, enc in declared_encs:
                if enc.startswith("iso2022") or enc in ("utf-7", "hz"):
                    alt = _strict(data, enc, cut)
                    if alt is not None:
                        _check_text(alt, enc, flags, control_share, stray_nuls)
                        return Decoded(alt, enc, flags)
        elif declared_encs and declared_encs[0][2] != "utf-8":
            where, label, _ = declared_encs[0]
            flags.append(
                Flag(
                    kind="encoding",
                    reason=f"{where} says {label} but the bytes are valid UTF-8; decoded as UTF-8",
                    data={"declared": label, "used": "utf-8"},
                )
            )
        _check_text(text, encoding, flags, control_share, stray_nuls)
        return Decoded(text, encoding, flags)

    # Mostly-valid UTF-8 with a few broken sequences is damaged UTF-8, not another
    # charset: legacy encodings read as UTF-8 give far more errors than valid characters.
    lenient = _lenient(data, "utf-8", cut)
    replaced = lenient.count("\ufffd")
    valid_non_ascii = len(lenient) - len(lenient.encode("ascii", "ignore")) - replaced
    if valid_non_ascii or any(enc == "utf-8" for _, _, enc in declared_encs):
        # UTF-8 text with a few Windows-1252 smart quotes or dashes pasted in
        # (an editor's autocorrect, a template in another charset): read as the
        # punctuation they are, not as U+FFFD or a whole page in a wrong table
        mixed = _strict(data, UTF8_CP1252, cut)
        if mixed is not None:
            flags.append(
                Flag(
                    kind="encoding",
                    reason=f"{replaced} byte(s) invalid in UTF-8 are Windows-1252 punctuation "
                    "(smart quotes, dashes); read as that",
                    data={"encoding": "utf-8", "cp1252_bytes": replaced},
                )
            )
            _check_text(mixed, UTF8_CP1252, flags, control_share, stray_nuls)
            return Decoded(mixed, UTF8_CP1252, flags)
        # Lone Latin-1 letters and signs too, when the UTF-8 characters outnumber
        # them (a Latin-1 quotation in a UTF-8 page); U+FFFD left by the reading
        # above counts the bytes that are not C1 punctuation.
        # (the reading costs a Python call per invalid byte: legacy text, all
        # invalid bytes and few of them C1, is told apart first by counting)
        c1 = len(data) - len(data.translate(None, _C1_DELETE))
        latin = replaced
        if replaced - c1 < valid_non_ascii:
            latin = _lenient(data, UTF8_CP1252, cut).count("\ufffd")
        if latin < valid_non_ascii and (mixed := _strict(data, UTF8_LATIN1, cut)) is not None:
            flags.append(
                Flag(
                    kind="encoding",
                    reason=f"{replaced} byte(s) invalid in UTF-8 are lone Windows-1252/Latin-1 "
                    "characters among UTF-8 text; read as those",
                    data={"encoding": "utf-8", "latin1_bytes": replaced},
                )
            )
            _check_text(mixed, UTF8_LATIN1, flags, control_share, stray_nuls)
            return Decoded(mixed, UTF8_LATIN1, flags)
    if valid_non_ascii >= UTF8_DAMAGE_RATIO * replaced:
        flags.append(_replaced_flag(lenient, "utf-8"))
        _check_text(lenient, "utf-8", flags, control_share, stray_nuls)
        return Decoded(lenient, "utf-8", flags)

    detector = _detect(sample)
    first_guess = next(detector, None)
    detected: list[str] = []  # the detector's further guesses, once asked for
    rest = _LazyRest(detector, detected)

    def guesses() -> Iterator[str]:
        if first_guess:
            yield first_guess
        yield from list(detected)
        yield from rest

    mislabelled: list[str] = []
    for where, label, enc in declared_encs:
        for cand in _candidates(enc):
            text = _strict(data, cand, cut)
            if text is None:
                continue
            # A clean decode with the declared table proves little: single-byte
            # tables decode almost anything, and the CJK tables decode one
            # another's bytes (EUC-KR read as Latin-1, GB18030 as Big5).
            # When the detector's first guess is another encoding, take the first
            # of its guesses that also decodes cleanly and ask which of the two
            # reads better (a first guess that agrees is not second-guessed).
            # A single-byte decoding its own script could not have written
            # (Thai tone marks on no letter, signs inside every word) loses to
            # a guess of the detector that decodes cleanly and reads plausibly,
            # even when the detector named the declared table first or chaos
            # scores cannot tell them apart (they tie on one short sentence).
            own = (enc, cand, *_candidates(enc))
            implausible = cand not in MULTIBYTE and implausible_for_table(text, cand)
            det = plausible = None
            if implausible:
                plausible = next(
                    (
                        g
                        for g in guesses()
                        if g not in own
                        and (t := _strict(data, g, cut)) is not None
                        and not implausible_for_table(t, g)
                    ),
                    None,
                )
                if plausible is None:
                    seen = {*own, *detected, *([first_guess] if first_guess else [])}
                    plausible = _fallback_multibyte(data, sample, cut, seen)
            if plausible is None and first_guess and first_guess not in own:
                det = next(
                    (g for g in guesses() if g not in own and _strict(data, g, cut) is not None),
                    None,
                )
            if plausible is not None or det is not None:
                better = plausible or _less_chaotic(sample, cand, det)
                if better != cand:
                    cand, text = better, _strict(data, better, cut)
                    flags.append(_mislabel_flag(where, label, cand))
            _check_text(text, cand, flags, control_share, stray_nuls)
            return Decoded(text, cand, flags)
        mislabelled.append(f"{where} says {label}")

    all_guesses = list(dict.fromkeys(guesses()))
    for enc in all_guesses:
        for cand in _candidates(enc):
            text = _strict(data, cand, cut)
            if text is not None and cand not in MULTIBYTE and implausible_for_table(text, cand):
                # signs inside every word: a later guess that reads plausibly wins
                alt = next(
                    (
                        g
                        for g in (*SIBLING_TABLES.get(cand, ()), *all_guesses)
                        if g != cand
                        and (t := _strict(data, g, cut)) is not None
                        and not implausible_for_table(t, g)
                    ),
                    None,
                ) or _fallback_multibyte(data, sample, cut, {cand, *all_guesses})
                if alt is not None:
                    cand, text = alt, _strict(data, alt, cut)
            if text is not None:
                for note in mislabelled[:1]:
                    flags.append(
                        Flag(
                            kind="encoding",
                            reason=f"{note} but the bytes do not decode as that; decoded as {cand}",
                            data={"used": cand},
                        )
                    )
                _check_text(text, cand, flags, control_share, stray_nuls)
                return Decoded(text, cand, flags)

    # Nothing decodes cleanly: take the candidate that needs the fewest replacements.
    options = (
        ["utf-8"]
        + [e for _, _, e in declared_encs]
        + ([first_guess] if first_guess else [])
        + detected
    )
    best_text, best_enc = None, "utf-8"
    for enc in dict.fromkeys(options):
        try:
            t = _lenient(data, enc, cut)
        except (LookupError, UnicodeError):
            # Even with errors="replace" the UTF-16/32 decoders give up on a stream
            # with no BOM; that candidate simply reads worst.
            continue
        if best_text is None or t.count("\ufffd") < best_text.count("\ufffd"):
            best_text, best_enc = t, enc
    assert best_text is not None
    flags.append(_replaced_flag(best_text, best_enc))
    _check_text(best_text, best_enc, flags, control_share, stray_nuls)
    return Decoded(best_text, best_enc, flags)


# Most NULs a text may hold inside it (per byte) and still be read: a lone
# NUL from a bad copy, not a binary file's scattering.
STRAY_NUL_SHARE = 0.001
# ISO-2022 variants tried on 7-bit text with escape sequences, widest first.
ISO2022 = ("iso2022_jp_2", "iso2022_jp_ext", "iso2022_kr")


def _nul_padded(
    data: bytes,
    declared: list[tuple[str, str | None]] | None,
    cut: bool,
    sample_bytes: int,
    control_share: float,
) -> Decoded:
    """Text followed by NUL padding (what a crash or a preallocating writer
    leaves) or holding a stray NUL or two: the text is read and the NULs stay
    as U+0000 (the text is the bytes decoded; the segmenter sees blank), with
    a flag counting them. Anything else with NULs is binary."""
    body = data.rstrip(b"\x00")
    stray = body.count(b"\x00")
    if not body.strip(b"\x00 \t\r\n") or stray > max(1, int(len(body) * STRAY_NUL_SHARE)):
        raise BinaryContent("binary content")
    if stray and (utf16_without_bom(body[:sample_bytes]) or utf16_by_nul_parity(body[:sample_bytes])):
        raise BinaryContent("binary content")
    decoded = _decode_bytes(
        body,
        declared,
        cut=cut and len(body) == len(data),
        sample_bytes=sample_bytes,
        control_share=control_share,
        stray_nuls=stray,
    )
    padding = len(data) - len(body)
    decoded.text += "\x00" * padding  # NUL is one byte, one character, in every table tried
    parts = []
    if padding:
        parts.append(f"{padding} NUL byte(s) of padding after the text")
    if stray:
        parts.append(f"{stray} stray NUL byte(s) inside the text kept as U+0000")
    decoded.flags.insert(
        0,
        Flag(
            kind="encoding",
            reason="; ".join(parts),
            data={"nul_padding": padding, "stray_nuls": stray},
        ),
    )
    return decoded


def _mislabel_flag(where: str, label: str, used: str) -> Flag:
    return Flag(
        kind="encoding",
        reason=f"{where} says {label} but the bytes read better as {used}; decoded as {used}",
        data={"declared": label, "used": used},
    )


def _replaced_flag(text: str, encoding: str) -> Flag:
    n = text.count("\ufffd")
    first = text.find("\ufffd")
    return Flag(
        kind="encoding",
        reason=f"invalid bytes for {encoding}: {n} sequence(s) replaced with U+FFFD",
        start=first if first >= 0 else None,
        end=first + 1 if first >= 0 else None,
        data={"encoding": encoding, "replaced": n},
    )


def point_flags_at(flags: list[Flag], text: str) -> list[Flag]:
    """Re-aim decoding flags at ``text`` when it is not the decoded string itself
    (HTML visible text, a JSON field): offsets must always index Document.text."""
    for flag in flags:
        if flag.start is None:
            continue
        i = text.find("\ufffd") if "replaced" in flag.data else -1
        flag.start, flag.end = (i, i + 1) if i >= 0 else (None, None)
    return flags


def item_flags_at(flags: list[Flag], text: str) -> list[Flag]:
    """Copies of ``flags`` (what reading a file's bytes found) for one of the
    several documents the file holds (a feed's item, an XML export's article),
    re-aimed at that document's ``text`` as :func:`point_flags_at` does."""
    copies = [
        Flag(kind=f.kind, reason=f.reason, start=f.start, end=f.end, data=dict(f.data))
        for f in flags
    ]
    return point_flags_at(copies, text)


def replace_lone_surrogates(text: str, flags: list[Flag], where: str) -> str:
    """Lone surrogates are not Unicode (JSON escapes can carry them); U+FFFD keeps offsets."""
    if not _SURROGATE.search(text):
        return text
    n = len(_SURROGATE.findall(text))
    flags.append(
        Flag(
            kind="encoding",
            reason=f"{where} contains {n} lone surrogate code point(s); replaced with U+FFFD",
            data={"lone_surrogates": n},
        )
    )
    return _SURROGATE.sub("\ufffd", text)
