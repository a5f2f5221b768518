"""A Vietnamese page whose tones are combining marks is told as one composed.

windows-1258 (and "Unicode tổ hợp" typing) writes "ộ" as "ô" + U+0323; the
reader keeps the text exactly as decoded. Stories read names from it: before
the fix "Hà Nội" came out as the label "Hà Nô" (the mark cut off) and "Sở" as
"Sơ", so the page's title labels were misspelt and its names matched no
composed page's.
"""

from __future__ import annotations

import unicodedata
from collections import Counter

from newsline.model import Document
from newsline.stories import ClusterStories

_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def _tones_apart(text: str) -> str:
    """``text`` as windows-1258 writes it: the letter with its hat or horn,
    the tone as a combining mark after it."""
    out = []
    for ch in text:
        d = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in d if c in _TONES)
        out.append(unicodedata.normalize("NFC", "".join(c for c in d if c not in _TONES)) + tones)
    return "".join(out)


_TITLE = "Mưa lớn gây ngập sâu ở Đà Nẵng và Quảng Ngãi"
_BODY = (
    "Ngày 3/10/2025, mưa lớn kéo dài khiến nhiều tuyến phố ở Đà Nẵng ngập sâu. "
    "Ông Lê Trung Chinh, Chủ tịch UBND thành phố Đà Nẵng, yêu cầu các quận sơ tán người dân. "
    "Tại Quảng Ngãi, Sở Nông nghiệp cho biết hơn 2.000 ngôi nhà bị ngập. "
    "Ông Lê Trung Chinh nói Đà Nẵng sẽ hỗ trợ Quảng Ngãi khắc phục hậu quả."
)


def _title_of(title: str, body: str) -> str:
    doc = Document(
        id="p1",
        source="p1.html",
        text=title + "\n\n" + body,
        lang="vi",
        title=title,
        published="2025-10-04",
    )
    stage = ClusterStories()
    stage([doc], Counter())
    (story,) = stage.finalize()["stories"]
    return story["title"]


def test_a_page_with_combining_tones_is_titled_as_the_composed_page():
    apart = _tones_apart(_TITLE), _tones_apart(_BODY)
    assert apart[1] != _BODY and unicodedata.normalize("NFC", apart[1]) == _BODY
    composed = _title_of(_TITLE, _BODY)
    assert "Đà Nẵng" in composed
    assert unicodedata.normalize("NFC", _title_of(*apart)) == composed
