"""A verb of what will happen earlier in a year-less date's clause -- "The
plant will close in March", "La obra se entregará a inicios de junio", "Nhà
máy sẽ đóng cửa vào tháng 3", "L'usine fermera ses portes en mars",
"โรงงานจะปิดกิจการในเดือนมีนาคม" -- puts the date ahead of publication, even
when the month behind it is nearer (the rule for a date opening such a
sentence, extended to a date anywhere after the future verb). A past form in
the same clause wins ("The plant that closed in March will reopen", "said it
will close the plant in March", "đã đóng cửa vào tháng 3 và sẽ mở lại"), as
does a future verb in another clause ("will close, as it did in March")
or one several words before the date, which may then date an object ("will
stand trial for the attack on March 3")."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates


def values(text, lang, pub):
    return [m.value for m in resolve_dates(text, lang, pub)]


@pytest.mark.parametrize(
    "lang,text,pub,expect",
    [
        ("es", "La obra se entregará a inicios de junio.", "2024-09-10", "2025-06"),
        ("es", "El hospital abrirá sus puertas el 3 de marzo.", "2024-05-10", "2025-03-03"),
        ("en", "The plant will close in March.", "2024-10-10", "2025-03"),
        ("en", "The county will reopen the bridge in March.", "2024-05-10", "2025-03"),
        ("vi", "Nhà máy sẽ đóng cửa vào tháng 3.", "2024-05-10", "2025-03"),
        ("fr", "L'usine fermera ses portes en mars.", "2024-05-10", "2025-03"),
        ("fr", "La piscine va rouvrir début juin.", "2024-09-10", "2025-06"),
        ("th", "โรงงานจะปิดกิจการในเดือนมีนาคม", "2024-05-10", "2025-03"),
    ],
)
def test_a_future_verb_before_the_date_puts_it_ahead(lang, text, pub, expect):
    assert values(text, lang, pub) == [expect]


@pytest.mark.parametrize(
    "lang,text,pub,expect",
    [
        ("en", "The plant that closed in March will reopen soon.", "2024-05-10", "2024-03"),
        ("en", "The company said it will close the plant in March.", "2024-05-10", "2024-03"),
        ("en", "The plant will close, as it did in March.", "2024-05-10", "2024-03"),
        # the date further off: part of an object, the nearer year
        ("en", "He will stand trial for the attack on March 3.", "2024-05-10", "2024-03-03"),
        (
            "es",
            "El ministro dijo que la obra se entregará a inicios de junio.",
            "2024-09-10",
            "2024-06",
        ),
        ("fr", "L'usine, qui a fermé en mars, rouvrira bientôt.", "2024-05-10", "2024-03"),
        ("vi", "Nhà máy đã đóng cửa vào tháng 3 và sẽ mở lại.", "2024-05-10", "2024-03"),
        # no future verb: the nearer month behind
        ("es", "La obra se entregó a inicios de junio.", "2024-09-10", "2024-06"),
    ],
)
def test_a_past_form_in_the_clause_keeps_the_date_behind(lang, text, pub, expect):
    assert values(text, lang, pub) == [expect]


# Thai "จะได้รับ" (will receive) and "จะแล้วเสร็จ" (will be completed) look
# ahead: their "ได้" / "แล้ว" is no past form
@pytest.mark.parametrize(
    "text,expect",
    [
        ("ประชาชนจะได้รับเงินในเดือนมีนาคม", "2025-03"),
        ("โครงการจะแล้วเสร็จในเดือนมีนาคม", "2025-03"),
        ("วันที่ 3 มีนาคม ผู้ถือบัตรจะได้รับเงินเพิ่ม", "2025-03-03"),
        # past: "ได้รับ" alone, "ได้" before a verb
        ("ผู้ถือบัตรได้รับเงินในเดือนมีนาคม", "2024-03"),
        ("วันที่ 3 มีนาคม ตำรวจได้จับกุมผู้ต้องหา", "2024-03-03"),
    ],
)
def test_thai_will_receive_and_will_be_completed_look_ahead(text, expect):
    assert values(text, "th", "2024-05-10") == [expect]
