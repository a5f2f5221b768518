"""A content farm's plain-text page opens with its name and slogan
("BeritaViral24 - Portal Berita Terkini dan Terpercaya"), then its menu,
then the reprinted press release's headline and the label "SIARAN PERS".
The slogan line, as long as the headline and first, was taken for the
title (the headline set aside as a line before the article); with the
headline found, the label in capitals was read as a name signing the
article (byline, and the page's author). The page's copyright notice
names the site: a line opening with that name and a separator is the
masthead (navigation). A press release's label alone on a line is the
text's kind (navigation) in any of the project's languages. Pages written
for this test in an Indonesian content farm's and an English newswire
reprint's styles; a headline naming the site in a sentence, and a page
with no copyright notice, are left as before."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY, classify_lines

ID = BODY["id"]
HEADLINE = "Pemkot Resmikan Renovasi Taman Kota, Warga Antusias"
MASTHEAD = "BeritaViral24 - Portal Berita Terkini dan Terpercaya"
FOOTER = "Copyright © 2026 BeritaViral24. All Rights Reserved."


def _page(masthead=MASTHEAD, headline=HEADLINE, footer=FOOTER, label="SIARAN PERS"):
    return [
        masthead,
        "Home | Nasional | Ekonomi | Teknologi | Hiburan",
        headline,
        "Senin, 9 Maret 2026",
        label,
        *ID,
        footer,
    ]


def test_the_masthead_is_not_the_title():
    got = classify_lines(_page())
    assert got[HEADLINE][0] == "title", got[HEADLINE]
    assert got[MASTHEAD][0] == "navigation", got[MASTHEAD]
    assert "copyright notice names the site" in got[MASTHEAD][1][0], got[MASTHEAD]
    assert got["SIARAN PERS"][0] == "navigation", got["SIARAN PERS"]
    for p in ID:
        assert got[p][0] == "body", got[p]


@pytest.mark.parametrize(
    "lang,label",
    [
        ("en", "PRESS RELEASE"),
        ("en", "For Immediate Release"),
        ("es", "COMUNICADO DE PRENSA"),
        ("de", "Pressemitteilung"),
        ("tr", "BASIN BÜLTENİ"),
    ],
)
def test_a_release_label_under_the_headline_is_no_byline(lang, label):
    headline = "Harbour authority opens new ferry terminal after two years of work"
    got = classify_lines([headline, label, *BODY[lang]])
    assert got[label][0] == "navigation", got[label]
    assert got[headline][0] == "title", got[headline]


def test_a_name_under_the_headline_still_signs_it():
    headline = "Harbour authority opens new ferry terminal after two years of work"
    got = classify_lines([headline, "Karen Holt", *BODY["en"]])
    assert got["Karen Holt"][0] == "byline", got["Karen Holt"]


def test_a_headline_naming_the_site_in_a_sentence_stays_the_title():
    headline = "BeritaViral24 raih penghargaan media daring terbaik tahun ini"
    got = classify_lines(["Home | Nasional | Ekonomi", headline, *ID, FOOTER])
    assert got[headline][0] == "title", got[headline]


def test_without_a_copyright_notice_the_longest_line_is_as_before():
    got = classify_lines(_page(footer="Hubungi kami di redaksi untuk informasi lebih lanjut."))
    assert got[MASTHEAD][0] == "title", got[MASTHEAD]
