"""Two different English turns of phrase rendered word for word ("hace
sentido", "tomó lugar", "faire une décision") in a page's own text: machine
translation from English. Pages written for this file; the positives failed
at 91ae295, which had no such rule."""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds

PAGES = {
    "es": (
        "Nuevo festival de cine en Valparaíso\n"
        "El primer festival de cine independiente de la ciudad tomó lugar el fin de semana en "
        "el teatro municipal, con más de cuarenta películas de doce países.\n"
        "La directora del festival explicó que abrir la programación a escuelas hace sentido "
        "para formar nuevos públicos en la región.\n"
    ),
    "fr": (
        "Le club de hockey change d'entraîneur\n"
        "La direction du club a fait une décision difficile mardi en remerciant son entraîneur "
        "après huit défaites de suite.\n"
        "Selon le directeur général, le choix d'un entraîneur plus jeune fait du sens pour "
        "reconstruire l'équipe autour de ses espoirs.\n"
    ),
    "pt": (
        "Feira de tecnologia reúne startups em Recife\n"
        "A feira tomou lugar no centro de convenções da cidade e reuniu mais de duzentas "
        "empresas de inovação do Nordeste, além de investidores de São Paulo, durante três dias.\n"
        "Estamos excitados com a participação, afirmou a organizadora, que não descarta uma "
        "segunda edição no próximo ano, com apoio da prefeitura e do governo do estado.\n"
    ),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_two_english_calques_flag_the_page(lang):
    doc = flagged(PAGES[lang], labels={0: "title"})
    got = kinds(doc, "machine_translation", signal="calque")
    assert len(got) == 1 and len(got[0].data["calques"]) == 2, [f.reason for f in doc.flags]


@pytest.mark.parametrize(
    "text",
    [
        # one calque in a person's words: a slip, not a pattern
        "Nuevo festival de cine en Valparaíso\nEl festival tuvo lugar el fin de semana en el "
        "teatro municipal. Para la directora, abrirlo a escuelas hace sentido.\n",
        # good usage that looks like the calques
        "Nueva norma de tráfico\nLa norma se puede aplicar para reducir el ruido, y el nuevo "
        "parque toma el lugar del antiguo aparcamiento. El acto tuvo lugar el lunes.\n",
        # calques inside quotation marks: the article reports them
        'Le français au travail\nLe linguiste cite deux tournures à éviter : « ça fait du sens » '
        'et « faire une décision », fréquentes dans les courriels de bureau.\n',
    ],
)
def test_text_that_is_not_calqued(text):
    doc = flagged(text, labels={0: "title"})
    assert not kinds(doc, "machine_translation", signal="calque"), [f.reason for f in doc.flags]
