"""A key-dates line ("Lundi 12 mai – Reprise partielle au quai 1", "March 3
— Talks resume in Geneva") opens its sentence after its date and the dash:
the capitalised common word there is no name, as at a sentence start or
after a live blog's clock stamp. Read as one ("reprise", "talks"), it made
the line's names disagree with another page's sentence on the same
happening (held-out story17's key-dates box). Written for these tests."""

from __future__ import annotations

from newsline.events.anchors import sentence_anchors


def names(text: str, date: str, lang: str) -> set[str]:
    a = text.index(date)
    skip = [(a, a + len(date))]
    return {x[5:] for x in sentence_anchors(text, lang, skip) if x.startswith("name:")}


def test_the_word_after_a_date_and_its_dash_opens_the_sentence():
    assert names("March 3 — Talks resume in Geneva.", "March 3", "en") == {"geneva"}
    assert names("Martedì 4 marzo – Ripresa dei colloqui a Ginevra.", "Martedì 4 marzo", "it") == {
        "ginevra"
    }
    assert names("3 March: Floods close the Corvale bridge.", "3 March", "en") == {"corvale"}


def test_a_name_after_the_dash_is_still_read():
    # two capitalised words open it: a name, as at a sentence start
    assert "corvale" in names("March 3 — Corvale Province declares an emergency.", "March 3", "en")


def test_a_dash_inside_the_sentence_changes_nothing():
    assert "rain" in names("On March 3 – Rain fell on Lyon.", "March 3", "en")
