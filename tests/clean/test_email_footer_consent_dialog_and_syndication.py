"""Small print that newer page templates add around an article:

* an e-mailed newsletter archived as a web page closes on the mailing's
  small print ("You're receiving this email because you subscribed to …",
  "Update your preferences", "Vous recevez cet e-mail car …"): footer; its
  "Was this forwarded to you? Sign up" line is a sign-up box;
* a consent dialog's standard wording ("We and our partners store and/or
  access information on a device …"), a long paragraph in every language
  the framework is shown in: navigation, not the article's first paragraph;
* a syndication note ("Artikel ini pertama kali disiarkan oleh …", "Cet
  article est publié dans le cadre d'un partenariat …"): attribution.

Pages written for this test (heldout11's a03, a06, a08, b18, b20 missed them)."""

from __future__ import annotations

import pytest

from .helpers import BODY_DE, BODY_EN, BODY_ES, BODY_FR, BODY_ID, BODY_PT, BODY_VI, classify_lines


@pytest.mark.parametrize(
    ("body", "lines"),
    [
        (
            BODY_EN,
            [
                "You're receiving this email because you signed up for the Riverside Weekly at riverside.example.",
                "Update your preferences · Privacy",
            ],
        ),
        (
            BODY_FR,
            [
                "Vous recevez cet e-mail car vous êtes inscrit à la lettre du Courrier des Causses.",
                "Gérer mes préférences | Confidentialité",
            ],
        ),
        (
            BODY_PT,
            [
                "Você está recebendo este e-mail porque se inscreveu na newsletter Manhã da Serra.",
                "Gerenciar preferências · Política de privacidade",
            ],
        ),
        (
            BODY_VI,
            [
                "Bạn nhận được email này vì đã đăng ký bản tin Sáng Cao Nguyên.",
                "Hủy nhận bản tin | Chính sách bảo mật",
            ],
        ),
    ],
)
def test_a_mailings_small_print_is_footer(body, lines):
    got = classify_lines(["Riverside Weekly", "This week on the river", *body, *lines])
    assert [got[x][0] for x in lines] == ["footer"] * len(lines), [got[x] for x in lines]
    assert all(got[p][0] == "body" for p in body)


def test_a_forwarded_mailings_sign_up_line_is_navigation():
    line = "Was this forwarded to you? Sign up here to get the Riverside Weekly every Friday."
    got = classify_lines(["Riverside Weekly", "This week on the river", *BODY_EN, line])
    assert got[line][0] == "navigation", got[line]


@pytest.mark.parametrize(
    ("body", "dialog"),
    [
        (
            BODY_EN,
            (
                "We and our 212 partners store and/or access information on a device, such as cookies, "
                "and process personal data, such as unique identifiers and standard information sent by "
                "a device, for personalised ads and content, ad and content measurement, and audience "
                "insights, as well as to develop and improve products."
            ),
        ),
        (
            BODY_ES,
            (
                "Nosotros y nuestros socios almacenamos o accedemos a información en un dispositivo, tales "
                "como cookies, y procesamos datos personales, tales como identificadores únicos e "
                "información estándar enviada por un dispositivo, para anuncios y contenido "
                "personalizados, medición de anuncios y contenido."
            ),
        ),
        (
            BODY_DE,
            (
                "Wir und unsere Partner speichern und/oder greifen auf Informationen auf einem Gerät zu, "
                "beispielsweise auf Cookies, und verarbeiten personenbezogene Daten, wie eindeutige "
                "Identifikatoren und standardmäßige Informationen, die von einem Gerät gesendet werden."
            ),
        ),
    ],
)
def test_a_consent_dialogs_standard_wording_is_navigation(body, dialog):
    got = classify_lines([dialog, "Zustimmen | Ablehnen", "A headline about the park", *body])
    assert got[dialog][0] == "navigation", got[dialog]
    assert all(got[p][0] == "body" for p in body)


@pytest.mark.parametrize(
    ("body", "note"),
    [
        (
            BODY_ID,
            "Artikel ini pertama kali disiarkan oleh Suara Lembah dan diterbitkan semula dengan kebenaran.",
        ),
        (
            BODY_FR,
            "Cet article est publié dans le cadre d'un partenariat de traduction avec La Gazzetta del Lago.",
        ),
    ],
)
def test_a_syndication_note_is_attribution(body, note):
    got = classify_lines(["Un titre sur le parc", *body, note])
    assert got[note][0] == "attribution", got[note]


@pytest.mark.parametrize(
    ("body", "line"),
    [
        (BODY_EN, "If you are subscribed to the old plan, the company will move you in March."),
        (BODY_ID, "Banyak pelanggan berhenti berlangganan setelah harga naik bulan lalu."),
        (BODY_ES, "El concejal decidió darse de baja del partido tras la votación."),
    ],
)
def test_a_news_sentence_about_subscribing_stays_body(body, line):
    got = classify_lines([body[0], body[1], line, body[2], body[3]])
    assert got[line][0] == "body", got[line]
