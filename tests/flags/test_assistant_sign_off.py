"""A chatbot's closing left at the end of the article it wrote ("Hope this
helps! Would you like me to add ...?"): a paragraph opening with a sign-off
that offers the reader more work. A columnist's "I hope this helps" offers
none; a quoted closing is a report. Pages written for this file; each
positive failed at 8500704."""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds

BODY = {
    "en": "The council will replace the footbridge over the canal next spring after an "
    "inspection found corroded steel beams.\nThe work is expected to take four months and "
    "a temporary crossing will be built beside it.",
    "es": "El ayuntamiento sustituirá la pasarela sobre el canal la próxima primavera tras "
    "detectar vigas de acero corroídas.\nLas obras durarán cuatro meses y se instalará un "
    "paso provisional al lado.",
    "fr": "La mairie remplacera la passerelle sur le canal au printemps après qu'une "
    "inspection a révélé des poutres rouillées.\nLes travaux dureront quatre mois et un "
    "passage provisoire sera installé.",
    "vi": "Thành phố sẽ thay cây cầu đi bộ qua kênh vào mùa xuân tới sau khi kiểm tra phát "
    "hiện dầm thép bị ăn mòn.\nCông trình dự kiến kéo dài bốn tháng và một lối đi tạm sẽ "
    "được dựng bên cạnh.",
}


@pytest.mark.parametrize(
    "lang, closing",
    [
        ("en", "Hope this helps! Would you like me to add a quote from the council leader?"),
        ("es", "Espero que esto te sirva. ¿Quieres que añada una cita del alcalde?"),
        ("fr", "J'espère que cela vous convient. Souhaitez-vous que je raccourcisse l'article ?"),
        ("vi", "Hy vọng bài viết hữu ích! Nếu bạn muốn tôi viết lại ngắn hơn, hãy nói nhé."),
    ],
)
def test_a_chatbot_closing_at_the_end(lang, closing):
    doc = flagged(f"{BODY[lang]}\n{closing}\n")
    farm = kinds(doc, "content_farm", signal="assistant_tell")
    assert len(farm) == 1, [f.reason for f in doc.flags]


@pytest.mark.parametrize(
    "lang, line",
    [
        # an advice columnist's sign-off offers no more work
        ("en", "I hope this helps, and good luck with the new allotment."),
        ("fr", "J'espère que ce texte vous plaira autant que je l'ai aimé en l'écrivant."),
        # a report quoting such a closing
        (
            "en",
            'Let readers judge: the post ended with "Let me know if you would like me to '
            'make it shorter", the complaint said.',
        ),
    ],
)
def test_lines_that_are_not_a_chatbot_closing(lang, line):
    doc = flagged(f"{BODY[lang]}\n{line}\n")
    assert not kinds(doc, "content_farm"), [f.reason for f in doc.flags]
