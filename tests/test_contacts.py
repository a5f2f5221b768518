"""Ways to write to a seller that are spelled to get past a link filter: the
dot as a word or in brackets ("luckyspin88 dot net", "example[.]com"), a
bare domain under a country's suffix, a messenger's number written in
groups. Near misses: "dot com" as a noun, a missing space after a full stop,
abbreviations, amounts. Every line was written for this file; each positive
failed at 30b0814."""

from __future__ import annotations

import pytest

from newsline import contacts
from newsline.contacts import find_contact


@pytest.mark.parametrize(
    ("text", "contact"),
    [
        # the dot as a word, in several languages
        ("Claim it now at luckyspin88 dot net, payouts in minutes", "luckyspin88 dot net"),
        ("Register at goal-bet dot com, withdraw in minutes", "goal-bet dot com"),
        ("Visite apuestas-hoy punto es y gane", "apuestas-hoy punto es"),
        ("Acesse ganhefacil ponto net.", "ganhefacil ponto net"),
        ("Inscrivez-vous sur parisplus point fr", "parisplus point fr"),
        ("Daftar di gacor77 titik com sekarang", "gacor77 titik com"),
        ("Truy cập nhacai88 chấm net để nhận thưởng", "nhacai88 chấm net"),
        # a name of four letters or more, no word after the suffix
        ("Write to us: megawin dot com.", "megawin dot com"),
        ("Find us at bestodds dot net", "bestodds dot net"),
        # a lower-case name of six letters or more, "dot com", a word after
        ("Visit luckyspin dot com today", "luckyspin dot com"),
        ("Juega en ruletafeliz punto com ahora", "ruletafeliz punto com"),
        # the dot in brackets
        ("Bonus 300% tại example[.]com", "example[.]com"),
        ("see casino-royal(.)vip for the code", "casino-royal(.)vip"),
        ("open winbig[dot]club today", "winbig[dot]club"),
        ("bet at win-big [dot] club today", "win-big [dot] club"),
        # Chinese writes 点 between an address's Latin parts
        ("注册送彩金，请访问 cai88点com", "cai88点com"),
        # a bare domain under a country's suffix
        ("jetzt anmelden unter schnell-reich-app.de", "schnell-reich-app.de"),
        ("đăng ký tại vaynhanh24.vn ngay", "vaynhanh24.vn"),
        ("daftar di slotjaya.co.id", "slotjaya.co.id"),
        # a messenger's number in groups, all of it
        ("liên hệ Zalo 0912 345 678 để được tư vấn", "Zalo 0912 345 678"),
        ("WhatsApp 0812 3456 7890 sekarang", "WhatsApp 0812 3456 7890"),
    ],
)
def test_addresses_written_to_dodge_filters_are_contacts(text, contact):
    assert find_contact(text) == contact


@pytest.mark.parametrize(
    "text",
    [
        "Investors still remember the dot com bubble of the late 1990s",
        "Many survived the great dot com crash and built bigger firms",
        "Las empresas punto com de los noventa quebraron en masa",
        "He arrived late.In the morning the talks resumed",  # a missing space
        "U.S. officials met their E.U. counterparts, i.e. the trade envoys",
        "El presupuesto fue de 34 612 345 678 pesos",
        "The figure (roughly 3.5 percent) surprised analysts",
        "The dot is a tiny mark [.] in print",
        "El punto es que nadie lo sabía",
        "Le meilleur point de vue sur la ville",
        # a word after, and a noun phrase's opener or a short word as the name
        "He sold their dot com startup in 2001",
        "Las empresas punto com de los noventa quebraron",
        "During early dot com years, money was easy",
        "Hiring senior dot net developers now",  # "dot net", the framework
    ],
)
def test_nouns_abbreviations_and_amounts_are_no_contacts(text):
    assert find_contact(text) is None


def test_only_an_address_spelled_out_counts_as_written_to_dodge():
    written_out = contacts.written_out
    assert written_out("luckyspin88 dot net") and written_out("example[.]com")
    assert not written_out("example.com") and not written_out("Zalo 0912 345 678")
