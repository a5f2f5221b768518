"""A print version's <title> often names no article ("In bài viết",
"Print", the site's name) while its one <h1> is the headline: that heading
is the title, and the document is named after it, not after "Print"."""

from __future__ import annotations

from .helpers import BODY, classify_page

HEADLINE = "Công viên trung tâm sẽ được cải tạo trong sáu tháng"


def _print_page(tmp_path, headings: str, page_title: str = "In bài viết"):
    paras = "".join(f"<p>{p}</p>" for p in BODY["vi"])
    html = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>{page_title}</title></head><body onload="window.print()">
<div class="print-header">BÁO THÀNH PHỐ - www.baothanhpho.example</div>
{headings}
<div>Thứ Sáu, 14/03/2025 10:20</div>
{paras}
<p><b>Hoàng Nam</b></p>
<div>Địa chỉ bài viết: https://baothanhpho.example/cong-vien-123.html</div>
</body></html>"""
    path = tmp_path / "vi_print.html"
    path.write_text(html, encoding="utf-8")
    doc = classify_page(path)
    return doc, {doc.text[b.start : b.end]: b for b in doc.blocks}


def test_sole_h1_of_a_print_page_is_the_title(tmp_path):
    doc, got = _print_page(tmp_path, f"<h1>{HEADLINE}</h1>")
    assert got[HEADLINE].label == "title", got[HEADLINE]
    assert doc.title == HEADLINE
    assert doc.meta["page_title"] == "In bài viết"


def test_two_h1_headings_decide_nothing(tmp_path):
    # a page with two top-level headings does not say which one is the headline
    doc, got = _print_page(tmp_path, f"<h1>Báo Thành Phố điện tử</h1><h1>{HEADLINE}</h1>")
    assert "top-level heading" not in " ".join(got[HEADLINE].reasons)


def test_page_title_that_names_a_line_still_wins(tmp_path):
    other = "Dự án công viên được thông qua sau nhiều tháng chờ đợi"
    doc, got = _print_page(tmp_path, f"<h1>{HEADLINE}</h1><h2>{other}</h2>", page_title=other)
    assert got[other].label == "title"
    assert got[HEADLINE].label != "title"
