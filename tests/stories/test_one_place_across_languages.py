"""Across languages, one shared country alone does not join a page to a
story: a wildfire page and the same country's budget story of that week have
the country in common and nothing else. The Arabic page of the invented
wildfire (see test_cyrillic_korean_names) names no person in a form other
languages share; read right after the budget pages, before any other fire
page, it joined the budget story on "Portugal" alone.
"""

from __future__ import annotations

from collections import Counter

from newsline.stories import ClusterStories
from newsline.stories.anchors import skeleton
from newsline.stories.cluster import _too_little_across

from .helpers import mk
from .test_cyrillic_korean_names import BUDGET, FIRE


def test_one_place_alone_is_too_little_but_a_place_and_more_is_not():
    assert _too_little_across(["t:PT"])
    # the country's name read as a name too is still the one country
    assert _too_little_across(["t:PT", "k:" + skeleton("Portugal"), "w:portugal"])
    assert _too_little_across(["#:2300", "d:2025-08-13"])
    assert not _too_little_across(["t:PT", "#:2300"])
    assert not _too_little_across(["t:PT", "t:GR"])
    assert not _too_little_across(["w:canadair"])


def test_a_page_sharing_only_the_country_starts_its_own_story():
    docs = [mk("budget", lang, BUDGET, published="2025-08-14") for lang in sorted(BUDGET)]
    docs += [mk("fire", lang, FIRE, published="2025-08-13") for lang in sorted(FIRE)]
    assert docs[len(BUDGET)].id == "fire-ar"
    stage = ClusterStories()
    stage(docs, Counter())
    got = sorted(sorted(s["documents"]) for s in stage.finalize()["stories"])
    assert got == sorted(
        [sorted(f"fire-{lang}" for lang in FIRE), sorted(f"budget-{lang}" for lang in BUDGET)]
    )


def test_a_country_named_in_two_scripts_is_still_one_place():
    # a short German page (its last sentences set aside) shares with the
    # Russian budget page only Portugal -- as t:PT and, read as a name in
    # both scripts ("Portugals", "Португалии"), as the same skeleton
    short_de = (
        "Waldbrand an der Algarve: 2.300 Menschen evakuiert",
        (
            "Ein Waldbrand im Monchique-Gebirge im Süden Portugals hat seit Mittwoch 2.300 Menschen "
            "aus ihren Häusern vertrieben. Zivilschutzkommandant Duarte Cardoso sagte, mehr als 600 "
            "Feuerwehrleute kämpften gegen die Flammen."
        ),
    )
    docs = [mk("budget", lang, BUDGET) for lang in ("ru", "ko", "pt")]
    docs.append(mk("fire", "de", {"de": short_de}))
    docs += [mk("fire", lang, FIRE) for lang in ("en", "pt", "vi")]
    stage = ClusterStories()
    stage(docs, Counter())
    assert stage.story_of("fire-de") == stage.story_of("fire-en")
    assert stage.story_of("fire-de") != stage.story_of("budget-ru")
