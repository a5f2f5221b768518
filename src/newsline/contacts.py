"""A way to write to someone, found in a line of text: a messenger with an id
("Zalo: 0912345678", "LINE ID: @abc123"), a handle, a t.me link, a link or
bare domain, a phone number of 9-14 digits (not an amount written in
thousands, "1.200.000.000"). Adverts injected into articles carry one; a
headline or an ordinary sentence almost never does. Shared by the cleaning
stage (a repeated line with one is no teaser headline) and the flags stage
(a short line that sells and gives one is spam).

Adverts write their address so that filters miss it: "spinwin-bet dot com",
"example[.]com", "ví dụ chấm net", a bare domain under a country's suffix
("krypto-gewinn-app.de"), a messenger's number in groups ("Zalo 0912 345
678"). Those shapes are read too."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Messaging apps sellers are reached on, written before an account id
# ("Zalo 09..", "微信 abc..", "LINE ID"): names of apps, not of sites.
MESSENGERS: list[str] = [
    "telegram",
    "zalo",
    "whatsapp",
    "wechat",
    "viber",
    "kakaotalk",
    "line id",
    "id line",
    "line@",
    "微信号",
    "微信",
    "薇信",
    "威信",
    # "add V / add 薇" (WeChat written past a filter: "加V：abc123", "加薇❤：…")
    "加v",
    "加薇",
    "加微",
    "vx",
    "ไลน์",
    "ไอดีไลน์",
    "ไลน์ไอดี",
    "카톡",
    "카카오톡",
    # the same apps in other scripts ("کانال تلگرام", "в Телеграм", "ทักเทเลแกรม")
    "تلگرام",
    "تلغرام",
    "واتساپ",
    "واتس اب",
    "телеграм",
    "вайбер",
    "вотсап",
    "เทเลแกรม",
    "วอทส์แอป",
]

# the app's name, maybe an emoji put after it to break a filter ("加薇❤："),
# then maybe the word "ID" ("카톡 ID: abc123", "Telegram ID: abc_88"), a
# colon, and the account. The lookahead on the names' first
# letters (a necessary condition, under the same flags) lets the engine skip
# to where a name may start instead of trying every name at every position
# (4x faster on the short lines find_contact reads).
_MESSENGER_FIRSTS = "[" + re.escape("".join(sorted({m[0] for m in MESSENGERS}))) + "]"
_MESSENGER_ID = re.compile(
    "(?=" + _MESSENGER_FIRSTS + ")"
    r"(?:" + "|".join(re.escape(m) for m in MESSENGERS) + r")"
    r"[\u2600-\u27bf\ufe0f\U0001f300-\U0001faff]{0,3}(?:\s*(?:id|아이디))?\s*[:：]?\s*"
    # a number may be written in groups ("Zalo 0912 345 678"): all of it
    r"(\+?\d[\d.\-]{3,}(?:[ ]\d{2,5}(?![\w.\-])){0,4}"
    r"|@?(?=[A-Za-z_.\-]*\d)[A-Za-z0-9_.\-]{4,})",
    re.IGNORECASE,
)
# The generic suffixes adverts use; a country's own is read separately.
_GENERIC_TLDS = (
    "com|net|org|vip|xyz|club|bet|top|cc|me|io|info|online|site|live|app|example|biz|shop|store|win"
)
# "dot" written as a word ("spinwin-bet dot com", "apuestas punto net", "vay
# chấm com") or in brackets ("example[.]com", "example(dot)com") to dodge
# a link filter; 点/點 between an address's Latin parts in Chinese
_DOT_WORDS = "dot|punto|ponto|point|punkt|titik|chấm"
_BRACKETED_DOT = r"\s*[\[({]\s*(?:\.|" + _DOT_WORDS + r"|点|點)\s*[\])}]\s*"
_CONTACT = re.compile(
    r"(?<![A-Za-z0-9_@.])@[A-Za-z0-9_][A-Za-z0-9_.]{2,}"
    r"|(?<![A-Za-z0-9])t\.me/\S+"
    r"|(?:https?://|www\.)\S+"
    r"|(?<![A-Za-z0-9.\-])[a-z0-9\-]{2,}\.(?:" + _GENERIC_TLDS + r")(?:/\S*)?(?![A-Za-z0-9])"
    r"|(?<![A-Za-z0-9+])\+?\d[\d .\-]{7,18}\d(?!\d)",
    re.IGNORECASE,
)
# What every alternative of _CONTACT needs somewhere in the line: an "@", the
# "/" of "t.me/" or "://", a dot with something after it ("www.x", a domain's
# ".com"), or a phone number's nine digits and more. Most lines have none:
# the gate answers them in one scan where _CONTACT tries its five
# alternatives, lookbehinds first, at every position (4x faster overall).
_CONTACT_GATE = re.compile(r"[@/]|\.\S|\d[\d .\-]{7,18}\d")
_THOUSANDS = re.compile(r"\d{1,3}(?:([.,\s])\d{3})(?:\1\d{3})*")
_DECIMAL_MARK = re.compile(r"\d[.,]\d")


@lru_cache(maxsize=1)
def _country_tlds() -> str:
    """Every country's two-letter suffix ("de", "vn", "es", and "uk"), from
    CLDR's territory codes (pseudo-codes left out)."""
    from babel import Locale

    codes = {k.lower() for k in Locale("en").territories if len(k) == 2 and k.isalpha()}
    codes -= {"qo", "xa", "xb", "zz"}
    return "|".join(sorted(codes | {"uk"}))


