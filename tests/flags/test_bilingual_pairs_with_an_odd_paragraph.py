"""A notice given paragraph by paragraph in two languages, each second-language
paragraph right beside its translation, but with an odd paragraph that
breaks the even run of pairs (a contact line written in both languages at
once, an unpaired lead): two pairs only, so fewer than three second-language
blocks, and no even run for the alternating-pairs test. It is still one
bilingual page: no paragraph of it is called off topic. Pages in languages
and styles heldout8's Spanish/English county notice does not use (fr/en,
de/en, pt/es); each failed at de1ae6ba. Near misses: two off-topic English
paragraphs, each beside a paragraph of the page's language of a comparable
length that names nothing alike, stay off topic."""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds

PAGES = {
    # French then English, a closing line in both languages
    "fr_en": (
        "Avis de la mairie : coupure d'eau à Villeurbanne\n"
        "La Métropole de Lyon coupera l'eau rue Francis-de-Pressensé le 14 octobre, de 9 heures "
        "à 16 heures, pour remplacer une canalisation de 1962.\n"
        "The Lyon Metropolis will cut the water supply on rue Francis-de-Pressensé on October 14, "
        "from 9 a.m. to 4 p.m., to replace a pipe laid in 1962.\n"
        "Des bouteilles d'eau seront distribuées devant l'école Jules-Ferry pendant la coupure.\n"
        "Bottled water will be handed out outside the Jules-Ferry school during the cut.\n"
        "Renseignements / Information : 04 78 63 40 40, du lundi au vendredi.\n"
    ),
    # an unpaired German lead, then English beside each German paragraph
    "de_en": (
        "Hafen Kiel: Fährterminal am Ostseekai wird erweitert\n"
        "Der Umbau beginnt im Januar und soll bis zum Sommer abgeschlossen sein, sagte die "
        "Hafengesellschaft am Dienstag in einer Mitteilung an Reedereien und Anwohner.\n"
        "Das Terminal am Ostseekai erhält zwei neue Gangways und eine Wartehalle für 1.200 "
        "Passagiere.\n"
        "The terminal at Ostseekai will get two new gangways and a waiting hall for 1,200 "
        "passengers.\n"
        "Während der Bauzeit legen die Schiffe nach Oslo am Norwegenkai an.\n"
        "During the works, the ships to Oslo will berth at Norwegenkai instead.\n"
    ),
}


@pytest.mark.parametrize("key", sorted(PAGES))
def test_pairs_beside_their_translations_are_one_bilingual_page(key):
    doc = flagged(PAGES[key], labels={0: "title"})
    got = kinds(doc, "foreign_block")
    assert got, "the page's second language goes unnoted"
    assert not [f for f in got if not f.data["on_topic"]], [f.reason for f in got]
    assert len(got) == 1 and got[0].data.get("bilingual"), [f.reason for f in got]


def test_two_off_topic_paragraphs_beside_the_pages_own_stay_off_topic():
    text = (
        "La mairie de Nantes rénove la piscine du Petit-Port\n"
        "La piscine du Petit-Port fermera trois mois pour changer sa toiture et ses vestiaires, "
        "a annoncé la mairie de Nantes jeudi.\n"
        "Our new cloud platform helps growing companies cut their software licence costs by "
        "half within a single quarter.\n"
        "Les nageurs pourront utiliser les bassins de la Durantière et de la Jonelière pendant "
        "les travaux.\n"
        "Sign up today and your team gets a free onboarding session with one of our experts.\n"
        "Le chantier coûtera 4,5 millions d'euros, financés en partie par la région.\n"
    )
    doc = flagged(text, labels={0: "title"})
    off = [f for f in kinds(doc, "foreign_block") if not f.data["on_topic"]]
    assert len(off) == 2, [f.reason for f in kinds(doc, "foreign_block")]
