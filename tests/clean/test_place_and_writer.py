"""Arabic papers open an article with the place and the writer, split by a
dash, under the headline ('دبي - أحمد العلي'). In a script without capitals
nothing told the line from text: it stayed in the body and the page had no
author. Pages written for this test."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY_AR as AR_BODY
from tests.clean.helpers import classify_page

HEAD = "تجديد الحديقة المركزية يبدأ الشهر المقبل"


def _page(tmp_path, line: str):
    p = tmp_path / "ar.txt"
    p.write_text("\n".join([HEAD, line, *AR_BODY]), encoding="utf-8")
    doc = classify_page(p)
    return doc, {doc.text[b.start : b.end]: b for b in doc.blocks}


@pytest.mark.parametrize(
    ("line", "writer"),
    [("دبي - أحمد العلي", "أحمد العلي"), ("القاهرة – محمد حسن عبد الله", "محمد حسن عبد الله")],
)
def test_place_and_writer_under_the_headline_is_the_byline(tmp_path, line, writer):
    doc, blocks = _page(tmp_path, line)
    assert blocks[line].label == "byline", blocks[line].reasons
    assert doc.author == writer
    for p in AR_BODY:
        assert blocks[p].label == "body"


@pytest.mark.parametrize("line", ["القاهرة - وكالات", "الحكومة تعلن خطة جديدة للنقل العام"])
def test_other_short_lines_name_no_writer(tmp_path, line):
    doc, blocks = _page(tmp_path, line)
    assert doc.author is None, (blocks[line].label, blocks[line].reasons)
