"""Adverts written to slip past word filters: look-alike letters of another
alphabet inside a word (Latin "a", "o" in a Russian "казино"), digits for
letters ("l0ans", "b3tting") and a word spelled out letter by letter
("s l o t"). The spam rules read them as the words they spell; the flag
points at what is written. Such a block is not an off-topic paragraph in the
other alphabet's language, nor machine translation. Pages written for this
file, in other sites' styles than the held-out sets; the page cases failed
before the change."""

from __future__ import annotations

import pytest

from newsline.flags.unmask import unmasked
from tests.flags.helpers import flagged, kinds, span

RU_BRIDGE = (
    "В Самаре открыли движение по отремонтированному мосту\n"
    "В понедельник в Самаре после двухлетнего ремонта открыли движение по мосту через реку "
    "Самару, сообщили в мэрии города.\n"
    "{planted}\n"
    "По словам чиновников, ремонт обошёлся городу в 1,2 миллиарда рублей, а пешеходные "
    "дорожки на мосту расширили вдвое.\n"
)
EN_LIBRARY = (
    "Village library reopens after roof repairs\n"
    "The village library reopened on Saturday after six months of repairs to its leaking roof, "
    "paid for by a lottery grant and a summer of bake sales.\n"
    "{planted}\n"
    "Volunteers have also added a reading corner for children and a weekly knitting group, "
    "which meets on Thursday afternoons.\n"
)
ID_MARKET = (
    "Pasar tradisional Cikapundung direnovasi\n"
    "Pemerintah kota merenovasi Pasar Cikapundung yang rusak akibat kebakaran tahun lalu, dengan "
    "anggaran 14 miliar rupiah dari dana daerah.\n"
    "{planted}\n"
    "Para pedagang dijadwalkan kembali menempati kios mereka setelah renovasi selesai pada "
    "bulan Juni.\n"
)

PLANTED = [
    # Latin a, o, c inside Russian words
    (RU_BRIDGE, "Лучшее онлайн кaзинo: бонус 200% и 100 бесплатных спинов, рeгистрируйся сeйчac!"),
    # digits for letters
    (EN_LIBRARY, "Payday l0ans 24/7 with no cr3dit ch3ck, cash in your account in 1 hour."),
    # a word spelled out, letters one space apart
    (
        ID_MARKET,
        "s l o t  g a c o r  hari ini, deposit pulsa tanpa potongan, daftar sekarang juga.",
    ),
]


@pytest.mark.parametrize(("page", "advert"), PLANTED)
def test_disguised_advert_is_spam(page: str, advert: str) -> None:
    doc = flagged(page.format(planted=advert))
    spam = kinds(doc, "spam")
    at = doc.text.index(advert)
    assert any(f.start <= at < f.end for f in spam), [f.reason for f in doc.flags]
    f = next(f for f in spam if f.start <= at < f.end)
    assert f.data.get("disguised") is True
    assert span(doc, f).strip()  # the flag points at the text as written
    # not also an off-topic block in another language, nor a trace of translation
    assert not kinds(doc, "foreign_block"), [f.reason for f in doc.flags]
    assert not kinds(doc, "machine_translation", signal="mixed_script")


def test_unmasked_keeps_offsets_and_plain_words() -> None:
    for text in [
        "Best 0nline cas1no",
        "Crédit rаpide sаns frаis",  # Cyrillic а
        "ส ล็ อ ต เ ว็ บ ต ร ง ฝากถอน",
        "k a s y n o  o n l i n e",
    ]:
        assert len(unmasked(text)) == len(text)
    assert unmasked("Best 0nline cas1no") == "Best online casino"
    assert unmasked("Crédit rаpide sаns frаis") == "Crédit rapide sans frais"
    assert unmasked("k a s y n o  o n l i n e").split() == ["kasyno", "online"]
    assert unmasked("ส ล็ อ ต เ ว็ บ ต ร ง ฝากถอน").split() == ["สล็อตเว็บตรง", "ฝากถอน"]
    # model names, codes, ordinals, units, times, hashes and ordinary words stay as written
    for text in [
        "The A320, the 737 MAX, COVID19, H5N1, G4, COP30 and 3.5km in 2026",
        "the 15th, the 43rd floor, le 1er mars, la 3eme fois, die 50er Jahre, a 10yr old",
        "1108 cm3, a top10 list, at 0h0min0s, commit d4d45bb5, see pic.twitter.com/e5kFaW0wyh",
        "Москва и Санкт-Петербург",
        "il y a à peine une heure",
        "Plain English with no disguise.",
    ]:
        assert unmasked(text) == text, unmasked(text)


def test_real_paragraph_in_another_alphabet_is_still_foreign() -> None:
    # a Russian paragraph with one stray Latin letter stays a Russian paragraph
    page = EN_LIBRARY.format(
        planted="Погода в Москве: завтра ожидается снег и гололедица, температура опустится "
        "до минус двенадцати градусов, а в выходные местами пройдут метeли."
    )
    doc = flagged(page)
    assert kinds(doc, "foreign_block"), [f.reason for f in doc.flags]
    assert not kinds(doc, "spam")
