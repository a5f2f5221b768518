"""A writer's sign-off naming the body the writer works for after a dash
(invented lines and a plain-text district portal page): "Thu Hằng - Trung
tâm VH-TT&TT huyện", "Ana Ruiz - Oficina de Comunicación"."""

from __future__ import annotations

from pathlib import Path

import pytest

from .helpers import BODY, classify_lines, classify_page

PAGES = Path(__file__).parent / "pages"


@pytest.mark.parametrize(
    "lang,line",
    [
        ("vi", "Thu Hằng - Trung tâm VH-TT&TT huyện"),
        ("vi", "Quốc Dũng – Báo Tỉnh Nhà"),
        ("es", "Ana Ruiz - Oficina de Comunicación"),
        ("en", "Daniel Okoro - Press Office"),
    ],
)
def test_name_dash_organisation_signs_the_article_off(lang, line):
    out = classify_lines([*BODY[lang], line, "© 2026"])
    assert out[line][0] == "byline", out[line]


@pytest.mark.parametrize("line", ["Hà Nội - Điểm đến hấp dẫn", "Đà Nẵng - Báo động đỏ về rác thải"])
def test_a_headline_with_a_dash_is_no_signoff(line):
    out = classify_lines([*BODY["vi"], line])
    assert out[line][0] != "byline", out[line]


def test_district_portal_page():
    doc = classify_page(PAGES / "vi_huyen_portal.txt")
    got = {b.text_of(doc): (b.label, b.reasons) for b in doc.blocks}
    assert got["Thu Hằng - Trung tâm VH-TT&TT huyện"][0] == "byline"
    assert doc.author == "Thu Hằng"
    notice = next(t for t in got if t.startswith("Bản quyền thuộc về"))
    assert got[notice][0] == "footer", got[notice]
    body = [t for t, (lab, _) in got.items() if lab == "body"]
    assert len(body) == 4, body
