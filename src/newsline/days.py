"""Calendar days written as ISO text, shared by the stages and the shells."""

from __future__ import annotations

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
