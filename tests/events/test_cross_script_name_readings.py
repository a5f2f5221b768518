"""A Chinese name meets the same name written by Vietnamese, Latin and Thai
pages. Event anchors read a Chinese name run by its plain pinyin only, so a
Chinese and a Vietnamese page reporting one happening the same day shared
only a country or two: Vietnamese writes a Chinese person by the
Sino-Vietnamese readings of the characters (王明华 Vương Minh Hoa), Latin
and Thai pages write the given name apart from the surname (Wang Minghua),
and a foreign name in characters renders foreign sounds with Mandarin's
nearest initials (博京 for Botin, like 普京 for Putin). The readings are the
story stage's (wordseg.han_viet, wordseg.foreign_name_readings), given as
``read:`` anchors that count once with their name. A story invented for
this test: on one day in one city, a rail agreement is signed (told in
Chinese, Vietnamese, English and Thai) and two other ministers meet about
gas (told in Chinese, Vietnamese and English)."""

from __future__ import annotations

import pytest

from newsline.events.anchors import sentence_anchors
from newsline.events.merge import merge_records
from newsline.model import Document

from .records import event_record, merge_documents

PAGES = {
    "zh-rail": "中国商务部长王明华3月11日在河内与越南工贸部长阮文成签署了铁路合作协议。",
    "zh-gas": "越南副总理陈国荣3月11日在河内会见了俄罗斯能源部长博京，双方讨论了天然气供应问题。",
    "vi-rail": (
        "Ngày 11/3, Bộ trưởng Thương mại Trung Quốc Vương Minh Hoa và Bộ trưởng Công Thương "
        "Việt Nam Nguyễn Văn Thành đã ký thỏa thuận hợp tác đường sắt tại Hà Nội."
    ),
    "vi-gas": (
        "Ngày 11/3, Phó Thủ tướng Trần Quốc Vinh đã tiếp Bộ trưởng Năng lượng Nga Anton Botin "
        "tại Hà Nội để bàn về nguồn cung khí đốt."
    ),
    "en-rail": (
        "Chinese Commerce Minister Wang Minghua and Vietnamese Industry Minister Nguyen Van "
        "Thanh signed a railway cooperation agreement in Hanoi on Tuesday."
    ),
    "en-gas": (
        "Vietnamese Deputy Prime Minister Tran Quoc Vinh met Russian Energy Minister Anton "
        "Botin in Hanoi on Tuesday to discuss gas supplies."
    ),
    "th-rail": (
        "นายหวัง หมิงหัว รัฐมนตรีพาณิชย์จีน ลงนามข้อตกลงความร่วมมือด้านรถไฟกับเวียดนามที่กรุงฮานอยเมื่อวันที่ 11 มีนาคม"
    ),
}


def _timeline(stories: str = "each"):
    # "each": every page in a story of its own (as the story stage may leave
    # pages whose names it could not read as one): three shared anchors are
    # needed; "one": all in one story; "none": no story known
    docs = [
        Document(
            id=k,
            source=f"https://{k}.news.example/a",
            text=t,
            lang=k[:2],
            published="2025-03-12",
            meta={"story_id": {"each": "story-" + k, "one": "hanoi", "none": None}[stories]},
        )
        for k, t in PAGES.items()
    ]
    return merge_documents(docs).finalize()["events"]


@pytest.mark.parametrize("stories", ["each", "one", "none"])
def test_each_happening_is_one_event_with_every_sources_quote(stories):
    # In one story (or none), the two happenings share the city and a
    # country, enough for one source's sentence to join another's: once each
    # happening is told by several sources, the names they agree on (two
    # ministers each) tell them apart
    events = _timeline(stories)
    assert all(e["date"] == "2025-03-11" for e in events)
    groups = sorted(sorted(s["doc_id"] for s in e["sources"]) for e in events)
    assert groups == [
        ["en-gas", "vi-gas", "zh-gas"],
        ["en-rail", "th-rail", "vi-rail", "zh-rail"],
    ]
    for e in events:
        for s in e["sources"]:
            assert s["quote"] == PAGES[s["doc_id"]]  # the original-language sentence


def test_chinese_name_readings_are_anchors_that_count_once():
    zh = sentence_anchors(PAGES["zh-rail"], "zh")
    assert "name:wangminghua" in zh
    assert "read:wangminghua=vuongminhhoa" in zh
    assert "read:wangminghua=minghua" in zh
    assert "read:ruanwencheng=nguyenvanthanh" in zh
    vi = sentence_anchors(PAGES["vi-rail"], "vi")
    # the names after the country written before them
    assert {"name:vuongminhhoa", "name:nguyenvanthanh", "name:hanoi"} <= set(vi)
    # a foreign name: 京 jing for a foreign "tin"
    assert "read:bojing=boting" in sentence_anchors(PAGES["zh-gas"], "zh")
    # two Chinese sentences naming one person share one name, not its readings too
    a = event_record("a", "王明华3月11日抵达河内。", "2025-03-11", "zh", story="x")
    b = event_record("b", "王明华说，合作前景广阔。", "2025-03-11", "zh", story="y")
    # (other stories need three shared anchors: a name and its readings are one)
    assert len(merge_records([a, b])) == 2


def test_a_foreign_name_in_characters_meets_its_latin_spelling():
    zh = event_record("z", "博京3月11日在莫斯科宣布天然气出口价格下调12%。", "2025-03-11", "zh")
    en = event_record(
        "e",
        "Energy minister Botin said on Tuesday gas export prices would fall.",
        "2025-03-11",
        "en",
        story="other",
    )
    # one name is not enough across stories ...
    assert len(merge_records([zh, en])) == 2
    en2 = event_record(
        "e",
        "Energy minister Botin said in Moscow on Tuesday gas export prices would fall 12%.",
        "2025-03-11",
        "en",
        story="other",
    )
    # ... the name read as Botin, Moscow and 12% are
    events = merge_records([zh, en2])
    assert len(events) == 1, [sentence_anchors(r, l) for r, l in ((zh["quote"], "zh"),)]


def test_a_chinese_leaders_name_meets_its_sino_vietnamese_reading():
    zh = event_record("z", "习近平抵达河内。", "2025-03-11", "zh", story=None)
    vi = event_record(
        "v", "Chủ tịch Trung Quốc Tập Cận Bình đến Hà Nội.", "2025-03-11", "vi", story=None
    )
    assert "read:xijinping=tapcanbinh" in zh["anchors"]
    # a person's name with a rarer surname: its given name as Latin pages write it
    assert "read:xijinping=jinping" in zh["anchors"]
    # a place is no person: no "given name" of 上海市
    assert not any(a.endswith("=haishi") for a in sentence_anchors("上海市宣布。", "zh"))
    assert len(merge_records([zh, vi])) == 1
