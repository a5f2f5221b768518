"""CSV headers and JSON record keys in the project's languages name the same
fields as the English ones: one table (jsonl.FIELD_NAMES) for both."""

import json
import unicodedata

import pytest

from newsline.model import Document, ReadError
from newsline.readers import read_path
from newsline.settings import Settings

S = Settings()
BODY = "Un texto de prueba bastante largo para el lector."


@pytest.mark.parametrize(
    ("header", "sep"),
    [
        (["titre", "contenu", "date", "lien", "auteur"], ","),
        (["Título", "Texto", "Fecha", "Enlace", "Autor"], ";"),
        (["tiêu đề", "nội dung", "ngày", "liên kết", "tác giả"], ","),
        (["标题", "内容", "日期", "链接", "作者"], ","),
        (["Titel", "Text", "Datum", "URL", "Autor"], ";"),
        (["Título", "Conteúdo", "Data", "Link", "Autor"], ","),
        (["Titolo", "Testo", "Data", "Link", "Autore"], ";"),
        (["หัวข้อ", "เนื้อหา", "วันที่", "ลิงก์", "ผู้เขียน"], ","),
    ],
)
def test_csv_header_in_the_projects_languages_names_its_fields(tmp_path, header, sep):
    path = tmp_path / "rows.csv"
    row = ["Le titre", BODY, "2024-05-01", "https://x.example/a", "M. Dupont"]
    path.write_text("\n".join(sep.join(cells) for cells in (header, row)) + "\n", encoding="utf-8")
    (doc,) = read_path(str(path), S)
    assert isinstance(doc, Document), doc
    assert doc.text == BODY and doc.title == "Le titre"
    assert doc.published.startswith("2024-05-01") and doc.url == "https://x.example/a"
    assert doc.author == "M. Dupont"


def test_csv_header_matched_casefolded_spaced_and_decomposed(tmp_path):
    path = tmp_path / "rows.csv"
    header = ["TIÊU_ĐỀ", unicodedata.normalize("NFD", "Nội Dung"), "Fecha de publicación"]
    path.write_text(",".join(header) + "\n" + f"Tin,{BODY},2024-05-01\n", encoding="utf-8")
    (doc,) = read_path(str(path), S)
    assert isinstance(doc, Document), doc
    assert doc.text == BODY and doc.title == "Tin" and doc.published.startswith("2024-05-01")


def test_json_lines_record_keys_in_other_languages(tmp_path):
    path = tmp_path / "rows.jsonl"
    rec = {"titre": "Le titre", "contenu": BODY, "date": "2024-05-01", "auteur": "A. B."}
    path.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    (doc,) = read_path(str(path), S)
    assert isinstance(doc, Document), doc
    assert doc.text == BODY and doc.title == "Le titre" and doc.author == "A. B."


def test_csv_whose_only_text_like_column_is_notes_is_still_refused(tmp_path):
    path = tmp_path / "rows.csv"
    path.write_text("titre,notes,date\nLe titre,quelque chose,2024-05-01\n", encoding="utf-8")
    (err,) = read_path(str(path), S)
    assert isinstance(err, ReadError)
    assert err.reason == "CSV has no text column: its first row names 'titre', 'notes', 'date'"
