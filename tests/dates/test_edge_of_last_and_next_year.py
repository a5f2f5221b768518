"""The end or the start of last or next year -- "the end of last year",
"late last year", "early next year", "cuối năm ngoái", "đầu năm sau",
"ปลายปีที่แล้ว", "ต้นปีหน้า", "去年底", "明年初", "a finales del año pasado",
"a comienzos del próximo año", "fin de l'année dernière", "début de l'an
prochain" -- is that year's last or first month, as "the end of the year" is
the publication year's December. A possessive ("the end of last year's
season") or the last months of the year ("3 tháng cuối năm ngoái") are not
an edge month."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2024-09-10"


def values(text, lang, pub=PUB):
    return [m.value for m in resolve_dates(text, lang, pub)]


@pytest.mark.parametrize(
    "lang,text,expect",
    [
        ("en", "Late last year, the carrier cut 300 jobs.", "2023-12"),
        ("en", "The mill reopened at the beginning of last year.", "2023-01"),
        ("en", "Shares slid early last year.", "2023-01"),
        ("en", "The bridge will open early next year.", "2025-01"),
        ("en", "The levy ends at the close of next year.", "2025-12"),
        ("vi", "Hợp tác xã được thành lập vào đầu năm ngoái.", "2023-01"),
        ("vi", "Cây cầu sẽ thông xe vào cuối năm sau.", "2025-12"),
        ("vi", "Hết năm trước, nợ xấu tăng mạnh.", "2023-12"),
        ("th", "ปลายปีที่แล้ว ยอดส่งออกข้าวลดลง", "2023-12"),
        ("th", "ต้นปีที่ผ่านมา ค่าเงินบาทอ่อนตัว", "2023-01"),
        ("zh", "去年底，该市房价开始回落。", "2023-12"),
        ("zh", "新机场预计明年初投入使用。", "2025-01"),
        ("es", "A fines del pasado año, la planta cerró.", "2023-12"),
        ("es", "La línea se abrirá a comienzos del año que viene.", "2025-01"),
        ("fr", "Au début de l'an dernier, l'usine a fermé.", "2023-01"),
        ("fr", "La ligne ouvrira à la fin de l'année prochaine.", "2025-12"),
    ],
)
def test_the_edge_of_last_or_next_year_is_its_month(lang, text, expect):
    assert values(text, lang) == [expect]


def test_this_year_later_in_the_sentence_does_not_move_it():
    text = "He was fired late last year, and this year he sued."
    assert values(text, "en")[0] == "2023-12"


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "At the end of last year's season, the coach retired."),
        ("en", "Its start last year was slow."),
        ("vi", "Doanh thu 3 tháng cuối năm ngoái tăng mạnh."),
        ("zh", "前年底，公司宣布裁员。"),
    ],
)
def test_no_edge_month_without_an_edge_of_that_year(lang, text):
    assert not any(v.endswith(("-12", "-01")) for v in values(text, lang))
