"""A Chinese aggregator's notice that its text was gathered from the web,
written in Traditional characters ("本文轉載自網絡，如有侵權請聯繫刪除", as
Hong Kong and Taiwan reposting sites write it), is the same content-farm
signal as in Simplified: the page's Traditional characters are read
Simplified, as the cue tables write them, offsets unchanged. Near misses as
in Simplified: a site-wide note that only part of its content is reposted,
a story about network security. Pages written for this file (benchmarks/
bundle_check.py --set bundle6 found the Traditional script unread)."""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds

PAGE = (
    "颱風「山竹」逼近 港府發出八號風球\n"
    "天文台今早發出八號烈風或暴風信號，預料風力會進一步增強，市民應留在安全地方。\n"
    "多條渡輪航線已暫停服務，機場亦有多班航班延誤或取消。\n"
    "{tail}\n"
)


@pytest.mark.parametrize(
    "tail",
    [
        "本文轉載自網絡，版權歸原作者所有，如有侵權請聯繫刪除。",
        "本文來源於網絡，如有侵權請聯繫刪除。",
    ],
)
def test_a_traditional_farm_notice_is_flagged(tail):
    text = PAGE.format(tail=tail)
    doc = flagged(text)
    got = kinds(doc, "content_farm")
    assert got, [f.reason for f in doc.flags]
    assert text[got[0].start : got[0].end].startswith("本文")  # offsets unchanged


@pytest.mark.parametrize(
    "tail",
    [
        "本站部分內容轉載自網絡，僅供參考，如有侵權請聯繫本站刪除。",
        "專家提醒，網絡安全漏洞可能令市民的個人資料外洩，應盡快更新手機系統。",
    ],
)
def test_near_misses_are_not_flagged(tail):
    doc = flagged(PAGE.format(tail=tail))
    assert not kinds(doc, "content_farm"), [f.reason for f in doc.flags]
