"""A range across two months joined by a dash with no spaces -- "31 ก.ค.-2
ส.ค.", "7月31日-8月2日" -- is one range. Before, the Thai day after the
dash was lost and "ส.ค. ที่ผ่านมา" was read alone as last year's August.
Sentences invented; published 2024-08-14."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates


@pytest.mark.parametrize(
    "lang,text",
    [
        ("th", "เมื่อวันที่ 31 ก.ค.-2 ส.ค. ที่ผ่านมา มีฝนตกหนักทั่วภาคเหนือ"),
        ("th", "เมื่อวันที่ 31 ก.ค. - 2 ส.ค. ที่ผ่านมา มีฝนตกหนักทั่วภาคเหนือ"),
        ("zh", "7月31日-8月2日，北方持续降雨。"),
    ],
)
def test_dashed_cross_month_range(lang, text):
    got = [(m.value, m.end_value) for m in resolve_dates(text, lang, "2024-08-14")]
    assert got == [("2024-07-31", "2024-08-02")]


def test_a_dash_between_digits_still_joins_days_of_one_month():
    text = "ระหว่างวันที่ 3-5 ส.ค. มีฝนตกหนัก"
    got = [(m.value, m.end_value) for m in resolve_dates(text, "th", "2024-08-14")]
    assert got == [("2024-08-03", "2024-08-05")]
