"""Vietnamese writes an office, its country, then the holder's name
("Tổng thống Mỹ Joe Biden", "Thủ tướng Anh Keir Starmer"). Its everyday
one-syllable country names (Mỹ, Anh) are also people's names, so they are
read only before a word in lower case -- which missed the country whenever
the holder's name followed. After an office it is the country, as Chinese
(美国总统) and Thai (ประธานาธิบดีสหรัฐฯ) pages give it. Invented people
and sentences."""

from __future__ import annotations

import pytest

from newsline.stories.anchors import territories


def codes(text: str, lang: str) -> set[str]:
    return {c for c, _, _ in territories(text, lang)}


@pytest.mark.parametrize(
    ("vi", "zh", "th", "code"),
    [
        (
            "Tổng thống Mỹ Daniel Kalinda phát biểu hôm qua.",
            "美国总统卡林达昨天发表讲话。",
            "ประธานาธิบดีสหรัฐฯ แดเนียล คาลินดา กล่าวเมื่อวานนี้",
            "US",
        ),
        (
            "Thủ tướng Anh Daniel Kalinda phát biểu hôm qua.",
            "英国首相卡林达昨天发表讲话。",
            None,  # Thai อังกฤษ is also the English language: not read as the UK
            "GB",
        ),
    ],
)
def test_a_country_after_an_office_before_a_name_is_the_country(vi, zh, th, code):
    assert code in codes(vi, "vi") & codes(zh, "zh")
    if th:
        assert code in codes(th, "th")


@pytest.mark.parametrize(
    "vi",
    [
        "Hôm qua chị Mỹ Lan đi chợ.",  # a woman's name after a personal honorific
        "Ca sĩ Mỹ Tâm hát tối qua.",  # a singer's name after her trade
        "Cầu thủ Tuấn Anh ghi bàn.",
    ],
)
def test_a_name_that_is_no_office_s_country_stays_a_name(vi):
    assert not codes(vi, "vi")
