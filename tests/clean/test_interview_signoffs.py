"""An interview is signed off by its interviewer with a note that they
conducted or wrote it down ("Minh Khoa (thực hiện)", "王芳（采访整理）"): a
byline, also on an HTML page whose main text ends on it."""

from __future__ import annotations

import pytest

from .helpers import BODY, classify_lines, classify_page


@pytest.mark.parametrize(
    "lang,line",
    [
        ("vi", "Minh Khoa (thực hiện)"),
        ("vi", "Lan Anh (ghi)"),
        ("zh", "王芳（采访整理）"),
        ("en", "Jane Doe (interview)"),
    ],
)
def test_interviewer_sign_off_is_a_byline(lang, line):
    out = classify_lines([*BODY[lang], line])
    assert out[line][0] == "byline", out[line]


def test_interview_page_signed_by_its_interviewer(tmp_path):
    qa = "".join(
        f"<p><b>PV: Thưa ông, {q}?</b></p><p>Ông Phạm Quốc Bảo: {a}</p>"
        for q, a in zip(["dự án bắt đầu khi nào", "người dân có ý kiến gì"], BODY["vi"][:2])
    ) + "".join(f"<p>{p}</p>" for p in BODY["vi"][2:])
    html = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Giám đốc dự án: "Công viên sẽ xanh hơn" | Báo Thành Phố</title></head><body>
<table><tr><td><a>Trang chủ</a> | <a>Đô thị</a> | <a>Phỏng vấn</a></td></tr></table>
<table><tr><td><h1>Giám đốc dự án: "Công viên sẽ xanh hơn"</h1>
<div>Cập nhật: 10:15 | 22/06/2025</div>{qa}
<p style="text-align:right"><b>Minh Khoa (thực hiện)</b></p></td>
<td><div><b>Tin đọc nhiều</b></div><div><a>Giá vé xe buýt tăng nhẹ</a></div>
<div><a>Hà Nội mở thêm tuyến phố đi bộ</a></div></td></tr></table>
<table><tr><td>© 2025 Báo Thành Phố</td></tr></table></body></html>"""
    path = tmp_path / "vi_interview.html"
    path.write_text(html, encoding="utf-8")
    doc = classify_page(path)
    got = {doc.text[b.start : b.end]: b for b in doc.blocks}
    assert got["Minh Khoa (thực hiện)"].label == "byline", got["Minh Khoa (thực hiện)"]
