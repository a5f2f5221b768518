"""What makes a JSON Lines record the same document when it is read again.

Records invented for these tests, in the shapes scrapers and newsline's own
``export`` write.
"""

from __future__ import annotations

import json

from newsline.model import Document
from newsline.readers import read_path
from newsline.settings import Settings

S = Settings()

RECORDS = [
    {"id": "a-101", "text": "Gobierno anuncia un plan de vivienda para jóvenes en Sevilla."},
    {"id": "a-102", "content": "Le conseil municipal de Lyon vote un budget pour les écoles."},
    {"text": "Thành phố Huế khai mạc lễ hội văn hóa vào cuối tuần này."},
]


def _docs(path) -> list[Document]:
    return [d for d in read_path(str(path), S) if isinstance(d, Document)]


def _write(path, records) -> None:
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n")


def test_a_record_with_its_own_id_is_the_same_document_in_a_copy_or_another_order(tmp_path):
    # ids were keyed by file path and line number: a copy of the file, or the
    # scraper writing its records in another order, stored every record again
    a, b = tmp_path / "a.jsonl", tmp_path / "copy" / "b.jsonl"
    b.parent.mkdir()
    _write(a, RECORDS)
    _write(b, [RECORDS[1], RECORDS[0], RECORDS[2]])
    ids_a = {d.meta.get("input_id"): d.id for d in _docs(a)}
    ids_b = {d.meta.get("input_id"): d.id for d in _docs(b)}
    assert ids_a["a-101"] == ids_b["a-101"] and ids_a["a-102"] == ids_b["a-102"]
    # no id and no url: only where it was read says which record it is
    assert ids_a[None] != ids_b[None]


def test_same_id_with_another_text_is_another_document(tmp_path):
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    _write(a, [RECORDS[0]])
    _write(b, [{**RECORDS[0], "text": RECORDS[0]["text"] + " Actualizado."}])
    assert _docs(a)[0].id != _docs(b)[0].id


def _exported(**kw) -> dict:
    rec = {
        "id": "0123456789abcdef",
        "source": "corpus/2024/hoi-an.html",
        "url": None,
        "lang": "vi",
        "title": "Hội An mở phố đi bộ",
        "published": "2024-03-02",
        "text": "Hội An mở thêm phố đi bộ dọc sông Hoài từ tháng Tư.",
        "original_text": None,
        "blocks": [
            {"start": 0, "end": 12, "text": "Trang chủ", "label": "boilerplate"},
            {"start": 13, "end": 60, "text": "Hội An mở thêm phố đi bộ dọc sông Hoài từ tháng Tư."},
        ],
        "flags": [],
        "duplicate_of": None,
        "near_duplicates": [],
        "story_id": "story-0123456789abcdef",
    }
    rec.update(kw)
    return rec


def test_a_newsline_export_record_is_the_document_it_came_from(tmp_path):
    path = tmp_path / "export.jsonl"
    _write(
        path,
        [
            _exported(),
            _exported(id="fedcba9876543210", original_text="Trang chủ\nBody kept whole."),
            # a body wholly set aside exports an empty text: its blocks still hold it
            _exported(id="00000000000000ff", text=""),
        ],
    )
    a, b, c = _docs(path)
    assert a.id == "0123456789abcdef" and a.source == "corpus/2024/hoi-an.html"
    assert a.text.startswith("Hội An") and a.published.startswith("2024-03-02")
    assert b.id == "fedcba9876543210" and b.text == "Trang chủ\nBody kept whole."
    assert c.id == "00000000000000ff" and "Trang chủ" in c.text and "sông Hoài" in c.text


def test_a_scraper_record_with_a_hex_id_is_not_taken_for_an_export(tmp_path):
    path = tmp_path / "scraped.jsonl"
    _write(path, [{"id": "0123456789abcdef", "text": "Ein Artikel über den Hafen von Hamburg."}])
    (doc,) = _docs(path)
    assert doc.id != "0123456789abcdef" and doc.meta["input_id"] == "0123456789abcdef"
