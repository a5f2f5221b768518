"""An event's short description without the report's lead-in.

What it is for: the "text" of an event (``newsline timeline``) is its best
quote, and a quote that opens a report carries the paper's lead-in before
the news: a wire dateline ("SINGAPORE, Feb 5 (Reuters) - ", "PORT ALDEN,
Fla. (AP) — "), a dateline without an agency ("Singapur, 12 feb. – ", "HÀ NỘI,
5/2 - "), a Chinese dispatch line ("新华社北京3月5日电 ", "本报讯 "), a
source tag in brackets, a web address or an acronym ("(Dân trí) - ",
"VOV.VN - ", "TTO - "), a bare place in Thai ("กรุงเทพฯ - "). The
filing date in a dateline is not the event's, and the rest is noise above
the news. Only the short description drops it: the quote stays whole.

Every pattern is anchored at the start and bounded (no nested quantifier);
a lead-in is dropped only when what follows it is left.
"""

from __future__ import annotations

import re
from functools import cache

# A dateline: a place set off by a comma, the filing date, maybe the agency in
# brackets, and a spaced dash. The place is checked below (capitalised words
# or capitals), the date too (digits, and month names as its only words).
_DATELINE = re.compile(
    r"(?P<place>[^\W\d_][^\n(),!?;:。，]{0,39}),[^\S\n]?(?P<date>[\w./ ]{1,24}?)"
    r"(?:[^\S\n]{0,4}[（(][^()（）\n]{1,30}[)）])?[^\S\n]{0,4}[-–—][^\S\n]{1,4}(?=\S)"
)
# A Chinese dispatch line: the institution (an agency 社, a site 网, a paper
# 报, a station 台), maybe the place, the day and 电 / 讯 ("dispatch",
# "news"), or the paper's own "本报讯"; then maybe the reporter in brackets.
_CHINESE_DISPATCH = re.compile(
    r"(?:本报讯|[\u4e00-\u9fff]{0,10}[社网报台][\u4e00-\u9fff]{0,8}"
    r"[0-9０-９]{1,2}月[0-9０-９]{1,2}日[电讯])"
    r"(?:[^\S\n]{0,4}[（(]记者[^()（）\n]{1,30}[)）])?[\s:：，,]{0,4}"
)
# A source tag opening the text: in brackets ("(Dân trí) - ") or a web
# address ("VOV.VN - ", "Chinhphu.vn - "), then a dash.
_SOURCE_TAG = re.compile(
    r"(?:[（(][^\W\d_][^()（）\n]{0,29}[)）]|[^\W\d_][\w-]{1,20}\.(?i:vn|com|net|org))"
    r"[^\S\n]{0,4}[-–—][^\S\n]{1,4}(?=\S)"
)
_WORD = re.compile(r"[^\W\d_]+")
# A short source or place tag opening a paragraph, then a spaced dash: an
# acronym in capitals ("TTO - ", "ANTĐ - ", "AP - ") or a Thai word
# ("กรุงเทพฯ - ", Bangkok). Thai has no capitals: a spaceless Thai run that
# short is one or two words. Which ones are tags is checked below.
_SHORT_TAG = re.compile(
    r"(?P<tag>[^\W\d_]{2,8}|[\u0E01-\u0E2E\u0E40-\u0E44][\u0E00-\u0E7F]{1,19})"
    r"[^\S\n]{1,4}[-–—][^\S\n]{1,4}(?=\S)"
)
_THAI_LETTER = re.compile(r"[\u0E01-\u0E2E\u0E40-\u0E44]")
# A wire dateline: a place set off by a comma (and the filing date), the
# agency in brackets, a dash ("SINGAPORE, Feb 5 (Straitsline) - ", "PORT
# ALDEN, Fla. (AP) — "), or the agency alone ("(TN247) - "). Its place may be
# in capitals with no date, which _DATELINE does not take.
_WIRE_DATELINE = re.compile(
    r"(?:(?P<place>[^\n(),!?;。！？；]{1,40}),(?P<after>[^\n()!?;。！？；]{0,30}?))?"
    r"\([A-Z\u0E01-\u0E2E][\w\u0E00-\u0E7F.&' -]{1,30}\)\s*[-–—]\s+(?=\S)"
)
# Latin-script languages whose month names (and their abbreviations) may
# stand in a dateline's date.
_MONTH_LOCALES = ("en", "es", "fr", "de", "it", "pt", "id", "ms", "vi", "nl")


