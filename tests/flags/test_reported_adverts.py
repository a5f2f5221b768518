"""A news report that quotes a spam message as its subject ("The messages
read: "Online casino bonus 300%! ... Telegram @x"") is not an injected
advert: the trade words and the contact stand inside quotation marks and
the article's own sentence frames them. An advert that speaks for itself,
or only puts a label or a slogan in quotes, is still flagged. Pages written
for this file; the negatives were flagged before the fix."""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds, span

EN = (
    "Police warn of betting scam messages sent to thousands of phones\n"
    "Police have warned the public about a wave of text messages promoting illegal gambling, "
    "after more than 12,000 people in the county reported receiving them in a single week.\n"
    "{quote}\n"
    "Detective Inspector Mark Hale said anyone who replied risked losing money and having their "
    "personal details sold, and urged people to forward such messages to their network.\n"
)
ES = (
    "La policía alerta de mensajes fraudulentos que ofrecen créditos\n"
    "La Policía Nacional ha advertido de una oleada de mensajes de texto que ofrecen dinero "
    "a personas endeudadas y que ya han recibido miles de vecinos de la provincia.\n"
    "{quote}\n"
    "Los agentes recuerdan que ninguna entidad legal concede un crédito por mensaje y piden "
    "que no se facilite ningún dato personal a los remitentes.\n"
)

REPORTED = [
    (
        EN,
        'The messages, sent from dozens of different numbers, read: "Online casino bonus 300%! '
        'Free spins every day, withdraw instantly. Join on Telegram @luckyspin777".',
    ),
    (
        ES,
        "Los mensajes, enviados desde números distintos, dicen: «Préstamos rápidos sin aval, "
        "dinero en tu cuenta en 10 minutos. Escríbenos al WhatsApp +34 612 345 678».",
    ),
]


@pytest.mark.parametrize("page, quote", REPORTED)
def test_a_spam_message_the_article_quotes_is_not_an_injected_advert(page, quote):
    doc = flagged(page.format(quote=quote))
    assert kinds(doc, "spam") == [], [f.reason for f in doc.flags]
    assert kinds(doc, "content_farm") == []


INJECTED = [
    # no frame at all
    (EN, "Online casino bonus 300%! Free spins every day. Join on Telegram @luckyspin777"),
    # a label and a slogan in quotes, the trade words and contact outside
    (EN, '"Hot deal": online casino bonus and free spins, Telegram @luckyspin777'),
    (
        ES,
        "«Oferta del día»: préstamos rápidos sin aval y sin papeleo, dinero en tu cuenta en 10 "
        "minutos aunque estés en una lista de morosos.",
    ),
]


@pytest.mark.parametrize("page, advert", INJECTED)
def test_an_advert_speaking_for_itself_is_still_flagged(page, advert):
    doc = flagged(page.format(quote=advert))
    assert [span(doc, f) for f in kinds(doc, "spam")] == [advert], [f.reason for f in doc.flags]
