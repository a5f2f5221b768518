"""A weekday in a wire story counts from the story's opening dateline.

"QUITO, March 3 (Wire) - ... said on Tuesday" was filed on March 3: its
Tuesday is the latest Tuesday at or before March 3, whatever day the page
was published (a wire story is often republished days later) and even when
the page gives no publication date. Only an opening dateline counts: a
place at the start of a paragraph, the date, then the agency mark ("(Wire) -",
"(Agencia).-", Chinese "电"). Any other date written before or after the
weekday leaves it counted from the publication, as before.

Stories, places and agencies are invented. 2025-03-03 is a Monday,
2025-02-12 a Wednesday.
"""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.dates import resolve_dates
from newsline.dates.stage import ResolveDates
from newsline.model import Block, Document


def found(text, lang, published):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, published)]


@pytest.mark.parametrize(
    "lang,text,published,span,value",
    [
        # year-less dateline, its year from the publication (Thursday 6 March)
        (
            "en",
            (
                "QUITO, March 3 (Andes Northwire) - Ecuador's electoral council said on Tuesday "
                "that the recount would take a week."
            ),
            "2025-03-06",
            "Tuesday",
            "2025-02-25",
        ),
        # a dateline with its year and no publication date at all
        (
            "en",
            (
                "WELLINGTON, 14 February 2025 (Pacific Newswire) - The port authority said on "
                "Wednesday that all cranes had been inspected."
            ),
            None,
            "Wednesday",
            "2025-02-12",
        ),
        # a future weekday: the next one on or after the dateline
        (
            "en",
            "OSLO, March 5 (Nordic Wire) - Fishery ministers will meet on Monday to set quotas.",
            "2025-03-12",
            "Monday",
            "2025-03-10",
        ),
        # "last": strictly before the dateline
        (
            "en",
            "OSLO, March 5 (Nordic Wire) - The ferry ran aground last Wednesday near Bergen.",
            "2025-03-12",
            "last Wednesday",
            "2025-02-26",
        ),
        # Spanish wire style, abbreviated month and ").-"
        (
            "es",
            (
                "LIMA, 5 mar (Agencia Sur).- El Congreso aprobó el jueves la reforma del sistema "
                "de pensiones."
            ),
            "2025-03-08",
            "jueves",
            "2025-02-27",
        ),
        (
            "es",
            (
                "ROSARIO, 5 de marzo (Agencia Sur).- La cosecha de soja se retrasó el jueves por "
                "las lluvias."
            ),
            "2025-03-08",
            "jueves",
            "2025-02-27",
        ),
        # Thai: place, day, abbreviated month, agency in Thai script, dash
        (
            "th",
            (
                "เชียงใหม่ 12 ก.พ. (สำนักข่าวภาคเหนือ) - ผู้ว่าราชการจังหวัดกล่าวเมื่อวันศุกร์ว่า"
                "จะปิดถนนสายหลักเป็นเวลาสองวัน"
            ),
            "2025-02-15",
            "วันศุกร์",
            "2025-02-07",
        ),
        (
            "th",
            "KHON KAEN, 12 ก.พ. (Isan Wire) - ชาวนากล่าวเมื่อวันพฤหัสบดีว่าราคาข้าวลดลง",
            "2025-02-15",
            "วันพฤหัสบดี",
            "2025-02-06",
        ),
        # Chinese: agency and place, date, 电
        (
            "zh",
            "【东方快讯网昆明3月3日电】云南省政府星期四宣布新建三座水库。",
            "2025-03-06",
            "星期四",
            "2025-02-27",
        ),
        (
            "zh",
            "南方通讯社桂林3月3日电 市政府周四宣布，漓江游船暂停运营。",
            "2025-03-06",
            "周四",
            "2025-02-27",
        ),
    ],
)
def test_weekday_after_a_dateline_counts_from_it(lang, text, published, span, value):
    assert (span, value) in found(text, lang, published)


@pytest.mark.parametrize(
    "text,published,expect",
    [
        # Vietnamese wire style: place, bare day/month, agency mark, dash
        (
            (
                "Hà Nội, 3/3 (Thông tấn Miền Bắc) - Chiều thứ Năm, Bộ Y tế cho biết số ca "
                "bệnh đã giảm."
            ),
            "2025-03-06",
            [("3/3", "2025-03-03"), ("thứ Năm", "2025-02-27")],
        ),
        (
            "TP. Hồ Chí Minh, 12/2 (PV) - Hôm qua, giá xăng giảm lần thứ ba.",
            "2025-02-15",
            [("12/2", "2025-02-12"), ("Hôm qua", "2025-02-11")],
        ),
    ],
)
def test_vi_bare_day_month_dateline(text, published, expect):
    assert found(text, "vi", published) == expect


@pytest.mark.parametrize(
    "text",
    [
        # a bare day/month anywhere else is a score, a share or a fraction
        "Anh ghi được 3/3 quả phạt đền trong trận chung kết.",
        "Hà Nội, 3/3 thành viên đã bỏ phiếu thuận.",
        # the agency mark after it inside a sentence makes no dateline
        "Đội tuyển thắng 3/3 (Thông tấn Miền Bắc) - sau loạt luân lưu.",
        # nor does a lower-case note in brackets
        "Hà Nội, 3/3 (tạm tính) - số liệu sơ bộ của thành phố.",
    ],
)
def test_vi_bare_day_month_elsewhere_is_no_date(text):
    assert found(text, "vi", "2025-03-06") == []