@cache
def _month_words() -> frozenset[str]:
    """Month names and abbreviations of _MONTH_LOCALES, lower case, without
    the abbreviation's dot ("feb", "févr", "mars", "tháng")."""
    from babel.dates import get_month_names

    words: set[str] = set()
    for loc in _MONTH_LOCALES:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                try:
                    names = get_month_names(width, context, locale=loc)
                except Exception:  # noqa: BLE001, S112 - a missing locale adds nothing
                    continue
                for name in names.values():
                    words.update(w.lower() for w in _WORD.findall(name))
    return frozenset(words)


def _is_place(place: str) -> bool:
    """Capitalised words (short particles aside: "de", "la") or capitals."""
    words = _WORD.findall(place)
    if not words or not words[0][0].isupper():
        return False
    return all(w[0].isupper() or len(w) <= 3 for w in words)


def _is_date(date: str) -> bool:
    """A day written with digits, its only words month names ("12 feb.",
    "3 mars", "5/2", "Feb 5"): "5 personas" is no date."""
    if not any(c.isdigit() for c in date):
        return False
    return all(w.lower() in _month_words() for w in _WORD.findall(date))


def _without_wire_dateline(text: str) -> str:
    """A place is capitalised words followed by a filing date, or capitals;
    "The talks (WTO) - ..." and "Ayer, el presidente (PSOE) – ..." keep their
    words."""
    mt = _WIRE_DATELINE.match(text)
    if not mt:
        return text
    place = mt.group("place")
    if place is not None:
        if not _is_place(place):
            return text
        if not (any(ch.isdigit() for ch in mt.group("after")) or place.isupper()):
            return text
    return text[mt.end() :]


def _without_short_tag(text: str, lang: str | None) -> str:
    """Drop a short tag before a spaced dash ("TTO - Sáng nay, ...") unless
    the dash joins it to a second name, as in a pair of parties ("NATO -
    Nhật Bản ký ...", "US - China talks ...", "ไทย - จีน ลงนาม"): what
    follows the dash then opens with a place or with a run of capitalised
    words. A capitalised word ("Hanoi - Beijing talks") is no tag."""
    m = _SHORT_TAG.match(text)
    if not m or not text[m.end() :].strip():
        return text
    tag = m.group("tag")
    rest = text[m.end() :]
    words = _WORD.findall(rest[:80])
    thai = bool(_THAI_LETTER.match(tag))
    if not thai and not (tag.isupper() and words and words[0][0].isupper()):
        return text  # no acronym, or no sentence after it ("OK - we go")
    first_two = rest[:80].split()[:2]
    if (
        len(first_two) == 2
        and first_two[0].isalpha()
        and first_two[0][0].isupper()
        and first_two[1][:1].isupper()
    ):
        return text  # a name's words, one after the other ("Nhật Bản ký")
    from ..stories.anchors import territories  # it imports this package

    if any(start == 0 for _, start, _ in territories(rest[:40], lang)):
        return text
    return rest


def without_lead_in(text: str, lang: str | None = None) -> str:
    """``text`` without the report's lead-in it opens with (see above); the
    text itself when it has none, or when nothing would be left."""
    text = _without_short_tag(_without_wire_dateline(text), lang)
    for rx in (_CHINESE_DISPATCH, _SOURCE_TAG, _DATELINE):
        m = rx.match(text)
        if not m or not text[m.end() :].strip():
            continue
        if rx is _DATELINE and not (_is_place(m.group("place")) and _is_date(m.group("date"))):
            continue
        return text[m.end() :]
    return text
