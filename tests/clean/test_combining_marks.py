"""Vietnamese written with combining tone marks (a windows-1258 page, or
"Unicode tổ hợp" in UTF-8) keeps those bytes in ``Document.text``; its
chrome is still read by the cue tables, which spell the composed letters,
and its dates are still found, at offsets into the original text."""

from __future__ import annotations

import unicodedata
from collections import Counter

from newsline.dates import ResolveDates

from .helpers import BODY, classify_lines, classify_page


def nfd(t: str) -> str:
    return unicodedata.normalize("NFD", t)


def test_chrome_written_with_combining_marks_is_read_by_its_cues():
    lines = [
        nfd(x)
        for x in [
            "Trang chủ | Thời sự | Kinh tế",
            *BODY["vi"],
            "Tin liên quan",
            "Đọc thêm: Giá vàng hôm nay tăng mạnh",
        ]
    ]
    out = classify_lines(lines)
    assert "trang chủ" in out[lines[0]][1][0]
    assert "tin liên quan" in out[lines[-2]][1][0]
    assert "đọc thêm" in out[lines[-1]][1][0]


def _encode_cp1258(text: str) -> bytes:
    """The readers' tests' encoder (tones kept as combining marks), loaded by path."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "readers" / "read_samples.py"
    spec = importlib.util.spec_from_file_location("read_samples_for_clean", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.encode_as(unicodedata.normalize("NFC", text), "cp1258")


def test_windows_1258_page_gets_its_chrome_and_dates(tmp_path):
    lead = "Hôm qua, thành phố đã khởi công cải tạo công viên trung tâm với tổng vốn 200 tỷ đồng."
    paras = "".join(f"<p>{p}</p>" for p in [lead, *BODY["vi"]])
    html = f"""<html><head><meta charset="utf-8"><title>Công viên trung tâm được cải tạo</title></head>
<body><p>Trang chủ | Thời sự | Kinh tế</p><h1>Công viên trung tâm được cải tạo</h1>
<p>Thứ Hai, 07/04/2025</p>{paras}<p>Tin liên quan</p><p>Giá vé xe buýt tăng nhẹ từ tháng sau</p>
<p>© Báo Thành Phố</p></body></html>"""
    path = tmp_path / "vi_cp1258.html"
    path.write_bytes(_encode_cp1258(html))
    doc = classify_page(path)
    assert doc.encoding == "cp1258"
    assert not unicodedata.is_normalized("NFC", doc.text)  # the bytes, as decoded
    got = {unicodedata.normalize("NFC", doc.text[b.start : b.end]): b for b in doc.blocks}
    assert "trang chủ" in got["Trang chủ | Thời sự | Kinh tế"].reasons[0]
    assert got["Tin liên quan"].label == "related"
    ResolveDates()([doc], Counter())
    found = {unicodedata.normalize("NFC", doc.text[m.start : m.end]): m.value for m in doc.dates}
    assert found.get("Hôm qua") == "2025-04-06", found
