"""A related list written as a bold label glued to its links ("<b>Related:
</b><a>…</a><a>…</a>") after an article: the label is its own line, so
every teaser is labelled related and none is left as body (the first was
glued to the label, and the others read as lines of the main text). Pages
written for this test, in three languages."""

from __future__ import annotations

import pytest

from .helpers import BODY_EN, BODY_VI, BODY_ZH, classify_page

CASES = [
    (
        "vi",
        BODY_VI,
        "<strong>Xem thêm:</strong>",
        ["Giá vàng hôm nay tăng mạnh phiên sáng", "Bão số 3 đổ bộ vào miền Trung"],
    ),
    ("zh", BODY_ZH, "<b>相关阅读：</b>", ["国际油价连续三日上涨", "多地出台稳就业新措施"]),
    (
        "en",
        BODY_EN,
        "<b>Related:</b>",
        ["Council approves new bus lanes downtown", "Train fares to rise in January"],
    ),
]


@pytest.mark.parametrize(("lang", "body", "label", "teasers"), CASES)
def test_every_teaser_after_a_glued_label_is_related(tmp_path, lang, body, label, teasers):
    links = "".join(f'<a href="/{i}">{t}</a>' for i, t in enumerate(teasers))
    paras = "".join(f"<p>{p}</p>" for p in body)
    page = (
        f'<html lang="{lang}"><head><title>x</title></head><body><article>'
        f"<h1>{body[0][:30]}</h1>{paras}<p>{label}{links}</p></article>"
        "<footer>© 2026 Example Media</footer></body></html>"
    )
    path = tmp_path / f"{lang}.html"
    path.write_text(page, encoding="utf-8")
    doc = classify_page(path)
    got = {doc.text[b.start : b.end]: b.label for b in doc.blocks}
    for t in teasers:
        assert got.get(t) == "related", got
    assert all(got.get(p) == "body" for p in body), got
