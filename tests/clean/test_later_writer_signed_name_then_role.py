"""Korean and Japanese bylines sign each writer with the role after the
name ("김민수 기자, 이지현 기자"); an extractor copies them as "김민수 기자;
이지현 기자". The second part is another writer signed as the first was, not
the first one's role (metadata heldout7's n09 lost the second reporter).
Bylines written for this test."""

from __future__ import annotations

import pytest

from newsline.clean.html import author_name


@pytest.mark.parametrize(
    ("raw", "lang", "want"),
    [
        ("박서연 기자; 정우진 기자", "ko", "박서연; 정우진"),
        ("박서연 기자; 정우진 기자; 한지민 기자", "ko", "박서연; 정우진; 한지민"),
        ("中村悠斗記者; 小林美咲記者", "ja", "中村悠斗; 小林美咲"),
    ],
)
def test_each_writer_signed_name_then_role_is_kept(raw, lang, want):
    assert author_name(raw, lang) == want


@pytest.mark.parametrize(
    ("raw", "lang", "want"),
    [
        # the role alone after a writer is still no writer
        ("Karen Whitfield; Health Correspondent", "en", "Karen Whitfield"),
        ("Marta Quiroga; Corresponsal en Lisboa", "es", "Marta Quiroga"),
        # a writer signed name-then-role alone stays one writer
        ("박서연 기자", "ko", "박서연"),
    ],
)
def test_a_role_after_a_writer_is_still_dropped(raw, lang, want):
    assert author_name(raw, lang) == want
