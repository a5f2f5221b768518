"""Shared Thai and Chinese word segmentation (newsline.wordseg)."""

from __future__ import annotations

import functools

import pytest

from newsline import wordseg

pytest.importorskip("pythainlp")

# Written for these tests: a ministry, a transliterated foreign name, numbers,
# Latin text and punctuation beside Thai.
THAI = [
    "กระทรวงคมนาคมประกาศแผนสร้างสะพานแห่งใหม่",
    'นายโยฮันเนสเบิร์กมันน์กล่าวว่า"เราจะทำงานร่วมกับประชาชนต่อไป"',
    "ประชุมASEANครั้งที่ 42 เมื่อวันที่ 12 กรกฎาคม 2566 (ข่าวด่วน) ราคา 1,250.50 บาท",
    "ฝนตกหนักๆ ในอำเภอทางภาคเหนือ",
    "ราสมุสเซนเดินทางถึงกรุงเทพฯ",
]


@pytest.mark.parametrize("text", THAI)
def test_tokens_join_back_to_the_text(text):
    assert "".join(wordseg.thai_words(text, keep_whitespace=True)) == text
    assert all(not t.isspace() for t in wordseg.thai_words(text))


def test_thai_runs_and_the_rest_are_cut_apart():
    toks = wordseg.thai_words("ประชุมASEANครั้งที่ 42 ราคา 1,250.50 บาท")
    assert "ASEAN" in toks and "42" in toks and "1,250.50" in toks
    assert "ประชุม" in toks and "บาท" in toks


def test_nlpo3_and_newmm_give_the_same_thai_words(monkeypatch):
    """The fast engine must not change what any stage sees."""
    if wordseg.thai_engine() != "nlpo3":
        pytest.skip("nlpo3 not installed: newmm is the only engine")
    fast = {t: wordseg.thai_words(t) for t in THAI}
    wordseg.thai_run_words.cache_clear()
    monkeypatch.setattr(wordseg, "thai_engine", functools.cache(lambda: "newmm"))
    try:
        slow = {t: wordseg.thai_words(t) for t in THAI}
    finally:
        wordseg.thai_run_words.cache_clear()
    # nlpo3 and newmm may cut an unknown foreign name at different places;
    # every name-finding rule joins such fragments back, so compare the
    # dictionary words and the text each run covers
    words = wordseg.thai_dictionary()
    for t in THAI:
        assert "".join(fast[t]) == "".join(slow[t])
        assert [w for w in fast[t] if w in words and len(w) > 2] == [
            w for w in slow[t] if w in words and len(w) > 2
        ], t


def test_newmm_is_used_when_nlpo3_cannot_load(monkeypatch):
    import pythainlp.tokenize as pt

    real = pt.word_tokenize

    def without_nlpo3(text, engine="newmm", **kw):
        if engine == "nlpo3":
            raise ImportError("nlpo3 is not installed")
        return real(text, engine=engine, **kw)

    monkeypatch.setattr(pt, "word_tokenize", without_nlpo3)
    wordseg.thai_engine.cache_clear()
    wordseg.thai_run_words.cache_clear()
    try:
        assert wordseg.thai_engine() == "newmm"
        assert "กระทรวงคมนาคม" in "".join(wordseg.thai_words(THAI[0]))
    finally:
        wordseg.thai_engine.cache_clear()
        wordseg.thai_run_words.cache_clear()


def test_romanize_thai_never_raises():
    assert wordseg.romanize_thai("กรุงเทพ")
    assert wordseg.romanize_thai("") == ""


ROMANISED = [
    "กรุงเทพ",
    "สามารถ",
    "ภาพยนตร์",
    "รส ดี",
    "ราสมุสเซน",
    "ทาคาฮาชิ",
    "กระทรวงคมนาคม",
    "นายกรัฐมนตรี",
    "ห",
    "ประชุมสุดยอด",
    "ยุทธศาสตร์",
]


@pytest.mark.parametrize("word", ROMANISED)
def test_romanisation_is_pythainlps_royin(word):
    """The shared segmentation feeds pythainlp's own RTGS rules: same output."""
    from pythainlp.transliterate import romanize

    assert wordseg.romanize_thai(word) == romanize(word, engine="royin")


def test_romanisation_with_the_separator_rule_cached_is_pythainlps_royin():
    """The separator rule's answers are cached per (previous word, word,
    previous romanisation): asked again (the texts romanised anew), they are
    pythainlp's own."""
    from pythainlp.transliterate import romanize

    texts = [*ROMANISED, "สมชายกรมการ", "ประชาชนกรม", "นักข่าวกร ผลคน"]
    for _ in range(2):
        wordseg.romanize_thai.cache_clear()
        for text in texts:
            assert wordseg.romanize_thai(text) == romanize(text, engine="royin"), text


def test_romanisation_falls_back_to_pythainlp_when_its_internals_move(monkeypatch):
    from pythainlp.transliterate import romanize

    wordseg.romanize_thai.cache_clear()
    monkeypatch.setattr(wordseg, "_royin_rules", lambda: None)
    try:
        assert wordseg.romanize_thai("ราสมุสเซน") == romanize("ราสมุสเซน", engine="royin")
    finally:
        wordseg.romanize_thai.cache_clear()


def test_chinese_tagger_is_a_private_copy():
    pseg = pytest.importorskip("jieba.posseg")
    tagger = wordseg.chinese_tagger()
    text = "拉斯穆森在万象与代表会谈。"
    assert [(w.word, w.flag) for w in tagger.cut(text)] == [
        (w.word, w.flag) for w in pseg.cut(text)
    ]
    assert tagger is not pseg.dt


