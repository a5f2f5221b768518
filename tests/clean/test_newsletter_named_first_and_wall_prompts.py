"""Two chrome boxes met between or after paragraphs, written in shapes the
cue tables missed:

* a newsletter box that names itself before its call ("Newsletter Am Morgen:
  Abonnieren Sie …", "Boletín del mediodía: suscríbete …"): the call is a
  word of its own after the newsletter's name;
* a paywall prompt whose call and offer stand before the cue ("Đăng ký gói
  Plus để đọc tiếp …", "Subscribe today to continue reading …").

A sentence with the cue late in it stays body. Pages written for this test."""

from __future__ import annotations

import pytest

from .helpers import BODY_DE, BODY_EN, BODY_ES, BODY_VI, label_between, label_closing


@pytest.mark.parametrize(
    ("body", "line"),
    [
        (
            BODY_DE,
            "Newsletter Am Morgen: Abonnieren Sie unseren kostenlosen Überblick über die Region.",
        ),
        (BODY_ES, "Boletín del mediodía: suscríbete y recibe cada día las noticias de tu ciudad."),
        (
            BODY_EN,
            "Newsletter — The Weekend Read: sign up for our best long stories every Saturday.",
        ),
    ],
)
def test_a_newsletter_box_named_before_its_call_is_navigation(body, line):
    label, reasons = label_between(body, line)
    assert label == "navigation", (label, reasons)


@pytest.mark.parametrize(
    ("body", "line"),
    [
        (
            BODY_VI,
            "Đăng ký Thẻ Vàng để đọc tiếp bài viết và toàn bộ chuyên mục phân tích. Chỉ từ 39.000 đồng/tháng.",
        ),
        (BODY_EN, "Subscribe today to continue reading this story and every article on our site."),
    ],
)
def test_a_wall_prompt_with_its_call_before_the_cue_is_navigation(body, line):
    label, reasons = label_closing(body, line)
    assert label == "navigation", (label, reasons)


def test_a_sentence_with_the_wall_cue_late_stays_body():
    late = (
        "Người dân trong khu phố cho biết họ thường mua báo giấy vào buổi sáng rồi mang về nhà "
        "để đọc tiếp vào buổi tối cùng gia đình."
    )
    assert label_between(BODY_VI, late)[0] == "body"
