"""A sentence's letters are counted once, not once per date in it: whether a
sentence states something (enough words besides its date) was counted anew
for each of its dates, so one long sentence of many dates -- a Korean
schedule of months, "지난해 11월 ..." -- cost its length times its dates
(3,000 dates: ~6 s in the events stage). The check is on the work, not on a
clock: the characters the letter counters read grow with the sentence, not
with its length times its dates (the events found are the same)."""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.dates import ResolveDates
from newsline.events import ExtractEvents
from newsline.events import extract
from newsline.model import Document


class _CountingPattern:
    """A compiled pattern that adds the length of every text it reads."""

    def __init__(self, pattern, read: list[int]):
        self._pattern, self._read = pattern, read

    def findall(self, text, *args):
        self._read[0] += len(text)
        return self._pattern.findall(text, *args)

    def __getattr__(self, name):
        return getattr(self._pattern, name)


def _characters_counted(n_dates: int, monkeypatch) -> tuple[int, int, Document]:
    text = "회의는 " + "지난해 11월 " * n_dates + "열렸다."
    doc = Document(id="d", source="https://d.example/a", text=text, lang="ko", published="2025-10-15")
    ResolveDates()([doc], Counter())
    assert len(doc.dates) >= n_dates
    read = [0]
    with monkeypatch.context() as m:
        for name in ("_HAN", "_THAI", "_KANA", "_HANGUL"):
            m.setattr(extract, name, _CountingPattern(getattr(extract, name), read))
        ExtractEvents()([doc], Counter())
    return read[0], len(text), doc


@pytest.mark.parametrize("n_dates", [1000, 3000])
def test_a_sentence_of_many_dates_is_counted_once(n_dates, monkeypatch):
    read, length, doc = _characters_counted(n_dates, monkeypatch)
    assert doc.events
    # four scripts counted over the sentence once, plus each date's own text;
    # counted once per date it would be ~n_dates times the length
    assert read <= 8 * length, f"{read:,} characters read for a text of {length:,}"


def test_the_work_grows_with_the_sentence_not_its_square(monkeypatch):
    small, _, _ = _characters_counted(500, monkeypatch)
    large, _, _ = _characters_counted(2000, monkeypatch)
    assert large <= 5 * small  # four times the text: ~4x; quadratic would be ~16x