def test_ascii_digits_rewrites_thai_and_full_width_digits_only():
    from newsline.wordseg import ascii_digits

    assert ascii_digits("ปี ๒๕๖๗ และ ２０２４ 12") == "ปี 2567 และ 2024 12"
    assert ascii_digits("Hà Nội, ngày 5/3 — 北京 ３月") == "Hà Nội, ngày 5/3 — 北京 3月"
    for text in ("ปีนี้ไม่มีตัวเลข", "plain 2024", "", "二〇二四年"):
        assert ascii_digits(text) == text


def test_royin_separator_is_only_asked_before_two_letter_words():
    """_royin asks pythainlp's syllable-separator rule only before a word of
    two letters: the rule never answers yes for any other word."""
    rules = wordseg._royin_rules()
    if rules is None:
        pytest.skip("pythainlp's royin internals have moved")
    _, separator = rules
    words = [w for text in ROMANISED for w in wordseg.thai_words(text)] + [
        "กร",
        "ขม",
        "สมชาย",
        "ใจดี",
        "ทรัมป์",
        "ปีเตอร์",
        "กรม",
        "นาย",
        "พล",
        "ฯ",
        "ก",
    ]
    for prev in words:
        prev_rom = wordseg._royin_word(prev) or "k"
        for word in words:
            if len(word) != 2:
                assert not separator(prev, word, prev_rom), (prev, word)


# Written for these tests: names jieba does not know, numbers, Latin letters,
# Traditional and Simplified characters, and runs with ties between routes.
CHINESE = [
    "拉斯穆森在万象与代表会谈。",
    "湄公河委员会表示，主席阮文安于2025年3月12日在万象主持特别会议，讨论旱季水位问题。",
    "美国总统特朗普和中国国家主席习近平在APEC峰会上会面，双方讨论了关税。",
    "台灣的立法院今天通過預算案，行政院長表示感謝。",
    "研究生命起源",
    "结婚的和尚未结婚的",
    "他来到了网易杭研大厦iPhone15发布会",
    "乌克兰总统泽连斯基说，基辅遭到无人机袭击，3人死亡。",
]


def _jieba_dag_words(tagger, text):
    """What jieba's own __cut_DAG gives on each run of ``text``, with the
    tagger's Viterbi and caches: the reference for newsline's faster route."""
    pseg = pytest.importorskip("jieba.posseg")
    jieba_dag = pseg.POSTokenizer._POSTokenizer__cut_DAG
    out = []
    for blk in pseg.re_han_internal.split(text):
        if blk and pseg.re_han_internal.match(blk):
            out.append([(w.word, w.flag) for w in jieba_dag(tagger, blk)])
    return out


def _tagger_dag_words(tagger, text):
    pseg = pytest.importorskip("jieba.posseg")
    cut = wordseg._dag_cutter(tagger, pseg.pair)
    return [
        [(w.word, w.flag) for w in cut(blk)]
        for blk in pseg.re_han_internal.split(text)
        if blk and pseg.re_han_internal.match(blk)
    ]


@pytest.mark.parametrize("text", CHINESE)
def test_chinese_route_is_jiebas(text):
    tagger = wordseg.chinese_tagger()
    assert _tagger_dag_words(tagger, text) == _jieba_dag_words(tagger, text)


def test_chinese_route_is_jiebas_on_any_mix_of_characters():
    hypothesis = pytest.importorskip("hypothesis")
    st = hypothesis.strategies
    alphabet = sorted(set("".join(CHINESE)))

    @hypothesis.settings(max_examples=300, deadline=None)
    @hypothesis.given(st.text(alphabet=alphabet, min_size=1, max_size=40))
    def check(text):
        tagger = wordseg.chinese_tagger()
        assert _tagger_dag_words(tagger, text) == _jieba_dag_words(tagger, text)

    check()


@pytest.mark.parametrize("text", [*CHINESE, "", "普京", "北京市长江大桥", "重庆长大的中国人", "〇"])
def test_pinyin_syllables_are_lazy_pinyins(text):
    pypinyin = pytest.importorskip("pypinyin")
    assert wordseg.pinyin_syllables(text) == tuple(pypinyin.lazy_pinyin(text))


def test_pinyin_syllables_are_lazy_pinyins_on_any_mix_of_characters():
    hypothesis = pytest.importorskip("hypothesis")
    pypinyin = pytest.importorskip("pypinyin")
    st = hypothesis.strategies
    alphabet = sorted(set("".join(CHINESE)))

    @hypothesis.settings(max_examples=300, deadline=None)
    @hypothesis.given(st.text(alphabet=alphabet, max_size=30))
    def check(text):
        assert wordseg.pinyin_syllables(text) == tuple(pypinyin.lazy_pinyin(text))

    check()


@pytest.mark.parametrize(
    "text", [*CHINESE, "", "abc 123", "ราสมุสเซน 拉斯穆森 ใน 万象。", "唐纳德·特朗普\n\n习近平"]
)
def test_chinese_tagged_runs_are_the_taggers_words_of_han_runs(text):
    pseg = pytest.importorskip("jieba.posseg")
    tagger = wordseg.chinese_tagger()
    want, pos = [], 0
    for w in tagger.cut(text):
        if any("\u4e00" <= c <= "\u9fd5" for c in w.word):
            want.append((pos, w.word, w.flag))
        pos += len(w.word)
    got = []
    for start, words in wordseg.chinese_tagged_runs(text):
        assert pseg.re_han_internal.fullmatch(text[start : start + sum(len(w.word) for w in words)])
        for w in words:
            if any("\u4e00" <= c <= "\u9fd5" for c in w.word):
                got.append((start, w.word, w.flag))
            start += len(w.word)
    assert got == want
