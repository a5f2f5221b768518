"""Other calendars' dates as Gregorian days.

The Solar Hijri (Persian) calendar: Iranian and Afghan news dates by it
("۲۴ اسفند ۱۴۰۴"). No installed package converts it (convertdate,
jdatetime and persiantools are not dependencies), so the conversion is
here: the arithmetic of Borkowski's algorithm as the jalaali libraries
implement it (exact for the years 1 to 3177 of the calendar), built on the
break years of its 2820-year cycle.
"""

from __future__ import annotations

import datetime as dt

# Years of the Solar Hijri calendar at which its 33-year leap pattern shifts.
_BREAKS = (
    -61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210,
    1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178,
)  # fmt: skip


def _farvardin_first(jy: int) -> dt.date:
    """The Gregorian day of 1 Farvardin (Nowruz) of Solar Hijri year ``jy``."""
    gy = jy + 621
    leap_j = -14
    jp = _BREAKS[0]
    jump = 0
    for jm in _BREAKS[1:]:
        jump = jm - jp
        if jy < jm:
            break
        leap_j += jump // 33 * 8 + jump % 33 // 4
        jp = jm
    n = jy - jp
    leap_j += n // 33 * 8 + (n % 33 + 3) // 4
    if jump % 33 == 4 and jump - n == 4:
        leap_j += 1
    leap_g = gy // 4 - (gy // 100 + 1) * 3 // 4 - 150
    return dt.date(gy, 3, 20 + leap_j - leap_g)


def solar_hijri_to_gregorian(jy: int, jm: int, jd: int) -> dt.date | None:
    """The Gregorian day of Solar Hijri ``jy``/``jm``/``jd`` (None when no
    such day: the months have 31 days for the first six, 30 for the next
    five, 29 or 30 for the last)."""
    if not (1 <= jy <= 3177 and 1 <= jm <= 12 and 1 <= jd <= (31 if jm <= 6 else 30)):
        return None
    first = _farvardin_first(jy)
    if jm == 12 and jd == 30 and _farvardin_first(jy + 1) - first != dt.timedelta(days=366):
        return None  # Esfand 30 only in a leap year
    offset = (jm - 1) * 31 - jm // 7 * (jm - 7) + jd - 1
    return first + dt.timedelta(days=offset)


def solar_hijri_year(day: dt.date) -> int:
    """The Solar Hijri year that ``day`` falls in."""
    jy = day.year - 621
    return jy if day >= _farvardin_first(jy) else jy - 1
