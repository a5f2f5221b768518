"""An update or edit stamp written into the text dates the page's edit, no
happening: "Updated 14:05, March 13, 2025", "This article was updated on
March 13, 2025 to correct ...", "Mis à jour le 13 mars 2025 à 14h05",
"Actualizado el 13/03/2025 a las 14:05 horas", "Cập nhật lúc 14:05 ngày
13/3/2025", "更新时间：2025年3月13日 14:05", "อัปเดตล่าสุด 13 มี.ค. 2568". Where the
stamp shares a line with the text the cleaner cannot set it aside, and it
became an event of its own. Something updated ("The software was updated on
Tuesday", "Hệ thống được cập nhật ngày 3/3") still is a happening.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from .records import extract_from_text

PUB = "2025-03-14"


def dates(text, lang):
    return [e.date for e in extract_from_text(text, lang, PUB)]


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Mis à jour le 13 mars 2025 à 14h05. Le parquet a fait appel de la décision.", "fr"),
        ("Actualizado el 13/03/2025 a las 14:05 horas. La Fiscalía recurrió la sentencia.", "es"),
        (
            (
                "This article was updated on March 13, 2025 to correct the name of the judge "
                "who presided over the hearing."
            ),
            "en",
        ),
        ("Cập nhật lúc 14:05 ngày 13/3/2025 theo thông tin mới nhất từ tòa án về phiên xử.", "vi"),
        ("更新时间：2025年3月13日 14:05 本文根据法院最新通报对涉案金额进行了更正。", "zh"),
    ],
)
def test_an_update_stamp_is_no_event(text, lang):
    assert dates(text, lang) == []


@pytest.mark.parametrize(
    "text,lang,date",
    [
        (
            "The software was updated on March 11 after hackers stole customer data.",
            "en",
            "2025-03-11",
        ),
        (
            "Updated on Tuesday, the software blocked the attack from the hackers.",
            "en",
            "2025-03-11",
        ),
        ("Hệ thống được cập nhật ngày 3/3 sau khi bị tin tặc tấn công.", "vi", "2025-03-03"),
    ],
)
def test_something_updated_is_still_an_event(text, lang, date):
    assert dates(text, lang) == [date]


@pytest.mark.parametrize(
    "text,lang",
    [
        (
            (
                "Correction, March 13, 2025: An earlier version of this article gave the "
                "wrong name for the operator of the dam."
            ),
            "en",
        ),
        (
            (
                "Rectificatif, 13 mars 2025 : une version précédente de cet article "
                "indiquait un mauvais chiffre."
            ),
            "fr",
        ),
        ("Đính chính ngày 13/3/2025: bài viết trước đó ghi sai tên của bị cáo trong vụ án.", "vi"),
    ],
)
def test_a_dated_correction_note_is_no_event(text, lang):
    # the English form is how a real page of the article-extraction set wrote it
    assert dates(text, lang) == []


def test_a_correction_s_own_facts_and_a_market_correction_stay():
    text = (
        "Correction: An earlier version of this story misstated the date of the hearing, "
        "which took place on March 10."
    )
    assert dates(text, "en") == ["2025-03-10"]
    market = "The correction on March 3 wiped 10% off the index in a single trading session."
    assert dates(market, "en") == ["2025-03-03"]
