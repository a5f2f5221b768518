"""A page typed with combining marks (or read from windows-1258, whose tones
are combining marks) is stored as decoded: "a" + U+0323 where the cue tables
spell "ạ". The cleaner and the dates read its composed view; the flags did
not, so its adverts' trade words were never met. Pages written for this file;
each positive failed before it."""

from __future__ import annotations

import unicodedata

from tests.flags.diploma_pages import PAGES
from tests.flags.helpers import flagged, kinds, span


def _decomposed(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def test_an_advert_typed_with_combining_marks_is_spam_and_its_span_is_the_stored_one():
    advert = "Vay tiền nhanh không thẩm định, giải ngân trong ngày, liên hệ Zalo 0938 222 111"
    text = _decomposed(PAGES["vi"].format(a=advert))
    doc = flagged(text)
    spam = kinds(doc, "spam")
    assert spam, [f.reason for f in doc.flags]
    assert unicodedata.normalize("NFC", span(doc, spam[0])) == advert


def test_a_spanish_advert_with_combining_accents_is_spam():
    advert = "Préstamo rápido, aprobación en diez minutos. WhatsApp +34 612 345 678"
    doc = flagged(_decomposed(PAGES["es"].format(a=advert)))
    assert kinds(doc, "spam"), [f.reason for f in doc.flags]


def test_a_decomposed_page_without_an_advert_stays_clean():
    line = "Người dân phản ánh tình trạng vay tiền nhanh qua ứng dụng khiến nhiều gia đình mắc nợ."
    doc = flagged(_decomposed(PAGES["vi"].format(a=line)))
    assert not kinds(doc, "spam"), [f.reason for f in doc.flags]
