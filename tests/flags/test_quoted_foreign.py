"""A quotation in another language, reported in the page's language, is content.

A French article quoting an English speaker ("…," raconte le pilote) has a block
a detector reads as English; outside the quotation marks it is French. It must
stay in the body and never count as an injected (content-farm) block, whereas a
paragraph in English throughout is still judged by its topic.
"""

from __future__ import annotations

from collections import Counter

from newsline.flags import FlagDocuments
from newsline.langid import IdentifyLanguages
from newsline.model import Block, Document

FR_PAGE = (
    "Incendie des Albères : les pilotes racontent une bataille contre le vent\n"
    "Ils sont arrivés mercredi matin à bord de deux bombardiers d'eau prêtés par le Québec. "
    "Pendant quarante-huit heures, les équipages ont enchaîné les rotations au-dessus du massif.\n"
    "{foreign}\n"
    "Selon la préfecture, l'incendie a été déclaré fixé jeudi à 19 heures. Les habitants du "
    "village ont pu rentrer chez eux vendredi.\n"
)
EN_QUOTED = (
    '"We dropped water every twelve minutes, but the wind kept pushing the flames back down '
    'the slope," raconte le commandant de bord, 52 ans. "Honestly, I have never seen a wind '
    'like that."'
)
EN_QUOTED_GUILLEMETS = (
    "« This is exactly the kind of cross-border link the trans-European network was designed "
    "for », a déclaré la commissaire européenne aux Transports dans un communiqué."
)
EN_INJECTED = (
    "Shares of European carmakers fell on Friday after the Commission proposed new tariffs, "
    '"a blow to consumers," analysts warned, expecting higher prices for imported batteries.'
)


def _run(text: str) -> Document:
    blocks, pos = [], 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            blocks.append(Block(pos, pos + len(line.rstrip()), "body"))
        pos += len(line)
    doc = Document(id="d", source="test", text=text, blocks=blocks)
    stats: Counter[str] = Counter()
    IdentifyLanguages()([doc], stats)
    FlagDocuments()([doc], stats)
    return doc


def _block(doc: Document, piece: str) -> Block:
    return next(b for b in doc.blocks if doc.text[b.start : b.end] == piece)


def test_english_quotation_reported_in_french_stays_in_the_body():
    for quoted in (EN_QUOTED, EN_QUOTED_GUILLEMETS):
        doc = _run(FR_PAGE.format(foreign=quoted))
        assert doc.lang == "fr"
        b = _block(doc, quoted)
        assert b.lang == "en"
        assert b.label == "body", b.reasons
        f = [f for f in doc.flags if f.kind == "foreign_block"]
        assert len(f) == 1 and f[0].data["quotation"] is True and f[0].data["on_topic"] is True
        assert "quotation" in f[0].reason
        assert not [f for f in doc.flags if f.kind == "content_farm"]


def test_english_paragraph_with_a_quote_inside_is_still_judged_by_topic():
    doc = _run(FR_PAGE.format(foreign=EN_INJECTED))
    b = _block(doc, EN_INJECTED)
    assert b.lang == "en" and b.label == "foreign"
    f = [f for f in doc.flags if f.kind == "foreign_block"]
    assert len(f) == 1 and f[0].data["quotation"] is False and f[0].data["on_topic"] is False
    # the off-topic foreign_block (and the block set aside) is the finding: no
    # content_farm twin on its span
    assert not [f for f in doc.flags if f.kind == "content_farm"]
