"""The merge must not depend on where the files lie.

A document's id follows its path, and where two joins weigh the same the
one met first wins: merged in id order, the same pages read from another
folder could merge differently (an invented raid told by two Chinese
copies, a Vietnamese live blog, a Spanish and an English page: the English
sentence went with the Chinese or with the others by folder name). The
records are ordered by what the sentences say before merging. The
sentences are those of the invented bundle2 (benchmarks/data/bundle) where
bundle_check.py's figures moved with the temporary folder's name.
"""

from __future__ import annotations

import random

from newsline.events.merge import merge_records

from .records import event_record

PUBLISHED = "2026-04-16"

SENTENCES = [
    (
        "zh1",
        "zh",
        "2026-04-14",
        131,
        "据了解，缅甸边防部队14日突袭妙瓦底“瑞林园区”，解救各国被困人员312人。",
    ),
    (
        "zh2",
        "zh",
        "2026-04-14",
        144,
        "緬甸邊防部隊於4月14日突襲該園區，共救出312人，其中包括41名越南人，以及印尼、菲律賓和肯亞籍人士。",
    ),
    (
        "vi",
        "vi",
        "2026-04-14",
        657,
        (
            "09:30 - Nhắc lại bối cảnh: ngày 14/4, lực lượng biên phòng Myanmar đột kích khu Shwe Lin ở "
            "Myawaddy, giải cứu 312 người nước ngoài, trong đó có 41 người Việt Nam."
        ),
    ),
    (
        "en",
        "en",
        "--04-14",
        408,
        (
            "Col. Teerawat Kaewprasert said that the operation to help was done successfully by the good "
            "cooperation of Thailand, China and Myanmar, which the Myanmar side raided Shwe Lin Park on 14 April."
        ),
    ),
    (
        "es",
        "es",
        "2026-04-14",
        342,
        (
            "Las fuerzas fronterizas birmanas asaltaron el complejo Shwe Lin Park el 14 de abril y liberaron "
            "a 312 extranjeros, obligados a trabajar hasta 16 horas al día."
        ),
    ),
    (
        "zh3",
        "zh",
        "2026-04-14",
        110,
        "据了解，缅甸边防部队14日突袭妙瓦底“瑞林园区”，解救各国被困人员312人。",
    ),
]


def merged_with_ids(ids: dict[str, str]) -> list[tuple]:
    """The events, as sets of (page, start), of the sentences merged under
    document ids ``ids`` (page -> id), handed over in id order as the
    MergeEvents stage does."""
    records = [
        event_record(ids[page], quote, date, lang, start=start, published=PUBLISHED)
        for page, lang, date, start, quote in SENTENCES
    ]
    records.sort(key=lambda r: r["doc_id"])
    page_of = {v: k for k, v in ids.items()}
    return sorted(
        tuple(sorted((page_of[s["doc_id"]], s["start"]) for s in e["sources"]))
        for e in merge_records(records)
    )


def test_the_merge_is_the_same_whatever_the_documents_are_called():
    pages = [s[0] for s in SENTENCES]
    outcomes = set()
    for seed in range(12):
        names = [f"{n:016x}" for n in random.Random(seed).sample(range(1 << 60), len(pages))]
        outcomes.add(tuple(merged_with_ids(dict(zip(pages, names, strict=True)))))
    assert len(outcomes) == 1, outcomes
