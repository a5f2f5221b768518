"""Events: sentences, anchors, extraction from kept blocks, merging across languages."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsline.dates import ResolveDates
from newsline.events import (
    ExtractEvents,
    MergeEvents,
    merge_records,
    sentence_anchors,
    split_sentences,
)
from newsline.events.anchors import name_similarity, skeleton
from newsline.model import Block, Document


def make_doc(doc_id, text, lang, published=None, teaser=None, story=None):
    blocks = []
    if teaser:
        a = text.index(teaser)
        blocks = [Block(0, a, "body", lang), Block(a, a + len(teaser), "related", lang)]
        if a + len(teaser) < len(text):
            blocks.append(Block(a + len(teaser), len(text), "body", lang))
    return Document(
        id=doc_id,
        source=f"https://{doc_id}.example/a",
        text=text,
        lang=lang,
        published=published,
        blocks=blocks,
        meta={"story_id": story} if story else {},
    )


def run(docs):
    stats = Counter()
    ResolveDates()(docs, stats)
    ExtractEvents()(docs, stats)
    m = MergeEvents()
    m(docs, stats)
    return m, stats


# --- sentences ----------------------------------------------------------------


@pytest.mark.parametrize(
    "lang,text,n",
    [
        ("en", "Mr. Smith arrived on Monday. He left at noon! Did he return?", 3),
        ("es", "El Sr. Pérez llegó a EE.UU. el lunes. Luego se fue.", 2),
        ("fr", "M. Dupont est arrivé. Il est reparti.", 2),
        ("vi", "Ông đến Hà Nội ngày 3/4. Sau đó ông về TP. Huế.", 2),
        ("zh", "会议于7月9日开始。会议11日结束！记者问：为什么？", 3),
        (
            "th",
            "เรือบรรทุกน้ำมันเกยตื้นใกล้เกาะในช่องแคบมะละกาเมื่อคืนนี้ของมาเลเซีย ชาวประมงกังวลเรื่องผลกระทบต่ออาชีพของตนเองอย่างมาก",
            2,
        ),
    ],
)
def test_sentence_counts(lang, text, n):
    spans = split_sentences(text, 0, len(text), lang)
    assert len(spans) == n
    assert all(text[a:b].strip() == text[a:b] and b > a for a, b in spans)


def test_thai_space_before_continuation_does_not_split():
    text = "เรือบรรทุกน้ำมันเกยตื้นใกล้เกาะปูเลาบาตูในช่องแคบ ของมาเลเซีย เมื่อวันที่ 14 มีนาคม"
    assert len(split_sentences(text, 0, len(text), "th")) == 1


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400), st.sampled_from(["vi", "th", "zh", "en", "es", "fr", None]))
def test_sentences_slice_arbitrary_text(text, lang):
    for a, b in split_sentences(text, 0, len(text), lang):
        assert 0 <= a < b <= len(text)


# --- anchors ------------------------------------------------------------------


@pytest.mark.parametrize(
    "lang,text",
    [
        ("vi", "Thủ tướng Nhật Bản gặp Tổng thư ký NATO."),
        ("th", "นายกรัฐมนตรีญี่ปุ่นพบเลขาธิการนาโต"),
        ("zh", "日本首相会见北约秘书长。"),
        ("es", "El primer ministro de Japón se reunió con la OTAN."),
        ("fr", "Le Premier ministre du Japon a rencontré l'OTAN."),
    ],
)
def test_territory_names_map_to_one_code(lang, text):
    assert "geo:JP" in sentence_anchors(text, lang)


def test_acronym_aliases_and_numbers():
    es = sentence_anchors("La OTAN desplegó 8 buques y 200 voluntarios.", "es")
    en = sentence_anchors("NATO deployed 8 ships and 200 volunteers.", "en")
    assert "name:nato" in es and "name:nato" in en
    assert "num:200" in es and "num:200" in en


def test_romanised_names_match_across_scripts():
    th = sentence_anchors("นายกรัฐมนตรีฟูมิโอะ คิชิดะ เยือนยุโรป", "th")
    assert any(name_similarity(a[5:], "kishida") >= 0.75 for a in th if a.startswith("name:"))
    zh = sentence_anchors("斯托尔滕贝格访问东京。", "zh")
    assert any(name_similarity(a[5:], "stoltenberg") >= 0.75 for a in zh if a.startswith("name:"))


def test_skeleton_separates_different_names():
    assert skeleton("Kishida") == skeleton("khichida")
    assert name_similarity("kishida", "stoltenberg") < 0.5
    assert name_similarity("hayashi", "harris") < 0.75


def test_vietnamese_common_capitalised_words_are_not_names():
    an = sentence_anchors("Đảng Dân chủ và Bộ Ngoại giao họp tại Brussels.", "vi")
    assert "name:brussels" in an
    assert not any(a in an for a in ("name:dang", "name:dan", "name:bo"))


# --- extraction ---------------------------------------------------------------


def test_teaser_dates_are_not_events_vi_and_en():
    vi = make_doc(
        "vi1",
        "Ngày 14/3, tàu chở dầu mắc cạn gần đảo Pulau Batu thuộc vùng biển Malaysia.\n"
        "Xem thêm: Giá dầu thế giới giảm mạnh ngày 10/3 sau cuộc họp OPEC",
        "vi",
        "2025-03-20",
        teaser="Xem thêm: Giá dầu thế giới giảm mạnh ngày 10/3 sau cuộc họp OPEC",
    )
    en = make_doc(
        "en1",
        "The tanker ran aground near Pulau Batu on March 14 with crude on board.\n"
        "Related: Port congestion in Singapore eased on March 3 after a week of delays.",
        "en",
        "2025-03-20",
        teaser="Related: Port congestion in Singapore eased on March 3 after a week of delays.",
    )
    run([vi, en])
    assert [e.date for e in vi.events] == ["2025-03-14"]
    assert [e.date for e in en.events] == ["2025-03-14"]
    assert len(vi.dates) == 2 and len(en.dates) == 2  # the teaser date is still a date mention


def test_event_offsets_are_the_sentence():
    text = "Intro line without date here.\nOn March 14, 2025 the tanker ran aground near the island of Pulau Batu. Fishermen worry."
    d = make_doc("e", text, "en")
    run([d])
    (ev,) = d.events
    assert (
        text[ev.start : ev.end]
        == "On March 14, 2025 the tanker ran aground near the island of Pulau Batu."
    )
    assert text[ev.date_start : ev.date_end] == "March 14, 2025"
    assert ev.lang == "en" and ev.granularity == "day"


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "What happened on March 14, 2025?"),
        ("es", "14 de marzo de 2025"),
        ("zh", "2025年3月14日"),
    ],
)
def test_questions_and_bare_dates_are_not_events(lang, text):
    d = make_doc("q", text, lang)
    run([d])
    assert d.events == []


def test_impossible_dates_are_not_events():
    d = make_doc(
        "t", "ภาพระหว่างการเยือนญี่ปุ่นของนายกรัฐมนตรีในเดือนมกราคม พ.ศ. 1 ที่กรุงโตเกียวพร้อมคณะผู้แทน", "th"
    )
    run([d])
    assert d.dates and d.dates[0].kind == "impossible" and d.events == []


# --- merging ------------------------------------------------------------------

STORY = [
    (
        "en",
        "2025-03-16",
        "The tanker Ocean Lotus ran aground near Pulau Batu in Malaysia on Friday, the MMEA said.",
    ),
    (
        "vi",
        "2025-03-21",
        "Ngày 14/3, tàu chở dầu Ocean Lotus đã mắc cạn gần đảo Pulau Batu của Malaysia.",
    ),
    (
        "th",
        "2025-03-21",
        "เรือบรรทุกน้ำมัน Ocean Lotus เกยตื้นใกล้เกาะปูเลาบาตูของมาเลเซีย เมื่อวันที่ 14 มีนาคม 2568",
    ),
    ("zh", "2025-04-03", "“海洋莲花”号（Ocean Lotus）油轮3月14日在马来西亚普劳巴土岛附近搁浅。"),
    (
        "es",
        "2025-03-18",
        "El petrolero Ocean Lotus encalló el pasado viernes 14 de marzo cerca de Pulau Batu, en Malasia.",
    ),
    (
        "fr",
        "2025-04-03",
        "Le pétrolier Ocean Lotus s'était échoué le 14 mars près de Pulau Batu, en Malaisie.",
    ),
]


def test_same_happening_in_six_languages_merges_into_one_event():
    docs = [make_doc(f"d{i}", t, lang, pub, story="s1") for i, (lang, pub, t) in enumerate(STORY)]
    m, _ = run(docs)
    events = m.finalize()["events"]
    assert len(events) == 1
    ev = events[0]
    assert ev["date"] == "2025-03-14" and ev["story_id"] == "s1"
    assert sorted(s["lang"] for s in ev["sources"]) == sorted(lang for lang, _, _ in STORY)
    for s, d in zip(sorted(ev["sources"], key=lambda s: s["doc_id"]), docs):
        assert d.text[s["start"] : s["end"]] == s["quote"]
    assert ev["flags"] == []


def test_different_happenings_same_day_stay_apart():
    a = make_doc(
        "a",
        "On March 14, 2025 the tanker Ocean Lotus ran aground near Pulau Batu in Malaysia.",
        "en",
    )
    b = make_doc(
        "b", "El 14 de marzo de 2025 el Real Madrid ganó 3-1 al Sevilla en el Bernabéu.", "es"
    )
    m, _ = run([a, b])
    assert len(m.finalize()["events"]) == 2


def test_day_apart_conflict_and_name_variant_are_flagged_not_hidden():
    a = make_doc(
        "a",
        "Captain Rajan Pillai was arrested in Johor on March 18, 2025 by Malaysian police.",
        "en",
    )
    b = make_doc(
        "b",
        "Le capitaine Rajan Pilai a été arrêté à Johor le 19 mars 2025 par la police de Malaisie.",
        "fr",
    )
    m, _ = run([a, b])
    (ev,) = m.finalize()["events"]
    kinds = {f["kind"] for f in ev["flags"]}
    assert kinds == {"date_conflict", "name_variant"}
    assert len(ev["sources"]) == 2


def test_range_contains_day_without_conflict():
    a = make_doc(
        "a",
        "Lãnh đạo NATO họp tại Vilnius trong các ngày 11-12/7/2023 với Kishida và Stoltenberg.",
        "vi",
    )
    b = make_doc(
        "b", "Kishida met Stoltenberg in Vilnius on July 12, 2023 at the NATO summit.", "en"
    )
    m, _ = run([a, b])
    (ev,) = m.finalize()["events"]
    assert ev["flags"] == []


def test_state_roundtrip_and_reingest_replaces():
    docs = [make_doc(f"d{i}", t, lang, pub) for i, (lang, pub, t) in enumerate(STORY[:3])]
    m, _ = run(docs)
    m2 = MergeEvents()
    m2.load_state(m.state_dict())
    m2(docs[:1], Counter())  # the same document again: replaced, not doubled
    assert m2.finalize() == m.finalize()
    m3 = MergeEvents()
    m3.load_state(b"not zlib")
    assert m3.finalize() == {"events": []}


def test_merge_records_empty():
    assert merge_records([]) == []


def test_stage_survives_bad_document():
    bad = Document(
        id="x",
        source="s",
        text="Ngày 14/3 \ud800 tàu mắc cạn gần đảo với nhiều thủy thủ",
        lang="vi",
        published="not a date",
    )
    out = ExtractEvents()(ResolveDates()([bad], Counter()), Counter())
    assert out == [bad]


def test_relative_date_from_guessed_year_is_not_an_event():
    d = make_doc(
        "g",
        "Năm 2018, Nhật Bản mở phái bộ tại Brussels để làm việc với NATO.\n"
        "Quan hệ hai bên bắt đầu chuyển động cách đây 30 năm sau khi Liên Xô sụp đổ.",
        "vi",
    )
    run([d])
    assert [e.date for e in d.events] == ["2018"]
    assert any(m.kind == "relative" for m in d.dates)  # still a date mention


def test_damaged_state_keeps_only_good_records():
    import json
    import zlib

    docs = [make_doc("d0", STORY[0][2], STORY[0][0], STORY[0][1])]
    m, _ = run(docs)
    state = json.loads(zlib.decompress(m.state_dict()))
    state["bad"] = [{"doc_id": "bad"}, "junk"]
    state["worse"] = "junk"
    m2 = MergeEvents()
    m2.load_state(zlib.compress(json.dumps(state).encode()))
    assert m2.finalize() == m.finalize()


def test_story_of_hook_reports_current_story():
    docs = [
        make_doc(f"d{i}", t, lang, pub, story=f"old{i}")
        for i, (lang, pub, t) in enumerate(STORY[:2])
    ]
    stats = Counter()
    ResolveDates()(docs, stats)
    ExtractEvents()(docs, stats)
    m = MergeEvents(story_of=lambda doc_id: "merged")
    m(docs, stats)
    (ev,) = m.finalize()["events"]
    assert ev["story_id"] == "merged"


def test_one_story_one_day_merges_sentences_with_no_shared_anchor_and_flags_it():
    """Three languages tell one warning with no name or number in common; each
    is its document's only sentence of that day, in one story."""
    docs = [
        make_doc(
            "w-en",
            "Inspectors warned on 11 February 2025 that several cranes were overdue for repair.",
            "en",
            story="port",
        ),
        make_doc(
            "w-vi",
            "Ngày 11/2/2025, các thanh tra đã cảnh báo nhiều cần cẩu quá hạn bảo dưỡng.",
            "vi",
            story="port",
        ),
        make_doc("w-zh", "检查人员在2025年2月11日警告，多台起重机逾期未保养。", "zh", story="port"),
    ]
    m, _ = run(docs)
    events = m.finalize()["events"]
    assert len(events) == 1
    assert sorted(s["lang"] for s in events[0]["sources"]) == ["en", "vi", "zh"]
    assert [f["kind"] for f in events[0]["flags"]] == ["merged_on_story_and_day"]


