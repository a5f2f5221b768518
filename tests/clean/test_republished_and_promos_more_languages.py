"""Notes that the text ran first elsewhere, follow prompts, newsletter boxes,
cookie banners and paywall prompts on Indonesian, Portuguese, German, Russian
and Japanese pages: each was kept as body text before (their tables had no
phrases in those languages, and no table named a republishing note). Pages
written for this test, in no real site's words."""

from __future__ import annotations

import pytest

from tests.clean.helpers import classify_lines, page

BODY = {
    "id": [
        "Pemerintah kota mengumumkan pada Senin bahwa renovasi taman pusat kota akan dimulai awal bulan depan dan berlangsung sekitar enam bulan.",
        "Menurut rencana, area bermain anak akan diperluas dan lebih banyak pohon akan ditanam di sepanjang jalur pejalan kaki taman.",
        "Warga sekitar menyambut baik proyek tersebut, tetapi meminta pemberitahuan yang jelas tentang jadwal pekerjaan yang paling bising.",
        "Juru bicara proyek mengatakan para pekerja akan menekan kebisingan seminimal mungkin dan menyediakan jalur sementara bagi pejalan kaki.",
    ],
    "pt": [
        "A prefeitura anunciou na segunda-feira que as obras de reforma do parque central começarão no início do próximo mês e devem durar cerca de seis meses.",
        "Segundo o projeto, a área de brinquedos infantis será ampliada e mais árvores serão plantadas ao longo das trilhas para pedestres.",
        "Os moradores aprovaram a reforma, mas pediram aviso prévio sobre os períodos em que as obras forem mais barulhentas.",
        "Um porta-voz da obra disse que as equipes vão reduzir o barulho ao mínimo e abrir passagens provisórias para os pedestres.",
    ],
    "de": [
        "Die Stadt kündigte am Montag an, dass die Sanierung des Zentralparks Anfang nächsten Monats beginnen und etwa sechs Monate dauern werde.",
        "Nach den Plänen wird der Spielplatz vergrößert, außerdem sollen entlang der Fußwege zahlreiche neue Bäume gepflanzt werden.",
        "Anwohner begrüßten das Vorhaben, wollen aber rechtzeitig erfahren, wann die lautesten Arbeiten stattfinden.",
        "Ein Sprecher des Projekts sagte, die Bautrupps würden den Lärm so gering wie möglich halten und provisorische Wege anlegen.",
    ],
    "ru": [
        "Городские власти объявили в понедельник, что реконструкция центрального парка начнётся в начале следующего месяца и займёт около полугода.",
        "По плану детскую площадку расширят, а вдоль пешеходных дорожек высадят несколько сотен новых деревьев и кустарников.",
        "Жители района поддержали проект, но попросили заранее сообщать, когда будут проводиться самые шумные работы.",
        "Представитель подрядчика заверил, что строители постараются свести шум к минимуму и оборудуют временные проходы.",
    ],
}


def _page(lang: str, line: str) -> list[str]:
    b = BODY[lang]
    return [b[0], b[1], line, b[2], b[3]]


@pytest.mark.parametrize(
    ("lang", "line", "label"),
    [
        # the text ran first elsewhere
        (
            "id",
            (
                'Artikel ini telah tayang di laman Warta Kota dengan judul "Taman Kota Direnovasi". '
                "Klik untuk baca: contoh.id/taman"
            ),
            "attribution",
        ),
        (
            "pt",
            (
                "Este artigo foi publicado originalmente no site Conversa Pública, sob licença "
                "Creative Commons."
            ),
            "attribution",
        ),
        (
            "de",
            "Dieser Artikel erschien zuerst in der Wochenendausgabe der Rheinischen Blätter.",
            "attribution",
        ),
        (
            "de",
            "Dieser Text wurde mit Material der Nachrichtenagenturen dpa und AFP erstellt.",
            "attribution",
        ),
        # follow prompts and newsletter boxes in the middle of the body
        ("id", "Simak berita dan artikel lainnya di Google News", "navigation"),
        (
            "id",
            (
                "Dapatkan update berita pilihan dan breaking news setiap hari. Mari bergabung di "
                "Grup Telegram kami."
            ),
            "navigation",
        ),
        (
            "pt",
            "Receba as notícias da cidade no seu e-mail. Cadastre-se na nossa newsletter.",
            "navigation",
        ),
        (
            "de",
            "Das Wichtigste aus der Region jeden Morgen in Ihrem Postfach. Jetzt anmelden",
            "navigation",
        ),
        (
            "ru",
            "Подпишитесь на нашу рассылку, чтобы получать главные новости недели.",
            "navigation",
        ),
        # cookie banners and paywall prompts
        ("de", "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.", "navigation"),
        ("pt", "Utilizamos cookies para melhorar a sua experiência no site.", "navigation"),
        ("pt", "Assine para ler esta e outras reportagens exclusivas.", "navigation"),
        ("id", "Untuk membaca artikel selengkapnya, silakan masuk atau daftar.", "navigation"),
    ],
)
def test_site_notices_in_more_languages_are_set_aside(lang, line, label):
    got = classify_lines(_page(lang, line))
    assert got[line][0] == label, got[line]
    for p in BODY[lang]:
        assert got[p][0] == "body", (p, got[p])


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        (
            "en",
            (
                "The study was originally published in 2019 and has since been cited by dozens "
                "of researchers working on urban heat."
            ),
        ),
        (
            "id",
            (
                "Film dokumenter tentang taman itu telah tayang di bioskop sejak pekan lalu dan "
                "ditonton lebih dari sepuluh ribu orang."
            ),
        ),
        (
            "pt",
            (
                "Os moradores que recebem as notícias pelo rádio disseram que só souberam da "
                "reforma na véspera do início das obras."
            ),
        ),
    ],
)
def test_sentences_using_the_words_stay_body(lang, line):
    lines = page(lang, mid=[line]) if lang == "en" else _page(lang, line)
    got = classify_lines(lines)
    assert got[line][0] == "body", got[line]
