"""Text that was mis-decoded before it was saved (mojibake) is flagged, not changed.

Seen in cl-tls Spanish articles: "la OTAN, que asumiÃ³ el mando" -- UTF-8
read as Windows-1252 somewhere upstream, then saved as UTF-8. The reader
decodes the bytes exactly (offsets point into them) and says what it saw,
with the repaired reading, in an encoding flag. Clean text in any script,
and legitimate capitals such as "SÃO PAULO", raise nothing. All text here
is written for this test.
"""

from __future__ import annotations

import pytest

from newsline.model import Document
from newsline.readers import read_path
from newsline.settings import Settings

MOJIBAKE = [
    # (as saved, as it was written)
    ("El ministerio anunciÃ³ ayer que la OTAN asumirÃ¡ el mando.", "anunció"),
    ("Le ministre a dÃ©clarÃ© que la rÃ©union aura lieu demain.", "déclaré"),
    ("The minister said â€œwe will winâ€\x9d on Tuesday.", "“we will win”"),
]
CLEAN = [
    "SÃO PAULO é a maior cidade do Brasil, disse o prefeito na segunda-feira.",
    "Giá vàng hôm nay tăng mạnh ở Hà Nội và Thành phố Hồ Chí Minh.",
    "市政府周一表示，中心公园改造工程将于下月初动工。",
    "เทศบาลเมืองแถลงเมื่อวันจันทร์ว่าโครงการจะเริ่มต้นในต้นเดือนหน้า",
    "El ministerio anunció ayer que la OTAN asumirá el mando.",
    "Le prix a atteint 12 € à Paris — un record, « selon l'Insee ».",
]


def read_one(path) -> Document:
    items = list(read_path(str(path), Settings()))
    assert len(items) == 1 and isinstance(items[0], Document), items
    return items[0]


@pytest.mark.parametrize(("text", "repaired"), MOJIBAKE)
@pytest.mark.parametrize("fmt", ["txt", "html"])
def test_mojibake_is_flagged_with_its_repaired_reading(tmp_path, text, repaired, fmt):
    path = tmp_path / f"page.{fmt}"
    body = text if fmt == "txt" else f"<html><body><article><p>{text}</p></article></body></html>"
    path.write_bytes(body.encode("utf-8"))
    doc = read_one(path)
    assert text in doc.text  # left exactly as decoded
    moji = [f for f in doc.flags if f.kind == "encoding" and "mojibake" in f.reason]
    assert len(moji) == 1, [f.reason for f in doc.flags]
    assert repaired in moji[0].data["repaired_example"]


@pytest.mark.parametrize("text", CLEAN)
def test_clean_text_raises_no_mojibake_flag(tmp_path, text):
    path = tmp_path / "page.txt"
    path.write_bytes(text.encode("utf-8"))
    doc = read_one(path)
    assert not [f for f in doc.flags if f.kind == "encoding"], [f.reason for f in doc.flags]
