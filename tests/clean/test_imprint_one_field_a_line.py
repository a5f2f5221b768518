"""A publisher's imprint printed one field a line under the article, with no
number ("Chịu trách nhiệm xuất bản: …", "Responsable de la publication : …",
"Herausgeber: …", "地址：…"), and its postal address are the footer. A field
alone on its line was no imprint (two on one line were asked), so these were
set aside as related headlines or menu lines after the article, kept as a
subheading, or the phone taken for a publish stamp. Pages written for this
test in Vietnamese, French, German, Chinese and English newspapers' styles."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY, classify_lines

IMPRINTS = {
    "vi": [
        "Chịu trách nhiệm xuất bản: Nguyễn Văn An",
        "Tổng biên tập: Trần Thị Bình",
        "Địa chỉ: 123 Đường Lê Lợi, Quận 1, TP. Hồ Chí Minh",
        "Điện thoại: 028 3822 1234",
    ],
    "fr": [
        "Responsable de la publication : Jean Martin",
        "12 rue de la République, 69002 Lyon",
        "Tous droits réservés",
    ],
    "de": [
        "Herausgeber: Rheinland Medien",
        "Chefredakteur: Thomas Becker",
        "Hauptstraße 12, 50667 Köln",
    ],
    "zh": ["版权所有 南江日报社", "地址：南江市人民路88号", "联系电话：0571-88886666"],
    "en": [
        "Publisher: Harbour Media Group",
        "12 Harbour Street, Portsmouth PO1 2AB",
        "Editor-in-chief: Jane Smith",
    ],
}
HEADLINES = {
    "vi": "Công viên trung tâm sẽ được cải tạo từ tháng tới",
    "fr": "Le parc central sera rénové dès le mois prochain",
    "de": "Zentralpark wird ab nächstem Monat saniert",
    "zh": "中心公园改造工程下月初动工",
    "en": "Park renovation to start next month",
}


@pytest.mark.parametrize("lang", sorted(IMPRINTS))
def test_imprint_fields_and_address_under_the_article_are_the_footer(lang):
    got = classify_lines([HEADLINES[lang], *BODY[lang], *IMPRINTS[lang]])
    assert all(got[p][0] == "body" for p in BODY[lang]), [got[p] for p in BODY[lang]]
    assert all(got[t][0] == "footer" for t in IMPRINTS[lang]), [got[t] for t in IMPRINTS[lang]]


def test_a_field_between_paragraphs_stays_the_articles():
    # a book review's facts box between paragraphs: the article's
    body = BODY["en"]
    box = "Publisher: Harbour Books"
    got = classify_lines([HEADLINES["en"], body[0], body[1], box, body[2], body[3]])
    assert got[box][0] != "footer", got[box]


def test_an_address_with_no_footer_beside_it_stays():
    # an address closing a report, no imprint or copyright beside it
    body = BODY["en"]
    addr = "Central Park Pavilion, 12 Harbour Street"
    got = classify_lines([HEADLINES["en"], *body, addr])
    assert got[addr][0] != "footer", got[addr]


def test_chinese_labels_glued_to_the_words_before_them():
    # Chinese writes a field's label unspaced after other words
    # ("违法和不良信息举报电话："), and the unit's labels end in 单位
    lines = ["主办单位：南江日报社", "违法和不良信息举报电话：0571-12345678"]
    got = classify_lines([HEADLINES["zh"], *BODY["zh"], *lines])
    assert all(got[t][0] == "footer" for t in lines), [got[t] for t in lines]


def test_a_vietnamese_head_office_line_is_the_footer():
    lines = ["Cơ quan chủ quản: UBND thành phố", "Trụ sở: 45 Trần Phú, Hải Châu, Đà Nẵng"]
    got = classify_lines([HEADLINES["vi"], *BODY["vi"], *lines])
    assert all(got[t][0] == "footer" for t in lines), [got[t] for t in lines]
