"""A hashtag ("#FloodWatch", "#Surabaya") is a tag, no language's word, as a
handle is: a line of tags only has no language ('und'), and the tags in a
line of prose do not outvote its words. Before, a line of place names
tagged got the language the names' letters looked like (Indonesian,
German). Every line here was written for this test."""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.langid.detect import detect_language, detect_spans
from newsline.langid.stage import IdentifyLanguages
from newsline.model import Document

from .helpers import line_blocks

TAGS_ONLY = [
    "#Surabaya #Medan #Makassar",
    "#Lyon #Marseille",
    "#Hamburg #Köln #Stuttgart",
    "#RiverWatch #Flood",
    "#BreakingNews",
]


@pytest.mark.parametrize("line", TAGS_ONLY)
def test_a_line_of_tags_only_has_no_language(line: str) -> None:
    assert detect_language(line) is None
    assert [lang for _, _, lang in detect_spans(line)] in ([], [""])


# near misses: words beside the tags keep their language; "C#" and "#1" are no tags
PROSE = {
    "Volunteers cleared the flooded streets all night long #RiverWatch": "en",
    "C# developers wanted for a small team in the city centre": "en",
    "Rated #1 by readers for the third year in a row": "en",
    "Los vecinos limpiaron las calles inundadas durante toda la noche #Inundaciones": "es",
    "Người dân dọn dẹp đường phố suốt đêm qua #LũLụt": "vi",
    "Les bénévoles ont nettoyé les rues inondées toute la nuit #Crue": "fr",
}


@pytest.mark.parametrize("line", sorted(PROSE))
def test_prose_with_tags_keeps_its_language(line: str) -> None:
    assert detect_language(line) == PROSE[line]


def test_a_tag_line_on_a_page_is_the_pages_language() -> None:
    # the page's own tag line stays the page's: the prior gives a block with
    # letters but no language the page's language in the page's script
    lines = [
        "Warga membersihkan taman kota setelah badai",
        "Para relawan menghabiskan akhir pekan untuk membersihkan ranting dan sampah "
        "dari jalan setapak di taman kota.",
        "#Hamburg #Köln #Stuttgart",
    ]
    text = "\n".join(lines)
    doc = Document(id="t", source="t", text=text)
    doc.blocks = line_blocks(text)
    for b in doc.blocks:
        b.label = "body"
    IdentifyLanguages().identify(doc, Counter())
    assert doc.lang == "id"
    assert [b.lang for b in doc.blocks] == ["id", "id", "id"]


# tags whose words carry Vietnamese's marks, one a letter only Vietnamese
# writes: the words run together are still Vietnamese words
VI_TAGS = [
    "#ĐàNẵngMùaMưa #ănvặtcuốituần",
    "#BãoSố3 #cứuhộ #miềnTrung",
    "#ĐượcMùa",
]


@pytest.mark.parametrize("line", VI_TAGS)
def test_a_line_of_vietnamese_tags_is_vietnamese(line: str) -> None:
    assert detect_language(line) == "vi"
    assert [lang for _, _, lang in detect_spans(line)] == ["vi"]


@pytest.mark.parametrize(
    "line",
    [
        # handles are accounts' names, not words, whatever their letters
        "@trần_văn_được @lê_thị_hằng",
        # one marked tag of four: names more than words
        "#Hanoi #Bangkok #ĐàNẵng #Tokyo",
        # marks other languages write too
        "#Köln #Zürich",
        "#Brasília #SãoPaulo",
    ],
)
def test_tags_without_vietnamese_words_still_have_no_language(line: str) -> None:
    assert detect_language(line) is None


# Session 30: tags that are phrases run together in camel case, a grammar
# word inside one of them ("the", "del", "le", "dan"), are that language's
# phrase; tags of names and nouns alone stay in no language (above). Tags
# written for this test; each failed at 5ab44dc0 (no language).
TAG_PHRASES = {
    "#ProtectTheReef #OceanMonth": "en",
    "#TodosConLaSelección #VamosJuntos": "es",
    "#TousPourLeClimat #MarcheVerte": "fr",
    "#AyoJagaLingkunganDanSungai": "id",
}


@pytest.mark.parametrize("line", sorted(TAG_PHRASES))
def test_tags_run_together_from_a_phrase_have_its_language(line: str) -> None:
    assert detect_language(line) == TAG_PHRASES[line]


@pytest.mark.parametrize(
    "line",
    [
        "#StormWatch #CoastGuard",  # nouns and names, no grammar word
        "#LaLiga",  # a name, too few words to be a phrase
        "#NewYork #LosAngeles #SanDiego",  # an article opening a name
        "#LeMans #Daytona #Spa",
    ],
)
def test_tags_of_nouns_and_names_in_camel_case_have_no_language(line: str) -> None:
    assert detect_language(line) is None
