"""detect_language / detect_spans: script rules, Vietnamese prior, spans with exact offsets."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsline.langid import detect_language, detect_spans
from newsline.langid.detect import _confidences, _detector, _lingua_confidences
from newsline.langid.vietnamese import fold, is_vi_syllable
from newsline.settings import LangSettings


@pytest.mark.parametrize(
    "text, lang",
    [
        ("ผู้ว่าราชการจังหวัดเชียงใหม่ประกาศปิดถนนสามสายเพราะน้ำท่วม", "th"),
        ("市政府昨天宣布，三条道路因洪水暂时封闭。", "zh"),
        ("市役所は昨日、洪水のため三本の道路を閉鎖すると発表した。", "ja"),
        ("시청은 어제 홍수로 도로 세 곳을 폐쇄한다고 발표했다.", "ko"),
        ("Мэрия вчера объявила о закрытии трёх дорог из-за наводнения.", "ru"),
        ("Ủy ban nhân dân tỉnh thông báo đóng ba tuyến đường vì lũ lụt.", "vi"),
        ("The city council closed three roads yesterday because of the floods.", "en"),
        ("El ayuntamiento cerró ayer tres carreteras por las inundaciones.", "es"),
        ("La mairie a fermé hier trois routes à cause des inondations.", "fr"),
    ],
)
def test_detect_language_by_script_and_model(text, lang):
    assert detect_language(text) == lang


@pytest.mark.parametrize(
    "text",
    [
        "Uy ban nhan dan tinh thong bao dong ba tuyen duong vi lu lut",
        "Thu tuong Malaysia Anwar Ibrahim se den Ha Noi vao tuan toi",
        "gia xang dau giam manh trong thang nay",
    ],
)
def test_unaccented_vietnamese_reads_as_vietnamese(text):
    assert detect_language(text) == "vi"


@pytest.mark.parametrize(
    "text, lang",
    [
        # Short English words are often possible Vietnamese syllables; prose still is English.
        ("He can go to the bank on Monday and then see the doctor about his back.", "en"),
        ("La casa de mi madre tiene un jardín con muchas flores.", "es"),
        # An English sentence that quotes a Vietnamese name stays English.
        (
            (
                "Officials said the ministry would publish the full report next week, "
                "according to a statement from Hanoi."
            ),
            "en",
        ),
    ],
)
def test_vietnamese_prior_does_not_capture_other_languages(text, lang):
    assert detect_language(text) == lang


@pytest.mark.parametrize(
    "text, lang",
    [
        ("นายกรัฐมนตรี Anthony Albanese เดินทางถึงกรุงเทพฯ เพื่อหารือกับ ASEAN", "th"),
        ("联合国秘书长 António Guterres 周二在 New York 发表讲话。", "zh"),
        ("Samsung Electronics 는 새 공장을 짓는다고 밝혔다", "ko"),
    ],
)
def test_latin_names_inside_asian_script_do_not_make_it_english(text, lang):
    assert detect_language(text) == lang


def test_chinese_characters_inside_english_do_not_make_it_chinese():
    assert (
        detect_language("The brand 华为 said sales of its phones rose sharply this quarter.")
        == "en"
    )


@pytest.mark.parametrize("text", ["", "   ", "12345 - 678", "\x00\x01\ud800", "© 2024 | →"])
def test_no_letters_gives_none_and_never_raises(text):
    assert detect_language(text) is None


def test_control_characters_and_lone_surrogates_are_tolerated():
    assert detect_language("Ủy ban\x00 nhân dân \ud800tỉnh thông báo đóng đường") == "vi"
    spans = detect_spans("abc\x00\ud800 ผู้ว่าราชการจังหวัดเชียงใหม่ประกาศปิดถนน")
    assert spans and spans[-1][1] == len("abc\x00\ud800 ผู้ว่าราชการจังหวัดเชียงใหม่ประกาศปิดถนน")


def test_script_decides_even_outside_the_configured_set():
    only_latin = LangSettings(languages=("en", "fr"))
    assert detect_language("ผู้ว่าราชการจังหวัดเชียงใหม่ประกาศปิดถนน", only_latin) == "th"
    assert detect_language("The city council closed three roads.", only_latin) == "en"


def test_detector_is_built_once_per_configuration():
    s = LangSettings()
    detect_language("The city council closed three roads yesterday.", s)
    before = _detector.cache_info().hits
    detect_language("La mairie a fermé hier trois routes.", s)
    assert _detector.cache_info().hits > before


def test_long_text_goes_to_the_low_accuracy_model_short_text_to_the_high_one():
    text = "La mairie a fermé hier trois routes du centre après les pluies, et le marché restera fermé."
    langs = tuple(LangSettings().languages)
    low, high = _confidences(text, langs, False)[0], _confidences(text, langs, True)[0]
    assert low[0] == high[0] == "fr"
    # The modes' figures differ by ~1e-4 here; lingua's own rounding noise is ~1e-16.
    assert abs(low[1] - high[1]) > 1e-6

    def top(s):
        return _lingua_confidences(text, s)[0]

    assert top(LangSettings(high_accuracy_max_chars=len(text) - 1)) == pytest.approx(low, abs=1e-9)
    assert top(LangSettings(high_accuracy_max_chars=len(text))) == pytest.approx(high, abs=1e-9)
    off = LangSettings(high_accuracy=False, high_accuracy_max_chars=10_000)
    assert top(off) == pytest.approx(low, abs=1e-9)


def _check_tiling(text, spans):
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    for (a, b, _), (c, _, _) in itertools.pairwise(spans):
        assert b == c and a < b


def test_spans_split_vietnamese_and_chinese_at_the_boundary():
    vi = "Bộ Ngoại giao cho biết hội nghị khu vực sẽ diễn ra tại Hà Nội vào tháng tới. "
    zh = "越南外交部表示，地区会议将于下月在河内举行，各国代表将讨论湄公河的水资源问题。"
    text = vi + zh
    spans = detect_spans(text)
    _check_tiling(text, spans)
    assert [s[2] for s in spans] == ["vi", "zh"]
    assert text[spans[1][0] : spans[1][1]] == zh


def test_spans_split_thai_and_english_sentences():
    th = "กรมอุตุนิยมวิทยาเตือนว่าจะมีฝนตกหนักในภาคเหนือตลอดสัปดาห์นี้ "
    en = "The weather office warned of heavy rain in the north throughout the week."
    spans = detect_spans(th + en)
    _check_tiling(th + en, spans)
    assert [s[2] for s in spans] == ["th", "en"]
    assert (th + en)[spans[1][0] :].startswith("The weather")


def test_spans_keep_names_inside_thai_or_chinese():
    for text, lang in [
        ("เลขาธิการ NATO Mark Rutte เดินทางถึงกรุงโตเกียวเมื่อวันจันทร์", "th"),
        ("北约秘书长 Mark Rutte 周一抵达东京，与日本首相会谈。", "zh"),
    ]:
        spans = detect_spans(text)
        assert spans == [(0, len(text), lang)]


def test_spans_split_english_and_vietnamese_sentences():
    en = (
        "The ministry said on Tuesday that the new bridge would open to traffic "
        "before the end of the year, after two years of delays. "
    )
    vi = (
        "Bộ Giao thông Vận tải cho biết cây cầu mới sẽ được thông xe trước cuối năm "
        "sau hai năm chậm tiến độ."
    )
    spans = detect_spans(en + vi)
    _check_tiling(en + vi, spans)
    assert [s[2] for s in spans] == ["en", "vi"]
    assert (en + vi)[spans[1][0] :].startswith("Bộ Giao")


def test_opening_quote_belongs_to_the_following_language():
    text = "Ông nói rằng cuộc họp diễn ra tốt đẹp và hai bên đã đồng ý hợp tác. “我们达成了共识，双方将继续加强合作与交流。”"
    spans = detect_spans(text)
    assert text[spans[-1][0]] == "“"


def test_vietnamese_orthography_helpers():
    assert fold("Nhật Bản Đà Nẵng") == "nhat ban da nang"
    assert all(is_vi_syllable(w) for w in ["nghiêng", "khuya", "thuở", "Nguyễn", "quyết"])
    assert not any(is_vi_syllable(w) for w in ["strength", "Kishida", "words", "bank"])


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200))
def test_spans_always_tile_arbitrary_text(text):
    spans = detect_spans(text)
    if spans:
        _check_tiling(text, spans)
    detect_language(text)  # never raises
