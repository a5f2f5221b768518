"""A credit field naming the writer ("ข่าว: สมชาย ใจดี ผู้สื่อข่าวประจำจังหวัด",
"Words: Jane Doe", "Thực hiện: Hoàng Lan") is a byline, wherever it stands;
the same label before words that name no one is not."""

from __future__ import annotations

import pytest

from .helpers import BODY, classify_lines, classify_page


@pytest.mark.parametrize(
    "lang,line",
    [
        ("th", "ข่าว: สมชาย ใจดี ผู้สื่อข่าวประจำจังหวัด"),
        ("th", "เรื่อง: วิไล ศรีสุข"),
        ("en", "Words: Jane Doe"),
        ("vi", "Thực hiện: Hoàng Lan"),
        # an interview's credit: "interviewed by", as a field or a cue
        ("th", "สัมภาษณ์โดย: วิไล ศรีสุข"),
        ("vi", "Phỏng vấn: Hoàng Lan"),
        ("zh", "采访：王芳"),
    ],
)
def test_credit_field_with_a_name_is_a_byline(lang, line):
    for lines in ([*BODY[lang], line], [line, *BODY[lang]]):
        out = classify_lines(lines)
        assert out[line][0] == "byline", out[line]


@pytest.mark.parametrize(
    "lang,line",
    [
        ("en", "Report: Council to close two libraries"),
        ("th", "เรื่อง: การปรับขึ้นค่าไฟฟ้าของรัฐบาลในปีนี้"),
        ("th", "สัมภาษณ์พิเศษ: ผู้ว่าฯ กับแผนรับมือภัยแล้ง"),
    ],
)
def test_credit_label_before_no_name_is_not_a_byline(lang, line):
    out = classify_lines([*BODY[lang][:2], line, *BODY[lang][2:]])
    assert out[line][0] != "byline", out[line]


def test_thai_credit_closing_an_html_article(tmp_path):
    credit = "ข่าว: สมชาย ใจดี ผู้สื่อข่าวประจำจังหวัด"
    paras = "".join(f"<p>{p}</p>" for p in BODY["th"])
    html = f"""<!DOCTYPE html><html lang="th"><head><meta charset="utf-8">
<title>ปรับปรุงสวนสาธารณะกลางเมือง - ข่าวเหนือวันนี้</title></head><body>
<nav><a>หน้าแรก</a> <a>ข่าวภูมิภาค</a> <a>การเมือง</a> <a>เศรษฐกิจ</a></nav>
<article><h1>ปรับปรุงสวนสาธารณะกลางเมือง</h1><div>วันที่ 4 ต.ค. 2568 เวลา 09:15 น.</div>
{paras}<p class="reporter">{credit}</p></article>
<div class="tags">แท็ก: <a>สวนสาธารณะ</a> <a>เทศบาล</a></div>
<footer>Copyright © 2025 ข่าวเหนือวันนี้ สงวนลิขสิทธิ์</footer></body></html>"""
    path = tmp_path / "th_credit.html"
    path.write_text(html, encoding="utf-8")
    doc = classify_page(path)
    got = {doc.text[b.start : b.end]: b for b in doc.blocks}
    assert got[credit].label == "byline", got[credit]
