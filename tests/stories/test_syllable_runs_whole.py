"""A Latin name written a syllable at a time ("Mae Sot", "Ho Chi Minh") is
read as one name, as Thai and Chinese write it in one run (แม่สอด,
โฮจิมินห์, 胡志明) and Vietnamese pages are read (Nội Bài -> w:noibai).

Word by word, "Mae" and "Sot" have no skeleton of three consonant classes
and met nothing on a Thai page; joined, "maesot" reads k:mst as แม่สอด
does. The run replaces the words' own features (two Latin pages of two
stories of one district weigh it no more than before). Found on
benchmarks/data/bundle/bundle2 (Mae Sot, Shwe Lin); the names here are
other places and people.
"""

from __future__ import annotations

from newsline.stories.anchors import chinese_features, latin_names, thai_features


def feats(text: str, lang: str = "en") -> set[str]:
    return {f for f, _ in latin_names(text, lang)}


def test_a_name_of_one_syllable_words_is_read_whole():
    got = feats("Rescuers in Mae Rim district searched the stream on Tuesday.")
    assert {"w:maerim", "k:mlm"} <= got
    assert not {"w:mae", "w:rim"} & got  # in place of the words, not beside them


def test_the_whole_reading_meets_thai_and_chinese_script():
    en = feats("Police in Ho Chi Minh City arrested 12 suspects on Wednesday.")
    th = {f for f, _ in thai_features("ตำรวจนครโฮจิมินห์ จับกุมผู้ต้องสงสัย 12 คน")[0]}
    zh = {f for f, _ in chinese_features("越南胡志明市警方周三逮捕了12名嫌疑人。")[0]}
    assert "k:smn" in en & th & zh


def test_a_run_of_three_is_read_with_its_first_two():
    got = feats("Inspectors closed the Nam Khan Park resort on Friday.")
    assert {"w:namkhanpark", "k:nmkm", "k:nmkn"} <= got  # "namkhan": the park's name


def test_no_run_across_punctuation_a_line_or_longer_words():
    assert "w:maesot" not in feats("Police in Mae, Sot said so.")
    assert "w:maesot" not in feats("They met in Mae\nSot said so.")
    # a word of two syllables ends the run: each word read on its own
    got = feats("Officials from Chiang Rai and Phayao met Somchai Dee on Monday.")
    assert "w:chiangrai" in got  # two words of one syllable each
    assert not any(f.startswith("w:") and "somchai" in f and f != "w:somchai" for f in got)


def test_a_run_of_four_is_read_word_by_word():
    got = feats("A report by Tan Le Van Minh was cited.")
    assert {"w:van", "w:minh"} <= got
