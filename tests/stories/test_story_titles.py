"""A story's title stands for a page without a headline: its first sentence,
cut at a word's end with an ellipsis when long, never in the middle of a word."""

from __future__ import annotations

import pytest

from newsline.model import Document
from newsline.stories.cluster import TITLE_MAX_CHARS, _doc_title, shorten_title


def test_headline_is_the_title():
    doc = Document(id="a", source="a", text="x", title="Floods close the coastal road")
    assert _doc_title(doc, "Some text.") == "Floods close the coastal road"


@pytest.mark.parametrize(
    "sentences",
    [
        [
            "The coastal road was closed on Monday after the storm washed part of it away.",
            "Engineers expect it to reopen within a week, the regional council said.",
            "Drivers are asked to use the inland route through the hills until then.",
        ],
        # a decimal point and an abbreviation do not end the first sentence
        [
            "Prices rose 2.5 percent in the port of St. Helena after the storm closed the harbour.",
            "Traders said fuel and flour were the first to run short in the shops there.",
            "The harbour master expects the first ships to dock again by the end of the week.",
        ],
    ],
)
def test_first_sentence_stands_in_for_a_missing_headline(sentences):
    text = " ".join(sentences)
    assert _doc_title(Document(id="a", source="a", text=text, lang="en"), text) == sentences[0]


def test_long_first_sentence_is_cut_at_a_word_end():
    words = (
        "the level of damage along the coast keeps rising while the world looks for reliable news"
    )
    text = ("Officials said " + words + " ") * 3
    title = _doc_title(Document(id="a", source="a", text=text), text)
    assert len(title) <= TITLE_MAX_CHARS
    assert title.endswith("…")
    assert text.startswith(title[:-1])
    assert text[len(title) - 1] == " "  # the cut fell between two words


def test_unspaced_script_is_cut_by_characters():
    text = "沿海公路因暴雨" * 40
    title = shorten_title(text)
    assert len(title) == TITLE_MAX_CHARS and title.endswith("…")


def test_a_tie_between_languages_titles_the_story_in_a_configured_one():
    # one page each in Arabic and Vietnamese (invented): the title is not the
    # one first in the alphabet but the one in a configured language
    from collections import Counter

    from newsline.stories import ClusterStories

    pages = {
        "ar": "حريق غابات في جنوب البرتغال وإسبانيا يجبر 2300 شخص على الإخلاء في منطقة Monchique",
        "vi": "Cháy rừng ở Bồ Đào Nha và Tây Ban Nha, 2.300 người phải sơ tán khỏi vùng Monchique",
    }
    docs = [
        Document(id=f"fire-{lg}", source=lg, text=t, lang=lg, title=t, published="2025-08-13")
        for lg, t in pages.items()
    ]
    stage = ClusterStories()
    stage(docs, Counter())
    (story,) = stage.finalize()["stories"]
    assert story["title"].startswith(pages["vi"])


def test_a_country_read_as_a_name_is_shown_once_in_the_title():
    # invented: a central bank's rate cut in Indonesian, English and Chinese;
    # "Bank Indonesia" makes Indonesia a name too, which the Chinese title
    # showed next to the country's Chinese name ("[印尼, Indonesia, ...]")
    from collections import Counter

    from newsline.stories import ClusterStories

    pages = {
        "id": (
            "Bank Indonesia turunkan suku bunga acuan menjadi 5,25 persen",
            (
                "Bank Indonesia memangkas suku bunga acuan sebesar 25 basis poin menjadi 5,25 persen "
                "pada Rabu. Gubernur Bank Indonesia Hartono Wijayakusuma mengatakan inflasi tetap "
                "terkendali di 2,1 persen."
            ),
        ),
        "en": (
            "Bank Indonesia cuts benchmark rate to 5.25%",
            (
                "Bank Indonesia cut its benchmark interest rate by 25 basis points to 5.25% on "
                "Wednesday. Governor Hartono Wijayakusuma said inflation remained under control at 2.1%."
            ),
        ),
        "zh": (
            "印尼央行降息25个基点至5.25%",
            (
                "印度尼西亚央行周三将基准利率下调25个基点至5.25%。央行行长哈尔托诺·维贾亚库苏马表示，"
                "通胀率维持在2.1%。"
            ),
        ),
    }
    docs = [
        Document(
            id=f"rate-{lg}",
            source=lg,
            text=t + "\n\n" + b,
            lang=lg,
            title=t,
            published="2025-08-13",
        )
        for lg, (t, b) in pages.items()
    ]
    stage = ClusterStories()
    stage(docs, Counter())
    (story,) = stage.finalize()["stories"]
    assert story["title"].startswith(pages["zh"][0])
    assert "Indonesia" not in story["title"][len(pages["zh"][0]) :]
