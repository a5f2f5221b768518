"""A month or weekday of another language quoted beside a number (an
embedded post's dateline "— Ana (@ana_r) October 12, 2024" in a Portuguese
page, "Montag, 3. März" in an Italian one) is a date, not a name: as w:october
every page quoting posts of one month shared a name across stories. Without
a number beside it the word may be a name and stays one. Invented pages,
people and handles."""

from __future__ import annotations

import pytest

from newsline.model import Document
from newsline.settings import StorySettings
from newsline.stories import ClusterStories
from newsline.stories.anchors import latin_names


def feats(text: str, lang: str) -> set[str]:
    return {f for f, _ in latin_names(text, lang)}


@pytest.mark.parametrize(
    ("text", "lang", "word"),
    [
        ("Os moradores publicaram fotos.\n— Ana Ribeiro (@ana_r) October 12, 2024", "pt", "w:october"),
        ("Le foto circolano in rete.\n— Paolo (@pz_news) 28 March 2023", "it", "w:march"),
        ("Las fotos circulan.\n— Lucía (@lu_cia) Agustus 7, 2022", "es", "w:agustus"),
        ("Ảnh được chia sẻ nhiều.\n— Minh (@minh_k) December 2, 2021", "vi", "w:december"),
        ("ภาพถูกแชร์จำนวนมาก\n— Somchai (@som_c) January 15, 2024", "th", "w:january"),
        ("Die Bilder kursieren.\nIl post è del Mittwoch 4 giugno.", "it", "w:mittwoch"),
    ],
)
def test_a_quoted_month_beside_a_number_is_no_name(text, lang, word):
    assert word not in feats(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "word"),
    [
        # no number beside it: a person or a place
        ("Il romanzo di August Strindberg torna in scena.", "it", "w:august"),
        # (not "Chiang Mai": its syllables are read whole, w:chiangmai)
        ("La cantante Mai Kuraki atrae a miles de turistas.", "es", "w:mai"),
        ("A cantora June Carter gravou o disco em Nashville.", "pt", "w:june"),
        # a number that is not beside it
        ("La policía detuvo a April Ramos, de 34 años.", "es", "w:april"),
    ],
)
def test_a_calendar_word_without_a_number_beside_it_stays_a_name(text, lang, word):
    assert word in feats(text, lang)


def _doc(key: str, lang: str, text: str, day: str) -> Document:
    return Document(id=key, source=key + ".txt", text=text, lang=lang, published=day)


def test_two_stories_quoting_posts_of_one_month_stay_apart():
    flood = (
        "Enchentes no Recife deixam mil desabrigados\n\n"
        "Moradores do Recife publicaram vídeos das ruas alagadas.\n"
        "— Ana Ribeiro (@ana_r) October 12, 2024\n"
        "— Bruno Lima (@blima) October 12, 2024\n"
        "A Defesa Civil do Recife pediu que os moradores deixem as casas."
    )
    strike = (
        "Sciopero dei portuali a Genova\n\n"
        "I portuali di Genova hanno bloccato i varchi del porto.\n"
        "— Paolo Zeni (@pz_news) October 12, 2024\n"
        "— Carla Bo (@carlabo) October 12, 2024\n"
        "Il sindacato di Genova annuncia nuove proteste."
    )
    assert not (feats(flood, "pt") & feats(strike, "it")) - {"w:defesa", "w:civil"}
    stage = ClusterStories(StorySettings())
    docs = [
        _doc("flood-pt", "pt", flood, "2024-10-12"),
        _doc("strike-it", "it", strike, "2024-10-12"),
    ]
    stage(docs, __import__("collections").Counter())
    assert docs[0].meta["story_id"] != docs[1].meta["story_id"]