def test_the_dateline_anchors_every_weekday_after_it_on_later_lines():
    text = (
        "Fishery talks stall\n"
        "OSLO, March 5 (Nordic Wire) - Norway said on Tuesday it would not cut quotas.\n"
        "Iceland's delegation left on Wednesday, officials said."
    )
    got = dict(found(text, "en", "2025-03-12"))
    assert got["Tuesday"] == "2025-03-04"
    assert got["Wednesday"] == "2025-03-05"


@pytest.mark.parametrize(
    "lang,text,published,span,value",
    [
        # a date in the body before the weekday is no dateline
        (
            "en",
            "The bridge, opened on March 3, 2025, was closed on Friday after cracks appeared.",
            "2025-03-12",
            "Friday",
            "2025-03-07",
        ),
        # nor is a date written after it
        (
            "en",
            "The council said on Tuesday that the vote of March 3, 2025 would stand.",
            "2025-03-12",
            "Tuesday",
            "2025-03-11",
        ),
        # the agency mark after a date inside a sentence does not make a dateline
        (
            "en",
            (
                "Ministers met in Quito on March 3 (Andes Northwire) - and said on Friday that "
                "talks would go on."
            ),
            "2025-03-12",
            "Friday",
            "2025-03-07",
        ),
        (
            "es",
            (
                "Los ministros se reunieron en Quito, 5 de marzo (Agencia Sur).- y el jueves "
                "siguieron."
            ),
            "2025-03-08",
            "jueves",
            "2025-03-06",
        ),
        # a date opening a paragraph without an agency mark
        (
            "zh",
            "3月3日，云南省政府星期四宣布新建三座水库。",
            "2025-03-06",
            "星期四",
            "2025-03-06",
        ),
        (
            "es",
            "El 5 de marzo, el Congreso aprobó el jueves la reforma.",
            "2025-03-08",
            "jueves",
            "2025-03-06",
        ),
    ],
)
def test_other_dates_do_not_anchor_weekdays(lang, text, published, span, value):
    assert (span, value) in found(text, lang, published)


def test_a_weekday_before_the_dateline_counts_from_the_publication():
    # the headline comes before the dateline: it keeps the publication
    text = (
        "Council began recount on Wednesday, officials say\n"
        "QUITO, March 3 (Andes Northwire) - The electoral council said on Tuesday that "
        "the recount would end soon."
    )
    got = dict(found(text, "en", "2025-03-06"))
    assert got["Wednesday"] == "2025-03-05"
    assert got["Tuesday"] == "2025-02-25"


def test_a_dateline_whose_year_is_a_guess_anchors_nothing():
    # no publication date and a year-less dateline: the day of the week of
    # "March 3" depends on a year the page does not give for it
    text = (
        "QUITO, March 3 (Andes Northwire) - The council said on Tuesday that the 2025 "
        "budget would pass."
    )
    assert "Tuesday" not in dict(found(text, "en", None))


def test_a_dateline_set_aside_by_cleaning_anchors_nothing():
    # a teaser's dateline (not kept) is not the story's
    teaser = "QUITO, March 3 (Andes Northwire) - Recount begins."
    body = "The port authority said on Tuesday that the cranes were inspected."
    text = teaser + "\n" + body
    doc = Document(
        id="d",
        source="s",
        text=text,
        lang="en",
        published="2025-03-12",
        blocks=[
            Block(0, len(teaser), label="related", lang="en"),
            Block(len(teaser) + 1, len(text), label="body", lang="en"),
        ],
    )
    ResolveDates()([doc], Counter())
    got = {text[m.start : m.end]: m.value for m in doc.dates}
    assert got["Tuesday"] == "2025-03-11"


def test_a_kept_dateline_block_anchors_the_body():
    dateline = "QUITO, March 3 (Andes Northwire) -"
    body = "The port authority said on Tuesday that the cranes were inspected."
    text = dateline + " " + body
    doc = Document(
        id="d",
        source="s",
        text=text,
        lang="en",
        published="2025-03-12",
        blocks=[Block(0, len(text), label="body", lang="en")],
    )
    ResolveDates()([doc], Counter())
    got = {text[m.start : m.end]: (m.value, m.anchor) for m in doc.dates}
    value, anchor = got["Tuesday"]
    assert value == "2025-02-25"
    assert "2025-03-03" in anchor


def test_a_spanish_day_and_short_month_is_a_date_only_in_a_dateline():
    # "5 mar" with no "de" is the wire dateline's form; elsewhere "mar" is the sea
    assert found("LIMA, 5 mar (Agencia Sur).- Llueve.", "es", "2025-03-08") == [
        ("5 mar", "2025-03-05")
    ]
    assert found("CUSCO, 12 feb. (Agencia Sur) - Nieva.", "es", "2025-03-08") == [
        ("12 feb.", "2025-02-12")
    ]
    assert found("Los pescadores vieron 5 mar adentro una ballena.", "es", "2025-03-08") == []
    assert found("LIMA, 5 mar: Llueve.", "es", "2025-03-08") == []
