"""A year-less date opening its sentence, whose verb shortly after it is
told as past, is the day before publication, not the nearer one ahead: "On
March 15, the revolt began" in a year-end review published on 28 December is
last March, not next. The mirror of an opening date told as future; a
future word in the sentence, a weekday written with the day, a quotation's
reporting verb or a word that only looks past keep the nearest year."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2011-12-28"  # next March is 78 days ahead, last March 288 days back


def found(text, lang, published=PUB):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, published)]


@pytest.mark.parametrize(
    "lang,text,span",
    [
        ("en", "On March 15, the revolt began in the southern towns.", "March 15"),
        ("en", "On March 15, protesters marched to the main square.", "March 15"),
        ("fr", "Le 15 mars, la révolte a commencé dans les villes du sud.", "15 mars"),
        ("fr", "Le 15 mars, les manifestants sont descendus dans la rue.", "15 mars"),
        ("es", "El 15 de marzo comenzó la revuelta en las ciudades del sur.", "15 de marzo"),
        ("es", "El 15 de marzo, miles de personas marcharon hacia la plaza.", "15 de marzo"),
        ("vi", "Ngày 15/3, cuộc biểu tình đã nổ ra tại các thị trấn phía nam.", "Ngày 15/3"),
        ("zh", "3月15日，南部城镇爆发了抗议。", "3月15日"),
        ("th", "วันที่ 15 มีนาคม ได้เกิดการประท้วงในเมืองทางใต้", "วันที่ 15 มีนาคม"),
    ],
)
def test_an_opening_date_told_past_is_the_day_before_publication(lang, text, span):
    assert found(text, lang) == [(span, "2011-03-15")]


@pytest.mark.parametrize(
    "lang,text,span",
    [
        # told as future: the day ahead, as before
        ("en", "On March 15, the new bridge will open to traffic.", "March 15"),
        ("fr", "Le 15 mars, la révolte commencera dans les villes du sud.", "15 mars"),
        ("es", "El 15 de marzo comenzará la revuelta en las ciudades del sur.", "15 de marzo"),
        ("vi", "Ngày 15/3, cuộc biểu tình sẽ diễn ra tại các thị trấn phía nam.", "Ngày 15/3"),
        ("zh", "3月15日，南部城镇将举行选举。", "3月15日"),
        # a past verb followed by a future one: what was said is of the day ahead
        ("en", "On March 15, the firm said it will close the plant.", "March 15"),
        # an "-ed" word that is no verb ("a hundred"), a verb in the present
        ("en", "On March 15, a hundred runners start the race.", "March 15"),
        ("en", "On March 15, the renovated museum opens its doors.", "March 15"),
        # the reporting verb after a quotation is the speaker's, not the day's
        ("fr", "« Le 15 mars, nous manifesterons », a déclaré le syndicaliste.", "15 mars"),
        ("en", '"On March 15, we march," said the union leader.', "March 15"),
        # the date not opening the sentence: the other rules decide, as before
        ("en", "Organisers of the spring fair in the old town meet on March 15.", "March 15"),
    ],
)
def test_without_a_past_verb_after_it_the_nearest_year_stays(lang, text, span):
    assert found(text, lang) == [(span, "2012-03-15")]


def test_a_weekday_written_with_the_day_decides_over_the_tense():
    # 2023-10-07 is a Saturday, 2024-10-07 a Monday: the weekday names the year
    text = "Samedi 7 octobre, le maire a parlé."
    assert found(text, "fr", "2024-07-11") == [("Samedi 7 octobre", "2023-10-07")]
    text = "Lundi 7 octobre, le maire a parlé."
    assert found(text, "fr", "2024-07-11") == [("Lundi 7 octobre", "2024-10-07")]


@pytest.mark.parametrize(
    "lang,text,span",
    [
        ("vi", "Vào ngày 11 tháng 7, đài truyền hình đã phỏng vấn bộ trưởng.", "ngày 11 tháng 7"),
        ("en", "On July 11, the broadcaster interviewed the minister.", "July 11"),
        ("fr", "Le 11 juillet, la chaîne a interrogé le ministre.", "11 juillet"),
    ],
)
def test_a_day_told_past_weeks_after_the_stamp_stays_in_the_stamps_year(lang, text, span):
    # a stamp older than its text (a page stamped on 8 June telling of 11 July):
    # the day is not moved a year back; the flags stage calls the stamp suspect
    assert found(text, lang, "2024-06-08") == [(span, "2024-07-11")]


def test_a_long_input_is_read_in_linear_time():
    text = "On March 15, " + "the " * 30_000 + "revolt began."
    assert found(text, "en") == [("March 15", "2012-03-15")]
