"""The story page's visual timeline names each date as the event list does: a
range with its end, and a year, a month and a range starting on one day as
points of their own (they were one dot labelled with whichever came first)."""

from newsline.web.data import timeline_axis


def _ev(i, date, end=None, n=1):
    return {"id": f"e{i}", "date": date, "end": end, "sources": [{}] * n}


def test_a_range_is_labelled_with_its_end():
    tl = timeline_axis([_ev(1, "2024-07-01", "2024-07-07"), _ev(2, "2024-07-10")])
    labels = [p["label"] for p in tl["points"]]
    assert labels == ["2024-07-01 – 2024-07-07", "2024-07-10"]


def test_year_month_and_range_on_one_first_day_stay_apart():
    events = [_ev(1, "2023"), _ev(2, "2023", "2026", n=3), _ev(3, "2023-01"), _ev(4, "2023-01-01")]
    tl = timeline_axis(events)
    points = {p["label"]: p for p in tl["points"]}
    assert set(points) == {"2023", "2023 – 2026", "2023-01", "2023-01-01"}
    assert points["2023 – 2026"]["sources"] == 3
    assert points["2023 – 2026"]["anchor"] == "ev-e2"
    xs = [p["x"] for p in tl["points"]]
    assert xs == sorted(xs) and len(set(xs)) == 4
    assert tl["breaks"] == []


def test_an_end_equal_to_its_start_is_no_range():
    tl = timeline_axis([_ev(1, "2022-05-04", "2022-05-04")])
    assert [p["label"] for p in tl["points"]] == ["2022-05-04"]


def test_events_of_one_span_are_one_point():
    tl = timeline_axis(
        [_ev(1, "2021-03-02", "2021-03-05"), _ev(2, "2021-03-02", "2021-03-05", n=2)]
    )
    (point,) = tl["points"]
    assert (point["count"], point["sources"]) == (2, 3)
