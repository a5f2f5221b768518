"""Long runs of one date form are resolved in time linear in their number.

Three steps of the engine looked, for every candidate, at all candidates
before or after it (a slice or scan per candidate): a page of 90,000
characters listing bare Chinese days ("3日夜…") took minutes, a long run of
weekdays or of "al día siguiente" seconds per few thousand. The test counts
the candidates those steps look at, not time: four times the text must cost
about four times the looks, not sixteen.
"""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.dates import engine, resolve_dates

STEPS = ("_attach_weekday_days", "_days_listed_before_a_date", "_count_from_the_happenings_day")


class CountingList(list):
    """A list that counts the elements read from it (by index, slice or iteration)."""

    def __init__(self, items, counter: Counter, key: str):
        super().__init__(items)
        self.counter, self.key = counter, key

    def __getitem__(self, i):
        got = super().__getitem__(i)
        self.counter[self.key] += len(got) if isinstance(i, slice) else 1
        return got

    def __iter__(self):
        for x in super().__iter__():
            self.counter[self.key] += 1
            yield x


def _looks(monkeypatch, text: str, lang: str) -> Counter:
    counter: Counter = Counter()
    with monkeypatch.context() as m:
        for name in STEPS:
            original = getattr(engine, name)

            def wrapped(cands, *args, _original=original, _name=name):
                return _original(CountingList(cands, counter, _name), *args)

            m.setattr(engine, name, wrapped)
        resolve_dates(text, lang=lang, published="2024-03-05")
    return counter


@pytest.mark.parametrize(
    ("unit", "lang"),
    [
        ("3日夜，", "zh"),  # bare days
        ("星期一，", "zh"),  # weekdays
        ("周五（7日），", "zh"),  # weekdays with their day
        ("lundi 7, ", "fr"),
        ("al día siguiente ", "es"),  # counts from a happening with no day after
        ("three days after the vote ", "en"),
        ("le 8, ", "fr"),
    ],
)
def test_looks_grow_linearly_with_the_run(monkeypatch, unit, lang):
    small = _looks(monkeypatch, unit * 500, lang)
    large = _looks(monkeypatch, unit * 2000, lang)
    for name in STEPS:
        assert large[name] <= 5 * max(small[name], 1), (name, small[name], large[name])


def test_results_of_a_short_run_are_unchanged():
    """Near miss: the same steps still do their work on ordinary text."""
    zh = resolve_dates("周五（7日）上午，代表团抵达。", lang="zh", published="2024-06-08")
    assert [m.value for m in zh] == ["2024-06-07"]
    fr = resolve_dates(
        "La foire a lieu le 8, le 9 et le 10 novembre.", lang="fr", published="2024-11-01"
    )
    assert fr[0].value == "2024-11-08"  # the listed day takes the month
    es = resolve_dates(
        "Tres días después de las elecciones del 3 de marzo, hubo protestas.",
        lang="es",
        published="2024-03-20",
    )
    assert "2024-03-06" in [m.value for m in es]
