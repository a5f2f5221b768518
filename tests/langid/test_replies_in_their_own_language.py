"""A short reply or exclamation keeps the language it is written in.

Blocks under ``short_block_letters`` letters used to take the page's
language whatever they said: "Muchas gracias." quoted on an English page was
stored as English, "Cảm ơn chị nhiều." on a French page as French, "Thank
you!" on a Chinese page as Chinese. A line that ends as a sentence does (a
stop, "!", "?") and that the model puts clearly in another language keeps
that language; names, labels and brands (no stop), words two languages share
("Claro."), lines in capitals and words the model is unsure of stay the
page's.

Every line here was written for this test (a market, a ferry, a bakery).
"""

from __future__ import annotations

import pytest

from .helpers import lang_on_page

PAGES = {
    "en": "The ferry service between the two islands resumed on Monday after a week of "
    "storms, and the harbour office said extra crossings would run until Sunday.",
    "fr": "Le service de ferry entre les deux îles a repris lundi après une semaine de "
    "tempêtes, et la capitainerie a annoncé des traversées supplémentaires.",
    "es": "El servicio de ferry entre las dos islas se reanudó el lunes tras una semana "
    "de tormentas, y la capitanía anunció travesías adicionales hasta el domingo.",
    "vi": "Tuyến phà giữa hai hòn đảo đã hoạt động trở lại vào thứ Hai sau một tuần "
    "mưa bão, cảng vụ cho biết sẽ tăng chuyến đến hết Chủ nhật.",
    "zh": "两岛之间的渡轮服务在经历了一周的暴风雨后于周一恢复，港务部门表示周日前将加开班次。",
    "pt": "O serviço de balsa entre as duas ilhas foi retomado na segunda-feira após uma "
    "semana de tempestades, e a capitania anunciou travessias extras até domingo.",
}


def _lang_of(line: str, page: str) -> str | None:
    return lang_on_page(line, PAGES[page])


@pytest.mark.parametrize(
    ("line", "page", "lang"),
    [
        ("Muchas gracias.", "en", "es"),
        ("¡Claro que sí!", "en", "es"),
        ("Cảm ơn chị nhiều.", "fr", "vi"),
        ("Dạ, không ạ.", "en", "vi"),
        ("Merci, à demain !", "es", "fr"),
        ("See you tomorrow!", "es", "en"),
        ("Thank you!", "zh", "en"),
        # Vietnamese without a letter only Vietnamese writes: every word a
        # Vietnamese syllable, one with an accent
        ("Xin chào!", "en", "vi"),
        ("Chào anh!", "es", "vi"),
    ],
)
def test_reply_keeps_its_own_language(line: str, page: str, lang: str) -> None:
    assert _lang_of(line, page) == lang


@pytest.mark.parametrize(
    ("line", "page"),
    [
        ("Claro.", "pt"),  # Spanish and Portuguese both write it
        ("Hà Nội", "en"),  # a name, no stop
        ("Read more", "es"),  # a label, no stop
        ("Sign in", "vi"),  # a label, no stop, one word shaped as Vietnamese's
        ("Bakery News", "fr"),  # a title, no stop
        ("LINE.", "zh"),  # capitals: a brand
        ("Oh là là !", "en"),  # no letter only Vietnamese writes
        ("Là.", "fr"),  # one word French writes too
    ],
)
def test_names_labels_and_shared_words_stay_the_pages(line: str, page: str) -> None:
    assert _lang_of(line, page) == page
