"""A photo gallery inside the extractor's main text: a run of short
one-sentence lines, each beside its photo credit ('Photo: …', 'Ảnh: …',
'Foto: …') or after its counter ('3/12'). The captions were kept as article
text or set aside as headlines between set-aside blocks; with two pictures or
more laid out the same way each is a caption. Short paragraphs that are not
laid out so stay body. Pages written for this test."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY as BODY0
from tests.clean.helpers import BODY as BODY1
from tests.clean.helpers import classify_lines

BODY = {**BODY0, **BODY1}

GALLERIES = {
    # the credit closes each picture
    "en": [
        "Crowds gather at the reopened gates on Saturday morning.",
        "Photo: Anna Reyes",
        "A child tries the new climbing frame.",
        "Photo: Anna Reyes",
        "Volunteers plant trees along the eastern path.",
        "Photo: Tom Baker",
    ],
    "vi": [
        "Người dân xếp hàng vào công viên sáng thứ Bảy.",
        "Ảnh: Minh Quân",
        "Trẻ em vui chơi tại khu trò chơi mới.",
        "Ảnh: Minh Quân",
    ],
    # the credit opens each picture
    "id": [
        "Foto: Rudi Hartono",
        "Warga memadati gerbang taman yang dibuka kembali.",
        "Foto: Rudi Hartono",
        "Anak-anak mencoba wahana bermain yang baru.",
        "Foto: Sari Wulandari",
        "Relawan menanam pohon di sepanjang jalur timur.",
    ],
    # a credit closing on the photographer's mark ('… 摄')
    "zh": [
        "市民在新建成的口袋公园里散步。",
        "图片来源：江南晚报 王芳 摄",
        "孩子们在公园的游乐区玩耍。",
        "图片来源：江南晚报 王芳 摄",
    ],
    # counters open each picture; the last caption has no mark after it
    "es": [
        "1/12",
        "Vecinos entran al parque reabierto el sábado.",
        "2/12",
        "Un niño prueba los nuevos columpios.",
        "3/12",
        "Voluntarios plantan árboles junto al camino.",
    ],
}


@pytest.mark.parametrize("lang", sorted(GALLERIES))
def test_each_short_line_of_a_gallery_is_a_caption(lang):
    b, gallery = BODY[lang], GALLERIES[lang]
    got = classify_lines([b[0], b[1], *gallery, b[2], b[3]])
    marks = ("Photo:", "Ảnh:", "Foto:", "图片来源")
    for line in gallery:
        if line.startswith(marks) or line[0].isdigit():
            continue  # the credit or counter
        assert got[line][0] == "caption", (line, got[line])
    assert all(got[p][0] == "body" for p in b), [got[p] for p in b]


def test_short_paragraphs_beside_one_credit_stay_body():
    b = BODY["en"]
    short = [
        "The park reopens on Saturday.",
        "Entry will be free for the first month.",
        "Dogs must be kept on a lead.",
    ]
    lines = [b[0], "Photo: Anna Reyes", short[0], short[1], short[2], b[1], b[2], b[3]]
    got = classify_lines(lines)
    for p in [*b, *short]:
        assert got[p][0] == "body", (p, got[p])


def test_two_credits_far_apart_make_no_gallery():
    b = BODY["fr"]
    s1 = "Le parc rouvrira samedi matin."
    s2 = "L'entrée sera gratuite le premier mois."
    lines = [b[0], s1, "Photo : Julie Martin", b[1], b[2], s2, "Photo : Julie Martin", b[3]]
    got = classify_lines(lines)
    for p in [*b, s1, s2]:
        assert got[p][0] == "body", (p, got[p])


def test_lines_of_two_sentences_beside_credits_stay_body():
    # a gallery's captions are one sentence each; two sentences are the
    # article's short paragraphs, whatever stands between them
    b = BODY["en"]
    short = [
        "The park reopens on Saturday. Entry is free.",
        "Dogs must be kept on a lead. Bikes are allowed.",
    ]
    lines = [b[0], b[1], short[0], "Photo: Anna Reyes", short[1], "Photo: Tom Baker", b[2], b[3]]
    got = classify_lines(lines)
    for p in short:
        assert got[p][0] == "body", (p, got[p])
