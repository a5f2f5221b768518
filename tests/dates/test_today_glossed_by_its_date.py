"""A day word glossed by its date in brackets ("Hôm nay (15/10)", "Today
(Oct. 15)", "昨天（10月14日）") is one date, read from the date written. A
bracket holding more than a date is left as it was. Sentences invented;
published 2025-10-15."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-10-15"


def _read(text: str, lang: str):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,span",
    [
        (
            "vi",
            "Hôm nay (15/10), Sở Y tế Hà Nội cho biết số ca sốt xuất huyết giảm.",
            "Hôm nay (15/10)",
        ),
        ("en", "Today (Oct. 15), the markets opened lower across Asia.", "Today (Oct. 15)"),
        ("zh", "今天（10月15日），全市中小学恢复上课。", "今天（10月15日）"),
        ("es", "Hoy (15 de octubre) se celebra el Día de las Escritoras.", "Hoy (15 de octubre)"),
    ],
)
def test_today_and_its_bracketed_date_are_one(lang, text, span):
    assert _read(text, lang) == [(span, "2025-10-15")]


def test_yesterday_and_its_bracketed_date_are_one():
    assert _read("昨天（10月14日），全市降温。", "zh") == [("昨天（10月14日）", "2025-10-14")]


def test_the_date_written_wins_over_the_pages_day():
    # a wire story filed the day before: the bracket names the writer's day
    assert _read("Hôm nay (14/10), giá xăng giảm nhẹ.", "vi") == [("Hôm nay (14/10)", "2025-10-14")]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Today (Oct. 14 in Washington), the vote begins."),
    ],
)
def test_other_glosses_left_alone(lang, text):
    assert len(_read(text, lang)) == 2
