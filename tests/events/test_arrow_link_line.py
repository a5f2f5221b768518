"""A line led by an arrow and ending with no full stop is a link to another
page, no statement: ">> Suivre les informations syriennes de ce vendredi en
direct" on a cl-tls page (events_audit audit2) made an event of that
Friday. Its page's statements of the day stay events; an arrow opening a
finished sentence, and a single "»" opening a quotation, are no link.
Pages written for these tests, in other sites' styles and languages."""

from __future__ import annotations

import pytest

from .records import extract_from_text

PUB = "2024-05-18"  # a Saturday

LINKS = [
    (
        "fr",
        (
            "Le président a parlé vendredi à Damas.\n"
            ">> Suivre les informations syriennes de ce vendredi en direct\nLa suite demain."
        ),
    ),
    (
        "vi",
        (
            "Trận đấu diễn ra tối thứ Bảy tại Mỹ Đình.\n"
            "► Xem trực tiếp trận đấu tối thứ Bảy trên kênh VTV6\nKết quả sẽ được cập nhật."
        ),
    ),
    ("zh", "5月17日，外交部在北京举行了记者会。\n▶ 5月17日外交部记者会全程回放\n更多内容请关注。"),
    (
        "en",
        (
            "The minister spoke on Friday in Lagos.\n"
            "→ Watch Friday's press conference in full\nMore to follow."
        ),
    ),
    (
        "es",
        (
            "El ministro habló el viernes en Lima.\n"
            "►► Vea la conferencia del viernes completa\nMás información pronto."
        ),
    ),
    ("th", "รัฐมนตรีแถลงข่าวเมื่อวันศุกร์ที่กรุงเทพฯ\n▶ ชมการแถลงข่าววันศุกร์ฉบับเต็ม\nติดตามต่อ"),
]


@pytest.mark.parametrize("lang,text", LINKS)
def test_an_arrow_led_link_line_makes_no_event(lang, text):
    quotes = [text[e.start : e.end] for e in extract_from_text(text, lang, PUB)]
    assert len(quotes) == 1, (lang, quotes)  # the statement before it only
    assert not quotes[0].lstrip().startswith((">", "►", "▶", "→")), (lang, quotes)


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "→ On Friday the minister resigned in Lagos after a week of protests."),
        ("de", "»Am Freitag haben wir gewonnen«, sagte der Trainer in Berlin"),
    ],
)
def test_a_finished_sentence_or_a_quotation_is_still_an_event(lang, text):
    assert [e.date for e in extract_from_text(text, lang, PUB)] == ["2024-05-17"]
