"""A newsletter box's line opening on a call to sign up and naming the
newsletter further on, whatever adjectives stand between ("Sign up to our
daily newsletter for the top stories"): set aside as the sign-up box. A
sentence about subscribers, or one that opens on a verb that is no call,
stays body. A line of hashtags only is the page's tag list, in any
language. Invented lines."""

from __future__ import annotations

import pytest

from .helpers import (
    BODY_EN,
    BODY_ES,
    BODY_FR,
    BODY_ID,
    BODY_TH,
    BODY_VI,
    label_between,
    label_closing,
)


@pytest.mark.parametrize(
    "body, line",
    [
        (BODY_EN, "Sign up to our free weekly newsletter for the best of the city's food and drink."),
        (BODY_ES, "Apúntate al boletín semanal de Cultura con la agenda del fin de semana."),
        (BODY_FR, "Inscrivez-vous à la newsletter du matin pour ne rien manquer de l'actualité locale."),
    ],
    ids=["en", "es", "fr"],
)
def test_a_call_to_sign_up_naming_the_newsletter_is_set_aside(body, line):
    for label, reasons in (label_closing(body, line), label_between(body, line)):
        assert label == "navigation", reasons


@pytest.mark.parametrize(
    "body, line",
    [
        (BODY_EN, "Subscribers to the council newsletter were told of the change last week, the mayor said."),
        (BODY_ES, "Recibe el premio la asociación de vecinos que edita desde 1998 el boletín del barrio."),
        (BODY_ID, "Daftar buletin cuaca yang dirilis BMKG pagi ini memuat peringatan hujan lebat di tiga provinsi."),
        (BODY_VI, "Đăng ký kinh doanh mới tăng mạnh, theo bản tin của Tổng cục Thống kê công bố sáng nay."),
    ],
    ids=["en-subscribers", "es-recibe", "id-daftar", "vi-dang-ky-kinh-doanh"],
)
def test_sentences_that_only_mention_a_newsletter_stay_body(body, line):
    label, reasons = label_between(body, line)
    assert label == "body", reasons


# --- a line of hashtags ---------------------------------------------------------

@pytest.mark.parametrize(
    "body, line",
    [
        (BODY_EN, "#CityPark #Renovation #Playground"),
        (BODY_TH, "#สวนสาธารณะ #เทศบาล #ปรับปรุง #ก่อสร้าง"),
        (BODY_VI, "#côngviên, #cảitạo, #HàNội"),
    ],
    ids=["en", "th", "vi"],
)
def test_a_line_of_hashtags_between_paragraphs_is_set_aside(body, line):
    label, reasons = label_between(body, line)
    assert label == "navigation", reasons


def test_hashtags_in_a_sentence_stay_body():
    line = "Residents shared photos under #CityPark all weekend, and the council answered many."
    assert label_between(BODY_EN, line)[0] == "body"


def test_bare_numbers_are_no_tag_list():
    label, reasons = label_between(BODY_EN, "#1 #2 #3")
    assert not any(r.startswith("hashtag list") for r in reasons), reasons
