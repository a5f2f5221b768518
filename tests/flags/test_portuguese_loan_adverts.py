"""Portuguese loan adverts (the known miss: only "sem consulta ao SPC" was
read): a loan "para negativados", money "na conta" the same day, as a line
with a messenger, a paragraph with no contact, or a sentence pasted into a
paragraph of a city story. Near miss: a news line on the central bank's
average rate for payroll loans with its public hotline. Written for this
file; the three positives fail at eb8935f3."""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds

RECIFE = (
    "A prefeitura de Recife iniciou nesta quarta-feira a pavimentação de 40 ruas no bairro "
    "de Casa Amarela, com investimento de 22 milhões de reais.\n"
    "{a}\n"
    "As obras devem durar seis meses e incluem drenagem, calçadas acessíveis e iluminação de "
    "LED, segundo a secretaria de Infraestrutura.\n"
)


@pytest.mark.parametrize(
    "ad",
    [
        (
            "Empréstimo consignado para aposentados e negativados, dinheiro na conta em 24 "
            "horas, fale com a gente no WhatsApp (81) 99876-5432"
        ),
        (
            "Precisa de dinheiro? Empréstimo na hora sem burocracia e sem comprovação de "
            "renda, taxa a partir de 1,99% ao mês. Simule agora e receba o dinheiro na conta "
            "ainda hoje."
        ),
        (
            "As obras começaram cedo. Precisa de dinheiro rápido? Empréstimo para negativados "
            "com aprovação imediata, chama no WhatsApp 81 99876-5432. A secretaria pediu "
            "paciência aos moradores do bairro durante as obras."
        ),
    ],
    ids=["line", "paragraph", "inside"],
)
def test_portuguese_loan_adverts_are_spam(ad):
    doc = flagged(RECIFE.format(a=ad))
    assert kinds(doc, "spam"), [f.reason for f in doc.flags]


def test_a_news_line_on_loan_rates_is_clean():
    line = (
        "O Banco Central informou que o crédito consignado para aposentados teve taxa média "
        "de 1,7% ao mês em março; dúvidas pelo telefone 0800 979 2345."
    )
    doc = flagged(RECIFE.format(a=line))
    assert not kinds(doc, "spam"), [f.reason for f in doc.flags]
