"""Capitalised common nouns are no names: an Indonesian page writing the
mayor's office and the town hall ('Wali Kota …', '… di Balai Kota') was
flagged as one person spelled two ways ('Wali'/'Balai' next to 'Kota'), and
so were two streets of an English page ('Mill Lane'/'Hill Lane'). A shared
word the page writes in lower case elsewhere ('the narrow lane') or a
per-language common noun of titles and places (kota, balai, wali) is no
surname. Pages written for this test."""

from __future__ import annotations

from tests.flags.helpers import flagged, kinds

ID_CITY_HALL = (
    "Wali Kota Bandung meresmikan taman baru di kawasan utara pada Senin pagi bersama "
    "ratusan warga.\n"
    "Menurut keterangan Balai Kota, taman seluas dua hektare itu dibangun dengan anggaran "
    "daerah tahun ini.\n"
    "Wali Kota juga meminta warga ikut menjaga kebersihan taman dan tidak membuang sampah "
    "sembarangan.\n"
    "Pejabat di Balai Kota menyebut dua taman lain akan dibuka sebelum akhir tahun di "
    "wilayah selatan.\n"
)
EN_STREETS = (
    "Residents of Mill Lane say lorries have used their street as a shortcut since the "
    "bypass closed in March.\n"
    "The council plans to close the narrow lane to through traffic from next month, a "
    "spokesman said.\n"
    "Drivers will instead be sent along Hill Lane, which was widened last year at a cost "
    "of two million pounds.\n"
    "Some families on Hill Lane fear the extra traffic will make the road unsafe for "
    "children walking to school.\n"
    "A public meeting about Mill Lane will be held at the library on Thursday evening.\n"
)
ID_RENAMED = (
    "Menteri Luar Negeri Rusia Sergei Lavrov tiba di Jakarta pada Selasa untuk kunjungan "
    "kerja selama dua hari.\n"
    "Dalam pertemuan dengan mitranya, Sergey Lavrov membahas kerja sama perdagangan dan "
    "pendidikan kedua negara.\n"
)


def test_an_office_and_a_building_sharing_a_common_noun_are_no_name_variant():
    for text in (ID_CITY_HALL, EN_STREETS):
        doc = flagged(text)
        assert kinds(doc, "machine_translation", signal="name_variants") == [], [
            f.reason for f in doc.flags
        ]


def test_a_name_spelled_two_ways_on_an_indonesian_page_is_still_flagged():
    doc = flagged(ID_RENAMED)
    (f,) = kinds(doc, "machine_translation", signal="name_variants")
    assert sorted(f.data["variants"]) == ["Sergei", "Sergey"]
