"""Streaming synthetic multilingual news documents with injected duplicates.

    PYTHONPATH=src python3 benchmarks/synth.py --docs 1000000 --out corpus.jsonl [--seed 7]

What it is for: load and scale tests of newsline (dedup, stories, the
scale-out executors) at 10k..1M+ documents without holding them in memory.
``iter_documents(n)`` yields :class:`newsline.model.Document` objects one
at a time; ``--out`` writes JSON lines (``{"id", "url", "lang", "text",
"published", "synth"}``).

Each document is about 3 kB of UTF-8 in vi, th, zh or en (a quarter each):
a headline and 6-10 paragraphs drawn with Zipf frequencies from a large
invented vocabulary per language (Vietnamese tone-marked syllables, Thai
letters without spaces between words, Chinese characters without spaces,
English-like words), so unrelated documents share few character shingles
as real ones do. Injected copies (ground truth in ``meta["synth"]`` /
the ``synth`` field): ``exact`` copies of an earlier document (default 2 %)
and ``near`` copies (default 10 %) with 2-10 % of the words replaced,
sometimes a boilerplate line appended, sometimes two paragraphs swapped.
Originals are picked from a bounded ring of recent documents.

Deterministic: the same seed gives the same sequence of documents. The vocabulary is invented; it names no real site, person
or event. This script must never be imported by the package.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import deque
from collections.abc import Iterator
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from newsline.model import Document

LANGS = ("vi", "th", "zh", "en")
VOCAB_SIZE = 40_000
RING = 5_000

_VI_ONSETS = [
    "",
    "b",
    "c",
    "ch",
    "d",
    "đ",
    "g",
    "gi",
    "h",
    "k",
    "kh",
    "l",
    "m",
    "n",
    "ng",
    "nh",
    "ph",
    "qu",
    "r",
    "s",
    "t",
    "th",
    "tr",
    "v",
    "x",
]
_VI_NUCLEI = [
    "a",
    "ă",
    "â",
    "e",
    "ê",
    "i",
    "o",
    "ô",
    "ơ",
    "u",
    "ư",
    "ươ",
    "iê",
    "uô",
    "ai",
    "oi",
    "ay",
]
_VI_CODAS = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"]
_VI_TONES = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]
_TH_CONS = [chr(c) for c in range(0x0E01, 0x0E2F)]
_TH_VOW = [
    "\u0e30",
    "\u0e32",
    "\u0e34",
    "\u0e35",
    "\u0e36",
    "\u0e37",
    "\u0e38",
    "\u0e39",
    "",
    "",
    "\u0e31\u0e19",
]
_TH_PRE = ["", "", "", "\u0e40", "\u0e41", "\u0e42"]
_BOILERPLATE = {
    "vi": [
        "Theo dõi chúng tôi trên mạng xã hội để cập nhật tin tức mới nhất mỗi ngày.",
        "Bản quyền thuộc về tòa soạn. Mọi hình thức sao chép phải ghi rõ nguồn.",
    ],
    "th": [
        "ติดตามข่าวสารล่าสุดของเราได้ทุกวันผ่านช่องทางออนไลน์ทั้งหมด",
        "สงวนลิขสิทธิ์ทุกประการ ห้ามคัดลอกโดยไม่ได้รับอนุญาตจากกองบรรณาธิการ",
    ],
    "zh": [
        "欢迎关注我们的官方账号，获取每日最新新闻资讯。",
        "版权所有，未经授权不得转载或以其他方式使用本网站内容。",
    ],
    "en": [
        "Follow us on social media for the latest news every day.",
        "All rights reserved. Reproduction without written permission is prohibited.",
    ],
}


def _vocab(lang: str, rng: np.random.Generator) -> list[str]:
    words: set[str] = set()
    while len(words) < VOCAB_SIZE:
        if lang == "vi":
            syl = [
                _VI_ONSETS[rng.integers(len(_VI_ONSETS))]
                + _VI_NUCLEI[rng.integers(len(_VI_NUCLEI))]
                + _VI_TONES[rng.integers(len(_VI_TONES))]
                + _VI_CODAS[rng.integers(len(_VI_CODAS))]
                for _ in range(int(rng.integers(1, 3)))
            ]
            import unicodedata

            words.add(unicodedata.normalize("NFC", " ".join(syl)))
        elif lang == "th":
            n = int(rng.integers(1, 4))
            words.add(
                "".join(
                    _TH_PRE[rng.integers(len(_TH_PRE))]
                    + _TH_CONS[rng.integers(len(_TH_CONS))]
                    + _TH_VOW[rng.integers(len(_TH_VOW))]
                    for _ in range(n)
                )
            )
        elif lang == "zh":
            n = int(rng.choice([1, 2, 2, 2, 3]))
            words.add("".join(chr(int(c)) for c in rng.integers(0x4E00, 0x9FA5, size=n)))
        else:
            n = int(rng.integers(2, 9))
            cons, vow = "bcdfghjklmnprstvwz", "aeiou"
            words.add(
                "".join(
                    (cons if i % 2 == 0 else vow)[rng.integers(5 if i % 2 else 18)]
                    for i in range(n)
                )
            )
    return sorted(words)


class _Lang:
    def __init__(self, lang: str, seed: int):
        rng = np.random.default_rng([seed, LANGS.index(lang)])
        self.lang = lang
        self.words = np.array(_vocab(lang, rng), dtype=object)
        ranks = np.arange(1, VOCAB_SIZE + 1, dtype=np.float64)
        p = 1.0 / ranks**1.05
        self.cdf = np.cumsum(p / p.sum())
        rng.shuffle(self.words)  # frequency independent of spelling
        self.sep = "" if lang in ("th", "zh") else " "
        # words per paragraph giving about 3 kB per document
        self.para_words = {"vi": 36, "th": 24, "zh": 60, "en": 52}[lang]

    def sample(self, rng: np.random.Generator, n: int) -> list[str]:
        return self.words[np.searchsorted(self.cdf, rng.random(n))].tolist()

    def sentence_join(self, words: list[str]) -> str:
        if self.lang == "th":
            # Thai: spaces between phrases, not between words
            return " ".join("".join(words[i : i + 8]) for i in range(0, len(words), 8))
        if self.lang == "zh":
            return "，".join("".join(words[i : i + 10]) for i in range(0, len(words), 10)) + "。"
        s = " ".join(words)
        return s[:1].upper() + s[1:] + "."


def _make(lg: _Lang, rng: np.random.Generator) -> list[str]:
    """Paragraphs of one original document (headline first), one draw of words."""
    n_paras = int(rng.integers(6, 11))
    words = lg.sample(rng, 10 + n_paras * lg.para_words)
    paras = [lg.sentence_join(words[:10])]
    for i in range(n_paras):
        start = 10 + i * lg.para_words
        paras.append(lg.sentence_join(words[start : start + lg.para_words]))
    return paras


def _perturb(lg: _Lang, paras: list[str], rng: np.random.Generator, rate: float) -> list[str]:
    out = []
    for p in paras:
        toks = p.split(" ") if lg.sep == " " else list(p)
        k = max(1, int(len(toks) * rate))
        for i in rng.integers(0, len(toks), size=k):
            toks[i] = lg.sample(rng, 1)[0] if lg.sep == " " else lg.sample(rng, 1)[0][:1]
        out.append((" " if lg.sep == " " else "").join(toks))
    if rng.random() < 0.3:
        out.append(_BOILERPLATE[lg.lang][int(rng.integers(2))])
    if rng.random() < 0.3 and len(out) > 3:
        i = int(rng.integers(1, len(out) - 1))
        out[i], out[i + 1] = out[i + 1], out[i]
    return out


def iter_documents(
    n_docs: int, seed: int = 7, near_rate: float = 0.10, exact_rate: float = 0.02
) -> Iterator[Document]:
    """Yield ``n_docs`` documents, one at a time (see the module docstring)."""
    langs = {lang: _Lang(lang, seed) for lang in LANGS}
    ring: deque[tuple[str, str, list[str]]] = deque(maxlen=RING)
    # One generator for the stream: the same seed gives the same sequence.
    rng = np.random.default_rng([seed, 1])
    for n in range(n_docs):
        doc_id = f"syn{n:08d}"
        day = f"2024-{1 + n % 12:02d}-{1 + n % 28:02d}"
        roll = rng.random()
        if ring and roll < exact_rate:
            src_id, lang, paras = ring[int(rng.integers(len(ring)))]
            synth = {"kind": "exact", "source": src_id, "edit": 0.0}
        elif ring and roll < exact_rate + near_rate:
            src_id, lang, src = ring[int(rng.integers(len(ring)))]
            rate = float(rng.choice([0.02, 0.05, 0.10]))
            paras = _perturb(langs[lang], src, rng, rate)
            synth = {"kind": "near", "source": src_id, "edit": rate}
        else:
            lang = LANGS[n % 4]
            paras = _make(langs[lang], rng)
            ring.append((doc_id, lang, paras))
            synth = {"kind": "original", "source": None, "edit": 0.0}
        yield Document(
            id=doc_id,
            source=f"https://synthetic.example/{lang}/{doc_id}",
            text="\n\n".join(paras),
            lang=lang,
            published=day,
            title=paras[0],
            meta={"synth": synth},
        )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", required=True, help="JSON lines file to write ('-' for stdout)")
    args = ap.parse_args(argv)

    def write(fh) -> None:
        for d in iter_documents(args.docs, args.seed):
            fh.write(
                json.dumps(
                    {
                        "id": d.id,
                        "url": d.source,
                        "lang": d.lang,
                        "text": d.text,
                        "published": d.published,
                        "synth": d.meta["synth"],
                    },
                    ensure_ascii=False,
                )
                + "\n"
            )

    if args.out == "-":
        write(sys.stdout)
    else:
        with open(args.out, "w", encoding="utf-8") as fh:
            write(fh)
    return 0


if __name__ == "__main__":
    sys.exit(main())
