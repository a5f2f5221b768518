"""The ``stories`` stage: incremental story clustering across languages, offline.

What it is for: grouping documents that tell the same story, whatever
their language, into stories with an id, a title, languages, a date span
and documents. Each document is compared with the profiles of existing
stories and joins the best one above ``join_threshold``; otherwise it starts
a new story. A profile is the running sum of its documents' feature
vectors:

* anchors (language-independent, see :mod:`.anchors`): CLDR territory
  codes, Latin names and acronyms, romanised-name skeletons, numbers, years,
  resolved dates and event anchors -- the only bridge between languages;
* words per language (TF-IDF within one language);
* optionally a sentence embedding from a local model.

Weights use inverse document frequencies kept in the state, so a later run
continues where the last stopped: new documents join existing stories and
nothing is reclustered. After every ``merge_every`` documents placed
(counted across batches and runs) and in finalize(), stories that have
grown alike are merged (the older id survives; merged ids are remembered as
aliases): the stories do not depend on the batch size a caller hands in. A
story also keeps the places it is about (its documents' shares of territory
mentions): two grown stories about different places need a higher score to
merge (``merge_place_weight``), since a merge is never undone.

Two levels come out of finalize(): stories (fine: one happening) and, on
each story row, its ``topic`` -- stories agglomerated by shared places and
names (see :mod:`.topics`), e.g. every story of one country's war.

It must never drop or edit a document (it only sets ``meta["story_id"]``),
never download a model, and never let one bad document stop the batch.
"""

from __future__ import annotations

import functools
import heapq
import itertools
import json
import logging
import math
import operator
import re
import unicodedata
import zlib
from collections import Counter, deque
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np

from ..days import days_between
from ..model import KEPT_LABELS, Document
from ..pipeline import Stage
from ..settings import LangSettings, Settings, StorySettings
from .anchors import (
    _is_latin,
    ascii_digits,
    feature_counts,
    place_name_features,
    place_shares,
    strip_marks,
    territory_table,
    vectors,
)
from .features import headline, stored_features, story_text
from .topics import group_topics

log = logging.getLogger(__name__)

_STATE_VERSION = 1
# Anchor classes used to find candidate stories (years, months and bare
# numbers are too common to narrow anything down).
_INDEXED = ("t:", "w:", "k:", "d:")
# Anchor classes that cannot link two stories across languages on their own
# (s: a name's two-consonant skeleton, see anchors.short_skeleton).
_WEAK_ANCHORS = ("d:", "m:", "y:", "#:", "s:")
# Languages whose names give short skeletons (s:) besides Latin script's.
_SHORT_SKELETON_LANGS = ("zh", "ko")
# Languages whose pages write foreign names in their own script, read as
# skeletons (k:) only, with no Latin spelling (w:) to meet.
_NO_LATIN_NAME_LANGS = frozenset(("zh", "ja", "th"))
# Names (k:, w:) two stories must share to be scored so at merge time.
_SCRIPTED_MERGE_NAMES = 2
_CANDIDATE_FEATURES = 30
# Features of one document used for scoring (heaviest by tf-idf).
_DOC_ANCHORS = 60
_DOC_WORDS = 80
# A story is compared for merging on its heaviest features, with few candidates.
_MERGE_FEATURES = 100
_MERGE_CANDIDATES = 30
_SMALL_STORY = 3
# Two grown stories sharing one name of this many words at most, each with
# this many names of its own, tell two happenings of one actor (see
# ClusterStories._one_actor_apart).
_ACTOR_WORDS = 3
_OWN_NAMES = 2
_OWN_PER_ACTOR_WORD = 2
# A page or story meeting another on names of this many words at most in one
# script (one actor and one place: a governor's two names and his province,
# with a title read as a name, "Wali Kota"), each giving _OWN_FIGURES numbers of its
# own and sharing none, tells another happening, when both are told within
# _APART_DAYS (see _another_happening_of_few_names, _bursts_of_one_week).
_APART_NAME_WORDS = 5
_OWN_FIGURES = 2
# The days one happening is reported in, when its pages repeat its figures.
_APART_DAYS = 7
# A name found in grown stories about this many different main places is a
# commentator's (see ClusterStories._heard_everywhere).
_COMMENTATOR_PLACES = 3
# Anchor classes two stories told by one round-up page share none of (see
# ClusterStories._tells_several).
_SEVERAL_CLASSES = ("t:", "w:", "k:")
# A page above two stories of one actor tells both (an opinion piece) when
# its lower score is at least this share of its higher (see _tells_several).
_ROUND_UP_SHARE = 0.7
# A story's title is not taken from a page with one of these flags (or an
# off-topic foreign block) while a page without them tells the story in that
# language.
_WEAK_TITLE_FLAGS = frozenset({"content_farm", "spam", "machine_translation"})
_RECHECK_PER_BATCH = 200
# Candidate titles kept per story and language (see Story.title_pool).
_TITLE_POOL = 6
# Anchor classes a title is judged by (places and names), and how many of
# its heaviest count.
_TITLE_ANCHORS = 2
_TITLE_CLASSES = ("t:", "w:", "k:")


@dataclass
class Story:
    id: str
    n: int = 0
    anchors: dict[str, float] = field(default_factory=dict)
    words: dict[str, float] = field(default_factory=dict)
    langs: dict[str, int] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)
    surfaces: dict[str, str] = field(default_factory=dict)
    start: str | None = None
    end: str | None = None
    docs: list[str] = field(default_factory=list)
    emb: list[float] | None = None
    # territory code -> sum over the documents of the share of each
    # document's territory mentions naming it (anchors.place_shares)
    places: dict[str, float] = field(default_factory=dict)
    # languages whose title came from a page flagged as a content farm, spam
    # or machine translation: a clean page's title replaces it
    weak_titles: list[str] = field(default_factory=list)
    # language -> up to _TITLE_POOL candidate titles [title, weak, anchors the
    # title names]; title_of shows the one naming most of the story's anchors
    title_pool: dict[str, list[list[Any]]] = field(default_factory=dict)
    # the language the story is titled in: kept while no other language has
    # more pages (see ClusterStories._settle_title_lang), so a tie reached by
    # one added page does not switch it
    title_lang: str | None = None
    # figure -> how many of its pages lead with it (see lead_figure): told
    # apart from the figure the next occurrence of its kind of event leads with
    figures: dict[str, int] = field(default_factory=dict)
    # first and last day of its pages that lead with a figure: the days its
    # happening was reported (a later preview or recap leads with none)
    figure_days: list[str] = field(default_factory=list)
    # a page telling several stories (see ClusterStories._tells_several):
    # it stays its own story, joined and merged with none
    several: bool = False
    # story id -> how many of this story's pages were held apart from that
    # story when they came, as a later happening of its kind and place (see
    # _a_later_happening): the merge keeps the two apart though pages
    # recalling the other happening's figures, one each, add up
    apart: dict[str, int] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return self.__dict__

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Story:
        return cls(**d)


def _written(surfaces: dict[str, str], feature: str) -> bool:
    """Has ``feature`` a surface as a page wrote it? A surface equal to the
    feature's own value is a machine reading: the events stage's name
    anchors are romanised, lower-cased keys ('quy' for Quy, 'biang' for
    Biang), which the first page seen may give before a page writes the
    name; a written surface seen later replaces such a reading."""
    got = surfaces.get(feature)
    return got is not None and got != feature[2:]


def _too_little_across(shared: list[str], days: frozenset[str] = frozenset()) -> bool:
    """Are ``shared`` anchors too little to link pages of two languages?
    Dates and bare numbers alone are (any two stories of the same days share
    them), and so is one place with nothing else: a page about a wildfire in
    a country and a page about the same country's budget vote that week share
    the country and no more (found on an invented corpus, where an Arabic
    fire page read before the other fire pages joined the budget story). A
    name or acronym, two places, or a place with a shared number is enough.
    A place with shared dates only is not: the day both pages were
    published (their datelines, "today") is shared by any two pages of that
    day about the country (a Thai coffee-export page and an Indonesian flood
    page about Vietnam, both of one Thursday)."""
    strong = _strong(shared)
    if not strong:
        return True
    return _one_place_only(strong) and not any(_telling_number(f, days) for f in shared)


def _lone_unwritten_skeleton(
    a: dict[str, float],
    a_surfaces: dict[str, str],
    b: dict[str, float],
    b_surfaces: dict[str, str],
    days: frozenset[str],
) -> bool:
    """Do anchors ``a`` and ``b`` (with the surfaces their pages wrote)
    share one name skeleton (k:) and nothing else but dates and the days of
    the month, neither side writing that name in Latin letters? A skeleton
    is a reading guessed from sounds: pages of two scripts with no Latin
    spelling to compare (Thai and Chinese) meet on three consonants by
    chance, a Thai surname and a common Chinese word the tagger called a
    name ("上市", to go on sale, tagged a place). A Latin spelling on one side
    (a Thai page's สมชาย against an English page's "Somchai") is a name
    someone wrote, for the score to judge."""
    shared = [f for f in a if f in b]
    strong = _strong(shared)
    codes = _place_codes(strong)
    names = [f for f in strong if f.startswith("k:") and not _names_a_place_of(f, codes)]
    if len(names) == 1 and len(strong) > 1:
        # a skeleton two different spellings give (เฉิงตู, Chengdu, in a
        # Thai page; 深度, "depth", tagged a place, in a Chinese quake page)
        # beside the country both name (and its own name read as a name) is
        # still one chance meeting; the same spelling on both sides (two
        # Thai pages' เชียงใหม่) is one name written twice
        f = names[0]
        if a_surfaces.get(f) != b_surfaces.get(f):
            strong = [x for x in strong if not (x.startswith("t:") or _names_a_place_of(x, codes))]
    if len(strong) != 1 or not strong[0].startswith("k:"):
        return False
    f = strong[0]
    if any(map(_is_latin, a_surfaces.get(f, "") + b_surfaces.get(f, ""))):
        return False
    return not any(_telling_number(x, days) for x in shared)


def _indexed(f: str) -> bool:
    """Is anchor ``f`` one stories are found by (_INDEXED, or a specific
    figure, see _specific_figure)? A page that names no one its story's
    other pages can read (a Thai page of a hack abroad reported in English)
    meets it on its figures alone (see _figures_cos), and must find it."""
    return f.startswith(_INDEXED) or _specific_figure(f)


@functools.lru_cache(maxsize=1 << 16)
def _specific_figure(f: str) -> bool:
    """Is anchor ``f`` a figure specific enough to find a story by: a number
    of 100 or more with two significant digits at least ("#:2800",
    "#:6.5e+06" for 6,5 millones / 650万 / 6.5 ล้าน)? A round figure ("#:1000",
    "#:1e+06") or a small one (a toll, an age) is written by many stories."""
    if not f.startswith("#:"):
        return False
    try:
        v = float(f[2:])
    except ValueError:
        return False
    return v >= 100 and len(f"{v:.6e}".split("e")[0].replace(".", "").rstrip("0")) >= 2


def _figures_agree(shared: list[str], days: frozenset[str]) -> bool:
    """Do ``shared`` anchors hold two telling numbers (see _telling_number),
    one of them specific (see _specific_figure)? A Chinese page and a Thai
    page of one investment ("120亿泰铢", "1.2 หมื่นล้านบาท"; "15万辆",
    "150,000 คัน") or one bribery case (650万 / 6.5 ล้าน, 110万 / 1.1 ล้าน)
    give the same figures while the names they write meet nowhere; two
    stories of one week share a day of the month, a round or small number,
    rarely two figures one of which is specific."""
    telling = [f for f in shared if _telling_number(f, days)]
    return len(telling) >= 2 and any(map(_specific_figure, telling))


