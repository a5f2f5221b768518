"""A lone capitalised Vietnamese syllable without marks after a lower-case
Vietnamese word ("miền Trung", "phía Nam", "đường Hoa") is a syllable of a
region or a word, not a name: as w:trung / k:tln every Vietnamese page on
the centre of the country shared a name, and met other languages' names of
that skeleton (Teherán, Toulon). A foreign person named by a one-syllable
surname stays a name after an office ("Tổng thống Moon") or where the page
writes the full name too ("Son Heung-min" ... "cầu thủ Son"). Invented
sentences and people."""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.model import Document
from newsline.settings import StorySettings
from newsline.stories import ClusterStories
from newsline.stories.anchors import latin_names


def feats(text: str, lang: str = "vi") -> set[str]:
    return {f for f, _ in latin_names(text, lang)}


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Mưa lớn gây lũ ở miền Trung, nhiều nhà bị ngập.", {"w:trung", "k:tln"}),
        ("Không khí lạnh tràn xuống phía Nam trong đêm nay.", {"w:nam"}),
        ("Chợ hoa trên đường Hoa mở cửa đến khuya.", {"w:hoa"}),
        ("Nông dân vùng Tay trồng thêm lúa.", {"w:tay"}),
    ],
)
def test_a_lone_syllable_after_a_lower_case_word_is_no_name(text, gone):
    assert not feats(text) & gone


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tổng thống Moon phát biểu tại hội nghị.", "w:moon"),
        ("Son Heung-min ghi hai bàn. Sau trận, cầu thủ Son nói anh rất vui.", "w:son"),
        ("Chủ tịch Kim Jong-un thị sát nhà máy.", "w:kim"),
        # not Vietnamese text: the rule is for Vietnamese pages only
        ("La policía detuvo a un hombre en la calle Trung de Lyon.", "w:trung"),
    ],
)
def test_a_foreign_person_by_one_syllable_stays_a_name(text, name):
    lang = "es" if "policía" in text else "vi"
    assert name in feats(text, lang)


def test_a_region_meets_no_foreign_name_of_its_skeleton():
    vi = "Lũ ở miền Trung: nước sông dâng cao, hàng nghìn nhà ở miền Trung bị ngập."
    es = "Protestas en Teherán: la policía de Teherán detuvo a decenas de estudiantes."
    en = "Dockers in Toulon strike; the port of Toulon is shut for a second day."
    assert not feats(vi) & (feats(es, "es") | feats(en, "en"))


def test_a_flood_in_the_centre_and_a_protest_in_tehran_stay_apart():
    vi = Document(
        id="flood-vi",
        source="flood-vi.txt",
        text="Lũ lớn ở miền Trung\n\nMưa lớn kéo dài khiến miền Trung ngập sâu. "
        "Người dân miền Trung sơ tán khỏi vùng trũng.",
        lang="vi",
        published="2025-11-03",
    )
    fr = Document(
        id="tehran-fr",
        source="tehran-fr.txt",
        text="Manifestation à Téhéran\n\nDes étudiants ont manifesté à Téhéran. "
        "La police de Téhéran a arrêté plusieurs personnes.",
        lang="fr",
        published="2025-11-03",
    )
    stage = ClusterStories(StorySettings())
    stage([vi, fr], Counter())
    assert vi.meta["story_id"] != fr.meta["story_id"]
