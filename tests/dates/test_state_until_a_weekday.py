"""A state told in the present that lasts until a weekday ("The pool is
closed until Friday", "La piscina está cerrada hasta el viernes", "La
piscine est fermée jusqu'à vendredi") ends ahead: it was read as the Friday
just past ("est fermée" looks like a passé composé). Its past forms ("was
closed", "estuvo cerrada", "a été fermée", "était fermée") keep it behind.
Vietnamese, Thai and Chinese ("đóng cửa đến thứ Sáu", "ปิดถึงวันศุกร์",
"关闭至周五") have no tense to tell the two apart and are left as they were.
Sentences written for these tests; published Wednesday 2025-03-12."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-03-12"


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("en", "The pool is closed until Friday.", ("Friday", "2025-03-14")),
        ("en", "The bridge is shut until Monday for repairs.", ("Monday", "2025-03-17")),
        ("es", "La piscina está cerrada hasta el viernes.", ("viernes", "2025-03-14")),
        ("es", "Las clases están suspendidas hasta el lunes.", ("lunes", "2025-03-17")),
        ("fr", "La piscine est fermée jusqu'à vendredi.", ("vendredi", "2025-03-14")),
        ("fr", "Les écoles sont fermées jusqu'à lundi.", ("lundi", "2025-03-17")),
    ],
)
def test_state_until_a_weekday_ends_ahead(lang, text, expected):
    assert expected in found(text, lang)


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("en", "The pool was closed until Friday.", ("Friday", "2025-03-07")),
        ("es", "La piscina estuvo cerrada hasta el viernes.", ("viernes", "2025-03-07")),
        ("fr", "La piscine a été fermée jusqu'à vendredi.", ("vendredi", "2025-03-07")),
        ("fr", "La piscine était fermée jusqu'à vendredi.", ("vendredi", "2025-03-07")),
        ("fr", "La piscine est fermée depuis vendredi.", ("vendredi", "2025-03-07")),
    ],
)
def test_past_state_stays_behind(lang, text, expected):
    assert expected in found(text, lang)
