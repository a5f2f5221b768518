"""A site's call to follow it often opens on a pictograph ("📲 Sumate al
canal de WhatsApp de …", "🔔 Follow us on Google News …"): the promotion
rule looked for its cue at the line's very start, so the emoji hid it and
the call stayed in the article as a sentence. Leading pictographs are now
skipped like bullets. Argentine and Uruguayan sites write the call in
voseo ("Sumate al canal", "Seguinos en", "Suscribite"), now in the Spanish
table. Lines written for this test in other sites' styles; prose that
mentions a channel or opens on an emoji before its own words stays body."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY, label_between


@pytest.mark.parametrize(
    "lang,line",
    [
        ("en", "🔔 Follow us on Google News for the latest updates from the region."),
        ("es", "👉 Síguenos en Telegram para recibir las últimas noticias."),
        ("es", "📲 Sumate al canal de WhatsApp de La Voz del Valle y recibí las noticias del día."),
        ("es", "Seguinos en Instagram y enterate de todo lo que pasa en la ciudad."),
        ("fr", "📱 Suivez-nous sur WhatsApp pour ne rien manquer de l'actualité locale."),
    ],
)
def test_a_call_opening_on_an_emoji_is_a_promotion(lang, line):
    label, reasons = label_between(BODY[lang], line)
    assert label == "navigation", reasons
    assert reasons[0].startswith("promotion line"), reasons


@pytest.mark.parametrize(
    "lang,line",
    [
        ("es", "Los vecinos se sumaron al canal de denuncias creado por el municipio, que ya recibió 300 reclamos."),
        ("en", "📌 Follow-up inspections found the same faults in three of the buildings, the report said."),
        ("en", "Followers of the club were asked to share their memories of the old stadium before it closes."),
    ],
)
def test_prose_about_a_channel_stays_body(lang, line):
    label, reasons = label_between(BODY[lang], line)
    assert label == "body", reasons
