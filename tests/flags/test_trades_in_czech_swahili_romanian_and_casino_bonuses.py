"""Adverts in languages SOLICIT_CUES lacked (Czech, Swahili, Romanian) and
casino adverts in Japanese and Arabic that named the casino but no second
trade word (an advert paragraph with no contact needs two): now the bonus
words of the trade ("入金不要ボーナス", "مكافأة ترحيبية", "لفات مجانية")
count too (benchmarks/flags_heldout.py --set heldout14, x02, x04, x05, x07,
x08). Romanian also gets the work-from-home tables' words ("pe zi", "de
acasă").

Pages written for this file, in other trades and wordings than the
held-out set's. The positives failed before this file's commit; news about
the trades, and a story on remote work, stay clean."""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds

PAGES = {
    "cs": (
        "Brněnská zoo otevřela nový pavilon pro tučňáky, který stál 120 milionů korun a pojme 40 zvířat.\n"
        "{a}\n"
        "Podle ředitele zoo se návštěvníci mohou těšit i na krmení tučňáků každý den ve dvě hodiny odpoledne.\n"
    ),
    "sw": (
        "Serikali ya kaunti ya Mombasa imezindua mradi wa kupanda miti elfu hamsini kando ya barabara kuu ya pwani.\n"
        "{a}\n"
        "Afisa wa mazingira alisema miti hiyo itasaidia kupunguza joto na kuzuia mmomonyoko wa udongo.\n"
    ),
    "ro": (
        "Primăria Clujului a inaugurat un nou parc în cartierul Sopor, cu locuri de joacă și o pistă de alergare de doi kilometri.\n"
        "{a}\n"
        "Lucrările au costat 14 milioane de lei și au durat un an și jumătate, potrivit primarului.\n"
    ),
    "ja": (
        "大阪市の動物園で、去年生まれたホッキョクグマの赤ちゃんが初めて一般公開され、大勢の家族連れでにぎわった。\n"
        "{a}\n"
        "飼育員によると、赤ちゃんは体重が40キロを超え、毎日プールで泳ぐ練習をしているという。\n"
    ),
    "ar": (
        "افتتحت وزارة الثقافة معرضا للكتاب في مدينة الرياض يشارك فيه أكثر من ألف ناشر من ثلاثين دولة.\n"
        "{a}\n"
        "ويستمر المعرض عشرة أيام، ويتضمن ندوات وأمسيات شعرية وورشا للأطفال.\n"
    ),
}


@pytest.mark.parametrize(
    "page,advert",
    [
        ("cs", "Rychlá půjčka až 200 000 Kč bez doložení příjmů, peníze ihned na účet! Volejte +420 603 555 218"),
        ("sw", "Mikopo ya haraka hadi shilingi 100,000 bila mdhamini! Piga simu 0722 456 789 leo."),
        ("ro", "Cazino online cu bonus de bun venit 300% și 100 de rotiri gratuite la prima depunere, intră acum pe site!"),
        ("ro", "Lucrezi de acasă și câștigi 200 de euro pe zi, fără investiție! Scrie-ne pe Telegram @venit_rapid"),
        ("ja", "人気のオンラインカジノなら初回入金ボーナス200%に加えてフリースピン100回を毎日プレゼント中、スマホ一台で今すぐ始められて出金も最短5分と大好評、詳しくはプロフィールのリンクから確認してください。"),
        ("ar", "العب في كازينو أون لاين واحصل على لفات مجانية ومكافأة ترحيبية تصل إلى 500 دولار عند التسجيل اليوم."),
    ],
)
def test_adverts_in_the_trades_own_words(page, advert):
    doc = flagged(PAGES[page].format(a=advert))
    found = kinds(doc, "spam")
    assert found, [f.reason for f in doc.flags]
    assert any(doc.text[f.start : f.end].strip() == advert for f in found)


@pytest.mark.parametrize(
    "page,line",
    [
        ("cs", "Policie varuje před nabídkami typu půjčka bez registru, za kterými se často skrývají lichváři."),
        ("sw", "Benki Kuu imeonya wananchi dhidi ya programu za mikopo ya haraka zinazotoza riba kubwa."),
        ("ro", "Autoritatea de supraveghere a amendat trei operatori de pariuri online pentru reclame adresate minorilor."),
        ("ja", "消費者庁は「入金不要ボーナス」や「フリースピン」をうたう海外サイトの広告に注意するよう呼びかけた。"),
        ("ar", "وحذرت السلطات من مواقع كازينو أون لاين غير مرخصة تستهدف الشباب عبر وسائل التواصل."),
    ],
)
def test_news_about_the_trades_stays_clean(page, line):
    doc = flagged(PAGES[page].format(a=line))
    assert not kinds(doc, "spam"), [f.reason for f in doc.flags]


def test_a_romanian_story_on_remote_work_stays_clean():
    page = (
        "Tot mai mulți angajați din București lucrează de acasă cel puțin două zile pe săptămână.\n"
        "Un programator câștigă în medie 2.500 de euro pe lună, lucrând de acasă, arată un sondaj al patronatelor.\n"
        "Angajatorii spun că munca de acasă i-a ajutat să păstreze oamenii.\n"
    )
    doc = flagged(page)
    assert not kinds(doc, "spam"), [f.reason for f in doc.flags]
