"""A blog's header over each reader's comment whose word is no comments cue
by itself, the comment's number marked before or after it ("Comment #1",
"#2 Reply", "Comentario #1", "Commentaire n° 2"), opens the readers' thread
under the article: with no "Comments" heading above, the first comment was
kept as the article's last paragraph under a subheading. Pages written for
this test in an English and a Spanish blog's styles."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY, classify_lines

THREADS = {
    "en": [
        "Comment #1",
        "Great news for the children, we have waited long enough for this.",
        "#2 Reply",
        "Not sure it will be finished on time, they never are.",
    ],
    "es": [
        "Comentario #1",
        "Por fin una buena noticia para los niños del barrio, ya tocaba.",
        "Respuesta #2",
        "Ya veremos si lo terminan a tiempo, nunca lo hacen.",
    ],
}


@pytest.mark.parametrize("lang", sorted(THREADS))
def test_numbered_comment_headers_open_the_thread(lang):
    got = classify_lines([*BODY[lang], *THREADS[lang]])
    for p in BODY[lang]:
        assert got[p][0] == "body", got[p]
    for line in THREADS[lang]:
        assert got[line][0] != "body", (line, got[line])


@pytest.mark.parametrize(
    "line",
    ["Reply to the critics", "Comment 2026 a changé la ville", "Response 2 of the council"],
)
def test_a_subheading_with_the_word_stays_body(line):
    got = classify_lines([*BODY["en"][:2], line, *BODY["en"][2:]])
    assert got[line][0] == "body", got[line]
