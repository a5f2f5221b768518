"""A day range in a page's lead ("23-24 October", "10月23-24日") is a date,
not a match's score: lead_figure must not take it for one (a summit's pages
led by their dates were taken for match reports with a '23-24' score)."""

from __future__ import annotations

import pytest

from newsline.stories.cluster import lead_figure


@pytest.mark.parametrize(
    "lead",
    [
        "Ministers meet in Jakarta\nThe summit on 23-24 October will discuss trade.",
        "Cumbre regional\nLa cumbre del 23-24 de octubre reunirá a diez países.",
        "Sommet régional\nLe sommet des 23-24 octobre réunira dix pays.",
        "东盟峰会\n会议于10月23-24日在雅加达举行。",
        "ประชุมสุดยอด\nการประชุมวันที่ 23-24 ต.ค. ที่จาการ์ตา",
        "Summit opens\nThe October 23-24 summit opens in Jakarta.",
    ],
)
def test_a_day_range_is_no_score(lead):
    assert lead_figure(lead) is None


@pytest.mark.parametrize(
    ("lead", "figure"),
    [
        ("Arsenal beat Chelsea\nArsenal beat Chelsea 2-1 on Sunday at home.", "=:2-1"),
        ("El Madrid golea\nEl Madrid ganó 3-0 al Barça el 24 de octubre.", "=:3-0"),
        ("Derby\nOn 23 October the derby ended 1-1 after extra time.", "=:1-1"),
    ],
)
def test_scores_stay_scores(lead, figure):
    assert lead_figure(lead) == figure
