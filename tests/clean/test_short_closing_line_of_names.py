"""An article's closing line made mostly of names and news words has one
function word ("EU chief negotiator Margit Lindqvist told reporters the door
remained open."): the text path's closing-paragraph rule asked two, so the
line was set aside as "text after the article end" and the article lost its
last sentence. A line of ten words or more that ends a sentence with one
function word now closes the article. story8's repost showed it; the pages
here are written for the test. Near misses: a short line (under ten words),
a line with no function word, and a line after a related-links list stay
outside the article."""

from __future__ import annotations

import pytest

from tests.stages_through import read_through

BODY = {
    "en": (
        "Port Alder dockworkers end strike after pay deal",
        [
            (
                "About two thousand dockworkers returned to the quays of Port Alder on Monday after "
                "the union and the port authority signed a two-year pay agreement."
            ),
            (
                "The agreement raises the pay of crane operators by six percent and limits night "
                "shifts to three a week, according to a copy seen by reporters."
            ),
            (
                "Grain ships that had waited offshore for four days began loading in the afternoon, "
                "and the port said the backlog would be cleared within a week."
            ),
        ],
        "Union leader Tomas Brevik told reporters the strike fund remained untouched.",
        "Related: Port Alder grain exports hit record (Mar 2)",
    ),
    "es": (
        "Los estibadores de Puerto Alder ponen fin a la huelga",
        [
            (
                "Unos dos mil estibadores volvieron el lunes a los muelles de Puerto Alder después "
                "de que el sindicato y la autoridad portuaria firmaran un acuerdo salarial."
            ),
            (
                "El acuerdo sube un seis por ciento el salario de los gruistas y limita los turnos "
                "de noche a tres por semana, según una copia consultada por la prensa."
            ),
            (
                "Los buques de grano que esperaban frente a la costa desde hacía cuatro días "
                "empezaron a cargar por la tarde y el puerto espera recuperar el retraso."
            ),
        ],
        "Líder sindical Tomás Brevik calificó acuerdo firmado lunes como resultado justo.",
        "Relacionado: Exportaciones récord de grano en Puerto Alder (2 mar)",
    ),
}


def _labels(tmp_path, lang: str, closing: str | None = None) -> dict[str, str]:
    title, paras, close, related = BODY[lang]
    close = close if closing is None else closing
    text = "\n\n".join([title, *paras, close, related]) + "\n"
    p = tmp_path / f"{lang}.txt"
    p.write_text(text, encoding="utf-8")
    d = read_through(p, "classify")
    return {d.text[b.start : b.end].strip(): b.label for b in d.blocks}


@pytest.mark.parametrize("lang", sorted(BODY))
def test_a_closing_line_of_names_with_one_function_word_is_the_articles(tmp_path, lang):
    labels = _labels(tmp_path, lang)
    assert labels[BODY[lang][2]] == "body", labels
    assert labels[BODY[lang][3]] != "body"


def test_a_short_closing_line_stays_outside(tmp_path):
    # under ten words, one function word: a credit or a slogan as often as a sentence
    labels = _labels(tmp_path, "en", closing="Union leader Tomas Brevik welcomed the deal.")
    assert labels["Union leader Tomas Brevik welcomed the deal."] != "body"


def test_a_line_with_no_function_word_stays_outside(tmp_path):
    tags = "Port Alder, dockworkers, strike, grain exports, crane operators, pay deal, unions."
    labels = _labels(tmp_path, "en", closing=tags)
    assert labels[tags] != "body"
