"""JSON Lines written in UTF-16 without a byte-order mark (some Windows and
Java tools) are read line by line: their NUL bytes made the whole file
'binary content'. A binary file whose NULs fall on every other byte but that
holds no JSON object is still binary."""

import json
import struct

import pytest

from newsline.model import Document, ReadError
from newsline.readers import read_path
from newsline.settings import Settings

S = Settings()
ROWS = [
    {
        "title": "Cảng mới",
        "text": "Cần cẩu đầu tiên đã nâng container vào thứ Hai, cảng vụ cho biết.",
    },
    {"title": "Harbour", "text": "The harbour crane lifted its first container on Monday."},
    {"title": "港口", "text": "港口的第一台起重机周一吊起了第一个集装箱。"},
]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_json_lines_without_a_bom_are_read(tmp_path, codec):
    path = tmp_path / "rows.jsonl"
    text = "".join(json.dumps(r, ensure_ascii=False) + "\r\n" for r in ROWS)
    path.write_bytes(text.encode(codec))
    out = list(read_path(str(path), S))
    assert all(isinstance(x, Document) for x in out), out
    assert [d.title for d in out] == [r["title"] for r in ROWS]
    assert [d.text for d in out] == [r["text"] for r in ROWS]
    assert {d.encoding for d in out} == {codec}


def test_sixteen_bit_numbers_are_still_binary(tmp_path):
    path = tmp_path / "samples.jsonl"
    path.write_bytes(struct.pack("<2000H", *(i % 200 + 1 for i in range(2000))))
    (err,) = list(read_path(str(path), S))
    assert isinstance(err, ReadError) and "binary" in err.reason


def test_utf8_json_lines_are_untouched(tmp_path):
    path = tmp_path / "rows.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ROWS), "utf-8")
    out = list(read_path(str(path), S))
    assert [d.text for d in out] == [r["text"] for r in ROWS]
    assert {d.encoding for d in out} <= {"utf-8", "ascii"}  # each line's own
