"""Writer credits the author reader read wrong (metadata heldout9): a wire
credit whose reporters each name their city ("Reporting by Anna Kowalczyk in
Vilnius and Lee Tran in Tallinn") kept only the first reporter (q05); the
writer who took the photos too ("文・写真　高橋　誠", "Texto y fotos: …") was
read as "・写真 高橋 誠" or not at all (q08). Pages and lines written for
this test in other languages and sites' styles."""

from __future__ import annotations

import pytest

from newsline.clean.html import author_name

from .helpers import BODY, html_article_page


@pytest.mark.parametrize(
    ("credit", "names"),
    [
        (
            "Reporting by Marta Silva in Lisbon and Jonas Berg in Oslo; Editing by Ruth Kerr",
            {"Marta Silva", "Jonas Berg"},
        ),
        (
            (
                "Reporting by Ana Gil in Madrid, Tom Reyes in Manila and Jo Park in Seoul; "
                "Editing by Ruth Kerr"
            ),
            {"Ana Gil", "Tom Reyes", "Jo Park"},
        ),
        ("Reporting by Lucy Craymer in New York; Editing by Ruth Kerr", {"Lucy Craymer"}),
    ],
)
def test_each_reporter_of_a_wire_credit_keeps_a_name_after_the_cities(tmp_path, credit, names):
    doc = html_article_page(
        tmp_path, "en", "<title>Ports reopen</title>", "", [*BODY["en"], credit]
    )
    assert doc.author is not None and set(doc.author.split("; ")) == names, doc.author


@pytest.mark.parametrize(
    ("lang", "credit", "name"),
    [
        ("ja", "文・写真　佐藤　花子", "佐藤\u3000花子"),
        ("zh", "文/图 王晓燕", "王晓燕"),
        ("zh", "文/图：王晓燕", "王晓燕"),
        ("es", "Texto y fotos: Carmen Ortiz", "Carmen Ortiz"),
        ("vi", "Bài và ảnh: Minh Khuê", "Minh Khuê"),
        ("id", "Teks dan foto: Rina Wulandari", "Rina Wulandari"),
        ("en", "Text and photos: Owen Blake", "Owen Blake"),
    ],
)
def test_a_writer_who_took_the_photos_too_is_named(lang, credit, name):
    assert author_name(credit, lang) == name


def test_a_writers_field_then_a_photographers_still_names_the_writer():
    assert author_name("文/李晓燕 图/张伟", "zh") == "李晓燕"
