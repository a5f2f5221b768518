"""Diacritics folded in the shingler (one codepoint table over a batch)
read a text as ``fold_marks`` reads it: the same shingles, so the same
near-duplicates, whichever way a text is folded. Texts in several scripts,
with marks NFC cannot compose (left as combining characters) and texts of
marks alone; and letters that must not change (CJK, Thai, Arabic)."""

from __future__ import annotations

import unicodedata
from collections import Counter

import numpy as np

from newsline.dedup import Deduplicate
from newsline.dedup.shingles import fold_marks, normalise, shingle_hashes
from newsline.model import Document
from newsline.settings import DedupSettings

TEXTS = [
    "Mưa lớn gây ngập sâu ở nhiều tuyến đường nội thành Đà Nẵng",
    "El Ayuntamiento de Cádiz aprobó el presupuesto más ambicioso de su historia",
    "Les élèves de l'école Saint-Exupéry découvrent la forêt en hiver",
    "Żółta łódź płynęła przez jezioro, a Søren ją obserwował",
    "Η Αθήνα φιλοξενεί τη σύνοδο κορυφής",
    "Ёлка на площади, йогурт и ещё",
    "q\u0303x and a lone \u0301 mark",
    "\u0301\u0302",
    "",
    "ab",
    "城关镇农贸市场改造完工，新增摊位一百二十个。",
    "เปิดตลาดนัดเกษตรกรบ้านโนนแดง มีร้านค้ากว่า 60 ร้าน",
    "افتتاح سوق جديد في المدينة",
    "plain ascii only",
]


def test_folding_in_the_shingler_reads_as_fold_marks_does():
    norms = [normalise(t) for t in TEXTS]
    for k in (3, 5):
        want_h, want_o = shingle_hashes([fold_marks(n) for n in norms], k)
        got_h, got_o = shingle_hashes(norms, k, fold=True)
        assert np.array_equal(want_o, got_o)
        assert np.array_equal(want_h, got_h)


def test_unfolded_shingles_keep_the_marks():
    a, _ = shingle_hashes([normalise("Mưa lớn gây ngập")], 5)
    b, _ = shingle_hashes([normalise("Mua lon gay ngap")], 5)
    assert not set(a.tolist()) & set(b.tolist())
    c, _ = shingle_hashes([normalise("Mưa lớn gây ngập")], 5, fold=True)
    assert np.array_equal(np.sort(b), np.sort(c))


def test_no_character_nfc_leaves_folds_to_more_than_one():
    for c in range(0x80, 0x3000):
        ch = chr(c)
        if unicodedata.normalize("NFC", ch) != ch:
            continue
        assert len(fold_marks(ch)) <= 1, hex(c)


def test_pages_of_marks_alone_are_not_near_duplicates_of_each_other():
    docs = [
        Document(id=f"m{i}", source=f"m{i}.txt", text="\u0301\u0300\u0303" * (i + 1))
        for i in range(3)
    ]
    stats: Counter[str] = Counter()
    Deduplicate(DedupSettings(fold_marks=True))(docs, stats)
    assert all(not d.meta.get("near_duplicates") for d in docs)
    assert stats["dedup_near_empty"] == 3


def test_folding_many_texts_at_once_reads_each_as_fold_marks_does():
    from newsline.dedup.shingles import fold_marks_many

    norms = [normalise(t) for t in TEXTS]
    assert fold_marks_many(norms) == [fold_marks(n) for n in norms]
    # one text with a lone mark among others: each still folded alone
    assert fold_marks_many(norms[:2] + [normalise("q\u0303x")]) == [
        fold_marks(n) for n in norms[:2] + [normalise("q\u0303x")]
    ]
    assert fold_marks_many(["plain", ""]) == ["plain", ""]
    assert fold_marks_many([]) == []
