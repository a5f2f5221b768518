"""trafilatura trims what is no letter or digit from the end of an author's
name, and a Brahmic or Thai script's closing vowel sign is a combining mark:
"रिपोर्ट: अमित शर्मा | अपडेटेड: 12 मार्च 2026" gave the author
"अमित शर्म; अपडेटेड" -- the surname cut and the stamp's label ("updated")
taken for a second writer. The name gets back the marks the page writes
right after it, and a part that is a publish stamp's label is dropped.
Pages written for this test in a Hindi portal's and a Thai daily's styles;
a second writer's name stays, and a name the page spells without marks is
left as it is."""

from __future__ import annotations

import pytest

from newsline.clean.html import author_name, restore_trailing_marks
from tests.clean.helpers import BODY, classify_page

PAGE = """<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head>
<body><nav><a>{home}</a></nav>
<article><h1>{title}</h1>
<div class="byline">{byline}</div>
{paras}
</article></body></html>
"""


@pytest.mark.parametrize(
    "lang,title,home,byline,author",
    [
        (
            "hi",
            "शहर में 300 नई इलेक्ट्रिक बसें शुरू",
            "होम",
            "रिपोर्ट: अमित शर्मा | अपडेटेड: 12 मार्च 2026, 15:20 IST",
            "अमित शर्मा",
        ),
        (
            "th",
            "เทศบาลเตรียมปรับปรุงสวนสาธารณะกลางเมือง",
            "หน้าแรก",
            "โดย สมชาย ใจดี",
            "สมชาย ใจดี",
        ),
    ],
)
def test_the_author_keeps_the_closing_vowel_sign(tmp_path, lang, title, home, byline, author):
    paras = "\n".join(f"<p>{p}</p>" for p in BODY[lang])
    path = tmp_path / f"{lang}.html"
    path.write_text(
        PAGE.format(lang=lang, title=title, home=home, byline=byline, paras=paras), encoding="utf-8"
    )
    doc = classify_page(path)
    assert doc.author == author, doc.author


def test_a_stamp_label_is_no_second_writer():
    assert author_name("रिपोर्ट अमित शर्मा; अपडेटेड", "hi") == "अमित शर्मा"
    assert author_name("Karen Holt; Updated 12 March 2026", "en") == "Karen Holt"


def test_a_second_writer_stays():
    assert author_name("Ana Ruiz; Luis Gil", "es") == "Ana Ruiz; Luis Gil"


def test_marks_are_restored_only_where_the_page_has_them():
    assert restore_trailing_marks("अमित शर्म", "रिपोर्ट: अमित शर्मा |") == "अमित शर्मा"
    # the page spells the name so: nothing to add
    assert restore_trailing_marks("Ram Lal", "By Ram Lal, Delhi") == "Ram Lal"
    # the name inside a longer word is not the name
    assert restore_trailing_marks("Ram", "Ramesh said") == "Ram"
