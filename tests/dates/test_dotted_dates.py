"""Numeric dates written with dots inside prose ("el 15.03.2024", "le
15.03.2024", "on 15.03.2024", "วันที่ ๑๕.๐๓.๒๕๖๗", "2024.03.15"): day first
with a four-digit year in the table languages (year first in Chinese), as
European, Latin-American, Vietnamese and Thai pages print them, after a
word that introduces a day ("el", "le", "on", "วันที่", "sáng"). A version
number, an amount, a longer run of numbers or a bare stamp closing a related
teaser ("(23.01.2017)") is no date. Publication date:
Tuesday 10 September 2024."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2024-09-10"


def values(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,expect",
    [
        (
            "es",
            "MONTEVIDEO — El convenio fue firmado el 15.03.2024 en la sede del ministerio.",
            ("15.03.2024", "2024-03-15"),
        ),
        (
            "fr",
            "Par un arrêté du 02.07.2024, la préfecture a interdit la baignade dans le lac.",
            ("02.07.2024", "2024-07-02"),
        ),
        (
            "en",
            "The plant, which opened on 15.03.2024 after years of delays, employs 400 people.",
            ("15.03.2024", "2024-03-15"),
        ),
        ("vi", "Sáng 5.8.2024, UBND huyện tổ chức lễ khởi công.", ("5.8.2024", "2024-08-05")),
        ("th", "เมื่อวันที่ ๑๕.๐๓.๒๕๖๗ บริษัทได้จัดงานแถลงข่าว", ("๑๕.๐๓.๒๕๖๗", "2024-03-15")),
        ("zh", "2024.03.15，公司发布公告称将回购股份。", ("2024.03.15", "2024-03-15")),
    ],
)
def test_dotted_date_in_prose(lang, text, expect):
    assert values(text, lang) == [expect]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Version 2.1.2024 of the app fixes the login bug."),
        ("es", "La versión 3.4.2024 del programa corrige el fallo."),
        ("vi", "Phiên bản 1.2.2024 đã được phát hành cho người dùng."),
        ("fr", "Le serveur 10.12.2024.5 a été bloqué par le pare-feu."),
        ("es", "Se vendieron 12.500.2024 unidades, según la empresa."),
        # a related teaser's stamp closing its summary: another page's date
        ("es", "Ataque químico en Alepo: la ONU pide una investigación. (23.01.2017)"),
        ("fr", "Les rebelles ont quitté la ville après trois semaines de siège. (30.12.2016)"),
    ],
)
def test_dotted_look_alikes_are_no_dates(lang, text):
    assert values(text, lang) == []
