"""More holidays kept on one Gregorian day each year, named instead of
dated: Candlemas ("la Chandeleur", 2 February), All Saints' Day, April
Fools' Day, "la fête du Travail" (1 May), "la fête de la musique" (21 June),
and Vietnam's national days named with "ngày" (doctors' 27/2, the press's
21/6, war invalids' and martyrs' 27/7, children's 1/6). Their year is read
as a year-less date's. The holidays or seasons named after them are not
the day ("les vacances de la Toussaint" stays out, as before)."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-05-20"


def values(text, lang, pub=PUB):
    return [m.value for m in resolve_dates(text, lang, pub)]


@pytest.mark.parametrize(
    "lang,text,expect",
    [
        (
            "fr",
            "Les ventes de farine ont bondi à la Chandeleur, selon les distributeurs.",
            "2025-02-02",
        ),
        ("fr", "Les syndicats ont défilé pour la fête du Travail dans 200 villes.", "2025-05-01"),
        ("fr", "La ville prépare la fête de la musique avec 40 scènes.", "2025-06-21"),
        ("en", "Parishes held candle processions at Candlemas.", "2025-02-02"),
        ("en", "The hoax was published on April Fools' Day.", "2025-04-01"),
        ("vi", "Nhân Ngày Thầy thuốc Việt Nam, bệnh viện đã khen thưởng 30 bác sĩ.", "2025-02-27"),
        ("vi", "Tòa soạn tổ chức gặp mặt nhân Ngày Báo chí Cách mạng Việt Nam.", "2025-06-21"),
        (
            "vi",
            "Tỉnh sẽ tặng quà gia đình chính sách dịp Ngày Thương binh - Liệt sĩ.",
            "2025-07-27",
        ),
        ("vi", "Nhà văn hóa sẽ mở cửa miễn phí vào Ngày Quốc tế Thiếu nhi.", "2025-06-01"),
    ],
)
def test_a_fixed_holiday_named_is_its_day(lang, text, expect):
    assert values(text, lang) == [expect]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "Les vacances de la Toussaint commencent bientôt."),
        ("fr", "Le travail de la fête foraine a repris."),
        ("vi", "Các thầy thuốc Việt Nam được đào tạo bài bản."),
    ],
)
def test_no_holiday_no_date(lang, text):
    assert values(text, lang) == []
