"""``export_jsonl`` takes a path as well as an open file, as ``export_parquet``
does: ``export_jsonl(store, "out.jsonl")`` failed with AttributeError ('str'
object has no attribute 'write')."""

from __future__ import annotations

import io
import json
from pathlib import Path

from newsline.export import export_jsonl
from newsline.store import Store
from tests.cantonese_page import cantonese_store


def test_a_path_gets_what_an_open_file_gets(tmp_path):
    db = tmp_path / "n.db"
    cantonese_store(db)
    buf = io.StringIO()
    with Store(db, readonly=True) as store:
        n_file = export_jsonl(store, buf)
        n_str = export_jsonl(store, str(tmp_path / "a.jsonl"))
        n_path = export_jsonl(store, tmp_path / "b.jsonl")
    assert n_file == n_str == n_path > 0
    for name in ("a.jsonl", "b.jsonl"):
        text = Path(tmp_path / name).read_text(encoding="utf-8")
        assert text == buf.getvalue()
        assert len([json.loads(line) for line in text.splitlines()]) == n_file
