"""Text whose accents are written decomposed (NFD: a base letter and a
combining mark, as some editors, macOS file names and copied PDFs give them)
reads as the same text composed. A combining mark is no letter: it cut every
accented word in two, hid Vietnamese's own letters ("ố" is "o" + two marks)
and left the model n-grams of no language, so Vietnamese headlines read as
French, Spanish or English. Lines written for this test."""

from __future__ import annotations

import itertools
import unicodedata
from collections import Counter

import pytest

from newsline.langid import IdentifyLanguages
from newsline.langid.detect import detect_language, detect_spans
from newsline.model import Block, Document


def nfd(text: str) -> str:
    out = unicodedata.normalize("NFD", text)
    assert out != text  # the line really has decomposable accents
    return out


VIETNAMESE = [
    "Bộ Giáo dục công bố phương án thi mới",
    "Xuất khẩu gạo tăng mạnh trong quý đầu năm",
    "Giá thịt lợn giảm sâu, người chăn nuôi lo lắng",
    "Ủy ban nhân dân tỉnh họp khẩn về lũ quét",
    "CẢNH BÁO NẮNG NÓNG KÉO DÀI Ở MIỀN TRUNG",
    "Nhiều trường học cho học sinh nghỉ để tránh rét",
]


@pytest.mark.parametrize("line", VIETNAMESE)
def test_decomposed_vietnamese_reads_as_composed(line):
    assert detect_language(line) == "vi"
    assert detect_language(nfd(line)) == "vi"


# other languages written decomposed keep their language: composing adds no
# Vietnamese letter
OTHERS = [
    ("fr", "Les élèves récompensés à la cérémonie de fin d'année"),
    ("es", "El Ayuntamiento aprobó la construcción de una biblioteca pública"),
    ("de", "Die Bürger wählen am Sonntag einen neuen Bürgermeister"),
    ("pt", "A população será informada sobre as mudanças até março"),
]


@pytest.mark.parametrize("lang,line", OTHERS)
def test_decomposed_text_of_other_languages_keeps_its_language(lang, line):
    assert detect_language(nfd(line)) == detect_language(line) == lang


def test_spans_keep_the_decomposed_texts_offsets():
    # the composed form is shorter: spans must still tile the text as given
    text = nfd("Thủ tướng phát biểu tại hội nghị. ") + "The minister spoke at the summit."
    spans = detect_spans(text)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(spans))
    assert spans[0][2] == "vi"


def test_decomposed_vietnamese_headline_on_its_own_page():
    text = nfd("Mưa đá bất ngờ trút xuống nhiều huyện miền núi phía Bắc")
    doc = Document(id="d", source="t", text=text, blocks=[Block(0, len(text), "title")])
    IdentifyLanguages()([doc], Counter())
    assert doc.lang == "vi" and doc.blocks[0].lang == "vi"
