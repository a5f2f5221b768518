"""A publisher's legal register under its pages (invented lines in the
styles of Spanish, French, German, Italian, Portuguese, British and
Vietnamese sites): the company, its register, its numbers and its share
capital. Written as one long line with no sentence, it was kept as the
article's last paragraph – and two pages of one site that shared it were
glued into one story. Lone advertising-slot labels outside the other cue
tables ('Anuncio', 'Annonce', 'Publicidad:') were kept as subheadings."""

from __future__ import annotations

import pytest

from .helpers import BODY, classify_lines, label_between, label_closing

REGISTERS = [
    (
        "es",
        "Editorial Montes del Ebro S.L. – CIF B-50123456 – Registro Mercantil de Zaragoza, Tomo 4123, Folio 87, Hoja Z-56012",
    ),
    (
        "es",
        "Diario del Valle S.A. · NIF A-28000000 · Inscrita en el Registro Mercantil de Madrid, tomo 12.345, folio 10",
    ),
    (
        "fr",
        "Société éditrice : Les Éditions du Rhône SAS au capital de 120 000 euros – RCS Lyon 812 345 678 – Siège social : 12 quai Saint-Vincent, 69001 Lyon",
    ),
    ("fr", "La Gazette des Alpes, SARL au capital de 50 000 €, RCS Grenoble B 423 567 890"),
    (
        "de",
        "Rheinland Medien GmbH · Sitz: Koblenz · Amtsgericht Koblenz HRB 12345 · Geschäftsführer: Thomas Berg",
    ),
    (
        "it",
        "Editoriale Lario S.r.l. – P.IVA 01234560131 – Registro Imprese di Como – Capitale sociale € 100.000 i.v.",
    ),
    ("pt", "Editora Serra Azul Ltda. – CNPJ 12.345.678/0001-90 – Rua das Flores, 120, Curitiba"),
    (
        "en",
        "Harbour Media Ltd. Registered in England and Wales, company number 01234567. Registered office: 1 Quay Street, Bristol BS1 4DJ",
    ),
    ("vi", "Giấy phép hoạt động báo điện tử số 99/GP-BTTTT do Bộ Thông tin và Truyền thông cấp"),
]


@pytest.mark.parametrize(("lang", "line"), REGISTERS)
def test_a_company_register_is_the_footer(lang, line):
    for got in (label_closing(BODY[lang], line), label_between(BODY[lang], line)):
        assert got[0] == "footer", got
        assert "legal register" in got[1][0], got


# scrapers glue the register to the phone, the address and the copyright
# notice: one block as long as five short lines
GLUED = [
    (
        "fr",
        "© Les Éditions du Rhône SAS.Tél. 04 72 00 00 00 - 12 quai Saint-Vincent, 69001 Lyon - SIRET 812 345 678 00019 - RCS Lyon B 812 345 678 - Toute reproduction, même partielle, est interdite sans l'autorisation écrite de la société éditrice, conformément aux articles L.122-4 et suivants du Code de la propriété intellectuelle",
    ),
    (
        "de",
        "© Rheinland Medien GmbH & Co. KG.Telefon 0261 123 456 - Rheinstraße 10, 56068 Koblenz - Registergericht: Amtsgericht Koblenz HRA 2134 - USt-IdNr. DE 123456789 - Alle Rechte vorbehalten, Nachdruck und Vervielfältigung nur mit schriftlicher Genehmigung des Verlags gemäß Urheberrechtsgesetz, auch auszugsweise und in elektronischen Medien",
    ),
]


@pytest.mark.parametrize(("lang", "line"), GLUED)
def test_a_register_glued_to_the_copyright_notice_is_the_footer(lang, line):
    got = label_closing(BODY[lang], line)
    assert got[0] == "footer", got


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        (
            "es",
            "La empresa Construcciones Ebro S.L., con CIF B-50123456, recibió 2,3 millones de euros en contratos públicos en 2024.",
        ),
        (
            "de",
            "Die Firma ist beim Amtsgericht Koblenz unter HRB 12345 eingetragen, wie aus dem Handelsregister hervorgeht.",
        ),
        (
            "en",
            "The firm, registered in England with company number 01234567, went into administration in March.",
        ),
        (
            "fr",
            "La société, immatriculée au RCS de Lyon et au capital de 10 000 euros, a été placée en liquidation judiciaire.",
        ),
        (
            "pt",
            "A empresa Serra Azul Ltda., inscrita no CNPJ 12.345.678/0001-90, recebeu R$ 2 milhões da prefeitura em 2024.",
        ),
        (
            "it",
            "La Costruzioni Lario S.r.l., con capitale sociale di 10.000 euro, ha vinto l'appalto da 3 milioni.",
        ),
        (
            "vi",
            "Công ty cổ phần Sông Hàn được Sở Kế hoạch và Đầu tư cấp giấy chứng nhận đăng ký kinh doanh năm 2015 và hiện có 200 nhân viên.",
        ),
    ],
)
def test_a_report_naming_a_register_entry_stays_body(lang, line):
    assert label_between(BODY[lang], line)[0] == "body"
    assert label_closing(BODY[lang], line)[0] == "body"


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("es", "Anuncio"),
        ("es", "ANUNCIO"),
        ("es", "Publicidad:"),
        ("fr", "Annonce"),
        ("es", "Contenido patrocinado"),
    ],
)
def test_a_lone_advert_slot_label_is_navigation(lang, line):
    b = BODY[lang]
    for lines in ([b[0], line, b[1], b[2], b[3]], [b[0], b[1], line, b[2], b[3]]):
        got = classify_lines(lines)
        assert got[line][0] == "navigation", got[line]
        assert all(got[p][0] == "body" for p in b), [got[p] for p in b]


# the imprint written a field a line: the company's name was taken for the
# writer's name signing the article off, the register's numbers for short
# lines or headlines after it
IMPRINTS = [
    ("de", ["Rheinland Medien GmbH", "Amtsgericht Koblenz, HRB 12345", "USt-IdNr.: DE123456789"]),
    ("es", ["Editorial Montes del Ebro S.L.", "CIF: B-50123456"]),
    ("it", ["Editoriale Lario S.r.l.", "P.IVA 01234560131"]),
]


@pytest.mark.parametrize(("lang", "lines"), IMPRINTS)
def test_an_imprint_a_field_a_line_is_the_footer(lang, lines):
    got = classify_lines([*BODY[lang], *lines])
    for line in lines:
        assert got[line][0] == "footer", (line, got[line])
    assert all(got[p][0] == "body" for p in BODY[lang])


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("de", "Amtsgericht Koblenz verurteilt drei Männer"),
        ("es", "La CIF de la empresa"),
        ("en", "Jane Doe"),
    ],
)
def test_a_register_word_without_its_number_or_a_name_is_no_imprint(lang, line):
    assert label_between(BODY[lang], line)[0] == "body"
    assert label_closing(BODY[lang], line)[0] != "footer"
