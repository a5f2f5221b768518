"""The last day of this, next or last month ("the last day of next month",
"el último día del mes que viene", "ngày cuối cùng của tháng này",
"下个月最后一天") is that day. "The last day of the month" alone is as often a
habit ("rent is due on the last day of the month") and stays no date.
Sentences invented; published Wednesday 2025-10-15."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-10-15"


def _read(text: str, lang: str):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,span,value",
    [
        (
            "en",
            "The offer ends on the last day of next month.",
            "the last day of next month",
            "2025-11-30",
        ),
        (
            "en",
            "Prices rose on the last day of last month.",
            "the last day of last month",
            "2025-09-30",
        ),
        (
            "es",
            "El plazo vence el último día del mes que viene.",
            "el último día del mes que viene",
            "2025-11-30",
        ),
        (
            "fr",
            "Les inscriptions ferment le dernier jour du mois prochain.",
            "le dernier jour du mois prochain",
            "2025-11-30",
        ),
        (
            "vi",
            "Hạn chót là ngày cuối cùng của tháng này.",
            "ngày cuối cùng của tháng này",
            "2025-10-31",
        ),
        ("th", "ยื่นเอกสารได้ถึงวันสุดท้ายของเดือนหน้า", "วันสุดท้ายของเดือนหน้า", "2025-11-30"),
        ("zh", "申报截止到下个月最后一天。", "下个月最后一天", "2025-11-30"),
    ],
)
def test_last_day_of_a_month_told_from_now(lang, text, span, value):
    assert (span, value) in _read(text, lang)


def test_last_day_of_the_month_alone_is_a_habit():
    assert _read("Rent is due on the last day of the month.", "en") == []
