"""Russian, Korean and Arabic pages of a story meet its pages in other languages.

Russian declines country names ("в Португалии", not the nominative
"Португалия" CLDR lists) and writes foreign names in Cyrillic; Korean writes
them in Hangul before a title ("카르도주 사령관"). Without reading those, a
Russian or Korean page shared little more than numbers with the story's
other pages. Arabic has no capitals: a name is read after a title ("قائد
... دوارتي كاردوزو"). Arabic joins a conjunction or preposition to a country's name
("وإسبانيا", and Spain), and CLDR's Arabic names were not read at all.

The pages are invented: a wildfire in southern Portugal told in seven
languages, and, the same week, Portugal's budget vote (same country, other
people, other story).
"""

from __future__ import annotations

from collections import Counter

from newsline.stories import ClusterStories
from newsline.stories.anchors import (
    arabic_features,
    cyrillic_names,
    korean_features,
    skeleton,
    territories,
)

from .helpers import mk

FIRE = {
    "pt": (
        "Incêndio no Algarve obriga à retirada de 2.300 pessoas",
        (
            "Um incêndio florestal que deflagrou na quarta-feira na serra de Monchique, no Algarve, "
            "obrigou à retirada de 2.300 pessoas. O comandante nacional da Proteção Civil, Duarte "
            "Cardoso, disse que mais de 600 bombeiros combatem as chamas. A ministra da Administração "
            "Interna, Rita Albuquerque, pediu ajuda europeia e a Grécia e a Espanha enviaram quatro "
            "aviões Canadair."
        ),
    ),
    "en": (
        "Wildfire in Portugal's Algarve forces 2,300 to evacuate",
        (
            "A wildfire that broke out on Wednesday in the Monchique hills of southern Portugal has "
            "forced 2,300 people from their homes. Civil protection commander Duarte Cardoso said more "
            "than 600 firefighters were fighting the flames. Interior Minister Rita Albuquerque asked "
            "for European help, and Greece and Spain sent four Canadair planes."
        ),
    ),
    "ru": (
        "Лесной пожар на юге Португалии: эвакуированы 2300 человек",
        (
            "Лесной пожар, начавшийся в среду в горах Моншики на юге Португалии, вынудил покинуть дома "
            "2300 человек. Командующий гражданской защитой Дуарте Кардозу заявил, что с огнём борются "
            "более 600 пожарных. Министр внутренних дел Рита Албукерке попросила помощи у ЕС, и Греция "
            "с Испанией направили четыре самолёта Canadair."
        ),
    ),
    "ko": (
        "포르투갈 남부 산불로 주민 2300명 대피",
        (
            "포르투갈 남부 알가르브 지역 몬시크 산지에서 수요일 발생한 산불로 주민 2300명이 대피했다. "
            "두아르트 카르도주 민방위 사령관은 소방관 600여 명이 진화 작업을 벌이고 있다고 밝혔다. "
            "리타 알부케르크 내무 장관은 유럽연합에 지원을 요청했으며, 그리스와 스페인이 소방 항공기 "
            "4대를 보냈다. 카르도주 사령관은 바람이 잦아들기를 기대한다고 말했다."
        ),
    ),
    "de": (
        "Waldbrand an der Algarve: 2.300 Menschen evakuiert",
        (
            "Ein Waldbrand im Monchique-Gebirge im Süden Portugals hat seit Mittwoch 2.300 Menschen "
            "aus ihren Häusern vertrieben. Zivilschutzkommandant Duarte Cardoso sagte, mehr als 600 "
            "Feuerwehrleute kämpften gegen die Flammen. Innenministerin Rita Albuquerque bat die EU um "
            "Hilfe; Griechenland und Spanien schickten vier Canadair-Flugzeuge."
        ),
    ),
    "vi": (
        "Cháy rừng ở miền nam Bồ Đào Nha, 2.300 người phải sơ tán",
        (
            "Một đám cháy rừng bùng phát hôm thứ Tư tại vùng đồi Monchique, miền nam Bồ Đào Nha, buộc "
            "2.300 người phải sơ tán. Chỉ huy lực lượng bảo vệ dân sự Duarte Cardoso cho biết hơn 600 "
            "lính cứu hỏa đang dập lửa. Bộ trưởng Nội vụ Rita Albuquerque đã đề nghị EU hỗ trợ, Hy Lạp "
            "và Tây Ban Nha gửi bốn máy bay Canadair."
        ),
    ),
    "ar": (
        "حريق غابات في جنوب البرتغال يجبر 2300 شخص على الإخلاء",
        (
            "أجبر حريق غابات اندلع يوم الأربعاء في جبال مونشيكي جنوب البرتغال 2300 شخص على مغادرة "
            "منازلهم. وقال قائد الحماية المدنية دوارتي كاردوزو إن أكثر من 600 رجل إطفاء يكافحون "
            "النيران، فيما طلبت وزيرة الداخلية ريتا ألبوكيركي مساعدة أوروبية، وأرسلت اليونان "
            "وإسبانيا أربع طائرات Canadair."
        ),
    ),
}

