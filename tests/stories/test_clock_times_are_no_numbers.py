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
