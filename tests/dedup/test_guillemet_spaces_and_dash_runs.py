"""Copies that differ only in how quotations and dashes are typed: French
guillemets set apart by no-break spaces ("«\u00a0oui\u00a0»") or by a plain
space before a comma ("« non »,") against straight quotes, and a dash typed
as two or three hyphens ("--", "---") against a composed one (— / –). Each
is the same text to a reader: an exact duplicate, and its paragraphs one
repeated block. German and Russian quotation styles keep their words apart.

The articles are invented.
"""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.dedup import Deduplicate, normalise
from newsline.model import Document

# Swiss French: guillemets with no-break (and narrow no-break) spaces
FR_GUILLEMETS = (
    "Le syndic de Montreux-Vieux a qualifié le projet de «\u00a0raisonnable\u00a0», "
    "avant d'ajouter\u00a0: «\u202fNous attendrons l'avis du canton\u202f». "
    "Le chantier \u2013 prévu pour l'automne \u2013 coûterait 4,2 millions de francs."
)
FR_STRAIGHT = (
    'Le syndic de Montreux-Vieux a qualifié le projet de "raisonnable", '
    "avant d'ajouter : \"Nous attendrons l'avis du canton\". "
    "Le chantier - prévu pour l'automne - coûterait 4,2 millions de francs."
)
# Italian with plain spaces inside guillemets before punctuation
IT_GUILLEMETS = (
    "Il sindaco ha definito la proposta « inaccettabile », poi ha aggiunto che "
    "il consiglio voterà « entro la fine del mese ». La seduta è fissata per il 12 marzo."
)
IT_STRAIGHT = (
    'Il sindaco ha definito la proposta "inaccettabile", poi ha aggiunto che '
    'il consiglio voterà "entro la fine del mese". La seduta è fissata per il 12 marzo.'
)
# an English text typed on a plain keyboard: "--" and "---" for dashes
EN_COMPOSED = (
    "The harbour board approved the dredging plan \u2014 the first in twenty years \u2014 "
    "after a two-hour debate; work on berths 3\u20135 starts in June."
)
EN_TYPED = (
    "The harbour board approved the dredging plan -- the first in twenty years --- "
    "after a two-hour debate; work on berths 3\u20135 starts in June."
)


@pytest.mark.parametrize(
    ("first", "copy"),
    [(FR_GUILLEMETS, FR_STRAIGHT), (IT_GUILLEMETS, IT_STRAIGHT), (EN_COMPOSED, EN_TYPED)],
)
def test_copies_differing_in_quote_spacing_or_dash_typing_are_exact_duplicates(first, copy):
    assert normalise(first) == normalise(copy)
    docs = [Document(id="a", source="a", text=first), Document(id="b", source="b", text=copy)]
    Deduplicate()(docs, Counter())
    assert docs[1].meta.get("duplicate_of") == "a"


def test_an_ascii_copy_with_double_hyphens_reads_as_the_composed_dash():
    assert (
        normalise("north -- and south")
        == normalise("north \u2014 and south")
        == "north - and south"
    )
    assert normalise("a well-known name") == "a well-known name"  # one hyphen stays


@pytest.mark.parametrize(
    ("styled", "straight"),
    [
        # German opens with » after a space: the space is no guillemet's
        (
            "Der Bürgermeister sagte: »Wir bauen die Brücke neu.« Danach ging er.",
            'Der Bürgermeister sagte: "Wir bauen die Brücke neu." Danach ging er.',
        ),
        (
            "Мэр сказал: «Мы построим новый мост». Затем он ушёл.",
            'Мэр сказал: "Мы построим новый мост". Затем он ушёл.',
        ),
    ],
)
def test_other_quotation_styles_keep_their_words_apart(styled, straight):
    assert normalise(styled) == normalise(straight)
    assert "sagte: wir" in normalise(styled) or "сказал: мы" in normalise(styled)


def test_different_words_in_guillemets_still_differ():
    assert normalise(FR_GUILLEMETS) != normalise(FR_STRAIGHT.replace("raisonnable", "coûteux"))
