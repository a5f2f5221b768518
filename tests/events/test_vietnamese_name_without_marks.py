"""A Vietnamese name of several syllables written without its marks on a
page in another language ("Dien Bien Phu", "Ho Chi Minh City", "Tran Hung
Dao") gives the same joined name anchor as the Vietnamese page's run
("Điện Biên Phủ" -> dienbienphu), besides its single words, so the two meet.
Only capitalised words that are each one Vietnamese syllable join ("New
York", "San Jose" do not), and a stop word ("The") opens no run. story12
showed it on a French page; sentences written for the test in other places."""

from __future__ import annotations

import pytest

from newsline.events.anchors import sentence_anchors


def names(text, lang):
    return {a for a in sentence_anchors(text, lang) if a.startswith("name:")}


@pytest.mark.parametrize(
    "lang,text,vi_text,joined",
    [
        (
            "fr",
            "Les autorités ont bouclé Lang Son après un glissement de terrain.",
            "Chính quyền đã phong tỏa Lạng Sơn sau vụ sạt lở đất.",
            "name:langson",
        ),
        (
            "en",
            "Flooding closed schools in Ho Chi Minh City on Friday.",
            "Ngập lụt khiến các trường học ở Hồ Chí Minh phải đóng cửa.",
            "name:hochiminh",
        ),
        (
            "es",
            "El puente Tran Hung Dao se derrumbó en Nam Dinh.",
            "Cầu Trần Hưng Đạo bị sập ở Nam Định.",
            "name:tranhungdao",
        ),
    ],
)
def test_the_unmarked_name_meets_the_vietnamese_run(lang, text, vi_text, joined):
    assert joined in names(text, lang)
    assert joined in names(vi_text, "vi")


@pytest.mark.parametrize(
    "lang,text,absent",
    [
        (
            "en",
            "The mayor of New York met officials from San Jose.",
            {"name:newyork", "name:sanjose"},
        ),
        ("en", "The Tran Hung Dao bridge reopened.", {"name:thetranhungdao"}),
    ],
)
def test_other_capitalised_runs_do_not_join(lang, text, absent):
    assert not names(text, lang) & absent
