"""A line opening with the photo's label in brackets ("【写真】改修後の中央
公園のイメージ図", "[사진] 리모델링 후 공원 조감도", "[FOTO] Suasana taman
kota …") is the photo's caption or its link – the bracket before the label
was read as no cue's opening, so the line was kept as a subheading between
the article's paragraphs. Pages written for this test in a Japanese portal's,
a Korean paper's and an Indonesian site's styles."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY, label_between

LINES = {
    "ja": "【写真】改修後の中央公園のイメージ図",
    "ko": "[사진] 리모델링 후 공원 조감도",
    "id": "[FOTO] Suasana taman kota yang akan direnovasi",
}


@pytest.mark.parametrize("lang", sorted(LINES))
def test_a_bracketed_photo_label_opens_a_caption(lang):
    label, _ = label_between(BODY[lang], LINES[lang])
    assert label == "caption", label


def test_a_bracketed_video_label_is_no_photo_caption():
    # a player's label in brackets opens a video teaser
    label, _ = label_between(BODY["id"], "[VIDEO] Suasana taman kota yang akan direnovasi")
    assert label != "caption", label
