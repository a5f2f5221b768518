"""A shop's code to type at checkout, written after the word for "code" in
capitals and digits ("use code SAVE20", "nhập mã GIAM50"), with a
percentage off, on a line of a page about something else: an affiliate
advert even when the line holds none of BUY_NOW_CUES' phrases. Pages and
lines written for this file, in other languages and wordings than
heldout13's Spanish line. The positives failed before this file's commit;
a code that is the story's own news, a postal code, an acronym after
"code" stay clean."""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds

PAGES = {
    "en": (
        "The county will resurface 14 miles of rural roads this summer, starting with Route 9 in June.\n"
        "{a}\n"
        "Drivers should expect single-lane closures on weekdays between 9 a.m. and 3 p.m.\n"
    ),
    "vi": (
        "Sở Giao thông vận tải Hà Nội sẽ lắp thêm 120 camera giám sát giao thông trên các tuyến vành đai.\n"
        "{a}\n"
        "Hệ thống dự kiến hoạt động từ tháng 12 và được kết nối với trung tâm điều hành của thành phố.\n"
    ),
    "id": (
        "Pemerintah kota Bandung membuka tiga taman baru di kawasan utara yang dilengkapi jalur lari.\n"
        "{a}\n"
        "Taman tersebut dibuka setiap hari mulai pukul 06.00 hingga 21.00 WIB.\n"
    ),
    "fr": (
        "La ville de Lille prolonge jusqu'en mars la gratuité des transports le week-end pour les moins de 18 ans.\n"
        "{a}\n"
        "La mesure coûte environ 2 millions d'euros par an à la métropole, selon l'élu chargé des mobilités.\n"
    ),
}


@pytest.mark.parametrize(
    "page,advert",
    [
        ("en", "Gear up for the season: use code SAVE25 at checkout for 25% off everything."),
        ("vi", "Nhập mã GIAM50 khi thanh toán để được giảm 50% cho đơn hàng đầu tiên!"),
        ("id", "Belanja hemat! Pakai kode HEMAT25 dan dapatkan potongan 25% hari ini."),
        ("fr", "Profitez de -30 % sur toute la boutique avec le code ETE30, livraison offerte."),
    ],
)
def test_a_coupon_code_with_a_percentage_off_is_an_advert(page, advert):
    doc = flagged(PAGES[page].format(a=advert))
    found = kinds(doc, "spam")
    assert found, [f.reason for f in doc.flags]
    assert any(doc.text[f.start : f.end].strip() == advert for f in found)


@pytest.mark.parametrize(
    "page,line",
    [
        ("en", "Homes in ZIP code 90210 lost 12% of their value in a year, the report found."),
        (
            "fr",
            "Le code UE sur les emballages concerne 40 % des produits importés, selon la douane.",
        ),
    ],
)
def test_a_code_that_is_no_shop_code_stays_clean(page, line):
    doc = flagged(PAGES[page].format(a=line))
    assert not kinds(doc, "spam"), [f.reason for f in doc.flags]


def test_a_discount_announced_by_the_storys_subject_stays_clean():
    page = (
        "The city aquarium reopens on Saturday after a two-year renovation of its shark tunnel.\n"
        "Visitors who book online with the code REEF20 get 20% off tickets on opening weekend, the aquarium said.\n"
        "The aquarium expects 15,000 visitors in its first week.\n"
    )
    doc = flagged(page)
    assert not kinds(doc, "spam"), [f.reason for f in doc.flags]
