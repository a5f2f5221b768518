"""A note placing the page in a series or dossier ("This post is part of our
special coverage ...") is a link to other pages, set aside as related, in
every language; a report saying what something is part of stays body."""

from __future__ import annotations

import pytest

from .helpers import BODY, classify_lines

NOTES = [
    ("en", "This post is part of our special coverage of the harbour floods 2025."),
    ("en", "This article is part of a series on the cities of the delta."),
    ("fr", "Ce billet fait partie du dossier spécial de notre rédaction sur les crues de 2025."),
    ("es", "Este artículo forma parte de nuestra cobertura especial sobre las inundaciones."),
    ("vi", "Bài viết nằm trong loạt bài về đời sống người dân vùng lũ."),
    ("zh", "本文是“洪水之后”系列报道之一。"),
]


@pytest.mark.parametrize(("lang", "note"), NOTES)
def test_series_note_is_related(lang, note):
    out = classify_lines([*BODY[lang], note])
    assert out[note][0] == "related", out[note]
    assert "series note" in out[note][1][0]
    assert all(out[p][0] == "body" for p in BODY[lang])


def test_note_at_the_top_of_the_page_is_related_too():
    note = "This post is part of our special coverage of the harbour floods 2025."
    out = classify_lines([note, "Park renovation to begin next month", *BODY["en"]])
    assert out[note][0] == "related", out[note]


@pytest.mark.parametrize(
    "line",
    [
        "The attack is part of a series of raids on fuel depots along the coast this year.",
        "The renovation is part of our city's plan to add green space in every district.",
    ],
)
def test_a_report_of_what_is_part_of_what_stays_body(line):
    out = classify_lines([*BODY["en"][:2], line, *BODY["en"][2:]])
    assert out[line][0] == "body", out[line]