def _telling_number(f: str, days: frozenset[str]) -> bool:
    """Is anchor ``f`` a number that tells something shared? Not when it is
    one of ``days`` (see _day_numbers): any two pages of the same days share
    the day of the month ("24日", "24 ตุลาคม", "on the 24th") as they share
    the dates. Another small number (a toll of 14) still tells."""
    return f.startswith("#:") and f not in days


# Days before and after a page's date whose day of the month it may write.
_DAYS_BEFORE, _DAYS_AFTER = 3, 1


def _day_numbers(*days: str | None) -> frozenset[str]:
    """The days of the month (as number anchors, "#:24") around each of
    ``days`` (ISO dates): the numbers a page of those days writes for the
    day something happened, two or three days back, or tomorrow."""
    return frozenset().union(*(_day_numbers_around((d or "")[:10]) for d in days))


@functools.cache
def _day_numbers_around(day: str) -> frozenset[str]:
    """_day_numbers of one ISO day (cached: asked once per candidate story)."""
    try:
        d = date.fromisoformat(day)
    except ValueError:
        return frozenset()
    out = set()
    for k in range(-_DAYS_BEFORE, _DAYS_AFTER + 1):
        n = date.fromordinal(d.toordinal() + k).day
        if n >= 10:  # number anchors have two digits at least
            out.add(f"#:{n}")
    return frozenset(out)


def _places_only_for_a_naming_page(
    shared: list[str], a: dict[str, float], days: frozenset[str] = frozenset()
) -> bool:
    """Are ``shared`` anchors places and their names only (no shared number)
    while the page ``a`` names people or things of its own, none of them
    shared? Two pages of one week about the same neighbours (a Thai page on
    a rail deal with China, a Vietnamese page on fruit trade with China and
    Thailand) share the countries and no one; a page that names its people
    and meets none of them in the story tells another story. A page naming
    no one a script lets us read (only places and numbers) still joins on
    two places (see _too_little_across)."""
    strong = _strong(shared)
    codes = _place_codes(strong)
    if not codes or any(_telling_number(f, days) for f in shared):
        return False
    if not all(f.startswith("t:") or _names_a_place_of(f, codes) for f in strong):
        return False
    own = _place_codes(a)
    return any(f.startswith(("w:", "k:")) and not _names_a_place_of(f, own) for f in a)


# Languages written at home in one country: a page of one of them naming no
# country at all is about that country (see _home_place).
_HOME_COUNTRY = {"vi": "VN", "th": "TH", "id": "ID", "km": "KH", "lo": "LA", "ko": "KR", "ja": "JP"}


def _home_place(a: dict[str, float], langs: frozenset[str]) -> str | None:
    """The country (t:) anchors ``a`` of pages in ``langs`` are about
    without naming it: the home of their one language (_HOME_COUNTRY) when
    they name no country at all, None otherwise. A Thai page on a Thai
    hospital, a Vietnamese page on a Vietnamese province, names neither
    Thailand nor Vietnam; pages of the same happening from abroad do."""
    if len(langs) != 1 or any(f.startswith("t:") for f in a):
        return None
    code = _HOME_COUNTRY.get(next(iter(langs)))
    return "t:" + code if code else None


def _places_only(strong: list[str]) -> bool:
    """Are ``strong`` (shared anchors less the weak ones) places and the
    places' own names only, one country or several?"""
    codes = _place_codes(strong)
    return bool(codes) and all(f.startswith("t:") or _names_a_place_of(f, codes) for f in strong)


def _strong(shared: list[str]) -> list[str]:
    """``shared`` without the weak anchors (dates, years, bare numbers)."""
    return [f for f in shared if not f.startswith(_WEAK_ANCHORS)]


def _one_place_only(shared: list[str]) -> bool:
    """Are ``shared`` anchors one country and its own name features, nothing
    else? The country's name read as a name too ("Portugal", "Португалии" ->
    w:portugal, k:pltk) is that country again, not a second anchor."""
    codes = _place_codes(shared)
    if len(codes) != 1:
        return False
    return all(f.startswith("t:") or _names_a_place_of(f, codes) for f in shared)


def _meets_a_name(shared: list[str]) -> bool:
    """Is one of ``shared`` a name (k: skeleton or w: spelling), a place's
    own name aside (a country read as a name is that country again)?"""
    codes = _place_codes(shared)
    return any(f.startswith(("k:", "w:")) and not _names_a_place_of(f, codes) for f in shared)


def _names_met(shared: list[str]) -> int:
    """How many of ``shared`` are names (k: skeletons, w: spellings), a
    place's own name aside (a country read as a name is that country again)?"""
    codes = _place_codes(shared)
    return sum(1 for f in shared if f.startswith(("k:", "w:")) and not _names_a_place_of(f, codes))


def _place_codes(features) -> set[str]:
    """The territory codes of ``features``' t: anchors."""
    return {f[2:] for f in features if f.startswith("t:")}


def _names_a_place_of(f: str, codes: set[str]) -> bool:
    """Is name feature ``f`` (w:, k:) the name of one of the territories
    ``codes`` read as a name ("Portugal" -> w:portugal for t:PT)? Such a
    feature is that place again, not another anchor."""
    return bool(codes & place_name_features().get(f, frozenset()))


def _names_of_each(
    page: dict[str, float], a: Story, b: Story, place_names: dict[str, frozenset[str]]
) -> bool:
    """Does ``page`` name someone or something of story ``a`` that ``b``
    never names, and one of ``b`` that ``a`` never names? An opinion piece
    on two happenings with one actor in common names each one's own people
    and places; a page of one of them meets the other only through the
    actor."""

    def own(x: Story, y: Story) -> bool:
        return any(
            f in x.anchors and f not in y.anchors
            for f in page
            if f.startswith(("w:", "k:")) and f not in place_names
        )

    return own(a, b) and own(b, a)


def _one_actor_apart(
    a: dict[str, float], a_surfaces: dict[str, str], b: dict[str, float], b_surfaces: dict[str, str]
) -> bool:
    """Do anchors ``a`` and ``b`` (with the surfaces their pages wrote)
    share, besides places, dates and numbers, one name of at most
    _ACTOR_WORDS words written alike while each names at least _OWN_NAMES
    of its own, twice as many words as the actor's name at least? See
    ClusterStories._one_actor_apart."""
    place_names = place_name_features()

    def names(x: dict[str, float]) -> set[str]:
        return {f for f in x if f.startswith(("w:", "k:")) and f not in place_names}

    na, nb = names(a), names(b)
    # every name counts, a commentator's too: stories sharing many
    # names, heard everywhere or not, are no two of one actor
    shared = na & nb
    if len(shared) < 2 or not any(
        f.startswith("w:") and not a_surfaces.get(f, "").isupper() for f in shared
    ):
        # no name written alike in both: sharing none at all, a skeleton
        # (k:) alone, which may meet by chance, or an acronym alone (a
        # currency, an agency) is for the score to judge
        return False

    def words(surfaces: dict[str, str], feats: set[str]) -> set[str]:
        # one word of a name gives a Latin spelling and a skeleton (w:
        # and k: of one surface): counted once, by the surface written
        return {strip_marks(surfaces.get(f, f[2:])).casefold() for f in feats}

    actor = max(len(words(a_surfaces, shared)), len(words(b_surfaces, shared)))
    if actor > _ACTOR_WORDS:
        return False
    # the actor is a small part of each: stories sharing half their
    # names are for the score to judge
    own = min(len(words(a_surfaces, na - shared)), len(words(b_surfaces, nb - shared)))
    return own >= max(_OWN_NAMES, _OWN_PER_ACTOR_WORD * actor)


def _figures_apart(a: dict[str, float], b: dict[str, float], days: frozenset[str]) -> bool:
    """Do anchors ``a`` and ``b`` each hold _OWN_FIGURES telling numbers (see
    _telling_number), one of them specific (see _specific_figure), while
    sharing none? Two happenings of one place give their own counts (a
    flood's 2,340 homes, a festival's 140 stalls that week); pages of one
    happening repeat one of its figures (a toll, a sum, an age). A toll
    that rises (12 dead, then 16) changes only small counts."""
    if any(_telling_number(f, days) for f in a if f in b):
        return False
    return all(
        sum(1 for f in x if _telling_number(f, days)) >= _OWN_FIGURES
        and any(_specific_figure(f) and f not in days for f in x)
        for x in (a, b)
    )


def _shared_name_words(
    a: dict[str, float],
    a_surfaces: dict[str, str],
    b: dict[str, float],
    b_surfaces: dict[str, str] | None,
) -> int:
    """How many words the names (w:, k:; a country's own name aside) shared
    by anchors ``a`` and ``b`` are written with in one script, the script
    and the side that write most (``a``'s alone when ``b_surfaces`` is None):
    a name written in two scripts (Khon Kaen, ขอนแก่น) is one name, not three
    words."""
    place_names = place_name_features()
    shared = [f for f in a if f in b and f.startswith(("w:", "k:")) and f not in place_names]

    def words(surfaces: dict[str, str]) -> int:
        by_script: dict[str, set[str]] = {}
        for f in shared:
            # one name written with spaces and marks or without ("Mê Kông",
            # "Mékong") is one name
            w = _NAME_GAPS.sub("", strip_marks(surfaces.get(f, f[2:])).casefold())
            by_script.setdefault(_script_of(w), set()).add(w)
        return max(map(len, by_script.values()), default=0)

    if b_surfaces is None:
        return words(a_surfaces)
    return max(words(a_surfaces), words(b_surfaces))


# What one name may be written with or without (see _shared_name_words).
_NAME_GAPS = re.compile(r"[\s\-‐'’·・]+")


@functools.lru_cache(maxsize=1 << 12)
def _script_of(word: str) -> str:
    """The script of ``word``'s first letter (LATIN, THAI, CJK, ...)."""
    return unicodedata.name(word[:1], "?").split(" ", 1)[0] if word else "?"


def _bursts_of_one_week(st: Story, start: str | None, end: str | None) -> bool:
    """Are story ``st`` and a page or story of ``start``..``end`` each told
    within _APART_DAYS, that many days apart at most? Then their figures
    are a happening's own (see _another_happening_of_few_names); a story
    told for weeks (a war, a crisis) reports new figures day after day, and
    a follow-up weeks later reports new ones too."""
    if not (start and end and st.start and st.end):
        return False
    if days_between(st.start, st.end) > _APART_DAYS or days_between(start, end) > _APART_DAYS:
        return False
    return max(days_between(end, st.start), days_between(st.end, start)) <= _APART_DAYS


def _another_happening_of_few_names(
    one: dict[str, float], one_surfaces: dict[str, str], story: Story, days: frozenset[str]
) -> bool:
    """Do anchors ``one`` (a page's or a story's, with their surfaces) and
    ``story``'s meet on names of at most _APART_NAME_WORDS words (one actor
    and one place) while their figures are apart (see _figures_apart)? A province's
    flood and its festival the same week share the province and its
    governor, a city's bus crash and its wage rise the city and a street,
    and each gives counts of its own: two happenings. Pages of one
    happening with new figures (a toll risen) meet on more of its names,
    or on one figure; a follow-up weeks later (see _APART_DAYS) reports
    new ones (the ruling on a strike, the final toll). Meeting on no name
    at all is no exception: a second city's mayoral vote the same Sunday,
    in the capital's language, shares the words of an election only."""
    if not _figures_apart(one, story.anchors, days):
        return _one_name_and_a_figure_apart(one, one_surfaces, story, days)
    shared = _shared_name_words(one, one_surfaces, story.anchors, story.surfaces)
    return shared <= _APART_NAME_WORDS


