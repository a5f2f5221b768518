"""A photo gallery's pages share their title and introduction and differ by
their captions, which clean labels "caption" (not kept): on a page whose
captions hold at least as much text as its kept body, dedup compares the
captions too, so two pages of one gallery are not linked as one page seen
twice. An article with a photo keeps being compared on its kept text: a copy
with another photo is still its copy. The pages are invented.
"""

from __future__ import annotations

from collections import Counter

from newsline.dedup import Deduplicate
from newsline.dedup.stage import compared_labels
from newsline.model import Block, Document


def page(doc_id: str, parts: list[tuple[str, str]]) -> Document:
    """A document from (label, text) blocks, one per line."""
    text, blocks, pos = "", [], 0
    for label, t in parts:
        blocks.append(Block(start=pos, end=pos + len(t), label=label))
        text += t + "\n"
        pos += len(t) + 1
    return Document(
        id=doc_id,
        source=doc_id,
        text=text,
        blocks=blocks,
        url=f"https://bildergalerie.example/{doc_id}",
    )


TITLE = ("title", "Bildergalerie: Der Almabtrieb in Oberwiesenbach")
INTRO = (
    "body",
    "Rund 4000 Zuschauer sahen am Samstag, wie die Sennerinnen das geschmückte Vieh ins Tal trieben. Die schönsten Bilder des Tages.",
)
CAPTIONS_1 = [
    (
        "caption",
        "Bild 1 von 9: Die Kühe tragen Kränze aus Almrosen und Silberdisteln, die die Sennerinnen in der Nacht gebunden haben.",
    ),
    (
        "caption",
        "Bild 2 von 9: Am Ortseingang warten Familien mit Kindern schon seit den frühen Morgenstunden auf den Zug.",
    ),
    (
        "caption",
        "Bild 3 von 9: Die Blaskapelle Oberwiesenbach führt den Zug vom Kirchplatz bis zur Festwiese an der Ache an.",
    ),
]
CAPTIONS_2 = [
    (
        "caption",
        "Bild 4 von 9: Auf der Festwiese werden die Tiere nach dem Sommer auf der Alm an ihre Besitzer übergeben.",
    ),
    (
        "caption",
        "Bild 5 von 9: Im Festzelt spielt am Nachmittag eine Musikgruppe aus dem Nachbartal zum Tanz auf.",
    ),
    (
        "caption",
        "Bild 6 von 9: Zum Abschluss zeigt der Trachtenverein einen Schuhplattler vor dem alten Rathaus.",
    ),
]


def test_two_pages_of_one_gallery_are_not_duplicates():
    docs = [page("g1", [TITLE, INTRO, *CAPTIONS_1]), page("g2", [TITLE, INTRO, *CAPTIONS_2])]
    Deduplicate()(docs, Counter())
    assert not docs[1].meta.get("duplicate_of")
    assert not docs[1].meta.get("near_duplicates")


def test_a_gallery_page_seen_twice_is_still_an_exact_copy():
    docs = [page("g1", [TITLE, INTRO, *CAPTIONS_1]), page("g1-copy", [TITLE, INTRO, *CAPTIONS_1])]
    Deduplicate()(docs, Counter())
    assert docs[1].meta.get("duplicate_of") == "g1"


ARTICLE = [
    ("title", "東湾区で新しい路面電車が開業"),
    (
        "body",
        "東湾区で十五日、市内を南北に結ぶ新しい路面電車が開業した。全長八・四キロに十六の停留所があり、朝夕は六分間隔で運行する。",
    ),
    (
        "body",
        "開業初日は午前六時の始発から多くの利用者が詰めかけ、市によると正午までに約一万二千人が乗車した。",
    ),
    (
        "body",
        "市は沿線の渋滞が二割ほど減ると見込んでおり、来年度には北側への延伸計画の調査を始める方針だ。",
    ),
]


def test_an_article_whose_copy_has_another_photo_caption_is_still_a_copy():
    a = page(
        "a1", [*ARTICLE[:2], ("caption", "開業式でテープカットする市長（十五日）"), *ARTICLE[2:]]
    )
    b = page("a2", [*ARTICLE[:2], ("caption", "停留所で電車を待つ乗客たち"), *ARTICLE[2:]])
    assert compared_labels(a) == compared_labels(page("x", ARTICLE))
    docs = [a, b]
    Deduplicate()(docs, Counter())
    assert docs[1].meta.get("duplicate_of") == "a1"
