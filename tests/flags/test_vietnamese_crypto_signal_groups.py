"""A Vietnamese advert for a crypto signal group ("nhóm tín hiệu coin", "kèo
coin") with a link or a handle to join was not met: the Vietnamese table had
the English "vip signals" only. Pages written for this file; the positives
failed before it; news about such groups stays clean."""

from __future__ import annotations

import pytest

from tests.flags.diploma_pages import PAGES
from tests.flags.helpers import flagged, kinds


@pytest.mark.parametrize(
    "advert",
    [
        "Vào nhóm tín hiệu coin miễn phí, lãi đều mỗi tuần, tham gia tại t.me/tinhieu_vip88",
        "Kèo coin x5 hôm nay, anh em inbox Telegram @keocoin_daily để nhận kèo",
    ],
)
def test_a_crypto_signal_group_advert_is_spam(advert):
    doc = flagged(PAGES["vi"].format(a=advert))
    assert kinds(doc, "spam"), [f.reason for f in doc.flags]


def test_news_about_signal_groups_stays_clean():
    line = "Công an cảnh báo nhiều nhóm tín hiệu coin trên mạng xã hội thực chất là lừa đảo."
    doc = flagged(PAGES["vi"].format(a=line))
    assert not kinds(doc, "spam"), [f.reason for f in doc.flags]
