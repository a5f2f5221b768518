"""Markdown posts from static-site generators (Hugo, Jekyll, Eleventy).

Their title and publication date sit in front matter at the file's start;
the file was read as plain text with no date, so "hier" / "ayer" in the post
had nothing to count from. Posts written for these tests.
"""

from __future__ import annotations

from newsline.model import Document
from newsline.readers import read_path
from newsline.settings import Settings


def _read(path) -> Document:
    (doc,) = list(read_path(str(path), Settings()))
    assert isinstance(doc, Document), doc
    return doc


def test_yaml_and_toml_front_matter_give_title_date_and_author(tmp_path):
    yaml_post = tmp_path / "2024-05-ponts.md"
    yaml_post.write_text(
        "---\n"
        'title: "Nantes rénove trois ponts"\n'
        "date: 2024-05-14T09:00:00+02:00\n"
        "author: Claire Martin\n"
        "tags: [ville, ponts]\n"
        "---\n\n"
        "La mairie de Nantes a présenté hier un plan pour rénover trois ponts.\n",
        encoding="utf-8",
    )
    doc = _read(yaml_post)
    assert doc.title == "Nantes rénove trois ponts" and doc.author == "Claire Martin"
    assert doc.published.startswith("2024-05-14T09:00:00")
    assert doc.text.startswith("---\ntitle:")  # nothing read is dropped
    toml_post = tmp_path / "tranvia.markdown"
    toml_post.write_text(
        "+++\ntitle = 'Tranvía'\npublishDate = \"2024-05-15\"\n"
        'url = "https://noticias.example/tranvia"\n+++\n'
        "El ayuntamiento de Bilbao aprobó ayer una nueva línea de tranvía.\n",
        encoding="utf-8",
    )
    doc = _read(toml_post)
    assert doc.title == "Tranvía" and doc.url == "https://noticias.example/tranvia"
    assert doc.published.startswith("2024-05-15")


def test_markdown_without_front_matter_and_a_text_file_with_dashes_stay_plain(tmp_path):
    plain = tmp_path / "note.md"
    plain.write_text("# Tin nhanh\n\nCần Thơ nâng cấp bến phà.\n", encoding="utf-8")
    doc = _read(plain)
    assert doc.title is None and doc.published is None and "front_matter" not in doc.meta
    txt = tmp_path / "memo.txt"  # only Markdown posts carry front matter
    txt.write_text("---\ndate: 2024-05-14\n---\nA memo.\n", encoding="utf-8")
    assert _read(txt).published is None
