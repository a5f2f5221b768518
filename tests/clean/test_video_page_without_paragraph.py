"""A video page with no paragraph: the headline, the player (a stamp, a
duration, a placeholder line), one line describing the video, its tags. The
description, longer than the headline, was taken for the title and, with no
paragraph after it, the page had no title at all (the headline set aside as a
short line, the description as a headline between set-aside blocks). Pages
written for this test in Vietnamese, English, Spanish, Chinese and Thai
portals' styles."""

from __future__ import annotations

import pytest

from tests.clean.helpers import classify_lines

PAGES = {
    "vi": [
        "Video | Thời sự",
        "Cận cảnh cầu phao vượt qua cơn bão lớn nhất năm",
        "14/03/2026 08:15",
        "01:32",
        "Sóng cao hơn bốn mét đánh vào cầu phao ven biển trong đêm thứ Năm",
        "Tags: cầu phao, bão số 3, Quảng Ninh",
    ],
    "en": [
        "Floating bridge rides out the worst storm of the year",
        "14 March 2026",
        "[Embedded video player]",
        "Waves more than four metres high hit the floating bridge on Thursday night",
        "Tags: bridges, storms, engineering",
        "© 2026 Harbour TV",
    ],
    "es": [
        "Puente flotante resiste el peor temporal del año",
        "Olas de más de cuatro metros golpean el puente flotante el jueves por la noche",
        "Etiquetas: puentes, temporal",
    ],
    "zh": [
        "浮桥经受住今年最强风暴考验",
        "2026-03-14 10:20",
        "周四夜间，四米多高的海浪拍打浮桥。",
        "标签：浮桥 风暴",
    ],
    "en-short": [
        "Floating bridge rides out the worst storm of the year",
        "14 March 2026",
        "Engineers filmed the storm.",
        "Tags: bridges, storms, engineering",
    ],
}
# (the headline, the description) in each page
PAIRS = {
    "vi": (1, 4),
    "en": (0, 3),
    "es": (0, 1),
    "zh": (0, 2),
    "en-short": (0, 2),
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_the_headline_is_the_title_and_the_description_the_text(name):
    lines = PAGES[name]
    h, d = PAIRS[name]
    got = classify_lines(lines)
    assert got[lines[h]][0] == "title", got[lines[h]]
    assert got[lines[d]][0] == "body", got[lines[d]]
    others = [lines[k] for k in range(len(lines)) if k not in (h, d)]
    assert all(got[t][0] not in ("title", "body") for t in others), [got[t] for t in others]


def test_a_section_page_of_three_headlines_gets_no_title():
    lines = [
        "Floating bridge rides out the worst storm of the year",
        "Council approves new cycle lanes along the river",
        "Harbour ferry timetable changes from Monday morning",
        "Tags: bridges, storms, engineering",
    ]
    got = classify_lines(lines)
    assert all(got[t][0] != "title" for t in lines), [got[t] for t in lines]
