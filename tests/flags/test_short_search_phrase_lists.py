"""A short SEO keyword block planted between paragraphs: five to seven search
phrases, two words or more of them in nearly every phrase ("emergency
plumber leeds, cheap emergency plumber leeds, ..."), read as spam below the
farm rule's eight phrases. Lists of names and tag lists share a word at
most, or are written capitalised. Pages written for this file; each
positive failed at 8500704."""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds, span

AROUND = {
    "en": (
        "The council has closed the footpath along the river for six weeks while the "
        "embankment is repaired after last winter's floods.",
        "Walkers are asked to use the diversion through the park, which adds about ten "
        "minutes to the route into town.",
    ),
    "vi": (
        "Thành phố sẽ đóng đường đi bộ ven sông trong sáu tuần để sửa chữa bờ kè bị sạt "
        "lở sau mùa mưa lũ năm ngoái.",
        "Người đi bộ được khuyến cáo đi đường vòng qua công viên, mất thêm khoảng mười phút.",
    ),
    "id": (
        "Pemerintah kota menutup jalur pejalan kaki di tepi sungai selama enam minggu untuk "
        "memperbaiki tanggul yang rusak akibat banjir.",
        "Pejalan kaki diminta memakai jalur alternatif melalui taman kota yang sedikit lebih "
        "jauh dari biasanya.",
    ),
}


@pytest.mark.parametrize(
    "lang, stuffed",
    [
        (
            "en",
            "emergency plumber leeds, cheap emergency plumber leeds, 24 hour plumber leeds "
            "emergency, best emergency plumber in leeds, leeds plumber emergency call out",
        ),
        (
            "vi",
            "mua nhà giá rẻ hà đông, mua nhà hà đông giá rẻ nhất, bán nhà giá rẻ hà đông "
            "chính chủ, mua nhà giá rẻ quận hà đông, nhà giá rẻ hà đông dưới 2 tỷ",
        ),
        (
            "id",
            "sewa mobil murah bandung, sewa mobil bandung murah lepas kunci, rental sewa mobil "
            "murah di bandung, sewa mobil murah bandung harian, harga sewa mobil bandung murah",
        ),
    ],
)
def test_a_short_keyword_block_between_paragraphs(lang, stuffed):
    before, after = AROUND[lang]
    doc = flagged(f"{before}\n{stuffed}\n{after}\n")
    spam = kinds(doc, "spam")
    assert len(spam) == 1, [f.reason for f in doc.flags]
    assert span(doc, spam[0]) == stuffed


@pytest.mark.parametrize(
    "lang, line",
    [
        # names: one shared word
        ("en", "Galaxy A56, Galaxy A36, Galaxy S25, Galaxy Z Fold7, Galaxy Z Flip7"),
        # names sharing two words, capitalised
        ("en", "New York Knicks, New York Rangers, New York Mets, New York Yankees, New York Jets"),
        # a tag list names different things
        (
            "vi",
            "Thẻ: bầu cử quốc hội, ngân sách nhà nước, giáo dục đại học, y tế cơ sở, giao thông đô thị",
        ),
        # a sentence with commas is prose
        (
            "id",
            "Warga membawa kursi, tikar, payung, makanan ringan, dan air minum ke tepi sungai.",
        ),
    ],
)
def test_lists_that_are_not_keyword_blocks(lang, line):
    before, after = AROUND[lang]
    doc = flagged(f"{before}\n{line}\n{after}\n")
    assert not kinds(doc, "spam"), [f.reason for f in doc.flags]
