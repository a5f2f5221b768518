"""The ``merge_events`` stage: one timeline entry per happening, every source cited.

Event mentions from all documents are kept (across batches and runs, via
``state_dict``/``load_state``). ``finalize`` merges mentions that report the
same happening -- compatible dates and shared language-independent anchors
(names compared on consonant skeletons across scripts, territories,
acronyms, numbers) -- into one event that lists every source with its
original-language quote and offsets. Disagreements are kept and flagged:
sources a day apart (``date_conflict``), one name spelled two ways
(``name_variant``).

It must never drop a mention silently, hide a conflict, or need the
documents' text again after they have passed through.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import re
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable
from typing import Any

from rapidfuzz.distance import Levenshtein

from ..dates.engine import says_same_day
from ..dates.tables import NAMED_CLOCK
from ..langid.scripts import LATIN, script_of_lang
from ..model import Document, page_names
from ..pipeline import Stage
from ..settings import DateSettings
from ..unionfind import UnionFind
from ..wording import counted
from .anchors import (
    READING,
    ascii_fold,
    city_exonyms,
    latin_names_match,
    name_similarity,
    readings_of,
    skeleton,
)
from .headline import without_lead_in
from .plans import told_ahead
from .tolls import case_counts, death_tolls

REQUIRED_KEYS = frozenset(
    {
        "doc_id",
        "source",
        "lang",
        "quote",
        "start",
        "end",
        "date",
        "end_date",
        "granularity",
        "anchors",
    }
)
GRAN_RANK = {"day": 0, "week": 1, "month": 2, "season": 3, "year": 4}


# Latin-script languages that decline names by their endings (Polish "Tusk",
# "Tuska", "Tuskiem"; "Warszawa", "w Warszawie"; Czech "Praha", "v Praze";
# Finnish "Helsingissä"): two spellings of one name there differ by more
# than a spelling does, and their names are compared as skeletons still.
DECLINING_LATIN_LANGS = frozenset(
    {"pl", "cs", "sk", "sl", "hr", "bs", "sr", "lt", "lv", "fi", "et", "hu"}
)


def _latin_lang(lang: str | None) -> bool:
    """Is ``lang`` written in Latin script (German, Portuguese, Indonesian as
    much as English)? Its names are then compared as spellings, never as
    consonant skeletons: German "Büros" and French "Paris" share the
    skeleton PLS and are no one name. (Not a language that declines its
    names: DECLINING_LATIN_LANGS.)"""
    base = (lang or "").split("-")[0].lower()
    return (
        base.isalpha() and script_of_lang(base) == LATIN and base not in DECLINING_LATIN_LANGS
    )


def _day(value: str) -> dt.date | None:
    if len(value) == 10 and value[4] == "-":
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


def _covers(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether ``a``'s date (or range) contains ``b``'s date ("2019" and
    "2019-11" contain "2019-11-18"; a week range contains its days)."""
    lo, hi, d = a["date"], a["end_date"] or a["date"], b["date"]
    if d.startswith("--") != lo.startswith("--"):
        return False
    return lo <= d[: len(lo)] and d[: len(hi)] <= hi


def event_records(doc: Document) -> list[dict[str, Any]]:
    """The plain records MergeEvents keeps for one document's event mentions."""
    out = []
    future = {d.start for d in doc.dates if getattr(d, "tense", None) == "future"}
    for ev in doc.events:
        out.append(
            {
                "doc_id": doc.id,
                "source": doc.url or doc.source,
                "lang": ev.lang,
                "quote": doc.text[ev.start : ev.end],
                "start": ev.start,
                "end": ev.end,
                "date": ev.date,
                "end_date": ev.end_date,
                "granularity": ev.granularity,
                "anchors": list(ev.anchors),
                "story_id": (doc.meta or {}).get("story_id"),
                "date_start": ev.date_start,
                "date_end": ev.date_end,
                "published": doc.published,
                # the day plans are told from: none where the flags found the
                # stamp earlier than a day the text reports as past (a page
                # stamped in June telling a July summit as over) -- its July
                # sentences are reports, not plans
                "plan_published": None if _stamp_contradicted(doc) else doc.published,
                # told in the future tense: a day ahead is a plan, no slack
                "told_future": ev.date_start in future,
                # the page's title: it restates a sentence of the text
                "in_title": any(
                    b.label == "title" and b.start <= ev.start < b.end for b in doc.blocks
                ),
            }
        )
    return out


def _stamp_contradicted(doc: Document) -> bool:
    """True when a suspect_date flag says the text reports as past a day after
    the document's publish stamp."""
    for f in doc.flags or ():
        data = getattr(f, "data", None) or {}
        if getattr(f, "kind", None) == "suspect_date" and data.get("past_marker"):
            return True
    return False


class _Anchors:
    """A mention's anchors as :func:`_shared` reads them: their set, and its
    names' other readings when first asked -- made once per mention, not
    once per pair of mentions compared."""

    __slots__ = ("_readings", "lang", "set")

    def __init__(self, anchors: list[str], lang: str | None = None):
        self.set = set(anchors)
        self.lang = lang
        self._readings: dict[str, tuple[str, ...]] | None = None

    def readings(self) -> dict[str, tuple[str, ...]]:
        if self._readings is None:
            self._readings = readings_of(self.set)
            # a city in the page's language ("Bruxelles") is read as in
            # English too: names are compared as spellings between Latin
            # pages, where it looked like another place than "Brussels"
            cities = city_exonyms(self.lang)
            for a in self.set if cities else ():
                english = cities.get(a[5:]) if a.startswith("name:") else None
                if english:
                    self._readings[a[5:]] = (*self._readings.get(a[5:], ()), english)
        return self._readings


def _shared(
    a: list[str] | _Anchors,
    b: list[str] | _Anchors,
    idf: dict[str, float],
    sim: float,
    latin_pair: bool = False,
) -> tuple[float, int]:
    """Weighted and plain count of anchors two mentions share (names fuzzily).

    ``latin_pair``: both mentions come from Latin-script text, so their names
    are compared as spellings (:func:`latin_names_match`), not as skeletons.
    A name with other readings (``read:`` anchors: a Chinese name as Latin,
    Thai or Vietnamese pages write it) meets a name of the other mention by
    any of them, and counts once."""
    pa = a if isinstance(a, _Anchors) else _Anchors(a)
    pb = b if isinstance(b, _Anchors) else _Anchors(b)
    sa, sb = pa.set, pb.set
    common = {x for x in sa & sb if not x.startswith(READING)}
    weight = sum(idf.get(x, 1.0) for x in common)
    count = len(common)
    # Sorted: names are matched first come, first served, so a set's order
    # (which follows the hash seed) would change the weight from run to run.
    na = sorted(x[5:] for x in sa - common if x.startswith("name:"))
    nb = sorted(x[5:] for x in sb - common if x.startswith("name:"))
    ra = pa.readings() if na and nb else {}
    rb = pb.readings() if na and nb else {}
    used = set()
    for x in na:
        for y in nb:
            if y in used:
                continue
            if not (x[:1].isascii() and y[:1].isascii()):
                continue
            if (
                _names_meet(x, y, sim, latin_pair)
                # other readings to try only when one of the two has some
                # (between two Latin-script pages, a reading is a spelling
                # too: Vietnamese "pacxe" read "pakse" is not "Paksong")
                or (
                    (x in ra or y in rb)
                    and any(
                        _reading_meets(u, v, sim, latin_pair)
                        for u in (x, *ra.get(x, ()))
                        for v in (y, *rb.get(y, ()))
                        if u != x or v != y
                    )
                )
            ):
                used.add(y)
                weight += idf.get("name:" + x, 1.0)
                count += 1
                break
    return weight, count


