"""An extension "until" a weekday points ahead of its telling, as a putting
off does: "Authorities extended the curfew until Tuesday", "El Gobierno
extendió el toque de queda hasta el lunes", "La préfecture a reconduit
l'arrêté jusqu'à lundi" (and, already so, vi "gia hạn ... đến", zh
"延长至", th "ขยาย...ถึง") name the coming weekday although the extending is
told in the past. Something that stayed so until a weekday ("had stayed
closed until Tuesday, when it reopened"), or lasted until it, is over: the
weekday before. story12 material showed it; sentences written for the test
in other domains. Published Thursday 2031-05-15."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2031-05-15"


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,span,value",
    [
        (
            "en",
            "Port authorities extended the ban on night fishing until Tuesday.",
            "Tuesday",
            "2031-05-20",
        ),
        ("en", "The league has prolonged the transfer window till Monday.", "Monday", "2031-05-19"),
        ("es", "El Gobierno extendió el toque de queda hasta el lunes.", "lunes", "2031-05-19"),
        (
            "es",
            "La alcaldía prorrogó el cierre del mercado hasta el martes.",
            "martes",
            "2031-05-20",
        ),
        ("fr", "La préfecture a reconduit l'arrêté jusqu'à lundi.", "lundi", "2031-05-19"),
        (
            "fr",
            "Le rectorat a prolongé la fermeture des collèges jusqu'à mardi.",
            "mardi",
            "2031-05-20",
        ),
        ("vi", "Tỉnh đã gia hạn lệnh cấm đánh bắt đến thứ Ba.", "thứ Ba", "2031-05-20"),
        ("zh", "港口管理局将禁渔令延长至周二。", "周二", "2031-05-20"),
    ],
)
def test_extended_until_a_weekday_is_ahead(lang, text, span, value):
    assert (span, value) in found(text, lang), found(text, lang)


@pytest.mark.parametrize(
    "lang,text,span,value",
    [
        (
            "en",
            "The market had stayed closed until Tuesday, when it reopened.",
            "Tuesday",
            "2031-05-13",
        ),
        ("en", "The strike lasted until Monday.", "Monday", "2031-05-12"),
        (
            "es",
            "El mercado permaneció cerrado hasta el martes, cuando reabrió.",
            "martes",
            "2031-05-13",
        ),
        (
            "fr",
            "Le marché est resté fermé jusqu'à mardi, quand il a rouvert.",
            "mardi",
            "2031-05-13",
        ),
    ],
)
def test_stayed_or_lasted_until_a_weekday_is_over(lang, text, span, value):
    assert (span, value) in found(text, lang), found(text, lang)
