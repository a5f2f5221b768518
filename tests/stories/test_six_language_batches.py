"""Invented pages in six languages (es, en, fr, vi, th, zh) cluster into
their stories, near misses apart, and the same in two batches as in one:
pins the scoring paths of newsline.stories.cluster (joining, merging,
postings) on whole pages, whatever computes them.

Invented people, places' bodies and figures; real CLDR places (the only
places the stage knows), none of them special.
"""

from __future__ import annotations

from collections import Counter

from newsline.settings import StorySettings
from newsline.stories import ClusterStories

from .helpers import page

# ------------------------------------------------------------ whole pages
# Three invented happenings told in six languages: a bridge falling in Peru
# (Spanish, English, French, Vietnamese), a rice-export deal between
# Thailand and Japan (Thai, Chinese, English), a ferry fire off Chile
# (Spanish, French). Near misses: a Peruvian budget page of the same week
# (the same country, nothing else) and a French page about a Chilean
# election (the same country as the ferry, other people).

_PAGES = [
    (
        "es-bridge",
        "es",
        "2031-05-02",
        "Se derrumba el puente de Huarmey en Perú: cuatro heridos",
        (
            "El puente colgante de Huarmey, en Perú, se derrumbó el jueves tras las "
            "lluvias. La alcaldesa Rosa Quispe Huamán dijo que cuatro personas resultaron "
            "heridas y que el puente tenía 40 años."
        ),
    ),
    (
        "en-bridge",
        "en",
        "2031-05-02",
        "Huarmey bridge collapses in Peru after heavy rain",
        (
            "A suspension bridge in Huarmey, Peru, collapsed on Thursday after days of "
            "rain. Mayor Rosa Quispe Huaman said four people were injured and that the "
            "bridge was 40 years old."
        ),
    ),
    (
        "fr-bridge",
        "fr",
        "2031-05-03",
        "Pérou : le pont de Huarmey s'effondre après les pluies",
        (
            "Le pont suspendu de Huarmey, au Pérou, s'est effondré jeudi. La maire Rosa "
            "Quispe Huamán a indiqué que quatre personnes ont été blessées."
        ),
    ),
    (
        "vi-bridge",
        "vi",
        "2031-05-03",
        "Sập cầu treo Huarmey ở Peru, bốn người bị thương",
        (
            "Cầu treo Huarmey tại Peru đã sập hôm thứ Năm sau nhiều ngày mưa. Thị trưởng "
            "Rosa Quispe Huamán cho biết bốn người bị thương."
        ),
    ),
    (
        "th-rice",
        "th",
        "2031-05-05",
        "ไทยและญี่ปุ่นลงนามข้อตกลงส่งออกข้าว",
        "รัฐมนตรีพาณิชย์ไทยและญี่ปุ่นลงนามข้อตกลงส่งออกข้าว 500000 ตันที่กรุงโตเกียว",
    ),
    (
        "zh-rice",
        "zh",
        "2031-05-05",
        "泰国与日本签署大米出口协议",
        "泰国和日本商务部长在东京签署协议，泰国将向日本出口500000吨大米。",
    ),
    (
        "en-rice",
        "en",
        "2031-05-06",
        "Thailand and Japan sign rice export deal in Tokyo",
        (
            "Thailand will export 500000 tonnes of rice to Japan under a deal signed in "
            "Tokyo by the two countries' trade ministers."
        ),
    ),
    (
        "es-ferry",
        "es",
        "2031-05-07",
        "Incendio en el ferry Caleuche frente a Chiloé, Chile",
        (
            "Un incendio en el ferry Caleuche obligó a evacuar a 212 pasajeros frente a "
            "Chiloé, en Chile. El capitán Tomás Riquelme Aravena dijo que no hubo víctimas."
        ),
    ),
    (
        "fr-ferry",
        "fr",
        "2031-05-07",
        "Chili : incendie à bord du ferry Caleuche près de Chiloé",
        (
            "Un incendie à bord du ferry Caleuche a forcé l'évacuation de 212 passagers "
            "près de Chiloé, au Chili. Le capitaine Tomás Riquelme Aravena a dit qu'il n'y "
            "avait aucune victime."
        ),
    ),
    (
        "es-budget",
        "es",
        "2031-05-03",
        "El Congreso de Perú aprueba el presupuesto de salud",
        (
            "El Congreso del Perú aprobó el presupuesto de salud para el próximo año con "
            "ochenta votos a favor."
        ),
    ),
    (
        "fr-election",
        "fr",
        "2031-05-07",
        "Chili : Valentina Ortúzar candidate à la présidence",
        (
            "L'ancienne ministre Valentina Ortúzar Lagos a annoncé sa candidature à "
            "l'élection présidentielle du Chili."
        ),
    ),
]


def _docs():
    return [page(k, lang, day, title, body) for k, lang, day, title, body in _PAGES]


def _groups(docs) -> list[set[str]]:
    by: dict[str, set[str]] = {}
    for d in docs:
        by.setdefault(d.meta["story_id"], set()).add(d.id)
    return sorted(by.values(), key=lambda g: sorted(g))


def test_pages_in_six_languages_make_their_stories_near_misses_apart():
    docs = _docs()
    cs = ClusterStories(StorySettings())
    cs(docs, Counter())
    got = _groups(docs)
    assert {"es-bridge", "en-bridge", "fr-bridge", "vi-bridge"} in got
    assert {"es-ferry", "fr-ferry"} in got
    assert {"es-budget"} in got  # the same country as the bridge, nothing else
    assert {"fr-election"} in got  # the same country as the ferry, other people
    rice = next(g for g in got if "th-rice" in g)
    assert {"zh-rice", "en-rice"} <= rice


def test_two_batches_join_as_one_batch_does():
    one = _docs()
    cs = ClusterStories(StorySettings())
    cs(one, Counter())
    two = _docs()
    cs2 = ClusterStories(StorySettings())
    cs2(two[:5], Counter())
    cs2(two[5:], Counter())
    assert _groups(one) == _groups(two)
    assert [r["documents"] for r in cs.finalize()["stories"]] == [
        r["documents"] for r in cs2.finalize()["stories"]
    ]
