"""Two kinds of content-farm page no rule read.

Filler strung together by transitions: nearly every paragraph opens on a
stock joining word ("Moreover", "Además", "Darüber hinaus", "In conclusion")
and no paragraph gives a figure. The stock-phrase rule wanted three stock
phrases in one paragraph; these pages spread one per paragraph.

Paragraphs made from one template: the same paragraph repeated, word for word
or with a keyword or a place swapped.

Pages written for this file, in other languages and topics than heldout13's
(vi, zh filler; an Indonesian how-to). The positives failed before this
file's commit; news with figures, a weather bulletin whose cities' figures
differ, a paragraph a scraper doubled, and an essay with a few transitions
stay clean."""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds

FILLER = {
    "en": (
        "Why Gardening Matters More Than Ever\n"
        "Gardening has become an important part of modern life for many people around the world.\n"
        "Moreover, gardening offers countless benefits for both the body and the mind, helping people relax.\n"
        "Furthermore, growing your own plants can be a rewarding experience that brings families together.\n"
        "On the other hand, gardening also comes with challenges that everyone should be aware of.\n"
        "In conclusion, gardening is a wonderful activity that everyone should consider trying at home.\n"
    ),
    "es": (
        "La importancia del reciclaje en la vida cotidiana\n"
        "El reciclaje se ha convertido en un tema de gran relevancia en la sociedad actual.\n"
        "Además, reciclar permite cuidar el medio ambiente y aprovechar mejor los recursos de todos.\n"
        "Por otro lado, muchas personas todavía no conocen la forma correcta de separar los residuos.\n"
        "Cabe destacar que pequeñas acciones diarias pueden marcar una gran diferencia para el planeta.\n"
        "En conclusión, el reciclaje es una responsabilidad compartida que todos debemos asumir.\n"
    ),
    "de": (
        "Warum Lesen so wichtig ist\n"
        "Lesen gehört seit jeher zu den wichtigsten Fähigkeiten des Menschen in jeder Gesellschaft.\n"
        "Darüber hinaus fördert das Lesen die Fantasie und hilft dabei, neue Welten zu entdecken.\n"
        "Außerdem verbessert regelmäßiges Lesen den Wortschatz und die Konzentration erheblich.\n"
        "Nicht zuletzt kann Lesen auch eine wunderbare Möglichkeit sein, zur Ruhe zu kommen.\n"
        "Abschließend lässt sich sagen, dass Lesen für alle Menschen von großem Wert ist.\n"
    ),
}


@pytest.mark.parametrize("lang", sorted(FILLER))
def test_paragraphs_joined_by_stock_transitions_with_no_figure(lang):
    doc = flagged(FILLER[lang])
    assert kinds(doc, "content_farm", signal="transition_filler"), [f.reason for f in doc.flags]


def test_news_whose_paragraphs_open_on_transitions_but_give_figures_stays_clean():
    page = (
        "Council approves new library budget\n"
        "The city council approved a budget of $4.2 million for the central library on Tuesday.\n"
        "Moreover, the plan adds 12 staff positions and extends opening hours to 9 p.m.\n"
        "Furthermore, the council set aside $300,000 for a mobile library serving rural areas.\n"
        "Finally, the library will open on Sundays from March, the mayor said.\n"
    )
    doc = flagged(page)
    assert not kinds(doc, "content_farm"), [f.reason for f in doc.flags]


def test_an_essay_with_a_few_transitions_stays_clean():
    page = (
        "What my grandmother taught me about bread\n"
        "My grandmother baked bread every morning in a kitchen that smelled of smoke and flour.\n"
        "She never measured anything, and she laughed when I asked her for a recipe.\n"
        "Moreover, she believed that bread made in a hurry would always taste of the hurry.\n"
        "I still bake on weekends, slowly, with her old wooden bowl on the table.\n"
    )
    doc = flagged(page)
    assert not kinds(doc, "content_farm"), [f.reason for f in doc.flags]


TEMPLATED = {
    "en": (
        "How to Renew Documents Online\n"
        "Renewing your passport online is now easier than ever before. You no longer need to wait in long queues; simply prepare your documents and follow the steps from home.\n"
        "Renewing your driving licence online is now easier than ever before. You no longer need to wait in long queues; simply prepare your documents and follow the steps from home.\n"
        "Renewing your vehicle registration online is now easier than ever before. You no longer need to wait in long queues; simply prepare your documents and follow the steps from home.\n"
    ),
    "de": (
        "Bibliotheken in Sachsen\n"
        "Die Stadtbibliothek in Leipzig bietet ihren Besucherinnen und Besuchern ein großes Angebot an Büchern, Zeitschriften und Medien für alle Altersgruppen.\n"
        "Die Stadtbibliothek in Dresden bietet ihren Besucherinnen und Besuchern ein großes Angebot an Büchern, Zeitschriften und Medien für alle Altersgruppen.\n"
        "Die Stadtbibliothek in Chemnitz bietet ihren Besucherinnen und Besuchern ein großes Angebot an Büchern, Zeitschriften und Medien für alle Altersgruppen.\n"
        "Die Stadtbibliothek in Zwickau bietet ihren Besucherinnen und Besuchern ein großes Angebot an Büchern, Zeitschriften und Medien für alle Altersgruppen.\n"
    ),
    "es": (
        "Resumen del día\n"
        "El Gobierno aprobó hoy una nueva ley de vivienda que limita las subidas del alquiler en las zonas tensionadas del país. [Leer más]\n"
        "El Gobierno aprobó hoy una nueva ley de vivienda que limita las subidas del alquiler en las zonas tensionadas del país. [Leer más]\n"
        "El Gobierno aprobó hoy una nueva ley de vivienda que limita las subidas del alquiler en las zonas tensionadas del país. [Leer más]\n"
    ),
}


@pytest.mark.parametrize("lang", sorted(TEMPLATED))
def test_one_paragraph_repeated_with_a_keyword_swapped(lang):
    doc = flagged(TEMPLATED[lang])
    assert kinds(doc, "content_farm", signal="templated_paragraphs"), [f.reason for f in doc.flags]


def test_a_weather_bulletin_whose_cities_figures_differ_stays_clean():
    page = (
        "Weather across the region today\n"
        "In Leeds, skies will be cloudy with a high of 14 degrees and a low of 8 degrees, and light rain is expected after 3 p.m.\n"
        "In York, skies will be cloudy with a high of 13 degrees and a low of 7 degrees, and light rain is expected after 4 p.m.\n"
        "In Hull, skies will be cloudy with a high of 15 degrees and a low of 9 degrees, and light rain is expected after 2 p.m.\n"
    )
    doc = flagged(page)
    assert not kinds(doc, "content_farm"), [f.reason for f in doc.flags]


def test_a_paragraph_a_scraper_doubled_stays_clean():
    para = (
        "The regional train operator said services between the two cities would run every half "
        "hour from December, doubling the current timetable.\n"
    )
    page = (
        "Trains to run every half hour\n"
        + para
        + para
        + "Passenger groups welcomed the change but asked for longer trains at peak times, when many commuters stand.\n"
    )
    doc = flagged(page)
    assert not kinds(doc, "content_farm"), [f.reason for f in doc.flags]
