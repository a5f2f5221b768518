"""A syllable of a Vietnamese name written in another language's page ("Lam"
of Lam Dong and of Lam Quoc Bao, "Bao" of Bao Loc) is no name alone: the
whole name stands for it, as it does on a Vietnamese page. One by one the
syllables met other names' syllables on pages of other stories: an
Indonesian match report naming a Vietnamese scorer joined a crash story in a
province whose name shares two of his three syllables. Invented pages,
people and places (benchmarks/data/stories/heldout14 showed the class)."""

from __future__ import annotations

from newsline.model import Document
from newsline.stories.anchors import feature_counts, latin_names

from .helpers import page, story_lists


def names(text: str, lang: str) -> set[str]:
    return {f for f, _ in latin_names(text, lang) if f[0] in "wks"}


def test_syllables_of_a_name_are_read_whole_only():
    got = names("The striker Lam Quoc Bao scored twice in Bao Loc on Sunday.", "en")
    assert {"w:lamquocbao", "w:baoloc"} <= got
    assert not {"w:lam", "w:quoc", "w:bao", "w:loc"} & got


def test_a_lone_syllable_stays_a_name():
    # "Minh" standing alone is a person's name in an English page
    assert "w:minh" in names("Officials said on Tuesday that Minh would resign.", "en")


def test_spanish_and_german_pages_too():
    es = names("El alcalde Vo Van Son visitó Quang Tri el lunes.", "es")
    assert {"w:vovanson", "w:quangtri"} <= es and "w:son" not in es
    de = names("Der Minister Ho Duc Phuoc besuchte am Montag Da Lat.", "de")
    assert {"w:hoducphuoc", "w:dalat"} <= de and "w:duc" not in de


def test_no_chance_meeting_across_stories():
    # a ferry fire near Binh Son (Quang Ngai) told in three languages, and an
    # Indonesian race report the same weekend won by Son Binh Thanh with Ngo
    # Quang Hai third: they share the country and syllables of other names
    ferry = [
        page(
            "ferry-en",
            "en",
            "2031-05-02",
            "Ferry fire near Binh Son, Vietnam",
            "A ferry caught fire on Saturday near Binh Son in Vietnam's Quang Ngai province. "
            "All 212 passengers were evacuated and 17 were treated for burns. Captain Tran "
            "Huu Nghia was questioned by police.",
        ),
        page(
            "ferry-fr",
            "fr",
            "2031-05-02",
            "Vietnam : incendie d'un ferry près de Binh Son",
            "Un ferry a pris feu samedi près de Binh Son, dans la province de Quang Ngai, au "
            "Vietnam. Les 212 passagers ont été évacués, 17 ont été soignés pour des brûlures. "
            "Le capitaine Tran Huu Nghia a été entendu par la police.",
        ),
        page(
            "ferry-de",
            "de",
            "2031-05-03",
            "Vietnam: Fähre brennt bei Binh Son",
            "Eine Fähre mit 212 Passagieren ist am Samstag bei Binh Son in der vietnamesischen "
            "Provinz Quang Ngai in Brand geraten. 17 Menschen wurden mit Verbrennungen "
            "behandelt. Kapitän Tran Huu Nghia wurde von der Polizei befragt.",
        ),
    ]
    race = page(
        "race-id",
        "id",
        "2031-05-03",
        "Son Binh Thanh juara etape Vietnam",
        "BANGKOK — Pembalap Vietnam Son Binh Thanh menjuarai etape ketiga Tour Asia di Bangkok "
        "pada Sabtu. Rekan setimnya Ngo Quang Hai finis ketiga di belakang Arief Santoso dari "
        "Indonesia.",
    )
    doc = Document(id="x", source="x", text=race.text, lang="id")
    feats = {a[0] for a in feature_counts(doc, race.text)["a"]}
    assert "w:sonbinhthanh" in feats and "w:binh" not in feats
    assert story_lists([*ferry, race]) == [["ferry-de", "ferry-en", "ferry-fr"], ["race-id"]]