def test_one_story_one_day_is_not_enough_when_names_disagree_or_days_are_busy():
    # different people named: two happenings
    a = make_doc(
        "n-en", "On 11 February 2025 Maria Okafor resigned as harbour master.", "en", story="port"
    )
    b = make_doc(
        "n-es",
        "El 11 de febrero de 2025 Pedro Salinas inauguró el nuevo muelle.",
        "es",
        story="port",
    )
    # a document with two sentences of that day: no guessing which one
    c = make_doc(
        "busy-fr",
        "Le 11 février 2025, la grue a été inspectée. Le 11 février 2025, le syndicat a manifesté.",
        "fr",
        story="port",
    )
    m, _ = run([a, b, c])
    assert len(m.finalize()["events"]) == 4
    # and two stories never merge this way
    d = make_doc(
        "s1",
        "Inspectors warned on 11 February 2025 that the cranes were overdue.",
        "en",
        story="one",
    )
    e = make_doc("s2", "Ngày 11/2/2025, trận lũ cuốn trôi cây cầu tạm.", "vi", story="two")
    m, _ = run([d, e])
    assert len(m.finalize()["events"]) == 2


@pytest.mark.parametrize(
    "lang,text,dateline,event",
    [
        (
            "zh",
            "【环球快讯网2月18日电】东盟外长会议17日在雅加达闭幕，各方同意加强海上合作。",
            "2025-02-18",
            "2025-02-17",
        ),
        (
            "zh",
            "中央社台北2月12日電 港務局12日前宣布，11日深夜一台起重機倒塌。",
            "2025-02-12",
            "2025-02-11",
        ),
        (
            "en",
            "ROTTERDAM, March 12, 2025 (Wire) - Port officials said a crane collapsed on March 11, 2025.",
            "2025-03-12",
            "2025-03-11",
        ),
    ],
)
def test_a_wire_datelines_date_is_not_an_event(lang, text, dateline, event):
    d = make_doc("wire", text, lang, published="2025-03-20" if lang == "en" else "2025-02-18")
    run([d])
    dates = {e.date for e in d.events}
    assert event in dates and dateline not in dates


