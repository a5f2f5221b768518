"""A Chinese page reads a person's name whole (周雨婷 -> zhouyuting); a Latin
page wrote the same name as two words, "Zhou Yuting", of which the surname
is too short for a skeleton and the given name's meets nothing: the one
name both pages share was lost. A pinyin surname followed by a given name
of pinyin syllables is read whole as well. Invented names and pages."""

from __future__ import annotations

from newsline.model import Document
from newsline.stories.anchors import (
    chinese_features,
    feature_counts,
    pinyin_full_names,
    skeleton,
)


def _k(name: str) -> str:
    return "k:" + skeleton(name)


def _anchors(lang: str, text: str) -> set[str]:
    doc = Document(id="x", source="x", text=text, lang=lang)
    return {a[0] for a in feature_counts(doc, text)["a"]}


def test_a_pinyin_full_name_meets_its_characters():
    zh = {f for f, _ in chinese_features("游泳名将周雨婷周三在决赛中夺冠。")[0]}
    assert _k("zhouyuting") in zh
    for lang, text in (
        ("en", "The swimmer Zhou Yuting won the final on Wednesday."),
        ("es", "La nadadora Zhou Yuting ganó la final el miércoles."),
        ("de", "Die Schwimmerin Zhou Yu-ting gewann am Mittwoch das Finale."),
    ):
        assert _k("zhouyuting") in _anchors(lang, text), lang


def test_only_a_surname_and_pinyin_given_name_are_read_whole():
    got = {s for _, s in pinyin_full_names("Coach Gao Feng and spokesman Deng Xiaowei spoke.")}
    assert got == {"Gao Feng", "Deng Xiaowei"}
    # near misses: no Chinese surname, a given name that is no pinyin, an
    # English word after a surname-like word, a lone surname
    assert pinyin_full_names("Real Betis beat Sevilla; He Said nothing; Ma Bell; Wang.") == []
    assert pinyin_full_names("Rafael Cuenca and Iker Montoya scored.") == []


def test_a_vietnamese_page_is_not_read_in_pinyin():
    # Vietnamese writes Chinese names in Sino-Vietnamese (Chu Vũ Đình), and its
    # own syllables look like pinyin ("Tan Hoa"): left to vietnamese_names
    text = "Ông Tan Hoa, phó giám đốc, cho biết."
    assert not any(f == _k("tanhoa") for f in _anchors("vi", text))


def test_long_adversarial_input():
    for text in ("Li " * 40_000, "Zhang Zhangzhangzhang" * 5_000, "A" * 100_000):
        assert isinstance(pinyin_full_names(text), list)
