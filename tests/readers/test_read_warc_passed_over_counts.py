"""A WARC's records that are not pages are counted by reason, not only skipped.

A crawl is mostly redirects, errors, images, requests and metadata; the
reader passed them over with no number, so a user could not tell a file of
800 pages and 2,000 other records from one that lost 2,000 pages. The
reader now yields one PassedOver with the counts after the file's last
document (only when asked: ``read_path(..., passed_over=True)``).

warcio is not installed here: the records are hand-written, as in the other
WARC tests (read_samples.py), in the styles of other sites and languages.
"""

from __future__ import annotations

import gzip

from read_samples import EXPECTED_PASSED_OVER as EXPECTED
from read_samples import PAGE_PT, TEXT_PL, mixed_crawl, warc_request, warc_response

from newsline.model import Document, PassedOver, ReadError
from newsline.readers import read_path
from newsline.settings import Settings


def _write(tmp_path, name, records, gz=True):
    path = tmp_path / name
    path.write_bytes(b"".join(gzip.compress(r) for r in records) if gz else b"".join(records))
    return str(path)


def test_mixed_crawl_counts_every_record_passed_over_by_reason(tmp_path):
    for gz, name in ((True, "crawl-01.warc.gz"), (False, "crawl-02.warc")):
        path = _write(tmp_path, name, mixed_crawl(), gz)
        out = list(read_path(path, Settings(), passed_over=True))
        docs = [x for x in out if isinstance(x, Document)]
        passed = [x for x in out if isinstance(x, PassedOver)]
        assert [d.url for d in docs] == [
            "https://gazeta.example.pl/porto",
            "https://gazeta.example.pl/budzet.txt",
        ]
        assert not [x for x in out if isinstance(x, ReadError)], out
        assert len(passed) == 1 and out[-1] is passed[0]
        assert passed[0].source == path and passed[0].counts == EXPECTED


def test_html_page_with_an_empty_body_is_counted_as_such_not_rejected(tmp_path):
    url = "https://noticias.example.cl/vacia"
    path = _write(
        tmp_path,
        "empty.warc.gz",
        [
            warc_response(url, b"", record_id="e-1"),
            warc_response(
                url + "2", b"  \r\n\t ", record_id="e-2", content_type="application/xhtml+xml"
            ),
            warc_response(url + "3", PAGE_PT, record_id="p-1"),
        ],
    )
    out = list(read_path(path, Settings(), passed_over=True))
    assert [type(x).__name__ for x in out] == ["Document", "PassedOver"]
    assert out[-1].counts == {"empty body:text/html": 1, "empty body:application/xhtml+xml": 1}


def test_markup_without_visible_text_is_still_an_error(tmp_path):
    # near miss: a body that is there but shows nothing is a page that failed, not an empty answer
    path = _write(
        tmp_path,
        "script-only.warc.gz",
        [
            warc_response(
                "https://haber.example.tr/x",
                b"<html><body><script>x()</script></body></html>",
                record_id="s-1",
            )
        ],
    )
    out = list(read_path(path, Settings(), passed_over=True))
    assert len(out) == 1 and isinstance(out[0], ReadError) and "no visible text" in out[0].reason


def test_counts_are_left_out_unless_asked_and_other_errors_unchanged(tmp_path):
    path = _write(tmp_path, "crawl.warc.gz", mixed_crawl())
    out = list(read_path(path, Settings()))
    assert all(isinstance(x, Document) for x in out) and len(out) == 2


def test_archive_of_only_records_passed_over_still_says_so_and_counts_them(tmp_path):
    url = "https://news.example.ke/a"
    path = _write(
        tmp_path,
        "nopages.warc.gz",
        [
            warc_request(url, "r-1"),
            warc_response(url, b"", record_id="m-1", status="308 Permanent Redirect"),
        ],
    )
    out = list(read_path(path, Settings(), passed_over=True))
    assert isinstance(out[0], ReadError) and "no pages in WARC: 2 records" in out[0].reason
    assert out[1].counts == {"record:request": 1, "redirect:308": 1}


def test_plain_html_and_text_inputs_pass_nothing_over(tmp_path):
    (tmp_path / "a.html").write_bytes(PAGE_PT)
    (tmp_path / "b.txt").write_bytes(TEXT_PL)
    for name in ("a.html", "b.txt"):
        out = list(read_path(str(tmp_path / name), Settings(), passed_over=True))
        assert len(out) == 1 and isinstance(out[0], Document)
