"""Vietnamese glosses a day word with its date in brackets ("Hôm qua (5/9)",
"sáng nay (6/9)"), as it does a weekday ("thứ Ba (2/9)"): the bracketed
day/month is a date. The day word and its gloss are one date (session 23,
heldout9's convention: a day word glossed by its date in brackets is read
once, as a date written again in another calendar is). Sentences invented;
published 2025-09-06."""

from __future__ import annotations

from newsline.dates import resolve_dates


def found(text):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, "vi", "2025-09-06")]


def test_bracketed_day_after_a_day_word_is_a_date():
    assert found("Hôm qua (5/9), đê sông bị vỡ.") == [("Hôm qua (5/9)", "2025-09-05")]
    assert found("Sáng nay (6/9), nước bắt đầu rút.") == [("Sáng nay (6/9)", "2025-09-06")]


def test_bracketed_fraction_elsewhere_stays_no_date():
    assert found("Tỷ lệ người dân được sơ tán là (5/9) tổng số hộ.") == []
