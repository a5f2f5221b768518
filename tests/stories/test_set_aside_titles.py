"""A title handed in with a page that the page itself shows only as a
set-aside line (a teaser of another article above the headline, a
subscription banner) is not the page's headline: the block the cleaning
labelled the title is, for the story's title and for its features. Pages
invented here, in Spanish and French."""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.model import Block, Document
from newsline.stories import ClusterStories
from newsline.stories.anchors import document_features
from newsline.stories.features import headline, story_text

PAGES = {
    "es": (
        "Portugal registra 6.600 nuevos casos de gripe y otros 55 fallecimientos",
        "Inundaciones en Valdoria obligan a evacuar a 4.000 vecinos",
        (
            "Las lluvias torrenciales caídas en la región de Valdoria desde el lunes obligaron a "
            "evacuar a 4.000 vecinos, informó el gobernador Ramiro Estévez. El río Ombla se "
            "desbordó en tres puntos y cortó la carretera hacia Marvella."
        ),
    ),
    "fr": (
        "Abonnez-vous : web + tablette + mobile à partir de 1€ par mois",
        "Inondations à Valdoria : 4 000 habitants évacués",
        (
            "Les pluies torrentielles tombées sur la région de Valdoria depuis lundi ont forcé "
            "4 000 habitants à quitter leurs maisons, a indiqué le gouverneur Ramiro Estévez. "
            "L'Ombla est sorti de son lit en trois endroits et coupé la route de Marvella."
        ),
    ),
}


def page(lang: str, teaser_label: str = "related", given: str | None = None) -> Document:
    teaser, head, body = PAGES[lang]
    text = teaser + "\n" + head + "\n" + body
    a, b = len(teaser), len(teaser) + 1 + len(head)
    blocks = [
        Block(0, a, teaser_label, lang, ["a line above the headline"]),
        Block(a + 1, b, "title", lang, ["headline"]),
        Block(b + 1, len(text), "body", lang, ["prose"]),
    ]
    return Document(
        id=f"flood-{lang}",
        source=f"flood-{lang}.txt",
        text=text,
        lang=lang,
        title=teaser if given is None else given,
        blocks=blocks,
        published="2025-03-04",
    )


@pytest.mark.parametrize("lang", ["es", "fr"])
@pytest.mark.parametrize("label", ["related", "navigation"])
def test_a_set_aside_line_given_as_title_yields_to_the_title_block(lang, label):
    doc = page(lang, label)
    assert headline(doc) == PAGES[lang][1]
    text = story_text(doc, 20_000)
    assert PAGES[lang][0] not in text
    _, anchors, _, _ = document_features(doc, text)
    # the teaser's country and figures are another article's
    assert "t:PT" not in anchors and "#:6600" not in anchors
    stage = ClusterStories()
    stage([doc], Counter())
    (story,) = stage.finalize()["stories"]
    assert story["title"].startswith(PAGES[lang][1])


@pytest.mark.parametrize("lang", ["es", "fr"])
def test_a_title_the_page_keeps_or_does_not_show_stays(lang):
    # the same line kept as article text: it is the page's own line
    assert headline(page(lang, "body")) == PAGES[lang][0]
    # a given title the page does not show at all (a feed's wording) stays
    own = "Valdoria bajo el agua" if lang == "es" else "Valdoria sous les eaux"
    assert headline(page(lang, "related", given=own)) == own
    # a page without blocks or without a title block keeps its title
    doc = page(lang)
    doc.blocks = [b for b in doc.blocks if b.label != "title"]
    assert headline(doc) == PAGES[lang][0]
