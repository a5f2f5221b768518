"""A press release's media contacts (heading, a name, an e-mail, a phone)
were read as a run of teaser headlines (related) where a phone stood after
the e-mail, or where the release was Thai (its paragraphs never end on a
full stop, so no paragraph was counted above the heading; heldout14's g06,
k17). Releases written for this test in other languages."""

from __future__ import annotations

import pytest

from .helpers import BODY, classify_lines


@pytest.mark.parametrize(
    ("lang", "heading", "contacts"),
    [
        (
            "es",
            "Contacto de prensa:",
            ["Lucía Herrera", "prensa@fabril.example", "+34 900 000 000"],
        ),
        ("th", "ติดต่อสื่อมวลชน", ["คุณวรรณา ศรีสุข ฝ่ายสื่อสารองค์กร", "โทร. 02-000-5678"]),
        ("en", "Media contact", ["Dana Whitfield", "press@harbourco.example", "+1 555 010 0199"]),
    ],
)
def test_the_media_contacts_under_a_release_are_navigation(lang, heading, contacts):
    tail = ["More press releases", "Ferry operator adds winter sailings", "© 2025 Wire Desk"]
    lines = [
        "Harbour company opens a new cold-storage warehouse",
        *BODY[lang],
        heading,
        *contacts,
        *tail,
    ]
    got = classify_lines(lines)
    assert got[heading][0] == "navigation", got[heading]
    for c in contacts:
        assert got[c][0] == "navigation", (c, got[c])
    assert all(got[p][0] == "body" for p in BODY[lang])


def test_a_contact_block_in_one_html_paragraph_is_navigation_to_its_phone(tmp_path):
    from .helpers import html_article_page

    contacts = "<strong>Contacto de prensa:</strong><br>Lucía Herrera<br>prensa@fabril.example<br>+34 900 000 000"
    doc = html_article_page(
        tmp_path,
        "es",
        "<title>Fabril abre un almacén frigorífico en el puerto</title>",
        "",
        ["Fabril abre un almacén frigorífico en el puerto", *BODY["es"], contacts],
        tail="<aside><h4>Más comunicados</h4><ul><li><a>Naviera suma salidas en invierno</a></li></ul></aside>",
    )
    got = {doc.text[b.start : b.end]: b.label for b in doc.blocks}
    for line in (
        "Contacto de prensa:",
        "Lucía Herrera",
        "prensa@fabril.example",
        "+34 900 000 000",
    ):
        assert got.get(line) == "navigation", (line, got.get(line))
