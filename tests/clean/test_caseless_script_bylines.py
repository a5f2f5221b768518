"""A byline cue before a name in a script without capitals ('रिपोर्ट: अमित
शर्मा', 'خبرنگار: مریم احمدی', 'بقلم أحمد العلي') names the author: a name was
known only by its capitals, so these pages had a byline and no author. Only
a line that says it is a byline names one; a bare line of two words does
not. Pages written for this test."""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.clean import ClassifyBlocks, SegmentBlocks
from newsline.clean.html import byline_author
from newsline.langid import IdentifyLanguages
from newsline.model import Document
from newsline.settings import Settings

from .helpers import BODY


def _author(lines: list[str]) -> str | None:
    doc = Document(id="t", source="test", text="\n".join(lines))
    s = Settings()
    for stage in (SegmentBlocks(s), IdentifyLanguages(s.lang), ClassifyBlocks(s)):
        stage([doc], Counter())
    return byline_author(doc, s.clean)


@pytest.mark.parametrize(
    ("lang", "headline", "byline", "author"),
    [
        ("hi", "दिल्ली में नई इलेक्ट्रिक बसों की शुरुआत", "रिपोर्ट: अमित शर्मा", "अमित शर्मा"),
        ("fa", "شهرداری صد اتوبوس برقی جدید خریداری می‌کند", "خبرنگار: مریم احمدی", "مریم احمدی"),
        ("ar", "البلدية تبدأ تجديد الحديقة المركزية الشهر المقبل", "بقلم أحمد العلي", "أحمد العلي"),
    ],
)
def test_a_cued_byline_in_a_caseless_script_names_the_author(lang, headline, byline, author):
    assert _author([headline, byline, *BODY[lang]]) == author


@pytest.mark.parametrize(
    ("lang", "headline", "line"),
    [
        ("hi", "दिल्ली में नई इलेक्ट्रिक बसों की शुरुआत", "देश विदेश"),
        ("fa", "شهرداری صد اتوبوس برقی جدید خریداری می‌کند", "اخبار اجتماعی"),
    ],
)
def test_two_words_without_a_cue_name_no_author(lang, headline, line):
    assert _author([line, headline, *BODY[lang]]) is None
