"""The publish stamp in a page's markup against the stamp the page shows
under its headline ("Posted 14 March 2024", "Đăng lúc 08:00 14/03/2024"): a
CMS template left an older page's date in one of them. Pages written for
this file, in several sites' styles; the positives failed before the rule."""

from __future__ import annotations

import pytest

from tests.flags.test_dateline_after_the_stamp import _flags

PAGES = {
    "en": [
        ("Harbour wall repairs finish ahead of winter storms", "title"),
        ("Published Thursday, March 14, 2024 at 6:30 pm", "metadata"),
        ("Crews finished rebuilding the harbour wall on Wednesday, two weeks ahead of schedule.", "body"),
        ("The council said the work cost less than the original estimate.", "body"),
    ],
    "fr": [
        ("La digue du port réparée avant les tempêtes d'hiver", "title"),
        ("Publié le 14 mars 2024 à 18h30", "metadata"),
        ("Les ouvriers ont achevé mercredi la reconstruction de la digue, avec deux semaines d'avance.", "body"),
        ("La commune indique que le chantier a coûté moins cher que prévu.", "body"),
    ],
    "vi": [
        ("Hoàn thành sửa chữa kè cảng trước mùa mưa bão", "title"),
        ("Thứ Năm, 14/03/2024, 18:30 (GMT+7)", "metadata"),
        ("Các đội thi công đã hoàn thành việc xây lại kè cảng vào thứ Tư, sớm hai tuần so với kế hoạch.", "body"),
        ("Chính quyền địa phương cho biết chi phí thấp hơn dự toán ban đầu.", "body"),
    ],
}


@pytest.mark.parametrize("lang", list(PAGES))
def test_markup_stamp_years_from_the_shown_stamp_is_flagged(lang):
    doc, flags = _flags(PAGES[lang], lang, "2020-06-01T09:00:00+00:00")
    got = [f for f in flags if f.data.get("signal") == "shown_stamp"]
    assert len(got) == 1, [f.reason for f in doc.flags]
    assert got[0].data["event"] == "2024-03-14"
    assert "14" in doc.text[got[0].start : got[0].end]


@pytest.mark.parametrize("lang", list(PAGES))
def test_markup_stamp_within_days_of_the_shown_stamp_is_not_flagged(lang):
    for published in ("2024-03-14T18:30:00+01:00", "2024-03-15", "2024-03-12"):
        doc, flags = _flags(PAGES[lang], lang, published)
        assert [f for f in flags if f.data.get("signal") == "shown_stamp"] == [], published


def test_an_update_stamp_may_be_later_than_the_markup():
    parts = list(PAGES["en"])
    parts[1] = ("Updated March 14, 2024 at 6:30 pm", "metadata")
    doc, flags = _flags(parts, "en", "2020-06-01")
    assert [f for f in flags if f.data.get("signal") == "shown_stamp"] == [], [
        f.reason for f in doc.flags
    ]


def test_a_date_bar_above_the_headline_is_not_the_pages_stamp():
    # the site's "today" bar: an old article served today shows today's date
    parts = [("Thursday, March 14, 2024", "metadata"), PAGES["en"][0], *PAGES["en"][2:]]
    doc, flags = _flags(parts, "en", "2020-06-01")
    assert [f for f in flags if f.data.get("signal") == "shown_stamp"] == [], [
        f.reason for f in doc.flags
    ]


def test_a_date_in_the_body_is_no_shown_stamp():
    parts = [
        PAGES["en"][0],
        ("The council first approved the repairs on March 14, 2024, after a long debate.", "body"),
        *PAGES["en"][2:],
    ]
    doc, flags = _flags(parts, "en", "2020-06-01")
    assert [f for f in flags if f.data.get("signal") == "shown_stamp"] == []
