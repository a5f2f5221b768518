"""Exact, near-duplicate and repeated-block detection (vi, th, zh, en)."""

from __future__ import annotations

from collections import Counter

import numpy as np

from newsline.dedup import Deduplicate, normalise, shingle_hashes
from newsline.model import Block, Document
from newsline.settings import DedupSettings

VI = (
    "Chiều 14/3, Ủy ban nhân dân tỉnh Lâm Hà đã tổ chức lễ khánh thành cây cầu treo "
    "mới bắc qua sông Đa Nhim, nối liền hai xã vùng sâu sau nhiều năm người dân phải "
    "đi đò. Công trình dài 180 mét, tổng vốn đầu tư hơn 25 tỷ đồng, do nhân dân và "
    "doanh nghiệp địa phương cùng đóng góp. Ông Nguyễn Văn Hải, chủ tịch xã, cho biết "
    "học sinh từ nay không còn phải chờ đò mỗi sáng để đến trường."
)
TH = (
    "เมื่อวันที่ 14 มีนาคม จังหวัดลำปางได้จัดพิธีเปิดสะพานแขวนแห่งใหม่ข้ามแม่น้ำวัง "
    "ซึ่งเชื่อมหมู่บ้านสองแห่งที่ชาวบ้านต้องนั่งเรือข้ามฟากมานานหลายปี สะพานยาว 180 เมตร "
    "ใช้งบประมาณกว่า 25 ล้านบาท จากการสมทบของชาวบ้านและภาคเอกชนในพื้นที่ "
    "นายสมชาย ใจดี กำนันตำบล กล่าวว่านักเรียนไม่ต้องรอเรือทุกเช้าอีกต่อไป"
)
ZH = (
    "3月14日，清河县举行新吊桥落成仪式。这座吊桥横跨白水河，连接两个偏远村庄，"
    "村民多年来只能乘渡船过河。大桥全长180米，总投资超过2500万元，由村民和当地企业共同出资。"
    "村长王海表示，学生今后再也不用每天早上等渡船上学了。"
)
EN = (
    "On 14 March the county of Millbrook opened a new suspension bridge over the Grey "
    "River, linking two remote villages whose people had relied on a ferry for years. "
    "The 180-metre bridge cost more than 2.5 million dollars, paid for by residents and "
    "local firms. Village head Tom Harris said pupils would no longer wait for the "
    "ferry every morning to get to school."
)
OTHER_EN = (
    "The central bank left interest rates unchanged on Tuesday, citing slowing "
    "inflation and a weaker labour market, and signalled that cuts could come later "
    "in the year if price growth keeps easing across services and housing."
)


def doc(i: str, text: str, **kw) -> Document:
    return Document(id=i, source=f"{i}.txt", text=text, **kw)


def run(stage: Deduplicate, docs: list[Document]) -> Counter:
    stats: Counter = Counter()
    stage(docs, stats)
    return stats


def test_normalise_is_nfc_casefold_and_collapses_space():
    decomposed = "Nha\u0300  Ba\u0301o\n\tLAO"
    assert normalise(decomposed) == "nhà báo lao"


def test_shingles_match_across_texts_and_handle_short_and_empty():
    h, off = shingle_hashes(["abcdefg", "abc", "", "cdefgxx"], 5)
    assert off.tolist() == [0, 3, 4, 4, 7]
    assert h[2] == h[4]  # "cdefg" in the first and the last text
    assert len(set(h[:3].tolist())) == 3


def test_exact_duplicate_after_whitespace_and_case_changes():
    st = Deduplicate()
    a = doc("a", VI)
    b = doc("b", "  " + VI.upper().replace(" ", "  \n") + "\n")
    c = doc("c", TH)
    stats = run(st, [a, b, c])
    assert b.meta["duplicate_of"] == "a"
    assert "duplicate_of" not in a.meta and "duplicate_of" not in c.meta
    assert stats["dedup_exact"] == 1
    rows = st.finalize()["duplicates"]
    assert {"doc_id": "b", "duplicate_of": "a", "kind": "exact", "similarity": 1.0} in rows


def _site_page(i: str, nav: str, body: str, footer: str) -> Document:
    """``nav``, ``body`` and ``footer`` on three lines, labelled navigation,
    content and footer."""
    text = nav + "\n" + body + "\n" + footer
    start = len(nav) + 1
    return doc(
        i,
        text,
        blocks=[
            Block(0, len(nav), "navigation"),
            Block(start, start + len(body)),
            Block(start + len(body) + 1, len(text), "footer"),
        ],
    )


def test_exact_uses_cleaned_text_only():
    # The same article on two sites with different navigation chrome.
    d1 = _site_page("s1", "Home | World | Sport", EN, "Copyright Site One")
    d2 = _site_page("s2", "Menu Search Login", EN, "(c) Other Paper 2024")
    st = Deduplicate()
    run(st, [d1, d2])
    assert d2.meta["duplicate_of"] == "s1"


def _edit(text: str, every: int) -> str:
    # change one word in every `every` words (a light rewrite)
    words = text.split(" ")
    return " ".join(w + "x" if i % every == 0 else w for i, w in enumerate(words))


