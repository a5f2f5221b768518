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
