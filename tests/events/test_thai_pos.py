"""The fast ORCHID tagger gives pythainlp's own tags."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("pythainlp")

from pythainlp.tag import pos_tag

from newsline.events.thai_pos import orchid_tags
from newsline.wordseg import thai_words

# Written for this test in several registers: a wire report, a quote, a
# government notice, a sports line and a market note, with names, numbers,
# Buddhist-era dates and the punctuation pythainlp escapes for ORCHID.
_TEXT = """
นายกรัฐมนตรีเดินทางถึงกรุงโตเกียวเมื่อวันที่ 12 มีนาคม 2568 เพื่อหารือกับผู้นำญี่ปุ่นเรื่องความร่วมมือด้านพลังงาน
"เราจะไม่ยอมให้เกิดเหตุการณ์แบบนี้อีก" นางสาวสมศรี ใจงาม โฆษกกระทรวงกล่าว
กรมอุตุนิยมวิทยาประกาศเตือนพายุฤดูร้อนในภาคเหนือและภาคตะวันออกเฉียงเหนือระหว่างวันที่ 3-5 เมษายน
ทีมชาติไทยเอาชนะเวียดนาม 2-1 ในการแข่งขันฟุตบอลนัดกระชับมิตรที่สนามราชมังคลากีฬาสถาน
ดัชนีตลาดหลักทรัพย์ปิดที่ 1,412.35 จุด ลดลง 8.2 จุด มูลค่าการซื้อขาย 45,000 ล้านบาท
ผู้สื่อข่าวรายงานว่า ชาวบ้านกว่า 300 ครอบครัวต้องอพยพออกจากพื้นที่น้ำท่วม (ข้อมูล ณ เวลา 18.00 น.)
"""


def _chunks():
    for chunk in _TEXT.split():
        words = [w for w in thai_words(chunk) if re.match(r"[\u0E00-\u0E7F]", w)]
        if words:
            yield words


def test_same_tags_as_pythainlp():
    chunks = list(_chunks())
    assert len(chunks) > 20
    for words in chunks:
        want = [t for _, t in pos_tag(words, engine="perceptron", corpus="orchid")]
        assert orchid_tags(words) == want, words


def test_punctuation_pythainlp_escapes_is_tagged_like_pythainlp():
    words = ["เขา", "กล่าว", '"', "ว่า", " ", "(", "ไม่", ")", "!"]
    want = [t for _, t in pos_tag(words, engine="perceptron", corpus="orchid")]
    assert orchid_tags(words) == want


def test_empty():
    assert orchid_tags([]) == []


def test_unknown_words_leave_no_rows_behind():
    """The rows of features the model lacks were kept, one per word it never
    saw (and per neighbour, suffix...): a long run's table grew without bound.
    Only the model's own features are kept now."""
    from newsline.events.thai_pos import _orchid

    tagger = _orchid()
    orchid_tags(["คำ"])
    before = len(tagger._rows)
    orchid_tags([f"ซีเอ็กซ์{n:05d}" for n in range(3000)])
    assert len(tagger._rows) - before < 2000  # was some 21,000
    assert all(feat in tagger._weights for feat in tagger._rows)


def test_pythainlps_own_pre_processing_is_used():
    """The ORCHID escapes are pythainlp's function, looked up once."""
    from pythainlp.tag import orchid

    from newsline.events.thai_pos import _orchid_pre_process

    assert _orchid_pre_process() is orchid.pre_process
    words = ["เขา", '"', " ", "!"]
    assert orchid_tags(words) == [
        t for _, t in pos_tag(words, engine="perceptron", corpus="orchid")
    ]
