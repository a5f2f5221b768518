"""Indonesian machine-translated from English: "looking forward to" as
"melihat ke depan untuk", "take place on" as "mengambil tempat pada",
"apply for the job" as "menerapkan untuk pekerjaan". Two different ones make
the flag; native Indonesian ("menantikan", "berlangsung pada", "mengambil
tempat di" for a venue, "melamar pekerjaan") stays clean. Written for this
file; the positive failed at eb8935f3."""

from __future__ import annotations

from tests.flags.helpers import flagged, kinds

MT = (
    "Festival kopi nasional akan mengambil tempat pada akhir pekan depan di lapangan kota, "
    "kata panitia dalam pernyataan tertulis pada hari Selasa.\n"
    "Kami sedang melihat ke depan untuk menyambut para petani dari seluruh provinsi, kata "
    "ketua panitia kepada wartawan.\n"
    "Relawan dapat menerapkan untuk pekerjaan di stan informasi melalui situs web panitia "
    "sebelum tanggal penutupan pendaftaran.\n"
)
NATIVE = (
    "Festival kopi nasional akan berlangsung pada akhir pekan depan dan mengambil tempat di "
    "lapangan kota, kata panitia dalam pernyataan tertulis pada hari Selasa.\n"
    "Kami menantikan kedatangan para petani dari seluruh provinsi, kata ketua panitia "
    "kepada wartawan.\n"
    "Relawan dapat melamar pekerjaan di stan informasi melalui situs web panitia sebelum "
    "tanggal penutupan pendaftaran.\n"
)


def test_indonesian_english_calques_are_machine_translation():
    doc = flagged(MT)
    got = kinds(doc, "machine_translation", signal="calque")
    assert got and len(got[0].data["calques"]) >= 2, [f.reason for f in doc.flags]


def test_native_indonesian_is_clean():
    doc = flagged(NATIVE)
    assert not kinds(doc, "machine_translation"), [f.reason for f in doc.flags]


def test_a_paragraph_read_as_malay_still_counts_on_an_indonesian_page():
    # language identification often calls a short Indonesian paragraph Malay
    from collections import Counter

    from newsline.flags import FlagDocuments
    from newsline.langid import IdentifyLanguages
    from newsline.model import Document
    from tests.langid.helpers import line_blocks

    doc = Document(id="d", source="test", text=MT, blocks=line_blocks(MT))
    IdentifyLanguages()([doc], Counter())
    for b in doc.blocks:
        b.lang = "ms"
    doc.blocks[0].lang = "id"
    FlagDocuments()([doc], Counter())
    assert doc.lang == "id"
    assert kinds(doc, "machine_translation", signal="calque"), [f.reason for f in doc.flags]
