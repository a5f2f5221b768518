"""A year-less date in a clause joined by a semicolon to one told ahead, with
no tense of its own ("婚姻登记处将加开窗口；5月1日照常办公", "Branches will close
early on Friday; on May 1 all offices open as usual"): a clause of the same
notice, so the nearer of the two days wins, as after a future word in its own
clause, not the lean to the past of a date told with no tense. Not when the
clause before is told in the past, nor with no semicolon."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2026-01-22"  # May 1 is 99 days ahead, 266 behind


def values(text, lang, pub=PUB):
    return [m.value for m in resolve_dates(text, lang, pub)]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("zh", "春节期间各网点将缩短营业时间；5月1日照常营业。"),
        ("en", "Branches will close early on Friday; on May 1 all offices open as usual."),
        ("es", "Las oficinas cerrarán antes por la huelga; el 1 de mayo abren con normalidad."),
        ("fr", "Les agences fermeront plus tôt ; le 1er mai, elles ouvrent normalement."),
        ("vi", "Các chi nhánh sẽ đóng cửa sớm; ngày 1/5 vẫn làm việc bình thường."),
    ],
)
def test_a_clause_after_one_told_ahead_takes_the_nearer_day(lang, text):
    assert "2026-05-01" in values(text, lang)


@pytest.mark.parametrize(
    "lang,text",
    [
        ("zh", "各网点曾缩短营业时间；5月1日照常营业。"),
        ("en", "Branches closed early; on May 1 all offices opened as usual."),
        ("zh", "5月1日照常营业。"),
    ],
)
def test_no_clause_told_ahead_keeps_the_lean_to_the_past(lang, text):
    assert "2025-05-01" in values(text, lang)
