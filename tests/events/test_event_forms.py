"""Events from date forms news writes: the event carries the right date, and a
year written in the date is no number anchor."""

from __future__ import annotations

from collections import Counter

from newsline.dates import ResolveDates
from newsline.events import ExtractEvents
from newsline.model import Document


def events(text, lang, published="2024-06-15"):
    doc = Document(id="d", source="https://d.example/a", text=text, lang=lang, published=published)
    stats = Counter()
    ResolveDates()([doc], stats)
    ExtractEvents()([doc], stats)
    return [(e.date, e.end_date, text[e.start : e.end], e.anchors) for e in doc.events]


def test_thai_two_digit_year_dates_the_event_and_is_no_number():
    text = "ทั้งนี้ เมื่อวันที่ 3 มี.ค. 66 ทั้งสองประเทศได้ลงนามข้อตกลงการค้าเสรีที่กรุงโตเกียว"
    (ev,) = events(text, "th")
    assert ev[:2] == ("2023-03-03", None)
    assert "num:66" not in ev[3]


def test_quarter_event_spans_its_months():
    text = "Theo ông Bình, dự án metro số 1 sẽ hoàn thành vào quý IV/2024 như kế hoạch."
    assert [e[:2] for e in events(text, "vi")] == [("2024-10", "2024-12")]


def test_vietnamese_dash_date_event():
    text = "Tối 13-6, một vụ cháy lớn xảy ra tại quận Hoàn Kiếm khiến ba người bị thương."
    assert [e[:2] for e in events(text, "vi")] == [("2024-06-13", None)]


def test_score_sentence_is_no_event():
    text = "Đội tuyển Việt Nam đã thắng 3-1 trước Indonesia trên sân Mỹ Đình."
    assert events(text, "vi") == []


def test_french_quote_in_spaced_guillemets_is_a_sentence_of_its_own():
    # French writes "« C'est ... »" with spaces inside the guillemets
    first = "Le président a annoncé le 12 juin la dissolution de l'Assemblée nationale."
    text = (
        first
        + " « C'est une décision grave », a-t-il dit. « C'est fini. » Le vote a eu lieu le 30 juin."
    )
    evs = events(text, "fr")
    assert [(e[0], e[2]) for e in evs] == [
        ("2024-06-12", first),
        ("2024-06-30", "Le vote a eu lieu le 30 juin."),
    ]


def test_timeline_bullets_with_a_colon_after_the_date_are_events():
    text = (
        "- March 4: Protests begin in the capital\n- March 9: The president resigns after the vote"
    )
    assert [e[0] for e in events(text, "en")] == ["2024-03-04", "2024-03-09"]
    # a clock time after the day is still no date
    assert events("The final starts May 4:30 pm local time at the stadium.", "en") == []
