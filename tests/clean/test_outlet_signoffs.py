"""A writer's name with the outlet they file for, as its capitals
abbreviation in brackets ("Minh Anh (TTXVN)", "Thu Trang (VOV)"), signs the
article off: a byline, also when the extractor's main text ends on it and
readers' comments follow the article."""

from __future__ import annotations

import pytest

from .helpers import BODY, classify_lines, classify_page


@pytest.mark.parametrize(
    "lang,line",
    [
        ("vi", "Minh Anh (TTXVN)"),
        ("vi", "Hồng Nhung (PLVN)"),
        ("vi", "Lê Văn Đức (NLĐ)"),
        ("en", "Sarah Quint (AFP)"),
        ("en", "Tom Bell (BBC)"),
    ],
)
def test_name_with_an_outlet_abbreviation_closing_the_article_is_a_byline(lang, line):
    out = classify_lines([*BODY[lang], line])
    assert out[line][0] == "byline", out[line]


@pytest.mark.parametrize(
    "line",
    [
        "Minh Anh (Hà Nội)",  # a place in brackets is no outlet
        "Minh Anh (ảnh)",  # nor a lower-case note
        "Hội nghị APEC (APEC)",  # nor a line whose words are no name
    ],
)
def test_other_bracketed_notes_are_not_an_outlet(line):
    out = classify_lines([*BODY["vi"], line])
    assert "outlet" not in " ".join(out[line][1]), out[line]


def test_outlet_sign_off_ending_the_main_text_before_comments(tmp_path):
    paras = "".join(f"<p>{p}</p>" for p in BODY["vi"])
    html = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Công viên trung tâm được cải tạo | Báo Thành Phố</title></head><body>
<div class="menu"><a>Trang chủ</a> <a>Thời sự</a> <a>Kinh tế</a> <a>Xã hội</a></div>
<article><h1>Công viên trung tâm được cải tạo</h1>{paras}
<p style="text-align:right"><strong>Minh Anh (TTXVN)</strong></p></article>
<div class="tags">Từ khóa: <a>công viên</a> <a>đô thị</a></div>
<div class="comments"><h3>Ý kiến bạn đọc</h3>
<div><b>Nguyễn Văn Bình</b><p>Mong dự án sớm hoàn thành để trẻ em có thêm chỗ vui chơi an toàn.</p>
<span>Trả lời · Thích</span></div>
<div><b>Trần Thị Hoa</b><p>Cần làm thêm nhà vệ sinh công cộng và chỗ gửi xe cho người dân.</p>
<span>Trả lời · Thích</span></div></div>
<footer>© Bản quyền thuộc về Báo Thành Phố.</footer></body></html>"""
    path = tmp_path / "vi_outlet.html"
    path.write_text(html, encoding="utf-8")
    doc = classify_page(path)
    got = {doc.text[b.start : b.end]: b for b in doc.blocks}
    assert got["Minh Anh (TTXVN)"].label == "byline", got["Minh Anh (TTXVN)"]
    assert got[BODY["vi"][-1]].label == "body"
