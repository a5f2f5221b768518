"""A machine-translation flag quotes each English fragment up to a line's
length: a fragment of thousands of words was quoted whole in the reason and
in the flag's data (a 100,000-character reason on a page of one long run).
The flag's span still covers the whole fragment. Pages written for this test."""

from __future__ import annotations

from tests.flags.helpers import flagged, kinds

LONG = " ".join(["and the agreement will be signed next week in the capital"] * 200)
VI_LONG = (
    f"Bộ trưởng Ngoại giao cho biết hiệp định thương mại sẽ được ký kết, {LONG} tại thủ đô.\n"
    "Hai bên cũng thảo luận về hợp tác kinh tế, in order to boost the trade between two "
    "countries, và đầu tư vào công nghệ cao.\n"
    "Các chuyên gia đánh giá cao kết quả của chuyến thăm lần này.\n"
)


def test_a_long_fragment_is_quoted_cut():
    doc = flagged(VI_LONG)
    (flag,) = kinds(doc, "machine_translation", signal="untranslated")
    assert len(flag.reason) < 500, len(flag.reason)
    first, second = flag.data["fragments"]
    assert len(first) <= 120 and first.endswith("…") and first.startswith("and the agreement")
    assert second == "in order to boost the trade between two countries"  # short: whole
    assert flag.end - flag.start > 10_000  # the span is the whole fragment
