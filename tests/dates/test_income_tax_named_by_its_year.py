"""The income tax named by the year of the income it taxes ("la renta 2024",
"impuesto a la renta 2023", "la déclaration des revenus 2024", "l'impôt sur
le revenu 2023") is that year, as a fiscal year named by its year ("el
ejercicio 2024"), though it is filed the year after. Not a sum ("una renta
2000 euros"), nor income in general ("les revenus 2025 du groupe", which
names no tax)."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-03-10"


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,year",
    [
        ("es", "Hacienda devolverá antes la renta 2024 a los jubilados.", "2024"),
        ("es", "Los contribuyentes del impuesto a la renta 2023 tienen plazo hasta marzo.", "2023"),
        ("es", "Arranca la campaña de la Renta 2024 con novedades para autónomos.", "2024"),
        ("fr", "La déclaration des revenus 2024 ouvrira en avril.", "2024"),
        ("fr", "L'impôt sur le revenu 2023 a rapporté moins que prévu.", "2023"),
    ],
)
def test_an_income_tax_named_by_its_year_is_that_year(lang, text, year):
    assert year in [v for _, v in found(text, lang)]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("es", "Cobra una renta 2000 euros al mes por el piso."),
        ("es", "Renta 4 Banco ganó 30 millones."),
        ("fr", "Les revenus 2025 du groupe progressent de 4 %."),
    ],
)
def test_no_tax_year_where_no_tax_is_named(lang, text):
    assert found(text, lang) == []
