"""The exports carry the variety langid notes beside a language: a record's
``lang_variety`` ("yue" for written Cantonese, whose ``lang`` stays "zh";
null otherwise) and each block's ``variety``, in JSON Lines and Parquet alike.
Before, the note was in no export. Failed at eb8935f3 (no such fields)."""

from __future__ import annotations

import io
import json

import pytest

from newsline.export import export_jsonl, export_parquet
from newsline.store import Store
from tests.cantonese_page import cantonese_store


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("yue") / "yue.db"
    return str(path), *cantonese_store(path)


def test_jsonl_records_name_the_variety_of_the_page_and_of_each_block(db):
    path, yue, zh = db
    buf = io.StringIO()
    with Store(path, readonly=True) as store:
        export_jsonl(store, buf)
    recs = {r["id"]: r for r in map(json.loads, buf.getvalue().splitlines())}
    assert (recs[yue]["lang"], recs[yue]["lang_variety"]) == ("zh", "yue")
    assert [b["variety"] for b in recs[yue]["blocks"]] == [None, "yue", "yue"]
    assert (recs[zh]["lang"], recs[zh]["lang_variety"]) == ("zh", None)
    assert [b["variety"] for b in recs[zh]["blocks"]] == [None, None, None]


def test_parquet_has_the_same_fields(db, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    path, yue, _ = db
    out = tmp_path / "x.parquet"
    with Store(path, readonly=True) as store:
        export_parquet(store, out)
    rows = {r["id"]: r for r in pq.read_table(out).to_pylist()}
    assert rows[yue]["lang_variety"] == "yue"
    assert [b["variety"] for b in rows[yue]["blocks"]] == [None, "yue", "yue"]
