"""A source credit that names the web at large, no source ("Nguồn: Tổng
hợp từ internet", "Source: compiled from the internet", "来源：整理自网络，…")
is the aggregator's notice that the page was copied: a content-farm signal,
as "This article was compiled from the internet" already was. A credit
naming a source, or a sentence that only mentions the internet, is not.
Pages written for this file; the positives failed before the rule."""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds
from tests.flags.test_copied_from_web_notice import EN, VI, ZH


@pytest.mark.parametrize(
    "page, tail",
    [
        (VI, "Nguồn: Tổng hợp từ internet"),
        (VI, "Nguồn: sưu tầm trên mạng"),
        (EN, "Source: compiled from the internet"),
        (ZH, "来源：整理自网络，仅供参考"),
    ],
    ids=["vi", "vi-mang", "en", "zh"],
)
def test_a_source_credit_naming_the_web_is_a_farm_notice(page, tail):
    doc = flagged(page.format(tail=tail))
    got = kinds(doc, "content_farm", signal="machine_made_notice")
    assert len(got) == 1, [f.reason for f in doc.flags]


@pytest.mark.parametrize(
    "page, tail",
    [
        # a source named, then how it was put together
        (VI, "Nguồn: Báo Nông Nghiệp, tổng hợp từ internet và phỏng vấn nông dân"),
        (EN, "Source: Met Office figures compiled from the internet archive of daily readings"),
        # the internet as the article's subject
        (EN, "Sources say the ticket site crashed as thousands logged on from the internet cafe."),
    ],
    ids=["vi-named", "en-named", "en-subject"],
)
def test_credits_naming_a_source_are_not_flagged(page, tail):
    doc = flagged(page.format(tail=tail))
    assert kinds(doc, "content_farm") == [], [f.reason for f in doc.flags]
