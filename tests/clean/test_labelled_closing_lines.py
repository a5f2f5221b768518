"""An article's last lines that open with a label before a colon: an
interview's last turn under a speaker who already spoke ("PV: Xin cảm ơn
ông!", "Q: Thank you."), and the next field of a fact box closing a match
report ("Tore: 1:0 Stoll (31.)." under the line-ups). Too short or without
function words to read as a closing paragraph, they were cut off as "text
after the article end" (heldout12's d13, d19).

Pages written for this test."""

from __future__ import annotations

import pytest

from .helpers import classify_lines

INTERVIEW_EN = [
    "Q: How did the ferry service change after the bridge opened?",
    "A: Fewer passengers, of course. We went from twelve crossings a day to four, and most of the people who still come are tourists who want the view from the water.",
    "Q: Will the service survive?",
    "A: The county pays for two more years. After that it depends on whether the island school stays open, because the children are our most regular passengers.",
    "Q: What would you tell the county?",
    "A: That a ferry is cheaper than a second bridge, and that the island needs both ways across when the wind closes the road.",
]
INTERVIEW_ID = [
    "Tanya: Bagaimana panen garam tahun ini dibanding tahun lalu?",
    "Jawab: Jauh lebih baik. Musim kemarau datang tepat waktu, jadi petambak bisa panen tiga kali sebelum hujan pertama turun di akhir Oktober.",
    "Tanya: Apa kendala terbesar petambak sekarang?",
    "Jawab: Harga jual. Begitu panen melimpah, tengkulak menurunkan harga sampai separuh, padahal biaya plastik dan angkut terus naik setiap tahun.",
    "Tanya: Apa yang Anda harapkan dari pemerintah daerah?",
    "Jawab: Gudang bersama supaya petambak bisa menyimpan garam dan menjual saat harga sudah naik kembali.",
]
MATCH_IT = [
    "Il Borgo Calcio ha battuto la Virtus Lago per 2-0 davanti a 1.800 spettatori, restando in corsa per i playoff a tre giornate dalla fine.",
    "Decisivo l'ingresso di Matteo Ferri nel secondo tempo: prima l'assist per Conti, poi il gol del raddoppio a dieci minuti dalla fine.",
    "Borgo Calcio: Neri; Galli, Sala, Costa, Riva; Fabbri, Ricci (Ferri 55'), Greco; Conti, Longo, Marino.",
    "Virtus Lago: Serra; Monti, Villa, Rossetti, Pace; Bruno, Leone, Gatti; Rinaldi, Caruso, Ferrara.",
]
MATCH_FR = [
    "L'US Val-Clair a arraché le nul sur le terrain du FC Hauteroche (1-1) grâce à un but de la tête de Yanis Morel dans les arrêts de jeu.",
    "Les locaux menaient depuis la demi-heure de jeu et pensaient avoir fait le plus dur, mais ils ont reculé après la pause.",
    "FC Hauteroche : Lemoine ; Girard, Faure, Roux, Blanc ; André, Mercier (Gauthier 70e), Perrin ; Fontaine, Chevalier, Robin.",
    "US Val-Clair : Masson ; Lucas, Brun, Henry, Rivière ; Noël, Morel, Giraud ; Dumont, Lefèvre, Caron.",
]
HEADLINE = "The last ferry captain on the strait talks about bridges, tourists and school runs"
INTRO = "After thirty years at the wheel, the captain of the island ferry retires next month. We asked her about the crossing she has made more than forty thousand times."
CHROME_AFTER = [
    "More from Sport",
    "Cup draw: the full list of ties",
    "Why the derby was moved to Sunday",
]


@pytest.mark.parametrize(
    ("turns", "last"),
    [
        (INTERVIEW_EN, "Q: Thank you."),
        (INTERVIEW_ID, "Tanya: Terima kasih, Pak."),
    ],
)
def test_an_interviews_last_short_turn_under_a_known_speaker_is_body(turns, last):
    got = classify_lines(
        ["Island Weekly", "Home | News | People", HEADLINE, INTRO, *turns, last, *CHROME_AFTER]
    )
    assert got[last][0] == "body", got[last]
    assert all(got[t][0] == "body" for t in turns)
    assert got[CHROME_AFTER[1]][0] != "body", got[CHROME_AFTER[1]]


@pytest.mark.parametrize(
    ("story", "fields"),
    [
        (
            MATCH_IT,
            [
                "Marcatori: 1-0 Conti (71'), 2-0 Ferri (80').",
                "Arbitro: Luca Bassi di Como. Ammoniti Sala e Leone.",
            ],
        ),
        (
            MATCH_FR,
            [
                "Buts : 1-0 Fontaine (31e), 1-1 Morel (90e+2).",
                "Arbitre : Julien Marchand. Avertis : Roux, Noël.",
            ],
        ),
    ],
)
def test_a_fact_boxs_next_fields_under_the_line_ups_are_body(story, fields):
    got = classify_lines(
        [
            "Sport Region",
            "Calcio | Basket | Risultati",
            "A match report headline",
            *story,
            *fields,
            *CHROME_AFTER,
        ]
    )
    assert all(got[x][0] == "body" for x in fields), [got[x] for x in fields]
    assert got[CHROME_AFTER[1]][0] != "body", got[CHROME_AFTER[1]]


def test_a_share_row_or_tag_line_under_the_line_ups_is_not_taken_in():
    share = "Share: Facebook X WhatsApp"
    tags = "Tags: Serie D, Borgo Calcio, Virtus Lago"
    got = classify_lines(
        ["Sport Region", "A match report headline", *MATCH_IT, share, tags, *CHROME_AFTER]
    )
    assert got[share][0] != "body", got[share]
    assert got[tags][0] != "body", got[tags]


def test_a_labelled_line_after_plain_prose_is_not_taken_in_by_the_label_alone():
    # the last paragraph is no field, so a "Contact:" line under it is no next field
    contact = "Contact: newsroom@sportregion.example."
    got = classify_lines(
        ["Sport Region", "A match report headline", *MATCH_IT[:2], contact, *CHROME_AFTER]
    )
    assert got[contact][0] != "body", got[contact]