def test_near_duplicates_in_four_languages_and_negatives():
    st = Deduplicate(DedupSettings(threshold=0.7))
    originals = [doc("vi", VI), doc("th", TH), doc("zh", ZH), doc("en", EN), doc("o", OTHER_EN)]
    copies = [
        doc("vi2", VI + " Theo Báo Địa Phương."),
        doc("th2", TH.replace("180", "181")),
        doc("zh2", ZH[:-12] + "记者李明报道。"),
        doc("en2", _edit(EN, 15)),
    ]
    run(st, originals)
    run(st, copies)  # a later batch
    for c in copies:
        near = c.meta.get("near_duplicates")
        assert near, c.id
        assert near[0]["id"] == c.id[:-1]
        assert 0.7 <= near[0]["similarity"] <= 1.0
    for o in originals:
        assert "near_duplicates" not in o.meta
    # the finalize table tells the earlier document too
    rows = st.finalize()["duplicates"]
    assert {(r["doc_id"], r["duplicate_of"]) for r in rows if r["kind"] == "near"} == {
        ("vi2", "vi"),
        ("th2", "th"),
        ("zh2", "zh"),
        ("en2", "en"),
    }


def test_unrelated_and_translated_texts_are_not_near_duplicates():
    st = Deduplicate(DedupSettings(threshold=0.5))
    docs = [doc("vi", VI), doc("th", TH), doc("zh", ZH), doc("en", EN), doc("o", OTHER_EN)]
    run(st, docs)
    assert all("near_duplicates" not in d.meta for d in docs)
    assert st.finalize()["duplicates"] == []


def test_threshold_is_honoured():
    heavy = _edit(EN, 2)  # every other word changed: far below 0.8
    st = Deduplicate(DedupSettings(threshold=0.8))
    a, b = doc("a", EN), doc("b", heavy)
    run(st, [a, b])
    assert "near_duplicates" not in b.meta


def test_repeated_blocks_syndicated_paragraph_and_teaser():
    teaser = "Đọc thêm: Giá vàng hôm nay tăng mạnh, nhà đầu tư đổ xô đi mua"
    teaser_th = "อ่านเพิ่มเติม: ราคาทองวันนี้พุ่งแรง นักลงทุนแห่ซื้อกันคึกคักทั่วประเทศ"

    def page(i, body):
        text = body + "\n" + teaser + "\n" + teaser_th
        b1 = len(body)
        return doc(
            i,
            text,
            blocks=[
                Block(0, b1),
                Block(b1 + 1, b1 + 1 + len(teaser), "related"),
                Block(b1 + 2 + len(teaser), len(text), "related"),
            ],
        )

    p1, p2, p3 = page("p1", VI), page("p2", TH), page("p3", ZH)
    st = Deduplicate()
    run(st, [p1, p2])
    run(st, [p3])
    assert "duplicate_blocks" not in p1.meta
    got = p3.meta["duplicate_blocks"]
    assert [g["block"] for g in got] == [1, 2]
    assert all(g["count"] == 3 and g["first"] == "p1" for g in got)
    assert p2.meta["duplicate_blocks"][0]["group"] == got[0]["group"]
    # a syndicated paragraph inside otherwise different unsegmented pages
    q1 = doc("q1", "Tin riêng của trang A về thời tiết hôm nay.\n" + EN)
    q2 = doc("q2", "Another site's own intro line, entirely different.\n" + EN)
    run(st, [q1, q2])
    assert q2.meta["duplicate_blocks"][0]["first"] == "q1"
    assert q2.meta["duplicate_blocks"][0]["block"] is None
    rows = [r for r in st.finalize()["duplicates"] if r["kind"] == "block"]
    # one row per (doc, first) pair, so a store keyed on the pair keeps them all
    assert {(r["doc_id"], r["duplicate_of"]) for r in rows} == {
        ("p2", "p1"),
        ("p3", "p1"),
        ("q2", "q1"),
    }


def test_short_blocks_are_not_grouped():
    st = Deduplicate()
    a, b = doc("a", "Chia sẻ\n" + VI), doc("b", "Chia sẻ\n" + TH)
    run(st, [a, b])
    assert "duplicate_blocks" not in b.meta


def test_state_roundtrip_continues_incrementally():
    st = Deduplicate(DedupSettings(threshold=0.7))
    run(st, [doc("vi", VI), doc("en", EN), doc("o", OTHER_EN)])
    data = st.state_dict()
    st2 = Deduplicate(DedupSettings(threshold=0.7))
    st2.load_state(data)
    later = [doc("vi-copy", VI), doc("en-near", _edit(EN, 15)), doc("vi", VI)]
    stats = run(st2, later)
    assert later[0].meta["duplicate_of"] == "vi"
    assert later[1].meta["near_duplicates"][0]["id"] == "en"
    assert stats["dedup_already_indexed"] == 1  # same id again is a no-op
    assert np.array_equal(st2.index.sig[:2], st.index.sig[:2])


def test_state_from_other_settings_is_refused():
    st = Deduplicate()
    run(st, [doc("a", VI)])
    other = Deduplicate(DedupSettings(shingle_size=3))
    try:
        other.load_state(st.state_dict())
    except ValueError as e:
        assert "shingle_size" in str(e)
    else:
        raise AssertionError("expected ValueError")


def test_empty_and_odd_documents_do_not_crash():
    st = Deduplicate()
    docs = [
        doc("e", ""),
        doc("s", "   \n "),
        doc("x", "ab"),
        doc("y", "ab"),
        doc("z", "\ud800 lone surrogate \x00 control"),
    ]
    run(st, docs)
    assert docs[3].meta["duplicate_of"] == "x"
