"""Adverts written so that a filter misses them: an address spelled letter by
letter ("w w w . x . net", "w•w•w dot x dot com"), broken by zero-width
spaces, in full-width letters; a shop's call to buy beside its short link;
a loan "for the blacklisted" or a daily profit promised beside a messenger
id. Near misses that must stay clean: a story on "buy now, pay later" firms
giving a regulator's address, a news line on a bank's published rates, a
story quoting a scam's daily-profit pitch as evidence. Pages written for
this file in other sites' styles; each positive failed at eb8935f3."""

from __future__ import annotations

import pytest

from newsline.contacts import find_contact, written_out
from tests.flags.helpers import flagged, kinds, span

ZW = "\u200b"

EN_FERRY = (
    "The island ferry will run an extra evening crossing from June, the operator said on "
    "Monday, after complaints that the last boat left before most shops had closed.\n"
    "{a}\n"
    "The new 9.40pm sailing will be trialled for three months and kept if at least 60 "
    "passengers a night use it, according to the operator's board papers.\n"
)
PT_ESCOLA = (
    "A secretaria de Educação anunciou nesta terça-feira a reforma de 14 escolas "
    "estaduais na região metropolitana, com investimento de 38 milhões de reais.\n"
    "{a}\n"
    "As obras incluem a troca dos telhados, novas quadras cobertas e a instalação de "
    "ar-condicionado nas salas de aula, com conclusão prevista para o fim do ano.\n"
)
ID_PASAR = (
    "Pemerintah kabupaten mulai merenovasi pasar tradisional terbesar di kota itu, "
    "dengan anggaran 42 miliar rupiah yang dibagi dalam dua tahap pengerjaan.\n"
    "{a}\n"
    "Para pedagang untuk sementara dipindahkan ke lahan parkir di sebelah timur pasar "
    "hingga pembangunan gedung baru selesai pada akhir tahun depan.\n"
)
DE_BAD = (
    "Das Freibad im Stadtpark öffnet in diesem Sommer zwei Wochen früher als sonst, "
    "teilte die Stadtverwaltung am Mittwoch nach der Sitzung des Sportausschusses mit.\n"
    "{a}\n"
    "Der Eintritt bleibt bei vier Euro für Erwachsene; Kinder unter sechs Jahren "
    "schwimmen weiterhin kostenlos, wie der Ausschuss einstimmig beschloss.\n"
)
KO_VI_MARKET = (
    "Chợ đầu mối nông sản phía nam thành phố vừa được nâng cấp khu bán rau và trái cây, "
    "với tổng vốn đầu tư khoảng 120 tỷ đồng từ ngân sách và doanh nghiệp.\n"
    "{a}\n"
    "Ban quản lý chợ cho biết mỗi đêm có khoảng 1.500 tấn hàng hóa được đưa về đây "
    "trước khi phân phối đến các chợ lẻ và siêu thị trong thành phố.\n"
)


@pytest.mark.parametrize(
    ("text", "contact"),
    [
        ("Join now at w w w . megawinclub . net for bonuses", "w w w . megawinclub . net"),
        ("vào w•w•w chấm vuadoi chấm net nhé", "w•w•w chấm vuadoi chấm net"),
        ("besuche w-w-w punkt gluecksrad punkt de heute", "w-w-w punkt gluecksrad punkt de"),
        (f"Daftar di g{ZW}a{ZW}c{ZW}o{ZW}r{ZW}7{ZW}7 titik com sekarang", "gacor77 titik com"),
        ("สมัครเลย ＬＩＮＥ ＩＤ ＠ｓｌｏｔ７７７ ด่วน", "LINE ID @slot777"),
    ],
)
def test_addresses_spelled_apart_hidden_or_wide_are_read(text, contact):
    assert find_contact(text) == contact
    assert written_out(contact) or contact.startswith(("LINE", "@"))


@pytest.mark.parametrize(
    "text",
    ["The world wide web began as w w w in a lab", "The www of the nineties", "W W W."],
)
def test_three_ws_with_no_address_after_are_no_contact(text):
    assert find_contact(text) is None


@pytest.mark.parametrize(
    ("page", "ad", "anchor"),
    [
        # a comment-style get-rich line with its address spelled apart
        (
            EN_FERRY,
            (
                "Great post! I now earn money from home every week, check w w w . "
                "easyprofitdaily . net for details"
            ),
            "earn money from home",
        ),
        # a loan for people on the credit blacklist, with a messenger number
        (
            PT_ESCOLA,
            (
                "Empréstimo para negativados com dinheiro na conta no mesmo dia, chama no "
                "WhatsApp 21 97654-3210"
            ),
            "Empréstimo para negativados",
        ),
        # a daily profit promised, with the address broken by zero-width spaces
        (
            ID_PASAR,
            (
                f"Investasi kripto profit harian 3%, daftar di k{ZW}o{ZW}i{ZW}n{ZW}8{ZW}8 "
                "titik com sekarang"
            ),
            "profit harian",
        ),
        # an affiliate call to buy beside a short shop link
        (
            DE_BAD,
            (
                "Jetzt kaufen: der meistverkaufte Sonnenschirm mit 30 % Rabatt, nur heute "
                "unter amzn.eu/d/4kXq9Zt"
            ),
            "Jetzt kaufen",
        ),
        (
            KO_VI_MARKET,
            (
                "Mua ngay nồi chiên không dầu giảm 50%, số lượng có hạn, đặt hàng tại "
                "s.shopee.vn/7fGh2K"
            ),
            "Mua ngay",
        ),
        # a domain with no digit written "dot com", a word after it
        (
            EN_FERRY,
            "Grab 100 free spins every day at spinpalace dot com today, no card needed",
            "free spins",
        ),
    ],
    ids=[
        "en-comment",
        "pt-negativados",
        "id-zero-width",
        "de-affiliate",
        "vi-affiliate",
        "en-dot-com-no-digit",
    ],
)
def test_disguised_adverts_are_spam(page, ad, anchor):
    doc = flagged(page.format(a=ad))
    spam = kinds(doc, "spam")
    assert spam and anchor in span(doc, spam[0]), [f.reason for f in doc.flags]


@pytest.mark.parametrize(
    ("page", "line"),
    [
        # "buy now, pay later" as the news, with the regulator's address
        (
            EN_FERRY,
            (
                "The regulator said buy now, pay later lenders must register from January; "
                "details are at fca.org.uk/bnpl."
            ),
        ),
        # a bank's published rate with its hotline, no seller's pitch
        (
            PT_ESCOLA,
            (
                "O banco estadual oferece crédito para reforma de escolas a 1,2% ao mês; "
                "informações pelo telefone 0800 725 4000."
            ),
        ),
    ],
    ids=["en-bnpl-news", "pt-bank-rate"],
)
def test_news_lines_with_a_shop_word_and_an_address_stay_clean(page, line):
    doc = flagged(page.format(a=line))
    assert not kinds(doc, "spam"), [f.reason for f in doc.flags]
