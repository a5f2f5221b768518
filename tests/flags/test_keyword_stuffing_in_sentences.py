"""A search phrase worked into sentences rather than listed ("Need a cheap
skip hire Leeds? Our cheap skip hire Leeds service ..."): one phrase of three
words or more, four times or more in one paragraph, a good share of its
words, not capitalised as a name (benchmarks/flags_heldout.py --set
heldout15, g08, g09). Paragraphs written for this file in other trades and
languages; prose that names a thing again, a name repeated, and a quoted
stuffed paragraph stay clean."""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds

AROUND = (
    "{lead}\n"
    "{a}\n"
    "{tail}\n"
)
LEADS = {
    "en": (
        "The county council has approved a new cycle lane along the A61, due to open next spring.",
        "Work will start in January and is expected to take about eight months, the council said.",
    ),
    "es": (
        "El Ayuntamiento de Zaragoza aprobó ayer la ampliación del tranvía hasta el barrio de Valdespartera.",
        "Las obras comenzarán en marzo y durarán unos dieciocho meses, según el concejal de Movilidad.",
    ),
    "de": (
        "Die Stadt Hannover hat den Umbau des Hauptbahnhofs um ein Jahr verschoben, teilte die Verwaltung mit.",
        "Als Grund nannte sie gestiegene Baukosten und fehlende Fachkräfte bei den beteiligten Firmen.",
    ),
}


@pytest.mark.parametrize(
    "lang,para",
    [
        ("en", "Need a cheap skip hire Leeds? Our cheap skip hire Leeds team offers cheap skip hire Leeds at the best price, because cheap skip hire Leeds should be easy for everyone."),
        ("es", "Si busca un abogado de divorcios barato en Madrid, nuestro abogado de divorcios barato le atiende hoy; un abogado de divorcios barato con experiencia es el abogado de divorcios barato que necesita."),
        ("de", "Sie suchen einen günstigen Umzug Hamburg? Ihr günstigen Umzug Hamburg Partner: günstigen Umzug Hamburg buchen, günstigen Umzug Hamburg sparen."),
    ],
)
def test_a_search_phrase_worked_into_sentences_is_spam(lang, para):
    lead, tail = LEADS[lang]
    doc = flagged(AROUND.format(lead=lead, a=para, tail=tail))
    found = kinds(doc, "spam")
    assert found, [f.reason for f in doc.flags]
    assert any(doc.text[f.start : f.end].strip() == para for f in found)


@pytest.mark.parametrize(
    "lang,para",
    [
        # a name written again and again, capitalised each time
        ("en", "Leeds United beat Leeds Rhinos Foundation XI in the charity match, and Leeds United fans cheered as Leeds United captain Ben Hart lifted the cup Leeds United had won twice before."),
        # prose that names the thing again, among many other words
        ("en", "The new cycle lane will run for six miles. Cyclists said the new cycle lane was overdue, and the council said the new cycle lane would be swept weekly. Drivers' groups objected to losing parking spaces on the busiest stretch near the station, where traders fear fewer customers."),
        # a column on SEO quoting a stuffed paragraph
        ("es", "Un ejemplo típico que Google penaliza es este: «abogado de divorcios barato, nuestro abogado de divorcios barato es el abogado de divorcios barato que necesita, llame al abogado de divorcios barato», explicó la consultora."),
    ],
)
def test_prose_names_and_quotes_stay_clean(lang, para):
    lead, tail = LEADS[lang]
    doc = flagged(AROUND.format(lead=lead, a=para, tail=tail))
    assert not kinds(doc, "spam"), [f.reason for f in doc.flags]
