"""A casino advert written as a paragraph, with no way to write to the
seller, injected into a report on something else ("Descubre el mejor casino
online de España: bono de bienvenida del 200%, giros gratis cada día ..."):
the advert rule needs two trade words, and the tables had one per such
advert in Spanish, Portuguese, French and German (the casino, not its
bonuses and free spins), and none for Italian. A report whose headline is
about the trade is not flagged. Pages written for this file; the positives
failed before."""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds, span

PAGES = {
    "es": (
        "El Ayuntamiento aprueba la renovación de la red de agua\n"
        "El pleno aprobó este jueves el proyecto para renovar 42 kilómetros de tuberías, con "
        "un presupuesto de 18,5 millones de euros.\n"
        "{ad}\n"
        "La oposición votó a favor del proyecto, aunque pidió un calendario de los cortes.\n",
        "Descubre el mejor casino online de España: bono de bienvenida del 200%, giros gratis "
        "cada día y retiros en menos de 24 horas para todos los nuevos jugadores registrados.",
    ),
    "pt": (
        "Prefeitura aprova reforma da rede de água\n"
        "A câmara aprovou nesta quinta-feira o projeto para renovar 42 quilômetros de "
        "tubulações, com orçamento de 18,5 milhões de reais.\n"
        "{ad}\n"
        "A oposição votou a favor, mas pediu um calendário detalhado dos cortes de água.\n",
        "Conheça o melhor cassino online do Brasil: bônus de boas-vindas de 200%, rodadas "
        "grátis todos os dias e saques via Pix em minutos para novos jogadores.",
    ),
    "fr": (
        "La mairie approuve la rénovation du réseau d'eau\n"
        "Le conseil municipal a approuvé jeudi le projet de rénovation de 42 kilomètres de "
        "canalisations, pour un budget de 18,5 millions d'euros.\n"
        "{ad}\n"
        "L'opposition a voté pour, tout en demandant un calendrier détaillé des coupures.\n",
        "Découvrez le meilleur casino en ligne de France : bonus de bienvenue de 200 %, tours "
        "gratuits chaque jour et retraits en moins de 24 heures pour les nouveaux joueurs.",
    ),
    "de": (
        "Stadtrat beschließt Sanierung des Wassernetzes\n"
        "Der Stadtrat hat am Donnerstag die Sanierung von 42 Kilometern Wasserleitungen "
        "beschlossen, die 18,5 Millionen Euro kosten soll.\n"
        "{ad}\n"
        "Die Opposition stimmte zu, forderte aber einen genauen Zeitplan für die Arbeiten.\n",
        "Entdecken Sie das beste Online Casino Deutschlands: 200 % Willkommensbonus, tägliche "
        "Freispiele und Auszahlungen in weniger als 24 Stunden für alle neuen Spieler.",
    ),
    "it": (
        "Il Comune approva il rinnovo della rete idrica\n"
        "Il consiglio comunale ha approvato giovedì il progetto per rinnovare 42 chilometri "
        "di tubature, con un bilancio di 18,5 milioni di euro.\n"
        "{ad}\n"
        "L'opposizione ha votato a favore, chiedendo un calendario delle interruzioni.\n",
        "Scopri il miglior casinò online d'Italia: bonus di benvenuto del 200%, giri gratis "
        "ogni giorno e prelievi in meno di 24 ore per tutti i nuovi giocatori registrati.",
    ),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_casino_advert_paragraph_is_flagged(lang):
    page, ad = PAGES[lang]
    doc = flagged(page.format(ad=ad))
    assert [span(doc, f) for f in kinds(doc, "spam")] == [ad], [f.reason for f in doc.flags]


@pytest.mark.parametrize(
    "text",
    [
        (
            "Neue Regeln für Online-Casinos: Willkommensbonus nur noch bis 100 Euro\n"
            "Die Glücksspielbehörde begrenzt ab Juli den Willkommensbonus und die Freispiele, "
            "mit denen Online Casinos neue Spieler werben, auf höchstens 100 Euro.\n"
            "Anbieter, die weiter Freispiele ohne Einzahlung versprechen, droht ein Bußgeld.\n"
        ),
        (
            "Nuevas reglas para la publicidad de los casinos online\n"
            "El Ministerio de Consumo prohibirá desde julio que los operadores anuncien un bono "
            "de bienvenida o giros gratis a los nuevos clientes de su casino online.\n"
            "Las asociaciones de jugadores celebraron la medida.\n"
        ),
    ],
)
def test_a_report_about_casino_bonuses_is_not_flagged(text):
    doc = flagged(text)
    assert kinds(doc, "spam") == [], [f.reason for f in doc.flags]
