"""A year-less date opening a sentence that then tells only of what will
happen -- "On June 3, the plant will close", "A inicios de junio se
entregará la obra", "Le 3 mars, les députés voteront la loi", "Ngày 3/3,
tỉnh sẽ tổ chức lễ hội", "3月3日，该市将于当晚举办灯会", "วันที่ 3 มีนาคม
บริษัทจะจัดงาน" -- lies ahead of publication, as one after "next" does. Not
when the sentence also has a past form (the date may be that of the
saying), when the date sits inside a phrase ("the attack on March 3 will be
investigated"), or when it is a wire dateline's. Publication date: Tuesday
10 September 2024."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2024-09-10"


def values(text, lang):
    return [m.value for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,expect",
    [
        ("en", "On June 3, the plant will close its doors for good.", "2025-06-03"),
        ("en", "In June, the county will open two new clinics.", "2025-06"),
        ("es", "A inicios de junio se entregará la segunda etapa del hospital.", "2025-06"),
        ("es", "El 3 de marzo, el congreso votará la reforma.", "2025-03-03"),
        ("fr", "Le 3 mars, les députés voteront la loi sur l'eau.", "2025-03-03"),
        ("fr", "En mars, la ville va fermer la piscine pour travaux.", "2025-03"),
        ("vi", "Ngày 3/3, tỉnh sẽ tổ chức lễ hội hoa ban.", "2025-03-03"),
        ("zh", "3月3日，该市将于当晚举办元宵灯会。", "2025-03-03"),
        ("th", "วันที่ 3 มีนาคม บริษัทจะจัดงานแถลงข่าวที่กรุงเทพฯ", "2025-03-03"),
    ],
)
def test_a_sentence_about_what_will_happen_dates_ahead(lang, text, expect):
    assert values(text, lang) == [expect]


@pytest.mark.parametrize(
    "lang,text,expect",
    [
        # a past form: the date may be the saying's
        ("en", "On March 3, the minister said the plant will close.", "2024-03-03"),
        ("es", "El 3 de marzo, el ministro dijo que el congreso votará la reforma.", "2024-03-03"),
        ("fr", "Le 3 mars, le maire a annoncé que la piscine fermera.", "2024-03-03"),
        ("vi", "Ngày 3/3, tỉnh đã tổ chức lễ hội hoa ban.", "2024-03-03"),
        # the date inside a phrase: when the attack was
        ("en", "Police said the attack on March 3 will be investigated by a judge.", "2024-03-03"),
        # 将 as the object marker: "towed the tanker away"
        ("zh", "3月20日，打捞公司将油轮拖离浅滩。", "2024-03-20"),
        # a noun in -ra is no future
        ("fr", "Le 3 mars, concert exceptionnel à l'opéra de Rouen.", "2024-03-03"),
    ],
)
def test_a_date_not_ahead(lang, text, expect):
    assert values(text, lang) == [expect]
