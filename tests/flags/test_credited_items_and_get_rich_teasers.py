"""Two farm and advert shapes no rule read (benchmarks/flags_heldout.py --set
heldout14 x17 and x09; heldout12 z17 had the first in Spanish):

- a listicle whose every item ends in a credit line to another web site
  ("Source : <site>", "Fuente: <site>"): three such credits or more, to two
  sites or more, with item text between them, make a content_farm flag;
  a reference list at the end (credits side by side), a chart credited to
  an agency, or the page crediting itself do not;
- the get-rich teaser ("… banks hate it", "this one simple method", "before
  it gets taken down"), two such turns in one block, as the clickbait rule
  reads "doctors hate" and "one weird trick".

Pages written for this file, in other languages and topics."""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds

CREDITED = {
    "de": (
        "Die 5 besten Tipps gegen Stress im Büro\n"
        "1. Pausen machen\n"
        "Regelmäßige Pausen helfen gegen Stress im Büro.\n"
        "Quelle: gesund-arbeiten.de\n"
        "2. Wasser trinken\n"
        "Wer genug Wasser trinkt, hat weniger Stress.\n"
        "Quelle: tipps-fuer-alle.net\n"
        "3. Frische Luft\n"
        "Frische Luft ist gut gegen Stress im Büro.\n"
        "Quelle: buero-ratgeber.com\n"
        "4. Aufräumen\n"
        "Ein aufgeräumter Schreibtisch hilft gegen Stress.\n"
        "Quelle: gesund-arbeiten.de\n"
    ),
    "id": (
        "7 Cara Mudah Menghemat Uang Belanja Bulanan\n"
        "Buat daftar belanja sebelum pergi ke pasar agar tidak boros.\n"
        "Sumber: hematpangkal.com\n"
        "Bandingkan harga di beberapa toko sebelum membeli.\n"
        "Sumber: tipsibu.id\n"
        "Belanja di pasar tradisional biasanya lebih murah.\n"
        "Sumber: dapurhemat.net\n"
    ),
}


@pytest.mark.parametrize("lang", sorted(CREDITED))
def test_items_each_credited_to_another_site_are_a_farm(lang):
    doc = flagged(CREDITED[lang], labels={0: "title"})
    assert kinds(doc, "content_farm", signal="credited_items"), [f.reason for f in doc.flags]


CLEAN = {
    # the sources listed together at the end of an explainer
    "reference_list": (
        "How the city's air quality has changed since 2015\n"
        "Nitrogen dioxide levels have fallen by a third on the main roads since the low-emission zone began.\n"
        "Particulate levels fell less, because much of the dust comes from brakes and tyres.\n"
        "Source: airquality.gov.uk\n"
        "Source: londonair.org.uk\n"
        "Source: who.int\n"
    ),
    # charts credited to agencies
    "agency_charts": (
        "Inflation falls for a third month\n"
        "Consumer prices rose 2.1% in the year to October.\n"
        "Source: ONS\n"
        "Food prices rose faster than the average, at 3.4%.\n"
        "Source: ONS\n"
        "Energy bills were 6% lower than a year earlier.\n"
        "Source: Ofgem\n"
    ),
}


@pytest.mark.parametrize("name", sorted(CLEAN))
def test_a_reference_list_or_agency_credits_stay_clean(name):
    doc = flagged(CLEAN[name], labels={0: "title"})
    assert not kinds(doc, "content_farm", signal="credited_items"), [f.reason for f in doc.flags]


def test_a_get_rich_teaser_in_a_story_is_spam():
    page = (
        "City council votes to keep library branches open\n"
        "Councillors voted on Monday to keep all eleven branch libraries open next year.\n"
        "Retired nurse from Leeds makes $9,000 a month with this simple method – banks hate her. "
        "See it before it's taken down »\n"
        "The decision means the council will draw £800,000 from its reserves.\n"
    )
    doc = flagged(page, labels={0: "title"})
    found = kinds(doc, "spam")
    assert found, [f.reason for f in doc.flags]
    at = doc.text.index("Retired nurse")
    assert any(f.start <= at < f.end for f in found)


def test_a_story_quoting_a_teaser_stays_clean():
    page = (
        "Regulator bans misleading 'get rich' adverts\n"
        "The advertising watchdog banned 14 online adverts on Wednesday.\n"
        "One read: \"Mum makes £5,000 a month with this simple method – banks hate her\".\n"
        "The watchdog said such teasers led readers to investment scams.\n"
    )
    doc = flagged(page, labels={0: "title"})
    assert not kinds(doc, "spam"), [f.reason for f in doc.flags]
