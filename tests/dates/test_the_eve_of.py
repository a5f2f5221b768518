"""The eve of a day: en "on the eve of the March 9 summit", vi "đêm trước
ngày khai giảng 5/9", zh "元旦前夕" / "劳动节前夕" (a day fixed every year) are
the day before (es "la víspera del", fr "la veille du" already were). A
happening with no day written after it ("on the eve of the vote", "the eve
of war", "hôm trước lễ khai mạc") names none, and vi "ngày trước" alone
("in the old days") stays none. Sentences written for these tests; published
2025-02-19."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-02-19"


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,eve,value",
    [
        (
            "en",
            "Farmers will block the ring road on the eve of the March 9 summit.",
            "the eve of",
            "2025-03-08",
        ),
        (
            "vi",
            "Đêm trước lễ khai giảng ngày 5/9, phụ huynh xếp hàng mua sách.",
            "Đêm trước",
            "2024-09-04",
        ),
        ("zh", "元旦前夕，市区多条道路实施交通管制。", "元旦前夕", "2024-12-31"),
        ("zh", "劳动节前夕，景区将发布客流预警。", "劳动节前夕", "2025-04-30"),
    ],
)
def test_the_eve_is_the_day_before(lang, text, eve, value):
    assert (eve, value) in found(text, lang)


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "On the eve of the vote, the party held a rally in the capital."),
        ("en", "On the eve of war, nobody in the village slept."),
        ("vi", "Hôm trước lễ khai mạc, trời mưa to."),
        ("vi", "Ngày trước, ở đây là ruộng lúa."),
    ],
)
def test_no_day_after_it_no_date(lang, text):
    assert found(text, lang) == []
