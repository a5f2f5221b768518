"""A date inside a web address's path or a file name ("example.net/2025/04/02/
story", "minutes_2025-04-02.docx", "?day=2025-04-02") names a page or a file,
not a day the text tells of: no mention. The same date written in the prose,
or a date beside a slash that is no address ("1/3/2025 - 5/3/2025", "2024/25"),
is still read. Sentences written for these tests; published 2025-04-10."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-04-10"


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Read the minutes (council_minutes_2025-03-18.docx) on the intranet."),
        ("en", "Full story: https://news.example.net/2025/03/18/harbour-fire"),
        ("en", "Archived at archive.example.com/2024/11/05/polls, the page is gone."),
        ("en", "Results: https://elections.example.org/results?day=2025-03-18 (live)."),
        ("es", "Consulte el acta en www.ayto-ejemplo.es/actas/2025/03/18/pleno."),
        ("fr", "Le compte rendu (cr_2025-03-18.odt) est joint au courriel."),
        ("vi", "Xem văn bản tại https://baomau.vn/2025/03/18/thoi-su.html nhé."),
        ("th", "อ่านประกาศที่ www.ตัวอย่าง.example.th/2568/03/18/news"),
        ("zh", "全文见https://www.example.com.cn/2025/03/18/news.html。"),
        ("pt", "Veja a ata em www.exemplo.pt/2025/03/18/sessao."),
    ],
)
def test_a_date_in_an_address_or_a_file_name_is_none(lang, text):
    assert found(text, lang) == []


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        (
            "en",
            "The inquiry sat on 2025-03-18; its report (see inquiry_report.pdf) follows.",
            [("2025-03-18", "2025-03-18")],
        ),
        ("es", "La vista será el 2025/03/18, según el juzgado.", [("2025/03/18", "2025-03-18")]),
        ("fr", "Du 1/3/2025 au 5/3/2025, la route est fermée.", None),
        ("vi", "Từ ngày 1-5/4, đường bị cấm.", None),
    ],
)
def test_a_date_in_prose_stays(lang, text, expected):
    got = found(text, lang)
    assert got, text
    if expected is not None:
        assert got == expected
