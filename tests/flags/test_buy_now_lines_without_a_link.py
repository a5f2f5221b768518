"""An affiliate line whose link sits in the markup, so the text keeps only
the call to buy and a percentage off ("Compra ya la freidora … con un 40 %
de descuento en Amazon", "achetez maintenant le ventilateur … à -35 %"): the
buy-call rule needed an address in the text, so it passed as prose
(benchmarks/flags_heldout.py --set heldout11, z07 and z08). Pages written
for this file in German, Italian, Portuguese and English. Near misses stay
quiet: the slogan quoted by a consumer story, a deals page whose headline
names the product, "buy now, pay later" credit, a call with no percentage,
a page whose own paragraphs speak of the call."""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds

PAGES = {
    "de": (
        "Bahnstreik legt Fernverkehr für zwei Tage lahm\n"
        "Die Lokführergewerkschaft hat für Mittwoch und Donnerstag einen Streik im "
        "Fernverkehr angekündigt, die Bahn rechnet mit massiven Ausfällen.\n"
        "{line}\n"
        "Fahrgäste können ihre Tickets ohne Gebühr erstatten lassen."
    ),
    "it": (
        "Nevicate in Trentino, chiusi tre passi alpini\n"
        "La neve caduta nella notte ha costretto la Provincia a chiudere i passi dello "
        "Stelvio, del Tonale e del Gavia, riferisce la protezione civile.\n"
        "{line}\n"
        "La riapertura è prevista per venerdì, meteo permettendo."
    ),
    "pt": (
        "Seca reduz nível das represas do Cantareira\n"
        "O nível do sistema Cantareira caiu para 38 por cento nesta semana, o menor para o "
        "mês em dez anos, informou a Sabesp nesta segunda-feira.\n"
        "{line}\n"
        "A companhia pede que os moradores economizem água."
    ),
    "en": (
        "Council approves new cycle lanes on the ring road\n"
        "The city council voted on Tuesday to build six kilometres of protected cycle "
        "lanes along the ring road, to be finished by next summer.\n"
        "{line}\n"
        "Work will start in March."
    ),
}
ADVERTS = {
    "de": "Jetzt kaufen: Akku-Staubsauger Vento X9 mit 30 % Rabatt bei unserem Partner, nur bis Sonntag!",
    "it": "Acquista ora la macchina da caffè Brava Pro a -25% sul sito del nostro partner, offerta lampo!",
    "pt": "Compre agora a fritadeira elétrica Mondial com 45% de desconto na loja parceira, só hoje!",
    "en": "Shop now: the Nimbus 5 noise-cancelling headphones are 40% off today only, free delivery!",
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_buy_now_line_with_a_discount_is_an_advert(lang):
    text = PAGES[lang].format(line=ADVERTS[lang])
    found = kinds(flagged(text), "spam")
    assert len(found) == 1, found
    assert text[found[0].start : found[0].end] == ADVERTS[lang]


def test_a_quoted_slogan_in_a_consumer_story_is_content():
    text = PAGES["de"].format(
        line="Verbraucherschützer warnen vor Anzeigen wie „Jetzt kaufen, 70 % Rabatt, nur "
        "heute!“, die auf gefälschte Shops führen."
    )
    assert not kinds(flagged(text), "spam")


def test_a_deals_page_whose_headline_names_the_product():
    text = (
        "Black Friday: the best headphones deals\n"
        "We tested twenty pairs of headphones over a month and picked the ones worth buying "
        "at this week's prices.\n"
        "Shop now: the Nimbus 5 noise-cancelling headphones are 40% off today only.\n"
        "Prices were checked on Monday."
    )
    assert not kinds(flagged(text), "spam")


def test_buy_now_pay_later_credit_is_news():
    text = PAGES["en"].format(
        line="Buy now, pay later lending grew 30% last year, the regulator said."
    )
    assert not kinds(flagged(text), "spam")


def test_a_call_with_no_percentage_is_left_alone():
    text = PAGES["it"].format(line="Acquista ora i biglietti per la riapertura del museo.")
    assert not kinds(flagged(text), "spam")


def test_a_page_whose_paragraphs_speak_of_the_call():
    text = (
        "Saldi invernali al via in Lombardia\n"
        "I saldi invernali partono sabato in Lombardia: i commercianti invitano i clienti "
        "con cartelli 'acquista ora' e sconti fino al 50 per cento.\n"
        "Acquista ora il cappotto Lana Blu a -30% nei negozi aderenti, dice la campagna.\n"
        "Le associazioni dei consumatori raccomandano di conservare gli scontrini, perché "
        "acquista ora non deve voler dire rinunciare al reso."
    )
    assert not kinds(flagged(text), "spam")