@lru_cache(maxsize=1)
def _written_out_domain() -> re.Pattern[str]:
    tlds = _GENERIC_TLDS + "|" + _country_tlds()
    return re.compile(
        r"(?<![\w\-])([a-z0-9][a-z0-9\-]{1,62})"
        r"(" + _BRACKETED_DOT + r"|\s+(?:" + _DOT_WORDS + r")\s+|[点點])"
        r"(" + tlds + r")(?![\w\-])",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _country_domain() -> re.Pattern[str]:
    # lower case only: "years.In" is a missing space, not India's suffix
    return re.compile(
        r"(?<![\w.\-])[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9][a-z0-9\-]*){0,2}"
        r"\.(?:" + _country_tlds() + r")(?:/\S*)?(?![\w\-])"
    )


@lru_cache(maxsize=1)
def _spaced_www() -> re.Pattern[str]:
    """ "w w w . name . net", "w🔸w🔸w 点 name 点 cc": the three w's apart (one
    separator repeated), each dot a dot, a dot word or 点 with spaces about."""
    dot = r"\s*(?:[.。点點]|(?:" + _DOT_WORDS + r")(?!\w)|" + _BRACKETED_DOT + r")\s*"
    return re.compile(
        r"(?<!\w)w([^\w\n]{1,3})w\1w"
        + dot
        + r"[a-z0-9][a-z0-9\-]{1,62}"
        + dot
        + r"(?:"
        + _GENERIC_TLDS
        + "|"
        + _country_tlds()
        + r")(?![\w\-])",
        re.IGNORECASE,
    )


# a dot and a lower-case letter: where a bare domain may be (prose puts a
# space after its full stops); searched first, it rules out most lines fast
_DOT_LOWER = re.compile(r"\.[a-z]")


def _country_domain_in(text: str) -> str | None:
    if _DOT_LOWER.search(text) is None:
        return None
    for m in _country_domain().finditer(text):
        name = m.group(0).split(".", 1)[0]
        if any(c.isalpha() for c in name):  # not "3.de", a number
            return m.group(0)
    return None


_WORD_AFTER = re.compile(r"\s+[^\W\d_]")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)['’]?\s+$")
# Suffixes a spaced address may end in with a word after it ("Visit
# luckyspin dot com today"); "dot net" is also the name of a framework.
_SPACED_WITH_WORD_AFTER = frozenset({"com", "vip", "bet", "xyz"})
# Words that open a noun phrase ("the dot com bubble", "their dot com
# startup", "las empresas punto com"): an address is never written after one
# of them, nor is its name one of them.
_NOUN_OPENERS = frozenset(
    "the a an this that these those my your his her its our their some many every "
    "el la los las un una unos unas este esta estos estas su sus "
    "o os as um uma uns umas seu sua seus suas "
    "le les une des du ce cet cette ces son sa ses leur leurs "
    "der die das den dem des ein eine einen einem einer seine ihre "
    "il lo gli i uno".split()
)


def _written_out(text: str) -> str | None:
    """An address whose dot is written as a word or in brackets. Written
    glued ("example[.]com", "cai88点com"), it is one. Spaced, the words may
    be prose ("the dot com bubble", "el punto es", "a mark [.] in"): the
    name before must hold a digit or a hyphen ("goal-bet dot com"), or have
    four letters or more with no word after the suffix (a noun that "dot
    com" qualifies follows it), or be read as an address before a word
    (_address_before_a_word)."""
    if not _may_write_out(text):
        return None
    for m in _written_out_domain().finditer(text):
        label, sep = m.group(1), m.group(2)
        if not any(c.isalpha() for c in label):
            continue
        if (
            not any(c.isspace() for c in sep)
            or any(c.isdigit() or c == "-" for c in label)
            or (len(label) >= 4 and not _WORD_AFTER.match(text, m.end()))
            or _address_before_a_word(text, m)
        ):
            return m.group(0)
    return None


def _address_before_a_word(text: str, m: re.Match[str]) -> bool:
    """ "Visit luckyspin dot com today": a lower-case name of six letters or
    more, a suffix prose never writes as a noun's "dot X", and no word that
    opens a noun phrase as the name or before it ("the great dot com crash",
    "their dot com startup" are the noun)."""
    label, tld = m.group(1), m.group(3)
    if len(label) < 6 or not label.islower() or tld.lower() not in _SPACED_WITH_WORD_AFTER:
        return False
    if label in _NOUN_OPENERS:
        return False
    before = _WORD_BEFORE.search(text, 0, m.start())
    return before is None or before.group(1).lower() not in _NOUN_OPENERS


# A written-out address can be there only with one of these (most lines have
# none): plain look-ups, written out (find_contact runs on every short line,
# and this is ~3x cheaper than one search with alternatives or a loop).
_BRACKET_OPEN = re.compile(r"[\[({]\s*(?:\.|" + _DOT_WORDS + r")", re.IGNORECASE)


def _may_write_out(text: str) -> bool:
    if "点" in text or "點" in text:
        return True
    if ("[" in text or "(" in text or "{" in text) and _BRACKET_OPEN.search(text):
        return True
    low = text.lower()
    # the words of _DOT_WORDS, spaced
    return (
        " dot " in low
        or " punto " in low
        or " ponto " in low
        or " point " in low
        or " punkt " in low
        or " titik " in low
        or " chấm " in low
    )


def written_out(contact: str) -> bool:
    """Is ``contact`` (as find_contact gave it) an address with its dot
    written as a word or in brackets? Nobody writes a link so but to get it
    past a filter: as telling as a messenger's id."""
    return _written_out(contact) is not None or _spaced_www().fullmatch(contact) is not None


# Characters that show nothing inside a word (soft hyphen, zero-width space,
# joiners, word joiner, byte-order mark): an address broken by them
# ("kb\u200b88 dot vip") reads whole to a person but not to a filter. (The
# flags' unmasking drops the same ones.)
INVISIBLE_CHARS = "\u00ad\u180e\u200b\u200c\u200d\u2060\ufeff"
INVISIBLE_TABLE = dict.fromkeys(map(ord, INVISIBLE_CHARS))
# ... and full-width ASCII forms ("ＳＬＯＴ＠ｐｇ９９"); searched first, most
# lines hold neither, and are read as they are
_DISGUISED = re.compile("[" + INVISIBLE_CHARS + "\uff01-\uff5e]")


def undisguised(text: str) -> str:
    """``text`` as a reader sees it: invisible characters dropped, full-width
    letters and digits as their plain forms (NFKC), so an address written to
    dodge a filter is read like any other."""
    if _DISGUISED.search(text) is None:
        return text
    return unicodedata.normalize("NFKC", text.translate(INVISIBLE_TABLE))


# three w's apart ("w w w", "w•w•w"): a spelled-out address may follow
_W_APART = re.compile(r"w[^\w\n]{1,3}w[^\w\n]{1,3}w", re.IGNORECASE)


def find_contact(text: str) -> str | None:
    """The first way to write to someone in ``text`` (invisible characters
    dropped, full-width forms made plain); None if none."""
    text = undisguised(text)
    if (m := _MESSENGER_ID.search(text)) is not None:
        return m.group(0)
    if (out := _written_out(text)) is not None:
        return out
    if _W_APART.search(text) is not None and (m := _spaced_www().search(text)) is not None:
        return m.group(0)
    for m in _CONTACT.finditer(text) if _CONTACT_GATE.search(text) else ():
        got = m.group(0).strip()
        if got[:1].isdigit() or got[:1] == "+":
            digits = sum(c.isdigit() for c in got)
            if not 9 <= digits <= 14:
                continue
            # an amount ("1.200.000.000", "612 345 678"), not a phone number;
            # but a "+" and a country code spaced off ("+34 612 345 678") is
            # an international number, which amounts are never written as
            international = got[:1] == "+" and not _DECIMAL_MARK.search(got)
            if not international and _THOUSANDS.fullmatch(got.lstrip("+")):
                continue
        return got
    return _country_domain_in(text)
