"""A related cue alone on its line with its colon ("BACA JUGA:", "LEIA
TAMBÉM:", "Read also:") introduces one link on the next line, inside the
article: the paragraphs after the link are the article going on. The cue
opened a list like a "Related" heading, whose teasers alternate headline and
summary, so the next paragraph was taken for the link's summary and the
article's end (every line to the page's end) set aside as related. Pages
written for this test in Indonesian, Portuguese and English styles."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY, classify_lines

INSERTS = {
    "id": ("BACA JUGA:", "Jadwal Kapal Feri Berubah Mulai Senin Depan"),
    "pt": ("LEIA TAMBÉM:", "Horário das balsas muda a partir de segunda-feira"),
    "en": ("Read also:", "Ferry timetable changes from Monday morning"),
}
CLOSERS = {
    "id": '"Kami akan memastikan warga tetap bisa beraktivitas," ujarnya.',
    "pt": '"Vamos garantir que os moradores possam circular", disse ele.',
    "en": '"We will make sure residents can still get around," he said.',
}


@pytest.mark.parametrize("lang", sorted(INSERTS))
def test_the_article_goes_on_after_the_link(lang):
    cue, link = INSERTS[lang]
    b = BODY[lang]
    # one paragraph after the link, then a short closing quote
    got = classify_lines([b[0], b[1], cue, link, b[2], CLOSERS[lang]])
    assert got[cue][0] == "related" and got[link][0] == "related", [got[cue], got[link]]
    assert got[b[2]][0] == "body", got[b[2]]
    assert got[CLOSERS[lang]][0] == "body", got[CLOSERS[lang]]


def test_a_related_heading_keeps_its_teasers_summaries():
    # "Related" with no colon heads a list whose teasers have summaries
    b = BODY["en"]
    teasers = [
        "Ferry timetable changes from Monday morning",
        "The operator is cutting two evening crossings as passenger numbers fall in winter.",
        "Council approves new cycle lanes along the river",
        "The scheme adds forty kilometres of lanes, most of them separated from traffic.",
    ]
    got = classify_lines([*b, "Related", *teasers])
    assert all(got[t][0] == "related" for t in teasers), [got[t] for t in teasers]
