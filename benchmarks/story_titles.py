"""How readable story titles are: of the titles' bracketed labels, how many
titles show a fragment (a label that is a word span of another label:
"Nang" beside "Da Nang"), a duplicate (two labels equal but for case or
diacritics), a noise label (no letter: a number or a date), and how many
stories' title language changes between one batch and the next as pages
arrive (a title switching language on one added page).

Runs on the invented stories of tests/stories/story_title_pages.py and, with
--cache (the pickle stories_cltls.py writes), on the cl-tls es+fr stories.

    python benchmarks/story_titles.py --cache /tmp/cl.pkl --show 15
"""

from __future__ import annotations

import argparse
import pickle
import re
import sys
from collections import Counter
from pathlib import Path

from newsline.model import Document
from newsline.stories import ClusterStories
from newsline.stories.anchors import strip_marks

ROOT = Path(__file__).resolve().parents[1]
_LABELS = re.compile(r" \[([^\]]*)\]$")
_WORD = re.compile(r"\w+")


def labels(title: str) -> list[str]:
    m = _LABELS.search(title)
    return m.group(1).split(", ") if m else []


def _fold(s: str) -> list[str]:
    return _WORD.findall(strip_marks(s).casefold())


def _inside(a: list[str], b: list[str]) -> bool:
    return len(a) < len(b) and any(b[i : i + len(a)] == a for i in range(len(b) - len(a) + 1))


_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3040-\u9fff\uac00-\ud7a3]")


def _inside_unspaced(a: str, b: str) -> bool:
    # Thai, Chinese, Japanese, Korean: a name is a run of characters
    return bool(_UNSPACED.search(a)) and len(a) < len(b) and a in b


def faults(title: str) -> set[str]:
    """The kinds of fault a title's labels show (see the module docstring)."""
    ls = labels(title)
    folded = [_fold(x) for x in ls]
    out = set()
    for i, a in enumerate(folded):
        if not re.search(r"[^\W\d_]", ls[i]):
            out.add("noise")
        for j, b in enumerate(folded):
            if i != j and a and a == b:
                out.add("duplicate")
            elif i != j and a and (_inside(a, b) or _inside_unspaced(ls[i], ls[j])):
                out.add("fragment")
    return out


def run(batches: list[list[Document]]) -> tuple[list[dict], int, int]:
    """Stories of ``batches`` fed in order, and how many title-language
    changes from one batch to the next (of how many story-batch pairs)."""
    stage = ClusterStories()
    stats: Counter = Counter()
    last: dict[str, str] = {}
    flips = pairs = 0
    for batch in batches:
        stage(batch, stats)
        for sid, st in stage.stories.items():
            lang = stage.title_of(st) and _title_lang(stage, st)
            if sid in last:
                pairs += 1
                flips += last[sid] != lang
            last[sid] = lang
    return stage.finalize()["stories"], flips, pairs


def _title_lang(stage: ClusterStories, st) -> str:
    pick = getattr(stage, "_title_lang", None)
    if callable(pick):  # newer code: the story's settled title language
        return pick(st)
    return next(iter(stage._lang_order(st)), "und")


def report(name: str, stories: list[dict], flips: int, pairs: int, show: int) -> None:
    counts: Counter = Counter()
    for s in stories:
        for k in faults(s["title"]):
            counts[k] += 1
    bad = sum(1 for s in stories if faults(s["title"]))
    print(
        f"{name}: {len(stories)} titles, {bad} with a fault "
        f"(fragment {counts['fragment']}, duplicate {counts['duplicate']}, noise {counts['noise']}); "
        f"title language changed {flips} times in {pairs} story-batch steps"
    )
    for s in stories[:show]:
        print(f"  {s['id'][:40]:40s} {s['title'][:160]}")


def fixture_batches() -> list[list[Document]]:
    sys.path.insert(0, str(ROOT / "tests" / "stories"))
    from story_title_pages import STORIES

    out = []
    for key, pages in STORIES.items():
        for i, (lang, title, body) in enumerate(pages):
            out.append(
                [
                    Document(
                        id=f"{key}-{i}-{lang}",
                        source=f"{key}-{i}.txt",
                        text=title + "\n\n" + body,
                        lang=lang,
                        title=title,
                        published="2026-06-01",
                    )
                ]
            )
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache", help="pickle of cleaned cl-tls documents (stories_cltls.py --cache)")
    ap.add_argument("--batch", type=int, default=64)
    ap.add_argument("--show", type=int, default=15, help="titles printed (largest stories first)")
    args = ap.parse_args()
    report("fixture", *run(fixture_batches()), show=100)
    if args.cache and Path(args.cache).is_file():
        docs = [d for d, _ in pickle.loads(Path(args.cache).read_bytes())]
        batches = [docs[i : i + args.batch] for i in range(0, len(docs), args.batch)]
        report("cl-tls es+fr", *run(batches), show=args.show)
    else:
        print("cl-tls cache not given or not found; fixture only")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
