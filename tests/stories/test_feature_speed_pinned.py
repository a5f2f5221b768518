"""Story features stay exactly what they were while their computation is
made cheaper: the per-word tests of a Chinese page answered from caches and
in C (:func:`~newsline.stories.anchors._has_cjk`, ``_is_office``,
``_sounds_foreign``, ``_zh_place_stem``, sound characters tested as a set).

``pinned_feature_speed.json`` holds what commit 8500704 (before that work)
answered for each invented page below, in Chinese (Simplified and
Traditional: foreign names glued to the next word, offices before and
after names, a country's side, administrative places, near misses such as
an office word standing alone or after a measure word), Thai, Vietnamese,
English, Spanish, French and mixed scripts. Regenerate it only for a change
of behaviour, saying why (``python tests/stories/test_feature_speed_pinned.py``).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from newsline.model import Document
from newsline.stories.anchors import chinese_features, feature_counts

PINNED = Path(__file__).with_name("pinned_feature_speed.json")

TEXTS = {
    "zh_glued_names": (
        "zh",
        (
            "英国首相斯塔默称将访问安卡拉，埃尔多安则表示欢迎。斯诺登说他不知情，斯诺登表示将出庭。"
            "法国总统马克龙和王部长在北京会面，中方和泰方代表出席。四川省绵阳市北川县发生4.8级地震，"
            "县长刘志强说没有人员伤亡。约翰逊与普京通话，卡特基金会发表声明。"
        ),
    ),
    "zh_offices_near_miss": (
        "zh",
        (
            "总理府发表声明。他曾任总理，该部长拒绝评论，新总统宣誓就职。桌上放着一张总统照片。"
            "李总理会见了温总理的家人，习主席致电祝贺。美总统和韩总统通话。"
            "副国务卿舍曼抵达首尔，前国防部长奥斯汀出席会议。"
        ),
    ),
    "zh_traditional": (
        "zh",
        (
            "臺灣花蓮縣發生規模6.1地震，行政院長卓榮泰表示已啟動應變。美國國務卿布林肯致電慰問，"
            "日本首相石破茂也表達關切。約旦國王阿卜杜拉二世在安曼發表談話。"
        ),
    ),
    "zh_mixed_script": (
        "zh",
        (
            "苹果公司CEO Tim Cook周二在Cupertino表示，iPhone销量增长12.5%。"
            "据Reuters报道，欧盟EU将对Meta罚款12亿欧元。ソニー社長も東京で会見した。"
            "Nguyễn Văn An在河内接受采访。"
        ),
    ),
    "th_names": (
        "th",
        (
            "นายกรัฐมนตรีแพทองธาร ชินวัตร เดินทางไปกรุงโตเกียว พบกับนายชิเงรุ อิชิบะ นายกรัฐมนตรีญี่ปุ่น "
            "เมื่อวันที่ 12 มีนาคม 2568 ทั้งสองฝ่ายหารือเรื่องการค้ามูลค่า 3,500 ล้านบาท "
            "นายโดนัลด์ ทรัมป์ ประธานาธิบดีสหรัฐฯ แสดงความยินดี"
        ),
    ),
    "vi_names": (
        "vi",
        (
            "Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản Ito Naoki tại Hà Nội ngày 9/5. "
            "Ông Tô Lâm cho biết Việt Nam và Trung Quốc sẽ ký 14 văn kiện. "
            "Chủ tịch Trung Quốc Tập Cận Bình sẽ thăm Đà Nẵng vào Thứ Năm."
        ),
    ),
    "en_names": (
        "en",
        (
            "Flood Warning Issued For Three Provinces\n"
            "Prime Minister Keir Starmer met Recep Tayyip Erdogan in Ankara on Tuesday. "
            "NATO and the EU said 2,400 people were evacuated from Izmir. "
            "Liu Xiaoyan, a spokeswoman, said the Chinese side would help."
        ),
    ),
    "es_names": (
        "es",
        (
            "Reunión del Consejo en Madrid. El presidente de Chile, Gabriel Boric, llegó el 3 de marzo "
            "de 2025 a Bogotá para reunirse con Gustavo Petro. La reunión duró 4 horas y el BID "
            "anunció 250 millones de dólares."
        ),
    ),
    "fr_names": (
        "fr",
        (
            "Le président Emmanuel Macron a reçu Maurice Genevoix à l'Élysée. La Réunion a subi "
            "le cyclone Garance le 28 février, 5 morts selon la préfecture. L'ONU et l'OMS ont réagi."
        ),
    ),
    "de_one_locale_names": (
        "de",
        (
            "Die Regierung von Island und Irland beriet am 4. Mai in Berlin mit der Schweiz. "
            "Im Bericht über Grönland und Weißrussland nannte Minister Jonas Gahr Støre 3.200 Fälle."
        ),
    ),
    "en_one_locale_names": (
        "en",
        (
            "Gull Island Ferry Resumes\nThe ferry to Gull Island and Rhode Island resumed service; "
            "Irland and Island were named in a German report on Iceland and Ireland, and the "
            "Schweiz in a Swiss one."
        ),
    ),
    "mixed_ko_ru_ar": (
        "en",
        (
            "In Seoul, 윤석열 대통령 met 카터 전 대통령; Moscow's Путин spoke to Трамп. "
            "In Cairo, الرئيس السيسي welcomed the delegation of 1,200 people."
        ),
    ),
}


def _doc(key: str, lang: str, text: str) -> Document:
    return Document(id=key, source=key + ".txt", text=text, lang=lang)


def answers() -> dict:
    out = {}
    for key, (lang, text) in TEXTS.items():
        got: dict = {"features": feature_counts(_doc(key, lang, text), text)}
        if lang == "zh":
            names, words = chinese_features(text)
            got["chinese"] = [[list(n) for n in names], words]
        out[key] = got
    return out


@pytest.mark.parametrize("key", sorted(TEXTS))
def test_features_as_pinned(key):
    pinned = json.loads(PINNED.read_text("utf-8"))
    got = json.loads(json.dumps(answers()[key], ensure_ascii=False))
    assert got == pinned[key]


def test_word_tests_match_their_plain_forms():
    """The cached per-word tests answer as the tests they stand for."""
    from newsline.stories import anchors as A

    for w in [
        "总理",
        "前总理",
        "总理府",
        "斯诺",
        "登说",
        "沅陵县",
        "北川县",
        "美国",
        "abc",
        "",
        "ソニー",
    ]:
        assert A._has_cjk(w) == bool(A._CJK.search(w))
        assert A._is_office(w) == bool(A._ZH_OFFICE.fullmatch(w))
        assert A._sounds_foreign(w) == (
            len(w) >= A._ZH_SOUND_MIN
            and sum(c in A._ZH_SOUND_CHARS for c in w) >= A._ZH_SOUND_SHARE * len(w)
        )
        assert A._name_piece(w, "n") == (len(w) <= 2 and all(c in A._ZH_SOUND_CHARS for c in w))


def test_territory_candidates_leave_out_what_territories_skipped():
    """The names left out per language are those territories() passed over
    at every place a name may start: a name of one other locale, not English."""
    from newsline.stories import anchors as A

    by_prefix, display = A.territory_table()
    for lang in [None, *display]:
        got = A._territory_candidates(lang)
        for prefix, entries in by_prefix.items():
            want = [
                e for e in entries if not (e[2] is not None and lang and e[2] not in (lang, "en"))
            ]
            assert got.get(prefix, []) == want


if __name__ == "__main__":
    PINNED.write_text(
        json.dumps(answers(), ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
    )
    print(f"wrote {PINNED}", file=sys.stderr)
