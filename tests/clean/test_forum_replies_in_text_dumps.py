"""A forum thread quoting an article, scraped as a text dump: each reply
opens with its subject, "Re: " (or "AW: ", "回复：") and the thread's title,
then the poster's name and time and the reply's text, and ends at the
reply's buttons. The replies were kept as the article's body and their
subjects read as teasers; they are the thread's: navigation. A line that
only starts with "Re:" and repeats no line above is left alone. Threads
written for this test."""

from __future__ import annotations

from .helpers import BODY, labels_of


def test_german_thread_replies_are_navigation():
    title = "Zentralpark wird ab nächstem Monat saniert"
    lines = [
        "Forum Stadtleben › Lokales › Bauprojekte",
        title,
        "Thema erstellt von parkfan88 am 03.04.2025 um 08:15",
        *BODY["de"],
        "Quelle: stadtanzeiger.example",
        "Zitieren · Antworten · Melden",
        f"AW: {title}",
        "radler_ost · 03.04.2025 um 09:02",
        "Hoffentlich bleibt der Radweg während der Bauzeit offen.",
        "Zitieren · Antworten · Melden",
        f"AW: {title}",
        "Mia_K · 03.04.2025 um 10:40",
        "Endlich passiert dort etwas, der Spielplatz war wirklich in schlechtem Zustand.",
        "Zitieren · Antworten · Melden",
    ]
    got = labels_of(lines)
    assert got[3:7] == ["body"] * 4
    assert got[9:] == ["navigation"] * 8


def test_chinese_thread_reply_subjects_are_navigation():
    title = "市中心公园下月开始改造"
    lines = [
        "本地论坛 › 城市生活",
        title,
        *BODY["zh"],
        "引用 | 回复 | 举报",
        f"回复：{title}",
        "老街坊 2025-04-03 09:12",
        "希望施工期间能保留一条步道，老人每天早上都要去散步。",
        "引用 | 回复 | 举报",
        f"回复：{title}",
        "小林 2025-04-03 10:30",
        "早就该修了，儿童游乐区的设施都坏了好几年。",
        "引用 | 回复 | 举报",
    ]
    got = labels_of(lines)
    assert got[1] == "title"
    assert got[2:6] == ["body"] * 4
    assert got[7:] == ["navigation"] * 8


def test_re_line_repeating_nothing_above_stays_with_the_article():
    lines = [
        "Zentralpark wird ab nächstem Monat saniert",
        *BODY["de"][:2],
        "Re: Bürgerfragen zum Zeitplan der Bauarbeiten",
        *BODY["de"][2:],
    ]
    got = labels_of(lines)
    assert got[3] != "navigation"
    assert got[4:6] == ["body", "body"]
