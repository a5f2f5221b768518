"""``newsline run --near-threshold / --near-recall``: the near-duplicate
settings a corpus builder tunes, from the command line, recorded with the run.

The texts are invented; a copy with a few words changed is a near duplicate
at the default threshold and not at a stricter one.
"""

from __future__ import annotations

import random

from typer.testing import CliRunner

from newsline.cli import app
from newsline.store import Store

runner = CliRunner()

WORDS = (
    "hội đồng tỉnh họp phiên bất thường chiều thứ năm về dự án cầu mới qua sông "
    "kinh phí được điều chỉnh sau khi nhà thầu đề nghị kéo dài thời gian thi công "
    "người dân hai bên bờ góp ý tại buổi tiếp xúc cử tri tổ chức ở nhà văn hóa xã"
).split()


def _pair(tmp_path):
    rng = random.Random(3)
    words = [rng.choice(WORDS) for _ in range(220)]
    edited = list(words)
    for i in rng.sample(range(len(words)), 6):  # a light correction: Jaccard about 0.85
        edited[i] = "sửa"
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(" ".join(words), "utf-8")
    (d / "b.txt").write_text(" ".join(edited), "utf-8")
    return d


def _near_links(db) -> int:
    with Store(db) as store:
        return sum(len(doc.meta.get("near_duplicates", [])) for doc in store.iter_documents())


def test_default_threshold_links_the_corrected_copy(tmp_path):
    d = _pair(tmp_path)
    db = str(tmp_path / "a.db")
    r = runner.invoke(app, ["run", str(d), "--db", db, "-q", "--workers", "1"])
    assert r.exit_code == 0, r.output
    assert _near_links(db) == 1


def test_stricter_threshold_from_the_command_line_keeps_them_apart(tmp_path):
    d = _pair(tmp_path)
    db = str(tmp_path / "b.db")
    r = runner.invoke(
        app, ["run", str(d), "--db", db, "-q", "--workers", "1", "--near-threshold", "0.97"]
    )
    assert r.exit_code == 0, r.output
    assert _near_links(db) == 0
    r = runner.invoke(app, ["runs", "--db", db])
    assert "dedup.threshold=0.97" in r.output, r.output


def test_near_recall_is_recorded_with_the_run(tmp_path):
    d = _pair(tmp_path)
    db = str(tmp_path / "c.db")
    r = runner.invoke(
        app, ["run", str(d), "--db", db, "-q", "--workers", "1", "--near-recall", "0.95"]
    )
    assert r.exit_code == 0, r.output
    assert _near_links(db) == 1
    r = runner.invoke(app, ["runs", "--db", db])
    assert "dedup.candidate_recall=0.95" in r.output, r.output


def test_out_of_range_values_are_refused(tmp_path):
    d = _pair(tmp_path)
    for opt, value in (("--near-threshold", "1.5"), ("--near-recall", "1"), ("--near-recall", "0")):
        r = runner.invoke(app, ["run", str(d), "--db", str(tmp_path / "x.db"), opt, value])
        assert r.exit_code == 2, (opt, value, r.output)
