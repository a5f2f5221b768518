"""A Vietnamese day/month with no "ngày" after a deadline's words ("chậm
nhất 31/3", "hạn chót nộp hồ sơ là 30/6", "hạn cuối đăng ký là 15/8") is
that day (the words are looked for, as every such cue, in the 24 characters
before the date). A fraction stays none: after "trước" ("trước 3/4 khán giả"),
"hơn", or a score. Sentences written for these tests; published 2025-05-10."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates


def found(text):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, "vi", "2025-05-10")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Chậm nhất 15/7, các địa phương phải báo cáo kết quả.", [("15/7", "2025-07-15")]),
        ("Hạn chót đăng ký là 20/6.", [("20/6", "2025-06-20")]),
        ("Hạn cuối nộp thuế là 2/5.", [("2/5", "2025-05-02")]),
    ],
)
def test_deadline(text, want):
    assert found(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Đội chủ nhà thi đấu trước 3/4 khán giả là cổ động viên đội bạn.",
        "Hơn 2/3 số hộ dân đã nhận hỗ trợ.",
        "Tỷ số 2/1 nghiêng về đội khách.",
    ],
)
def test_fraction_stays_none(text):
    assert found(text) == []
