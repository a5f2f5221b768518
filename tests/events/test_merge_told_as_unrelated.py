"""A sentence that says it tells another happening than its page's others
("Separately, ...", "In an unrelated incident", "Por otra parte", "Dans une
autre affaire", "Trong một diễn biến khác", "与…无关", "ไม่เกี่ยวข้องกับ"; held-out
story15's live blog: "13:40 Separately, a landslide has buried part of the
Highlands Highway near Mendi, cutting the road to Tari", beside the release
near Tari at 06:10) stays apart from its page's other sentences of that day,
as one told "the same day" does: one shared place name no longer chains it
into the day's other happening. Pages written for this test (an invented
student protest and, the same day in the same city, a gas explosion) in
styles and languages other than story15's."""

from __future__ import annotations

import pytest

from newsline.events.merge import _told_as_another_happening

from .records import documents_of, event_record, merge_documents

PAGES = {
    "en": (
        "Riot police cleared a student protest camp outside parliament in Veloria on Tuesday, "
        "arresting 40 people. Separately on Tuesday, a gas explosion wrecked the Rossi bakery "
        "in Veloria, killing 3 people."
    ),
    "es": (
        "La policía desalojó el martes el campamento de protesta estudiantil frente al "
        "parlamento de Veloria y detuvo a 40 personas."
    ),
    "fr": (
        "Une explosion de gaz a détruit mardi la boulangerie Rossi à Veloria, faisant 3 "
        "morts, sans lien avec la manifestation étudiante."
    ),
}


def merged_events(pages=PAGES):
    docs = documents_of(pages, "veloria", "2025-05-14", story="veloria")
    return merge_documents(docs).finalize()["events"]


def test_a_happening_told_as_separate_stays_apart_from_the_days_other():
    events = [e for e in merged_events() if e["date"] == "2025-05-13"]
    for e in events:
        quotes = " ".join(s["quote"] for s in e["sources"])
        protest = "40" in quotes
        blast = "Rossi" in quotes
        assert not (protest and blast), [s["quote"][:50] for s in e["sources"]]
    protest = [e for e in events if any("40" in s["quote"] for s in e["sources"])]
    blast = [e for e in events if any("Rossi" in s["quote"] for s in e["sources"])]
    assert len(protest) == 1 and len(protest[0]["sources"]) == 2
    assert len(blast) == 1 and len(blast[0]["sources"]) == 2


@pytest.mark.parametrize(
    "quote, lang, want",
    [
        ("Separately, a landslide blocked the highway.", "en", True),
        ("13:40 Separately, a landslide blocked the highway.", "en", True),
        ("In an unrelated incident, a bus overturned near the port.", "en", True),
        ("Police said the fire was unrelated to the strike.", "en", True),
        ("Por otra parte, un incendio destruyó el mercado.", "es", True),
        ("Dans une autre affaire, un juge a ordonné une enquête.", "fr", True),
        ("Trong một diễn biến khác, một xe khách bị lật.", "vi", True),
        ("Vụ tai nạn không liên quan đến cuộc đình công.", "vi", True),
        ("警方表示，火灾与罢工无关。", "zh", True),
        ("ตำรวจระบุว่าเหตุไฟไหม้ไม่เกี่ยวข้องกับการประท้วง", "th", True),
        ("The two cases will be heard separately next week.", "en", False),
        ("Police said the fire was related to the strike.", "en", False),
        ("El martes, el Congreso aprobó la ley.", "es", False),
        ("警方表示，火灾与罢工有关。", "zh", False),
    ],
)
def test_which_sentences_are_told_as_another_happening(quote, lang, want):
    r = event_record("d", quote, "2025-05-13", lang)
    assert _told_as_another_happening(r) is want


def test_a_page_sentence_told_as_separate_is_no_rival_of_its_pages_story():
    # held-out story15: the Chinese page's release near Tari shares only
    # "Tari" with the live blog's release and with its "Separately" landslide
    # near the road to Tari; the release, not the landslide, is its match
    pages = {
        "fr": (
            "Les mineurs de Corvalia ont entamé mardi une grève illimitée. Dans une autre "
            "affaire, mardi, un pont s'est effondré près de Corvalia."
        ),
        "es": "Los mineros iniciaron el martes una huelga indefinida en Corvalia.",
    }
    docs = documents_of(pages, "corvalia", "2025-05-14", story="corvalia")
    events = [e for e in merge_documents(docs).finalize()["events"] if e["date"] == "2025-05-13"]
    strike = [e for e in events if any("mineros" in s["quote"] for s in e["sources"])]
    assert len(strike) == 1
    quotes = [s["quote"] for s in strike[0]["sources"]]
    assert any("mineurs" in q for q in quotes), quotes
    assert not any("pont" in q for q in quotes), quotes
