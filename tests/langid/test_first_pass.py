"""The cheap first pass before lingua (``LangSettings.first_pass_languages``).

A Latin-script line CLD2 is sure of, in a language with no close neighbour
in the set, is decided without lingua (a long line) or with lingua's cheap
low-accuracy mode only (a shorter one). Everything else -- Indonesian and
Malay, unaccented Vietnamese, lines of names, a line CLD2 gives to a language
outside the set, a line CLD2 is unsure of -- still goes to lingua as before.

The detector is wrapped to record which of lingua's modes each line is shown
to; the answers are checked too. No timing is measured.
"""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.langid import IdentifyLanguages, detect
from newsline.langid.detect import detect_language, detect_spans
from newsline.model import Document
from newsline.settings import LangSettings

from .helpers import line_blocks


class _RecordingDetector:
    def __init__(self, real, asked: list[tuple[bool, str]], high: bool):
        self._real, self._asked, self._high = real, asked, high

    def compute_language_confidence_values(self, text: str):
        self._asked.append((self._high, text))
        return self._real.compute_language_confidence_values(text)


@pytest.fixture
def asked(monkeypatch) -> list[tuple[bool, str]]:
    """(high accuracy?, text) of every question put to lingua."""
    calls: list[tuple[bool, str]] = []
    real_detector = detect._detector

    def recording_detector(languages, high_accuracy):
        return _RecordingDetector(real_detector(languages, high_accuracy), calls, high_accuracy)

    monkeypatch.setattr(detect, "_detector", recording_detector)
    # answers kept from other tests would hide the questions
    detect._cached_confidences.cache_clear()
    yield calls
    detect._cached_confidences.cache_clear()


def _modes(calls: list[tuple[bool, str]]) -> set[bool]:
    return {high for high, _ in calls}


# --- long lines: CLD2 alone -------------------------------------------------

LONG_LINES = [
    (
        "en",
        (
            "The harbour board said on Monday that ferry crossings to the outer islands "
            "would resume once the storm had passed and the piers were checked."
        ),
    ),
    (
        "fr",
        (
            "Les pêcheurs du port ont manifesté mardi matin devant la préfecture pour "
            "réclamer une aide après la tempête qui a détruit leurs filets."
        ),
    ),
    (
        "es",
        (
            "Los vecinos del barrio denunciaron que la recogida de basura lleva tres "
            "semanas suspendida y que el ayuntamiento no responde a sus quejas."
        ),
    ),
    (
        "en",
        (
            "Residents of the riverside estate were told to boil their drinking water "
            "for at least another week while engineers replaced the damaged mains."
        ),
    ),
]


@pytest.mark.parametrize(("lang", "text"), LONG_LINES)
def test_a_long_line_cld2_is_sure_of_needs_no_lingua(asked, lang, text):
    assert detect_language(text) == lang
    assert asked == []


def test_a_long_english_line_inside_a_paragraph_span_needs_no_lingua(asked):
    # a paragraph is read sentence by sentence: each long sentence the same
    para = " ".join(t for lang, t in LONG_LINES if lang == "en")
    assert detect_spans(para) == [(0, len(para), "en")]
    assert asked == []


def test_a_long_spanish_paragraph_with_a_french_sentence_keeps_its_boundary(asked):
    es = LONG_LINES[2][1]
    fr = LONG_LINES[1][1]
    text = f"{es} {fr} {es}"
    langs = [lang for _, _, lang in detect_spans(text)]
    assert langs == ["es", "fr", "es"]


# --- shorter lines: CLD2 and lingua's cheap mode must agree ------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le marché couvert rouvrira ses portes samedi matin."),
        ("en", "The council will vote on the new budget next week."),
        # Vietnamese names in an English line: read without them (the
        # names go first), then the line's own words are plain English
        (
            "en",
            (
                "Floods hit Quảng Ngãi and Bình Định provinces after heavy rain overnight, "
                "officials said."
            ),
        ),
    ],
)
def test_a_short_line_both_agree_on_skips_the_high_accuracy_model(asked, lang, text):
    assert detect_language(text) == lang
    assert asked, "the cheap mode must still confirm a short line"
    assert _modes(asked) == {False}


