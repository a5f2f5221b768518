"""A weekday alone in the languages read through CLDR (German, Portuguese,
Italian, Indonesian, Russian, Korean, Persian): CLDR gives the names but no
tense words, so none was read. T.WEEKDAY_ALONE_CLDR gives each language its
future words, direction words and habitual words; as in en/fr/es, a weekday
alone is the one just past by default and the coming one after a future
word of its clause. Sentences written for these tests; published on
Thursday 2025-03-13."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2025-03-13"  # a Thursday
MON_PAST, MON_NEXT = "2025-03-10", "2025-03-17"


def found(text, lang, published=PUB):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, published)]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # past (the default reading of news)
        ("de", "Der Minister reiste am Montag nach Berlin.", [("Montag", MON_PAST)]),
        ("pt", "O ministro viajou na segunda-feira para Lisboa.", [("segunda-feira", MON_PAST)]),
        ("it", "Il ministro è partito lunedì per Roma.", [("lunedì", MON_PAST)]),
        ("id", "Menteri berangkat pada Senin ke Jakarta.", [("Senin", MON_PAST)]),
        ("ru", "Министр вылетел в понедельник в Берлин.", [("понедельник", MON_PAST)]),
        ("ko", "장관은 월요일 베를린으로 떠났다.", [("월요일", MON_PAST)]),
        ("fa", "وزیر روز دوشنبه به برلین رفت.", [("دوشنبه", MON_PAST)]),
        # a future word before or after the weekday, in its clause
        ("de", "Der Minister wird am Montag nach Berlin reisen.", [("Montag", MON_NEXT)]),
        ("de", "Am Montag soll der Minister nach Berlin reisen.", [("Montag", MON_NEXT)]),
        (
            "pt",
            "O ministro vai viajar na segunda-feira para Lisboa.",
            [("segunda-feira", MON_NEXT)],
        ),
        ("pt", "O ministro viajará na segunda-feira para Lisboa.", [("segunda-feira", MON_NEXT)]),
        ("it", "Il ministro partirà lunedì per Roma.", [("lunedì", MON_NEXT)]),
        ("id", "Menteri akan berangkat pada Senin ke Jakarta.", [("Senin", MON_NEXT)]),
        ("ru", "Министр будет в Берлине в понедельник.", [("понедельник", MON_NEXT)]),
        ("ru", "Заседание состоится в среду.", [("среду", "2025-03-19")]),
        ("ko", "장관은 월요일 베를린으로 떠날 예정이다.", [("월요일", MON_NEXT)]),
        ("fa", "وزیر روز دوشنبه به برلین خواهد رفت.", [("دوشنبه", MON_NEXT)]),
        # a direction word next to the weekday
        ("de", "Am vergangenen Montag trat er zurück.", [("vergangenen Montag", MON_PAST)]),
        ("de", "Am kommenden Montag trifft er Macron.", [("kommenden Montag", MON_NEXT)]),
        (
            "pt",
            "Na próxima segunda-feira ele encontra Lula.",
            [("próxima segunda-feira", MON_NEXT)],
        ),
        ("it", "Lunedì prossimo incontra il papa.", [("Lunedì prossimo", MON_NEXT)]),
        ("id", "Senin depan ia bertemu presiden.", [("Senin depan", MON_NEXT)]),
        ("id", "Ia tiba Senin lalu.", [("Senin lalu", MON_PAST)]),
        (
            "ru",
            "В следующий понедельник он встретится с президентом.",
            [("следующий понедельник", MON_NEXT)],
        ),
        ("ko", "다음 주 월요일 회의가 열린다.", [("다음 주 월요일", MON_NEXT)]),
        ("fa", "دوشنبه آینده جلسه برگزار می‌شود.", [("دوشنبه آینده", MON_NEXT)]),
        # Persian Tuesday written with a space or a zero-width non-joiner
        ("fa", "وزیر روز سه شنبه به برلین رفت.", [("سه شنبه", "2025-03-11")]),
        ("fa", "وزیر روز سه\u200cشنبه به برلین رفت.", [("سه\u200cشنبه", "2025-03-11")]),
        # a forecast puts the weekday ahead
        ("pt", "A Defesa Civil prevê novas chuvas no sábado.", [("sábado", "2025-03-15")]),
        ("id", "BMKG memperkirakan hujan lebat turun pada Sabtu.", [("Sabtu", "2025-03-15")]),
        ("it", "Le previsioni danno pioggia sabato.", [("sabato", "2025-03-15")]),
        # the weekday of a full date belongs to it
        ("id", "Jakarta, Kamis (13/3/2025) – Banjir merendam rumah.", [("13/3/2025", PUB)]),
        (
            "de",
            "Berlin, Montag, 10. März 2025 – Der Minister trat zurück.",
            [("10. März 2025", MON_PAST)],
        ),
        # a future word of another clause leaves the weekday behind
        ("id", "Menteri tiba pada Senin dan akan kembali pekan depan.", [("Senin", MON_PAST)]),
        (
            "de",
            "Er kam am Montag an und wird bis Freitag bleiben.",
            [("Montag", MON_PAST), ("Freitag", "2025-03-14")],
        ),
    ],
)
def test_weekday_alone(lang, text, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize(
    "lang,text",
    [
        ("de", "Die Sitzung findet jeden Montag statt."),  # habitual
        ("pt", "O tenor Plácido Domingo cantou em Lisboa."),  # a name
        ("it", "La signora Domenica Rossi ha vinto."),  # a name
        ("it", "Il museo è aperto ogni lunedì."),  # habitual
        ("id", "Harga naik dua minggu lalu."),  # 'minggu' is also 'week'
        ("id", "Pasar buka setiap Senin."),  # habitual
        ("ru", "Выбросы в окружающую среду выросли."),  # 'среда' is also 'environment'
        ("ru", "Музей закрыт по понедельникам."),
        ("ko", "회의는 매주 월요일 열린다."),  # every week
        ("fa", "نماز جمعه در تهران برگزار شد."),  # the Friday prayer
    ],
)
def test_no_weekday(lang, text):
    assert found(text, lang) == []


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # a word right before that sets the weekday ahead
        (
            "de",
            "Verdi hat für Freitag zu einem Warnstreik aufgerufen.",
            [("Freitag", "2025-03-14")],
        ),
        ("de", "Ab Montag gilt die neue Regel.", [("Montag", MON_NEXT)]),
        ("pt", "O julgamento foi adiado para segunda-feira.", [("segunda-feira", MON_NEXT)]),
        ("it", "Il voto è stato rinviato a lunedì.", [("lunedì", MON_NEXT)]),
        ("id", "Sidang ditunda hingga Senin.", [("Senin", MON_NEXT)]),
        ("ru", "Заседание перенесли на понедельник.", [("понедельник", MON_NEXT)]),
        # a schedule told in the present
        ("de", "Am Freitag streiken die Beschäftigten der Flughäfen.", [("Freitag", "2025-03-14")]),
        ("de", "Der Prozess beginnt am Dienstag.", [("Dienstag", "2025-03-18")]),
        ("pt", "O Flamengo joga no domingo contra o Vasco.", [("domingo", "2025-03-16")]),
        ("it", "La Roma gioca domenica contro la Lazio.", [("domenica", "2025-03-16")]),
        ("ru", "В эту пятницу пройдёт саммит.", [("эту пятницу", "2025-03-14")]),
        # told in the past: behind
        ("de", "Seit Montag gilt die neue Regel.", [("Montag", MON_PAST)]),
        ("de", "Der Prozess hatte am Dienstag begonnen.", [("Dienstag", "2025-03-11")]),
        ("pt", "O Flamengo jogou no domingo contra o Vasco.", [("domingo", "2025-03-09")]),
        (
            "it",
            "Venerdì scorso il governo ha approvato il decreto.",
            [("Venerdì scorso", "2025-03-07")],
        ),
        ("ru", "Во вторник президент подписал указ.", [("вторник", "2025-03-11")]),
    ],
)
def test_weekday_set_ahead_or_scheduled(lang, text, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize(
    "lang,text",
    [
        # a named day
        ("it", "Il “venerdì nero” è una consuetudine importata dagli USA."),
        ("it", "Il venerdì santo la processione attraversa il paese."),
        ("pt", "Na quarta-feira de cinzas os foliões voltaram para casa."),
        ("id", "Umat Kristiani merayakan Jumat Agung di gereja."),
        # Italian: with its article a weekday is habitual
        ("it", "Il venerdì dopo il Giorno del Ringraziamento i negozi offrono sconti."),
        ("it", "La domenica il museo è chiuso."),
    ],
)
def test_named_or_habitual_weekday(lang, text):
    assert found(text, lang) == []


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # a future word in the reported clause after 'that' is not the weekday's
        (
            "pt",
            "O presidente disse na sexta-feira que vai vetar o projeto.",
            [("sexta-feira", "2025-03-07")],
        ),
        ("it", "Il presidente ha detto venerdì che porrà il veto.", [("venerdì", "2025-03-07")]),
        (
            "id",
            "Presiden mengatakan pada Jumat bahwa ia akan memveto RUU itu.",
            [("Jumat", "2025-03-07")],
        ),
        (
            "de",
            "Der Präsident sagte am Freitag, dass er sein Veto einlegen wird.",
            [("Freitag", "2025-03-07")],
        ),
        (
            "fa",
            "رئیس‌جمهور روز چهارشنبه گفت که قیمت‌ها کاهش خواهد یافت.",
            [("چهارشنبه", "2025-03-12")],
        ),
        # ... while one before 'that' still is
        (
            "pt",
            "O presidente vai anunciar na sexta-feira que vetou o projeto.",
            [("sexta-feira", "2025-03-14")],
        ),
        # German: a part of the day written onto the weekday, and 'Sonnabend'
        ("de", "Am Montagabend kam es zu einem Unfall.", [("Montagabend", MON_PAST)]),
        ("de", "Am Sonnabend wurde der Bürgermeister gewählt.", [("Sonnabend", "2025-03-08")]),
        # Korean: a plain present ending the sentence is a schedule
        ("ko", "결승전은 일요일 서울에서 열린다.", [("일요일", "2025-03-16")]),
        ("ko", "월요일부터 새 규정이 시행된다.", [("월요일", MON_NEXT)]),
        ("ko", "결승전은 일요일 서울에서 열렸다.", [("일요일", "2025-03-09")]),
        # ... not hearsay nor a report
        ("ko", "경찰에 따르면 월요일 사고가 발생했다고 한다.", [("월요일", MON_PAST)]),
        ("ko", "사고는 월요일 발생한 것으로 전해진다.", [("월요일", MON_PAST)]),
    ],
)
def test_clause_of_the_weekday(lang, text, expected):
    assert found(text, lang) == expected


def test_id_minggu_ini_is_this_week_not_sunday():
    # 'minggu' is also 'week': "Minggu ini" is this week, Monday to Sunday
    # (session 32: CLDR's relative week words are read), no Sunday
    text = "Minggu ini harga beras naik."
    got = [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, "id", PUB)]
    assert got == [("Minggu ini", "2025-03-10", "2025-03-16")]
