"""A summary box above an HTML article ("Tóm tắt" and its items): the
extractor kept the items in the main text, not the heading, which was set
aside as "inside the article area but outside the main text" while its
items stayed body (heldout14's g01). Pages written for this test in other
languages; a heading with no summary items under it is not kept."""

from __future__ import annotations

import pytest

from .helpers import BODY, classify_page


@pytest.mark.parametrize(
    ("lang", "heading", "items"),
    [
        (
            "es",
            "Puntos clave",
            [
                "Las obras empiezan en junio.",
                "Costarán 4 millones de euros.",
                "El parque cerrará por zonas.",
            ],
        ),
        (
            "en",
            "Key points",
            ["Work starts in June.", "It will cost four million.", "The park closes in stages."],
        ),
        (
            "id",
            "Poin penting",
            ["Renovasi dimulai Juni.", "Biaya Rp 40 miliar.", "Taman ditutup bertahap."],
        ),
    ],
)
def test_a_summary_box_heading_stays_with_its_items(tmp_path, lang, heading, items):
    lis = "".join(f"<li>{x}</li>" for x in items)
    paras = "".join(f"<p>{p}</p>" for p in BODY[lang])
    html = (
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>Parque central - Diario</title></head>'
        f"<body><nav><a>Inicio</a> <a>Ciudad</a></nav><article><h1>Parque central</h1>"
        f'<div class="summary-box"><strong>{heading}</strong><ul>{lis}</ul></div>'
        f"{paras}</article><footer>© 2025 Diario</footer></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(html, "utf-8")
    doc = classify_page(path)
    got = {doc.text[b.start : b.end]: (b.label, b.reasons) for b in doc.blocks}
    assert all(got[x][0] == "body" for x in items), [got[x] for x in items]
    assert got[heading][0] == "body", got[heading]
