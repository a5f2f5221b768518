"""A relative clause told in a past form between a future word and the date
-- "will compensate families who lost homes in March", "indemnizará a las
familias que perdieron su casa en marzo", "sẽ bồi thường cho các hộ bị mất
nhà trong tháng 3" -- owns the date, whatever its verb: the future word does
not put the month ahead. A clause in the present or the future ("who lose",
"who will be trained", "que pierdan", "que empezarán"), a future passive
("sẽ bị phạt", "sẽ không bị phạt", "và bị tước") and words that only end in
"bị" ("chuẩn bị", "trang bị") still look ahead."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2024-09-10"  # March ahead is nearer than March behind


def values(text, lang, pub=PUB):
    return [m.value for m in resolve_dates(text, lang, pub)]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "The state will compensate families who lost homes in March."),
        ("en", "The insurer will cover farmers that suffered losses in March."),
        ("en", "The board will review the loans that the bank approved in March."),
        ("en", "The firm will rehire workers who were laid off in March."),
        ("es", "El Estado indemnizará a las familias que perdieron su casa en marzo."),
        ("es", "La alcaldía ayudará a quienes se quedaron sin luz en marzo."),
        ("es", "El seguro cubrirá a los vecinos que ya fueron desalojados en marzo."),
        ("es", "El banco revisará los créditos que ha concedido en marzo."),
        ("en", "The state will repay residents whose homes flooded in March."),
        ("es", "El Gobierno compensará a los hogares cuyas casas se inundaron en marzo."),
        ("vi", "Nhà nước sẽ bồi thường cho các hộ bị mất nhà trong tháng 3."),
        ("vi", "Tỉnh sẽ hỗ trợ những người đã mất việc vào tháng 3."),
    ],
)
def test_a_past_relative_clause_keeps_its_date_behind(lang, text):
    assert values(text, lang) == ["2024-03"]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "The state will compensate families who lose homes in March."),
        ("en", "The firm will hire workers who will start in March."),
        ("en", "The firm will hire workers that will be trained in March."),
        ("en", "The council will vote on a plan that needs approval in March."),
        ("es", "El Estado indemnizará a las familias que pierdan su casa en marzo."),
        ("es", "La empresa contratará a trabajadores que empezarán en marzo."),
        ("en", "The state will repay residents whose homes will be rebuilt in March."),
        ("es", "El Gobierno compensará a los hogares cuyas casas se inunden en marzo."),
        ("vi", "Công ty sẽ bị phạt vào tháng 3."),
        ("vi", "Công ty sẽ không bị phạt vào tháng 3."),
        ("vi", "Bộ sẽ chuẩn bị kế hoạch vào tháng 3."),
        ("vi", "Trường sẽ trang bị máy tính mới vào tháng 3."),
        ("vi", "Người vi phạm sẽ bị phạt tiền và bị tước giấy phép vào tháng 3."),
    ],
)
def test_a_clause_not_told_as_past_still_looks_ahead(lang, text):
    assert values(text, lang) == ["2025-03"]
