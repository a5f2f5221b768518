"""English news prose machine-translated into Vietnamese: "it was reported
that" with a dummy subject ("nó đã được báo cáo rằng"; Vietnamese writes
"có tin cho biết"), "is expected to" with "để" ("được mong đợi để", "được kỳ
vọng để"; "dự kiến sẽ"), "declined to be named" ("từ chối để được nêu tên";
"đề nghị giấu tên"). Two different calques on a page make it a translation.
And what "is expected" ("được mong đợi", "được kỳ vọng") lies ahead: a day
after the stamp in such a sentence is a plan, not a suspect date. Pages
written for this file about a chip plant and a football transfer (neither
about a train). Near misses: one calque alone; a Vietnamese newsroom's own
words ("dự kiến sẽ", "đề nghị giấu tên", "đã được báo cáo lên")."""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds
from tests.stages_through import read_html_record

PAGES = {
    "chip plant": (
        "Nhà sản xuất chip sẽ cắt giảm 1.200 việc làm tại Bắc Ninh\n"
        "Nó đã được báo cáo rằng nhà máy lắp ráp chip ở Bắc Ninh sẽ cắt giảm 1.200 việc làm "
        "trong quý tới, sau khi các đơn đặt hàng đã giảm mạnh.\n"
        "Công ty được mong đợi để công bố kế hoạch tái cấu trúc của mình trong tuần này, theo "
        "một người quen thuộc với vấn đề mà đã từ chối để được nêu tên.\n"
    ),
    "transfer": (
        "Tiền đạo người Brazil gia nhập câu lạc bộ ở Hà Nội\n"
        "Tiền đạo 27 tuổi được kỳ vọng để ra mắt trong trận đấu với Hải Phòng vào cuối tuần, "
        "câu lạc bộ đã nói trong một tuyên bố.\n"
        "Nó được báo cáo rằng phí chuyển nhượng là khoảng 500.000 USD, điều mà sẽ làm cho anh "
        "ấy trở thành bản hợp đồng đắt nhất của giải đấu.\n"
    ),
}


@pytest.mark.parametrize("page", sorted(PAGES))
def test_two_english_calques_flag_a_vietnamese_page(page):
    doc = flagged(PAGES[page], labels={0: "title"})
    found = kinds(doc, "machine_translation", signal="calque")
    assert found, [f.reason for f in doc.flags]
    assert found[0].data["source_language"] == "English"


NEAR_MISSES = {
    "one calque": (
        "Nhà sản xuất chip cắt giảm 1.200 việc làm tại Bắc Ninh\n"
        "Công ty được mong đợi để công bố kế hoạch tái cấu trúc trong tuần này.\n"
        "Theo một nguồn tin đề nghị giấu tên, các đơn đặt hàng đã giảm mạnh từ đầu năm.\n"
    ),
    "native": (
        "Nhà sản xuất chip cắt giảm 1.200 việc làm tại Bắc Ninh\n"
        "Có tin cho biết nhà máy dự kiến sẽ cắt giảm 1.200 việc làm trong quý tới; sự việc đã "
        "được báo cáo lên UBND tỉnh.\n"
        "Một cán bộ công ty đề nghị giấu tên cho biết doanh nghiệp được kỳ vọng sẽ sớm phục hồi.\n"
    ),
}


@pytest.mark.parametrize("page", sorted(NEAR_MISSES))
def test_near_misses_stay_unflagged(page):
    doc = flagged(NEAR_MISSES[page], labels={0: "title"})
    assert not kinds(doc, "machine_translation", signal="calque"), [f.reason for f in doc.flags]


PLAN = """<!doctype html><html lang="vi"><head><meta charset="utf-8">
<title>Nhà máy giấy tạm dừng</title>
<meta property="article:published_time" content="2025-12-01T09:00:00+07:00"></head><body>
<nav><a href="/">Trang chủ</a> <a href="/kinh-te">Kinh tế</a></nav>
<article><h1>Nhà máy giấy ở Phú Thọ tạm dừng sau sự cố lò hơi</h1>
<p>Ngày 29/11, lò hơi của nhà máy giấy ở huyện Phù Ninh bị hỏng, buộc toàn bộ dây chuyền dừng.</p>
<p>Nhà máy được {word} hoạt động trở lại vào ngày 15/12, công ty đã thông báo.</p>
<p>Khoảng 400 công nhân được nghỉ có hưởng lương trong thời gian sửa chữa.</p>
</article><footer><p>Liên hệ | Điều khoản</p></footer></body></html>"""


@pytest.mark.parametrize("word", ["mong đợi", "kỳ vọng"])
def test_a_day_expected_after_the_stamp_is_no_suspect_date(tmp_path, word):
    doc = read_html_record(tmp_path, PLAN.format(word=word), "flags")
    assert doc.published[:10] == "2025-12-01"
    assert not [f for f in doc.flags if f.kind == "suspect_date"], [f.reason for f in doc.flags]
