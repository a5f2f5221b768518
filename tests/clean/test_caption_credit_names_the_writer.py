"""A credit line the classifier labels a caption for the photographer's field
at its end ("文/陈晓东 图/黄丽") still names the writer of its first field: the
author reader finds it by the caption's reason, now one constant shared by the
classifier that writes it and the reader that reads it. Pins the behaviour
(the same on 3427268). Pages written for this file."""

from __future__ import annotations

import pytest

from newsline.clean.html import CAPTION_CREDIT_REASON

from .test_byline_fields_and_site_name import BODY_ZH, _page

pytest.importorskip("trafilatura")


def test_a_caption_credit_with_the_writer_first_names_the_author(tmp_path):
    doc = _page(
        tmp_path,
        "zh",
        "<title>大桥通车</title>",
        "<h1>大桥通车</h1><p>文/陈晓东 图/黄丽</p>",
        "<p>© 2025</p>",
        BODY_ZH,
    )
    (credit,) = [b for b in doc.blocks if "陈晓东" in b.text_of(doc)]
    assert credit.label == "caption" and credit.reasons[0].startswith(CAPTION_CREDIT_REASON)
    assert doc.author == "陈晓东"


def test_a_caption_credit_of_the_photographer_alone_names_no_author(tmp_path):
    doc = _page(
        tmp_path,
        "zh",
        "<title>大桥通车</title>",
        "<h1>大桥通车</h1><p>大桥夜景 图/黄丽</p>",
        "<p>© 2025</p>",
        BODY_ZH,
    )
    assert doc.author is None, doc.author
