"""A day told again in brackets on another place's clock right after the
happening's own day ("当地时间16日晚（北京时间17日清晨）", "on Tuesday night
(05:15 on Wednesday, Hanoi time)") is the same moment: "the same day" after it
is the first day, not the restated one (held-out story19: "同日" was dated by
the Beijing day). Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates


def same_day_value(text, lang, pub, surface):
    for m in resolve_dates(text, lang, pub):
        if text[m.start : m.end] == surface:
            return m.value
    raise AssertionError(surface)


@pytest.mark.parametrize(
    "text,lang,pub,surface,want",
    [
        (
            "当地时间3日晚10时（北京时间4日上午9时），一艘货轮在巴拿马运河搁浅。\n同日，运河管理局关闭两座船闸。",
            "zh",
            "2041-05-04",
            "同日",
            "2041-05-03",
        ),
        (
            "The ferry sank at 11:40 p.m. on Friday (06:40 on Saturday, Manila time). "
            "The same day, a storm closed the port of Cebu.",
            "en",
            "2041-05-06",
            "The same day",
            "2041-05-03",
        ),
        (
            "El tratado se firmó el jueves 2 a las 23.30 (las 4.30 GMT del viernes 3). "
            "Ese mismo día, la oposición convocó una marcha.",
            "es",
            "2041-05-06",
            "Ese mismo día",
            "2041-05-02",
        ),
    ],
)
def test_the_same_day_after_a_restated_day_is_the_first(text, lang, pub, surface, want):
    assert same_day_value(text, lang, pub, surface) == want


def test_the_same_day_after_a_new_day_is_that_day():
    # no clock: the account moves on to Wednesday
    text = "Police arrested him on Tuesday. He was charged on Wednesday. The same day, his lawyer resigned."
    assert same_day_value(text, "en", "2041-05-10", "The same day") == "2041-05-08"
