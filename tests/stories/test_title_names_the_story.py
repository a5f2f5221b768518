"""A story is titled by the headline of its pages that names most of what
they share (places and people), not by its first page's headline: a first
page may be a roundup or a live page whose headline names nothing of the
story. Invented pages in Spanish and French."""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.model import Document, Flag
from newsline.stories import ClusterStories

BODY = {
    "es": (
        "Las lluvias torrenciales caídas en la región de Valdoria obligaron a evacuar a 4.000 "
        "vecinos, informó el gobernador Ramiro Estévez. El río Ombla se desbordó y cortó la "
        "carretera hacia Marvella. Estévez pidió ayuda al Gobierno central."
    ),
    "fr": (
        "Les pluies torrentielles tombées sur la région de Valdoria ont forcé 4 000 habitants "
        "à partir, a indiqué le gouverneur Ramiro Estévez. L'Ombla est sorti de son lit et a "
        "coupé la route de Marvella. Estévez a demandé l'aide du gouvernement central."
    ),
}
GENERIC = {
    "es": "Última hora: lo que sabemos hasta ahora",
    "fr": "En direct : ce que l'on sait à cette heure",
}
NAMED = {
    "es": [
        "Valdoria evacúa a 4.000 vecinos por la crecida del Ombla",
        "Estévez pide ayuda para Valdoria tras la crecida del Ombla",
    ],
    "fr": [
        "Valdoria évacue 4 000 habitants après la crue de l'Ombla",
        "Estévez demande de l'aide pour Valdoria après la crue de l'Ombla",
    ],
}


def story_title(lang: str, titles: list[str], flagged: int = 0) -> str:
    """The title of the story told by pages with ``titles``, the first
    ``flagged`` of them flagged as content-farm reposts."""
    docs = [
        Document(
            id=f"flood-{lang}-{i}",
            source=f"flood-{lang}-{i}.txt",
            text=t + "\n\n" + BODY[lang],
            lang=lang,
            title=t,
            published="2025-03-04",
            flags=[Flag("content_farm", "reposted")] if i < flagged else [],
        )
        for i, t in enumerate(titles)
    ]
    stage = ClusterStories()
    stage(docs, Counter())
    (story,) = stage.finalize()["stories"]
    return story["title"]


@pytest.mark.parametrize("lang", ["es", "fr"])
def test_a_headline_naming_the_story_titles_it(lang):
    title = story_title(lang, [GENERIC[lang], *NAMED[lang]])
    assert not title.startswith(GENERIC[lang])
    # a headline naming the place, the river or the governor
    assert title.startswith(tuple(NAMED[lang]))


@pytest.mark.parametrize("lang", ["es", "fr"])
def test_a_line_of_tags_does_not_outrank_a_headline(lang):
    # a page whose 'headline' is its tags names more of the story than any
    # headline does, and says nothing
    tags = "Valdoria, Ombla, Estévez, Marvella"
    assert story_title(lang, [NAMED[lang][1], tags]).startswith(NAMED[lang][1])


@pytest.mark.parametrize("lang", ["es", "fr"])
def test_the_first_headline_stays_when_it_names_as_much(lang):
    # two headlines naming the same places: the first page's title stays
    first, second = NAMED[lang][0], NAMED[lang][0].replace("Valdoria", "La región de Valdoria")
    assert story_title(lang, [first, second]).startswith(first)


@pytest.mark.parametrize("lang", ["es", "fr"])
def test_a_clean_page_titles_the_story_however_many_flagged_pages_came_first(lang):
    # more flagged reposts than candidate titles are kept, each naming the
    # story better than the clean page's headline does
    reposts = [f"{NAMED[lang][1]} ({i})" for i in range(8)]
    title = story_title(lang, [*reposts, GENERIC[lang]], flagged=len(reposts))
    assert title.startswith(GENERIC[lang])
