"""Two general causes of missed stamp errors. Korean writes its past tense
as an ending of the verb ("개통됐다", "발표했다"), so its past markers were
never found as whole words: a stamp a year before the days a Korean page
reports as past went unflagged. And a day word glossed by a date between
commas whose year carries the word "year" ("вчера, 9 апреля 2025 года, ...",
"wczoraj, 9 kwietnia 2025 roku, ...") glossed nothing, so a stamp years
after it went unflagged. Plans ("개통할 예정이다"), a stamp that fits and a
date not closed off stay unflagged. Pages written for this file; the
positives failed before the fix."""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.dates import ResolveDates
from newsline.flags import FlagDocuments
from newsline.langid import IdentifyLanguages
from newsline.model import Document
from tests.flags.helpers import kinds, line_blocks


def flagged(text: str, published: str):
    doc = Document(id="d", source="test", text=text, blocks=line_blocks(text), published=published)
    for stage in (IdentifyLanguages(), ResolveDates(), FlagDocuments()):
        stage([doc], Counter())
    return doc


KO_PAST = (
    "부산 도시철도 새 노선 개통\n"
    "부산 도시철도 새 노선이 2025년 3월 14일 개통됐다고 부산교통공사가 밝혔다.\n"
    "공사는 개통 첫날 이용객이 3만 명을 넘었다고 발표했다.\n"
)
KO_PLAN = (
    "부산 도시철도 새 노선 개통 예정\n"
    "부산 도시철도 새 노선이 2025년 3월 14일 개통할 예정이라고 부산교통공사가 밝혔다.\n"
    "공사는 시험 운행을 다음 달까지 마칠 계획이다.\n"
)
RU = (
    "В Казани открылся новый мост\n"
    "Вчера, 12 мая 2024 года, в Казани открылся новый автомобильный мост через реку.\n"
    "Движение по мосту запустили после торжественной церемонии.\n"
)
PL = (
    "W Gdańsku otwarto nowy most\n"
    "Wczoraj, 12 maja 2024 roku, w Gdańsku otwarto nowy most zwodzony na Motławie.\n"
    "Ruch pieszy na moście rozpoczął się po uroczystości.\n"
)


def test_a_korean_stamp_a_year_before_the_days_reported_as_past_is_suspect():
    doc = flagged(KO_PAST, "2024-03-15T09:00:00+09:00")
    assert kinds(doc, "suspect_date"), [f.reason for f in doc.flags]


@pytest.mark.parametrize(
    "text, published",
    [
        (KO_PAST, "2025-03-15T09:00:00+09:00"),  # the stamp fits
        (KO_PLAN, "2024-03-15T09:00:00+09:00"),  # a plan, told a year ahead
    ],
)
def test_a_korean_stamp_that_fits_or_a_plan_is_not_suspect(text, published):
    doc = flagged(text, published)
    assert not kinds(doc, "suspect_date"), [f.reason for f in doc.flags]


@pytest.mark.parametrize("text", [RU, PL])
def test_yesterday_glossed_by_a_date_with_its_year_word_dates_the_text(text):
    doc = flagged(text, "2029-05-13T10:00:00+03:00")
    assert kinds(doc, "suspect_date", signal="glossed_relative"), [f.reason for f in doc.flags]


@pytest.mark.parametrize(
    "text",
    [
        RU,  # the stamp fits: the day after the glossed day
        "В Казани открылся новый мост\n"
        "Вчера, 12 мая 2024 года мэр сказал, что мост откроют летом.\n",  # not closed off
    ],
)
def test_a_fitting_stamp_or_an_open_date_is_not_suspect(text):
    doc = flagged(text, "2024-05-13T10:00:00+03:00")
    assert not kinds(doc, "suspect_date", signal="glossed_relative"), [
        f.reason for f in doc.flags
    ]