@pytest.mark.parametrize(
    "lang,text,dateline,event",
    [
        # an agency in brackets then ".-" (Spanish wire style)
        (
            "es",
            (
                "ROSARIO, 5 de marzo (Agencia Sur).- La cosecha de soja se retrasó el jueves por "
                "las lluvias en toda la provincia."
            ),
            "2025-03-05",
            "2025-02-27",
        ),
        # an agency named in Thai script
        (
            "th",
            (
                "เชียงใหม่ 12 ก.พ. (สำนักข่าวภาคเหนือ) - ผู้ว่าราชการจังหวัดกล่าวเมื่อวันศุกร์ว่า"
                "จะปิดถนนสายหลักเป็นเวลาสองวัน"
            ),
            "2025-02-12",
            "2025-02-07",
        ),
    ],
)
def test_a_weekday_event_after_a_dateline_counts_from_it(lang, text, dateline, event):
    # the filing date is no event; the weekday counts from it, not from the
    # (later) publication
    d = make_doc("wire", text, lang, published="2025-03-08" if lang == "es" else "2025-02-15")
    run([d])
    dates = {e.date for e in d.events}
    assert event in dates and dateline not in dates


def test_a_date_followed_by_a_word_starting_like_a_dateline_is_an_event():
    d = make_doc("power", "2025年2月18日电力公司宣布上调电价，居民用电每度上涨五分钱。", "zh")
    run([d])
    assert "2025-02-18" in {e.date for e in d.events}


