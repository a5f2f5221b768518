"""A month with no year in a past sentence is no evidence against the publish
stamp: a sentence in the past names the months still ahead of it too ("la
demanda de pasajes para la Semana Santa en abril fue la más alta"), so a
page stamped in March was flagged suspect for an April it never told as past
(benchmarks/bundle_check.py --set bundle1 found it on an English travel
page). A day with no year told as past after the stamp still is. Pages
written for this test, in Spanish, French and Vietnamese."""

from __future__ import annotations

import pytest

from tests.flags.helpers import kinds
from tests.flags.test_stamp_against_past_dates_more_languages import flagged

MONTH_AHEAD = {
    "es": (
        "La demanda de pasajes para la Semana Santa en abril fue la más alta en una década, "
        "dijeron ayer las agencias de viaje de Cusco."
    ),
    "fr": (
        "La demande de billets pour les vacances de Pâques en avril a été la plus forte depuis "
        "dix ans, selon les agences de voyage de Lyon."
    ),
    "vi": (
        "Nhu cầu vé tàu cho kỳ nghỉ lễ vào tháng 4 đã tăng mạnh, các đại lý du lịch ở Huế "
        "cho biết hôm qua."
    ),
}
DAY_AFTER = {
    "es": "El nuevo puente peatonal de Cusco fue inaugurado el 20 de abril tras dos años de obras.",
    "fr": "Le nouveau pont piéton de Lyon a été inauguré le 20 avril après deux ans de travaux.",
}

# (text, whether the stamp is suspect): the months ahead are no alarm, the
# days told as past after the stamp still are
CASES = {
    **{f"month-{lg}": (text, False) for lg, text in MONTH_AHEAD.items()},
    **{f"day-{lg}": (text, True) for lg, text in DAY_AFTER.items()},
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_yearless_month_is_no_evidence_a_yearless_day_is(case):
    text, suspect = CASES[case]
    doc = flagged(text, published="2026-03-06")
    assert bool(kinds(doc, "suspect_date")) is suspect, (case, doc.flags)
