"""A byline with the publish stamp and counters after it names the author
(invented pages and sites).

"Phóng viên Minh Anh | 14/06/2026 10:15 | 1.234 lượt xem": the figures of
the stamp and the view counter made the line a bare stamp (metadata), so a
plain-text page had no author. A date in figures ("14/06/2026") was no stamp
field either, only a date spelled with its month's name.
"""

from __future__ import annotations

import pytest

from newsline.clean.html import author_name

from .helpers import BODY, classify_lines, classify_page

TITLES = {
    "vi": "Khởi công cải tạo công viên trung tâm thành phố",
    "th": "เทศบาลเตรียมปรับปรุงสวนสาธารณะกลางเมือง",
    "zh": "中心公园改造工程下月动工",
    "en": "Work on the central park begins next month",
    "es": "Comienzan las obras del parque central",
}

CASES = [
    ("vi", "Phóng viên Minh Anh | 14/06/2026 10:15 | 1.234 lượt xem", "Minh Anh"),
    ("vi", "Bài: Trần Văn Hùng · 14/06/2026 · 2.345 lượt xem", "Trần Văn Hùng"),
    ("th", "โดย สมชาย ใจดี | 14 มิ.ย. 2569 06:30 น. | อ่าน 12,345 ครั้ง", "สมชาย ใจดี"),
    ("zh", "记者 王晓明 | 2026-06-14 10:15 | 阅读 1234", "王晓明"),
    ("en", "By Jane Doe | June 14, 2026 | 1,234 views", "Jane Doe"),
    ("es", "Por Ana Ruiz | 14/06/2026 | 845 lecturas", "Ana Ruiz"),
    # the fields after a space, no bar between them
    ("zh", "作者：王晓明 2026-06-14 10:15 阅读 1234", "王晓明"),
    ("zh", "记者 王晓明 2026年06月14日 10:15 阅读 1234", "王晓明"),
    ("th", "โดย สมชาย ใจดี 14 มิ.ย. 2569 06:30 น. อ่าน 12,345 ครั้ง", "สมชาย ใจดี"),
]


@pytest.mark.parametrize("lang,line,name", CASES)
def test_byline_with_stamp_and_counters_is_a_byline(lang, line, name):
    out = classify_lines([*BODY[lang][:1], line, *BODY[lang][1:]])
    assert out[line][0] == "byline", out[line]


@pytest.mark.parametrize("lang,line,name", CASES)
def test_the_name_is_read_without_the_stamp(lang, line, name):
    assert author_name(line, lang) == name


@pytest.mark.parametrize("lang,line,name", CASES)
def test_plain_text_page_gets_its_author(tmp_path, lang, line, name):
    path = tmp_path / "page.txt"
    path.write_text("\n".join([TITLES[lang], line, *BODY[lang]]) + "\n", encoding="utf-8")
    assert classify_page(path).author == name


@pytest.mark.parametrize(
    "lang,line",
    [
        # a stamp and a counter with no writer stay metadata
        ("vi", "14/06/2026 10:15 | 1.234 lượt xem"),
        ("zh", "2026-06-14 10:15 | 阅读 1234"),
        ("th", "14 มิ.ย. 2569 06:30 น. | อ่าน 12,345 ครั้ง"),
    ],
)
def test_a_stamp_with_counters_but_no_writer_is_metadata(lang, line):
    out = classify_lines([*BODY[lang][:1], line, *BODY[lang][1:]])
    assert out[line][0] == "metadata", out[line]


@pytest.mark.parametrize(
    "lang,line",
    [
        # the cue word opening a sentence that carries figures
        ("en", "By 14/06/2026 the crews had reconnected 1,234 homes | report"),
        ("vi", "Bài học từ vụ cháy | 14/06/2026 | Kinh tế"),
    ],
)
def test_no_byline_when_the_tail_is_not_only_stamp_and_counters(lang, line):
    out = classify_lines([*BODY[lang][:1], line, *BODY[lang][1:]])
    assert out[line][0] != "byline" or "publish stamp after" not in " ".join(out[line][1]), out[
        line
    ]


BEFORE = [
    ("vi", "Thứ Bảy, 14/06/2026 10:15 | Phóng viên Minh Anh", "Minh Anh"),
    ("vi", "14/06/2026 10:15 | Tác giả: Minh Anh | 1.234 lượt xem", "Minh Anh"),
    ("en", "June 14, 2026 · By Jane Doe · 1,234 views", "Jane Doe"),
    ("th", "14 มิ.ย. 2569 06:30 น. | โดย สมชาย ใจดี", "สมชาย ใจดี"),
]


@pytest.mark.parametrize("lang,line,name", BEFORE)
def test_the_stamp_before_the_byline(tmp_path, lang, line, name):
    out = classify_lines([*BODY[lang][:1], line, *BODY[lang][1:]])
    assert out[line][0] == "byline", out[line]
    assert author_name(line, lang) == name
    path = tmp_path / "page.txt"
    path.write_text("\n".join([TITLES[lang], line, *BODY[lang]]) + "\n", encoding="utf-8")
    assert classify_page(path).author == name


@pytest.mark.parametrize(
    "lang,line",
    [
        # a section name, not a byline, among the stamps
        ("vi", "Thứ Bảy, 14/06/2026 10:15 | Thời sự | 1.234 lượt xem"),
        ("en", "June 14, 2026 · World news · 1,234 views"),
    ],
)
def test_a_stamp_with_a_section_is_no_byline(lang, line):
    out = classify_lines([*BODY[lang][:1], line, *BODY[lang][1:]])
    assert out[line][0] != "byline", out[line]


@pytest.mark.parametrize(
    "lang,line,name",
    [
        ("zh", "2026-06-14 10:15 来源：河畔日报 作者：王晓明 阅读：1234", "王晓明"),
        ("vi", "14/06/2026 10:15 Tác giả: Minh Anh 1.234 lượt xem", "Minh Anh"),
    ],
)
def test_the_writers_field_in_a_stamp_ends_at_the_counter(tmp_path, lang, line, name):
    path = tmp_path / "page.txt"
    path.write_text("\n".join([TITLES[lang], line, *BODY[lang]]) + "\n", encoding="utf-8")
    assert classify_page(path).author == name
