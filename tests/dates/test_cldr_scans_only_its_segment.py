"""The CLDR languages' scans for a day of the month alone ("am 3.", "dia 3",
"3일"), "the same day" and a Korean month of a named year ran from the start
of the text to each segment's end and dropped what came before the segment:
a page of many segments (a block each) was read over and over, quadratic in
its length (3,000 short German lines took ~10 s). Each scan now reads its
segment alone. The check is on the work, not on a clock: the characters cut
out of the page grow with the page, not with its square."""

from __future__ import annotations

import pytest

from newsline.dates import engine, resolve_dates

PUB = "2025-10-15"


class _CountingText(str):
    """The page as the engine reads it, adding up every piece cut from it."""

    cut = 0

    def __getitem__(self, key):
        piece = super().__getitem__(key)
        if isinstance(key, slice):
            _CountingText.cut += len(piece)
        return piece


def _lines_as_segments(line: str, n: int, lang: str):
    lines = [line] * n
    segments, pos = [], 0
    for one in lines:
        segments.append((pos, pos + len(one), lang))
        pos += len(one) + 1
    return "\n".join(lines), segments


def _characters_cut(line, n, lang, monkeypatch):
    text, segments = _lines_as_segments(line, n, lang)
    real = engine.ascii_digits
    monkeypatch.setattr(engine, "ascii_digits", lambda s: _CountingText(real(s)))
    _CountingText.cut = 0
    found = resolve_dates(text, lang, PUB, segments=segments)
    monkeypatch.setattr(engine, "ascii_digits", real)
    return _CountingText.cut, len(text), found


CASES = [
    ("de", "Die Wahl findet am 25. statt, am selben Tag wie die Messe."),
    ("pt", "A votação será no dia 25, no mesmo dia da festa."),
    ("ko", "지난해 11월 같은 날 3일"),
]


@pytest.mark.parametrize("lang,line", CASES)
def test_many_segments_are_read_once(lang, line, monkeypatch):
    cut, length, found = _characters_cut(line, 3000, lang, monkeypatch)
    # reading each segment to its end from the start of the page would cut
    # ~1,500 page lengths; a few small windows around each date are fine
    assert cut <= 40 * length, f"{cut:,} characters cut from a page of {length:,}"
    # every line's dates are still read (a Korean line's "같은 날" also takes
    # the day the line before told, which a line alone lacks)
    alone = resolve_dates(line, lang, PUB)
    assert alone and len(found) >= 3000 * len(alone)


@pytest.mark.parametrize("lang,line", CASES)
def test_the_work_grows_with_the_page_not_its_square(lang, line, monkeypatch):
    small, _, _ = _characters_cut(line, 300, lang, monkeypatch)
    large, _, _ = _characters_cut(line, 1200, lang, monkeypatch)
    assert large <= 5 * small  # four times the page: ~4x; quadratic would be ~16x
