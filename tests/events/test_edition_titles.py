"""A bulletin's or digest's own title naming its edition's day ("Bản tin
TP.HCM tối 12/1", held-out story10) is the page's day, no happening: it
gives no event, and the bulletin's items keep theirs. Titles written for
these tests in other outlets' styles and languages. Near misses: a sentence
that names a bulletin and tells something, and one that goes on after the
date."""

from __future__ import annotations

import pytest

from tests.events.records import extract_from_text


@pytest.mark.parametrize(
    "lang,title,body,published,dates",
    [
        (
            "vi",
            "Bản tin Đà Nẵng sáng 3/5",
            "Hội đồng thành phố Đà Nẵng đã thông qua quy hoạch cảng mới vào ngày 2/5/2031.",
            "2031-05-03",
            ["2031-05-02"],
        ),
        (
            "en",
            "Morning briefing Port Alder Harbour, May 3",
            "The city council of Port Alder approved the new harbour plan on Friday, May 2.",
            "2031-05-03",
            ["2031-05-02"],
        ),
        (
            "es",
            "Boletín informativo de Puerto Alder del 3 de mayo",
            "El concejo municipal de Puerto Alder aprobó el viernes 2 de mayo el nuevo plan.",
            "2031-05-03",
            ["2031-05-02"],
        ),
        (
            "fr",
            "Flash info Port-Alder du soir, 3 mai 2031",
            "Le conseil municipal de Port-Alder a adopté vendredi 2 mai le nouveau plan du port.",
            "2031-05-03",
            ["2031-05-02"],
        ),
        (
            "zh",
            "新闻早报｜波特奥尔德港区5月3日",
            "波特奥尔德市议会2031年5月2日批准了新的港口规划。",
            "2031-05-03",
            ["2031-05-02"],
        ),
        (
            "th",
            "สรุปข่าวเช้าพอร์ตอัลเดอร์ 3 พ.ค. 2574",
            "สภาเมืองพอร์ตอัลเดอร์อนุมัติแผนท่าเรือใหม่เมื่อวันที่ 2 พ.ค. 2574",
            "2031-05-03",
            ["2031-05-02"],
        ),
    ],
)
def test_a_bulletins_title_gives_no_event(lang, title, body, published, dates):
    evs = extract_from_text(title + "\n\n" + body, lang, published=published)
    assert sorted(e.date for e in evs) == dates


@pytest.mark.parametrize(
    "lang,text,dates",
    [
        # the bulletin is what happened: it was issued on the day
        (
            "en",
            "The weather office issued a storm bulletin for the coast on May 2.",
            ["2031-05-02"],
        ),
        # an edition's name opens it, and the sentence goes on after the date
        (
            "vi",
            "Bản tin thời tiết ngày 2/5 cảnh báo mưa lớn kéo dài ở các tỉnh miền Trung.",
            ["2031-05-02"],
        ),
    ],
)
def test_a_sentence_naming_a_bulletin_stays(lang, text, dates):
    evs = extract_from_text(text, lang, published="2031-05-03")
    assert sorted(e.date for e in evs) == dates
