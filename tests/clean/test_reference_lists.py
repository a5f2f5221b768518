"""A study's reference list under the article ("References", then
citations with their years, volumes and pages) is attribution: the sources
the text draws on, not the article. Without citations under it, or without
the heading, nothing changes."""

from __future__ import annotations

from .helpers import BODY, classify_lines, classify_page

CITES = [
    "Tran, H. et al. (2025). Carbon accumulation in restored mangrove forests. Journal of Coastal Ecology, 41(3), 211-229.",
    "Nguyen, L. and Park, S. (2023). Species diversity and storm resilience in planted mangroves. Wetlands Research, 18, 45-60.",
]


def test_reference_list_after_the_article_is_attribution():
    out = classify_lines([*BODY["en"], "References", *CITES, "© 2025 Science Wire"])
    assert out["References"][0] == "attribution", out["References"]
    for c in CITES:
        assert out[c][0] == "attribution", out[c]
    assert all(out[p][0] == "body" for p in BODY["en"])


def test_vietnamese_reference_list():
    cite = "Bộ Y tế (2024). Báo cáo tổng kết công tác phòng chống dịch, tr. 12-15."
    out = classify_lines([*BODY["vi"], "Tài liệu tham khảo", cite])
    assert out[cite][0] == "attribution", out[cite]


def test_heading_word_without_citations_changes_nothing():
    para = "Sources close to the council said the vote would be held again next month after complaints."
    out = classify_lines([*BODY["en"][:2], "Sources", para, *BODY["en"][2:]])
    assert out[para][0] == "body", out[para]


def test_reference_list_on_an_html_page(tmp_path):
    refs = "".join(f"<li>{c}</li>" for c in CITES)
    paras = "".join(f"<p>{p}</p>" for p in BODY["en"])
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Central park to be renovated | Science Wire</title></head><body>
<nav><a>Home</a> <a>Environment</a> <a>Climate</a></nav>
<article><h1>Central park to be renovated</h1><p>By Omar Lindqvist</p>{paras}
<h3>References</h3><ol>{refs}</ol></article>
<footer>© 2025 Science Wire. All rights reserved.</footer></body></html>"""
    path = tmp_path / "en_refs.html"
    path.write_text(html, encoding="utf-8")
    doc = classify_page(path)
    got = {doc.text[b.start : b.end]: b for b in doc.blocks}
    for c in CITES:
        assert got[c].label == "attribution", got[c]
    assert all(got[p].label == "body" for p in BODY["en"])
