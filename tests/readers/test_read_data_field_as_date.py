"""A record's "data" key is the date in Portuguese and Italian, and the
payload of many English JSON APIs: it is read as the publication date only
when its value looks like one, never as an object, a list, a count or a text."""

import json

import pytest

from newsline.model import Document
from newsline.readers import read_path
from newsline.settings import Settings

S = Settings()
BODY = "A long enough article body about the new harbour crane and its first week."


def _one(path) -> Document:
    (doc,) = read_path(str(path), S)
    assert isinstance(doc, Document), doc
    return doc


def _record(tmp_path, obj) -> Document:
    path = tmp_path / "rows.jsonl"
    path.write_text(json.dumps(obj, ensure_ascii=False) + "\n", encoding="utf-8")
    return _one(path)


@pytest.mark.parametrize(
    "data",
    [
        {"views": 3, "shares": 12},
        [1, 2, 3],
        ["2024-05-16"],
        42,
        True,
        "Some further information the API returns beside the article, as plain text.",
        "first line\nsecond line",
        "no digits here",
    ],
)
def test_data_that_is_no_date_is_not_the_publication_date(tmp_path, data):
    doc = _record(tmp_path, {"text": BODY, "data": data})
    assert doc.published is None
    assert "published_raw" not in doc.meta
    assert "published" not in doc.meta.get("fields", {})


@pytest.mark.parametrize(
    ("data", "published"),
    [
        ("2024-05-16", "2024-05-16"),
        ("2024-05-16T08:30:00+00:00", "2024-05-16T08:30:00+00:00"),
        (1715848200, "2024-05-16T08:30:00+00:00"),
        (1715848200000, "2024-05-16T08:30:00+00:00"),
    ],
)
def test_data_that_is_a_date_is_the_publication_date(tmp_path, data, published):
    doc = _record(tmp_path, {"texto": BODY, "data": data})
    assert doc.published == published
    assert doc.meta["fields"]["published"] == "data"


def test_a_date_written_in_words_under_data_is_kept_raw(tmp_path):
    doc = _record(tmp_path, {"testo": BODY, "data": "16 maggio 2024"})
    assert doc.published is None and doc.meta["published_raw"] == "16 maggio 2024"


def test_an_object_under_data_gives_way_to_a_later_date_name(tmp_path):
    doc = _record(tmp_path, {"text": BODY, "data": {"id": 7}, "datum": "2024-05-16"})
    assert doc.published == "2024-05-16"


def test_an_object_under_any_date_name_is_passed_over(tmp_path):
    doc = _record(tmp_path, {"text": BODY, "published": {"by": "desk"}, "date": "2024-05-16"})
    assert doc.published == "2024-05-16"
    assert "published_raw" not in doc.meta


def test_a_json_api_wrapping_one_article_under_data_gives_it(tmp_path):
    path = tmp_path / "article.json"
    obj = {"status": "ok", "data": {"title": "Crane", "content": BODY, "date": "2024-05-16"}}
    path.write_text(json.dumps(obj, indent=2), encoding="utf-8")
    doc = _one(path)
    assert doc.text == BODY and doc.title == "Crane" and doc.published == "2024-05-16"


def test_a_json_api_listing_articles_under_data_gives_each(tmp_path):
    path = tmp_path / "articles.json"
    items = [{"title": f"T{i}", "content": f"{BODY} ({i})", "data": "2024-05-16"} for i in range(3)]
    path.write_text(json.dumps({"data": items, "meta": {"total": 3}}, indent=2), encoding="utf-8")
    docs = list(read_path(str(path), S))
    assert [d.title for d in docs] == ["T0", "T1", "T2"]
    assert all(d.published == "2024-05-16" for d in docs)


def test_an_object_under_data_with_no_article_is_still_no_document(tmp_path):
    path = tmp_path / "status.json"
    path.write_text(json.dumps({"status": "ok", "data": {"count": 3}}, indent=2), "utf-8")
    (err,) = read_path(str(path), S)
    assert "no document" in err.reason


def test_front_matter_data_is_a_date_only_when_it_looks_like_one(tmp_path):
    dated = tmp_path / "a.md"
    dated.write_text(f"---\ntitle: Porto\ndata: 2024-05-16\n---\n{BODY}\n", "utf-8")
    assert _one(dated).published == "2024-05-16"
    words = tmp_path / "b.md"
    words.write_text(f"---\ntitle: Porto\ndata: notas do editor\n---\n{BODY}\n", "utf-8")
    assert _one(words).published is None
