"""A two-digit year before a month and a day, with no era word: in a text
written in Traditional characters it is Taiwan's ROC year ("99年12月31日" =
2010-12-31, tests/dates/test_roc_years.py); in one written in Simplified
characters it is the mainland's shortened year ("24年2月5日" = 2024-02-05),
its century from publication, as "le 19 mars 62". It was read as ROC year 24
(1935) whatever the script."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates


def values(text, published="2024-03-01"):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, "zh", published)]


@pytest.mark.parametrize(
    "text,span,value",
    [
        ("记者于24年2月5日获悉，涉事企业已停产整顿。", "24年2月5日", "2024-02-05"),
        ("该公司23年11月8日发布的公告显示，营收下降。", "23年11月8日", "2023-11-08"),
        # a century back when the year ending so is ahead of publication
        ("这场洪水让人想起98年8月1日的那次决堤。", "98年8月1日", "1998-08-01"),
    ],
)
def test_simplified_short_year_is_this_centurys(text, span, value):
    assert (span, value) in values(text)


def test_without_publication_it_stays_yearless():
    # no publication day and no year in the text: the century is unknown
    assert values("记者于24年2月5日获悉。", published=None) == [("24年2月5日", "--02-05")]


@pytest.mark.parametrize(
    "text,span,value",
    [
        # Traditional script: still Taiwan's calendar
        ("該法於99年12月31日公布施行。", "99年12月31日", "2010-12-31"),
        ("民眾在88年9月21日地震中受傷，政府隨即成立專案。", "88年9月21日", "1999-09-21"),
        # three digits are an ROC year in either script (no short year has three)
        ("行政院113年7月11日宣布新措施。", "113年7月11日", "2024-07-11"),
        ("行政院113年7月11日宣布新措施，将于下月实施。", "113年7月11日", "2024-07-11"),
        # the era word decides in Simplified text too
        ("民国24年2月5日，该校迁址。", "民国24年2月5日", "1935-02-05"),
    ],
)
def test_roc_years_are_kept(text, span, value):
    assert (span, value) in values(text)
