"""The CLDR languages' scans for a day of the month alone ("am 3.", "dia 3",
"3일"), "the same day" and a Korean month of a named year ran from the start
of the text to each segment's end and dropped what came before the segment:
a page of many segments (a block each) was read over and over, quadratic in
its length -- 3,000 short German lines took ~10 s, now ~0.1 s. Each scan now
reads its segment alone. The bounds are some 20 times the new cost, and a
half to a fifth of the old one."""

from __future__ import annotations

import time

import pytest

from newsline.dates import resolve_dates

PUB = "2025-10-15"


def _lines_as_segments(line: str, n: int, lang: str):
    lines = [line] * n
    segments, pos = [], 0
    for one in lines:
        segments.append((pos, pos + len(one), lang))
        pos += len(one) + 1
    return "\n".join(lines), segments


@pytest.mark.parametrize(
    "lang,line,bound_s",
    [
        ("de", "Die Wahl findet am 25. statt, am selben Tag wie die Messe.", 2.5),
        ("pt", "A votação será no dia 25, no mesmo dia da festa.", 2.5),
        ("ko", "지난해 11월 같은 날 3일", 5.0),
    ],
)
def test_many_segments_are_read_in_linear_time(lang, line, bound_s):
    text, segments = _lines_as_segments(line, 3000, lang)
    t0 = time.perf_counter()
    found = resolve_dates(text, lang, PUB, segments=segments)
    took = time.perf_counter() - t0
    assert took < bound_s, f"{took:.1f} s for 3,000 segments"
    # every line's dates are still read (a Korean line's "같은 날" also takes
    # the day the line before told, which a line alone lacks)
    alone = resolve_dates(line, lang, PUB)
    assert alone and len(found) >= 3000 * len(alone)
