"""A sentence naming two days ("announced on Tuesday the count of Monday's
referendum") gives each of its mentions the whole sentence's anchors. Its
mention of one day must not join another source's sentence about the next
day as a "date conflict" when the sentence also names that next day: the
referendum (Monday) and the count (Tuesday) stay two events. Sentences
written for this test."""

from __future__ import annotations

from newsline.events.merge import merge_records

from .records import event_record


def record(doc_id, quote, date, lang, start=0):
    return event_record(doc_id, quote, date, lang, start=start, published="2026-04-08")


EN = (
    "LIMASSOL - Cyprus's electoral office said late on Tuesday that 61.4% had voted yes "
    "in Monday's referendum on the new port authority, with 418 polling stations counted."
)
VI_COUNT = (
    "Tối 7/4, cơ quan bầu cử Cyprus công bố 61,4% cử tri ủng hộ sau khi kiểm phiếu tại "
    "418 điểm bỏ phiếu."
)
VI_VOTE = "Cuộc trưng cầu ý dân diễn ra hôm thứ Hai (6/4) tại Cyprus với 418 điểm bỏ phiếu."


def test_the_vote_and_its_count_stay_two_events():
    records = [
        record("en", EN, "2026-04-07", "en"),
        record("en", EN, "2026-04-06", "en"),
        record("vi", VI_COUNT, "2026-04-07", "vi", start=0),
        record("vi", VI_VOTE, "2026-04-06", "vi", start=200),
    ]
    events = merge_records(records)
    by_date = {e["date"]: {(s["doc_id"], s["quote"][:12]) for s in e["sources"]} for e in events}
    assert sorted(by_date) == ["2026-04-06", "2026-04-07"]
    assert ("vi", VI_VOTE[:12]) not in by_date["2026-04-07"]
    assert ("vi", VI_COUNT[:12]) in by_date["2026-04-07"]
    assert all(not any(f["kind"] == "date_conflict" for f in e["flags"]) for e in events)
