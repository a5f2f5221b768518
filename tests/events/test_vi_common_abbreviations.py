"""Vietnamese abbreviations of common nouns and titles ("HLV" coach, "UBND"
people's committee, "CLB" club) are no name anchors: no other language
writes them, so they only made two reports of one match look as if they
named different people. Real acronyms stay. Sentences invented."""

from __future__ import annotations

from newsline.events.anchors import sentence_anchors


def test_common_abbreviations_are_no_names():
    a = sentence_anchors("Tối 2/1, thầy trò HLV Park đã thắng 2-1 trước CLB Bình Dương.", "vi")
    assert "name:hlv" not in a and "name:clb" not in a
    assert "name:park" in a
    b = sentence_anchors("Ngày 12/8, UBND tỉnh đã họp khẩn với Bộ Y tế và WHO.", "vi")
    assert "name:ubnd" not in b
    assert "name:who" in b


def test_acronyms_of_other_languages_are_unchanged():
    a = sentence_anchors("The coach of the CLB team met NATO officials.", "en")
    assert "name:nato" in a
