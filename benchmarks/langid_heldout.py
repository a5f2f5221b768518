"""Block-level language ID on news-page blocks nobody tuned on.

Reads benchmarks/data/langid/heldout1.jsonl (one block a line: ``text``,
``gold`` language, "und" or "mixed", optional ``doc`` = the page's language,
``note``) and runs the IdentifyLanguages stage the way the pipeline does:
a block with a ``doc`` sits on a page of body paragraphs in that language
(the page context the stage has), a block without one is a page of its own.

Prints accuracy per gold language, a confusion table and every miss.

    PYTHONPATH=src python3 benchmarks/langid_heldout.py [--set PATH] [--quiet]

A prediction is the block's language ("und" for none); a block the stage
split into pieces of different languages is "mixed", and so, where the gold
is "mixed", is one whose language spans name two languages.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsline.langid import IdentifyLanguages
from newsline.model import Block, Document

# Body paragraphs standing for "the rest of the page" (written for this
# benchmark; none is a seed's or an evaluation set's text).
PAGE_BODY = {
    "vi": (
        "Theo số liệu mới công bố, lượng khách quốc tế đến các tỉnh miền Trung trong "
        "tháng qua tăng gần gấp đôi so với cùng kỳ, nhiều khách sạn kín phòng vào cuối tuần."
    ),
    "th": (
        "ตามข้อมูลล่าสุด จำนวนนักท่องเที่ยวต่างชาติที่เดินทางมายังภาคใต้ในเดือนที่ผ่านมา"
        "เพิ่มขึ้นเกือบสองเท่าเมื่อเทียบกับช่วงเดียวกันของปีก่อน โรงแรมหลายแห่งเต็มในช่วงสุดสัปดาห์"
    ),
    "zh": (
        "根据最新公布的数据，上个月到访南部各省的国际游客人数比去年同期增加了将近一倍，"
        "许多酒店在周末都已客满。"
    ),
    "en": (
        "According to figures released this week, the number of foreign visitors to the "
        "southern provinces nearly doubled last month, and many hotels were full at weekends."
    ),
    "es": (
        "Según las cifras publicadas esta semana, el número de visitantes extranjeros en las "
        "provincias del sur casi se duplicó el mes pasado y muchos hoteles se llenaron."
    ),
    "pt": (
        "Segundo os números divulgados esta semana, o número de visitantes estrangeiros nas "
        "províncias do sul quase dobrou no mês passado e muitos hotéis ficaram lotados."
    ),
    "fr": (
        "Selon les chiffres publiés cette semaine, le nombre de visiteurs étrangers dans les "
        "provinces du sud a presque doublé le mois dernier et de nombreux hôtels étaient complets."
    ),
    "id": (
        "Menurut data yang dirilis pekan ini, jumlah wisatawan asing yang datang ke provinsi "
        "di wilayah selatan hampir dua kali lipat bulan lalu dan banyak hotel penuh."
    ),
}


def predict(stage: IdentifyLanguages, text: str, doc_lang: str | None, gold: str = "") -> str:
    body = PAGE_BODY.get(doc_lang or "")
    if body:
        page = f"{body}\n\n{text}\n\n{body}\n"
        a = len(body) + 2
    else:
        page, a = text, 0
    z = a + len(text)
    blocks = [Block(a, z, "body")]
    if body:
        blocks = [Block(0, len(body), "body"), blocks[0], Block(z + 2, z + 2 + len(body), "body")]
    doc = Document(id="h", source="heldout", text=page, blocks=blocks)
    stage([doc], Counter())
    mine = [b for b in doc.blocks if b.start >= a and b.end <= z]
    langs = {b.lang or "und" for b in mine}
    spans = {s[2] for s in doc.meta.get("lang_spans", []) if s[0] < z and s[1] > a}
    # a split block is mixed; language spans inside one block (an English
    # gloss in Thai) only make it "mixed" where the analyst says so: they
    # annotate the block, its language is still the block's
    if len(langs) > 1 or (gold == "mixed" and len(spans) > 1):
        return "mixed"
    # written Cantonese keeps zh as its language, its variety noted beside it
    yue = {tuple(x) for x in doc.meta.get("yue_blocks", [])}
    if langs == {"zh"} and all((b.start, b.end) in yue for b in mine):
        return "yue"
    return langs.pop() if langs else "und"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", default=str(ROOT / "benchmarks/data/langid/heldout1.jsonl"))
    ap.add_argument("--quiet", action="store_true", help="no list of misses")
    args = ap.parse_args()
    rows = [json.loads(x) for x in Path(args.set).read_text(encoding="utf-8").splitlines() if x]
    stage = IdentifyLanguages()
    stage.warm()
    per: dict[str, Counter[str]] = defaultdict(Counter)
    misses = []
    for r in rows:
        got = predict(stage, r["text"], r.get("doc"), r["gold"])
        per[r["gold"]][got] += 1
        if got != r["gold"]:
            misses.append((r["gold"], got, r.get("doc") or "-", r["text"], r.get("note", "")))
    ok = sum(c[g] for g, c in per.items())
    print(f"## {Path(args.set).name}: {ok}/{len(rows)} = {100 * ok / len(rows):.1f}%\n")
    print(f"{'gold':7}{'ok':>5}{'n':>5}{'acc%':>7}   got")
    for g in sorted(per, key=lambda g: (-sum(per[g].values()), g)):
        c = per[g]
        n = sum(c.values())
        got = ", ".join(f"{k}:{v}" for k, v in c.most_common() if k != g)
        print(f"{g:7}{c[g]:5}{n:5}{100 * c[g] / n:7.1f}   {got}")
    print("\n## misses (gold -> got, page language, text, note)")
    if not args.quiet:
        for m in misses:
            print(f"{m[0]:>5} -> {m[1]:<6} [{m[2]}] {m[3]!r}  ({m[4]})")


if __name__ == "__main__":
    main()
