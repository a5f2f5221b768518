"""An inline teaser whose label box and link a page flattens into one line
with no colon ("Leggi anche Il ponte sul fiume …", "Baca juga Harga …",
"Read more Bus fares …"): related, in Italian, Portuguese, German,
Indonesian, Polish, Dutch and English as in French and Spanish. Lines
invented here. Near misses: a sentence going on in lower case after the same
words ("Read more about the plan in the report, which …") stays body.
"""

from __future__ import annotations

import pytest

from .helpers import BODY, label_between

TEASERS = [
    ("it", "Leggi anche Il ponte sul fiume riapre dopo due anni di lavori"),
    ("pt", "Veja também Prefeitura abre inscrições para hortas comunitárias"),
    ("de", "Lesen Sie auch Neue Radwege für die Innenstadt geplant"),
    ("id", "Baca juga Harga cabai naik menjelang Lebaran"),
    ("pl", "Czytaj także Nowy most na Wiśle otwarty dla pieszych"),
    ("nl", "Lees ook Gemeente opent drie nieuwe speeltuinen in het centrum"),
    ("en", "Read more Bus fares rise for the third year running"),
    ("en", "See also The city's plan for new bike lanes"),
]


@pytest.mark.parametrize("lang, line", TEASERS)
def test_flattened_teaser_label_is_related(lang, line):
    label, why = label_between(BODY[lang], line)
    assert label == "related", (label, why)
    assert why[0].startswith("inline teaser link"), why


SENTENCES = [
    ("en", "Read more about the plan in the report, which the council published on Monday."),
    ("pt", "Leia mais sobre o programa no site da prefeitura, que traz o calendário completo."),
    ("it", "Leggi anche tu il bando: le domande si presentano entro il 30 giugno in municipio."),
    (
        "id",
        "Baca juga aturan baru itu, kata wali kota, sebelum mendaftarkan usaha ke kantor dinas.",
    ),
]


@pytest.mark.parametrize("lang, line", SENTENCES)
def test_sentence_opening_on_the_same_words_stays_body(lang, line):
    label, why = label_between(BODY[lang], line)
    assert label == "body", (label, why)
