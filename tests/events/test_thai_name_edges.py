"""A transliterated foreign name in Thai is read from the run of short or
unknown pieces the word splitter leaves; a short dictionary word glued to
either end of the run is a function word, not part of the name:
"โรงงานทอผ้าฮวาเซินในจังหวัด..." (the Hoa Sen mill in the province) gave
"hwasoennai" ("... in"), which matched no other language's "Hoa Sen".
Sentences written for these tests."""

from __future__ import annotations

from newsline.events.anchors import sentence_anchors


def test_a_function_word_after_a_name_is_not_part_of_it():
    a = sentence_anchors("เกิดเหตุเพลิงไหม้ที่โรงงานทอผ้าฮวาเซินในจังหวัดบิ่ญเซือง", "th")
    assert "name:hwasoen" in a
    assert not any(x.startswith("name:hwasoenn") for x in a)


def test_names_without_glued_words_stay():
    assert "name:weloria" in sentence_anchors("สำนักงานสถิติแห่งชาติเวโลเรียเปิดเผย", "th")
