"""A record's writers given as a list: news-please and newspaper3k export
``authors: [...]``, JSON-LD-derived records ``author: [{"name": ...}]``. Each
was dropped (the document came out with no author) because only a string
``author`` was read. Records written for these tests."""

from __future__ import annotations

import json

import pytest

from newsline.model import Document
from newsline.readers import read_path
from newsline.settings import Settings

S = Settings()
TEXT = "Officials in Perth said on Saturday that the new ferry line would open in April."


def _author(tmp_path, record: dict) -> str | None:
    path = tmp_path / "pages.jsonl"
    path.write_text(json.dumps({"text": TEXT, **record}, ensure_ascii=False), encoding="utf-8")
    docs = [x for x in read_path(str(path), S) if isinstance(x, Document)]
    assert len(docs) == 1
    return docs[0].author


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        ({"authors": ["Jane Roe", "Li Wei"]}, "Jane Roe; Li Wei"),  # news-please
        ({"Authors": ["Amel Ben Ali"]}, "Amel Ben Ali"),
        ({"author": ["Nguyễn An", "  Trần  Bình "]}, "Nguyễn An; Trần Bình"),
        ({"author": [{"@type": "Person", "name": "María Gómez"}]}, "María Gómez"),
        ({"author": {"@type": "Person", "name": "佐藤 健"}}, "佐藤 健"),
        ({"author": ["Jane Roe", "Jane Roe", "", 7]}, "Jane Roe"),
        ({"author": "Jane Roe"}, "Jane Roe"),
    ],
)
def test_author_lists_are_read(tmp_path, record, expected):
    assert _author(tmp_path, record) == expected


@pytest.mark.parametrize("value", [[], [""], [3, None], 42, {"role": "editor"}])
def test_author_without_a_name_is_none(tmp_path, value):
    assert _author(tmp_path, {"author": value}) is None
