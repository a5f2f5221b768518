"""Above a text dump's headline: a menu or a widget written as fields
between bars ("市政要闻 | 部门动态 | 县区快讯 | …", "Kurs: USD 16.250 | EUR
17.610 | …"), a row of bracketed buttons ("[Cetak] [Kirim] [Tutup]"), and the name
of the site or the authority publishing it ("Gobierno de la Ciudad de Puerto
Alegre"), whose words the article names. None is the headline: a line of
three bar fields or more is navigation, the bracketed buttons too, and a
headline that names no one keeps the title when it shares more of the
article's words than the site's name does. Pages written for this test."""

from __future__ import annotations

from .helpers import BODY, labels_of


def test_bar_menu_above_a_chinese_headline():
    lines = [
        "南岭市人民政府",
        "市政要闻 | 部门动态 | 县区快讯 | 公示公告 | 政策解读",
        "中心公园改造工程下月动工",
        "发布时间：2025-04-18 16:20",
        *BODY["zh"],
    ]
    assert labels_of(lines)[1:4] == ["navigation", "title", "metadata"]


def test_rate_widget_and_bracketed_buttons_above_an_indonesian_headline():
    lines = [
        "Kurs hari ini: USD 16.250 | EUR 17.610 | SGD 12.050 | JPY 108",
        "Renovasi taman pusat kota dimulai bulan depan",
        "Senin, 4 Maret 2024 | 14:20 WIB",
        "[Cetak] [Kirim] [Tutup]",
        *BODY["id"],
    ]
    assert labels_of(lines)[:4] == ["navigation", "title", "metadata", "navigation"]


def test_headline_without_names_under_the_authoritys_name():
    lines = [
        "Ir al contenido",
        "Gobierno de la Ciudad de Puerto Alegre",
        "Inicio / Prensa / Noticias",
        "El municipio suma cuatro ambulancias de alta complejidad para los barrios",
        "Publicado: 07/05/2025 - 12:30 hs",
        (
            "El Gobierno de la Ciudad entregó este miércoles cuatro ambulancias de alta complejidad a "
            "los hospitales de los barrios del norte, con una inversión de 412 millones de pesos."
        ),
        (
            "Las unidades cuentan con respirador y desfibrilador, y permitirán trasladar pacientes "
            "críticos sin depender de las ambulancias del centro."
        ),
        (
            "La secretaria de Salud, Graciela Benítez, explicó que los hospitales de los barrios "
            "compartían hasta ahora una sola ambulancia de alta complejidad."
        ),
    ]
    assert labels_of(lines)[1:5] == ["navigation", "navigation", "title", "metadata"]
