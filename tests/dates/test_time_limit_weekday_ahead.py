"""A deadline, an ultimatum or a time limit told in the present that runs to
a bare weekday ("the deadline is Friday", "the ultimatum expires Friday",
"voters have until Friday", "el plazo vence el viernes", "ils ont jusqu'à
vendredi pour", "hạn chót là thứ Sáu", "เส้นตายคือวันศุกร์", "限期至周五")
points to the coming weekday, as a time limit given ("gave the company until
Friday"). Told in the past ("had until", "expired", "duró hasta", "a duré
jusqu'à", "se prolongó hasta", "s'est prolongée jusqu'à") or with its own
past word ("vendredi dernier", "tuần trước", "上周五") it is the weekday just
gone. Sentences written for these tests; published on a Tuesday."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2027-03-09"  # a Tuesday
COMING_THURSDAY = "2027-03-11"
LAST_THURSDAY = "2027-03-04"


def values(text, lang):
    return [m.value for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "The filing deadline is Thursday, the council said."),
        ("en", "The rebels' ultimatum expires on Thursday."),
        ("en", "Residents have until Thursday to object to the plan."),
        ("en", "The regulator gave the airline until Thursday to explain the delays."),
        ("es", "El plazo para presentar alegaciones vence el jueves."),
        ("es", "El ultimátum del sindicato expira el jueves."),
        ("es", "Los vecinos tienen hasta el jueves para votar."),
        ("es", "La jueza dio al club hasta el jueves para pagar."),
        ("fr", "L'ultimatum lancé par les syndicats expire jeudi."),
        ("fr", "Le délai de recours expire jeudi."),
        ("fr", "Les candidats ont jusqu'à jeudi pour déposer leur dossier."),
        ("fr", "La préfecture a donné aux exploitants jusqu'à jeudi pour se conformer."),
        ("vi", "Hạn chót nộp hồ sơ là thứ Năm."),
        ("vi", "Thời hạn cuối cùng để đăng ký là thứ Năm."),
        ("th", "เส้นตายการยื่นเอกสารคือวันพฤหัสบดี"),
        ("th", "หมดเขตรับสมัครวันพฤหัสบดี"),
        ("th", "ผู้สมัครต้องยื่นเอกสารภายในวันพฤหัสบดี"),
        ("zh", "当局限期至周四前完成整改。"),
        ("zh", "网上报名的截止日期为周四。"),
        ("zh", "申报的最后期限是周四。"),
    ],
)
def test_time_limit_runs_to_the_coming_weekday(lang, text):
    assert values(text, lang) == [COMING_THURSDAY]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "The rebels' ultimatum expired on Thursday."),
        ("en", "Residents had until Thursday to object to the plan."),
        ("en", "The hearing lasted until Thursday."),
        ("en", "The protesters stayed until Thursday."),
        ("es", "El plazo para presentar alegaciones venció el jueves."),
        ("es", "La huelga duró hasta el jueves."),
        ("es", "La reunión se prolongó hasta el jueves."),
        ("fr", "L'ultimatum a expiré jeudi."),
        ("fr", "Les candidats avaient jusqu'à jeudi pour déposer leur dossier."),
        ("fr", "La grève a duré jusqu'à jeudi."),
        ("fr", "La séance s'est prolongée jusqu'à jeudi."),
        ("fr", "Le délai de recours a expiré jeudi dernier."),
        ("vi", "Hạn chót nộp hồ sơ đã là thứ Năm tuần trước."),
        ("zh", "网上报名已于周四截止。"),
        ("zh", "报名截止到上周四。"),
    ],
)
def test_time_limit_told_in_the_past_stays_behind(lang, text):
    assert values(text, lang) == [LAST_THURSDAY]


@pytest.mark.parametrize(
    "lang,text",
    [
        # an extension "until" a weekday is one told ahead, reflexive or not
        ("es", "El Gobierno prorrogó el cierre de las escuelas hasta el jueves."),
        ("es", "Se prorrogó el plazo hasta el jueves."),
        ("fr", "Le gouvernement a prolongé la fermeture des écoles jusqu'à jeudi."),
    ],
)
def test_an_extension_until_a_weekday_stays_ahead(lang, text):
    assert values(text, lang) == [COMING_THURSDAY]
