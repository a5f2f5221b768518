"""Russian words in lower case are no names: the name-variant rule took every
pair of lower-case Cyrillic words for a name (its capital-letter class, a
code-point range, held all Cyrillic letters), so the same noun phrase in two
grammatical cases ('пресс-служба мэрии' / 'пресс-службе мэрии') was flagged as
one person spelled two ways. Pages written for this test."""

from __future__ import annotations

from tests.flags.helpers import flagged, kinds

RU_DECLINED = (
    "Власти города объявили о закупке 150 электробусов, которые выйдут на маршруты до конца "
    "следующего года. Об этом сообщили в пресс-службе мэрии в четверг.\n"
    "Фото: пресс-служба мэрии\n"
    "По словам заместителя мэра, стоимость контракта составит около 6 млрд рублей, часть "
    "средств выделит федеральный бюджет.\n"
    "В пресс-службе мэрии уточнили, что первые машины поступят в город уже осенью, а "
    "зарядные станции построят в трёх автопарках.\n"
)
UK_DECLINED = (
    "Міська рада ухвалила програму ремонту шкіл, на яку виділять 300 мільйонів гривень "
    "протягом двох років, повідомила прес-служба міськради.\n"
    "Як зазначили у прес-службі міськради, перші роботи почнуться вже влітку в п'яти "
    "школах центрального району міста.\n"
)
RU_RENAMED = (
    "Британская писательница Кейт Миллер представила в Москве новый роман о жизни "
    "портового города в начале прошлого века.\n"
    "На встрече с читателями Кэйт Миллер рассказала, что работала над книгой почти "
    "шесть лет и дважды переписывала финал.\n"
)


def test_a_noun_phrase_in_two_cases_is_no_name_variant():
    for text in (RU_DECLINED, UK_DECLINED):
        doc = flagged(text)
        assert kinds(doc, "machine_translation", signal="name_variants") == [], [
            f.reason for f in doc.flags
        ]


def test_a_cyrillic_name_transliterated_two_ways_is_still_flagged():
    doc = flagged(RU_RENAMED)
    (f,) = kinds(doc, "machine_translation", signal="name_variants")
    assert sorted(f.data["variants"]) == ["Кейт", "Кэйт"]


RU_CASES = (
    "Мэр Москвы Сергей Собянин открыл новую станцию метро на юго-западе города.\n"
    "По словам Сергея Собянина, до конца года в Москве откроют ещё четыре станции.\n"
    "Как сообщили в пресс-службе мэра Москвы Сергея Собянина, строительство обошлось в "
    "12 миллиардов рублей.\n"
    "Вице-мэр Москвы Андрей Бочаров добавил, что рядом со станцией построят парковку.\n"
    "Ранее Андрея Бочарова критиковали за затянувшиеся сроки строительства.\n"
)


def test_a_name_in_two_grammatical_cases_is_no_name_variant():
    # 'Москвы Сергей' / 'Москвы Сергея': one man in the nominative and genitive
    doc = flagged(RU_CASES)
    assert kinds(doc, "machine_translation", signal="name_variants") == [], [
        f.reason for f in doc.flags
    ]
