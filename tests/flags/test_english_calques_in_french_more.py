"""Two more English turns word for word in French, which heldout12's z21
(English → French) showed the table lacked: "appliquer pour un permis"
(to apply for) and "est attendue de commencer" (is expected to start).
Two different calques make a page machine translation. Texts written for
this file on other topics; natural French ("postuler à", "devrait
commencer", "attendu de pied ferme", "appliquer une règle pour") stays
clean."""

from __future__ import annotations

from tests.flags.helpers import flagged, kinds


def test_two_calques_make_a_machine_translation():
    text = (
        "Le nouveau centre sportif est attendu d'ouvrir en septembre, selon la mairie.\n"
        "Les familles qui veulent appliquer pour une place à la crèche du centre peuvent le faire en ligne dès lundi.\n"
        "Les travaux ont coûté 12 millions d'euros, financés en partie par la région.\n"
    )
    doc = flagged(text)
    assert kinds(doc, "machine_translation"), [f.reason for f in doc.flags]


def test_natural_french_stays_clean():
    text = (
        "Le nouveau centre sportif devrait ouvrir en septembre ; il est attendu de pied ferme par les clubs.\n"
        "Les familles peuvent postuler à une place en crèche en ligne, et la mairie compte appliquer une règle pour les fratries.\n"
        "Les travaux ont coûté 12 millions d'euros, financés en partie par la région.\n"
    )
    doc = flagged(text)
    assert not kinds(doc, "machine_translation"), [f.reason for f in doc.flags]
