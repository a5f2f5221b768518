"""A scraper's JSON Lines record says when the page was fetched: news-please
writes ``date_download``, Apify's crawlers ``crawl.loadedTime``, many
scrapers ``scraped_at`` or ``crawled_at``. It is the document's ``fetched``
(as a WARC's WARC-Date is), never its publication date; a value that is
no date is left out. Records written for these tests
(benchmarks/bundle_check.py --set bundle6: a text-only record whose only
date was its crawl time)."""

from __future__ import annotations

import json

import pytest

from newsline.readers import read_path
from newsline.settings import Settings


def read(tmp_path, record):
    path = tmp_path / "pages.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    docs = list(read_path(str(path), Settings()))
    assert len(docs) == 1
    return docs[0]


TEXT = (
    "Nairobi, 4 oct (Agencia) – Los agricultores del valle del Rift recibieron lluvias este jueves."
)


@pytest.mark.parametrize(
    "record,fetched",
    [
        ({"maintext": TEXT, "date_download": "2025-10-05 11:02:03"}, "2025-10-05T11:02:03"),
        ({"text": TEXT, "scraped_at": "2025-10-05T09:00:00Z"}, "2025-10-05T09:00:00+00:00"),
        (
            {
                "url": "https://x.example.org/a",
                "crawl": {"loadedTime": "2025-10-05T19:40:02.077Z"},
                "text": TEXT,
            },
            "2025-10-05T19:40:02.077000+00:00",
        ),
        ({"content": TEXT, "metadata": {"crawled_at": 1759658400}}, "2025-10-05T10:00:00+00:00"),
    ],
)
def test_the_fetch_time_is_read(tmp_path, record, fetched):
    doc = read(tmp_path, record)
    assert doc.fetched == fetched
    assert doc.published is None  # a fetch is no publication


def test_a_value_that_is_no_date_is_left_out(tmp_path):
    doc = read(tmp_path, {"text": TEXT, "scraped_at": {"by": "bot"}, "crawl": {"depth": 2}})
    assert doc.fetched is None


def test_a_publication_date_stays_apart(tmp_path):
    doc = read(
        tmp_path, {"text": TEXT, "date_publish": "2025-10-04", "date_download": "2025-10-06"}
    )
    assert (doc.published, doc.fetched) == ("2025-10-04", "2025-10-06")