# --- near misses: lingua decides as before ----------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # CLD2 calls it Portuguese, a language outside the first pass: the
        # open-set check and the model decide, and the model says Spanish
        ("es", "Sitios para comer y tomar algo cerca del puerto viejo."),
        # a close pair of the set: Indonesian and Malay stay the model's
        (
            "id",
            (
                "Pemerintah daerah akan membuka kembali pasar tradisional setelah renovasi "
                "selesai pada akhir bulan ini dan pedagang diminta bersiap."
            ),
        ),
        (
            "ms",
            (
                "Kerajaan negeri akan membuka semula pasar awam selepas kerja pengubahsuaian "
                "siap pada hujung bulan ini dan peniaga diminta bersedia."
            ),
        ),
        # a line of names with a few words between them: the names' letters
        # would decide for CLD2
        ("es", "Carlos Méndez y Ana Torres visitaron Buenos Aires con Pedro Gómez"),
    ],
)
def test_lines_outside_the_first_pass_still_go_to_the_model(asked, lang, text):
    assert detect_language(text) == lang
    assert asked, "the model must be asked"


def test_unaccented_vietnamese_is_left_to_its_own_rules(asked):
    text = "Mua lon keo dai nhieu ngay khien nhieu tuyen duong ngap sau va giao thong tac nghen."
    assert detect_language(text) == "vi"


def test_a_german_line_of_capitalised_nouns_goes_to_the_model(asked):
    # German capitalises its nouns: such a line looks like a line of names
    # to the first pass, which leaves it to the model
    text = "Die Brücke über den Fluss bleibt bis Ende des Monats gesperrt."
    assert detect_language(text) == "de"
    # lingua's high-accuracy mode only: the first pass's cheap check was never made
    assert _modes(asked) == {True}, asked


def test_first_pass_turned_off_asks_the_model(asked):
    settings = LangSettings(first_pass_languages=())
    text = LONG_LINES[0][1]
    assert detect_language(text, settings) == "en"
    assert asked


def test_a_language_outside_the_configured_set_is_left_to_the_open_set_check(asked):
    # French is not configured: the open-set check (CLD2, confirmed by the
    # model) names it, as before, and the first pass does not
    settings = LangSettings(languages=("vi", "en", "id"))
    text = LONG_LINES[1][1]
    assert detect_language(text, settings) == "fr"
    assert asked


def test_a_language_left_out_of_the_pass_is_the_models(asked):
    settings = LangSettings(first_pass_languages=("en",))
    text = LONG_LINES[1][1]
    assert detect_language(text, settings) == "fr"
    assert asked


# --- other scripts: untouched ----------------------------------------------


def test_thai_line_with_latin_brand_names_is_thai():
    text = "รีวิว Samsung Galaxy S24 Ultra กล้องดีขึ้นมาก แบตเตอรี่ใช้งานได้นานทั้งวัน"
    assert detect_language(text) == "th"


def test_mixed_chinese_and_english_paragraph_keeps_both_languages(asked):
    zh = "北京时间周一，市政府宣布将在明年春天之前完成老城区的供水管道改造工程，并增加公交线路。"
    en = LONG_LINES[3][1]
    spans = detect_spans(zh + en)
    assert [lang for _, _, lang in spans] == ["zh", "en"]
    assert spans[1][0] == len(zh)
    # the English sentence is long and plain: CLD2 decides it alone
    assert asked == []


def test_stage_on_an_english_page_with_a_vietnamese_byline():
    text = LONG_LINES[0][1] + "\n" + LONG_LINES[3][1] + "\nNguyễn Văn Hùng\n"
    doc = Document(id="d", source="t", text=text, blocks=line_blocks(text))
    IdentifyLanguages().identify(doc, Counter())
    assert doc.lang == "en"
    assert [b.lang for b in doc.blocks][:2] == ["en", "en"]


# --- bad input ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The council will vote on the budget \ud800 next week after the long debate ends.",
        "a " * 50_000,
        "word " + "x" * 100_000 + " and the rest of the sentence is plain English text here",
        "",
        "\x00\x01 plain \x02 words \x03 of the line that follows here and there",
    ],
)
def test_odd_input_never_raises(text):
    detect_language(text)
    detect_spans(text)
