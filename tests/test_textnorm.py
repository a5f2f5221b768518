"""The composed view of a text written with combining marks maps every
offset back to the original text."""

from __future__ import annotations

import unicodedata

from newsline.textnorm import composed_view, needs_composing


def test_composed_view_maps_words_back():
    text = unicodedata.normalize("NFD", "Giá lúa tăng mạnh, nông dân phấn khởi.")
    assert needs_composing(text)
    composed, fwd, back = composed_view(text)
    assert composed == unicodedata.normalize("NFC", text)
    a = composed.index("mạnh")
    b = a + len("mạnh")
    assert unicodedata.normalize("NFC", text[back[a] : back[b]]) == "mạnh"
    assert fwd[back[a]] == a and fwd[back[b]] == b
    assert back[len(composed)] == len(text) and fwd[len(text)] == len(composed)


def test_ascii_and_composed_text_need_nothing():
    assert not needs_composing("plain ascii")
    assert not needs_composing("Giá lúa tăng mạnh")
    composed, fwd, back = composed_view("Giá lúa")
    assert composed == "Giá lúa" and fwd == back == list(range(8))


def test_unspaced_runs_are_set_apart_from_latin_letters_and_digits():
    from newsline.textnorm import GLUED_RUN, glued, split_unspaced_runs

    assert split_unspaced_runs("北约NATO峰会").split() == ["北约", "NATO", "峰会"]
    assert split_unspaced_runs("東京2020大会").split() == ["東京", "2020", "大会"]
    assert split_unspaced_runs("ทีมชาติไทยU23").split() == ["ทีมชาติไทย", "U23"]
    assert split_unspaced_runs("Hà Nội, Việt Nam") == "Hà Nội, Việt Nam"  # no such script
    assert glued("a", "b") and glued("约", "峰") and not glued("约", "N") and not glued("8", "仅")
    assert not glued("a", " ")
    assert GLUED_RUN.search("仅8.9mm") and not GLUED_RUN.search("仅 8.9mm，北约 NATO")
