"""Recall and precision of the flags on an invented held-out set of pages.

The set (benchmarks/data/flags/heldout1/, see its README) is 47 short HTML
pages in vi, th, zh, en, es, fr, id and pt: 34 carry one planted defect each
(an injected advert or contact line, a content-farm footer, an off-topic
foreign paragraph, machine-translated prose, a suspect publication stamp,
instructions planted for AI assistants) and 13 are clean near misses that
must get no flag (an article about a gambling crackdown, loan rates quoted
as news, a bilingual press release, a quoted statement with its
translation ...). ``gold.json`` lists, per page, the flags a careful
analyst expects: ``kind`` (and ``signal`` where the kind alone does not say
it, e.g. ``prompt_injection``), and ``anchor``, a piece of the text the flag
should point at (null: the whole page).

Each page is read as ``newsline run`` reads it (the HTML reader), then goes
through segmentation, language identification, block labelling, dates and
FlagDocuments. A flag of this stage matches a gold item when the kind (and
signal, if given) agree and, where both have a span, the spans overlap; a
flag without a span matches an anchored item of its kind. Printed: per kind,
gold items found / expected (recall) and flags that match / flags raised
(precision), then every miss and every false alarm with its text.

A second set, heldout2 (50 pages in pt, id, en, es, ru, ko, th, vi, zh, fr:
37 planted defects in styles heldout1 lacks, 13 clean near misses), is
scored with ``--set heldout2``; a third, heldout3 (41 pages in en, de, it, es,
fr, th, ja, pl, vi, tr, nl, ar, sv, zh, id, ru: 26 planted defects, 15 clean
near misses), with ``--set heldout3``; a fourth, heldout4 (40 pages in en, th,
vi, zh, es, fr, id, de, pt, ko: 25 planted defects, 15 clean near misses),
with ``--set heldout4``; a fifth, heldout5 (34 pages in en, vi, th, zh, es, fr,
id, pt, de: 22 planted defects in disguised forms, such as addresses spelled
out or broken by zero-width spaces, emoji or full-width letters, spam in
comments and alt text, AI filler; 12 clean near misses), with ``--set heldout5``;
a sixth, heldout6 (32 pages in en, vi, th, zh, es, fr, pt, id, ja, ko, de: 20
planted defects such as an advert starting mid-paragraph, hidden SEO footers,
hacked pharmacy link lists, messenger handles, "scan the QR code" lines,
clickbait tails, machine translation from Chinese; 12 clean near misses), with
``--set heldout6``; a seventh, heldout7 (28 pages in vi, ja, en, ko, es, th, fr,
ar, de, pt, zh, id: 20 planted defects such as spam in photo captions, affiliate
deal boxes, look-alike or spaced letters, embedded tweets, instructions to AI
summarisers, "we aggregate" footers and auto-generated FAQs, untranslated UI
strings, crawl-day stamps; 8 clean near misses), with ``--set heldout7``; an
eighth, heldout8 (28 pages in vi, en, th, es, id, fr, de, zh, ru, ar, ko, pt:
20 planted defects such as spam in related-story lists, keyword stuffing,
investment-signal group invitations, fake prize lines, an advert as a reader's
question, instructions to AI models in alt text, comments and hidden spans,
spun wire copy, machine translation through English, stamps a year off or a
week late; 8 clean near misses), with ``--set heldout8``; a ninth, heldout9 (28
pages in en, th, vi, zh, es, fr, id: 20 planted defects such as coupon lines,
adverts in spaced syllables, zero-width or full-width letters, a link list in
the body, "SYSTEM:" and markdown injections, notes to AI models, spun synonyms,
a news-phrase footer, machine translation from vi and zh into English and from
English into Thai, stamps a day or an era off; 8 clean near misses), with
``--set heldout9``; a tenth, heldout10 (32 pages in id, ms, tl, pt, vi, th, zh,
en, es, fr: 23 planted defects such as comment spam, giveaway and "breaking"
lines, anchor-text link rows, instructions to summarisers and crawlers, split or
in alt text, shuffled retold stories, stitched wires, machine translation from
Thai, Indonesian and Chinese, false friends, stamps a day off, in the future or
at crawl time; 9 clean near misses), with ``--set heldout10``; an eleventh,
heldout11 (35 pages in vi, th, en, zh, id, es, fr, de, pt: 25 planted defects
such as lottery-tip, crypto-pump, loan-app and fake-job adverts, buy-now lines,
hidden-text keyword blocks, injections in es, fr, th, as an editor's note,
inside a quote and in an HTML comment, top-10 and headline-restating farms,
machine translation from vi, th and zh, a Buddhist-era stamp and day and month
swapped; 10 clean near misses), with ``--set heldout11``; a twelfth, heldout12
(36 pages in id, ms, km, ko, fr, vi, de, en, es, zh, pt, it, th: 22 planted
defects such as slot, quick-loan and toto adverts in id, ms, km and ko, a fake
"read also" link, keyword stuffing, a fake relief fund, an advert as a reader
comment, injections in zh and vi, in alt text, a caption, JSON-LD and a "DAN"
role-play, templated-city, "Source:"-stitched and repeated-RSS farms, machine
translation th→en, zh→vi, en→fr, a stamp after a "tomorrow"; 14 clean near
misses), with ``--set heldout12``; a thirteenth, heldout13 (35 pages in es, vi,
th, zh, en, lo, my, tl, hi, de, fr, it, pt, id: 24 planted defects such as a
coupon code, fake-visa, loan-shark and airdrop adverts, spam in Lao, Burmese,
Tagalog and Hindi, in a table cell and a caption, injections kept from an HTML
comment, as an editor's note, in another language, split and polite, tag-list,
transition-filler and keyword-swapped farms, machine translation vi→en, ja→zh,
es→en, a stamp a year off; 11 clean near misses), with ``--set heldout13``; a
fourteenth, heldout14 (35 pages in en, cs, ko, ja, ar, uk, sw, ro, nl, vi, pl, pt,
fr, es, id, de, th: 24 planted defects such as spam in a quote block and a photo
caption, casino lines in ko, ja and ar, betting, loan and work-from-home adverts
in uk, sw and ro, a work-from-home teaser, injections as a "note to
summarisers", in a footnote, in Vietnamese without diacritics, in Korean and
inside a quote, farms stitching two unrelated articles and a listicle with
"Source :" lines, machine translation zh, ja, de and ko → en (wrong pronouns,
untranslated units, calques), stamps weeks after a future event or years
before the events; 11 clean near misses), with ``--set heldout14``; a
fifteenth, heldout15 (37 pages in tr, el, fa, vi, th, zh, pt, en, id, es, fr, ko,
ja, uk, de: 25 planted defects such as betting, loan and forex copy-trade
adverts in tr, el, fa, vi, zh, a coin pump in th, a buy-now affiliate line in a
review, keyword stuffing written as sentences, injections as a chat-template or
JSON system message, a Thai "[system message]", one addressed to chatbots by
name and one asking for a tracking image, a synonym-spun wire, a search-phrase
Q&A and a templated stock farm, machine translation en → vi, th, es, ko, stamps
against a Buddhist-era, a Reiwa-era and a "yesterday (14th)" day, an off-topic
Russian paragraph on a Ukrainian page; 12 clean near misses), with
``--set heldout15``; a sixteenth, heldout16 (40 pages in ru, hi, ar, pl, tl, ms,
vi, zh, th: 27 planted defects such as fake giveaways, lottery-win scams,
phishing "verify your account" lines, Telegram and WhatsApp group invitations,
SEO link farms as lists of anchor texts, injections in alt text and as notes to
AI summarisers in zh, vi, hi, ar and tl, two stitched wires, a search-phrase
filler and a generic-filler farm, machine translation zh → vi, zh → th and
en → hi, stamps a week after a "tomorrow", a "today" and a "yesterday",
off-topic Chinese and English paragraphs; 13 clean near misses), with
``--set heldout16``.

Run:  PYTHONPATH=src python3 benchmarks/flags_heldout.py [--set heldout2|…|heldout16 | --data DIR] [--quiet]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsline.model import Document
from newsline.pipeline import run_stages
from newsline.settings import Settings

SETS = ROOT / "benchmarks" / "data" / "flags"
DATA = SETS / "heldout1"


def flag_documents(paths: list[Path]) -> list[Document]:
    from newsline.clean import ClassifyBlocks, SegmentBlocks
    from newsline.dates import ResolveDates
    from newsline.flags import FlagDocuments
    from newsline.langid import IdentifyLanguages
    from newsline.readers import read_path

    s = Settings()
    stages = [
        SegmentBlocks(s),
        IdentifyLanguages(s.lang),
        ClassifyBlocks(s),
        ResolveDates(s.dates),
        FlagDocuments(s.flags),
    ]
    docs = []
    for p in paths:
        got = [d for d in read_path(str(p), s) if isinstance(d, Document)]
        if not got:
            sys.exit(f"{p.name}: the reader gave no document")
        doc = got[0]
        doc.source = p.name
        docs.append(doc)
    run_stages(stages, docs)
    return docs


def key_of(kind: str, signal: str | None) -> str:
    return f"{kind}:{signal}" if signal else kind


def matches(flag, item: dict, anchor_span: tuple[int, int] | None) -> bool:
    if flag.kind != item["kind"]:
        return False
    if item.get("signal") and flag.data.get("signal") != item["signal"]:
        return False
    if anchor_span is None or flag.start is None:
        return True
    return flag.start < anchor_span[1] and anchor_span[0] < (flag.end or flag.start)


def overlaps(a, b) -> bool:
    """Both flags point at spans and the spans overlap."""
    if a.start is None or b.start is None:
        return False
    return a.start < (b.end or b.start) and b.start < (a.end or a.start)


def main() -> None:
    from newsline.flags.stage import KINDS

    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=None, help="a set's folder (default: --set)")
    ap.add_argument(
        "--set",
        default="heldout1",
        help="a set under benchmarks/data/flags (heldout1 … heldout16)",
    )
    ap.add_argument("--quiet", action="store_true", help="figures only")
    args = ap.parse_args()
    data = Path(args.data) if args.data else SETS / args.set
    gold = json.loads((data / "gold.json").read_text(encoding="utf-8"))
    docs = flag_documents([data / name for name in sorted(gold)])

    expected: Counter[str] = Counter()
    found: Counter[str] = Counter()
    raised: Counter[str] = Counter()
    right: Counter[str] = Counter()
    companions: Counter[str] = Counter()
    misses, alarms = [], []
    clean_pages = clean_flagged = 0
    for doc in docs:
        items = gold[doc.source]["flags"]
        flags = [f for f in doc.flags if f.kind in KINDS]
        spans = []
        for item in items:
            a = item.get("anchor")
            at = doc.text.find(a) if a else -1
            spans.append((at, at + len(a)) if at >= 0 else None)
            if a and at < 0:
                print(f"!! {doc.source}: anchor not in the text read: {a!r}")
        if not items:
            clean_pages += 1
            clean_flagged += bool(flags)
        for item, sp in zip(items, spans, strict=True):
            # score under the gold kind; the signal only narrows what matches
            expected[item["kind"]] += 1
            if any(matches(f, item, sp) for f in flags):
                found[item["kind"]] += 1
            else:
                misses.append((doc, item))
        hits = [
            f for f in flags if any(matches(f, it, sp) for it, sp in zip(items, spans, strict=True))
        ]
        for f in flags:
            raised[f.kind] += 1
            if any(f is h for h in hits):
                right[f.kind] += 1
            else:
                alarms.append((doc, f))
                if f.kind == "content_farm" and any(overlaps(f, h) for h in hits):
                    companions["content_farm"] += 1
                elif f.kind == "foreign_block" and f.data.get("on_topic"):
                    companions["on_topic"] += 1

    print(f"{len(docs)} pages ({clean_pages} clean near misses, {clean_flagged} of them flagged)")
    print(f"{'kind':24}{'recall':>14}{'precision':>14}")
    for kind in sorted(set(expected) | set(raised)):
        rec = f"{found[kind]}/{expected[kind]}" if expected[kind] else "-"
        prec = f"{right[kind]}/{raised[kind]}" if raised[kind] else "-"
        print(f"{kind:24}{rec:>14}{prec:>14}")
    n_exp, n_found = sum(expected.values()), sum(found.values())
    n_raised, n_right = sum(raised.values()), sum(right.values())
    print(f"{'all':24}{f'{n_found}/{n_exp}':>14}{f'{n_right}/{n_raised}':>14}")
    # Counted as false alarms above (no gold item asks for them), and shown
    # apart: a page-level "content farm" judgement raised on the very span
    # another flag rightly points at (an injected advert read as a farm sign),
    # and a foreign_block note that claims no defect (on topic: a bilingual
    # page, a statement quoted in its language).
    if companions["content_farm"]:
        print(
            f"of the false alarms, {companions['content_farm']} are content_farm flags on a "
            "span another flag rightly points at"
        )
    if companions["on_topic"]:
        print(
            f"of the false alarms, {companions['on_topic']} are on-topic foreign_block notes "
            "(a bilingual page, a quoted statement)"
        )
    if args.quiet:
        return
    print("\nmisses:")
    for doc, item in misses:
        what = key_of(item["kind"], item.get("signal"))
        print(f"  {doc.source} [{doc.lang}] {what}: {(item.get('anchor') or '(page)')[:70]!r}")
    print("\nfalse alarms (flags no gold item asked for):")
    for doc, f in alarms:
        text = repr(doc.text[f.start : f.end][:70]) if f.start is not None else "(page)"
        sig = f.data.get("signal", f.data.get("source", ""))
        print(f"  {doc.source} [{doc.lang}] {f.kind}:{sig} {text} | {f.reason[:150]}")


if __name__ == "__main__":
    main()
