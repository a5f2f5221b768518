"""A way to write to someone, found in a line of text: a messenger with an id
("Zalo: 0912345678", "LINE ID: @abc123"), a handle, a t.me link, a link or
bare domain, a phone number of 9-14 digits (not an amount written in
thousands, "1.200.000.000"). Adverts injected into articles carry one; a
headline or an ordinary sentence almost never does. Shared by the cleaning
stage (a repeated line with one is no teaser headline) and the flags stage
(a short line that sells and gives one is spam)."""

from __future__ import annotations

import re

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
    "vx",
    "ไลน์",
    "ไอดีไลน์",
    "ไลน์ไอดี",
    "카톡",
    "카카오톡",
]

# the app's name, then maybe the word "ID" ("카톡 ID: abc123", "Telegram ID:
# abc_88"), a colon, and the account
_MESSENGER_ID = re.compile(
    r"(?:" + "|".join(re.escape(m) for m in MESSENGERS) + r")(?:\s*(?:id|아이디))?\s*[:：]?\s*"
    r"(@?(?=[A-Za-z_.\-]*\d)[A-Za-z0-9_.\-]{4,})",
    re.IGNORECASE,
)
_CONTACT = re.compile(
    r"(?<![A-Za-z0-9_@.])@[A-Za-z0-9_][A-Za-z0-9_.]{2,}"
    r"|(?<![A-Za-z0-9])t\.me/\S+"
    r"|(?:https?://|www\.)\S+"
    r"|(?<![A-Za-z0-9.\-])[a-z0-9\-]{2,}\.(?:com|net|org|vip|xyz|club|bet|top|cc|me|io|info"
    r"|online|site|live|app|example)(?:/\S*)?(?![A-Za-z0-9])"
    r"|(?<![A-Za-z0-9+])\+?\d[\d .\-]{7,18}\d(?!\d)",
    re.IGNORECASE,
)
_THOUSANDS = re.compile(r"\d{1,3}(?:([.,\s])\d{3})(?:\1\d{3})*")
_DECIMAL_MARK = re.compile(r"\d[.,]\d")


def find_contact(text: str) -> str | None:
    """The first way to write to someone in ``text``, as written; None if none."""
    if (m := _MESSENGER_ID.search(text)) is not None:
        return m.group(0)
    for m in _CONTACT.finditer(text):
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
    return None
