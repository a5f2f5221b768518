""" "this Saturday", "ce samedi", "thứ Bảy này" name the Saturday of the
current week -- ahead of a Wednesday publication, not the Saturday before
it ("this Monday" on a Wednesday is the Monday just gone). "this past" /
"this coming" keep their meaning. Sentences invented; published Wednesday
2024-07-03."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, "2024-07-03")]


@pytest.mark.parametrize(
    "lang,text,expect",
    [
        ("en", "The final kicks off at 8 p.m. this Saturday.", [("this Saturday", "2024-07-06")]),
        ("en", "This Monday, the coach was sacked.", [("This Monday", "2024-07-01")]),
        (
            "en",
            "The club sacked its coach this past Saturday.",
            [("this past Saturday", "2024-06-29")],
        ),
        ("fr", "La finale se jouera ce samedi à 20 h.", [("ce samedi", "2024-07-06")]),
        ("vi", "Trận chung kết diễn ra vào thứ Bảy này.", [("thứ Bảy này", "2024-07-06")]),
    ],
)
def test_this_weekday_is_of_the_current_week(lang, text, expect):
    assert found(text, lang) == expect


@pytest.mark.parametrize(
    "text",
    [
        # "thứ hai" is also "second": "this second point", "the second measure, afterwards"
        "Điều thứ hai này rất quan trọng đối với nhà đầu tư.",
        "Yếu tố thứ ba này quyết định kết quả trận đấu.",
        "Ngày 2/7 giá xăng giảm. Giải pháp thứ hai sau đó được áp dụng.",
    ],
)
def test_vietnamese_ordinal_before_nay_or_sau_do_is_no_weekday(text):
    assert [t for t, _ in found(text, "vi") if "thứ" in t.lower()] == []
