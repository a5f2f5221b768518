"""Text wrapped at a fixed width (a PDF's or an e-mail's text dump): the
first line of the first paragraph, cut mid-word or mid-phrase, goes on in
the lower-case line under it. Its words alone (an organisation's capitalised
name, a date) made it no prose of its own, and it was set aside as a
headline-like line before the article, taking the event it tells with it
(benchmarks/bundle_check.py --set bundle8: an NGO's press release). It is the
paragraph's first line. Dumps written for this test."""

from __future__ import annotations

import pytest

from .helpers import labels_of

DUMPS = {
    "fr": [
        "OBSERVATOIRE DES RIVIÈRES — COMMUNIQUÉ",
        "Crues de la Garonne : le plan d'alerte sera revu",
        "L'Observatoire des Rivières du Sud-Ouest Garonne Vivante salue la déci-",
        "sion prise jeudi 6 mars à Toulouse par la préfecture, qui revoit le plan",
        "d'alerte après les crues de février. Les seuils d'évacuation seront abais-",
        "sés de vingt centimètres dans les communes riveraines.",
        "Les maires concernés seront consultés avant la fin du mois, selon la pré-",
        "fecture, et les nouveaux seuils s'appliqueront dès le printemps prochain.",
    ],
    "en": [
        "RIVER WATCH NETWORK — PRESS RELEASE",
        "Flood warning levels to be lowered along the Severn",
        "River Watch Network Severn Catchment Partnership welcomes the Environ-",
        "ment Agency's decision on Thursday 6 March to review its flood warning",
        "levels after February's floods. Evacuation thresholds will be lowered by",
        "twenty centimetres in the riverside towns.",
        "Mayors of the towns affected will be consulted before the end of the month,",
        "and the new levels will apply from next spring, the agency said.",
    ],
    "es": [
        "RED DE VIGILANCIA FLUVIAL — NOTA DE PRENSA",
        "El plan de alerta por crecidas del Ebro será revisado",
        "La Red de Vigilancia Fluvial Ebro Vivo Aragón celebra la decisión toma-",
        "da el jueves 6 de marzo en Zaragoza por la confederación, que revisará el",
        "plan de alerta tras las crecidas de febrero. Los umbrales de evacuación",
        "bajarán veinte centímetros en los municipios ribereños.",
        "Los alcaldes afectados serán consultados antes de que acabe el mes, y los",
        "nuevos umbrales se aplicarán desde la próxima primavera, según la nota.",
    ],
}


@pytest.mark.parametrize("lang", sorted(DUMPS))
def test_the_first_wrapped_line_of_the_first_paragraph_is_body(lang):
    got = labels_of(DUMPS[lang])
    assert got[0] == "navigation"
    assert got[1] == "title"
    assert got[2:] == ["body"] * 6