def _names_meet(x: str, y: str, sim: float, latin_pair: bool) -> bool:
    return latin_names_match(x, y) if latin_pair else name_similarity(x, y) >= sim


def _reading_meets(x: str, y: str, sim: float, latin_pair: bool) -> bool:
    """:func:`_names_meet` for a name's other reading: one whose skeleton
    differs from the other name's by a changed class (not only dropped or
    added ones, as a rendering loses sounds: Marseille, มาร์แซย์ read
    "marsaey") must clear ``sim``, not just reach it -- each reading is one
    guess more at the name, and a short name one class changed is a near
    name (Schröder, ชไนเดอร์ read "chnaider", is Schneider), where a long
    one keeps its likeness (Christchurch, ไครสต์เชิร์ช, its ch said k)."""
    if latin_pair:
        return _names_meet(x, y, sim, latin_pair)
    similarity = name_similarity(x, y)
    if similarity < sim:
        return False
    changed = any(op.tag == "replace" for op in Levenshtein.editops(skeleton(x), skeleton(y)))
    return similarity > sim or similarity == 1.0 or not changed


# Up to this many pairs per date bucket every pair is compared; above it
# (a year or a busy day in a big corpus) only pairs sharing an anchor that is
# not itself common in the bucket, which keeps merging near-linear at scale.
ALL_PAIRS_MAX = 20_000
COMMON_ANCHOR_MAX = 200


def _candidate_pairs(
    records: list[dict[str, Any]], left: list[int], right: list[int]
) -> list[tuple[int, int]]:
    """Pairs (i, j) to compare between two index lists (the same list: i < j)."""
    same = left is right
    if len(left) * len(right) <= ALL_PAIRS_MAX:
        if same:
            return [(left[x], left[y]) for x in range(len(left)) for y in range(x + 1, len(left))]
        return [(i, j) for i in left for j in right]
    postings: dict[str, list[int]] = defaultdict(list)
    for j in right:
        for a in _posting_keys(records[j]["anchors"]):
            postings[a].append(j)
    pairs: set[tuple[int, int]] = set()
    for i in left:
        for a in _posting_keys(records[i]["anchors"]):
            js = postings.get(a, ())
            if len(js) > COMMON_ANCHOR_MAX:
                continue
            for j in js:
                if i == j:
                    continue
                if same:
                    pairs.add((min(i, j), max(i, j)))
                else:
                    pairs.add((i, j))
    return sorted(pairs)


def _posting_keys(anchors: list[str]) -> set[str]:
    """A record's anchors as keys to find its candidate pairs by: a name's
    other readings (``read:<name>=<reading>``) are keys as names."""
    keys = set()
    for a in anchors:
        if a.startswith(READING):
            keys.add("name:" + a.partition("=")[2])
        else:
            keys.add(a)
    return keys


