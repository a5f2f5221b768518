"""A hearing adjourned ON a weekday is that past day; one put off TO a
weekday lies ahead (tests/dates/test_weekday_put_off_to.py). Vietnamese
"hoãn vào thứ Sáu" names the day of the adjourning ("Phiên tòa đã tạm hoãn
vào thứ Sáu"), where "dời vào thứ Sáu" names the day it is moved to; Thai
"เลื่อน ... เมื่อวันศุกร์" tells the adjourning on a past Friday ("เมื่อ" before a
day marks it past, "ในวัน" one ahead). Both were read as next Friday. The
other languages' forms are pinned beside them. Sentences written for these
tests; published Wednesday 2025-03-12."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-03-12"


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("vi", "Phiên tòa đã tạm hoãn vào thứ Sáu.", ("thứ Sáu", "2025-03-07")),
        ("vi", "Phiên tòa hoãn vào thứ Sáu để chờ nhân chứng.", ("thứ Sáu", "2025-03-07")),
        ("th", "ศาลเลื่อนการพิจารณาคดีเมื่อวันศุกร์", ("วันศุกร์", "2025-03-07")),
        ("en", "The judge adjourned the trial on Friday.", ("Friday", "2025-03-07")),
        ("es", "El juez aplazó el juicio el viernes.", ("viernes", "2025-03-07")),
        ("fr", "Le juge a ajourné le procès vendredi.", ("vendredi", "2025-03-07")),
        ("zh", "法院周五宣布休庭。", ("周五", "2025-03-07")),
    ],
)
def test_adjourned_on_a_past_weekday(lang, text, expected):
    assert expected in found(text, lang)


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("vi", "Phiên tòa được hoãn đến thứ Sáu.", ("thứ Sáu", "2025-03-14")),
        ("vi", "Trận đấu được dời vào thứ Sáu.", ("thứ Sáu", "2025-03-14")),
        ("th", "ศาลเลื่อนการพิจารณาคดีไปเป็นวันศุกร์", ("วันศุกร์", "2025-03-14")),
        ("th", "ศาลจะนัดฟังคำพิพากษาในวันศุกร์", ("วันศุกร์", "2025-03-14")),
    ],
)
def test_put_off_to_a_weekday_stays_ahead(lang, text, expected):
    assert expected in found(text, lang)
