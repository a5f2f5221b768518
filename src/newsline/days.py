"""Calendar days written as ISO text, shared by the stages and the shells."""

from __future__ import annotations

import re
from datetime import date


def days_between(earlier: str | None, later: str | None) -> int:
    """Days from ``earlier`` to ``later`` (ISO days or times; negative when
    ``later`` is the earlier); 0 when either is no full calendar day (a year,
    a month, a day of no year, None): such a value says nothing of a gap."""
    if not (earlier and later):
        return 0
    try:
        return (date.fromisoformat(later[:10]) - date.fromisoformat(earlier[:10])).days
    except ValueError:
        return 0


def span_text(start: str | None, end: str | None) -> str:
    """A date or a range as every output writes it: ``2025-03-31 – 2025-04-06``,
    one date alone when the range starts and ends on it (a one-day story read
    ``2025-04-08 – 2025-04-08``) or has no other bound; "" with neither."""
    if start and end and start != end:
        return f"{start} – {end}"
    return start or end or ""


DAY_FORM = "YYYY-MM-DD"
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)


class BadDayRange(ValueError):
    """A bound that is no day, or a range that ends before it starts;
    ``bound`` names the option or field at fault, ``value`` what was given."""

    def __init__(self, bound: str, value: str, message: str, kind: str) -> None:
        super().__init__(message)
        self.bound, self.value, self.message, self.kind = bound, value, message, kind


def parse_day(value: str | None, name: str) -> date | None:
    """``value`` (YYYY-MM-DD, spaces around allowed) as a date; None when
    absent or empty (an untouched form field). Only that form: the other ISO
    forms date.fromisoformat takes ("20250203", "2025-W06-1") are typos of a
    day as often as days."""
    if not value:
        return None
    day = value.strip()
    try:
        if _DAY.fullmatch(day):
            return date.fromisoformat(day)
    except ValueError:
        pass
    # a long value (a pasted paragraph, a probe) is shown cut: it is echoed
    shown = repr(value if len(value) <= 40 else value[:40] + "…")
    raise BadDayRange(name, value, f"{name} {shown} is not a day: give {DAY_FORM}", "date")


def parse_day_range(
    date_from: str | None, date_to: str | None, names: tuple[str, str] = ("--from", "--to")
) -> tuple[date | None, date | None]:
    """The (from, to) days of a range, either None, for the command line and
    the web app alike (``names``: how each calls its bounds). A range that ends
    before it starts is a typo (it would silently match nothing): refused."""
    day_from, day_to = parse_day(date_from, names[0]), parse_day(date_to, names[1])
    if day_from and day_to and day_to < day_from:
        raise BadDayRange(
            names[1],
            date_to or "",
            f"{names[1]} {day_to} is before {names[0]} {day_from}",
            "date_order",
        )
    return day_from, day_to
