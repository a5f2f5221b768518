"""The plain-text rendering of a document's blocks (``render_blocks_text``)
names a block noted as written Cantonese ``zh/yue``. Failed at eb8935f3."""

from __future__ import annotations

from collections import Counter

from newsline.clean import render_blocks_text
from newsline.langid import IdentifyLanguages
from newsline.model import Document
from tests.cantonese_page import YUE_PAGE
from tests.langid.helpers import line_blocks


def test_cantonese_blocks_are_rendered_zh_slash_yue():
    doc = Document(id="d", source="hk.txt", text=YUE_PAGE, blocks=line_blocks(YUE_PAGE))
    IdentifyLanguages()([doc], Counter())
    lines = [line for line in render_blocks_text(doc).splitlines() if " body " in line]
    assert [("zh/yue" in line) for line in lines] == [False, True, True]
