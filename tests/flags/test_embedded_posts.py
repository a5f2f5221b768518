"""Live blogs and round-ups embed social-media posts in the language they
were written in ("At least 70 people killed in #Egypt violence on Friday,
according to #AFP tally", "... moving towards Bashiqa #Iraq pic.twitter.com/
e5kF..."). On real French and Spanish news of cl-tls such posts were judged
off topic (few shared names), set aside as foreign and counted as a
content-farm injection. A post with a hashtag, a photo link or a handle
signature is someone's words the article quotes. A paragraph with none of
these, or a '#1' ranking, stays off topic. Pages written for this file; the
positives failed before the fix."""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds

FR = (
    "Égypte : au moins 70 morts lors des manifestations de vendredi\n"
    "Les partisans du président déchu ont de nouveau manifesté vendredi dans plusieurs villes "
    "du pays malgré le couvre-feu décrété par les autorités.\n"
    "{post}\n"
    "Le gouvernement a annoncé que le couvre-feu serait prolongé d'une semaine.\n"
)
ES = (
    "Comienza la ofensiva para recuperar la ciudad\n"
    "Los combatientes kurdos han lanzado esta mañana un ataque coordinado en tres frentes al "
    "norte y noreste de la ciudad, apoyados por aviones de la coalición.\n"
    "{post}\n"
    "Según el mando central, el avance es más rápido de lo previsto.\n"
)

POSTS = [
    (FR, "Bodies of thirteen people killed during the protests have been moved to a mosque "
         "near the square, witnesses say #Cairo"),
    (ES, "There has been little resistance in the villages and the forces are moving towards "
         "the foot of the mountain pic.twitter.com/e5kFaW0wyh"),
    (ES, "The hour has struck and the campaign has begun, may God protect the civilians of the "
         "city. — Commander (@frontline_news) October 17, 2016"),
    (FR, "#التحالف يؤكد أن فعاليات اليوم تنتهي بصلاتي العشاء والغائب في جميع الميادين"),
]


@pytest.mark.parametrize("page, post", POSTS)
def test_an_embedded_post_is_a_quotation_not_an_injection(page, post):
    doc = flagged(page.format(post=post))
    got = kinds(doc, "foreign_block")
    assert len(got) == 1 and got[0].data["on_topic"] and got[0].data["quotation"], [
        f.reason for f in doc.flags
    ]
    assert kinds(doc, "content_farm") == []


@pytest.mark.parametrize(
    "post",
    [
        "Get the best deals on cheap flights and hotels around the world and book your next "
        "holiday with us today, all the best prices in one place.",
        "Rated #1 for cheap flights and hotels around the world: book your next holiday with "
        "us today, all the best prices in one place.",
    ],
)
def test_a_paragraph_with_no_mark_of_a_post_stays_off_topic(post):
    doc = flagged(ES.format(post=post))
    assert len(kinds(doc, "foreign_block", on_topic=False)) == 1, [f.reason for f in doc.flags]
