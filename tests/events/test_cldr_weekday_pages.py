"""Short news pages in German and Indonesian with absolute, year-less,
weekday and relative dates, run through date resolution and event
extraction: every happening gets the day a reader would give it (checked by
hand). Before the weekday tables of the languages read through CLDR, the
weekday sentences had no event, and the Indonesian dateline's own weekday
('Kamis (13/3/2025)') would have been a second date. Pages written for
these tests; published on Thursday 2025-03-13."""

from __future__ import annotations

from .records import extract_from_text

PUB = "2025-03-13"

DE = """Hochwasser in Sachsen: Pegel sinken langsam
Dresden, 13. März 2025 – Nach den schweren Regenfällen vom Wochenende sinken die Pegelstände an der Elbe langsam. Am Montag hatte der Fluss in Dresden einen Höchststand von 6,20 Metern erreicht.
Der Ministerpräsident besuchte am Dienstag die betroffenen Gemeinden im Erzgebirge. Bereits am 8. März waren mehrere Dörfer evakuiert worden.
Die Landesregierung wird am kommenden Montag über Soforthilfen entscheiden. Der Bundestag soll am Freitag über einen Hilfsfonds beraten.
Gestern teilte die Polizei mit, dass zwei Menschen vermisst werden. Die Schulen bleiben bis zum 21. März geschlossen.
Beim letzten großen Hochwasser im August 2002 waren 21 Menschen gestorben.
"""

ID = """Banjir rendam ratusan rumah di Bekasi
Jakarta, Kamis (13/3/2025) – Banjir merendam ratusan rumah di Bekasi setelah hujan deras mengguyur sejak Senin malam.
Gubernur meninjau lokasi banjir pada Selasa dan menjanjikan bantuan. Pada 8 Maret lalu, tanggul sungai sempat jebol.
BMKG memperkirakan hujan lebat akan kembali turun pada Sabtu. Pemerintah akan menggelar rapat koordinasi Senin depan.
Kemarin, warga mulai membersihkan rumah mereka. Sekolah diliburkan hingga 21 Maret.
Banjir serupa terjadi pada Januari 2020 dan menewaskan 60 orang.
"""


def dated(text, lang):
    return [(text[e.date_start : e.date_end], e.date) for e in extract_from_text(text, lang, PUB)]


def test_german_page():
    assert dated(DE, "de") == [
        ("13. März 2025", "2025-03-13"),
        ("Montag", "2025-03-10"),
        ("Dienstag", "2025-03-11"),
        ("8. März", "2025-03-08"),
        ("kommenden Montag", "2025-03-17"),
        ("Freitag", "2025-03-14"),
        ("Gestern", "2025-03-12"),
        ("21. März", "2025-03-21"),
        ("August 2002", "2002-08"),
    ]


def test_indonesian_page():
    assert dated(ID, "id") == [
        ("13/3/2025", "2025-03-13"),
        ("Senin", "2025-03-10"),
        ("Selasa", "2025-03-11"),
        ("8 Maret", "2025-03-08"),
        ("Sabtu", "2025-03-15"),
        ("Senin depan", "2025-03-17"),
        ("Kemarin", "2025-03-12"),
        # "Sekolah diliburkan hingga 21 Maret.": too short to state something
        ("Januari 2020", "2020-01"),
    ]
