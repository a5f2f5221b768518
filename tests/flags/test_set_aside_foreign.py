"""Off-topic foreign-language blocks are set aside; on-topic ones stay in the body."""

from newsline.flags.stage import set_aside_off_topic_foreign
from newsline.model import Block, Document, Flag


def _doc(text, spans):
    return Document(id="d", source="s", text=text, blocks=[Block(a, b, "body") for a, b in spans])


def test_off_topic_block_is_set_aside_with_the_flag_reason():
    vi = "Hội nghị Mekong họp tại Viêng Chăn."
    zh = "今天股市大涨，科技股领涨。"
    text = vi + "\n" + zh
    d = _doc(text, [(0, len(vi)), (len(vi) + 1, len(text))])
    f = Flag(
        "foreign_block",
        "Block in zh on a vi page; off topic",
        len(vi) + 1,
        len(text),
        {"lang": "zh", "on_topic": False},
    )
    assert set_aside_off_topic_foreign(d, [f]) == 1
    assert d.blocks[0].label == "body"
    assert d.blocks[1].label == "foreign" and "off topic" in d.blocks[1].reasons[-1]


def test_on_topic_foreign_block_stays_body():
    th = "คณะกรรมาธิการแม่น้ำโขงประชุมที่เวียงจันทน์"
    en = "The Mekong River Commission met in Vientiane."
    text = th + "\n" + en
    d = _doc(text, [(0, len(th)), (len(th) + 1, len(text))])
    f = Flag(
        "foreign_block",
        "Block in en on a th page; on topic",
        len(th) + 1,
        len(text),
        {"lang": "en", "on_topic": True},
    )
    assert set_aside_off_topic_foreign(d, [f]) == 0
    assert [b.label for b in d.blocks] == ["body", "body"]
