"""The name printed under a pull quote ("Ông Nguyễn Văn Tám", "Jane Doe")
belongs to the quote box: set aside with the quote, not left as a line of
the article."""

from __future__ import annotations

import pytest

from .helpers import classify_page

PARAS_VI = [
    "Sau ba năm triển khai, mô hình nông nghiệp tuần hoàn tại xã ven sông đã giúp hơn 200 hộ dân tăng thu nhập trung bình 30% mỗi năm, theo báo cáo của huyện.",
    'Ông Nguyễn Văn Tám, một trong những hộ đầu tiên tham gia, cho biết: "Trước đây rơm rạ đốt bỏ, phân chuồng thải ra kênh. Giờ mọi thứ đều quay lại ruộng, vừa sạch vừa đỡ tiền phân bón".',
    "Theo cán bộ khuyến nông huyện, mô hình kết hợp trồng lúa, nuôi cá và trồng nấm rơm, tận dụng phụ phẩm của khâu này làm đầu vào cho khâu khác.",
    "Năm nay, huyện dự kiến nhân rộng mô hình ra thêm ba xã, với kinh phí hỗ trợ ban đầu khoảng 5 tỷ đồng từ ngân sách tỉnh.",
]
QUOTE = '"Giờ mọi thứ đều quay lại ruộng, vừa sạch vừa đỡ tiền phân bón"'


# ("— Nguyễn Văn Tám", with a dash, is set aside as a signature already)
@pytest.mark.parametrize("speaker", ["Ông Nguyễn Văn Tám", "Nguyễn Văn Tám"])
def test_name_under_a_pull_quote_is_set_aside_with_it(tmp_path, speaker):
    html = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Nông nghiệp tuần hoàn giúp nông dân tăng thu nhập | Báo Nông Thôn</title></head><body>
<nav><a>Trang chủ</a> <a>Nông nghiệp</a> <a>Kinh tế</a></nav>
<article><h1>Nông nghiệp tuần hoàn giúp nông dân tăng thu nhập</h1><p>Thứ Tư, 11/06/2025 09:00</p>
<p>{PARAS_VI[0]}</p><p>{PARAS_VI[1]}</p>
<blockquote class="pullquote"><p>{QUOTE}</p><cite>{speaker}</cite></blockquote>
<p>{PARAS_VI[2]}</p><p>{PARAS_VI[3]}</p><p><b>Thanh Hà</b></p></article>
<footer>© Báo Nông Thôn</footer></body></html>"""
    path = tmp_path / "vi_pullquote.html"
    path.write_text(html, encoding="utf-8")
    doc = classify_page(path)
    got = {doc.text[b.start : b.end]: b for b in doc.blocks}
    assert got[QUOTE].label == "related"
    assert got[speaker].label == "related", got[speaker]
    assert all(got[p].label == "body" for p in PARAS_VI)
    assert got["Thanh Hà"].label == "byline"
