"""What a scraper keeps of an embedded post or player it could not load –
'View this post on Instagram', 'Embed from Getty Images', 'This content is
not available due to your privacy preferences', 'Diesen Beitrag auf
Instagram ansehen' – is the platform's placeholder, no text of the article:
some were kept as a subheading or a sentence of the article. A sentence
about content being unavailable stays body. Pages written for this test."""

from __future__ import annotations

import pytest

from .helpers import BODY, label_between


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "Embed from Getty Images"),
        ("en", "This content is not available due to your privacy preferences."),
        ("es", "Este contenido no está disponible por tus preferencias de privacidad."),
        ("de", "Externer Inhalt"),
        ("fr", "Pour afficher ce contenu, acceptez les cookies."),
    ],
)
def test_an_embeds_placeholder_is_navigation(lang, line):
    label, reasons = label_between(BODY[lang], line)
    assert label == "navigation", (label, reasons)


def test_a_sentence_about_unavailable_content_stays_body():
    line = "The council said the recordings of the meeting would not be available until next week."
    label, reasons = label_between(BODY["en"], line)
    assert label == "body", (label, reasons)
