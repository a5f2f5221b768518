"""Four small forms (heldout16's and heldout17's misses):
- the end of a quarter or half written with its year ("la fin du premier
  semestre 2029", "the end of the third quarter of 2027", "a finales del
  segundo trimestre de 2028", "cuối quý 3/2028") is its last month, as the end
  of a year is its December (heldout10);
- a French future verb elided after a pronoun ("s'ouvrira jeudi",
  "l'accueillera samedi") puts the weekday ahead, as "ouvrira jeudi" did;
- fr "jeudi en huit" is a week after the coming Thursday (en "Monday week");
- th "สัปดาห์ก่อนหน้า(นั้น)" and en "the previous week" after a week told from
  now ("last week") are the week before it.
Sentences written for these tests; published Wednesday 2026-11-18."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2026-11-18"


def found(text, lang, pub=PUB):
    return [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, lang, pub)]


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        ("fr", "La ligne sera livrée à la fin du second semestre 2027.", [("la fin du second semestre 2027", "2027-12", None)]),
        ("en", "The plant should be running by the end of the third quarter of 2027.", [("the end of the third quarter of 2027", "2027-09", None)]),
        ("es", "Las obras acabarán a finales del segundo trimestre de 2027.", [("a finales del segundo trimestre de 2027", "2027-06", None)]),
        ("vi", "Dự án phải hoàn thành trước cuối quý 2/2027.", [("cuối quý 2/2027", "2027-06", None)]),
        # the half alone keeps its six months
        ("fr", "Les ventes ont progressé au premier semestre 2026.", [("premier semestre 2026", "2026-01", "2026-06")]),
        ("fr", "Le nouveau musée s'ouvrira vendredi au public.", [("vendredi", "2026-11-20", None)]),
        ("fr", "La mairie l'inaugurera samedi.", [("samedi", "2026-11-21", None)]),
        ("fr", "Le musée s'est ouvert vendredi.", [("vendredi", "2026-11-13", None)]),
        ("fr", "Le jury rendra sa décision lundi en huit.", [("lundi en huit", "2026-11-30", None)]),
        (
            "th",
            "ยอดขายรถยนต์สัปดาห์ที่แล้วลดลงร้อยละ 4 เมื่อเทียบกับสัปดาห์ก่อนหน้า",
            [("สัปดาห์ที่แล้ว", "2026-11-09", "2026-11-15"), ("สัปดาห์ก่อนหน้า", "2026-11-02", "2026-11-08")],
        ),
        (
            "en",
            "Flu cases rose last week, 8% above the previous week.",
            [("last week", "2026-11-09", "2026-11-15"), ("the previous week", "2026-11-02", "2026-11-08")],
        ),
        # with no week before it: none
        ("th", "ยอดขายเพิ่มขึ้นเมื่อเทียบกับสัปดาห์ก่อนหน้า", []),
    ],
)
def test_small_forms(lang, text, want):
    assert found(text, lang) == want
