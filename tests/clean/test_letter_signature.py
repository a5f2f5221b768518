"""A letter to the editor signed with the writer's name in capitals and the
town under it ("ROSLAN ABDUL HAMID" / "Alor Setar, Kedah") was read as an
injected all-caps line (spam) and a subheading (body); the Malay column
disclaimer under it ("… tidak semestinya mencerminkan pendirian …") was
body (heldout13's f15). Pages written for this test. An injected capitals
line with no town under it stays spam."""

from __future__ import annotations

import pytest

from .helpers import BODY, classify_lines


@pytest.mark.parametrize(
    ("lang", "name", "town"),
    [
        ("id", "BUDI SANTOSO", "Cimahi, Jawa Barat"),
        ("vi", "NGUYỄN VĂN TÂM", "Biên Hòa, Đồng Nai"),
        ("en", "MARGARET KEANE", "Galway, Ireland"),
    ],
)
def test_a_capitals_name_then_a_town_closing_a_letter_is_a_byline(lang, name, town):
    # a paragraph under the signature (the page's note on letters) kept the
    # old end-of-article name rule from seeing it
    note = "We welcome letters of up to 300 words and may shorten longer ones before we print them."
    tail = [note, "More letters", "Bus fares again", "© 2025 The Daily"]
    got = classify_lines(
        ["Letters", "A reader's letter about the park", *BODY[lang], name, town, *tail]
    )
    assert got[name][0] == "byline", got[name]
    assert got[town][0] == "byline", got[town]
    assert all(got[p][0] == "body" for p in BODY[lang])


def test_the_malay_column_disclaimer_is_footer():
    note = (
        "Pandangan dalam ruangan ini adalah pandangan penulis dan tidak semestinya "
        "mencerminkan pendirian akhbar ini."
    )
    got = classify_lines(["Surat Pembaca", "Tajuk surat", *BODY["id"], "AHMAD ZAKI", note])
    assert got[note][0] == "footer", got[note]


def test_an_injected_capitals_line_without_a_town_stays_spam():
    spam = "JUDI SLOT GACOR"
    got = classify_lines([*BODY["id"][:2], spam, *BODY["id"][2:]])
    assert got[spam][0] == "spam", got[spam]
