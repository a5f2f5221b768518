"""Suspect publish stamps heldout4 showed unread: a stamp written in another
calendar in a block the cleaner kept as text ("發布時間：民國112年3月8日"), a
date the text tells as still to come lying more than a year before the stamp
("將於2021年5月1日起通車", "will open on 3 May 2022"), a stamp later than
today on a page read with no fetch date, and Indonesian "sejak" (since) as
a word of the past. Pages written for this file; each positive failed at
8500704."""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.dates import ResolveDates
from newsline.flags import FlagDocuments
from newsline.langid import IdentifyLanguages
from newsline.model import Block, Document


def _suspect(lang: str, lines: list[str], published: str | None = None):
    text = "\n".join(lines)
    blocks, at = [], 0
    for k, line in enumerate(lines):
        blocks.append(Block(at, at + len(line), "title" if k == 0 else "body", lang))
        at += len(line) + 1
    doc = Document(id="d", source="s", text=text, lang=lang, published=published, blocks=blocks)
    stats: Counter[str] = Counter()
    IdentifyLanguages()([doc], stats)
    ResolveDates()([doc], stats)
    FlagDocuments()([doc], stats)
    return doc, [f for f in doc.flags if f.kind == "suspect_date"]


ROC_PAGE = [
    "捷運新線通車時程出爐",
    "記者王小明／高雄報導　發布時間：民國{year}年3月8日 09:30",
    "交通局表示，捷運新線將於2021年5月1日起通車營運，每日預估運量約3萬人次。",
    "沿線各站的接駁公車路線也將同步調整，市府並規劃增設自行車停車場。",
]


def test_a_minguo_stamp_after_a_date_told_as_ahead():
    doc, flags = _suspect("zh", [x.format(year=112) for x in ROC_PAGE])
    assert len(flags) == 1, [f.reason for f in doc.flags]
    assert flags[0].data["signal"] == "told_as_ahead"
    assert flags[0].data["published"] == "2023-03-08"
    assert doc.text[flags[0].start : flags[0].end] == "2021年5月1日"


def test_a_minguo_stamp_before_the_date_ahead_is_right():
    doc, flags = _suspect("zh", [x.format(year=110) for x in ROC_PAGE])
    assert not flags, [f.reason for f in flags]


def test_a_deadline_in_the_stamps_year_is_no_past_event():
    lines = [
        "豪雨農損補助開放申請",
        "記者李美華／台南報導　發布時間：民國114年7月9日 18:05",
        "農業部已公告救助地區，農民可在7月18日前向鄉鎮公所提出申請，以免錯過期限。",
    ]
    doc, flags = _suspect("zh", lines)
    assert not flags, [f.reason for f in flags]


EN_TITLE = "Ferry terminal plans unveiled"


@pytest.mark.parametrize(
    "sentence, flagged",
    [
        ("The new ferry terminal will open on 3 May 2022, the port authority said.", True),
        # a past plan reported: "would", not "will"
        (
            "In 2019 the port said the terminal would open on 3 May 2022, but building "
            "work ran two years late.",
            False,
        ),
        # a date still ahead of the stamp
        ("The new ferry terminal will open on 3 May 2025, the port authority said.", False),
    ],
)
def test_a_date_told_as_ahead_long_before_the_stamp(sentence, flagged):
    doc, flags = _suspect("en", [EN_TITLE, sentence], published="2024-06-01")
    ahead = [f for f in flags if f.data.get("signal") == "told_as_ahead"]
    assert bool(ahead) == flagged, [f.reason for f in doc.flags]


def test_an_update_note_excuses_a_date_told_as_ahead():
    lines = [
        EN_TITLE,
        "Updated 1 June 2024: the terminal finally opened in May 2024.",
        "The new ferry terminal will open on 3 May 2022, the port authority said.",
    ]
    doc, flags = _suspect("en", lines, published="2024-06-01")
    assert not [f for f in flags if f.data.get("signal") == "told_as_ahead"], [
        f.reason for f in flags
    ]


@pytest.mark.parametrize("published, flagged", [("2999-03-12", True), ("2020-03-12", False)])
def test_a_stamp_later_than_today_with_no_fetch_date(published, flagged):
    lines = [EN_TITLE, "The port authority showed the plans to residents at the town hall."]
    doc, flags = _suspect("en", lines, published=published)
    after = [f for f in flags if f.data.get("signal") == "after_fetch"]
    assert bool(after) == flagged, [f.reason for f in doc.flags]


@pytest.mark.parametrize(
    "sentence, flagged",
    [
        ("Air sungai merendam puluhan rumah sejak Rabu (14/2/2024) malam.", True),
        # the future: a rule in force from a later day
        ("Aturan parkir baru akan berlaku sejak Jumat (1/3/2024) pagi.", False),
    ],
)
def test_indonesian_since_is_a_word_of_the_past(sentence, flagged):
    doc, flags = _suspect("id", ["Banjir di pinggiran kota", sentence], published="2023-02-01")
    assert bool(flags) == flagged, [f.reason for f in doc.flags]
