"""JSON records whose fields are spelled other ways than the names listed:
another case or separator ("pubdate", "PubDate", "URL", "Published-At"),
Unix time written as text, the page's URL under ``source``, and metadata
nested under ``meta`` / ``metadata`` (RedPajama, Dolma). Each was dropped:
the document came out without its date or URL. Records written for these tests.
"""

from __future__ import annotations

import json

import pytest

from newsline.model import Document, ReadError
from newsline.readers import read_path
from newsline.settings import Settings

S = Settings()
ID = "Pemerintah Kota Medan kemarin meresmikan jembatan baru di atas Sungai Deli."
PL = "Rada Miasta Lublina przyjęła wczoraj plan budowy nowej linii trolejbusowej."
UTC_DAY = "2024-05-16T07:45"
URL = "https://berita.example/jembatan"


def _read(tmp_path, records: list[dict], name: str = "pages.jsonl"):
    path = tmp_path / name
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), encoding="utf-8")
    out = list(read_path(str(path), S))
    return [x for x in out if isinstance(x, Document)], [x for x in out if isinstance(x, ReadError)]


def _utc(iso: str | None) -> str | None:
    from datetime import UTC, datetime

    return datetime.fromisoformat(iso).astimezone(UTC).strftime("%Y-%m-%dT%H:%M") if iso else None


@pytest.mark.parametrize(
    "record",
    [
        {"Text": ID, "URL": URL, "PubDate": "2024-05-16T14:45:00+07:00"},
        {"text": ID, "Link": URL, "pubdate": "Thu, 16 May 2024 07:45:00 GMT"},
        {"text": ID, "url": URL, "Published-At": "2024-05-16T07:45:00Z"},
        {"text": ID, "url": URL, "pub_date": "1715845500"},
        {"text": ID, "url": URL, "date": "1715845500000"},
    ],
)
def test_field_names_in_another_case_or_spelling_are_read(tmp_path, record):
    docs, errors = _read(tmp_path, [record])
    assert not errors and len(docs) == 1
    assert docs[0].text == ID
    assert docs[0].url == URL
    assert _utc(docs[0].published) == UTC_DAY


def test_source_holding_the_pages_url_is_its_url(tmp_path):
    docs, _ = _read(tmp_path, [{"text": PL, "source": "https://gazeta.example/trolejbusy?id=7"}])
    assert docs[0].url == "https://gazeta.example/trolejbusy?id=7"


@pytest.mark.parametrize("nest", ["meta", "metadata", "Metadata"])
def test_metadata_nested_under_meta_is_read(tmp_path, nest):
    record = {
        "text": PL,
        nest: {
            "url": "https://gazeta.example/t",
            "published": "2024-05-16T09:45:00+02:00",
            "title": "Trolejbusy",
        },
    }
    docs, errors = _read(tmp_path, [record])
    assert not errors
    assert docs[0].url == "https://gazeta.example/t"
    assert _utc(docs[0].published) == UTC_DAY and docs[0].title == "Trolejbusy"


# near misses


def test_source_naming_the_outlet_is_no_url(tmp_path):
    for source in ("Gazeta Lubelska", "gazeta.example", "https://gazeta.example/a b c"):
        docs, _ = _read(tmp_path, [{"text": PL, "source": source}])
        assert docs[0].url is None


@pytest.mark.parametrize("stamp", ["202405160745", "12345678", "17158455001"])
def test_digit_strings_that_are_not_unix_time_are_not_read_as_it(tmp_path, stamp):
    docs, _ = _read(tmp_path, [{"text": PL, "published": stamp}])
    assert docs[0].published is None or not docs[0].published.startswith("20")
    assert docs[0].published != "1970-01-01T00:00:00+00:00"


def test_text_nested_in_meta_is_not_the_text(tmp_path):
    docs, errors = _read(tmp_path, [{"meta": {"text": PL, "url": "https://gazeta.example/t"}}])
    assert not docs and errors  # the record's own text is missing: still said


def test_top_level_field_wins_over_nested_meta(tmp_path):
    record = {"text": PL, "url": "https://gazeta.example/top", "meta": {"url": "https://m.example"}}
    docs, _ = _read(tmp_path, [record])
    assert docs[0].url == "https://gazeta.example/top"


def test_a_small_number_under_data_is_still_no_date(tmp_path):
    docs, _ = _read(tmp_path, [{"text": PL, "Data": "12"}])
    assert docs[0].published is None


@pytest.mark.parametrize(
    "obj",
    [
        {"Content": PL, "URL": "https://gazeta.example/t"},
        {"status": "ok", "data": {"Body": PL, "Link": "https://gazeta.example/t"}},
    ],
)
def test_a_json_file_whose_text_field_is_spelled_otherwise_is_read(tmp_path, obj):
    path = tmp_path / "one.json"
    path.write_text(json.dumps(obj, ensure_ascii=False, indent=2), encoding="utf-8")
    docs = [x for x in read_path(str(path), S) if isinstance(x, Document)]
    assert [d.text for d in docs] == [PL] and docs[0].url == "https://gazeta.example/t"


def test_a_json_object_without_any_text_field_still_says_so(tmp_path):
    path = tmp_path / "none.json"
    path.write_text(json.dumps({"Status": "ok", "Count": 3}, indent=2), encoding="utf-8")
    out = list(read_path(str(path), S))
    assert len(out) == 1 and isinstance(out[0], ReadError)


@pytest.mark.parametrize(
    "record",
    [
        {"content": ID, "item_url": URL, "publish_time": "2024-05-16 14:45:00+07:00"},
        {"text": ID, "thumbnail_url": "https://cdn.example/j.jpg", "articleLink": URL},
        {"isi": "x", "text": ID, "page-uri": URL, "pub_time": "2024-05-16T07:45:00Z"},
    ],
)
def test_a_link_field_under_a_scrapers_own_name_is_the_pages_url(tmp_path, record):
    # each scraper names its page link its own way; read without it, the
    # record was stored under its file's name ("pages.jsonl:1")
    docs, _ = _read(tmp_path, [record])
    assert docs[0].url == URL
    if "publish_time" in record or "pub_time" in record:
        assert _utc(docs[0].published) == UTC_DAY


@pytest.mark.parametrize(
    "record",
    [
        {"text": PL, "image_url": "https://gazeta.example/foto/7"},
        {"text": PL, "author_url": "https://gazeta.example/autor/nowak"},
        {"text": PL, "site_url": "https://gazeta.example/"},
        {"text": PL, "photo_link": "https://gazeta.example/trolejbus.webp"},
        {"text": PL, "link_text": "czytaj dalej"},
    ],
)
def test_a_picture_author_or_site_link_is_not_the_pages_url(tmp_path, record):
    docs, _ = _read(tmp_path, [record])
    assert docs[0].url is None