BUDGET = {
    "pt": (
        "Parlamento aprova Orçamento do Estado para 2026",
        (
            "A Assembleia da República aprovou na quinta-feira o Orçamento do Estado para 2026, com "
            "os votos do PSD e do CDS. O ministro das Finanças, Miguel Sarmento Pinto, disse que o "
            "défice ficará em 0,3% e que os salários da função pública sobem 2,1%."
        ),
    ),
    "en": (
        "Portugal's parliament passes 2026 budget",
        (
            "Portugal's parliament on Thursday approved the 2026 state budget with votes from the PSD "
            "and CDS. Finance Minister Miguel Sarmento Pinto said the deficit would be 0.3% and that "
            "public sector wages would rise 2.1%."
        ),
    ),
    "ru": (
        "Парламент Португалии принял бюджет на 2026 год",
        (
            "Парламент Португалии в четверг утвердил государственный бюджет на 2026 год. Министр "
            "финансов Мигел Сарменту Пинту заявил, что дефицит составит 0,3%, а зарплаты в "
            "госсекторе вырастут на 2,1%."
        ),
    ),
    "ko": (
        "포르투갈 의회, 2026년 예산안 통과",
        (
            "포르투갈 의회는 목요일 2026년 국가 예산안을 통과시켰다. 미겔 사르멘투 핀투 재무 장관은 "
            "재정 적자가 0.3%에 그치고 공무원 임금이 2.1% 오를 것이라고 말했다."
        ),
    ),
}


def test_russian_country_names_are_read_in_every_case():
    text = "Пожар на юге Португалии. Самолёты направили в Португалию Греция и Испания, позже Ирана."
    assert [c for c, _, _ in territories(text, "ru")] == ["PT", "PT", "GR", "ES", "IR"]
    # a country's name inside a longer word is not the country
    assert territories("Перуанский", "ru") == [] or territories("Перуанский", "ru")[0][2] != 4


def test_arabic_country_names_are_read_with_their_joined_particles():
    text = "أرسلت اليونان وإسبانيا طائرات إلى البرتغال وعُمان"
    assert [c for c, _, _ in territories(text, "ar")] == ["GR", "ES", "PT", "OM"]
    # a name inside a longer word is another word ("مصرف", bank)
    assert territories("أعلن مصرف الاقتصاد المصري", "ar") == []


def test_arabic_names_after_a_title_meet_their_latin_spelling():
    text = (
        "والتقى الرئيس الأمريكي دونالد ترامب بالرئيس الأوكراني فولوديمير زيلينسكي في البيت "
        "الأبيض. وقال ترامب إن اللقاء كان جيدا."
    )
    got = Counter(f for f, _ in arabic_features(text))
    assert got["k:" + skeleton("Trump")] == 2
    assert "k:" + skeleton("Zelensky") in got
    # no title, no name: a clause's words are not read as names
    assert arabic_features("وقال إن اللقاء كان جيدا في البيت الأبيض") == []


def test_cyrillic_names_meet_their_latin_spelling():
    got = {
        f for f, _ in cyrillic_names("Вчера Дональд Трамп встретился с Зеленским и генсеком НАТО")
    }
    assert "k:" + skeleton("Trump") in got
    assert "k:" + skeleton("Zelensky") in got
    assert "w:nato" in got
    assert "w:un" in {f for f, _ in cyrillic_names("Генсек ООН прибыл")}
    # a sentence's first word is no name
    assert cyrillic_names("Вчера") == []


def test_korean_names_before_a_title_meet_their_latin_spelling():
    text = "도널드 트럼프 미국 대통령은 젤렌스키 우크라이나 대통령과 통화했다. 트럼프는 만족했다."
    got = Counter(f for f, _ in korean_features(text))
    assert got["k:" + skeleton("Trump")] == 2
    assert "k:" + skeleton("Zelensky") in got
    # the former president, a country and a ministry are no names
    assert korean_features("전 대통령은 국방부 장관과 미국 대통령을 만났다") == []


def test_a_story_in_seven_languages_is_one_and_the_budget_another():
    docs = [mk("fire", lang, FIRE, published="2025-08-13") for lang in FIRE]
    docs += [mk("budget", lang, BUDGET, published="2025-08-14") for lang in BUDGET]
    stage = ClusterStories()
    stage(docs, Counter())
    got = sorted(sorted(s["documents"]) for s in stage.finalize()["stories"])
    assert got == sorted(
        [sorted(f"fire-{lang}" for lang in FIRE), sorted(f"budget-{lang}" for lang in BUDGET)]
    )


def test_korean_headline_hanja_are_countries_and_mark_the_name_before_a_title():
    text = "트럼프 美 대통령, 시진핑 中 주석과 회담…北 미사일 논의"
    assert [c for c, _, _ in territories(text, "ko")] == ["US", "CN", "KP"]
    got = {f for f, _ in korean_features(text)}
    assert {"k:" + skeleton("Trump"), "k:" + skeleton("Jinping")} <= got
    # a Han character beside another is part of a word; outside Korean text
    # the lone character is not read
    assert territories("美中 관계", "ko") == []
    assert territories("中 美", "zh") == []
