"""A saved dedup state from before a change of the normalisation, and the
compatibility forms copies of one article differ in.

The normalisation changed (punctuation width, spacing, Arabic letters) but
the state's version did not: a state saved before kept exact keys of the old
normalisation, and an unchanged copy read after the upgrade missed its
original. The version now says so: such a state is refused by the stage
("start a new state") and the runner rebuilds it from the stored documents
instead of stopping. ``data/dedup_state_v1_99634d3.npz`` was written by
the code of commit 99634d3 (``git archive 99634d3 src``).

Compatibility forms: the wave dash typed four ways, Arabic presentation
forms (a PDF's or an old system's contextual letter shapes), full-width
signs and Latin ligatures are read as NFKC reads them. Texts invented.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from pathlib import Path

import pytest

import newsline.dedup.stage as dedup_stage
from newsline.dedup import Deduplicate, normalise
from newsline.model import Document
from newsline.runner import run_corpus
from newsline.store import Store

OLD_STATE = Path(__file__).parent / "data" / "dedup_state_v1_99634d3.npz"
DE = (
    "Die Stadtwerke Graz haben am Dienstag den Bau einer neuen Fernwärmeleitung "
    "entlang der Mur angekündigt; die Arbeiten sollen im Herbst beginnen."
)


def _dedup(*texts: str) -> list[Document]:
    docs = [Document(id=f"d{i}", source=f"d{i}", text=t) for i, t in enumerate(texts)]
    Deduplicate()(docs, Counter())
    return docs


def test_a_state_saved_before_the_normalisation_changed_is_refused_by_the_stage():
    if not OLD_STATE.exists():
        pytest.skip("old state fixture absent")
    st = Deduplicate()
    with pytest.raises(ValueError, match="version"):
        st.load_state(OLD_STATE.read_bytes())
    assert st.doc_ids == [] and st.exact == {}  # nothing half-loaded


def test_the_runner_rebuilds_an_old_state_and_finds_copies_across_the_upgrade(
    tmp_path, monkeypatch
):
    # run 1 as an older release did: version 1, a normalisation that did not
    # read the lam-alef ligature as lam + alef
    ar = "أعلنت البلدية أن العمل في الحديقة العامة لا يزال مستمرا حتى نهاية الشهر المقبل."
    copy = ar.replace("لا", "\ufefb")  # the ligature an old system typed
    first = tmp_path / "in1"
    first.mkdir()
    (first / "a.txt").write_text(ar + "\n", encoding="utf-8")
    db = tmp_path / "news.db"
    with monkeypatch.context() as m:
        m.setattr(dedup_stage, "_STATE_VERSION", 1)
        m.setattr(dedup_stage, "normalise", lambda t: " ".join(t.casefold().split()))
        run_corpus([str(first)], db)
    second = tmp_path / "in2"
    second.mkdir()
    (second / "b.txt").write_text(copy + "\n", encoding="utf-8")
    result = run_corpus([str(second)], db)  # must not stop on the old state
    assert result.report.stages["dedup"].counters["state_rebuilt_on_resume"] == 1
    with Store(db) as s:
        ids = {
            d: s.conn.execute("SELECT id FROM documents WHERE source=?", (str(p),)).fetchone()[0]
            for d, p in (("a", first / "a.txt"), ("b", second / "b.txt"))
        }
        assert s.duplicates_of(ids["b"])["duplicate_of"] == ids["a"]


def test_a_state_of_this_version_is_still_loaded_not_rebuilt(tmp_path):
    first, second = tmp_path / "in1", tmp_path / "in2"
    first.mkdir()
    second.mkdir()
    (first / "a.txt").write_text(DE + "\n", encoding="utf-8")
    (second / "b.txt").write_text(DE + "\n", encoding="utf-8")
    db = tmp_path / "news.db"
    run_corpus([str(first)], db)
    counters = run_corpus([str(second)], db).report.stages["dedup"].counters
    assert "state_rebuilt_on_resume" not in counters


def _isolated_forms(text: str) -> str:
    """``text`` in Arabic presentation forms, each letter in its isolated shape."""
    shape = {}
    for c in range(0xFE70, 0xFEFD):
        dec = unicodedata.decomposition(chr(c))
        if dec.startswith("<isolated>") and len(dec.split()) == 2:
            shape.setdefault(chr(int(dec.split()[1], 16)), chr(c))
    return "".join(shape.get(ch, ch) for ch in text)


@pytest.mark.parametrize(
    "first, copy",
    [
        (
            "会議は10時〜12時、東京〜大阪間で行われる。",
            "会議は10時～12時、東京～大阪間で行われる。",
        ),
        ("Kumbukumbu: tarehe 10~20 Machi, Dodoma.", "Kumbukumbu: tarehe 10∼20 Machi, Dodoma."),
        (
            "El ﬁnanciamiento subió un 10% hasta $50 millones.",
            "El financiamiento subió un １０％ hasta ＄５０ millones.",
        ),
        (
            "قال وزير المالية إن الميزانية الجديدة ستدعم المدارس",
            _isolated_forms("قال وزير المالية إن الميزانية الجديدة ستدعم المدارس"),
        ),
    ],
    ids=["ja-wave-dash", "sw-tilde-operator", "es-ligature-fullwidth", "ar-presentation-forms"],
)
def test_copies_in_compatibility_forms_are_exact_duplicates(first, copy):
    assert first != copy
    _, b = _dedup(first, copy)
    assert b.meta.get("duplicate_of") == "d0"


def test_compatibility_forms_do_not_touch_other_text():
    # Chinese keeps its full-width punctuation, a number its comma
    assert normalise("举行，会议（东盟）：今天！") == "举行，会议（东盟）：今天！"
    assert normalise("３，０００人") == "3，000人"
    # Thai, Vietnamese and Hangul pass as before
    assert normalise("ประชุมสภาๆวันนี้ 14 คน") == "ประชุมสภาๆวันนี้ 14 คน"
    assert normalise("Thủ tướng họp báo") == "thủ tướng họp báo"
    assert normalise("서울시 의회") == "서울시 의회"
    # a tilde is not a dash, nor a different figure the same one
    assert normalise("10〜20") != normalise("10-20")
    assert normalise("１０％") != normalise("10‰")
    # an Arabic letter is not dropped: a different word stays different
    assert normalise(_isolated_forms("المدارس")) != normalise("المدرس")


def test_near_misses_stay_apart():
    _, b = _dedup("会議は10時〜12時に行われる。", "会議は10時〜13時に行われる。")
    assert "duplicate_of" not in b.meta