def _one_name_and_a_figure_apart(
    one: dict[str, float], one_surfaces: dict[str, str], story: Story, days: frozenset[str]
) -> bool:
    """Do anchors ``one`` (a page's, or a story's at merge time) meet
    ``story``'s on one name alone, as ``one``'s pages write it (a place),
    while ``one`` gives a telling number of its own and ``story`` _OWN_FIGURES,
    one of them specific, and they share none? A province's market fire (40
    stalls burnt) the week a data breach's resellers are arrested there (38
    million records) shares the province and the days: another happening,
    though the fire's page gives only small counts. An update of the story's
    happening repeats one of its figures or names more of its people and
    places (see _another_happening_of_few_names)."""
    sa = story.anchors
    if any(_telling_number(f, days) for f in one if f in sa):
        return False
    if not any(_telling_number(f, days) for f in one):
        return False
    if sum(1 for f in sa if _telling_number(f, days)) < _OWN_FIGURES or not any(
        _specific_figure(f) and f not in days for f in sa
    ):
        return False
    return _shared_name_words(one, one_surfaces, sa, None) == 1


def _l2(vec: dict[str, float], anchors: bool = True) -> dict[str, float]:
    """``vec`` over its length, short skeletons (s:) left out of the length:
    they add to a score where they bridge scripts, and dilute nothing else.
    ``anchors=False``: a word vector ("lang|word"), which holds no s: (its
    long tail is not read key by key). The squares are summed in ``vec``'s
    order, as ``sum(v * v for ...)`` sums them."""
    if anchors:
        vals = [v for f, v in vec.items() if not f.startswith("s:")]
    else:
        vals = list(vec.values())
    n = math.sqrt(sum(map(operator.mul, vals, vals))) or 1.0
    return dict(zip(vec, map(operator.truediv, vec.values(), itertools.repeat(n))))


def _plain(vec: dict[str, float]) -> list[str]:
    """``vec``'s features less the short skeletons (s:), in its order."""
    return [f for f in vec if not f.startswith("s:")]


def _dot(a: dict[str, float], b: dict[str, float], keys: list[str], idfs: list[float]) -> float:
    """``sum(a[f] * b[f] * idf for f, idf in zip(keys, idfs))``: the same
    products, summed in the same order (the same floating-point number),
    without a Python-level step per feature."""
    mul = operator.mul
    return sum(map(mul, map(mul, map(a.__getitem__, keys), map(b.__getitem__, keys)), idfs))


# Sort key of a (feature, weight) pair: sorted(..., key=_WEIGHT, reverse=True)
# orders pairs heaviest first, equal weights in their order (sorting stays
# stable when reversed), as key=lambda kv: -kv[1] does, without a Python call
# per pair.
_WEIGHT = operator.itemgetter(1)


