"""Keyword stuffing heldout1-7 did not write: search phrases run together
with no punctuation ("melhor tênis de corrida 2025 tênis de corrida barato
comprar tênis de corrida ..."), and a long list of search phrases between
the article's paragraphs, which the farm rule called a farm sign but no
rule called planted. Invented pages in languages heldout8 does not use for
them (its pages are English and Chinese); near misses stay unflagged."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY
from tests.flags.helpers import flagged, kinds, span

RUN_ON = {
    "pt": "Melhor tênis de corrida 2025 tênis de corrida barato comprar tênis de corrida online "
    "tênis de corrida feminino promoção tênis de corrida masculino tênis de corrida para "
    "iniciantes",
    "es": "Mejor colchón viscoelástico 2025 colchón viscoelástico barato comprar colchón "
    "viscoelástico online oferta colchón viscoelástico matrimonio colchón viscoelástico "
    "opiniones.",
    "de": "beste zahnzusatzversicherung 2025 zahnzusatzversicherung vergleich günstige "
    "zahnzusatzversicherung test zahnzusatzversicherung ohne wartezeit "
    "zahnzusatzversicherung sofort",
    "id": "Jasa pembuatan website murah jasa pembuatan website toko online jasa pembuatan "
    "website profesional jasa pembuatan website jakarta",
}


@pytest.mark.parametrize("lang", sorted(RUN_ON))
def test_search_phrases_run_together_are_spam(lang):
    b = BODY[lang]
    text = "\n".join(["Title of the page", b[0], b[1], RUN_ON[lang], b[2]]) + "\n"
    doc = flagged(text, labels={0: "title"})
    got = [span(doc, f) for f in kinds(doc, "spam")]
    assert got == [RUN_ON[lang]], [(f.kind, f.reason) for f in doc.flags]


@pytest.mark.parametrize(
    "line",
    [
        # a subject named three times in one unpunctuated sentence
        (
            "Work on the new bridge began in May and the new bridge will carry trams when the new "
            "bridge opens next year"
        ),
        # names are capitalised: a results line
        (
            "Real Madrid Castilla beat Real Madrid Juvenil while Real Madrid Femenino drew with "
            "Real Madrid Cadete"
        ),
        # grammar words come back in any sentence
        (
            "The head of the office of the mayor of the city of the north spoke on behalf of the "
            "council"
        ),
    ],
)
def test_prose_repeating_its_subject_is_not_stuffing(line):
    b = BODY["en"]
    doc = flagged("\n".join(["Title of the page", b[0], line, b[1]]) + "\n", labels={0: "title"})
    assert kinds(doc, "spam") == []


LONG_LIST = (
    "cheap flights to lisbon, lisbon flights deals, last minute flights lisbon, direct "
    "flights lisbon, lisbon flights from london, cheap lisbon flights, flights to lisbon "
    "today, lisbon flights sale, book flights lisbon"
)


def test_long_stuffed_list_between_paragraphs_is_also_spam():
    b = BODY["en"]
    doc = flagged(
        "\n".join(["Title of the page", b[0], LONG_LIST, b[1]]) + "\n", labels={0: "title"}
    )
    assert [span(doc, f) for f in kinds(doc, "spam")] == [LONG_LIST]
    assert kinds(doc, "content_farm", signal="keyword_stuffing")


def test_long_stuffed_list_in_the_footer_is_a_farm_sign_only():
    b = BODY["en"]
    doc = flagged(
        "\n".join(["Title of the page", b[0], b[1], LONG_LIST]) + "\n",
        labels={0: "title", 3: "footer"},
    )
    assert kinds(doc, "spam") == []
    assert kinds(doc, "content_farm", signal="keyword_stuffing")
