"""Background told once per page, as a single earlier year already is: a
month before the publication ("indicted in May 2023", "tháng 5/2023",
"民國112年5月") and a span of earlier years ("2019-2021") that each of two
documents of one story dates only once are one happening, even with no
shared name or number. Different spans stay apart. Sentences invented."""

from __future__ import annotations

from newsline.events.merge import merge_records

from .records import event_record


def record(doc_id, quote, date, lang, surface, end=None, story="s1"):
    gran = "month" if len(date) == 7 else "year"
    return event_record(
        doc_id,
        quote,
        date,
        lang,
        story=story,
        surface=surface,
        end_date=end,
        granularity=gran,
        published="2024-07-10",
    )


def groups(records):
    return sorted(sorted(s["doc_id"] for s in e["sources"]) for e in merge_records(records))


def test_an_earlier_month_told_once_per_page_is_one_event():
    records = [
        record(
            "en", "Prosecutors charged the former mayor in May 2023.", "2023-05", "en", "May 2023"
        ),
        record(
            "vi", "Cựu thị trưởng bị khởi tố vào tháng 5/2023.", "2023-05", "vi", "tháng 5/2023"
        ),
        record("zh", "檢方於民國112年5月起訴前市長。", "2023-05", "zh", "民國112年5月"),
    ]
    assert groups(records) == [["en", "vi", "zh"]]


def test_an_earlier_span_of_years_told_once_per_page_is_one_event():
    records = [
        record("en", "The fraud ran between 2019 and 2021.", "2019", "en", "2019 and 2021", "2021"),
        record(
            "vi", "Sai phạm diễn ra trong giai đoạn 2019-2021.", "2019", "vi", "2019-2021", "2021"
        ),
        record("zh", "舞弊发生在2019年至2022年间。", "2019", "zh", "2019年至2022年间", "2022"),
    ]
    assert groups(records) == [["en", "vi"], ["zh"]]


def test_the_month_of_publication_is_no_background():
    records = [
        record("en", "Prices rose sharply in July 2024.", "2024-07", "en", "July 2024"),
        record("vi", "Giá điện tăng vào tháng 7/2024.", "2024-07", "vi", "tháng 7/2024"),
    ]
    assert groups(records) == [["en"], ["vi"]]
