"""A sentence that opens with a year-less date and then tells what will
happen puts that date ahead of publication ("Ngày 2/3, nhà máy sẽ đóng
cửa" on a page of 5 March: next year's 2 March). Not when the future word
has a date of its own after it ("... cho biết tuyến metro sẽ vận hành từ
ngày 1/9", "... 宣布，新地铁线将于9月1日开通"): the future is that date's,
and the opening date is the day it was told -- it was read a year ahead.
Sentences invented; published 2030-03-05."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2030-03-05"


def found(text, lang):
    return {text[m.start : m.end]: m.value for m in resolve_dates(text, lang, PUB)}


@pytest.mark.parametrize(
    ("text", "lang", "told", "ahead"),
    [
        (
            "Ngày 2/3, UBND thành phố cho biết tuyến metro số 2 sẽ vận hành từ ngày 1/9.",
            "vi",
            "Ngày 2/3",
            "ngày 1/9",
        ),
        ("3月2日，市政府宣布，新地铁线将于9月1日开通。", "zh", "3月2日", "9月1日"),
    ],
)
def test_the_day_a_plan_was_told_stays_in_the_past(text, lang, told, ahead):
    got = found(text, lang)
    assert got[told] == "2030-03-02"
    assert got[ahead] == "2030-09-01"


@pytest.mark.parametrize(
    ("text", "lang", "surface"),
    [
        ("Ngày 2/3, nhà máy dệt Hòa Phong sẽ đóng cửa.", "vi", "Ngày 2/3"),
        ("3月2日，这家纺织厂将会关闭。", "zh", "3月2日"),
    ],
)
def test_a_date_opening_a_sentence_of_the_future_still_lies_ahead(text, lang, surface):
    assert found(text, lang)[surface] == "2031-03-02"
