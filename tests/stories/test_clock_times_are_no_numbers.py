"""A clock time (a live blog's "14:05", a stamp's "20:16") is no figure a
story tells: its hour and minutes read as two numbers would be shared by
chance with any page of any story."""

from newsline.stories.anchors import number_features


def numbers(text: str) -> list[str]:
    return [f for f, _ in number_features(text) if f.startswith("#:")]


def test_live_blog_entries_in_indonesian():
    text = "14:05 WIB - Tim SAR menemukan 27 korban. 16:40 WIB - Pencarian dihentikan."
    assert numbers(text) == ["#:27"]


def test_time_with_seconds_in_german():
    assert numbers("Der Zug entgleiste um 08:15:30 Uhr; 63 Fahrgäste wurden verletzt.") == ["#:63"]


def test_a_stamp_keeps_its_date_numbers():
    # only the clock goes; the date's parts are read as before
    assert "#:23" not in numbers("Publicado 2025-11-19 23:45")
    assert "#:45" not in numbers("Publicado 2025-11-19 23:45")
    assert "#:19" in numbers("Publicado 2025-11-19 23:45")


def test_a_decimal_or_a_ratio_over_the_hour_stays():
    # 31:28 is no time of day (no hour 31); a handball score stays a number
    assert numbers("Kiel gewann 31:28 vor 900 Zuschauern") == ["#:31", "#:28", "#:900"]


# A clock time written with an hour word or mark ("14时22分", "14 giờ 22
# phút", "14.22 น.") was read as two numbers or one: a Chinese quake page's
# 14时 met a Thai page's "14 มีนาคม" of another story, the day two charter
# flights leave, and with a place and a chance skeleton glued the Thai page to
# the quake. Invented lines; Japanese, Korean, Traditional Chinese,
# Indonesian, Portuguese and German.


def test_japanese_hour_and_minute_characters():
    assert numbers("6日14時22分ごろ、震度5強を観測し、住宅38棟が損壊した。") == ["#:38"]


def test_traditional_chinese_dian_and_fen():
    assert numbers("晚間9點05分發生火警，共有27人送醫。") == ["#:27"]


def test_korean_si_and_bun():
    assert numbers("오후 14시 22분 화재가 발생해 63명이 대피했다.") == ["#:63"]


def test_indonesian_time_zone_after_a_dotted_clock():
    assert numbers("Gempa terjadi pukul 21.10 WITA dan merusak 140 rumah.") == ["#:140"]


def test_portuguese_and_german_hour_marks():
    assert numbers("O incêndio começou às 21h10 e feriu 41 pessoas.") == ["#:41"]
    assert numbers("Um 8.30 Uhr wurden 63 Fahrgäste evakuiert.") == ["#:63"]


def test_durations_decimals_and_counts_stay_numbers():
    # hours counted, a decimal share, a count before a word for hours
    assert numbers("Sau 12 giờ tìm kiếm, 45 người được cứu.") == ["#:12", "#:45"]
    assert numbers("Die Quote stieg auf 14.22 Prozent.") == ["#:1422"]
    assert numbers("三小时内降雨超过100毫米，2340户受损。") == ["#:100", "#:2340"]


def test_a_clock_in_thai_digits():
    # the hour mark is read on the digits as ASCII ones ("๐๙:๓๐ น." is 09:30)
    assert numbers("เวลา ๐๙:๓๐ น. มีผู้บาดเจ็บ ๑๒ ราย") == ["#:12"]
