"""Where a page has both a credit to the web at large ("Fuente: Internet",
"來源：網絡") and a sentence saying of itself that it was copied from the web
("Este artículo fue recopilado de internet…"), the content-farm flag sits on
that sentence, which states what the credit only hints; a credit alone
still carries the flag. Pages written for this file; the first test failed
before this file's commit (the flag sat on the credit)."""

from __future__ import annotations

import pytest

from tests.flags.diploma_pages import PAGES
from tests.flags.helpers import flagged, kinds, span


@pytest.mark.parametrize(
    "page,credit,notice",
    [
        (
            "zh",
            "來源：網絡",
            "免責聲明：本文轉載自網絡，僅供參考，如有侵權請聯繫我們刪除。",
        ),
        (
            "zh-hans",
            "来源：网络",
            "本文内容转载自网络，版权归原作者所有，如有侵权请联系删除。",
        ),
    ],
)
def test_the_flag_sits_on_the_self_notice_not_the_credit(page, credit, notice):
    doc = flagged(PAGES[page].format(a=credit) + notice + "\n")
    farm = kinds(doc, "content_farm")
    assert len(farm) == 1, [f.reason for f in doc.flags]
    assert span(doc, farm[0]).startswith(notice[:6]), span(doc, farm[0])


def test_a_credit_to_the_web_alone_still_carries_the_flag():
    doc = flagged(PAGES["zh-hans"].format(a="来源：网络"))
    farm = kinds(doc, "content_farm")
    assert farm and span(doc, farm[0]) == "来源：网络"


def test_a_credit_naming_a_source_and_no_notice_stays_clean():
    doc = flagged(PAGES["zh-hans"].format(a="来源：新华社"))
    assert not kinds(doc, "content_farm"), [f.reason for f in doc.flags]
