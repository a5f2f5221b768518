"""Normalise the dates an input states about itself (WARC-Date, JSONL
``published``, HTML meta) to ISO 8601 strings.

Only machine-readable forms are read here (ISO 8601, RFC 2822, Unix time);
free-text dates are the date stage's work. This module must never guess a
missing part of a date or read the machine's clock.
"""

from __future__ import annotations

import email.utils
import re
from datetime import UTC, datetime

_ISO_DATE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")
# Thai sites serving the Buddhist calendar write its year in ISO forms
# ("2567-05-16T08:45:00+07:00"): B.E. = C.E. + 543. No page is published in
# C.E. 2400-2700, so such a year is read as B.E.
_BE_YEAR = re.compile(r"^(2[4-6]\d\d)(?=-\d{2})")
BE_OFFSET = 543
# Unix time written as text: seconds (9-10 digits, 1973-2286) or milliseconds
# (13 digits). Eight digits are a basic ISO date (20240516) and 12 a
# YYYYMMDDhhmm stamp, so those lengths are not read as Unix time.
_UNIX_TIME = re.compile(r"^(?:\d{9,10}|\d{13})(?:\.\d{1,6})?$")


def _from_buddhist_era(s: str) -> str:
    return _BE_YEAR.sub(lambda m: str(int(m[1]) - BE_OFFSET), s, count=1)


def to_iso(value: object) -> str | None:
    """ISO 8601 string for a stated date, or None when it is not machine-readable."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        try:
            # Milliseconds are common in JSON exports.
            seconds = value / 1000 if value > 1e11 else value
            return datetime.fromtimestamp(seconds, tz=UTC).isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    if isinstance(value, datetime):
        return value.isoformat()
    if not isinstance(value, str):
        return None
    s = value.strip()
    if not s or len(s) > 64:
        return None
    if _UNIX_TIME.match(s):
        return to_iso(float(s))  # JSON exports write Unix time as text too
    s = _from_buddhist_era(s)
    if _ISO_DATE.match(s):
        return s  # a date without a time stays a date
    try:
        return datetime.fromisoformat(s).isoformat()
    except ValueError:
        pass
    try:
        return _from_buddhist_era(email.utils.parsedate_to_datetime(s).isoformat())
    except (TypeError, ValueError, IndexError):
        return None


# A day written in a file's path: "2011-02-16", "2011/02/16/", and "20110216"
# standing alone between separators (inside a hex hash it is chance).
_PATH_DAY = re.compile(
    r"(?<!\d)((?:19|20)\d\d)([-_./])(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d)"
    r"|(?<![0-9A-Za-z])((?:19|20)\d\d)()(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?![0-9A-Za-z])"
)


def date_from_path(path: str) -> str | None:
    """The day a file's path names (its deepest one), as YYYY-MM-DD: many
    corpora file pages by day ("…/libya/2011-02-16/ext_59.txt",
    "archive/2024/05/16/page.html"). None when the path names no valid day."""
    from datetime import date

    found = None
    for m in _PATH_DAY.finditer(path.replace("\\", "/")):
        y, mo, d = (m[1], m[3], m[4]) if m[1] else (m[5], m[7], m[8])
        try:
            found = date(int(y), int(mo), int(d)).isoformat()
        except ValueError:
            continue
    return found
