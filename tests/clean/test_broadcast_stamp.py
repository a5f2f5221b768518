"""A programme's page (a transcript, a podcast episode) dates itself by
its broadcast, not its publication: "Aired March 3, 2025 | 24 min",
"Phát sóng 20:00 ngày 3/4/2025", "Diffusé le 3 avril 2025". The line was
kept as a subheading of the article; it is the page's stamp, metadata.
Pages written for this test."""

from __future__ import annotations

import pytest

from .helpers import BODY, labels_of


@pytest.mark.parametrize(
    ("lang", "headline", "stamp"),
    [
        ("en", "City Hour: what the park renovation means for you", "Aired March 3, 2025 | 24 min"),
        ("vi", "Bản tin chiều: cải tạo công viên trung tâm", "Phát sóng 17:30 ngày 3/4/2025"),
        ("fr", "Le débat du soir : la rénovation du parc central", "Diffusé le 3 avril 2025 à 19h"),
        (
            "th",
            "รายการสนทนาข่าวเย็น ปรับปรุงสวนสาธารณะกลางเมือง",
            "ออกอากาศ 3 เมษายน 2568 | ความยาว 20 นาที",
        ),
    ],
)
def test_broadcast_stamp_under_the_headline_is_metadata(lang, headline, stamp):
    lines = ["Home | News | Programmes", headline, stamp, *BODY[lang]]
    got = labels_of(lines)
    assert got[2] == "metadata"
    assert got[3:] == ["body"] * 4


def test_a_sentence_saying_something_aired_stays_body():
    lines = [
        "Park renovation",
        *BODY["en"][:2],
        "The council's hearing aired on March 3, 2025 and drew a record number of callers.",
        *BODY["en"][2:],
    ]
    assert labels_of(lines)[1:6] == ["body"] * 5
