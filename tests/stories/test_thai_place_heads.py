"""A Thai place word's one-syllable head is read with the word after it:
อำเภอแม่สอด is แม่|สอด ("mother" and "insert") to the tokeniser, and the
name is the two, แม่สอด, "maesot" (k:mst), as Latin pages write it (Mae
Sot), not แม่ alone, whose skeleton is too short to meet any and whose
"mae" opens other places' names too. A longer first word is a name of its
own (เชียงใหม่), and a stopword ends the name. Found on
benchmarks/data/bundle/bundle2; the sentences here are invented."""

from __future__ import annotations

from newsline.stories.anchors import thai_features
from newsline.wordseg import thai_titled_names


def test_a_thai_place_words_one_syllable_head_takes_the_next_word():
    assert thai_titled_names("ผู้กำกับการตำรวจภูธรอำเภอแม่สอด เปิดเผยว่า".split()) == ["แม่สอด"]
    assert ("k:mst", "แม่สอด") in thai_features("นายอำเภอแม่สอด กล่าวว่า")[0]
    # a longer name stays whole and alone; a stopword ends the name
    assert thai_titled_names(["จังหวัดเชียงใหม่จัดงานกล้วยไม้"]) == ["เชียงใหม่"]
    assert thai_titled_names(["จังหวัดตากเมื่อวันที่"]) == ["ตาก"]