def _in_content_order(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The records, each document's kept together in its own order, the
    documents ordered by what their sentences say. Where two joins weigh the
    same the one met first wins, and a document's id follows its path: in id
    order the same pages read from two folders could merge a tie differently."""
    told: dict[str, list[str]] = defaultdict(list)
    for r in records:
        told[r["doc_id"]].append(f"{r['start']}\x1f{r['date']}\x1f{r['quote']}")
    key = {
        d: hashlib.sha256("\x1e".join(parts).encode("utf-8", "surrogatepass")).digest()
        for d, parts in told.items()
    }
    # doc id last: only documents telling the very same sentences fall back to it
    return sorted(records, key=lambda r: (key[r["doc_id"]], r["doc_id"]))


def merge_records(
    records: list[dict[str, Any]], settings: DateSettings | None = None
) -> list[dict[str, Any]]:
    """Group records into events; returns the events table sorted by date."""
    st = settings or DateSettings()
    n = len(records)
    if not n:
        return []
    records = _in_content_order(records)
    df = Counter(a for r in records for a in set(r["anchors"]))
    idf = {a: math.log(1 + n / c) / math.log(1 + n) for a, c in df.items()}
    uf = UnionFind(n)
    buckets: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, r in enumerate(records):
        buckets[(r["granularity"], r["date"])].append(i)
    conflicts: set[tuple[int, int]] = set()
    # one sentence naming one date twice ("on Monday, Nov. 18", "this week,
    # on Monday") is one statement: its mentions whose dates contain one
    # another are one event (two different dates in it stay two)
    by_sentence: dict[tuple[str, int], list[int]] = defaultdict(list)
    for i, r in enumerate(records):
        by_sentence[(r["doc_id"], r["start"])].append(i)
    for idx in by_sentence.values():
        for x, i in enumerate(idx):
            for j in idx[x + 1 :]:
                if _covers(records[i], records[j]) or _covers(records[j], records[i]):
                    uf.union(i, j)
    # the same sentence with the same date in two documents (a repost, a
    # syndicated paragraph) is one statement, anchors or not
    same_quote: dict[tuple, int] = {}
    for i, r in enumerate(records):
        k = (" ".join(r["quote"].split()).casefold(), r["date"], r["end_date"], r["granularity"])
        if k in same_quote:
            uf.union(same_quote[k], i)
        else:
            same_quote[k] = i

    # a date after its page's publication day is a plan ("the vote will be
    # held on 3 March" on a February page), not a report of the happening:
    # plans meet plans, and reports meet reports -- the page that said it
    # would happen is no source that it did (plans move)
    ahead = [_told_ahead(r) for r in records]
    # a day told on a named clock ("北京时间7月11日凌晨") may be the day after
    # (or before) the happening's own: its sources a day off are as near as
    # those of its day, the strongest evidence first. (It may still join on
    # the story's day alone: two pages on one clock -- story8's deal, told
    # "北京时间15日清晨" and "15 ม.ค. ตามเวลาประเทศไทย" -- meet so.)
    clocked = [_told_in_a_named_clock(r) for r in records]

    told_apart = [_told_as_another_happening(r) for r in records]
    # a sentence that opens as a side happening of its day ("Also on Tuesday,
    # a fire ...", "Cũng trong ngày 16/11, ...", "同日，...", "Separately, ...")
    # shares the story's setting with the story's sentences of that day: one
    # shared place or country is no sign it tells theirs (two such sentences
    # still meet on one) -- joined only on the loose bar, though what it
    # shares still makes it a rival of its page's other sentence -- and it is
    # no page's story to join on the day alone
    side_happening = [told_apart[k] or _opens_as_a_side_happening(r) for k, r in enumerate(records)]

    def apart(i: int, j: int) -> bool:
        """Two sentences of one document that tell two happenings, which no
        chain of other sources' sentences may join: two sentences dated two
        days that do not overlap (a page does not disagree with itself: "was
        charged on Tuesday ... On Wednesday, X asked for his extradition" are
        two happenings, however another source a day off links them); or
        two on one date, one of them told as "the same day" as the other
        ("The trial resumed on Tuesday in X. On the same day, relatives
        marched through X."), or told as unrelated ("Separately, ...").
        (Sharing no anchor is no such sign: an
        article's sentences on one happening often name different people in
        it.)"""
        ri, rj = records[i], records[j]
        if ri["doc_id"] != rj["doc_id"] or ri["start"] == rj["start"]:
            return False
        if ri["granularity"] == "day" == rj["granularity"] and _disjoint_days(
            [(ri["date"], ri["end_date"], "day"), (rj["date"], rj["end_date"], "day")]
        ):
            # ... but a day told on a named clock may be the day after (or
            # before) the one its page tells on local time: "lúc 23h40 tối
            # 12/3 theo giờ địa phương" and "rạng sáng nay (13/3, giờ Việt
            # Nam)" tell one happening (a day told on no clock, "hôm qua"
            # beside "rạng sáng nay (giờ Việt Nam)", stays another)
            on_two_clocks = (clocked[i] and _told_on_local_time(rj)) or (
                clocked[j] and _told_on_local_time(ri)
            )
            return not (on_two_clocks and _days_apart(ri, rj) == 1)
        if (ri["date"], ri["end_date"]) != (rj["date"], rj["end_date"]):
            return False
        return told_apart[i] or told_apart[j] or _told_same_day(ri) or _told_same_day(rj)

    prepared: dict[int, _Anchors] = {}

    def anchors_of(i: int) -> _Anchors:
        got = prepared.get(i)
        if got is None:
            got = prepared[i] = _Anchors(records[i]["anchors"], records[i]["lang"])
        return got

    def evidence(i: int, j: int, loose: bool, whole_names: bool = False) -> float | None:
        """The weight of what i and j share when it is enough to merge them.
        ``whole_names``: the words of one name ("Thorong Phedi") count once."""
        ri, rj = records[i], records[j]
        if ri["doc_id"] == rj["doc_id"] and ri["start"] == rj["start"]:
            return None
        if ahead[i] != ahead[j]:
            return None
        latin = _latin_lang(ri["lang"]) and _latin_lang(rj["lang"])
        w, c = _shared(anchors_of(i), anchors_of(j), idf, st.anchor_similarity, latin)
        if whole_names:
            c -= _words_of_one_name(ri, rj)
        need = st.merge_min_shared_loose if loose else st.merge_min_shared
        si, sj = ri.get("story_id"), rj.get("story_id")
        if si and sj and si != sj:
            need = max(need, st.merge_min_shared_other_story)
        coarse = GRAN_RANK.get(ri["granularity"], 4) >= 2
        return w if c >= need and w >= (1.0 if coarse else 0.35 * need) else None

    # the days each sentence names: (doc_id, start) -> dates
    sentence_days: dict[tuple[str, int], set[str]] = defaultdict(set)
    # ... of them, those told to the day (not "last week", "this month")
    sentence_day_count: Counter[tuple[str, int]] = Counter()
    for r in records:
        key = (r["doc_id"], r["start"])
        if r["granularity"] == "day" and r["date"] not in sentence_days[key]:
            sentence_day_count[key] += 1
        sentence_days[key].add(r["date"])

    def try_pair(i: int, j: int, loose: bool, other_day: bool = False) -> None:
        # one document's sentences on two different days (a tour's dates, a
        # chronology) are two happenings, not a disagreement with itself
        if other_day and records[i]["doc_id"] == records[j]["doc_id"]:
            return
        # a sentence naming two days ("counted on Monday the votes of
        # Sunday's election") shares its anchors among its mentions: one of
        # them a day off from a sentence of another source that names only
        # the other day is no disagreement -- the mention of that day is the
        # one to compare (two copies of one two-day sentence still meet)
        if other_day:
            di, dj = records[i]["date"], records[j]["date"]
            days_i = sentence_days[(records[i]["doc_id"], records[i]["start"])]
            days_j = sentence_days[(records[j]["doc_id"], records[j]["start"])]
            if (dj in days_i) != (di in days_j):
                return
            # ... and when neither names the other's day, the names of a
            # sentence told on two days (not a day and "last week") belong to
            # either of its days ("记者14日获悉，10日凌晨...发生地震": a
            # reporting day beside the happening's): a
            # sentence a day off one of them that shares only names with it
            # (the story's places) shows no one happening told on two clocks.
            # It needs a shared number (a toll, a magnitude, an amount) or a
            # named clock for that.
            key_i = (records[i]["doc_id"], records[i]["start"])
            key_j = (records[j]["doc_id"], records[j]["start"])
            if (
                (sentence_day_count[key_i] > 1 or sentence_day_count[key_j] > 1)
                and dj not in days_i
                and not (clocked[i] or clocked[j])
                and not _shared_numbers(records[i], records[j])
            ):
                return
        # sources a day apart disagree on the day: their two shared names
        # must be two things, not the words of one place or person's name
        # (a place where two happenings of one story took place on two days)
        w = evidence(i, j, loose, whole_names=other_day)
        if w is None:
            return
        how = "other_day" if other_day else "loose" if loose else ""
        if (
            not how
            and side_happening[i] != side_happening[j]
            and evidence(i, j, loose=True) is None
        ):
            how = "side"  # too little to join; still a rival's claim (_join_edges)
        edges.append((w, i, j, how))

    # how many sentences of each document carry each day (for the rule below)
    # (a title that names a day its text tells too restates that sentence,
    # "Inspection du barrage prévue le 16 mars" over "... se rendre sur le
    # site du barrage le 16 mars": it is not counted, nor paired, there)
    told_in_text = {(r["doc_id"], r["date"]) for r in records if not r.get("in_title")}
    title_repeats = {
        i
        for i, r in enumerate(records)
        if r.get("in_title") and (r["doc_id"], r["date"]) in told_in_text
    }
    per_doc_day = Counter(
        (r["doc_id"], r["date"])
        for i, r in enumerate(records)
        if r["granularity"] in ("day", "month", "year") and i not in title_repeats
    )
    by_story: set[tuple[int, int]] = set()
    # evidence to merge two records: (weight, i, j, how); joined strongest
    # first once all are known (see _join_edges)
    edges: list[tuple[float, int, int, str]] = []

    for (gran, date), idx in buckets.items():
        strict = gran == "day" and not date.startswith("--")
        for i, j in _candidate_pairs(records, idx, idx):
            try_pair(i, j, loose=not strict)
        # a year before the documents were published, in a story of later
        # news, is background told once per page ("the 2011 floods")
        background = (
            [i for i in idx if _background_year(records[i], date)]
            if gran in ("year", "month")
            else []
        )
        if (strict or background) and st.merge_same_story_day:
            # Sentences with no name or number in common can still tell one
            # happening: within one story, the only sentence of each of two
            # documents dated this day (or this background year), when their
            # names do not disagree. Merged, and flagged as merged on that
            # evidence alone.
            # ... and a page's year-less same day ("--06-30": no year given,
            # so whether it was ahead of its page is not known either)
            yearless = buckets.get(("day", "--" + date[5:]), []) if strict else []
            for i, j in _story_day_pairs(
                records,
                [k for k in (idx + yearless if strict else background) if k not in title_repeats],
                per_doc_day,
                st.anchor_similarity,
            ):
                if side_happening[i] or side_happening[j]:
                    continue
                one_yearless = (records[i]["date"][:2] == "--") != (records[j]["date"][:2] == "--")
                if ahead[i] == ahead[j] or one_yearless:
                    edges.append((0.0, i, j, "story"))
        if gran == "day":
            d = _day(date)
            if d is None:
                continue
            # a range is compatible with every day inside it
            for i in idx:
                e = _day(records[i]["end_date"] or "")
                if e is not None and 0 < (e - d).days <= 31:
                    for k in range(1, (e - d).days + 1):
                        for j in buckets.get(("day", (d + dt.timedelta(days=k)).isoformat()), []):
                            try_pair(i, j, loose=False)
            for gap in range(1, st.merge_max_day_gap + 1):
                other = buckets.get(("day", (d + dt.timedelta(days=gap)).isoformat()), [])
                for i, j in _candidate_pairs(records, idx, other):
                    try_pair(i, j, loose=True, other_day=True)
    _join_edges(records, uf, edges, conflicts, by_story, apart, clocked, told_apart)
    if st.merge_month_into_day:
        # groups that hold a day already (a sentence naming its day and "last
        # week", or a month joined on its anchors): their day is told, and
        # their month or week joined to another day's event would merge two
        # days' happenings with no date_conflict to show it
        dated = {uf.find(k) for k in range(n) if records[k]["granularity"] == "day"}
        # a month without its day and the days of that month (any year when
        # one side has none): one happening if they share enough names
        days_of: dict[str, list[int]] = defaultdict(list)
        for (gran, date), idx in buckets.items():
            if gran != "day":
                continue
            if date.startswith("--"):  # "--MM-DD": a day of that month, any year
                keys = [date[:4], "any-" + date[2:4]]
            else:  # "YYYY-MM-DD"
                keys = [date[:7], "--" + date[5:7]]
            for k in keys:
                days_of[k].extend(idx)
        for (gran, date), idx in buckets.items():
            if gran == "week":
                # "last week", "tuần trước", "上周": the week's days told by
                # other documents. Each record joins on its own, as the week's
                # end may differ. A page's own day beside its "this week"
                # ("an order on Wednesday ... five sales earlier this week")
                # is another happening: the page would have told it by its day.
                # Only a week over when its page was published ("last week"):
                # "this week" may still be to come ("this week's game").
                for i in idx:
                    if not _week_over(records[i]):
                        continue
                    days = [
                        j
                        for j in _days_of_week(records[i], buckets)
                        if records[j]["doc_id"] != records[i]["doc_id"]
                    ]
                    _join_coarse_to_day([i], days, records, uf, conflicts, evidence, dated)
                continue
            if gran != "month":
                continue
            if date.startswith("--"):  # "--MM": days of that month in any year
                targets = days_of.get(date[:4], [])
            else:  # "YYYY-MM": its days, and year-less days of that month
                targets = days_of.get(date[:7], []) + days_of.get("any-" + date[5:7], [])
            _join_coarse_to_day(idx, targets, records, uf, conflicts, evidence, dated)
        # a year-less day ("--06-30": its page gives no year for it) and the
        # same day of a source that gives the year: one happening if they
        # share enough names, as a month joins its days
        dated_days: dict[str, list[int]] = defaultdict(list)
        for (gran, date), idx in buckets.items():
            if gran == "day" and not date.startswith("--"):
                dated_days[date[5:]].extend(idx)
        with_year = {
            uf.find(k)
            for k in range(n)
            if records[k]["granularity"] == "day" and not records[k]["date"].startswith("--")
        }
        for (gran, date), idx in buckets.items():
            if gran == "day" and date.startswith("--") and date[2:] in dated_days:
                _join_coarse_to_day(
                    idx, dated_days[date[2:]], records, uf, conflicts, evidence, with_year
                )
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        groups[uf.find(i)].append(i)
    # a year-less month alone ("in July", year unknown) says too little for a
    # timeline entry; it only adds its source to an event it joined
    groups = {
        g: members
        for g, members in groups.items()
        if not all(
            records[i]["granularity"] == "month" and records[i]["date"].startswith("--")
            for i in members
        )
    }
    events = [_event(records, members, conflicts, by_story) for members in groups.values()]
    events.sort(key=lambda e: (e["date"].lstrip("-"), e["end"] or "", e["id"]))
    return events


def _days_apart(ri: dict[str, Any], rj: dict[str, Any]) -> int | None:
    """Days between two single-day records (None for a range or an unknown year)."""
    a, b = _day(ri["date"]), _day(rj["date"])
    if a is None or b is None or ri["end_date"] or rj["end_date"]:
        return None
    return abs((a - b).days)


def _shared_numbers(ri: dict[str, Any], rj: dict[str, Any]) -> bool:
    """Do the two records give a number in common (a toll, an amount)?"""
    return any(a.startswith("num:") for a in set(ri["anchors"]) & set(rj["anchors"]))


def _words_of_one_name(ri: dict[str, Any], rj: dict[str, Any]) -> int:
    """How many names the two records share word for word that follow
    another shared name in either's sentence: the later words of one name of
    several ("Thorong Phedi", "Élodie Marchetti"), which are no second piece
    of evidence."""
    common = {
        a[5:] for a in set(ri["anchors"]) & set(rj["anchors"]) if a.startswith("name:")
    }
    if len(common) < 2:
        return 0
    later: set[str] = set()
    for r in (ri, rj):
        text = ascii_fold(r["quote"])
        words = list(re.finditer(r"[^\W_]+", text))
        for a, b in zip(words, words[1:]):
            # next to each other, a space between ("Pokhara, Nepal" are two)
            if (
                a.group() in common
                and b.group() in common
                and a.group() != b.group()
                and text[a.end() : b.start()].isspace()
            ):
                later.add(b.group())
    return len(later)


def _week_over(r: dict[str, Any]) -> bool:
    """Did week record ``r`` end before its page was published (or is the
    publication unknown)?"""
    pub = _day(str(r.get("published") or "")[:10])
    end = _day(r["end_date"] or "") or _day(r["date"])
    return pub is None or end is None or end < pub


def _days_of_week(r: dict[str, Any], buckets) -> list[int]:
    """The day records dated inside week record ``r``'s span (at most 7 days)."""
    lo = _day(r["date"])
    hi = _day(r["end_date"] or "") or (lo + dt.timedelta(days=6) if lo else None)
    if lo is None or hi is None or not 0 <= (hi - lo).days <= 6:
        return []
    out: list[int] = []
    for k in range((hi - lo).days + 1):
        out.extend(buckets.get(("day", (lo + dt.timedelta(days=k)).isoformat()), []))
    return out


def _join_coarse_to_day(
    idx, targets, records, uf: UnionFind, conflicts, evidence, dated: set[int]
) -> None:
    """Join each group of ``idx`` (mentions of a month or week without its
    day) to the one day's event among ``targets`` it shares most with, on the
    loose bar: joined to every matching day it would chain "the 5th" and
    "the 16th" of one story into one event. Not a group ``dated`` (roots of
    groups holding a day already): those keep their day."""
    if not targets:
        return
    best: dict[int, tuple[float, int, int]] = {}
    for i, j in _candidate_pairs(records, idx, targets):
        if uf.find(i) in dated:
            continue
        w = evidence(i, j, loose=True)
        if w is not None:
            root = uf.find(i)
            if root not in best or w > best[root][0]:
                best[root] = (w, i, j)
    for _, i, j in best.values():
        conflicts.add((i, j))
        uf.union(i, j)


def _join_edges(
    records, uf: UnionFind, edges, conflicts, by_story, apart, clocked=None, told_apart=None
) -> None:
    """Join the records of ``edges`` strongest evidence first, never two
    groups that hold two sentences of one document that are ``apart``:
    one shared place name at a time, the sentences of several sources could
    chain a day's different happenings of one story into one event. A
    loose join is a conflict to flag; one made on the story's day alone is
    flagged as such (``by_story``).

    Nor on evidence that is ambiguous: when two sentences of one document
    that are ``apart`` share as much with the same group ("3日，老挝政府宣布
    该省进入紧急状态。当天，一架直升机在该省坠毁" each sharing only the country
    with another page's crash), it cannot tell which of the two happenings
    that group reports, and neither is joined on it.

    ``clocked``: per record, whether its day is told on a named clock (its
    sources a day off rank with those of its own day).

    ``told_apart``: per record, whether its sentence says it tells another
    happening than its page's others ("Separately, ..."): it is no rival, at
    equal evidence, of its page's sentence that says nothing so -- that one
    is the page's own story, the group's likelier counterpart.

    Edges of kind ``"side"`` (a side happening's sentence sharing too little
    to join, see merge_records) join nothing, but make that sentence a rival."""
    if not edges:
        return
    members: dict[int, list[int]] = defaultdict(list)  # root -> its records
    for k in range(len(records)):
        members[uf.find(k)].append(k)
    # each record's edges, and each document's records, to find rival sentences
    edges_of: dict[int, list[tuple[float, int, bool]]] = defaultdict(list)
    for w, i, j, how in edges:
        edges_of[i].append((w, j, how == "other_day"))
        edges_of[j].append((w, i, how == "other_day"))
    of_doc: dict[str, list[int]] = defaultdict(list)
    for k in edges_of:
        of_doc[records[k]["doc_id"]].append(k)

    def blocked(gi: list[int], gj: list[int]) -> bool:
        """Two groups that hold two sentences of one document ``apart``."""
        docs_i = {records[k]["doc_id"] for k in gi}
        return any(
            apart(a, b)
            for b in gj
            if records[b]["doc_id"] in docs_i
            for a in gi
            if records[a]["doc_id"] == records[b]["doc_id"]
        )

    def rivalled(i: int, group_root: int, w: float, other_day: bool) -> bool:
        """Another sentence of i's document, apart from i, with evidence as
        strong (of the same kind) for the group at ``group_root``, that it
        could still join (a rival already joined to a sentence apart from
        that group is none)."""
        for k in of_doc[records[i]["doc_id"]]:
            rk = uf.find(k)
            if k == i or rk == uf.find(i) or rk == group_root or not apart(i, k):
                continue
            # a rival told as another happening must outweigh an untold one
            slack = -1e-9 if told_apart and told_apart[k] and not told_apart[i] else 1e-9
            if any(
                od == other_day and wk >= w - slack and uf.find(other) == group_root
                for wk, other, od in edges_of[k]
            ) and not blocked(members[rk], members[group_root]):
                return True
        return False

    # sources that agree on the day are joined before those a day apart: a
    # sentence a day off from two happenings of one story (told on the 3rd
    # and the 4th) belongs with the one told on its own day, however many
    # names it shares with the other. Last of all, the story's day alone
    # (no shared name or number): a guess, which must not take a sentence
    # away from the happening it shares names with a day off (a fire late
    # on the 14th, told by a UTC page on the 15th, beside another page's
    # only sentence of the 15th, on something else)
    # A named clock's day ranks its sources a day off with its own day's --
    # but not a page that tells, in another sentence, a happening of the
    # clocked day itself that the clocked sentence matches: that page's
    # sentence of the same day is its counterpart, and its sentence a day off
    # another happening ("北京时间19日" on a landfall in Hainan, beside a
    # wire's Monday landfall there and its Tuesday evacuation elsewhere)
    same_day_docs: dict[int, set[str]] = defaultdict(set)
    for _, i, j, how in edges:
        if how not in ("other_day", "story", "side"):
            same_day_docs[i].add(records[j]["doc_id"])
            same_day_docs[j].add(records[i]["doc_id"])

    def clock_excuses(i: int, j: int) -> bool:
        return bool(clocked[i]) and records[j]["doc_id"] not in same_day_docs[i]

    def day_off(e) -> bool:
        if e[3] != "other_day":
            return False
        return not (clocked and (clock_excuses(e[1], e[2]) or clock_excuses(e[2], e[1])))

    for w, i, j, how in sorted(
        edges, key=lambda e: (e[3] == "story", day_off(e), -e[0], e[1], e[2])
    ):
        if how == "side":
            continue  # a side happening's one shared place: a rival's claim only
        ri, rj = uf.find(i), uf.find(j)
        if ri == rj:
            continue
        gi, gj = members[ri], members[rj]
        if blocked(gi, gj):
            continue
        if _names_disagree(records, gi, gj):
            continue
        od = how == "other_day"
        if rivalled(i, rj, w, od) or rivalled(j, ri, w, od):
            continue
        uf.union(i, j)
        merged = gi + gj
        del members[ri], members[rj]
        members[uf.find(i)] = merged
        if how in ("loose", "other_day"):
            conflicts.add((i, j))
        elif how == "story":
            by_story.add((min(i, j), max(i, j)))


# Two events, each told by several documents, are two happenings when each
# has at least this many names that two of its documents give and the
# other event's sources never write.
DISAGREEING_NAMES = 2


def _confirmed_names(
    records, group: list[int], kinds: tuple[str, ...] = ("name:",)
) -> tuple[set[str], set[str]]:
    """(names two documents of ``group`` give, every name it gives), of the
    anchor ``kinds``."""
    per_doc: dict[str, set[str]] = defaultdict(set)
    for k in group:
        per_doc[records[k]["doc_id"]].update(
            a for a in records[k]["anchors"] if a.startswith(kinds)
        )
    if len(per_doc) < 2:
        return set(), set().union(*per_doc.values()) if per_doc else set()
    seen = Counter(a for names in per_doc.values() for a in names)
    return {a for a, n in seen.items() if n >= 2}, set(seen)


def _names_disagree(records, gi: list[int], gj: list[int]) -> bool:
    """Whether two groups of mentions, each told by two documents or more,
    name different people and places: each has DISAGREEING_NAMES names its
    documents agree on that the other group never writes (a rail agreement
    signed by two ministers and, in the same city the same day, a meeting of
    two others). One shared place or country then joins no happenings that
    their own sources tell apart.

    Names only between groups with a language in common: a name "never
    written" by a group in other languages says nothing (万象 and Vientiane
    are one city), and one signing told in Chinese, English and Vietnamese
    was split into an event per language. Between groups with no language in
    common, territories (``geo:``, read alike from CLDR in every language)
    are compared instead: a capsizing off Indonesia told in French and
    Chinese and a pledge to the Philippines told in Spanish and English
    were chained into one event by a page naming only a city."""
    kinds: tuple[str, ...] = ("name:",)
    if not {records[k]["lang"] for k in gi} & {records[k]["lang"] for k in gj}:
        kinds = ("geo:",)
    ci, ai = _confirmed_names(records, gi, kinds)
    if len(ci) < DISAGREEING_NAMES:
        return False
    cj, aj = _confirmed_names(records, gj, kinds)
    return len(ci - aj) >= DISAGREEING_NAMES and len(cj - ai) >= DISAGREEING_NAMES


def _told_ahead(r: dict[str, Any]) -> bool:
    """Is the record's date after its page's publication day (a plan)?"""
    pub = r.get("plan_published", r.get("published"))
    if r.get("told_future"):
        return told_ahead(r["date"], pub, slack_days=0)
    return told_ahead(r["date"], pub)


# A sentence that opens by saying it is "also" on a day ("Also on Monday,
# an earthquake shook ...", "También el martes, ...", "Cũng trong ngày hôm
# qua, ...", "Mercredi également, ...") tells another happening of a day its
# page told before, as "the same day" does. (Chinese and Thai say so with a
# "same day" form: 同日, 当天, วันเดียวกัน.) The "also" word opens the sentence,
# at most two short words before the date, or follows at once a date
# opening the sentence.
_ALSO_WORDS = r"(?:also|likewise|también|asimismo|igualmente|aussi|également|cũng)"
_ALSO_BEFORE_THE_DATE = re.compile(
    r"^\W*" + _ALSO_WORDS + r"(?:\s+[^\W\d_]{1,6}){0,2}[\s,]*$", re.IGNORECASE
)
_ALSO_AFTER_THE_DATE = re.compile(r"^[\s,]*" + _ALSO_WORDS + r"\b", re.IGNORECASE)
# (after the date only when the date opens the sentence: "The minister on
# Monday also announced ..." is one more thing said, not another day's news)
_SENTENCE_OPENING = re.compile(r"^\W*(?:[^\W\d_]{1,6}\s+){0,2}$")


def _date_in_quote(r: dict[str, Any]) -> tuple[str, int, int] | None:
    """The record's quote and where its date stands in it, when known."""
    ds, de, start = r.get("date_start"), r.get("date_end"), r.get("start")
    q = r.get("quote")
    if not all(isinstance(x, int) for x in (ds, de, start)) or not isinstance(q, str):
        return None
    return q, ds - start, de - start


def _told_same_day(r: dict[str, Any]) -> bool:
    """Is the record dated by "the same day" of a date told before it, or
    told as "also" on its day?"""
    got = _date_in_quote(r)
    return got is not None and (says_same_day(got[0][got[1] : got[2]]) or _told_also(r))


def _told_also(r: dict[str, Any]) -> bool:
    """Is the record told as "also" on its day ("Also on Monday, ...")?"""
    got = _date_in_quote(r)
    if got is None:
        return False
    q, a, b = got
    return (a <= 40 and _ALSO_BEFORE_THE_DATE.match(q[:a]) is not None) or (
        _SENTENCE_OPENING.match(q[:a]) is not None
        and _ALSO_AFTER_THE_DATE.match(q[b : b + 20]) is not None
    )


def _opens_as_a_side_happening(r: dict[str, Any]) -> bool:
    """Does the record's sentence open with "the same day" ("Le même jour,
    ...", "Sáng cùng ngày, ...", "同日，...") or say it is "also" on its day?
    (Not a same day told at its end: "... deployed ships from the morning of
    the same day" goes on with its page's story.)"""
    got = _date_in_quote(r)
    if got is None:
        return False
    q, a, b = got
    opens = says_same_day(q[a:b]) and _SENTENCE_OPENING.match(q[:a]) is not None
    return opens or _told_also(r)


# A sentence that says it tells another happening than its page's others:
# opening with "Separately," / "In an unrelated incident" / "Por otra parte,"
# / "Dans une autre affaire" / "Trong một diễn biến khác" / "另一方面" /
# "ในอีกเหตุการณ์หนึ่ง" / "Unabhängig davon" / Thai "ส่วน" before a place word ("ส่วนบนทางหลวง...",
# "as for, on the highway ...": the contrastive topic of another thing; not
# "ส่วนใหญ่", most, "ส่วนหนึ่ง", a part, nor "ส่วนบนของ", the upper part of)
# (after a live blog's clock time), or saying it is
# "unrelated to" / "had nothing to do with" / "sin relación con" / "sans lien
# avec" / "không liên quan" / "与…无关" / "ไม่เกี่ยวข้องกับ" the story. Its page's
# other sentences of its day tell something else, as with "the same day".
_APART_OPENING = re.compile(
    r"^[\W\d]{0,12}(?:separately|in\s+(?:a|an)\s+(?:separate|unrelated)|in\s+another\s+"
    r"(?:development|incident|case)|por\s+otra\s+parte|en\s+otro\s+orden|en\s+(?:un|otro)\s+"
    r"(?:hecho|incidente|suceso)\s+(?:aparte|distinto|separado)|dans\s+une?\s+autre\s+"
    r"(?:affaire|registre|incident)|trong\s+một\s+(?:diễn\s+biến|vụ\s+việc)\s+khác|"
    r"ở\s+một\s+diễn\s+biến\s+khác|另一方面|在另一起|ในอีกเหตุการณ์"
    r"|unabhängig\s+davon|in\s+einem\s+anderen\s+(?:fall|vorfall)"
    r"|ส่วน(?:ทาง)?(?:ใน|บน|ด้าน|กรณี)(?!(?:สุด|หน้า|หลัง|ข้าง|ล่าง|นอก)?ของ))",
    re.IGNORECASE,
)
_APART_ANYWHERE = re.compile(
    r"\bunrelated\s+to\b|\b(?:has|had|have)\s+nothing\s+to\s+do\s+with\b|"
    r"\bsin\s+relaci[oó]n\s+con\b|\bsans\s+(?:aucun\s+)?lien\s+avec\b|không\s+liên\s+quan|"
    r"与[^，。；]{1,24}无关|ไม่เกี่ยวข้องกับ",
    re.IGNORECASE,
)


def _told_as_another_happening(r: dict[str, Any]) -> bool:
    """Does the record's sentence say it tells another happening than its
    page's other sentences (see :data:`_APART_OPENING`)?"""
    q = r.get("quote")
    if not isinstance(q, str):
        return False
    return _APART_OPENING.match(q) is not None or _APART_ANYWHERE.search(q) is not None


_NAMED_CLOCK_BEFORE = re.compile(r"(?:" + NAMED_CLOCK + r")[\s,的]*$")
# after the date: its clock time and part of the day, a bracket
NAMED_CLOCK_AFTER_DAY = re.compile(
    r"^[^,.;!?，。；！？]{0,16}?[(（\s,，]\s*(?:" + NAMED_CLOCK + r")"
)


# A day told on local time first ("当地时间21日凌晨3时（北京时间21日凌晨4时）",
# "on March 14 local time (March 15, Beijing time)") is the happening's own
# day, whatever clock restates it after
_LOCAL_CLOCK = (
    r"当地时间|\blocal\s+time\b|\bhora\s+local\b|\bheure\s+locale\b"
    r"|\bgiờ\s+địa\s+phương\b|ตามเวลาท้องถิ่น|เวลาท้องถิ่น"
)
LOCAL_CLOCK_BEFORE = re.compile(r"(?:" + _LOCAL_CLOCK + r")[\s,的]*$", re.IGNORECASE)
LOCAL_CLOCK_IN = re.compile(_LOCAL_CLOCK, re.IGNORECASE)


def _told_on_local_time(r: dict[str, Any]) -> bool:
    """Is the record's date told on local time, said right before the date
    or just after it ("当地时间12日", "12/3 theo giờ địa phương")?"""
    got = _date_in_quote(r)
    if got is None:
        return False
    q, a, b = got
    before, after = q[max(0, a - 30) : a], q[b : b + 40]
    return bool(LOCAL_CLOCK_BEFORE.search(before) or LOCAL_CLOCK_IN.search(after))


def _told_in_a_named_clock(r: dict[str, Any]) -> bool:
    """Is the record's date told on a named clock (:data:`NAMED_CLOCK`),
    right before the date or just after it -- and not on local time first?"""
    got = _date_in_quote(r)
    if got is None:
        return False
    q, a, b = got
    if _NAMED_CLOCK_BEFORE.search(q[max(0, a - 30) : a]):
        return True
    after = NAMED_CLOCK_AFTER_DAY.match(q[b : b + 40])
    if after is None:
        return False
    # the named clock restates a day told on local time
    return not (
        LOCAL_CLOCK_BEFORE.search(q[max(0, a - 30) : a])
        or LOCAL_CLOCK_IN.search(q[b : b + after.end()])
    )


def _background_year(r: dict[str, Any], year: str) -> bool:
    """A year or month written out ("in 2011", "ปี 2554", "tháng 5/2023",
    "民國112年5月") before the year (month) the document was published, or a
    span of such years ("2019-2021") ended before it: not "last year"."""
    pub = str(r.get("published") or "")[: len(year)]
    end = r.get("end_date")
    if not (year[:4].isdigit() and pub[:4].isdigit() and year < pub):
        return False
    if end and not (len(year) == 4 and len(end) == 4 and end < pub):
        return False
    got = _date_in_quote(r)
    return got is not None and any(ch.isdigit() for ch in got[0][got[1] : got[2]])


def _story_day_pairs(
    records: list[dict[str, Any]], idx: list[int], per_doc_day: Counter, sim: float = 0.75
) -> list[tuple[int, int]]:
    """Pairs of one day's records that come from two documents of one story,
    each the document's only sentence with that day, whose names do not
    disagree (:func:`_names_disagree_across`)."""
    by_story: dict[str, list[int]] = defaultdict(list)
    for i in idx:
        r = records[i]
        if r.get("story_id") and per_doc_day[(r["doc_id"], r["date"])] == 1:
            by_story[r["story_id"]].append(i)
    pairs = []
    for members in by_story.values():
        if len(members) > 8:
            continue  # a busy day of a big story: too many happenings to guess
        for a in range(len(members)):
            for b in range(a + 1, len(members)):
                i, j = members[a], members[b]
                if records[i]["doc_id"] == records[j]["doc_id"]:
                    continue
                if records[i]["end_date"] != records[j]["end_date"]:
                    continue  # spans of years must be the same span
                if _names_disagree_across(records[i], records[j], sim):
                    continue
                pairs.append((i, j))
    return pairs


def _script(lang: str | None) -> str:
    base = (lang or "").split("-")[0].lower()
    return script_of_lang(base) if base.isalpha() else LATIN


def _names_disagree_across(ri: dict[str, Any], rj: dict[str, Any], sim: float) -> bool:
    """Do two sentences name different places or people? Territories
    (``geo:``, read from CLDR in every language) are compared always; names
    only between languages of one script, and as the merge compares them
    (spelling variants, declined forms, other readings): "Altavie" is
    "Altavia". A name another script writes is romanised by guesswork
    (阿尔塔维亚 "aertaweiya", อัลตาเวีย "antawia" for Altavia), so two
    names that fail to meet across scripts are no sign of two happenings --
    as names "never written" by a group in other languages say nothing to
    _names_disagree."""
    gi = {x for x in ri["anchors"] if x.startswith("geo:")}
    gj = {x for x in rj["anchors"] if x.startswith("geo:")}
    if gi & gj:
        return False
    ni = [x for x in ri["anchors"] if x.startswith(("name:", READING))]
    nj = [x for x in rj["anchors"] if x.startswith(("name:", READING))]
    ai, aj = _Anchors(ni, ri["lang"]), _Anchors(nj, rj["lang"])
    if _script(ri["lang"]) != _script(rj["lang"]):
        # only territories are read alike in both: two different ones
        # disagree unless a name meets all the same
        return bool(gi and gj) and _shared(ai, aj, {}, sim)[1] == 0
    if not (ni or gi) or not (nj or gj):
        return False  # one of them names nothing: nothing to disagree on
    if not (ni and nj):
        # only one of them names a person, place or thing: the other names a
        # territory alone ("France extends the recall" beside "le
        # gouvernement étend le rappel de Lunelle"), which says nothing of
        # that name; two different territories still disagree
        return bool(gi and gj)
    # one name met (spelt alike or close, as the merge compares them) agrees
    latin = _latin_lang(ri["lang"]) and _latin_lang(rj["lang"])
    return _shared(ai, aj, {}, sim, latin)[1] == 0


def _event(
    records: list[dict[str, Any]], members: list[int], conflicts, by_story=frozenset()
) -> dict[str, Any]:
    rs = [records[i] for i in members]
    dates = Counter((r["date"], r["end_date"], r["granularity"]) for r in rs)
    # a source that gives the year is believed over one that does not
    (date, end, gran), _ = max(
        dates.items(),
        key=lambda kv: (
            not kv[0][0].startswith("--"),
            kv[1],
            -GRAN_RANK.get(kv[0][2], 9),
            kv[0][0],
        ),
    )
    flags: list[dict[str, Any]] = []
    if date.startswith("--"):
        flags.append(
            {
                "kind": "year_unknown",
                "reason": "no source gives the year: the text names the day or month "
                "but no year for it, and its page has no publication date to count "
                "one from (a year guessed from other years the page names is often "
                "a past one it looks back to)",
            }
        )
    # one date per document (its most frequent): a sentence holding two dates
    # ("on the 15th, the day after ...") is not a disagreement between sources
    per_doc: dict[str, Counter] = defaultdict(Counter)
    for r in rs:
        per_doc[r["doc_id"]][(r["date"], r["end_date"], r["granularity"])] += 1
    doc_dates = [c.most_common(1)[0][0] for c in per_doc.values()]
    if len(per_doc) > 1 and _disjoint_days(doc_dates):
        # a span is shown as one ("the night of the 31st to the 1st" agrees
        # with the 1st); shown by its first day alone it read as a second,
        # repeated "2026-01-31 (1 source)" beside the day it disagrees with
        shown = ", ".join(
            f"{d if not e or e == d else f'{d} – {e}'} ({counted(c, 'source')})"
            for (d, e, _), c in dates.most_common()
        )
        flags.append(
            {
                "kind": "date_conflict",
                "reason": f"sources disagree on the date: {shown}",
                "dates": sorted({k[0] for k in dates}),
            }
        )
    # (a year-less source cannot tell whether it wrote before the day)
    if all(_told_ahead(r) for r in rs if r["date"][:2] != "--" or date[:2] == "--"):
        # every source wrote it before its day: what was planned, which the
        # merge keeps apart from reports that it happened (plans move). A
        # stamp the flags found contradicted counts no plan (plan_published);
        # a wrong stamp they did not catch still can: the reason says both
        flags.append(
            {
                "kind": "planned",
                "reason": "every source dates it after its own publication day: a plan, "
                "not a report that it happened (or a page's publication day is wrong)",
            }
        )
    weak = sorted(
        {(records[i]["doc_id"], records[j]["doc_id"]) for i, j in by_story if i in members}
    )
    if weak:
        flags.append(
            {
                "kind": "merged_on_story_and_day",
                "reason": "sources share no name or number: merged because each is its "
                "document's only sentence with this date, in one story",
                "documents": sorted({d for pair in weak for d in pair}),
            }
        )
    for count_conflict in (
        _toll_conflict(rs),
        _toll_conflict(rs, case_counts, "case_count_conflict", "counts of the sick"),
    ):
        if count_conflict:
            flags.append(count_conflict)
    variants = _name_variants(rs)
    for a, b in variants:
        flags.append(
            {
                "kind": "name_variant",
                "reason": f"one name spelled two ways: {a} / {b}",
                "names": [a, b],
            }
        )
    stories = Counter(r["story_id"] for r in rs if r.get("story_id"))
    # One sentence naming two days ("collapsed on Thursday, March 14, officials
    # said on Friday") is two mentions; merged into one event it is one source,
    # quoted once (the mention with the event's date when there is one).
    quoted: dict[tuple[str, int, int], dict[str, Any]] = {}
    for r in rs:
        k = (r["doc_id"], r["start"], r["end"])
        if k not in quoted or (r["date"] == date and quoted[k]["date"] != date):
            quoted[k] = r
    sources = [
        {
            "doc_id": r["doc_id"],
            "source": r["source"],
            "quote": r["quote"],
            "lang": r["lang"],
            "start": r["start"],
            "end": r["end"],
            "date": r["date"],
        }
        for r in sorted(quoted.values(), key=lambda r: (r["doc_id"], r["start"]))
    ]
    best = max(
        rs,
        key=lambda r: (
            sum(not a.startswith(READING) for a in r["anchors"]),
            -len(r["quote"]),
        ),
    )
    text = without_lead_in(best["quote"].strip(), best.get("lang"))
    if len(text) > 240:
        text = text[:237].rstrip() + "…"
    key = "|".join(
        sorted(
            f"{r['doc_id']}:{r['start']}:{r['date']}:{r['end_date']}:{r['granularity']}" for r in rs
        )
    )
    return {
        "id": hashlib.sha256(key.encode()).hexdigest()[:16],
        "date": date,
        "end": end,
        "granularity": gran,
        "text": text,
        "story_id": stories.most_common(1)[0][0] if stories else None,
        "sources": sources,
        "flags": flags,
        "languages": sorted({r["lang"] for r in rs if r["lang"]}),
        "documents": len({r["doc_id"] for r in rs}),
    }


def _toll_conflict(
    rs: list[dict[str, Any]],
    read: Callable[[str, str | None], set[int]] = death_tolls,
    kind: str = "death_toll_conflict",
    what: str = "death tolls",
) -> dict[str, Any] | None:
    """A flag when two documents of one event state death tolls that share
    no number ("47 dead" / "los muertos son 41"): merged, the disagreement
    must show. A document that tells the toll rising ("19 on the 4th, 41
    now") agrees with a source that gives either. ``read`` reads another
    count the same way (the sick: "23 sickened" / "27 ราย", ``kind``
    case_count_conflict)."""
    per_doc: dict[str, set[int]] = defaultdict(set)
    seen: set[tuple[str, int]] = set()
    for r in rs:
        if (r["doc_id"], r["start"]) in seen:
            continue
        seen.add((r["doc_id"], r["start"]))
        got = read(r["quote"], r["lang"])
        if got:
            per_doc[r["doc_id"]] |= got
    docs = sorted(per_doc)
    if not any(
        not (per_doc[a] & per_doc[b]) for i, a in enumerate(docs) for b in docs[i + 1 :]
    ):
        return None
    told = Counter(n for d in docs for n in per_doc[d])
    shown = ", ".join(
        f"{n} ({counted(c, 'source')})"
        for n, c in sorted(told.items(), key=lambda x: (-x[1], x[0]))
    )
    return {
        "kind": kind,
        "reason": f"sources give different {what}: {shown}",
        "tolls": {d: sorted(per_doc[d]) for d in docs},
    }


def _disjoint_days(dates: list[tuple[str, str | None, str]]) -> bool:
    """True when two sources give days that no range of another source covers."""
    spans = []
    for d, e, g in dates:
        a = _day(d)
        if a is None:
            continue
        b = _day(e or "") or a
        spans.append((a, b))
    for i, (a1, b1) in enumerate(spans):
        for a2, b2 in spans[i + 1 :]:
            if b1 < a2 or b2 < a1:
                return True
    return False


def _name_variants(rs: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """Latin-script names across sources that look like one name spelled two
    ways. Not a city each page writes in its own language (CLDR's exemplar
    cities: "Lisboa" / "Lisbon", "Bucarest" / "Bucharest"): an exonym is
    how that language names the place, no spelling to doubt."""
    per_doc: dict[str, set[str]] = defaultdict(set)
    english: dict[str, dict[str, str]] = {}  # doc -> its language's city -> English name
    for r in rs:
        if _latin_lang(r["lang"]):
            per_doc[r["doc_id"]].update(a[5:] for a in r["anchors"] if a.startswith("name:"))
            english[r["doc_id"]] = city_exonyms(r["lang"])
    if len(per_doc) < 2:
        return []
    out = []
    docs = list(per_doc)
    for i, da in enumerate(docs):
        for db in docs[i + 1 :]:
            for x in per_doc[da] - per_doc[db]:
                for y in per_doc[db] - per_doc[da]:
                    # both spellings in one document are two names, not a variant
                    if x in per_doc[db] or y in per_doc[da]:
                        continue
                    ex, ey = english[da].get(x, x), english[db].get(y, y)
                    if ex == ey or ex == y or ey == x:
                        continue
                    if x[0] == y[0] and ascii_fold(x) != ascii_fold(y) and _close_spelling(x, y):
                        pair = tuple(sorted((x, y)))
                        if pair not in out:
                            out.append(pair)
    # sets of strings iterate in an order that changes with the hash seed:
    # sorted, the flags come out the same from run to run and engine to engine
    return sorted(out)


def _close_spelling(a: str, b: str) -> bool:
    """Edit distance 1 (2 from 8 letters) on names of 5+ letters: a spelling variant.

    One name inside the other is an inflection or a derived word ("libio" /
    "libios", "nacion" / "nacional"), not a variant.
    """
    if abs(len(a) - len(b)) > 2 or min(len(a), len(b)) < 5:
        return False
    if a.startswith(b) or b.startswith(a) or a[:4] != b[:4] and a[:2] != b[:2]:
        return False
    limit = 2 if min(len(a), len(b)) >= 8 else 1
    return 1 <= Levenshtein.distance(a, b) <= limit


class MergeEvents(Stage):
    name = "merge_events"
    parallel = False

    def __init__(
        self,
        settings: DateSettings | None = None,
        story_of: Callable[[str], str | None] | None = None,
    ):
        self.settings = settings or DateSettings()
        self.records: dict[str, list[dict[str, Any]]] = {}
        # a page (URL, else source path) -> the document whose records stand
        # for it: its latest version read
        self.page_doc: dict[str, str] = {}
        # Optional: the current story of a document id, asked at finalize so
        # that stories merged after a document passed are reported merged.
        self.story_of = story_of

    def _supersede(self, doc: Document, stats: Counter[str]) -> None:
        """A page read again with other text (a re-crawl after an update) is one
        source, told by its latest version: the earlier version's records go
        when most of its quotes are still in the new text (each version was
        counted as a source of the same events). A name shared by unrelated
        texts (a feed giving every item the site's home URL) keeps both."""
        names = page_names(doc.url, doc.source)
        if not names:
            return  # piped in: shares a name with every other piped page
        page = names[0]
        earlier = self.page_doc.get(page)
        self.page_doc[page] = doc.id
        if earlier is None or earlier == doc.id or earlier not in self.records:
            return
        quotes = [r["quote"] for r in self.records[earlier]]
        if 2 * sum(1 for q in quotes if q and q in doc.text) >= len(quotes):
            del self.records[earlier]
            stats["events_superseded_version"] += len(quotes)

    def __call__(self, docs: list[Document], stats: Counter[str]) -> list[Document]:
        for doc in docs:
            try:
                if (doc.meta or {}).get("duplicate_of"):
                    stats["events_skipped_duplicate_doc"] += 1
                    continue
                self._supersede(doc, stats)
                recs = event_records(doc)
                if recs:
                    self.records[doc.id] = recs
                elif doc.id in self.records:
                    del self.records[doc.id]
                stats["event_mentions_kept"] += len(recs)
            except Exception:  # noqa: BLE001 - one bad page must not sink the batch
                stats["event_merge_errors"] += 1
        return docs

    def state_dict(self) -> bytes | None:
        # level 1: under half of level 6's CPU for a state ~25% larger (saved
        # at every checkpoint, read once on resume)
        return zlib.compress(json.dumps(self.records, ensure_ascii=False).encode("utf-8"), 1)

    def load_state(self, data: bytes) -> None:
        try:
            loaded = json.loads(zlib.decompress(data).decode("utf-8"))
        except (zlib.error, ValueError, UnicodeDecodeError, TypeError):
            loaded = {}
        self.records = {}
        if not isinstance(loaded, dict):
            return
        for doc_id, recs in loaded.items():
            # keep only well-formed records: a damaged state must not sink finalize()
            good = (
                [r for r in recs if isinstance(r, dict) and REQUIRED_KEYS <= r.keys()]
                if isinstance(recs, list)
                else []
            )
            if good:
                self.records[str(doc_id)] = good
                page = good[0].get("source")
                if isinstance(page, str) and page:
                    self.page_doc[page] = str(doc_id)

    def finalize(self) -> dict[str, list[dict[str, Any]]]:
        flat = [r for doc_id in sorted(self.records) for r in self.records[doc_id]]
        if self.story_of is not None:
            for r in flat:
                try:
                    r["story_id"] = self.story_of(r["doc_id"]) or r.get("story_id")
                except Exception:  # noqa: BLE001, S110 - keep the id recorded when it passed
                    pass
        return {"events": merge_records(flat, self.settings)}
