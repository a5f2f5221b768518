"""Names romanised from Arabic are spelled several ways by human writers:
Arabic writes no short vowels (Hosni/Husni, Hussein/Husain, Mohamed/Muhammad)
and Egyptian or Libyan speech turns jim and qaf into 'g' (Gamal/Jamal,
Qaddafi/Gaddafi). On a page that writes Arabic names (their particles: Abdel,
Abu, al-, el-) these are two agencies' romanisations, not a machine's
re-transliteration. A letter changed outside those sounds stays flagged.
Pages written for this test."""

from __future__ import annotations

from tests.flags.helpers import flagged, kinds

FR_EGYPT = (
    "LE CAIRE (AFP) - L'ancien président Hosni Moubarak a été transféré lundi dans un "
    "hôpital militaire, a annoncé le porte-parole du gouvernement, Abdel Hamid el-Masri.\n"
    "Selon l'agence officielle, qui écrit Husni Moubarak, son état de santé est stable et "
    "sa famille a pu lui rendre visite dans la soirée.\n"
    "Le chef de l'opposition, Gamal Saadeddine, a demandé un procès public, tandis que le "
    "mouvement de Jamal Saadeddine appelait à manifester vendredi place Tahrir.\n"
    "Le Premier ministre Abu Hassan al-Tayeb a promis des élections avant la fin de l'année.\n"
)
EN_GULF = (
    "Former minister Hussein Al-Rashidi said on Tuesday the talks would resume next week, "
    "according to a statement carried by the state news agency.\n"
    "Speaking to reporters in Doha, Husain Al-Rashidi added that the delegations of Abu "
    "Dhabi and Muscat had agreed on an agenda for the first round.\n"
)
FR_EGYPT_CHANGED = (
    "LE CAIRE (AFP) - Le porte-parole Abdel Hamid el-Masri a confirmé que le ministre "
    "Rami Khalil se rendrait à Paris la semaine prochaine pour des entretiens.\n"
    "Selon le communiqué, Sami Khalil rencontrera son homologue français mardi, avant une "
    "conférence de presse commune au Quai d'Orsay.\n"
)


def test_two_romanisations_of_an_arabic_name_are_no_machine_sign():
    for text in (FR_EGYPT, EN_GULF):
        doc = flagged(text)
        assert kinds(doc, "machine_translation", signal="name_variants") == [], [
            f.reason for f in doc.flags
        ]


def test_another_letter_changed_in_an_arabic_name_stays_flagged():
    doc = flagged(FR_EGYPT_CHANGED)
    (f,) = kinds(doc, "machine_translation", signal="name_variants")
    assert sorted(f.data["variants"]) == ["Rami", "Sami"]
