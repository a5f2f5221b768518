"""Where the topic errors of ``stories_cltls.py`` come from (cl-tls es+fr).

``stories_cltls.py`` gives one BCubed figure; this script breaks the error
down, so that a change aims at what dominates:

* per gold topic: how many of its documents sit outside the predicted topic
  holding most of them (split), and how many foreign ones sit inside (mixed);
* each misplaced document by kind, checked in this order:
  ``copy`` (the same text is filed under another gold topic too: no method
  can place both), ``other place`` (the page hardly names its gold topic's
  country: it is about another place, or none), ``round-up`` (it names two
  or more of the gold topics' countries, each with a fair share), else
  ``one place`` (a page about its gold country placed elsewhere) -- and by
  level: ``story`` (its story's other pages are mostly of another gold
  topic: the page joined the wrong story) or ``topic`` (its story is its
  own gold topic's, or it is alone: the story went to the wrong topic);
* what each kind costs: the F1 reached when only that kind's documents are
  put back into their gold topic's predicted topic (an oracle);
* topic grouping against story joining: the F1 when every story goes to the
  topic of its own majority gold (perfect grouping of the present stories).

A gold topic's country is read from the data (the place its pages name
most), never written here.

Run:  PYTHONPATH=src python3 benchmarks/stories_cltls_errors.py [--cache /tmp/cltls.pkl] [--batch 64] [--list]
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stories_cltls import DATA, bcubed, clean, load

from newsline.settings import StorySettings
from newsline.stories import ClusterStories
from newsline.stories.anchors import feature_counts, place_shares
from newsline.stories.features import story_text

# a page "names" a country when it has at least this share of its place
# mentions; a round-up names two of the gold countries so
_SHARE = 0.15
# a page whose gold country has less than this share is about another place
_OFF = 0.1


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache", help="pickle of cleaned documents (as stories_cltls.py's)")
    ap.add_argument("--batch", type=int, default=64)
    ap.add_argument("--list", action="store_true", help="list the misplaced documents")
    args = ap.parse_args()
    if not DATA.is_dir():
        print(f"cl-tls not found at {DATA}; nothing measured")
        return 0
    items = load()
    if args.cache and Path(args.cache).is_file():
        import pickle

        items = pickle.loads(Path(args.cache).read_bytes())
    else:
        clean([d for d, _ in items])
    gold = {d.id: t for d, t in items}
    docs = [d for d, _ in items]
    s = StorySettings()
    places = {}
    for d in docs:
        try:
            places[d.id] = place_shares(feature_counts(d, story_text(d, s.max_chars)))
        except Exception:  # noqa: BLE001 - a page without features names no place
            places[d.id] = {}
    stage = ClusterStories(s)
    stats: Counter = Counter()
    for i in range(0, len(docs), args.batch):
        stage(docs[i : i + args.batch], stats)
    stories = stage.finalize()["stories"]
    topic, story, story_langs = {}, {}, {}
    for st in stories:
        for d in st["documents"]:
            topic[d], story[d] = st.get("topic", st["id"]), st["id"]
            story_langs[st["id"]] = st["languages"]
    for d in gold:
        if d not in topic:
            topic[d] = story[d] = "none-" + d
            story_langs[story[d]] = []
    lang = {d.id: d.lang for d in docs}

    # each gold topic's country: the place its pages name most
    country = {}
    for g in sorted(set(gold.values())):
        tally: Counter = Counter()
        for d, t in gold.items():
            if t == g:
                tally.update(places[d])
        country[g] = tally.most_common(1)[0][0] if tally else None
    # each gold topic's home: the predicted topic holding most of its pages
    home = {
        g: Counter(topic[d] for d, t in gold.items() if t == g).most_common(1)[0][0]
        for g in country
    }
    owner = {h: g for g, h in home.items()}
    p, r, f = bcubed(topic, gold)
    print(f"documents {len(gold)}  topics {len(set(topic.values()))}  stories {len(stories)}")
    print(f"topic level BCubed P {p:.4f} R {r:.4f} F1 {f:.4f}")
    print(f"gold countries (most named place of each gold topic): {country}")
    print(
        "\nper gold topic: pages, at home, split away (to whose home / small), foreign pages at home"
    )
    for g in country:
        mine = [d for d, t in gold.items() if t == g]
        away = Counter(owner.get(topic[d], "small") for d in mine if topic[d] != home[g])
        foreign = Counter(gold[d] for d, t in topic.items() if t == home[g] and gold[d] != g)
        print(
            f"  {g:8s} {len(mine):4d}  home {len(mine) - sum(away.values()):4d}"
            f"  away {sum(away.values()):3d} {dict(away)}  foreign {sum(foreign.values()):3d} {dict(foreign)}"
        )

    # copies: the same text filed under several gold topics
    by_text: dict[str, set[str]] = defaultdict(set)
    key = {}
    for d in docs:
        key[d.id] = hashlib.sha1(" ".join(d.text.split()).encode("utf-8")).hexdigest()
        by_text[key[d.id]].add(gold[d.id])
    story_docs: dict[str, list[str]] = defaultdict(list)
    for d, sid in story.items():
        story_docs[sid].append(d)

    # a copy is only an error beyond the copies ceiling when fewer of its
    # group sit in their gold topic's home than the ceiling places there
    groups: dict[str, list[str]] = defaultdict(list)
    for d in docs:
        groups[key[d.id]].append(d.id)

    def kind(d: str) -> str:
        g = gold[d]
        if len(by_text[key[d]]) > 1:
            return "copy"
        sh = places[d]
        if sh.get(country[g], 0.0) < _OFF:
            return "other place"
        if sum(sh.get(c, 0.0) >= _SHARE for c in country.values() if c) >= 2:
            return "round-up"
        return "one place"

    def level(d: str) -> str:
        others = [gold[x] for x in story_docs[story[d]] if x != d]
        if not others:
            return "topic (alone)"
        top = Counter(others).most_common(1)[0][0]
        return "topic" if top == gold[d] else "story"

    def across(d: str) -> str:
        langs = {lang[x] for x in story_docs[story[d]]}
        return "es+fr story" if len(langs) > 1 else "one-language story"

    wrong = [d for d in gold if topic[d] != home[gold[d]]]
    print(f"\nmisplaced (not in their gold topic's home): {len(wrong)}")
    kinds = Counter(kind(d) for d in wrong)
    for k, n in kinds.most_common():
        lv = Counter(level(d) for d in wrong if kind(d) == k)
        ac = Counter(across(d) for d in wrong if kind(d) == k)
        fixed = {d: (home[gold[d]] if d in wrong and kind(d) == k else t) for d, t in topic.items()}
        print(
            f"  {k:12s} {n:3d}  by level {dict(lv)}  {dict(ac)}"
            f"  F1 if put back {bcubed(fixed, gold)[2]:.4f}"
        )
    readable = {
        d: (home[gold[d]] if d in wrong and kind(d) in ("round-up", "one place") else t)
        for d, t in topic.items()
    }
    print(
        f"  round-ups and one-place pages put back (what a method reading the text can reach,"
        f" copies and other-place pages left as they are): F1 {bcubed(readable, gold)[2]:.4f}"
    )
    over = 0
    for ds in groups.values():
        if len({gold[x] for x in ds}) > 1:
            best = Counter(gold[x] for x in ds).most_common(1)[0][1]
            over += max(0, best - sum(topic[x] == home[gold[x]] for x in ds))
    print(f"  copies misplaced beyond what the copies ceiling allows: {over}")
    all_fixed = {d: (home[gold[d]] if d in wrong else t) for d, t in topic.items()}
    print(f"  all misplaced put back: F1 {bcubed(all_fixed, gold)[2]:.4f}")
    # topic grouping vs story joining: every story to its majority gold's home
    major = {
        sid: Counter(gold[x] for x in ds).most_common(1)[0][0] for sid, ds in story_docs.items()
    }
    grouped = {d: home[major[story[d]]] for d in gold}
    print(
        f"\nperfect grouping of the present stories (each to its majority gold's home): F1 {bcubed(grouped, gold)[2]:.4f}"
        f"  (left: pages in a story of another gold topic: {sum(major[story[d]] != gold[d] for d in gold)})"
    )
    if args.list:
        print()
        for d in sorted(wrong, key=lambda x: (kind(x), level(x), x)):
            top = sorted(places[d].items(), key=lambda kv: -kv[1])[:3]
            where = owner.get(topic[d], "small")
            print(
                f"{kind(d):11s} {level(d):13s} {d:34s} gold={gold[d]:6s} in={where:6s} "
                f"story n={len(story_docs[story[d]]):3d} {'/'.join(story_langs[story[d]]):5s} "
                + " ".join(f"{c}:{v:.2f}" for c, v in top)
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
