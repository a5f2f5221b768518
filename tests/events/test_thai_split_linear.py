"""Thai sentence splitting reads each chunk a bounded number of times: it
reread the whole sentence so far at every space (whether it held a verb,
since its last "... ว่า"), quadratic on a long line with no sentence end --
112k characters of Thai nouns took 95 s. Counted, not timed: the chunk
taggings a split asks for grow with the line, not with its square."""

from __future__ import annotations

from newsline.events import sentences


def taggings(monkeypatch, text: str) -> int:
    calls = 0
    real = sentences._thai_tags

    def counted(chunk):
        nonlocal calls
        calls += 1
        return real(chunk)

    monkeypatch.setattr(sentences, "_thai_tags", counted)
    sentences.split_sentences(text, lang="th")
    return calls


def test_a_long_line_without_an_end_is_read_in_linear_work(monkeypatch):
    n = 600
    calls = taggings(monkeypatch, "ข้อมูล " * n)
    assert calls < 10 * n  # about n * n / 2 when every space reread the sentence


def test_work_grows_with_the_line_not_its_square(monkeypatch):
    small = taggings(monkeypatch, "ข้อมูล " * 300)
    large = taggings(monkeypatch, "ข้อมูล " * 1200)
    assert large < 6 * small  # four times the line: 16 times the work if quadratic


def test_sentences_still_end_where_they_did():
    # a statement, then a new subject and its verb: two sentences
    text = "นายสมชาย ใจดี ผู้ว่าราชการจังหวัดน่าน เดินทางไปตรวจพื้นที่น้ำท่วม ตำรวจจับกุมผู้ต้องหาสองคน"
    spans = sentences.split_sentences(text, lang="th")
    assert [text[a:b] for a, b in spans][0].startswith("นายสมชาย")
    assert "".join(text[a:b] for a, b in spans).replace(" ", "") == text.replace(" ", "")
