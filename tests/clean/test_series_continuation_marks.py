"""A part of a series ends on the note that it goes on ("(Còn nữa)", "(To
be continued)", "（未完待续）"): a mark like "（完）", not a line of the
article; the writer's name after it still signs the article."""

from __future__ import annotations

import pytest

from .helpers import BODY, classify_lines, classify_page


@pytest.mark.parametrize(
    "lang,line",
    [
        ("vi", "(Còn nữa)"),
        ("vi", "(Còn tiếp)"),
        ("en", "(To be continued)"),
        ("zh", "（未完待续）"),
        ("th", "(ยังมีต่อ)"),
    ],
)
def test_continuation_note_after_the_last_paragraph_is_a_mark(lang, line):
    out = classify_lines([*BODY[lang], line])
    assert out[line][0] == "navigation", out[line]
    assert "end-of-article mark" in out[line][1][0], out[line]


def test_continuation_note_words_in_a_sentence_stay_body():
    line = "Cuộc điều tra vẫn còn nữa nhiều khúc mắc cần được làm rõ trong thời gian tới, cơ quan chức năng cho biết."
    out = classify_lines([*BODY["vi"][:2], line, *BODY["vi"][2:]])
    assert out[line][0] == "body", out[line]


def test_series_part_on_an_html_page(tmp_path):
    paras = "".join(f"<p>{p}</p>" for p in BODY["vi"])
    html = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Công viên trung tâm đổi mới (Kỳ 1) - Báo Thành Phố</title></head><body>
<nav><a>Trang chủ</a> <a>Đô thị</a> <a>Xã hội</a></nav>
<h1>Công viên trung tâm đổi mới (Kỳ 1)</h1><p>Chủ nhật, 16/03/2025 07:00</p>{paras}
<p><i>(Còn nữa)</i></p><p><b>Hồng Nhung</b></p>
<section><h3>Tin liên quan</h3><ul><li><a>Giá vé xe buýt tăng nhẹ</a></li></ul></section>
<footer>© Báo Thành Phố</footer></body></html>"""
    path = tmp_path / "vi_series.html"
    path.write_text(html, encoding="utf-8")
    doc = classify_page(path)
    got = {doc.text[b.start : b.end]: b for b in doc.blocks}
    assert got["(Còn nữa)"].label == "navigation", got["(Còn nữa)"]
    assert got["Hồng Nhung"].label == "byline"
