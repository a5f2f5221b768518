"""A series printed in parts ends each part with a link to the next one:
"Xem tiếp Kỳ 2: <title>", "Read part 3: <title>", "Lesen Sie Teil 2: …".
The line was kept as the article's last paragraph; it is a link,
navigation. A sentence that speaks of a part ("Part 2 of the plan ...")
stays. Pages written for this test."""

from __future__ import annotations

import pytest

from .helpers import BODY, labels_of


@pytest.mark.parametrize(
    ("lang", "pointer"),
    [
        ("vi", "Đón đọc Kỳ 3: Người trồng rừng và giấc mơ sinh kế bền vững"),
        ("en", "Read part 2: How the park's new playground will be built"),
        ("es", "Lea la parte 2: Los vecinos que esperan el fin de las obras"),
        ("de", "Lesen Sie Teil 2: Wie der neue Spielplatz entstehen soll"),
        ("pt", "Leia a parte 2 – Os moradores que esperam o fim das obras"),
        ("id", "Baca bagian 2: Warga menanti akhir renovasi taman kota"),
    ],
)
def test_pointer_to_the_next_part_is_navigation(lang, pointer):
    lines = ["Park renovation", *BODY[lang], pointer, "Facebook | X | Email"]
    got = labels_of(lines)
    assert got[5] == "navigation"
    assert got[1:5] == ["body"] * 4


def test_a_sentence_about_a_part_stays_body():
    lines = [
        "Park renovation",
        *BODY["en"][:2],
        "Read part 2 of the plan and you will see why residents were told to expect six months of noise.",
        *BODY["en"][2:],
    ]
    assert labels_of(lines)[1:6] == ["body"] * 5