def test_a_sentence_with_two_days_is_one_source_of_the_event():
    # a syndicated wire sentence names the day of the collapse and the day
    # officials spoke: two mentions of one sentence, one quote per copy
    text = (
        "VIENTIANE, March 15 (Mekong Wire) - At least 12 people were killed after the Nam "
        "Phao 2 dam in Laos collapsed late on Thursday, March 14, flooding six villages in "
        "Bolikhamxay province, officials said on Friday."
    )
    a = make_doc("a", text, "en", "2024-03-15T09:30:00+07:00", story="s")
    b = make_doc("b", "Most read\n" + text, "en", "2024-03-15T11:02:00+08:00", story="s")
    m, _ = run([a, b])
    (ev,) = m.finalize()["events"]
    spans = [(s["doc_id"], s["start"], s["end"]) for s in ev["sources"]]
    assert sorted(spans) == [("a", 0, len(text)), ("b", 10, 10 + len(text))]
    for s, d in zip(ev["sources"], (a, b), strict=True):
        assert d.text[s["start"] : s["end"]] == s["quote"]


def test_a_thai_name_after_a_title_links_the_same_happening_across_scripts():
    # "สมชาย" is a dictionary word; the title "นาย" says it is a name here
    assert "name:somchai" in sentence_anchors("นายสมชาย กล่าวว่า ไทยจะเปิดสำนักงาน", "th")
    th = make_doc(
        "th",
        "นายสมชาย กล่าวว่า ไทยจะเปิดสำนักงานผู้แทนการค้าที่เมืองเกิ่นเทอในเดือนพฤศจิกายน",
        "th",
        "2024-09-05",
    )
    vi = make_doc(
        "vi",
        "Ông Somchai Rattanakul cho biết Thái Lan sẽ mở văn phòng đại diện thương mại tại "
        "Cần Thơ trong tháng 11.",
        "vi",
        "2024-09-05",
    )
    m, _ = run([th, vi])
    (ev,) = m.finalize()["events"]
    assert ev["date"] == "2024-11" and ev["languages"] == ["th", "vi"]


