"""A foreign name Chinese writes with the middle dot between its parts
(他那功·乌泰, a Thai engineer; 惠特利 after a dot) is read as a name even
where the tagger's dictionary knows none of its parts: jieba cut 他|那|功
and 惠|特利 into pronouns and common words, so the Chinese sentence had no
name and a Chinese and a Latin page telling one happening on a day that
held two happenings of the story stayed apart. Pages and names invented for
this test (a port in Songkhla, a Filipino and a Thai official)."""

from __future__ import annotations

from newsline.events.anchors import sentence_anchors
from newsline.model import Document

from .records import merge_documents

PAGES = {
    "zh": (
        "宋卡深水港工程师他那功·乌泰5月6日宣布，二号码头停止夜间装卸作业。"
        "海警5月6日在港外海域救起9名渔民。"
    ),
    "en": (
        "Songkhla deep-sea port engineer Thanakorn Uthai said on May 6 that night loading at "
        "berth two would stop. The marine police rescued nine fishermen outside the port on May 6."
    ),
}


def _parts(text: str) -> list[str]:
    from newsline.events.anchors import _dotted_name_parts

    return _dotted_name_parts(text)


def _events():
    docs = [
        Document(
            id=f"port-{lang}",
            source=f"https://{lang}.news.example/port",
            text=text,
            lang=lang,
            published="2025-05-07",
            meta={"story_id": "port"},
        )
        for lang, text in PAGES.items()
    ]
    return merge_documents(docs).finalize()["events"]


def test_dotted_name_the_tagger_cuts_apart_is_read():
    anchors = sentence_anchors("工程师他那功·乌泰5月6日宣布停止作业。", "zh")
    assert "name:tanagong" in anchors


def test_dotted_name_meets_its_latin_spelling_in_the_merge():
    events = _events()
    announce = next(e for e in events if any("Thanakorn" in s["quote"] for s in e["sources"]))
    assert sorted(s["doc_id"] for s in announce["sources"]) == ["port-en", "port-zh"]


def test_dotted_name_parts_after_the_dot_run_to_the_next_word():
    # 惠|特利: the words after the dot's first continue the part
    assert _parts("与马蒂亚斯·惠特利会面") == ["马蒂亚斯", "惠特利"]
    assert _parts("法国总统埃马纽埃尔·马克龙表示") == ["埃马纽埃尔", "马克龙"]


def test_the_words_before_a_dotted_name_stay_out_of_it():
    # an office (港务局|长) or a particle before the name is not its opening
    assert _parts("港务局长阿努查·乔玛尼11日宣布。")[0] == "阿努查"
    assert _parts("据他那功·乌泰说")[0] == "他那功"


def test_dots_that_join_no_name():
    # a date (3·15), two places paired (中国·东盟), a numeral and a measure word
    assert _parts("会议于3·15开幕") == []
    assert _parts("中国·东盟博览会今天开幕") == []
    assert _parts("这是一个·号") == []
    assert _parts("今天没有圆点的句子") == []


def test_the_other_happening_of_the_day_stays_apart():
    events = _events()
    rescue = next(e for e in events if any("fishermen" in s["quote"] for s in e["sources"]))
    assert not any("Thanakorn" in s["quote"] or "他那功" in s["quote"] for s in rescue["sources"])


def test_long_dotted_input_is_linear():
    text = ("他那功·" * 20000) + "乌泰"
    assert isinstance(_parts(text[:100_000]), list)
