"""A long unspaced Thai run holding many country names is cut into words
once, not once per name: cutting it again for each name made a 99k-character
page take minutes (quadratic in the run's length). Counted, not timed."""

from __future__ import annotations

from newsline.stories import anchors
from newsline.stories.anchors import territories


def _count_cuts(monkeypatch) -> list[str]:
    seen: list[str] = []
    real = anchors.thai_run_words

    def counting(run: str) -> tuple[str, ...]:
        seen.append(run)
        return real(run)

    monkeypatch.setattr(anchors, "thai_run_words", counting)
    return seen


def test_one_run_with_many_names_is_cut_once(monkeypatch):
    seen = _count_cuts(monkeypatch)
    text = "ประเทศไทย" * 300  # one run, 300 names
    found = territories(text, "th")
    assert len(found) == 300
    assert len(seen) == 1


def test_each_run_is_cut_on_its_own(monkeypatch):
    seen = _count_cuts(monkeypatch)
    text = "ชาวไทยและชาวจีน เดินทางไปประเทศญี่ปุ่น และมหาดไทย"
    found = territories(text, "th")
    # three runs hold names (ไทย/จีน, ญี่ปุ่น, ไทย in มหาดไทย): each cut once
    assert len(seen) == len(set(seen)) == 3
    # ไทย inside มหาดไทย (Interior) is no place
    assert [text[i:j] for _, i, j in found] == ["ไทย", "จีน", "ญี่ปุ่น"]


def test_same_answers_as_cutting_per_name():
    # names at a run's start, middle and end; a name glued inside a word
    text = "ไทยจีนญี่ปุ่น ประเทศลาวกับเวียดนาม มหาดไทย สหรัฐฯ"
    found = [text[i:j] for _, i, j in territories(text, "th")]
    assert found == ["ไทย", "จีน", "ญี่ปุ่น", "ลาว", "เวียดนาม", "สหรัฐ"]
