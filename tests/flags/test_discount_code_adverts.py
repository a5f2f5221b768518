"""A shop's discount code planted in an article with the shop's address
("Gutscheincode … bei …-shop.de", "쿠폰코드 … 입력", "use coupon code … at
….store"): an affiliate advert, as a "buy now" line is. A story about
discount codes, or one naming a code with no shop to reach, is not. Pages
written for this file, in other sites' styles and languages than the held-out
set; the planted cases failed before the change (the code words were no call
to buy, and addresses under .shop/.store-like suffixes were no contact)."""

from __future__ import annotations

import pytest

from newsline.contacts import find_contact
from tests.flags.helpers import flagged, kinds

DE_POOL = (
    "Freibad in Kassel öffnet früher als geplant\n"
    "Das Auebad in Kassel öffnet bereits am 15. Mai, zwei Wochen früher als geplant, teilten die "
    "Städtischen Werke am Dienstag mit. Die Sanierung des Sprungturms ist abgeschlossen.\n"
    "{planted}\n"
    "Die Eintrittspreise bleiben unverändert bei 4,50 Euro für Erwachsene und 2 Euro für Kinder.\n"
)
KO_LIBRARY = (
    "구립도서관 야간 개관 시간 연장\n"
    "서울 마포구는 다음 달부터 구립도서관 다섯 곳의 야간 개관 시간을 밤 11시까지 연장한다고 밝혔다. "
    "시험 기간 학생들의 요청이 많았기 때문이다.\n"
    "{planted}\n"
    "구는 야간 운영에 필요한 인력을 추가로 채용할 계획이다.\n"
)
PT_FAIR = (
    "Feira do livro de Porto Alegre terá 200 expositores\n"
    "A 72.ª Feira do Livro de Porto Alegre, que começa no dia 30 na Praça da Alfândega, terá "
    "200 expositores e mais de 600 sessões de autógrafos, informou a organização.\n"
    "{planted}\n"
    "A entrada é gratuita e a feira funciona das 10h às 21h até 16 de novembro.\n"
)

PLANTED = [
    (
        DE_POOL,
        "Jetzt sparen: mit dem Gutscheincode SOMMER30 erhalten Sie 30 % auf alle Badeartikel bei bademode-outlet.shop!",
    ),
    (
        KO_LIBRARY,
        "오늘만 특가! 쿠폰코드 LIB2026 입력하면 전 상품 40% 할인, 무료배송 → bookmall-deal.store",
    ),
    (
        PT_FAIR,
        "Aproveite: use o cupom de desconto LIVRO15 e ganhe 15% em toda a loja livros-baratos.shop",
    ),
]


@pytest.mark.parametrize(("page", "advert"), PLANTED)
def test_discount_code_with_a_shop_is_spam(page: str, advert: str) -> None:
    doc = flagged(page.format(planted=advert))
    at = doc.text.index(advert)
    assert any(f.start <= at < f.end for f in kinds(doc, "spam")), [f.reason for f in doc.flags]


@pytest.mark.parametrize(
    "page",
    [
        # a story about fake discount codes: the article's own words
        (
            "Verbraucherzentrale warnt vor falschen Gutscheincodes\n"
            "Die Verbraucherzentrale Hessen warnt vor gefälschten Gutscheincode-Angeboten in sozialen "
            "Netzwerken, die zu Seiten führen, auf denen Kartendaten abgefragt werden.\n"
            "Ein Beispiel sei ein Beitrag mit dem Gutscheincode BLACK70 und einem Link auf "
            "rabatt-welt.shop, der nach der Eingabe der Kartennummer Geld abbuchte.\n"
            "Echte Gutscheincodes gebe es nur in den Apps oder auf den Seiten der Händler selbst, "
            "sagte eine Sprecherin der Verbraucherzentrale.\n"
        ),
        # a code named with no shop to reach
        PT_FAIR.format(
            planted="Estudantes pagam meia na compra dos livros com o código promocional "
            "ESTUDANTE, válido nos estandes participantes."
        ),
    ],
)
def test_discount_code_in_news_is_no_advert(page: str) -> None:
    doc = flagged(page)
    assert not kinds(doc, "spam"), [f.reason for f in doc.flags]


@pytest.mark.parametrize(
    ("text", "contact"),
    [
        ("bei bademode-outlet.shop bestellen", "bademode-outlet.shop"),
        ("Infos unter reise-info.biz", "reise-info.biz"),
    ],
)
def test_generic_suffixes_are_contacts(text: str, contact: str) -> None:
    assert find_contact(text) == contact
