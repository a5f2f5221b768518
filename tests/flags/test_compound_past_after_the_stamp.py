"""A day the text reports in a compound past ("a validé", "ha aprobado",
"ha inaugurato") lying after the publish stamp: the stamp is probably wrong
(a year typed one short). The compound past is how French, Spanish and
Italian news tell what happened, and the past-marker tables lack it. Pages
written for this file (es, it, fr), in styles heldout8's French metro story
does not use; each positive failed at de1ae6ba. Near misses: a compound past
that announces a plan ("ha anunciado que abrirá", "a annoncé qu'elle
rouvrira"), "a lieu" (takes place), a month with no day, and a past day
before the stamp."""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.dates import ResolveDates
from newsline.flags import FlagDocuments
from newsline.langid import IdentifyLanguages
from newsline.model import Document
from tests.flags.helpers import kinds
from tests.langid.helpers import line_blocks

STAMP = "2024-03-05T09:00:00+01:00"


def flagged(text: str, published: str, labels: dict[int, str]) -> Document:
    doc = Document(id="d", source="t", text=text, blocks=line_blocks(text), published=published)
    for i, label in labels.items():
        doc.blocks[i].label = label
    stats: Counter[str] = Counter()
    IdentifyLanguages()([doc], stats)
    ResolveDates()([doc], stats)
    FlagDocuments()([doc], stats)
    return doc


@pytest.mark.parametrize(
    "text",
    [
        (
            "Valencia estrena un carril bici en la avenida del Puerto\n"
            "El pleno del ayuntamiento ha aprobado el 3 de marzo de 2025 la reforma de la avenida "
            "del Puerto, con un carril bici de cuatro kilómetros.\n"
        ),
        (
            "Torino, nuova biblioteca a Borgo Dora\n"
            "Il sindaco ha inaugurato il 2 marzo 2025 la nuova biblioteca civica di Borgo Dora, "
            "con 40.000 volumi e una sala studio aperta fino a mezzanotte.\n"
        ),
        (
            "Nantes : le pont Anne-de-Bretagne rouvert aux piétons\n"
            "La métropole a inauguré le 1er mars 2025 le pont Anne-de-Bretagne, ouvert aux piétons et "
            "aux cyclistes après six mois de travaux.\n"
        ),
    ],
)
def test_day_told_in_compound_past_after_the_stamp_is_flagged(text):
    doc = flagged(text, published=STAMP, labels={0: "title"})
    assert kinds(doc, "suspect_date"), [f.reason for f in doc.flags]


@pytest.mark.parametrize(
    "text",
    [
        # a plan announced in the compound past
        (
            "Valencia estrena un carril bici en la avenida del Puerto\n"
            "El ayuntamiento ha anunciado que abrirá el carril bici el 3 de marzo de 2025, "
            "tras un año de obras.\n"
        ),
        (
            "Lyon : la piscine du quai rouvre l'an prochain\n"
            "La mairie a annoncé que la piscine rouvrira le 14 mars 2025 après deux ans de travaux.\n"
        ),
        # "a lieu": takes place (present)
        (
            "Le salon du livre de Brive\n"
            "Le salon du livre a lieu le 8 novembre 2024 sous la halle Georges-Brassens.\n"
        ),
        # a month with no day
        (
            "Torino, nuova biblioteca a Borgo Dora\n"
            "Il comune ha stanziato i fondi per la biblioteca, i cui lavori partiranno a "
            "settembre 2025.\n"
        ),
        # a past day before the stamp
        (
            "Nantes : le pont Anne-de-Bretagne rouvert aux piétons\n"
            "La métropole a inauguré le 1er mars 2024 le pont Anne-de-Bretagne aux piétons.\n"
        ),
    ],
)
def test_plans_present_tense_and_earlier_days_are_not_flagged(text):
    doc = flagged(text, published=STAMP, labels={0: "title"})
    assert not kinds(doc, "suspect_date"), [f.reason for f in doc.flags]
