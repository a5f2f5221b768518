"""sentence_anchors sets the skipped spans (the dates) aside, whatever their
bounds: spans past either end of the text are clipped, empty ones ignored."""

from newsline.events.anchors import sentence_anchors


def test_a_skipped_span_hides_its_number_and_nothing_else():
    text = "Kalinda Port reported 4500 arrivals on 2031-04-09 in Mombasa."
    start = text.index("2031")
    got = sentence_anchors(text, "en", [(start, start + 10)])
    assert "num:4500" in got and "name:kalinda" in got
    assert not any(a.startswith("num:2031") for a in got)


def test_spans_out_of_bounds_or_empty_do_not_crash_or_hide_more():
    text = "Ortvale signed 7300 contracts."
    plain = sentence_anchors(text, "en")
    for skip in ([(-5, 0)], [(len(text), len(text) + 9)], [(8, 8)], [(9, 3)], [(-3, -1)]):
        assert sentence_anchors(text, "en", skip) == plain
    assert "num:7300" not in sentence_anchors(text, "en", [(-4, text.index(" contracts"))])
