"""BCubed precision/recall/F1 of story clustering on an invented held-out corpus.

The corpus (benchmarks/data/stories/heldout1/, see its README) is ~47 short
articles in vi, th, zh, en, es and fr on nine stories plus a news-in-brief
page, written with the near misses real crawls hold: two stories in one
province in one week, the same person in two stories, a "5%" shared by
chance, a story told in Thai and Chinese with one Vietnamese piece, a
follow-up a month later, an article with no Latin-script anchor at all.

Two runs are scored at the story level (finalize's story rows):
  one-shot     every article fed in publication order, then finalize;
  incremental  the first half fed, finalized and its state saved (as a run
               into a database does), then a fresh stage loads that state
               and is fed the second half (as a later run into the same
               database does).
Each article's placement is listed (gold story, the predicted story's id and
the gold labels it holds) so a wrong join or split is visible.

heldout2 (``--set heldout2``) is a second invented corpus with other near
misses: recurring events of one kind (two rate decisions of one bank, two
quakes in one province, two matches between the same clubs), names only in
Thai/Chinese script, an organisation by acronym or spelled out, explainers,
an opinion column, a brief, a translation and a mismatched headline.
heldout3 and heldout4 (see their READMEs) hold more: one person in two
stories the same week, two stories in one city, Thai and Chinese pages
against Vietnamese ones, a yearly event's two editions; heldout5 places
named only by their people; heldout6 four stories in one country in one
fortnight with the same president, opinion pieces linking two of them and
a follow-up five weeks later; heldout7 a budget vote and an arrest in one
parliament, floods on both sides of a border, a visit told by titles only
and Thai names in Thai script only; heldout8 a yearly expo's two editions,
a "1.2 billion" fine beside a "1.2 billion" budget, a final and one player's
betting scandal, Chiang Mai in four spellings, a story told in quotes,
Traditional-character pages and a two-story round-up; heldout9 names only
in native scripts (no Latin anchor), a flood and a mayor's arrest in one
small town, a robbery and its trial five months later, news against opinion
columns, 2-sentence flashes, one file-photo caption under two stories and
numbers written five ways; heldout10 one phone maker's launch and lawsuit
the same week, a debate sharing no numbers, a story told only in officials'
quotes, places only in native scripts, two matches of one tournament on
consecutive days between the same teams, one-sentence flashes and a
three-item round-up; heldout11 two stories in each of three cities the same
week (one governor in two of them), a manhunt that moves across provinces, a
fire's follow-up a month later beside a verdict in the same city, stories
sharing only common numbers (10%, 2025, 100) and two digests (equal items,
and one led by one story); heldout12 one minister's two trips of one week,
one company's recall and annual results, two quakes the same day in two
countries, a capsizing and its inquiry five months later, two travel-entry
policies sharing only 1 April and 300, briefs and places in four scripts;
heldout13 two provinces named only with their country in three scripts, a
currency's fall told in numbers beside another central bank's cut the same
days, one club's transfer and stadium fire, ASEAN by acronym and by
translated name (東協 in Traditional characters), a spill and its trial two
years later, opinion columns and translated wire copies; heldout14 two
accidents in one province the same day, a city named only in Chinese or
Thai script in some pages, one carmaker's launch and lawsuit, a hack and its
arrests seven weeks later, three matches of one tournament, a translated
wire piece, a live page and pages sharing only numbers; heldout15 two
typhoons a month apart over the same provinces, one politician's election
and a land scandal two weeks later, one trial's hearings six months apart,
a yearly half marathon's two editions, a quake told in one language only by
numbers and places, opinion columns, translated wire pieces under other
headlines and two-story pages (a comparison of two storms, a brief of two
items), in eight languages (ja and pt beside the six); heldout16 one
company's launch and lay-offs eight days apart, two trials of different
defendants in one court the same week, a championship's world record and the
record holder's doping case three weeks later, a landslide and the concert
for its victims five weeks later, one president's state visits to two
countries two weeks apart, three price stories (rice, rubber, diesel) in one
province, one wire story at 900 words in English and 80 in Spanish, pages
sharing only a place and a day with a story, and updated tolls in pages that
share no name in a script with the rest (ko and ms beside the six).

Run:  PYTHONPATH=src python3 benchmarks/stories_heldout.py [--quiet] [--set heldout2] [--data DIR]
          [--batches 1,4,16,all]   (one-shot F1 fed in batches of each size)
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

# the same BCubed as the cl-tls figure (this folder is on sys.path when run as a script)
from stories_cltls import bcubed

from newsline.model import Document
from newsline.settings import StorySettings
from newsline.stories import ClusterStories

ROOT = Path(__file__).resolve().parents[1]
SETS = ROOT / "benchmarks" / "data" / "stories"
DATA = SETS / "heldout1"


def load(data: Path) -> tuple[list[Document], dict[str, str]]:
    """Articles as documents in publication order, and the gold story of each.

    Each file is ``key: value`` header lines (lang, published, title), a
    blank line, then the body.
    """
    gold = json.loads((data / "gold.json").read_text(encoding="utf-8"))
    docs = []
    for f in sorted(data.glob("*.txt")):
        head, _, body = f.read_text(encoding="utf-8").partition("\n\n")
        meta = dict(line.split(": ", 1) for line in head.splitlines() if ": " in line)
        docs.append(
            Document(
                id=f.name,
                source=f.name,
                text=body.strip() + "\n",
                title=meta.get("title"),
                lang=meta.get("lang"),
                published=meta.get("published"),
            )
        )
    docs.sort(key=lambda d: (d.published or "", d.id))
    missing = sorted(set(gold) ^ {d.id for d in docs})
    if missing:
        raise SystemExit(f"gold.json and the article files disagree on: {missing}")
    return docs, gold


def clean(docs: list[Document]) -> None:
    """Label blocks as the pipeline does before stories (no-op if absent)."""
    try:
        from newsline.clean import ClassifyBlocks, SegmentBlocks
        from newsline.pipeline import run_stages
        from newsline.settings import Settings
    except ImportError:
        return
    st = Settings()
    run_stages([SegmentBlocks(st), ClassifyBlocks(st)], docs)


def placements(stories: list[dict], docs: list[Document]) -> dict[str, str]:
    pred = {d: st["id"] for st in stories for d in st["documents"]}
    for d in docs:
        pred.setdefault(d.id, "none-" + d.id)
    return pred


def one_shot(docs: list[Document], s: StorySettings, batch: int | None = None) -> dict[str, str]:
    """Every article fed in publication order (in batches of ``batch``; one
    call when None), then finalize."""
    stage = ClusterStories(s)
    size = batch or max(len(docs), 1)
    for i in range(0, len(docs), size):
        stage(list(docs[i : i + size]), Counter())
    return placements(stage.finalize()["stories"], docs)


def incremental(docs: list[Document], s: StorySettings) -> dict[str, str]:
    half = len(docs) // 2
    first = ClusterStories(s)
    first(docs[:half], Counter())
    first.finalize()  # a run ends by writing its stories
    second = ClusterStories(s)
    second.load_state(first.state_dict())
    second(docs[half:], Counter())
    return placements(second.finalize()["stories"], docs)


def report(name: str, pred: dict[str, str], gold: dict[str, str], docs, quiet: bool) -> float:
    p, r, f = bcubed(pred, gold)
    n_pred = len(set(pred.values()))
    print(f"{name}: {n_pred} stories  BCubed precision {p:.4f}  recall {r:.4f}  F1 {f:.4f}")
    if quiet:
        return f
    held: dict[str, Counter] = defaultdict(Counter)
    for d, c in pred.items():
        held[c][gold[d]] += 1
    by_gold: dict[str, list[Document]] = defaultdict(list)
    for d in docs:
        by_gold[gold[d.id]].append(d)
    for g, members in sorted(by_gold.items()):
        print(f"  gold {g} ({len(members)})")
        for d in members:
            c = pred[d.id]
            mix = ", ".join(f"{k}:{v}" for k, v in held[c].most_common())
            print(f"    {d.id:12s} {d.published}  -> {c[:40]:40s} [{mix}]")
    return f


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=None, help="corpus folder (overrides --set)")
    ap.add_argument(
        "--set",
        default="heldout1",
        help="corpus under benchmarks/data/stories (heldout1 .. heldout16)",
    )
    ap.add_argument("--quiet", action="store_true", help="figures only, no placements")
    ap.add_argument(
        "--batches",
        help="comma-separated batch sizes ('all': one call) fed one-shot, F1 of each "
        "(clustering is incremental: a figure must not hang on the batch size)",
    )
    args = ap.parse_args()
    if args.data is None:
        args.data = SETS / args.set
    if not (args.data / "gold.json").is_file():
        print(f"held-out corpus not found at {args.data}; nothing measured")
        return 0
    docs, gold = load(args.data)
    clean(docs)
    s = StorySettings()
    langs = dict(Counter(d.lang for d in docs))
    print(f"documents: {len(docs)} {langs}  gold stories: {len(set(gold.values()))}")
    report("one-shot", one_shot(docs, s), gold, docs, args.quiet)
    report("incremental (two halves)", incremental(docs, s), gold, docs, args.quiet)
    if args.batches:
        for size in args.batches.split(","):
            batch = None if size.strip() == "all" else int(size)
            report(
                f"one-shot in batches of {size.strip()}", one_shot(docs, s, batch), gold, docs, True
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
