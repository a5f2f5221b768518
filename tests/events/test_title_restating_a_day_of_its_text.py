"""A page's title that names a day its text tells too ("Inspection du
barrage prévue le 16 mars" over "... se rendra sur le site le 16 mars")
restates that sentence: it does not make the text's sentence one of two on
that day, so the rule that merges two pages' only sentences of a day in one
story (no name in common, across scripts or wordings) still applies to it,
and the title itself is not paired so. Two sentences of the text on the day
still are two. bundle1 showed it (an es and a fr plan of one day); pages
written for the test in other domains."""

from __future__ import annotations

from newsline.events.anchors import sentence_anchors
from newsline.events.merge import event_records, merge_records
from newsline.model import Block, Document, EventMention

PUB = "2031-04-02"
DAY = "2031-04-09"


def page(doc_id, lang, parts):
    """``parts``: (text, label, dated) lines; a dated line gives an event."""
    text = "\n".join(t for t, _, _ in parts)
    doc = Document(id=doc_id, source=f"{doc_id}.txt", text=text, published=PUB)
    doc.lang = lang
    doc.meta["story_id"] = "s1"
    pos = 0
    for t, label, dated in parts:
        doc.blocks.append(Block(pos, pos + len(t), label=label, lang=lang))
        if dated:
            doc.events.append(
                EventMention(pos, pos + len(t), DAY, lang=lang, anchors=sentence_anchors(t, lang))
            )
        pos += len(t) + 1
    return doc


ES = page(
    "es",
    "es",
    [("Los técnicos revisarán el acueducto el 9 de abril, informó el ayuntamiento.", "body", True)],
)


def body_sources(events):
    return sorted(
        sorted(s["doc_id"] for s in e["sources"]) for e in events if len(e["sources"]) > 1
    )


def test_a_title_restating_the_day_leaves_the_text_its_only_sentence():
    fr = page(
        "fr",
        "fr",
        [
            ("Aqueduc : une visite d'experts prévue le 9 avril", "title", True),
            ("Une équipe doit inspecter l'ouvrage le 9 avril.", "body", True),
        ],
    )
    events = merge_records(event_records(ES) + event_records(fr))
    assert ["es", "fr"] in body_sources(events)
    (joined,) = [e for e in events if len(e["sources"]) > 1]
    assert "Une équipe" in " ".join(s["quote"] for s in joined["sources"] if s["doc_id"] == "fr")


def test_two_sentences_of_the_text_on_the_day_stay_two():
    fr = page(
        "fr",
        "fr",
        [
            ("Aqueduc : une visite d'experts prévue le 9 avril", "title", True),
            ("Une équipe doit inspecter l'ouvrage le 9 avril.", "body", True),
            ("Le conseil votera le budget le 9 avril.", "body", True),
        ],
    )
    events = merge_records(event_records(ES) + event_records(fr))
    assert body_sources(events) == []
