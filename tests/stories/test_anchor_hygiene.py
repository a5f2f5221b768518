"""Anchors that are not there: territory names found inside ordinary words,
and words in capitals taken for acronyms (newsline.stories.anchors).

The sentences are written for these tests (invented people and places).
"""

from __future__ import annotations

from newsline.stories.anchors import latin_names, territories


def codes(text: str) -> list[str]:
    return [c for c, _, _ in territories(text)]


def test_thai_words_are_not_territories_with_their_vowels_stripped():
    # "until today the poor of Chonburi ..." -- without its vowels, China
    # (จีน) reads จน and Chile (ชิลี) reads ชล, both inside these words
    text = "จนถึงวันนี้ คนจนในชลบุรียังรอความช่วยเหลือ"
    assert codes(text) == []
    # the names themselves are still found, in Thai and in Japanese
    assert codes("จีนและชิลีลงนามข้อตกลง") == ["CN", "CL"]
    assert codes("エジプトとペルー") == ["EG", "PE"]


def test_short_names_without_their_accents_are_not_territories():
    # Portuguese "Irã" and "Omã" without accents are a Spanish and a German word
    assert codes("Miles marcharon en el Viernes de la Ira por la plaza Ulvara.") == []
    assert codes("Meine Oma wohnt seit Jahren in Tarnfeld.") == []
    assert codes("Irán y Omán firmaron en Mascate.") == ["IR", "OM"]


def test_longer_names_typed_without_accents_are_still_found():
    assert codes("Tunez y Peru firmaron; la Grece et le Perou aussi.") == ["TN", "PE", "GR", "PE"]


def test_a_line_in_capitals_gives_no_acronyms():
    text = (
        "El ministro Rodrigo Valcárcel habló ante la OTAN y el FMI.\n"
        "NO QUEREMOS MAS MENTIRAS DEL GOBIERNO DE VALCARCEL, DICE EL PUEBLO\n"
        "La ONU pidió calma en Ostravia."
    )
    got = {f for f, _ in latin_names(text)}
    assert {"w:otan", "w:fmi", "w:onu", "w:rodrigo", "w:valcarcel", "w:ostravia"} <= got
    for shouted in ("queremos", "mas", "mentiras", "gobierno", "dice", "pueblo", "no"):
        assert "w:" + shouted not in got


def test_lines_in_capitals_first_and_last_give_no_acronyms():
    # the first line and a last line with no newline after it are lines too
    text = (
        "ABAJO LAS TASAS DEL GOBIERNO\r\n"
        "La OTAN y el FMI hablaron con Rodrigo Valcárcel.\n"
        "\n"
        "NO QUEREMOS MAS MENTIRAS DEL FMI"
    )
    got = {f for f, _ in latin_names(text)}
    assert {"w:otan", "w:fmi", "w:rodrigo", "w:valcarcel"} <= got
    for shouted in ("abajo", "tasas", "gobierno", "queremos", "mentiras"):
        assert "w:" + shouted not in got
    assert [w for f, w in latin_names(text) if f == "w:fmi"] == ["FMI"]


def test_long_words_in_a_line_in_capitals_give_no_names():
    # words too long for an acronym were read as capitalised names:
    # "IMPUESTOS" gave w:impuestos and its skeleton
    text = (
        "La OTAN y el FMI hablaron con Rodrigo Valcárcel.\n"
        "NO QUEREMOS IMPUESTOS DEL GOBIERNO HOY\n"
        "MANIFESTACIONES MULTITUDINARIAS CONTRA LOS RECORTES"
    )
    got = {f for f, _ in latin_names(text)}
    assert {"w:otan", "w:fmi", "w:rodrigo", "w:valcarcel"} <= got
    for shouted in ("impuestos", "manifestaciones", "multitudinarias", "recortes"):
        assert "w:" + shouted not in got
    assert not {f for f in got if f.startswith("k:")} - {
        f for f, _ in latin_names(text.split("\n")[0])
    }


def test_a_short_heading_in_capitals_keeps_its_acronyms():
    # under four words a line in capitals may be an acronym-laden heading
    got = {f for f, _ in latin_names("NATO SUMMIT\nThe EU and NATO met in Dravik.")}
    assert {"w:nato", "w:eu", "w:dravik"} <= got


def test_a_name_only_one_other_language_uses_is_no_place_in_this_language():
    from newsline.stories.anchors import territories

    # German CLDR calls Iceland "Island": in English text that is a word
    en = "Ferries to Gull Island and Long Island resumed on Monday."
    assert territories(en, "en") == []
    assert [c for c, _, _ in territories("Die Fähre nach Island fährt wieder.", "de")] == ["IS"]
    # English names are read in any language (pages quote them), and names
    # several locales share, and names in other scripts
    assert [c for c, _, _ in territories("Tổng thống Ai Cập và Egypt.", "vi")] == ["EG", "EG"]
    assert [c for c, _, _ in territories("El primer ministro de Japón visitó Perú.", "es")] == [
        "JP",
        "PE",
    ]
    assert [c for c, _, _ in territories("นายกรัฐมนตรีญี่ปุ่นเยือนเปรู", "th")] == ["JP", "PE"]
    # language unknown: every locale's names, as before
    assert [c for c, _, _ in territories(en)] == ["IS", "IS"]


def test_vietnamese_capitalised_words_with_marks_are_no_names():
    text = "Ghi bàn phút bù giờ, Sông Hàn Đà Nẵng ngược dòng hạ Nakhon Lions tại AFF Cup."
    got = {f for f, _ in latin_names(text, "vi")}
    # "Sông", "Hàn" stripped of their marks would meet the Chinese surnames Song and Han
    assert not got & {"w:song", "w:han"}
    assert {"w:nakhon", "w:lions", "w:aff"} <= got
    # in French text the same accents belong to names ("Hélène Dubois")
    assert "w:helene" in {
        f for f, _ in latin_names("Selon la ministre Hélène Dubois, le pont.", "fr")
    }
