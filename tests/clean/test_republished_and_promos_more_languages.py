"""Notes that the text ran first elsewhere, follow prompts, newsletter boxes,
cookie banners and paywall prompts on Indonesian, Portuguese, German, Russian
and Japanese pages: each was kept as body text before (their tables had no
phrases in those languages, and no table named a republishing note). Pages
written for this test, in no real site's words."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY, classify_lines, page


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
