"""Invisible characters inside a page's words (zero-width spaces between Khmer
or Burmese words, soft hyphens in long German words) do not cut the page's
words apart from trafilatura's main text, which may drop them: the article
stays body instead of being set aside as "text after the article end"."""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.clean import ClassifyBlocks, SegmentBlocks
from newsline.clean.html import html_to_text_function, main_text_membership
from newsline.model import Block, Document
from newsline.settings import CleanSettings

pytest.importorskip("trafilatura")

ZWSP = "\u200b"
SHY = "\u00ad"

# Khmer news paragraphs, words apart (joined with nothing or a zero-width space)
KHMER = [
    "ក្រសួង កសិកម្ម បាន ប្រកាស ថា ទិន្នផល ស្រូវ ឆ្នាំ នេះ នឹង កើន ឡើង ប្រហែល ដប់ ភាគរយ ដោយសារ ភ្លៀង ធ្លាក់ ទាន់ ពេល នៅ ខែ កក្កដា ។".split(),
    "កសិករ នៅ ខេត្ត បាត់ដំបង និង ខេត្ត តាកែវ បាន ចាប់ផ្តើម ច្រូត កាត់ ស្រូវ មុន កាលកំណត់ ពីរ សប្តាហ៍ ហើយ តម្លៃ ស្រូវ នៅ ទីផ្សារ ក្នុង ស្រុក នៅ តែ ថេរ ។".split(),
    "លោក រដ្ឋមន្ត្រី បាន មាន ប្រសាសន៍ ថា ក្រសួង នឹង ផ្តល់ ពូជ ស្រូវ ថ្មី ដល់ កសិករ ចំនួន ប្រាំ ពាន់ គ្រួសារ មុន រដូវ វស្សា ក្រោយ ។".split(),
]


def _khmer_page(sep: str) -> str:
    paras = "".join(f"<p>{sep.join(words)}</p>" for words in KHMER)
    return f"""<html><head><title>ទិន្នផលស្រូវកើនឡើង - ព័ត៌មានថ្មី</title></head><body>
<nav><ul><li><a href="/">ទំព័រដើម</a></li><li><a href="/a">សេដ្ឋកិច្ច</a></li><li><a href="/b">កីឡា</a></li></ul></nav>
<article><h1>ទិន្នផលស្រូវកើនឡើង</h1>{paras}</article>
<footer><p>រក្សាសិទ្ធិគ្រប់យ៉ាងដោយ ព័ត៌មានថ្មី ២០២៦</p></footer></body></html>"""


def _labels(html: str) -> list[tuple[str | None, str]]:
    doc = Document(id="p", source="p.html", text=html_to_text_function()(html), html=html)
    SegmentBlocks()([doc], Counter())
    ClassifyBlocks()([doc], Counter())
    return [(b.label, doc.text[b.start : b.end]) for b in doc.blocks]


def test_khmer_words_apart_by_zero_width_spaces_stay_the_article():
    spaced = _labels(_khmer_page(ZWSP))
    bodies = [t for label, t in spaced if label == "body"]
    assert len(bodies) == len(KHMER), spaced
    assert all(ZWSP in t for t in bodies)  # the text is the page's, spaces kept
    # labelled as the same page without them is, chrome included
    assert [label for label, _ in spaced] == [label for label, _ in _labels(_khmer_page(""))]


def test_membership_reads_invisible_characters_as_nothing():
    # Burmese words apart by zero-width spaces on the page, run together in
    # the main text; a German word with soft hyphens against the plain word
    page_lines = [
        "မြို့တော်\u200bစည်ပင်\u200bသာယာရေး\u200bကော်မတီ\u200bက\u200bလမ်း\u200bအသစ်\u200bဖောက်\u200bမည်",
        "Die Stadt\u00adverwaltung plant eine neue Straßen\u00adbahn\u00adlinie zum Haupt\u00adbahnhof.",
        "Impressum Datenschutz Kontakt",
    ]
    text = "\n".join(page_lines)
    doc = Document(id="m", source="m", text=text)
    pos, blocks = 0, []
    for line in page_lines:
        blocks.append(Block(pos, pos + len(line)))
        pos += len(line) + 1
    doc.blocks = blocks
    main = "\n".join(line.replace(ZWSP, "").replace(SHY, "") for line in page_lines[:2])
    assert main_text_membership(doc, main, CleanSettings()) == [True, True, False]
