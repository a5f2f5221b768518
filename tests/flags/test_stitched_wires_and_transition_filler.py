"""Content farms heldout16 showed the rules missing (benchmarks/flags_heldout.py
--set heldout16, f01, f03): two wire items under one headline, told by two
datelines of different places and agencies, the later sharing no word with
the headline; filler strung on transitions in Arabic, Russian and Polish,
whose tables had no openers. Pages written for this file; a wire digest of
one agency, a second wire on the headline's own matter and a report with
figures stay clean."""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds


def farm(text: str) -> list:
    return kinds(flagged(text, labels={0: "title"}), "content_farm")


@pytest.mark.parametrize(
    "text",
    [
        "Новая линия метро откроется в декабре\n"
        "Москва (ТАСС) – Строители завершили проходку тоннелей новой линии метро, сообщили в мэрии столицы.\n"
        "Первые поезда по линии пройдут в декабре, на ней будет семь станций.\n"
        "Санкт-Петербург (РИА Новости) – Экспорт пшеницы через порты Балтики вырос на четверть по сравнению с прошлым годом.\n"
        "Аналитики связывают рост с урожаем и снижением фрахтовых ставок.\n",
        "Flood defences completed ahead of winter\n"
        "LEEDS (Reuters) - Engineers have completed the last section of the river flood defences, the council said.\n"
        "The walls protect about 3,000 homes along the valley.\n"
        "NAIROBI (AFP) - Kenya's central bank held its benchmark lending rate, citing easing inflation.\n"
        "Analysts had expected the pause after two cuts this year.\n",
    ],
)
def test_two_wires_under_one_headline_are_a_farm(text):
    found = farm(text)
    assert found and found[0].data["signal"] == "stitched", found


@pytest.mark.parametrize(
    "text",
    [
        # a digest of one agency's wires
        "Najważniejsze wiadomości z regionów\n"
        "Kraków (PAP) – Miejskie autobusy elektryczne przejechały w tym roku milion kilometrów.\n"
        "Gdańsk (PAP) – Port zanotował rekordowy przeładunek kontenerów w październiku.\n",
        # a second wire on the headline's matter
        "Powódź na południu Polski\n"
        "Wrocław (PAP) – Powódź zalała kilkanaście wsi w dolinie Nysy Kłodzkiej, trwa ewakuacja mieszkańców.\n"
        "Opole (IAR) – Powódź dotarła do Opola, gdzie wojsko umacnia wały przeciwpowodziowe.\n",
    ],
)
def test_a_digest_or_one_story_from_two_wires_is_no_farm(text):
    assert not farm(text)


@pytest.mark.parametrize(
    "text",
    [
        "كل ما تحتاج معرفته عن السياحة الصيفية\n"
        "في عالمنا اليوم، أصبحت السياحة الصيفية جزءاً لا يتجزأ من حياة العائلات في كل مكان.\n"
        "علاوة على ذلك، فإن التخطيط الجيد للرحلة يساعد على الاستمتاع بكل لحظة من لحظاتها.\n"
        "من ناحية أخرى، ينبغي اختيار الوجهة المناسبة التي تلبي احتياجات جميع أفراد الأسرة.\n"
        "وفي الختام، نتمنى لكم رحلة سعيدة ومليئة بالذكريات الجميلة مع أحبائكم.\n",
        "Всё, что нужно знать о ремонте квартиры\n"
        "В современном мире ремонт квартиры становится важным этапом в жизни каждой семьи.\n"
        "Кроме того, правильный выбор материалов помогает избежать многих ошибок и лишних трат.\n"
        "Более того, стоит заранее продумать все детали, чтобы результат радовал долгие годы.\n"
        "В заключение, ремонт — это всегда возможность сделать дом уютнее и комфортнее.\n",
    ],
)
def test_filler_on_transitions_is_a_farm(text):
    found = farm(text)
    assert found, found


def test_a_report_with_figures_opening_on_transitions_is_no_farm():
    text = (
        "موازنة البلدية للعام المقبل\n"
        "أقر المجلس البلدي موازنة العام المقبل بقيمة 240 مليون دينار.\n"
        "علاوة على ذلك، خصص المجلس 30 مليون دينار لصيانة الطرق.\n"
        "من ناحية أخرى، ارتفعت مخصصات النقل العام بنسبة 12 في المئة.\n"
        "وفي الختام، صوّت 18 عضواً لصالح الموازنة مقابل 3 أعضاء.\n"
    )
    assert not farm(text)