def test_an_amount_with_a_scale_word_links_the_same_happening_across_languages():
    # "25 billion" / "250亿" / "25 tỷ": one value, the only shared anchor here
    assert "num:2.5e+10" in sentence_anchors("The dam cost 25 billion baht.", "en")
    assert "num:2.5e+10" in sentence_anchors("大坝耗资250亿泰铢。", "zh")
    en = make_doc(
        "en",
        "The cabinet approved the 25 billion baht reservoir plan on March 3, 2025.",
        "en",
        "2025-03-04",
    )
    vi = make_doc(
        "vi",
        "Ngày 3/3/2025, nội các phê duyệt kế hoạch hồ chứa trị giá 25 tỷ baht.",
        "vi",
        "2025-03-04",
    )
    m, _ = run([en, vi])
    events = m.finalize()["events"]
    assert len(events) == 1 and events[0]["languages"] == ["en", "vi"]


def test_a_month_without_its_day_merges_into_the_day_told_elsewhere():
    en = make_doc(
        "en",
        "On July 11, 2025, Somsack Vongkham and Chea Rithy signed the Mekong accord in Vientiane.",
        "en",
        "2025-07-12",
    )
    vi = make_doc(
        "vi",
        "Tháng 7/2025, Somsack Vongkham và Chea Rithy đã ký hiệp định Mekong tại Viêng Chăn.",
        "vi",
        "2025-08-20",
    )
    m, _ = run([en, vi])
    (ev,) = m.finalize()["events"]
    assert ev["date"] == "2025-07-11" and ev["languages"] == ["en", "vi"]
    # names in common are needed: another July happening stays apart
    other = make_doc(
        "other",
        "Tháng 7/2025, Bộ Y tế công bố kế hoạch tiêm chủng mới cho trẻ em vùng cao.",
        "vi",
        "2025-08-20",
    )
    m, _ = run([en, other])
    assert len(m.finalize()["events"]) == 2


