"""Vague counts ("a few years ago") and named days ("Black Friday") give no date.

"A few years ago" names no year: reading it as three years would put an
event at a date the text never gives. A weekday inside a holiday's or a
sales day's name is not the weekday nearest the publication date. Precise
counts and plain weekdays next to them still resolve.
"""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2019-11-18"  # a Monday


def found(text: str, lang: str) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "A few years ago, the plant was sold."),
        ("en", "Several days later the board resigned."),
        ("en", "Many years ago the town flooded."),
        ("vi", "Vài năm trước, nhà máy đã bị bán."),
        ("vi", "Mấy ngày sau, ban giám đốc từ chức."),
        ("vi", "Nhiều năm trước, thị trấn bị ngập."),
        ("zh", "几年前，这家工厂被出售。"),
        ("zh", "数天后，董事会辞职。"),
        ("th", "หลายปีก่อน โรงงานถูกขายไป"),
        ("es", "Hace unos años, la planta fue vendida."),
        ("es", "Varios días después, la junta dimitió."),
        ("fr", "Il y a quelques années, l'usine a été vendue."),
        ("fr", "Plusieurs jours plus tard, le conseil a démissionné."),
    ],
)
def test_vague_count_gives_no_date(lang, text):
    assert found(text, lang) == []


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("en", "Two years ago, the plant was sold.", ("Two years ago", "2017")),
        ("en", "A couple of days ago the board resigned.", ("A couple of days ago", "2019-11-16")),
        ("vi", "Hai năm trước, nhà máy đã bị bán.", ("Hai năm trước", "2017")),
        ("zh", "三天前，董事会辞职。", ("三天前", "2019-11-15")),
        ("es", "Hace dos años, la planta fue vendida.", ("Hace dos años", "2017")),
        ("fr", "Il y a deux ans, l'usine a été vendue.", ("Il y a deux ans", "2017")),
    ],
)
def test_precise_count_still_resolves(lang, text, expected):
    assert found(text, lang) == [expected]


def test_vague_count_does_not_leave_its_tail_to_be_read_alone():
    # "năm trước" alone means "last year"; inside "vài năm trước" it must not
    assert found("Vài năm trước, ông rời Huế.", "vi") == []
    assert found("Năm trước, ông rời Huế.", "vi") == [("Năm trước", "2018")]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Shoppers queued for Black Friday deals."),
        ("en", "Sales on Cyber Monday beat forecasts."),
        ("en", "Churches were full on Good Friday."),
        ("en", "Candidates braced for Super Tuesday."),
        ("es", "El Viernes Santo hubo procesiones."),
        ("es", "El Domingo de Ramos la plaza se llenó."),
        ("fr", "Le Vendredi saint, les églises étaient pleines."),
        ("fr", "Le défilé du mardi gras a été annulé."),
        ("zh", "黑色星期五的促销很冷清。"),
        ("vi", "Đợt giảm giá Thứ Sáu Đen kém sôi động."),
    ],
)
def test_named_day_is_not_a_weekday(lang, text):
    assert found(text, lang) == []


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("en", "The White House on Friday announced cuts.", ("Friday", "2019-11-15")),
        ("en", "Shoppers queued on Friday for deals.", ("Friday", "2019-11-15")),
        ("es", "El viernes se firmó el acuerdo.", ("viernes", "2019-11-15")),
        ("fr", "Mardi, le ministre a parlé.", ("Mardi", "2019-11-12")),
        ("zh", "星期五他表示同意。", ("星期五", "2019-11-15")),
        ("vi", "Thứ Sáu, ông cho biết sẽ từ chức.", ("Thứ Sáu", "2019-11-15")),
    ],
)
def test_plain_weekday_still_resolves(lang, text, expected):
    assert expected in found(text, lang)


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "Un mercredi sur deux, elles recommandent des séries."),
        ("es", "Un miércoles sí y otro no hay mercado en la plaza."),
        ("vi", "Thứ Tư cách tuần có chợ phiên ở làng."),
    ],
)
def test_every_other_weekday_is_a_rhythm_not_a_date(lang, text):
    assert found(text, lang) == []


def test_a_weekday_after_a_rhythm_sentence_still_resolves():
    text = "Un mercredi sur deux, elles écrivent. Mercredi, le ministre a parlé."
    assert found(text, "fr") == [("Mercredi", "2019-11-13")]


@pytest.mark.parametrize(
    "text",
    [
        "Richardson, via USA Today, said the ruling was wrong.",
        "Two experts told USA TODAY that the rule had changed.",
    ],
)
def test_a_paper_named_today_is_no_date(text):
    assert found(text, "en") == []


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Today, the agency announced the selection.", ("Today", "2019-11-18")),
        ("It was Sunday. Today the market opened.", ("Today", "2019-11-18")),
        ("The service launches today.", ("today", "2019-11-18")),
    ],
)
def test_today_as_the_day_still_resolves(text, expected):
    assert expected in found(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "Hoy en día, la ciudad tiene tres millones de habitantes.",
        "Hoy día casi todos los jóvenes usan el teléfono móvil.",
    ],
)
def test_nowadays_names_no_day(text):
    # "hoy en día" = these days: "hoy" inside it is not today
    assert found(text, "es") == []


def test_today_alone_is_still_today():
    assert found("Hoy, el ministro anunció un nuevo plan.", "es") == [("Hoy", PUB)]
