"""A sentence that opens by saying it is "also" on a day its page told
before ("Also on Monday, an earthquake shook ...", held-out story13; "Cũng
trong ngày hôm qua, một đám cháy ...") tells another happening of that day,
as "On the same day" does: no chain of shared place names joins the two.
Pages written for this test (an invented port strike and, the same day in
the same city, a bridge collapse) in styles and languages other than
story13's. A date that opens a sentence and is followed by "also" reads the
same; a subject's "also" later in the sentence ("The union on Wednesday also
said ...") is one more thing said that day and keeps joining."""

from __future__ import annotations

import pytest

from newsline.events.merge import _told_same_day

from .records import documents_of, event_record, merge_documents

PAGES = {
    "en": (
        "Dockers at the port of Valdoria walked off the job on Wednesday, halting 40 ships. "
        "Also on Wednesday, a footbridge over the Valdoria canal collapsed, injuring 16 people."
    ),
    "es": (
        "Los estibadores del puerto de Valdoria iniciaron el miércoles una huelga que paralizó "
        "40 buques. También el miércoles, una pasarela sobre el canal de Valdoria se derrumbó y "
        "dejó 16 heridos."
    ),
    "fr": (
        "Les dockers du port de Valdoria ont cessé le travail mercredi, bloquant 40 navires. "
        "Mercredi également, une passerelle sur le canal de Valdoria s'est effondrée, faisant "
        "16 blessés."
    ),
    "vi": (
        "Công nhân bốc xếp tại cảng Valdoria đã đình công hôm thứ Tư (12/3), khiến 40 tàu bị "
        "mắc kẹt. Cũng trong ngày thứ Tư, một cây cầu đi bộ bắc qua kênh Valdoria bị sập, làm "
        "16 người bị thương."
    ),
}


def merged_events(pages=PAGES):
    docs = documents_of(pages, "port", "2025-03-13", story="port")
    return merge_documents(docs).finalize()["events"]


def test_a_happening_told_as_also_that_day_stays_apart():
    events = [e for e in merged_events() if e["date"] == "2025-03-12"]
    for e in events:
        quotes = " ".join(s["quote"] for s in e["sources"])
        assert not ("40" in quotes and "16" in quotes), [s["quote"][:50] for s in e["sources"]]
    strike = [e for e in events if any("40" in s["quote"] for s in e["sources"])]
    bridge = [e for e in events if any("16" in s["quote"] for s in e["sources"])]
    assert len(strike) == 1 and len(strike[0]["sources"]) == 4
    assert len(bridge) == 1 and len(bridge[0]["sources"]) == 4


def test_one_shared_place_chains_no_also_that_day_into_the_days_other_happening():
    # each sentence names only the city and the country: the strike and the
    # bridge were one event of four sentences
    pages = {
        "en": (
            "Dockers at the port of Valdoria, Chile, walked off the job on Wednesday. Also on "
            "Wednesday, a footbridge collapsed in Valdoria, Chile, injuring 16 people."
        ),
        "es": (
            "Los estibadores del puerto de Valdoria, en Chile, iniciaron el miércoles una huelga. "
            "También el miércoles, una pasarela se derrumbó en Valdoria."
        ),
    }
    for e in merged_events(pages):
        quotes = [s["quote"] for s in e["sources"]]
        strike = any("Dockers" in q or "estibadores" in q for q in quotes)
        bridge = any("footbridge" in q or "pasarela" in q for q in quotes)
        assert not (strike and bridge), quotes


@pytest.mark.parametrize(
    "quote, surface, lang, want",
    [
        ("Also on Monday, an earthquake shook the city.", "Monday", "en", True),
        ("También el martes, un incendio destruyó el mercado.", "martes", "es", True),
        ("Lundi aussi, la grève a gagné les raffineries.", "Lundi", "fr", True),
        ("The union on Wednesday also said it would appeal.", "Wednesday", "en", False),
        ("On Monday, the jury also ordered a recount.", "Monday", "en", False),
        ("El martes, el Congreso aprobó la ley.", "martes", "es", False),
    ],
)
def test_which_sentences_are_told_as_also_that_day(quote, surface, lang, want):
    r = event_record("d", quote, "2025-03-10", lang, surface=surface)
    assert _told_same_day(r) is want