def test_a_year_less_month_joins_a_dated_event_and_alone_is_no_timeline_entry():
    # "in July" with no year anywhere on the page: a source for the dated
    # event it tells, never an entry of its own
    th = make_doc(
        "th",
        "นายสมศักดิ์ วงคำ และนายเจีย ริทธี จะลงนามความตกลงแม่โขงที่เวียงจันทน์ในเดือนกรกฎาคม",
        "th",
    )
    en = make_doc(
        "en",
        "On July 11, 2025, Somsack Vongkham and Chea Rithy signed the Mekong accord in Vientiane.",
        "en",
        "2025-07-12",
    )
    m, _ = run([th, en])
    (ev,) = m.finalize()["events"]
    assert ev["date"] == "2025-07-11" and ev["languages"] == ["en", "th"]
    # alone: the mention stays on its document, the timeline has no entry
    m, _ = run([th])
    assert m.finalize()["events"] == []
    assert [e.date for e in th.events] == ["--07"]


@pytest.mark.parametrize(
    "text",
    [
        # title + given name, surname, position, then the predicate
        "นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงพาณิชย์ เปิดเผยเมื่อวันที่ 12 มีนาคม 2567 ว่า รัฐบาลจะลดภาษีนำเข้าสินค้าเกษตร",
        # a title in the middle of a chunk, then the surname
        "ศาลรัฐธรรมนูญมีคำวินิจฉัยเมื่อวันที่ 14 สิงหาคม 2567 ให้นายเศรษฐา ทวีสิน พ้นจากตำแหน่งนายกรัฐมนตรี ส่งผลให้คณะรัฐมนตรีทั้งคณะต้องพ้นจากตำแหน่งไปด้วย",
        # a rank, a surname, an apposition
        "พล.อ.ประยุทธ์ จันทร์โอชา อดีตนายกรัฐมนตรี เดินทางถึงสนามบินดอนเมือง เมื่อวันที่ 3 มกราคม 2567 ท่ามกลางผู้สนับสนุนจำนวนมาก",
        # a place apposition, then a preposition
        "การประชุมสุดยอดอาเซียนจัดขึ้นที่กรุงเวียงจันทน์ ประเทศลาว ระหว่างวันที่ 8-11 ตุลาคม 2567 โดยมีผู้นำจากสิบประเทศเข้าร่วม",
    ],
)
def test_thai_spaces_inside_a_sentence_do_not_split_it(text):
    assert split_sentences(text, 0, len(text), "th") == [(0, len(text))]


def test_thai_spaces_between_sentences_still_split():
    a = "เมื่อวันที่ 5 เม.ย. 2567 นางสาวสุดารัตน์ เกยุราพันธุ์ หัวหน้าพรรคไทยสร้างไทย ได้เดินทางไปยังจังหวัดเชียงใหม่ เพื่อพบปะประชาชน"
    b = "นอกจากนี้ พรรคยังประกาศนโยบายใหม่อีกด้วย"
    text = a + " " + b
    assert [text[s:e] for s, e in split_sentences(text, 0, len(text), "th")] == [a, b]
