"""The near-duplicate text leaves out an off-topic foreign block that the
block classifier kept as body: the foreign_block flag (on_topic false) says
it is injected on its own, with no content_farm twin beside it. An on-topic
quotation in another language stays: it is the article's."""

from __future__ import annotations

from newsline.dedup.stage import near_text
from newsline.model import Block, Document, Flag

ARTICLE = "Die Stadt baut drei neue Brücken über den Fluss, sagte der Bürgermeister."
INSERT = "Receita de bolo de cenoura: misture os ovos, o açúcar e a farinha."


def _doc(on_topic: bool) -> Document:
    text = ARTICLE + "\n\n" + INSERT
    doc = Document(id="p", source="p.html", text=text)
    b = len(ARTICLE) + 2
    doc.blocks = [Block(0, len(ARTICLE), "body", "de"), Block(b, len(text), "body", "pt")]
    doc.flags = [Flag("foreign_block", "…", b, len(text), {"lang": "pt", "on_topic": on_topic})]
    return doc


def test_an_off_topic_foreign_block_kept_as_body_is_not_compared():
    assert INSERT not in near_text(_doc(on_topic=False))
    assert ARTICLE in near_text(_doc(on_topic=False))


def test_an_on_topic_foreign_block_is_compared():
    assert INSERT in near_text(_doc(on_topic=True))
