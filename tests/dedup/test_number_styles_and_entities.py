"""Copies of one article that differ in how their numbers or their
typography are written, not in what they say, are one text to dedup:

- number separators by another convention ("1.250.000" / "1,250,000" /
  "1 250 000" with no-break spaces, "3,5" / "3.5");
- digits of another script (Persian, Devanagari, Arabic-Indic) for ASCII ones,
  and the Arabic decimal sign;
- HTML entities escaped twice, so that the copy's text reads "&rsquo;" or
  "&#8217;" where the original shows "’";
- the ideographic enumeration comma "、" typed "," on a half-width page.

A templated report re-filled with other figures stays another text. The
articles are invented.
"""

from __future__ import annotations

from collections import Counter

from newsline.dedup import Deduplicate, normalise
from newsline.model import Document

DE = (
    "Die Stadtwerke Lindenau investieren 1.250.000 Euro in neue Wasserleitungen. Der Preis "
    "für einen Kubikmeter Wasser steigt im kommenden Jahr um 3,5 Prozent auf 2,84 Euro, "
    "teilte der Geschäftsführer am Montag mit. Betroffen sind rund 14.600 Haushalte."
)
DE_OTHER_STYLE = (
    "Die Stadtwerke Lindenau investieren 1,250,000 Euro in neue Wasserleitungen. Der Preis "
    "für einen Kubikmeter Wasser steigt im kommenden Jahr um 3.5 Prozent auf 2.84 Euro, "
    "teilte der Geschäftsführer am Montag mit. Betroffen sind rund 14,600 Haushalte."
)
FR_NBSP = (
    "La commune de Saint-Brévin a reçu 12\u00a0400 visiteurs pendant le festival, soit "
    "8,5\u00a0% de plus que l'an dernier, pour un budget de 215\u202f000 euros."
)
FR_POINTS = (
    "La commune de Saint-Brévin a reçu 12.400 visiteurs pendant le festival, soit "
    "8,5\u00a0% de plus que l'an dernier, pour un budget de 215.000 euros."
)
FA_ASCII = (
    "شهرداری تبریز اعلام کرد که 320 دستگاه اتوبوس برقی تا سال 1405 به ناوگان شهری اضافه می‌شود."
)
FA_DIGITS = (
    "شهرداری تبریز اعلام کرد که ۳۲۰ دستگاه اتوبوس برقی تا سال ۱۴۰۵ به ناوگان شهری اضافه می‌شود."
)
HI_ASCII = "नगर निगम ने 450 नई बसों के लिए 1200 करोड़ रुपये मंज़ूर किए, सेवा 2027 से शुरू होगी।"
HI_DIGITS = "नगर निगम ने ४५० नई बसों के लिए १२०० करोड़ रुपये मंज़ूर किए, सेवा २०२७ से शुरू होगी।"
EN_CURLY = (
    "The council\u2019s plan, which residents called \u201cthe best news in years\u201d, will reopen "
    "the lido on Saturday \u2014 three years after it closed\u2026 for good, many had feared."
)
EN_ESCAPED = (
    "The council&#8217;s plan, which residents called &ldquo;the best news in years&rdquo;, will reopen "
    "the lido on Saturday &mdash; three years after it closed&#x2026; for good, many had feared."
)
JA_FULL = (
    "大阪府は、堺市、豊中市、吹田市の三市で、来年四月から高齢者向けの無料バスを運行すると発表した。"
)
JA_HALF = (
    "大阪府は,堺市,豊中市,吹田市の三市で,来年四月から高齢者向けの無料バスを運行すると発表した."
)


def test_number_separators_read_one_way():
    assert normalise("1.250.000 und 3,5") == normalise("1,250,000 und 3.5")
    assert normalise("12\u00a0400 visiteurs") == normalise("12.400 visiteurs")
    assert normalise("215\u202f000") == normalise("215,000")
    # other figures stay other figures; a comma between words or after a
    # figure and a space is no number separator
    assert normalise("1.250 Euro") != normalise("1.350 Euro")
    assert normalise("Punkte 1, 2 und 3") == "punkte 1, 2 und 3"
    # a plain space between numbers is not read as a separator ("am 3 400 Menschen")
    assert normalise("12 400") != normalise("12.400")


def test_digits_of_any_script_read_as_ascii():
    assert normalise(FA_DIGITS) == normalise(FA_ASCII)
    assert normalise(HI_DIGITS) == normalise(HI_ASCII)
    assert normalise("٣٫٥ مليون") == normalise("3.5 مليون")


def test_entities_escaped_twice_read_as_their_characters():
    assert normalise(EN_ESCAPED) == normalise(EN_CURLY)
    assert normalise("l&rsquo;hiver &amp; l&#8217;été") == normalise("l’hiver & l’été")
    # no entity: left as written (html.unescape would read "&para" in "&parameter")
    assert normalise("AT&T and R&D; &parameter") == "at&t and r&d; &parameter"


def test_half_width_enumeration_comma_reads_full_width():
    assert normalise(JA_HALF) == normalise(JA_FULL)


def test_copies_differing_in_number_style_or_entities_are_exact_duplicates():
    pairs = [
        (DE, DE_OTHER_STYLE),
        (FR_NBSP, FR_POINTS),
        (FA_ASCII, FA_DIGITS),
        (EN_CURLY, EN_ESCAPED),
    ]
    docs = [
        Document(id=f"d{i}{j}", source=f"s{i}{j}", text=t)
        for i, p in enumerate(pairs)
        for j, t in enumerate(p)
    ]
    Deduplicate()(docs, Counter())
    for i in range(len(pairs)):
        assert docs[2 * i + 1].meta.get("duplicate_of") == f"d{i}0"


def test_report_refilled_with_other_figures_stays_apart():
    day2 = (
        DE.replace("1.250.000", "2.180.000")
        .replace("3,5", "4,1")
        .replace("2,84", "2,96")
        .replace("14.600", "9.800")
    )
    docs = [Document(id="a", source="a", text=DE), Document(id="b", source="b", text=day2)]
    Deduplicate()(docs, Counter())
    assert not docs[1].meta.get("duplicate_of")
    assert not docs[1].meta.get("near_duplicates")
