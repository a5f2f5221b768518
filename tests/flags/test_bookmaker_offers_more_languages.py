"""A bookmaker's offers pasted into a story in French, Spanish and Portuguese
("cotes boostées", "pari offert", "cuotas mejoradas", "aposta grátis"), as
the English "boosted odds", "free bet" already were; a story about betting
that names them is its topic. Pages written for this file; each positive
failed at 8500704."""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds

PAGES = {
    "fr": (
        "La ville rénove la salle des fêtes",
        "Les travaux de la salle des fêtes commenceront en janvier et coûteront 1,2 million "
        "d'euros, dont un tiers financé par la région, a indiqué le maire lundi soir.",
        "Ce soir, pariez sur le derby avec des cotes boostées et un pari remboursé jusqu'à "
        "100 euros si votre équipe perd, sans code promo, ouverture de compte immédiate.",
        "La salle pourra accueillir 400 personnes et sera accessible aux fauteuils roulants.",
    ),
    "es": (
        "El pueblo estrena biblioteca",
        "La nueva biblioteca municipal abrirá el lunes con 12.000 libros, una sala de estudio "
        "y un espacio infantil, informó el ayuntamiento en un comunicado.",
        "Apuesta gratis de 50 euros y cuotas mejoradas en todos los partidos de Liga para "
        "nuevos clientes, registro en un minuto desde el móvil y retiradas sin comisiones.",
        "El edificio, una antigua escuela, ha sido rehabilitado con fondos europeos.",
    ),
    "pt": (
        "Prefeitura reforma praça central",
        "A reforma da praça central começa na próxima semana e deve durar quatro meses, com "
        "novos bancos, iluminação e um parquinho para crianças, informou a prefeitura.",
        "Aposta grátis de 100 reais e odds turbinadas em todos os jogos do campeonato para "
        "quem se cadastrar hoje, saque rápido via Pix e sem burocracia nenhuma.",
        "Durante as obras, a feira de domingo será transferida para a rua ao lado.",
    ),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_bookmaker_offer_pasted_into_a_story(lang):
    doc = flagged("\n".join(PAGES[lang]) + "\n", labels={0: "title"})
    spam = kinds(doc, "spam")
    assert len(spam) == 1, [f.reason for f in doc.flags]
    assert doc.text[spam[0].start : spam[0].end].strip() == PAGES[lang][2]


def test_a_story_about_bookmakers_offers_is_not_spam():
    text = (
        "Le régulateur encadre les cotes boostées des sites de paris\n"
        "L'Autorité nationale des jeux veut limiter les cotes boostées et les paris offerts "
        "que les opérateurs proposent aux nouveaux joueurs, jugés trop incitatifs.\n"
        "Les opérateurs promettent souvent un pari remboursé ou des cotes boostées sur les "
        "grands matchs, avec des conditions de mise difficiles à comprendre pour les joueurs.\n"
        "Une consultation publique est ouverte jusqu'à la fin du mois.\n"
    )
    doc = flagged(text, labels={0: "title"})
    assert not kinds(doc, "spam"), [f.reason for f in doc.flags]
