"""A weekend in languages read through CLDR (German, Portuguese, Italian,
Indonesian, Russian, Korean: "am Wochenende", "no fim de semana", "nel fine
settimana", "akhir pekan ini", "в выходные", "이번 주말") is its Saturday and
Sunday, as en "last weekend", fr "ce week-end" and es "el fin de semana
pasado" were; none was read. With no direction word the weekend is the one
just past (the reported happening), the coming one after a future word of its
clause, as a weekday alone is read. Habitual weekends ("jedes Wochenende",
"auch am Wochenende geöffnet", "в выходные и праздничные дни") and named ones
("no fim de semana de Páscoa") stay no date, and so does an ambiguous "next
weekend" ("nächstes Wochenende"), as en "next weekend" does. Sentences
written for these tests; published Wednesday 2025-10-15."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-10-15"  # a Wednesday
LAST = ("2025-10-11", "2025-10-12")
THIS = ("2025-10-18", "2025-10-19")


def found(text, lang, published=PUB):
    return [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, lang, published)]


@pytest.mark.parametrize(
    "lang,text,span,days",
    [
        # no direction word: past by default
        ("de", "Die Polizei nahm am Wochenende zwölf Randalierer fest.", "am Wochenende", LAST),
        ("pt", "O Palmeiras perdeu no fim de semana para o Bahia.", "no fim de semana", LAST),
        ("pt", "A chuva alagou ruas durante o final de semana.", "durante o final de semana", LAST),
        ("it", "Nel fine settimana la Lazio ha perso a Genova.", "Nel fine settimana", LAST),
        ("id", "Ribuan warga berunjuk rasa pada akhir pekan.", "pada akhir pekan", LAST),
        ("ru", "В выходные в Казани прошёл марафон.", "В выходные", LAST),
        ("ru", "За выходные выпало до 20 мм осадков.", "За выходные", LAST),
        # ... and ahead after a future word of its clause
        ("de", "Am Wochenende wird es in Bayern stürmisch.", "Am Wochenende", THIS),
        ("pt", "A Defesa Civil prevê temporais no fim de semana.", "no fim de semana", THIS),
        ("it", "Nel fine settimana sono previste piogge in Liguria.", "Nel fine settimana", THIS),
        ("id", "Hujan lebat diperkirakan turun pada akhir pekan.", "pada akhir pekan", THIS),
        ("ru", "В выходные ожидается снег в Подмосковье.", "В выходные", THIS),
        # direction words
        ("de", "Am vergangenen Wochenende siegte Mainz in Köln.", "Am vergangenen Wochenende", LAST),
        ("de", "Am kommenden Wochenende tagt der Parteitag.", "Am kommenden Wochenende", THIS),
        ("de", "An diesem Wochenende streiken die Lokführer.", "An diesem Wochenende", THIS),
        ("pt", "No último fim de semana, o Grêmio venceu.", "No último fim de semana", LAST),
        ("pt", "O show acontece neste fim de semana em Recife.", "neste fim de semana", THIS),
        ("pt", "A feira abre no próximo fim de semana.", "no próximo fim de semana", THIS),
        ("it", "Lo scorso weekend la Juve ha pareggiato.", "Lo scorso weekend", LAST),
        ("it", "Questo fine settimana si vota in Sardegna.", "Questo fine settimana", THIS),
        ("id", "Persib menang 2-0 akhir pekan lalu.", "akhir pekan lalu", LAST),
        ("id", "Festival itu digelar akhir pekan ini di Bandung.", "akhir pekan ini", THIS),
        ("id", "Pasar murah dibuka akhir pekan mendatang.", "akhir pekan mendatang", THIS),
        ("ru", "В прошлые выходные «Зенит» обыграл «Спартак».", "В прошлые выходные", LAST),
        ("ru", "В эти выходные в Москве откроется выставка.", "В эти выходные", THIS),
        ("ko", "지난 주말 서울 도심에서 집회가 열렸다.", "지난 주말", LAST),
        ("ko", "이번 주말에는 전국에 비가 내릴 전망이다.", "이번 주말", THIS),
        ("ko", "오는 주말 부산에서 축제가 열린다.", "오는 주말", THIS),
    ],
)
def test_weekends(lang, text, span, days):
    assert (span, *days) in found(text, lang)


def test_a_bare_weekend_on_a_sunday_is_that_weekend():
    got = found("Tausende feierten am Wochenende in Berlin.", "de", "2025-10-19")
    assert got == [("am Wochenende", "2025-10-18", "2025-10-19")]


def test_a_weekend_told_ahead_on_a_sunday_is_the_next_one():
    got = found("Am Wochenende soll es wieder regnen.", "de", "2025-10-19")
    assert got == [("Am Wochenende", "2025-10-25", "2025-10-26")]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("de", "Die Bibliothek ist auch am Wochenende geöffnet."),
        ("de", "Er arbeitet jedes Wochenende im Café."),
        ("de", "Nächstes Wochenende ist das Finale."),
        ("de", "Das Museum ist am Wochenende und an Feiertagen geschlossen."),
        ("pt", "A loja abre todo fim de semana."),
        ("pt", "O trânsito piora no fim de semana de Páscoa."),
        ("pt", "Ele só trabalha nos fins de semana."),
        ("it", "Il museo è aperto anche nel fine settimana."),
        ("it", "Il traffico cresce nel fine settimana di Ferragosto."),
        ("id", "Toko itu hanya buka setiap akhir pekan."),
        ("id", "Turnamen dimulai akhir pekan depan."),
        ("ru", "Музей работает в выходные и праздничные дни."),
        ("ru", "Он обычно в выходные ездит на дачу."),
        ("ko", "다음 주말 결승전이 열린다."),
    ],
)
def test_weekend_look_alikes(lang, text):
    assert found(text, lang) == []