def _prune(vec: dict[str, float], keep: int, anchors: bool = True) -> dict[str, float]:
    """The ``keep`` heaviest features of ``vec`` (when it has many more), and
    up to ``keep // 4`` short skeletons (s:) beside them: those take no
    other feature's place (see _l2). ``anchors=False``: a word vector, which
    holds no s:."""
    main = [kv for kv in vec.items() if not kv[0].startswith("s:")] if anchors else vec
    if len(main) == len(vec):
        if len(vec) <= keep * 1.25:
            return vec
        return dict(sorted(vec.items(), key=_WEIGHT, reverse=True)[:keep])
    short = [kv for kv in vec.items() if kv[0].startswith("s:")]
    if len(main) > keep * 1.25:
        main = sorted(main, key=_WEIGHT, reverse=True)[:keep]
    return dict(main + sorted(short, key=_WEIGHT, reverse=True)[: keep // 4])


def place_cosine(a: dict[str, float], b: dict[str, float]) -> float | None:
    """Cosine of two place-share profiles; None when either has no place."""
    if not a or not b:
        return None
    dot = sum(v * b[c] for c, v in a.items() if c in b)
    na = math.sqrt(sum(v * v for v in a.values()))
    nb = math.sqrt(sum(v * v for v in b.values()))
    return dot / (na * nb) if na and nb else None


# A page more than this many days from a story's days is, when it leads with
# a figure the story never gave while the story leads with one of its own,
# the next occurrence of a recurring kind of event (see
# _page_of_another_occurrence, _stories_of_two_occurrences).
_RECUR_DAYS = 14
# A decimal figure: a rate, a magnitude, a share ("7.25%", "5,8 độ", "6.1级");
# not a grouped thousand ("12.000", "41,000"), which has three digits after
# the mark. Fixed-width lookarounds only: linear on any input.
_DECIMAL = re.compile(r"(?<![\d.,])\d{1,3}[.,]\d{1,2}(?![\d]|[.,]\d)")
# A clock time written like a decimal: "21.55 h", "20.00 horas", or a live
# page's line opening with one ("22.23. Protesters ...").
_CLOCK_AFTER = re.compile(r"\.?\s?h(?:oras?|eures?|rs?)?\b", re.IGNORECASE)
# A match's score ("2-1", "3 – 0", Chinese "2比1", Japanese "2対1", Korean
# "2대1"): what a match report leads with.
_MATCH_SCORE = re.compile(r"(?<![\d.,:/–-])(\d{1,2}) ?(?:[-–比対대]) ?(\d{1,2})(?![\d.,:/–-])")
_FIGURES_KEPT = 24
_LEAD_CHARS = 600


def lead_figure(text: str, lang: str | None = None) -> str | None:
    """The first decimal figure or match score of a page's lead (its first
    two non-empty lines: headline and first paragraph, at most _LEAD_CHARS),
    as a number anchor ("#:725" for 7.25) or a score ("=:2-1"), or None.
    What a page leads with is what its happening is measured by -- the rate
    decided, the quake's magnitude, the match's score -- and the next
    decision, quake or match of the same people leads with another; the old
    figure comes after it ("to 7.25% from 7.50%").
    A score is kept apart from the number anchors: "2-1" is no 21."""
    lines = [ln for ln in text[: _LEAD_CHARS * 4].split("\n") if ln.strip()][:2]
    lead = ascii_digits("\n".join(lines)[:_LEAD_CHARS])
    found = []
    for m in _DECIMAL.finditer(lead):
        if m.start() == 0 or lead[m.start() - 1] == "\n" or _CLOCK_AFTER.match(lead, m.end()):
            continue
        f = "#:" + re.sub(r"\D", "", m.group()).lstrip("0")
        if len(f) > 3:  # two digits at least, as number anchors
            found.append((m.start(), f))
            break
    date_spans: list[tuple[int, int]] | None = None
    for m in _MATCH_SCORE.finditer(lead):
        if date_spans is None:
            # "23-24 October", "10月23-24日": two days of a date, no score
            from ..dates import resolve_dates

            date_spans = [(d.start, d.end) for d in resolve_dates(lead, lang)]
        if any(a <= m.start() and m.end() <= z for a, z in date_spans):
            continue
        found.append((m.start(), "=:" + m.group(1) + "-" + m.group(2)))
        break
    return min(found)[1] if found else None


def _main_figures(st: Story) -> set[str]:
    """The figure(s) a story leads with: led with by most of its pages that
    lead with one, and by half its pages at least. A long story of which a
    few pages lead with a figure (a price, a toll) leads with none."""
    top = max(st.figures.values(), default=0)
    if 2 * top < st.n:
        return set()
    return {f for f, n in st.figures.items() if n == top}


def _page_of_another_occurrence(st: Story, figure: str | None, day: str | None) -> bool:
    """Does a page of ``day`` leading with ``figure`` tell another occurrence
    of the kind of event story ``st`` tells? It does when the story leads
    with a figure too (see _main_figures), the page's is none its pages lead
    with and nowhere in the story, and the page is more than _RECUR_DAYS
    from the days the story's pages led with figures (a preview of the next
    match, recapping the last and leading with no score, joins the last
    match's story without carrying its days on): two monthly rate decisions
    of one bank, two quakes in one province three weeks apart, two matches
    of the same clubs, share their people and places. A follow-up of the
    same happening weeks later leads with none or repeats one, and may join.
    A match score the story's scores are not is another match on any day
    (see _other_match)."""
    main = _main_figures(st) if figure is not None else None
    if not main:
        return False
    if _other_match(main, figure) and figure not in st.figures:
        return True
    first, last = st.figure_days or (st.start, st.end)
    if not (day and first and last):
        return False
    if max(days_between(day, first), days_between(last, day), 0) <= _RECUR_DAYS:
        return False
    return figure not in st.figures and figure not in st.anchors


def _one_result(figure: str) -> tuple[str, ...] | None:
    """A match score ("=:2-1") as its result seen from either side (2-1 and
    1-2 are one match told by the winner's and the loser's press); None for
    any other figure."""
    if not figure.startswith("=:"):
        return None
    return tuple(sorted(figure[2:].split("-")))


def _other_match(figures: set[str], figure: str | None) -> bool:
    """Does a page (or story) leading with match score ``figure`` report
    another match than pages leading with ``figures``, all scores? A match
    ends with one score, so two scores are two matches whatever the days
    between them: a country's football and rugby sides both play on one
    Saturday, share the country, its nickname and its stadium city, and
    lead with a football and a rugby score. A decimal figure says no such thing on the same
    days (a bond sale's two yields), and is left to the weeks rule."""
    mine = _one_result(figure) if figure else None
    if mine is None or not figures:
        return False
    theirs = {_one_result(f) for f in figures}
    return None not in theirs and mine not in theirs


def _widen(days: list[str], first: str, last: str) -> None:
    """Widen the day span ``days`` ([] or [first, last]) to hold first..last."""
    if days:
        days[:] = [min(days[0], first), max(days[1], last)]
    else:
        days[:] = [first, last]


def _stories_of_two_occurrences(a: Story, b: Story) -> bool:
    """Are stories ``a`` and ``b``, begun more than _RECUR_DAYS apart, two
    occurrences of one kind of event: the figures most pages of each lead
    with differ? Most, not any: a column on both quakes, joined to the
    first, leads with its magnitude and names the second; and begun, not
    span to span: that column's day carries the first story's span to the
    second's."""
    main_a, main_b = _main_figures(a), _main_figures(b)
    if len(main_a) == 1 and _other_match(main_b, next(iter(main_a))):
        return True  # two matches, whatever the days (see _other_match)
    if not (a.start and b.start) or abs(days_between(a.start, b.start)) <= _RECUR_DAYS:
        return False
    return bool(main_a and main_b) and not main_a & main_b


# A story told in one burst (its pages within _RECUR_DAYS) and a page or
# burst more than this many days after it are two happenings whatever they
# share: the next edition of a yearly event (a festival's race, a summit, an
# exam season) falls 11 to 13 months after the last and names the same city,
# river, festival and often last year's winners. A story told all along (a
# war, a crisis) has a long span and is left to the score.
_NEXT_EDITION_DAYS = 330

# A page or burst more than _NEXT_EDITION_DAYS after a story's burst that
# names the year the story happened in and repeats this many of its
# specific figures reports on that happening (its trial, inquiry or
# anniversary), not a next edition (see _recalls_the_happening).
_RECALLED_FIGURES = 2


def _recalls_the_happening(
    later: dict[str, float], later_day: str, earlier: dict[str, float], start: str, end: str
) -> bool:
    """Do anchors ``later`` (a page's or a story's, of ``later_day``) recall
    the happening of anchors ``earlier``, told from ``start`` to ``end``?
    They name a year of that span other than ``later_day``'s own and share
    _RECALLED_FIGURES specific figures with it (see _specific_figure, less
    the days of the month): a court case two years after a chemical spill
    gives the spill's year, its tonnes of dead fish and its households; a
    festival's or a race's next edition names last year's winner, city and
    year, and one of last year's figures to compare at most."""
    try:
        first, last = int(start[:4]), int(end[:4])
    except ValueError:
        return False
    years = {f"y:{y}" for y in range(first, last + 1)} - {"y:" + later_day[:4]}
    if not any(y in later for y in years):
        return False
    days = _day_numbers(later_day, end)
    told = [f for f in later if f in earlier and _telling_number(f, days)]
    return sum(map(_specific_figure, told)) >= _RECALLED_FIGURES


def _a_later_happening(
    a: dict[str, float],
    a_start: str | None,
    a_end: str | None,
    b: dict[str, float],
    b_start: str | None,
    b_end: str | None,
) -> bool:
    """Are anchors ``a`` (told from ``a_start`` to ``a_end``) and ``b`` two
    happenings of one kind at one place, the later begun more than
    _RECUR_DAYS after the earlier, each told in one burst (within
    _RECUR_DAYS)? They are when each gives _OWN_FIGURES specific figures of
    its own (see _specific_figure; the days of the month aside) and the
    later repeats fewer than _RECALLED_FIGURES of the earlier's: a second
    typhoon over the same provinces a month after the first, with the same
    deputy prime minister and city, counts its own homes and evacuees; a
    politician's land scandal two weeks after his election gives its own
    sums. A follow-up of one happening (its trial, its hearings months
    apart, an arrest weeks after a hack) repeats its sum and its counts; a
    sentence recalling the other happening's toll repeats one."""
    if not (a_start and a_end and b_start and b_end):
        return False
    if days_between(a_start, a_end) > _RECUR_DAYS or days_between(b_start, b_end) > _RECUR_DAYS:
        return False
    if abs(days_between(a_start, b_start)) <= _RECUR_DAYS:
        return False
    days = _day_numbers(a_end, b_end)
    own_a = {f for f in a if f.startswith("#:") and f not in days and _specific_figure(f)}
    own_b = {f for f in b if f.startswith("#:") and f not in days and _specific_figure(f)}
    both = own_a & own_b
    return (
        len(both) < _RECALLED_FIGURES
        and len(own_a - both) >= _OWN_FIGURES
        and len(own_b - both) >= _OWN_FIGURES
    )


# Days further than this before a page's latest dated day are history.
_HISTORY_DAYS = 365


def _doc_date(doc: Document) -> str | None:
    """Publication date, else the day its events mention most (latest on ties)
    among those within a year of the latest: a page's oldest date is usually
    history, not the news."""
    if doc.published and len(doc.published) >= 4 and doc.published[:4].isdigit():
        return doc.published[:10]
    days = Counter(
        e.date[:10] for e in doc.events if e.date and len(e.date) >= 10 and e.date[:1].isdigit()
    )
    if not days:
        # dates in set-aside blocks (related-article teasers, sidebars) are
        # other articles' days, not this one's
        kept = [(b.start, b.end) for b in doc.blocks if b.label in KEPT_LABELS]
        days = Counter(
            d.value[:10]
            for d in doc.dates
            if len(d.value or "") >= 10
            and d.value[:1].isdigit()
            and (not doc.blocks or any(a <= d.start < e for a, e in kept))
        )
    if not days:
        return None
    # a day over a year before the page's latest is history it recalls
    # ("the volcano last erupted on April 3, 1992", told twice), not the news
    latest = max(days)
    recent = {k: n for k, n in days.items() if days_between(k, latest) <= _HISTORY_DAYS}
    return max(recent, key=lambda k: (recent[k], k))


def _title_names(
    doc: Document, text: str, a: dict[str, float], surfaces: dict[str, str]
) -> list[str]:
    """The names (w:, k:; a country's own name aside) the page's title
    writes (see _title_anchors). A later page whose headline names someone
    or something its story never names (a second typhoon's name, "Bão Rosal
    đổ bộ") is about that, though its text recalls the story's happening
    and names its places (see _a_later_happening)."""
    place_names = place_name_features()
    return [
        f
        for f in _title_anchors(_doc_title(doc, text), a, surfaces)
        if f.startswith(("w:", "k:")) and f not in place_names
    ]


def _wants_title(st: Story, lang: str, weak: bool) -> bool:
    """Does a title in ``lang`` (from a flagged page when ``weak``) replace the
    story's? Only when it has none, or a weak one and this one is not."""
    return lang not in st.titles or (lang in st.weak_titles and not weak)


def _set_title(st: Story, lang: str, title: str, weak: bool) -> None:
    st.titles[lang] = title
    if weak and lang not in st.weak_titles:
        st.weak_titles.append(lang)
    elif not weak and lang in st.weak_titles:
        st.weak_titles.remove(lang)


TITLE_MAX_CHARS = 160


_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3040-\u9fff\uac00-\ud7a3\uf900-\ufaff]")
_TOKEN = re.compile(r"\w+")


def _title_anchors(title: str, a: dict[str, float], surfaces: dict[str, str]) -> list[str]:
    """The page's places and names (``_TITLE_CLASSES``) that its title
    writes as the page does: whole words ("UE" is not the end of "fue"), or
    anywhere in scripts written without spaces (a Thai or Chinese name)."""
    low = title.casefold()
    words = " " + " ".join(_TOKEN.findall(low)) + " "
    out = []
    for f in a:
        sf = surfaces.get(f)
        if not sf or not f.startswith(_TITLE_CLASSES):
            continue
        sf = sf.casefold()
        if _UNSPACED.search(sf):
            found = sf in low
        else:
            found = " " + " ".join(_TOKEN.findall(sf)) + " " in words
        if found:
            out.append(f)
    return out


# Anchors past the title's four labels that may stand for labels they contain.
_TITLE_WHOLE_REACH = 8
_LETTER = re.compile(r"[^\W\d_]")


def _label_key(label: str) -> str:
    """A label as compared with another: words without case or diacritics."""
    return " ".join(_TOKEN.findall(strip_marks(label).casefold())) or label.casefold()


def _part_of(a: str, b: str) -> bool:
    """Is label ``a`` a word span of label ``b`` ("Nang" of "Đà Nẵng", "York"
    of "New York", "PKK" of "PKK-PYD"), or in a script written without
    spaces a run of its characters (东源 of 东源县)?"""
    if _UNSPACED.search(a):
        fa, fb = a.casefold(), b.casefold()
        return len(fa) < len(fb) and fa in fb
    ka, kb = _label_key(a), _label_key(b)
    # whole words, by substring search on the keys (linear, however long)
    return len(ka) < len(kb) and f" {ka} " in f" {kb} "


def readable_labels(labels: list[str], further: list[str] | None = None) -> list[str]:
    """A title's labels (heaviest first) as a reader should see them. A
    label with no letter (a number, a date) names nothing. Labels equal but
    for case or diacritics show once, as the heavier is written. Of a name
    and a part of it ("Đà Nẵng" and "Nang", "Kim Jong Un" and "Kim") the
    heavier alone is shown: the part says the whole again, and a lighter
    whole says a heavier part again with a word more ("Cảng Quy Nhơn", the
    port of Quy Nhon); two people "Kim" and "Kim Jong Un" in one story show
    as one, which labels cannot tell apart anyway. A lighter whole that
    holds two shown parts ("Países Bajos" for "Países", "Bajos") stands for
    them where the first stood, as one of the ``further`` anchors (lighter
    than all ``labels``) may ("Đà Nẵng" for "Da", "Nang")."""
    shown: list[str] = []
    for x in [*labels, *(further or [])]:
        if not _LETTER.search(x) or any(_label_key(y) == _label_key(x) for y in shown):
            continue
        if any(_part_of(x, y) for y in shown):
            continue
        parts = [i for i, y in enumerate(shown) if _part_of(y, x)]
        if len(parts) >= 2:
            shown[parts[0]] = x
            shown = [y for i, y in enumerate(shown) if i not in parts[1:]]
        elif not parts and x in labels:
            shown.append(x)
    return shown


def _wholes_first(ranked: list[str], weight: dict[str, float], label, reach: int) -> None:
    """Move, in the first ``reach`` of ``ranked`` (heaviest first), a name
    just before a part of it as heavy ("Chiang Mai" before "Mai"), so that
    :func:`readable_labels` keeps the name; other ties keep their order."""
    for i in range(min(reach, len(ranked))):
        for j in range(i + 1, min(reach, len(ranked))):
            a, b = ranked[i], ranked[j]
            if math.isclose(weight[a], weight[b]) and _part_of(label(a), label(b)):
                ranked.insert(i, ranked.pop(j))
                break


def _doc_title(doc: Document, text: str) -> str:
    t = (headline(doc) or "").strip()
    if not t:
        # no headline found: the page's first sentence stands in for one
        t = next((line.strip() for line in text.split("\n") if line.strip()), "")
        if len(t) > TITLE_MAX_CHARS and not _THAI.search(t[:TITLE_MAX_CHARS]):
            # Thai has no sentence marks: its splitter tags words, too dear here
            from ..events.sentences import split_sentences

            first = split_sentences(t, 0, len(t), doc.lang)[:1]
            if first and first[0][1] <= TITLE_MAX_CHARS:
                t = t[first[0][0] : first[0][1]]
    return shorten_title(t)


_THAI = re.compile(r"[\u0e00-\u0e7f]")


def shorten_title(t: str, limit: int = TITLE_MAX_CHARS) -> str:
    """``t`` cut to ``limit`` characters at a word's end, with an ellipsis
    (a cut in the middle of a word reads as a typo)."""
    if len(t) <= limit:
        return t
    cut = t.rfind(" ", 0, limit)
    if cut < limit // 2:  # unspaced script, or one long word: cut anywhere
        cut = limit - 1
    return t[:cut].rstrip(" ,;:-–—") + "…"


class ClusterStories(Stage):
    """Sequential stage; see the module docstring."""

    name = "stories"
    parallel = False

    def __init__(self, settings: Settings | StorySettings | None = None):
        # Accept the whole Settings (as default_stages passes it) or the section.
        # The configured languages, in their order, break a tie between a
        # story's languages when its title is chosen (see title_of).
        langs = settings.lang if isinstance(settings, Settings) else LangSettings()
        self._title_langs = {lg: i for i, lg in enumerate(langs.languages)}
        if isinstance(settings, Settings):
            settings = settings.stories
        self.settings = settings or StorySettings()
        self.n_docs = 0
        self.df: Counter[str] = Counter()
        self.stories: dict[str, Story] = {}
        self.alias: dict[str, str] = {}
        # story id -> the ids whose alias names it (see _merge)
        self._aliased_to: dict[str, list[str]] = {}
        self.inv: dict[str, set[str]] = {}
        self.doc_story: dict[str, str] = {}
        # story id -> part -> norm: a story's entries go in one step when it
        # changes (a flat (id, part) dict was rebuilt whole for every page)
        self._norm_cache: dict[str, dict[str, float]] = {}
        self._norm_at = 0
        self._touched: set[str] = set()
        self._since_merge = 0
        self._idf: dict[str, float] = {}
        self._spread: dict[str, bool | int] = {}  # see _heard_everywhere
        self._embedder = None
        self._embedder_error: str | None = None
        if self.settings.embedding_model_path:
            from .embedding import EmbeddingUnavailable, load_embedder

            try:
                self._embedder = load_embedder(self.settings.embedding_model_path)
            except EmbeddingUnavailable as e:
                self._embedder_error = str(e)
                log.warning("stories: embedding backend off: %s", e)

    # -------------------------------------------------------------- scoring
    def idf(self, f: str) -> float:
        # Cached between refreshes (every 10 % of growth, see _refresh): idf
        # moves slowly, and recomputing it per comparison dominated the cost.
        got = self._idf.get(f)
        if got is None:
            got = math.log((1 + self.n_docs) / (1 + self.df.get(f, 0))) + 1.0
            self._idf[f] = got
        return got

    def _refresh(self) -> None:
        if self.n_docs > self._norm_at * 1.1 + 10:
            self._norm_cache.clear()
            self._idf.clear()
            self._spread.clear()
            self._norm_at = self.n_docs

    def _weighted(self, vec: dict[str, float], anchors: bool = True) -> dict[str, float]:
        """``vec`` times the idfs, over its length (see _l2)."""
        keys = list(vec)
        return _l2(dict(zip(keys, map(operator.mul, vec.values(), self._idfs(keys)))), anchors)

    def _idfs(self, keys: list[str]) -> list[float]:
        """The idf of each of ``keys``, in order: the cached values read by one
        map, the few missing computed (and cached) by :meth:`idf`."""
        cache = self._idf
        got = list(map(cache.get, keys))
        if None in got:
            # the misses computed here as :meth:`idf` computes them (the same
            # expression, the same floats), without a method call per
            # feature: a page's new words are hundreds of misses
            log, df, top = math.log, self.df.get, 1 + self.n_docs
            for i, x in enumerate(got):
                if x is None:
                    f = keys[i]
                    got[i] = cache[f] = log(top / (1 + df(f, 0))) + 1.0
        return got

    def _norm(self, story: Story, part: str) -> float:
        """Norm of a story profile part ('A' anchors or a language's words)."""
        mine = self._norm_cache.get(story.id)
        got = None if mine is None else mine.get(part)
        if got is None:
            # A story's norm is recomputed after each page it takes (hundreds
            # of features): the same products (weight times idf) summed in
            # the same order as ``sum(v * v for v in vals)``, so the same
            # floating-point number, with the weights and idfs read by maps.
            if part == "A":
                prof = story.anchors
                keys = [f for f in prof if not f.startswith("s:")]  # see _l2
            elif part == "A-w":  # the anchors less the Latin spellings (w:)
                prof = story.anchors
                keys = [f for f in prof if not f.startswith(("s:", "w:"))]
            elif part == "A-n":  # the anchors less every name (w:, k:)
                prof = story.anchors
                keys = [f for f in prof if not f.startswith(("s:", "w:", "k:"))]
            else:
                prof = story.words
                if len(story.langs) == 1 and part in story.langs:
                    # a story of one language (most): its words are all of
                    # it ("lang|word", added with the language, see _add)
                    keys = list(prof)
                else:
                    pre = part + "|"
                    keys = [f for f in prof if f.startswith(pre)]
            vals = list(map(operator.mul, map(prof.__getitem__, keys), self._idfs(keys)))
            got = math.sqrt(sum(map(operator.mul, vals, vals))) or 1.0
            self._norm_cache.setdefault(story.id, {})[part] = got
        return got

    def _score(
        self,
        story: Story,
        lang: str,
        a: dict[str, float],
        w: dict[str, float],
        emb: np.ndarray | None,
        within: bool = False,
        day: str | None = None,
        page: bool = False,
        plain: list[str] | None = None,
        memo: dict[str, Any] | None = None,
        scripted: bool = False,
    ) -> float:
        """Score of a document or story (anchors ``a``, words ``w`` of
        ``lang``) against ``story``. ``within``: the anchors of a story whose
        languages ``story`` all has, scored on their own (see _maybe_merge):
        judged as within a language. ``day``: the document's date (or the
        other story's last day), whose days of the month, like the story's
        own, are no shared number across languages (see _day_numbers).
        ``page``: ``a`` is one page's (joining), not a story's (merging).
        ``plain``: ``a``'s features less the short skeletons (s:), when the
        caller has them (it scores one ``a`` against many stories). ``memo``:
        see :meth:`_anchor_cos`. ``scripted``: ``a`` is a story's told only
        in scripts that write no Latin name (see _maybe_merge)."""
        s = self.settings
        same_language = bool(story.langs.get(lang) and w)
        score = self._anchor_cos(
            story, lang, a, same_language, within, day, page, plain, memo, scripted
        )
        if same_language:
            score = s.anchor_weight * score + (1 - s.anchor_weight) * self._word_cos(story, lang, w)
        if emb is not None and story.emb is not None:
            se = np.asarray(story.emb, dtype=np.float32)
            cos_e = float(emb @ se / (np.linalg.norm(se) or 1.0))
            score = (1 - s.embedding_weight) * score + s.embedding_weight * cos_e
        return score

    def _word_cos(self, story: Story, lang: str, w: dict[str, float]) -> float:
        """Cosine of the words ``w`` of ``lang`` (idf-weighted, unit length)
        with ``story``'s words of that language: the products summed in
        ``w``'s order, as ``sum(v * sw[f] * idf(f) for f, v in w.items() if f
        in sw)`` sums them."""
        sw = story.words
        common = list(filter(sw.__contains__, w))
        return _dot(w, sw, common, self._idfs(common)) / self._norm(story, lang)

    def _anchor_cos(
        self,
        story: Story,
        lang: str,
        a: dict[str, float],
        same_language: bool,
        within: bool,
        day: str | None,
        page: bool,
        plain: list[str] | None = None,
        memo: dict[str, Any] | None = None,
        scripted: bool = False,
    ) -> float:
        """The anchor part of :meth:`_score` (see there), ``same_language``
        telling whether the words are compared too. It reads ``lang`` only
        through whether ``story`` has it: :meth:`_maybe_merge` computes it
        once for all the languages two stories share. ``memo``: a dict kept
        by the caller for one ``a`` against one ``story``, holding the shared
        anchors less short skeletons and their cosine, which the scores of
        a story's anchors alone and per language both start from."""
        sa = story.anchors
        if (
            not within
            and lang not in story.langs
            and (
                lang in _SHORT_SKELETON_LANGS
                or any(x in _SHORT_SKELETON_LANGS for x in story.langs)
            )
        ):
            shared = list(filter(sa.__contains__, a))
            cos_a = _dot(a, sa, shared, self._idfs(shared)) / self._norm(story, "A")
        elif memo is not None and "plain" in memo:
            shared, cos_a = memo["plain"]
        else:
            # a short skeleton (s:, see anchors.short_skeleton) only bridges
            # a Chinese or Korean name and another language's spelling (卡特,
            # 카터, Carter): within one language the name itself is shared,
            # and between two Latin-script pages the short readings ("Verde",
            # "Norte") only meet by chance
            if plain is None:
                plain = _plain(a)
            shared = list(filter(sa.__contains__, plain))
            cos_a = _dot(a, sa, shared, self._idfs(shared)) / self._norm(story, "A")
            if memo is not None:
                memo["plain"] = (shared, cos_a)
        idf, cached = self.idf, self._idf  # the cache read inline, as in _norm
        if cos_a and not within and self._without_latin_names(story):
            # a story told only in scripts that give no Latin name (Thai,
            # Korean, Arabic) meets a Latin page's names only as skeletons
            # (k:): the page's w: spellings of the same names are left out of
            # its length rather than counted as unshared
            rest = sum(v * v for f, v in a.items() if not f.startswith(("w:", "s:")))
            if 0 < rest < 1:
                cos_a /= math.sqrt(rest)
        elif cos_a and (
            page
            and lang in _NO_LATIN_NAME_LANGS
            and lang not in story.langs
            and _meets_a_name(shared)
            # a story told only in Thai, Chinese or Japanese against a
            # story of none of its languages (see _maybe_merge): the same
            # unreachable spellings, but two names met at least, as a
            # merge cannot be undone (one shared name glued a Thai resort
            # story to a Vietnamese quake story on its country and a
            # chance skeleton)
            or scripted
            and _names_met(shared) >= _SCRIPTED_MERGE_NAMES
        ):
            # the mirror case: a Chinese, Japanese or Thai page meets a
            # story's names only as skeletons (k:), never as the Latin
            # spellings (w:) beside them, which would count as unshared and
            # keep a Chinese page of a disaster abroad out of its
            # Latin-script story (reports split by script). The story's w: are left out of
            # its length but for those the page shares (a Chinese page's
            # Sino-Vietnamese readings meet a Vietnamese page's names).
            # One name met is enough: a page that names few people in its
            # script (a company's or a town's name translated, not
            # transliterated) meets the story through one name, its numbers
            # and its country; a page meeting no name still stays out.
            sw2 = sum(
                (sa[f] * (cached[f] if f in cached else idf(f))) ** 2
                for f in shared
                if f.startswith("w:")
            )
            full = self._norm(story, "A")
            rest = math.sqrt(self._norm(story, "A-w") ** 2 + sw2)
            if 0 < rest < full:
                cos_a *= full / rest
        if not (same_language or within) and (
            _too_little_across(self._told(shared), days := _day_numbers(day, story.end))
            or _places_only_for_a_naming_page(shared, a, days)
        ):
            # across languages the anchors are all the evidence: dates and bare
            # numbers alone are shared by any two stories of the same days,
            # and one country alone by any two stories about it
            cos_a = 0.0
        elif (same_language or within) and _places_only(_strong(shared)):
            # within a language the words decide when the country is all the
            # anchors say ("포르투갈" in a fire page and a budget page), the
            # days and bare numbers of any two pages of one week aside (a
            # Thai flood page and a Thai coffee-export page of one day, both
            # about Vietnam)
            cos_a = 0.0
        return cos_a

    def _names_unreadable(self, story: Story, langs: frozenset[str]) -> bool:
        """Can pages of ``langs`` and ``story``'s pages not read each other's
        names? So when they share no language and one side writes in
        scripts that give no Latin name (see _NO_LATIN_NAME_LANGS): a Thai
        minister's name in Chinese characters and in Thai script, a Chinese
        carmaker's name in characters and in its Thai or Sino-Vietnamese
        transliteration meet as skeletons by luck only."""
        other = story.langs.keys()
        return not (langs & other) and (
            langs <= _NO_LATIN_NAME_LANGS or other <= _NO_LATIN_NAME_LANGS
        )

    def _figures_cos(
        self, story: Story, a: dict[str, float], langs: frozenset[str], day: str | None
    ) -> float:
        """The anchor score of ``a`` (a page's, or a story's when merging,
        weighted and of unit length) of pages in ``langs`` against
        ``story`` when the two cannot read each other's names (see
        _names_unreadable) and their figures agree (see _figures_agree),
        with a place or a name beside them: the cosine without the names
        neither shares (see _cos_without_unshared_names). 0 otherwise.
        ``day``: the page's date or the merging story's last day."""
        if not self._names_unreadable(story, langs):
            return 0.0
        sa = story.anchors
        shared = [f for f in a if f in sa and not f.startswith("s:")]
        days = _day_numbers(day, story.end)
        told = list(self._told(shared))
        home = _home_place(a, langs)
        if home in sa:
            # a page told at home names no country (a Thai hospital's hack
            # in Thai): the story's pages from abroad name it
            told.append(home)
        if not _figures_agree(shared, days) or _too_little_across(told, days):
            return 0.0
        dot = _dot(a, sa, shared, self._idfs(shared))
        return self._cos_without_unshared_names(story, a, shared, dot)

    def _cos_without_unshared_names(
        self, story: Story, a: dict[str, float], shared: list[str], dot: float
    ) -> float:
        """The cosine of anchors ``a`` (unit length, see _l2) with
        ``story``'s, their product ``dot`` over ``shared``, with the names
        (w:, k:) neither shares left out of both lengths: names that cannot
        be read across two scripts (see _names_unreadable) are no evidence
        against pages whose figures agree (see _figures_agree)."""
        met = set(shared)
        names = ("w:", "k:")
        ra = sum(
            v * v
            for f, v in a.items()
            if not f.startswith("s:") and (f in met or not f.startswith(names))
        )
        sa, idf = story.anchors, self.idf
        rs = self._norm(story, "A-n") ** 2 + sum(
            (sa[f] * idf(f)) ** 2 for f in shared if f.startswith(names)
        )
        return dot / math.sqrt(ra * rs) if ra > 0 and rs > 0 else 0.0

    def _told(self, shared: list[str]) -> list[str]:
        """``shared`` less the names heard in stories of many places (see
        _heard_everywhere): what is left must still link two languages."""
        if not any(f.startswith(("w:", "k:")) for f in shared):
            return shared
        return [f for f in shared if not self._heard_everywhere(f)]

    def _heard_everywhere(self, f: str) -> bool:
        """Is name ``f`` (w:, k:) one of the grown stories of
        ``_COMMENTATOR_PLACES`` different places or more, each told mostly
        about its own? Such a name is a commentator's (a foreign minister,
        a head of state of a third country, a UN envoy) who speaks on every
        crisis: it is no evidence that two pages tell the same one, while a
        protagonist's name stays in the stories of his own place. Counted
        over the stories the name is indexed in (incremental, as stories
        grow and merge): a yes is kept until the next refresh, a no only
        while the same page is placed (the stories grow page by page)."""
        if not f.startswith(("w:", "k:")):
            return False
        got = self._spread.get(f)
        if got is None or got is not True and got != self.n_docs:
            mains = set()
            for sid in self._postings(f):
                st = self.stories.get(sid)
                if st is not None and st.n >= _SMALL_STORY and st.places:
                    mains.add(max(st.places.items(), key=lambda kv: (kv[1], kv[0]))[0])
            yes = len(mains) >= _COMMENTATOR_PLACES and not (
                place_name_features().get(f, frozenset()) & mains
            )
            got = self._spread[f] = True if yes else self.n_docs
        return got is True

    def _without_latin_names(self, story: Story) -> bool:
        """Has ``story`` no Latin-script name (w:) among its anchors? Kept
        with its norms (recomputed when the story changes)."""
        mine = self._norm_cache.setdefault(story.id, {})
        got = mine.get("noW")
        if got is None:
            got = mine["noW"] = float(not any(f.startswith("w:") for f in story.anchors))
        return bool(got)

    def _postings(self, f: str) -> set[str]:
        """The stories posted under feature ``f`` (``inv``), each as it stands:
        the ids of stories merged away since (see _merge) are replaced, on
        this first read, by the story they went into -- the same set as
        rewriting every posting list at each merge, read only where asked."""
        ids = self.inv.get(f)
        if ids is None:
            return set()
        alias = self.alias
        if not alias.keys().isdisjoint(ids):
            gone = [sid for sid in ids if sid in alias]
            ids.difference_update(gone)
            ids.update(map(self.resolve, gone))
        return ids

    def _candidates(self, a: dict[str, float], w: dict[str, float]) -> list[str]:
        keys = [f for f in a if _indexed(f)]
        keys.sort(key=lambda f: -a[f])
        keys = keys[:_CANDIDATE_FEATURES] + sorted(w, key=lambda f: -w[f])[:_CANDIDATE_FEATURES]
        hits: Counter[str] = Counter()
        for f in keys:
            for sid in self._postings(f):
                hits[sid] += 1
        # ties broken by id: the postings are sets, whose order changes with
        # the process's hash seed, and a run must not depend on it
        best = heapq.nsmallest(
            self.settings.max_candidates, hits.items(), key=lambda kv: (-kv[1], kv[0])
        )
        return [sid for sid, _ in best]

    def _embedding_candidates(self, emb: np.ndarray) -> list[str]:
        """Stories nearest by embedding (a model may link texts sharing no anchor)."""
        ids = [sid for sid, st in self.stories.items() if st.emb is not None]
        if not ids:
            return []
        m = np.asarray([self.stories[sid].emb for sid in ids], dtype=np.float32)
        m /= np.linalg.norm(m, axis=1, keepdims=True) + 1e-9
        order = np.argsort(-(m @ emb))[: self.settings.max_candidates]
        return [ids[i] for i in order]

    # -------------------------------------------------------------- run
    def __call__(self, docs: list[Document], stats: Counter[str]) -> list[Document]:
        """Place ``docs``, merging after every ``merge_every`` placed (see
        StorySettings): a page's ``story_id`` is its story when it is placed;
        a later merge forwards it (resolve, story_of, finalize's aliases)."""
        step = self.settings.merge_every
        if not isinstance(step, int) or step < 1:
            raise ValueError(f"stories.merge_every must be a whole number >= 1, not {step!r}")
        self._place(docs, stats)
        return docs

    def _place(self, docs: list[Document], stats: Counter[str]) -> None:
        s = self.settings
        prepared = []
        for doc in docs:
            if doc.id in self.doc_story:
                doc.meta["story_id"] = self.resolve(self.doc_story[doc.id])
                stats["stories_already_assigned"] += 1
                continue
            try:
                text = story_text(doc, s.max_chars)
                # computed in parallel by StoryFeatures when it ran and the
                # document has not changed since; otherwise here
                counts = stored_features(doc, text)
                if counts is not None:
                    stats["stories_features_reused"] += 1
                else:
                    counts = feature_counts(doc, text)
                lang, a, w, surfaces = vectors(counts, text)
                places = place_shares(counts)
            except Exception as e:  # noqa: BLE001 - one bad document never stops a batch
                doc.meta["story_error"] = f"{type(e).__name__}: {e}"
                stats["stories_errors"] += 1
                continue
            if not a and not w:
                stats["stories_empty"] += 1
                continue
            prepared.append((doc, text, lang, a, w, surfaces, places))
        embs = None
        if self._embedder is not None and prepared:
            try:
                embs = self._embedder([p[1][:2000] for p in prepared])
            except Exception as e:  # noqa: BLE001 - the model is optional; go on without it
                log.warning("stories: embedding failed, batch goes without: %s", e)
                stats["stories_embedding_errors"] += 1
        for i, (doc, text, lang, a, w, surfaces, places) in enumerate(prepared):
            emb = embs[i] if embs is not None else None
            self.n_docs += 1
            self.df.update(a.keys())
            self.df.update(w.keys())
            self._refresh()
            for f in a:
                self._idf.pop(f, None)
            # The heaviest features carry the story; the tail is noise and cost.
            aw = _l2(_prune(self._weighted(a), _DOC_ANCHORS))
            ww = _l2(_prune(self._weighted(w, False), _DOC_WORDS, False), False)
            best, best_score = None, -1.0
            above: dict[str, float] = {}
            held_apart: list[str] = []
            title_names: list[str] | None = None  # computed when first needed
            cands = self._candidates(aw, ww)
            if emb is not None:
                cands = list(dict.fromkeys(cands + self._embedding_candidates(emb)))
            day = _doc_date(doc)
            figure = lead_figure(text, lang)
            plain = _plain(aw)
            for sid in cands:
                cand = self.stories[sid]
                if _page_of_another_occurrence(cand, figure, day):
                    continue
                sc = self._score(cand, lang, aw, ww, emb, day=day, page=True, plain=plain)
                sc = max(sc, self._figures_cos(cand, aw, frozenset((lang,)), day))
                sc *= self._join_place_factor(cand, places)
                sc *= self._time_factor(cand, day, day, aw)
                if (
                    sc >= s.join_threshold
                    and cand.n == 1
                    and _one_actor_apart(aw, surfaces, cand.anchors, cand.surfaces)
                ):
                    # a page sharing one actor with a one-page story, each
                    # naming its own people and places, tells another
                    # happening of that actor: two stories of one president
                    # arriving interleaved joined at their first pages,
                    # before either grew enough for the merge to tell them
                    # apart (see ClusterStories._one_actor_apart)
                    continue
                apart = (
                    sc >= s.join_threshold
                    and _bursts_of_one_week(cand, day, day)
                    and _another_happening_of_few_names(
                        aw, surfaces, cand, _day_numbers(day, cand.end)
                    )
                )
                if apart:
                    # another happening of the story's place or actor: the
                    # page joins it not, yet still scores above it, so a
                    # round-up page above it and another story is told apart
                    if not cand.several:
                        above[sid] = sc
                    continue
                later = sc >= s.join_threshold and _a_later_happening(
                    aw, day, day, cand.anchors, cand.start, cand.end
                )
                many = later and (
                    _shared_name_words(aw, surfaces, cand.anchors, cand.surfaces)
                    > _APART_NAME_WORDS
                )
                if many:
                    # meeting on many names (a flood's final bill a month
                    # later): another happening only when the headline names
                    # what the story never does
                    if title_names is None:
                        title_names = _title_names(doc, text, a, surfaces)
                    later = any(f not in cand.anchors for f in title_names)
                if later:
                    # the next happening of the story's kind and place (see
                    # _a_later_happening): the page joins it not, yet still
                    # scores above it (a round-up of both is told apart)
                    held_apart.append(sid)
                    if not cand.several:
                        above[sid] = sc
                    continue
                if sc >= s.join_threshold and _lone_unwritten_skeleton(
                    aw, surfaces, cand.anchors, cand.surfaces, _day_numbers(day, cand.end)
                ):
                    continue
                if sc >= s.join_threshold and not cand.several:
                    above[sid] = sc
                if sc > best_score and not cand.several:
                    best, best_score = sid, sc
            several = self._tells_several(above, aw, held_apart)
            if several:
                stats["stories_several"] += 1
            if best is None or best_score < s.join_threshold or several:
                best = "story-" + doc.id
                self.stories[best] = Story(id=best, several=several)
                stats["stories_new"] += 1
            else:
                stats["stories_joined"] += 1
            self._add(self.stories[best], doc, text, lang, a, w, surfaces, emb, places)
            for sid in held_apart:
                got = self.stories[best].apart
                got[sid] = got.get(sid, 0) + 1
            if figure is not None and day:
                _widen(self.stories[best].figure_days, day, day)
            if figure is not None:
                figs = self.stories[best].figures
                if figure in figs or len(figs) < _FIGURES_KEPT:
                    figs[figure] = figs.get(figure, 0) + 1
            self.doc_story[doc.id] = best
            self._touched.add(best)
            self._since_merge += 1
            if self._since_merge >= s.merge_every:
                self._merge_pass(stats)
        for st in self.stories.values():
            self._settle_title_lang(st)
        for doc, *_ in prepared:
            doc.meta["story_id"] = self.resolve(self.doc_story[doc.id])

    def _merge_pass(self, stats: Counter[str]) -> None:
        """Merge the stories the pages since the last pass joined or began
        into older ones, then re-check a bounded number of small stories."""
        touched, self._touched, self._since_merge = self._touched, set(), 0
        for sid in sorted(touched):
            self._maybe_merge(sid, stats)
        # Stragglers that found no home when they came may fit a story that
        # has grown since: re-check a bounded number of small stories per batch.
        small = [
            sid for sid, st in self.stories.items() if st.n < _SMALL_STORY and sid not in touched
        ]
        for sid in small[:_RECHECK_PER_BATCH]:
            self._maybe_merge(sid, stats)

    def _tells_several(
        self, above: dict[str, float], page: dict[str, float], held: Collection[str] = ()
    ) -> bool:
        """Do the stories a page scores above the join threshold with
        (``above``: story id -> score) include
        two grown ones sharing no place or name? Such a page is a round-up
        or live page telling each of them in a few lines (a race, a storm at
        home and a trial abroad, one Sunday; a briefing on three countries'
        news): joining the best glued one line of it to that
        story. So is a page above two grown stories of one actor (see
        _one_actor_apart) that names each one's own people or places: a
        column on a president's referendum and his flood. Names and places,
        not place shares: a story told at home
        names its own country on few pages, and one page's passing mention
        of two others is no profile. An opinion piece tells the two alike;
        a page that scores with one of them less than _ROUND_UP_SHARE of
        its score with the other is that other's page, mentioning the
        first in a clause (a minister's scandal page noting she is back
        from a summit), and joins it."""
        grown = [st for st in map(self.stories.__getitem__, above) if st.n >= 2]
        if len(grown) < 2:
            return False
        # a country's name read as a name is that country's t: again, and a
        # person's skeleton may meet it by chance (four consonants at most)
        place_names = place_name_features()
        for i, a in enumerate(grown):
            for b in grown[i + 1 :]:
                if not any(
                    f in b.anchors
                    for f in a.anchors
                    if f.startswith(_SEVERAL_CLASSES) and f not in place_names
                ) or (
                    min(above[a.id], above[b.id]) >= _ROUND_UP_SHARE * max(above[a.id], above[b.id])
                    and (
                        self._one_actor_apart(a, b)
                        and _names_of_each(page, a, b, place_names)
                        # two happenings of one kind and place (see
                        # _a_later_happening), the page held apart from
                        # neither (``held``): it repeats each one's figures
                        # (a comparison of two storms)
                        or a.id not in held
                        and b.id not in held
                        and (
                            _a_later_happening(a.anchors, a.start, a.end, b.anchors, b.start, b.end)
                            or self._held_apart(a, b)
                        )
                    )
                ):
                    return True
        return False

    def _add(
        self,
        st: Story,
        doc: Document,
        text: str,
        lang: str,
        a: dict[str, float],
        w: dict[str, float],
        surfaces: dict[str, str],
        emb: np.ndarray | None,
        places: dict[str, float] | None = None,
    ) -> None:
        s = self.settings
        st.n += 1
        for c, v in (places or {}).items():
            st.places[c] = st.places.get(c, 0.0) + v
        st.docs.append(doc.id)
        st.langs[lang] = st.langs.get(lang, 0) + 1
        weak = any(
            f.kind in _WEAK_TITLE_FLAGS
            or (f.kind == "foreign_block" and not (f.data or {}).get("on_topic", True))
            for f in doc.flags
        )
        title = _doc_title(doc, text)
        if _wants_title(st, lang, weak):
            _set_title(st, lang, title, weak)
        for f, v in _l2(a).items():
            st.anchors[f] = st.anchors.get(f, 0.0) + v
        if title:
            pool = st.title_pool.setdefault(lang, [])
            pool.append([title, weak, _title_anchors(title, a, surfaces)])
            self._trim_titles(st, lang)
        sw = st.words
        for f, v in _l2(w, False).items():
            sw[f] = sw.get(f, 0.0) + v
        st.anchors = _prune(st.anchors, s.max_story_anchors)
        st.words = _prune(st.words, s.max_story_words, False)
        # the story's anchors the page gives a surface for, in the story's
        # order (a page names a few of a grown story's hundreds)
        for f in filter(surfaces.__contains__, st.anchors):
            if not _written(st.surfaces, f):
                st.surfaces[f] = surfaces[f]
        if not st.surfaces.keys() <= st.anchors.keys():
            st.surfaces = {f: v for f, v in st.surfaces.items() if f in st.anchors}
        self._post(st.id, a, w)
        if emb is not None:
            st.emb = (
                (np.asarray(st.emb, dtype=np.float32) + emb).tolist() if st.emb else emb.tolist()
            )
        d = _doc_date(doc)
        if d:
            st.start = d if st.start is None or d < st.start else st.start
            st.end = d if st.end is None or d > st.end else st.end
        self._norm_cache.pop(st.id, None)

    def _post(self, sid: str, a: dict[str, float], w: dict[str, float]) -> None:
        """Add story ``sid`` to the postings (``inv``) of a page's indexed
        anchors (_INDEXED) and of all its words (``lang|word``)."""
        inv = self.inv
        for keys in (
            [f for f in a if _indexed(f) or "|" in f],
            # a page's words are all "lang|word" (see anchors.vectors): every
            # one posted, without a test and a step in Python per word
            w
            if all(map(operator.contains, w, itertools.repeat("|")))
            else [f for f in w if "|" in f or f.startswith(_INDEXED)],
        ):
            # the new keys first, each with a set of its own, in order
            inv.update(zip(itertools.filterfalse(inv.__contains__, keys), iter(set, None)))
            deque(map(set.add, map(inv.__getitem__, keys), itertools.repeat(sid)), maxlen=0)

    def _maybe_merge(self, sid: str, stats: Counter[str]) -> None:
        """Merge story ``sid`` (if still alive) into its most similar older story."""
        if sid not in self.stories or self.stories[sid].several:
            return
        st = self.stories[sid]
        aw = self._weighted(_prune(st.anchors, _MERGE_FEATURES))
        words_by_lang: dict[str, dict[str, float]] = {}
        for f, v in _prune(st.words, _MERGE_FEATURES, False).items():
            words_by_lang.setdefault(f.split("|", 1)[0], {})[f] = v
        weighted_words = {lang: self._weighted(wv, False) for lang, wv in words_by_lang.items()}
        best, best_score = None, -1.0
        plain = _plain(aw)
        anchor_weight = self.settings.anchor_weight
        latinless = all(lang in _NO_LATIN_NAME_LANGS for lang in st.langs)
        for other in self._candidates(aw, {})[:_MERGE_CANDIDATES]:
            if other == sid:
                continue
            o = self.stories[other]
            if o.several or _stories_of_two_occurrences(st, o) or self._one_actor_apart(st, o):
                continue
            # score the smaller profile against the larger one, per shared
            # language; its anchors alone are judged as within a language
            # when the other story has all its languages (the words are
            # compared then)
            within = all(o.langs.get(lang) for lang in st.langs)
            memo: dict[str, Any] = {}
            # a story told only in scripts that write no Latin name meets
            # another of other languages on skeletons only (see _anchor_cos)
            scripted = latinless and not (st.langs.keys() & o.langs.keys())
            scores = [
                self._score(
                    o,
                    "\0",
                    aw,
                    {},
                    None,
                    within,
                    st.end,
                    plain=plain,
                    memo=memo,
                    scripted=scripted,
                )
            ]
            # per shared language, as _score(o, lang, aw, wv, None) scores
            # it: the anchor part is the same for every language o has (see
            # _anchor_cos), so it is computed once
            cos_a = None
            for lang, wv in weighted_words.items():
                if o.langs.get(lang):
                    if cos_a is None:
                        cos_a = self._anchor_cos(o, lang, aw, True, False, None, False, plain, memo)
                    cos_w = self._word_cos(o, lang, wv)
                    scores.append(anchor_weight * cos_a + (1 - anchor_weight) * cos_w)
            scores.append(self._figures_cos(o, aw, frozenset(st.langs), st.end))
            sc = (
                max(scores)
                * self._place_factor(st, o)
                * self._time_factor(o, st.start, st.end, st.anchors)
            )
            days = _day_numbers(st.end, o.end)
            if (
                sc > best_score
                and not _lone_unwritten_skeleton(
                    st.anchors, st.surfaces, o.anchors, o.surfaces, days
                )
                and not (
                    _bursts_of_one_week(o, st.start, st.end)
                    and _another_happening_of_few_names(st.anchors, st.surfaces, o, days)
                )
                and not self._held_apart(st, o)
                and not self._later_happening_apart(st, o)
            ):
                best, best_score = other, sc
        limit = self.settings.merge_threshold
        if st.n < _SMALL_STORY:
            # a lone document that found no story at join time is attached to
            # the nearest grown story more readily once profiles are richer
            limit = min(limit, self.settings.attach_threshold)
        if best is None or best_score < limit:
            return
        keep, gone = sorted((best, sid), key=lambda x: (self._first_seen(x), x))
        self._merge(self.stories[keep], self.stories.pop(gone))
        stats["stories_merged"] += 1

    @staticmethod
    def _later_happening_apart(a: Story, b: Story) -> bool:
        """Are stories ``a`` and ``b`` two happenings of one kind and place
        (see _a_later_happening) meeting on few names (one actor and one
        place, see _APART_NAME_WORDS)? A follow-up weeks later (a flood's
        final bill) names more of its happening's places and people."""
        if not _a_later_happening(a.anchors, a.start, a.end, b.anchors, b.start, b.end):
            return False
        return _shared_name_words(a.anchors, a.surfaces, b.anchors, b.surfaces) <= _APART_NAME_WORDS

    def _held_apart(self, a: Story, b: Story) -> bool:
        """Were half the pages of ``a`` or of ``b`` at least held apart from
        the other story when they came (see Story.apart)?"""
        for x, y in ((a, b), (b, a)):
            n = sum(c for sid, c in x.apart.items() if self.resolve(sid) == y.id)
            if n and 2 * n >= x.n:
                return True
        return False

    def _one_actor_apart(self, a: Story, b: Story) -> bool:
        """Are grown stories ``a`` and ``b`` two happenings of one place
        with one actor in common? They share a language (its words, compared
        by the merge, say whether they tell one happening), and besides
        places, dates and numbers they share one name of at most
        _ACTOR_WORDS words, written alike in both (a head of state, a
        minister, a club: "Daniel Mwangi Kiprono"), while each names at
        least _OWN_NAMES of its own the other never does, and twice as
        many words as the actor's name at least: a referendum and
        a flood of one country the same week, both with its president, or a
        tariff and a match between two neighbours. The anchors alone, which
        the merge may judge on, weigh the country and that one person as
        heavily as each story's own names; the merge leaves such a pair
        alone, and a page above both that names each one's own is an
        opinion or round-up page (see _tells_several)."""
        if min(a.n, b.n) < _SMALL_STORY or not (a.langs.keys() & b.langs.keys()):
            return False
        return _one_actor_apart(a.anchors, a.surfaces, b.anchors, b.surfaces)

    def _place_factor(self, a: Story, b: Story) -> float:
        """Multiplier of the merge score of two grown stories: 1 when they
        are about the same places, down to ``1 - merge_place_weight`` when
        the places they are about (each one's share of territory mentions)
        have nothing in common. Two stories of several documents each, one
        about one country and one about another, are two happenings even
        when the news names the same people and neighbours in both (a wave
        of protests told country by country); a merge cannot be undone, so
        it needs more evidence then. Stories of fewer than 3 documents are
        left alone: one page's places are too few to judge by."""
        w = self.settings.merge_place_weight
        if not w or min(a.n, b.n) < _SMALL_STORY:
            return 1.0
        cos = place_cosine(a.places, b.places)
        return 1.0 if cos is None else (1.0 - w) + w * cos

    def _join_place_factor(self, st: Story, places: dict[str, float] | None) -> float:
        w = self.settings.join_place_weight
        if not w or st.n < _SMALL_STORY or not places:
            return 1.0
        if 2 * sum(st.places.values()) < st.n:
            # most of the story's pages name no country (each page with one
            # adds shares summing to 1): a story told at home in its own
            # language names none ("the province", "Hanoi"), and the
            # countries one page names in passing (its investors' Japan and
            # Korea) are no profile to hold a foreign page naming the
            # story's own country against
            return 1.0
        cos = place_cosine(places, st.places)
        return 1.0 if cos is None else (1.0 - w) + w * cos

    def _time_factor(
        self,
        st: Story,
        start: str | None,
        end: str | None,
        anchors: dict[str, float] | None = None,
    ) -> float:
        """Multiplier of a score for the days between a story's date span and
        a document's date (``start`` = ``end``) or another story's span: 1
        within ``time_grace_days``, then falling towards ``1 - time_weight``
        as grace / gap. News of one happening comes in days or weeks; the
        same names months later are most often another happening, and
        nothing else in the score sees time. Whatever ``time_weight``, 0
        when both are single bursts more than _NEXT_EDITION_DAYS apart (see
        there), unless the later one recalls the earlier's happening
        (``anchors``: the page's or other story's; see
        _recalls_the_happening)."""
        w, grace = self.settings.time_weight, self.settings.time_grace_days
        if not (start and end and st.start and st.end):
            return 1.0
        gap = max(days_between(end, st.start), days_between(st.end, start), 0)
        if (
            gap > _NEXT_EDITION_DAYS
            and days_between(st.start, st.end) <= _RECUR_DAYS
            and days_between(start, end) <= _RECUR_DAYS
        ):
            if anchors is None:
                return 0.0
            if start > st.end:
                recalled = _recalls_the_happening(anchors, start, st.anchors, st.start, st.end)
            else:
                recalled = _recalls_the_happening(st.anchors, st.start, anchors, start, end)
            if not recalled:
                return 0.0
        if not w or gap <= grace:
            return 1.0
        return (1.0 - w) + w * grace / gap

    def _first_seen(self, sid: str) -> int:
        return self.stories[sid].n and -self.stories[sid].n  # larger story survives

    def _merge(self, keep: Story, gone: Story) -> None:
        s = self.settings
        keep.n += gone.n
        keep.docs.extend(gone.docs)
        for lang, c in gone.langs.items():
            keep.langs[lang] = keep.langs.get(lang, 0) + c
        for lang, t in gone.titles.items():
            weak = lang in gone.weak_titles
            if _wants_title(keep, lang, weak):
                _set_title(keep, lang, t, weak)
        for f, v in gone.anchors.items():
            keep.anchors[f] = keep.anchors.get(f, 0.0) + v
        for lang, pool in gone.title_pool.items():
            keep.title_pool.setdefault(lang, []).extend(pool)
            self._trim_titles(keep, lang)
        for c, v in gone.places.items():
            keep.places[c] = keep.places.get(c, 0.0) + v
        if gone.figure_days:
            _widen(keep.figure_days, *gone.figure_days)
        for sid, c in gone.apart.items():
            keep.apart[sid] = keep.apart.get(sid, 0) + c
        keep.apart.pop(keep.id, None)
        keep.apart.pop(gone.id, None)
        for f, n in gone.figures.items():
            if f in keep.figures or len(keep.figures) < _FIGURES_KEPT:
                keep.figures[f] = keep.figures.get(f, 0) + n
        for f, v in gone.words.items():
            keep.words[f] = keep.words.get(f, 0.0) + v
        keep.anchors = _prune(keep.anchors, s.max_story_anchors)
        keep.words = _prune(keep.words, s.max_story_words, False)
        for f, v in gone.surfaces.items():
            if not _written(keep.surfaces, f):
                keep.surfaces[f] = v
        keep.surfaces = {f: v for f, v in keep.surfaces.items() if f in keep.anchors}
        if gone.emb is not None:
            keep.emb = (
                np.asarray(keep.emb or np.zeros(len(gone.emb)), dtype=np.float32)
                + np.asarray(gone.emb, dtype=np.float32)
            ).tolist()
        for d in (gone.start, gone.end):
            if d:
                keep.start = d if keep.start is None or d < keep.start else keep.start
                keep.end = d if keep.end is None or d > keep.end else keep.end
        # The postings naming ``gone`` are forwarded to ``keep`` when next
        # read (see _postings), not here: finding them meant a walk over every
        # posting list, a cost per merge that grew with the corpus.
        self.alias[gone.id] = keep.id
        # the ids that went into ``gone`` forward to ``keep`` too, in one step
        moved = self._aliased_to.pop(gone.id, [])
        for a_id in moved:
            self.alias[a_id] = keep.id
        moved.append(gone.id)
        self._aliased_to.setdefault(keep.id, []).extend(moved)
        self._norm_cache.pop(keep.id, None)
        self._norm_cache.pop(gone.id, None)

    def _title_score(self, st: Story, anchors: list[str]) -> float:
        """How much of the story a title names: the story's weight of the
        two heaviest places and names in it (IDF-weighted, as the profile is
        compared). Two, not all: a line of tags ('Country, Unrest, EU,
        Leader') names more than any headline and says nothing. A country
        named is one anchor, not again as the name it is also read as
        ('Syria' gives t:SY and w:syria)."""
        codes = _place_codes(anchors)
        got = sorted(
            (
                st.anchors.get(f, 0.0) * self.idf(f)
                for f in anchors
                if f.startswith("t:") or not _names_a_place_of(f, codes)
            ),
            reverse=True,
        )
        return sum(got[:_TITLE_ANCHORS])

    def _trim_titles(self, st: Story, lang: str) -> None:
        """Keep the ``_TITLE_POOL`` candidate titles of ``lang`` that name
        most of the story as it stands (in their order of arrival), clean
        pages' before flagged pages' (which title a story only while no
        clean page tells it)."""
        pool = st.title_pool[lang]
        if len(pool) <= _TITLE_POOL:
            return
        ranked = sorted(
            range(len(pool)), key=lambda i: (pool[i][1], -self._title_score(st, pool[i][2]), i)
        )
        st.title_pool[lang] = [pool[i] for i in sorted(ranked[:_TITLE_POOL])]

    def _best_title(self, st: Story, lang: str) -> str:
        """The story's title in ``lang``: of its candidate titles (those of
        clean pages while there is one), the one naming most of the places
        and names the story's pages share; on a tie, the earliest. The
        first page's title alone was shown before, and a first page's
        headline may name none of what the story is about ('Live: the
        latest', a roundup, a teaser taken for a headline) while later pages
        name its people and places."""
        pool = st.title_pool.get(lang)
        if not pool:
            return st.titles.get(lang, "")
        clean = [c for c in pool if not c[1]] or pool
        best = max(range(len(clean)), key=lambda i: (self._title_score(st, clean[i][2]), -i))
        return clean[best][0]

    def resolve(self, sid: str) -> str:
        """The surviving id of a story (merged stories forward to the survivor)."""
        while sid in self.alias:
            sid = self.alias[sid]
        return sid

    def story_of(self, doc_id: str) -> str | None:
        """The current story of a document seen so far (after any merges)."""
        sid = self.doc_story.get(doc_id)
        return self.resolve(sid) if sid is not None else None

    # -------------------------------------------------------------- output
    def _lang_order(self, st: Story) -> list[str]:
        """The story's languages, most pages first; on a tie, configured
        languages first in their order, then the others by code."""
        far = len(self._title_langs)
        return sorted(st.langs, key=lambda k: (-st.langs[k], self._title_langs.get(k, far), k))

    def _settle_title_lang(self, st: Story) -> None:
        """Keep the story's title language while no other language has more
        pages; else take the first of :meth:`_lang_order`. Settled after each
        batch (not per page), so within a batch the arrival order of pages
        does not decide a tie; across batches and runs a tie keeps the title
        a reader already saw."""
        order = self._lang_order(st)
        if order and (st.title_lang is None or st.langs.get(st.title_lang, 0) < st.langs[order[0]]):
            st.title_lang = order[0]

    def _title_lang(self, st: Story) -> str:
        """The language ``st`` is titled in (see :meth:`_settle_title_lang`)."""
        order = self._lang_order(st)
        cur = st.title_lang
        if cur is not None and order and st.langs.get(cur, 0) == st.langs[order[0]]:
            return cur
        return next(iter(order), "und")

    def title_of(self, st: Story) -> str:
        """The story's title in its most frequent language, with its top
        anchors. Between languages of as many pages, a configured language
        (LangSettings.languages, in order) comes before the others: a story
        told once each in seven languages was titled in the one first in the
        alphabet (Arabic, before German and English), which the deployment's
        readers may not read at all."""
        lang = self._title_lang(st)
        _, display = territory_table()
        names = display.get(lang) or display.get("en", {})

        def label(f: str) -> str:
            return names.get(f[2:], f[2:]) if f.startswith("t:") else st.surfaces.get(f, f[2:])

        weight = {f: st.anchors[f] * self.idf(f) for f in st.anchors if f[:2] in ("t:", "w:")}
        ranked = sorted(weight, key=lambda f: -weight[f])
        _wholes_first(ranked, weight, label, 4 + _TITLE_WHOLE_REACH)
        # a country's name read as a name ("Bank Indonesia" -> w:indonesia)
        # is the country again: shown once, by its t: label
        codes = _place_codes(st.anchors)

        top = [
            label(f) for f in ranked[:4] if not (f.startswith("w:") and _names_a_place_of(f, codes))
        ]
        further = [label(f) for f in ranked[4 : 4 + _TITLE_WHOLE_REACH]]
        shown = readable_labels(top, further)
        base = self._best_title(st, lang)
        return f"{base} [{', '.join(shown)}]" if shown else base

    def topics(self) -> dict[str, str]:
        """Story id -> topic id (the id of the topic's largest story); see
        :mod:`.topics`. Recomputed from the story profiles, never from documents."""
        s = self.settings
        ordered = sorted(self.stories.values(), key=lambda x: (-x.n, x.id))
        try:
            groups = group_topics(
                ordered,
                self.idf,
                s.topic_threshold,
                s.topic_min_documents,
                s.topic_attach_threshold,
                s.topic_refine_rounds,
                s.topic_rescue_margin,
            )
        except Exception as e:  # noqa: BLE001 - topics are extra: stories still come out
            log.warning("stories: topics not formed: %s: %s", type(e).__name__, e)
            groups = [[i] for i in range(len(ordered))]
        out: dict[str, str] = {}
        for grp in groups:
            head = ordered[min(grp)].id  # lowest index = largest story
            for i in grp:
                out[ordered[i].id] = head
        return out

    def finalize(self) -> dict[str, list[dict[str, Any]]]:
        # the pages placed since the last merge pass: merged before the
        # stories are written, as they would be by the next pages
        if self._since_merge:
            self._merge_pass(Counter())
            for st in self.stories.values():
                self._settle_title_lang(st)
        out = []
        topic_of = self.topics()
        titles: dict[str, str] = {}
        aliases: dict[str, list[str]] = {}
        for a, t in self.alias.items():
            aliases.setdefault(self.resolve(t), []).append(a)
        for st in sorted(self.stories.values(), key=lambda x: (-x.n, x.id)):
            topic = topic_of.get(st.id, st.id)
            if topic not in titles:
                titles[topic] = self.title_of(self.stories[topic])
            out.append(
                {
                    "id": st.id,
                    "title": self.title_of(st),
                    "languages": self._lang_order(st),
                    "start": st.start,
                    "end": st.end,
                    "documents": list(st.docs),
                    "aliases": sorted(aliases.get(st.id, ())),
                    # coarse level: the topic this story belongs to (id of its
                    # largest story) and that story's title
                    "topic": topic,
                    "topic_title": titles[topic],
                }
            )
        return {"stories": out}

    # -------------------------------------------------------------- state
    def state_dict(self) -> bytes:
        data = {
            "version": _STATE_VERSION,
            "n_docs": self.n_docs,
            "df": self.df,
            "stories": [st.to_json() for st in self.stories.values()],
            "alias": self.alias,
            "doc_story": self.doc_story,
            "touched": sorted(self._touched),
            "since_merge": self._since_merge,
            # the caches the scores read (idfs, story norms, commentator
            # names) as they stand: a run finished after loading this state
            # (an interrupted run resumed) weighs the last merge pass, the
            # titles' labels and the topics as one uninterrupted run does
            "caches": {
                "norm_at": self._norm_at,
                "idf": self._idf,
                "norm": self._norm_cache,
                "spread": self._spread,
            },
        }
        # level 1: a third of level 6's CPU for a state ~20% larger (saved
        # at every checkpoint, read once on resume)
        return zlib.compress(json.dumps(data, ensure_ascii=False).encode("utf-8"), 1)

    def load_state(self, data: bytes) -> None:
        d = json.loads(zlib.decompress(data).decode("utf-8"))
        if d.get("version") != _STATE_VERSION:
            raise ValueError(f"stories state version {d.get('version')} is not {_STATE_VERSION}")
        self.n_docs = d["n_docs"]
        self.df = Counter(d["df"])
        self.stories = {x["id"]: Story.from_json(x) for x in d["stories"]}
        self.alias = d["alias"]
        self._aliased_to = {}
        for a_id, target in self.alias.items():
            self._aliased_to.setdefault(target, []).append(a_id)
        self.doc_story = d["doc_story"]
        self._touched = set(d.get("touched", ()))
        self._since_merge = d.get("since_merge", 0)
        self.inv = {}
        for st in self.stories.values():
            for f in list(st.anchors) + list(st.words):
                if _indexed(f) or "|" in f:
                    self.inv.setdefault(f, set()).add(st.id)
        # a state saved without its caches (older versions) starts them empty
        caches = d.get("caches") or {}
        self._norm_cache = caches.get("norm", {})
        self._idf = caches.get("idf", {})
        self._spread = caches.get("spread", {})
        self._norm_at = caches.get("norm_at", 0)
