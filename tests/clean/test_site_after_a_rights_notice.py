"""A copyright line that says whose the rights are before naming the
holder ("© Bản quyền thuộc Báo X", "© Hak cipta milik X", "Copyright ©
2025 belongs to X") names the site after the owner word: the notice at the
start used to cut the holder's name to nothing (metadata heldout7's n02).
Lines written for this test."""

from __future__ import annotations

import pytest

from newsline.clean.html import sitename_from_copyright
from newsline.model import Block, Document


def _site(lang: str, line: str) -> str | None:
    doc = Document(id="p", source="p", text=line, lang=lang)
    doc.blocks = [Block(start=0, end=len(line), label="footer")]
    return sitename_from_copyright(doc)


@pytest.mark.parametrize(
    ("lang", "line", "site"),
    [
        (
            "vi",
            "© Bản quyền thuộc Tạp chí Đồng Bằng Xanh. Ghi rõ nguồn khi trích dẫn.",
            "Tạp chí Đồng Bằng Xanh",
        ),
        ("vi", "© Bản quyền thuộc về Đài Phát thanh Sông Hậu", "Đài Phát thanh Sông Hậu"),
        ("id", "© Hak cipta milik Warta Lembah. Dilarang mengutip tanpa izin.", "Warta Lembah"),
        (
            "en",
            "Copyright © 2025 belongs to Fenland Courier Ltd. All rights reserved.",
            "Fenland Courier Ltd",
        ),
    ],
)
def test_the_holder_after_an_owner_word_is_the_site(lang, line, site):
    assert _site(lang, line) == site


@pytest.mark.parametrize(
    ("lang", "line", "site"),
    [
        ("en", "© 2025 Fenland Courier. All rights reserved.", "Fenland Courier"),
        ("vi", "© Bản quyền 2025", None),
        # a capitalised word is a name's, not the owner word
        ("en", "© 2025 Thuộc Press", "Thuộc Press"),
    ],
)
def test_other_copyright_lines_read_as_before(lang, line, site):
    assert _site(lang, line) == site
