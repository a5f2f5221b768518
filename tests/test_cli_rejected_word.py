"""`newsline run` names each problem input with the word its summary,
`newsline runs` and the README use: "rejected FILE: reason". It said
"skipped", which read wrong beside "N rejected" -- and for a WARC cut after
two whole pages it said the file was skipped although both pages were read
and stored. Failed at eb8935f3 (the line began "skipped")."""

from __future__ import annotations

import gzip

from typer.testing import CliRunner

from newsline.cli import app
from tests.readers.read_samples import warc_response

runner = CliRunner()

PAGES = [
    (
        "https://noticias.example/puente",
        "<p>El ayuntamiento de Rosario aprobó el puente nuevo.</p>",
    ),
    (
        "https://uutiset.example/silta",
        "<p>Tampereen kaupunki hyväksyi uuden sillan rakentamisen.</p>",
    ),
    ("https://haber.example/kopru", "<p>Belediye meclisi yeni köprünün yapımını onayladı.</p>"),
]


def test_a_cut_warc_is_named_rejected_and_its_whole_pages_are_read(tmp_path):
    members = [
        gzip.compress(warc_response(u, b.encode(), record_id=f"r{i}"))
        for i, (u, b) in enumerate(PAGES)
    ]
    cut = len(members[0]) + len(members[1])
    warc = tmp_path / "crawl.warc.gz"
    warc.write_bytes(b"".join(members)[: cut + 20])
    db = str(tmp_path / "a.db")
    res = runner.invoke(app, ["run", str(warc), "--db", db, "-q"], env={"COLUMNS": "200"})
    assert res.exit_code == 0, res.output
    said = " ".join(res.output.split())
    assert f"rejected {warc}: WARC " in said  # the reason says where it was cut
    assert "skipped" not in said
    assert "read 2 documents, 2 new" in said and "1 rejected" in said
    runs = runner.invoke(app, ["runs", "--db", db])
    assert f"{warc}: WARC " in runs.output
    assert "rejected=1" in runs.output
