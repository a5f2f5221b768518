"""A live match page posts each entry at the match's minute, alone on the
line above it ("45'+2", "38'", "9'"): the minutes were kept as the
article's subheadings (body), or set aside before the article as menu
items (navigation). Two such lines or more on a page are the entries'
stamps (metadata), as a live page's clock times are. A page written for
this test in a Brazilian sports site's style; a score line, a lone minute,
and a sentence naming the minute stay as before."""

from __future__ import annotations

from tests.clean.helpers import BODY, classify_lines, label_between

ENTRIES = [
    "FIM DO PRIMEIRO TEMPO! Flamengo e Palmeiras empatam por 1 a 1 no Maracanã, em partida equilibrada e muito disputada no meio de campo.",
    "GOL DO PALMEIRAS! Após cobrança de escanteio, o zagueiro sobe mais alto que a defesa e cabeceia no canto, sem chances para o goleiro.",
    "Cartão amarelo para o volante do Flamengo, que chegou atrasado na dividida e derrubou o meia adversário perto da área.",
    "Começa o jogo! A bola rola no Maracanã, com mais de sessenta mil torcedores nas arquibancadas.",
]
MINUTES = ["45'+2", "38'", "21’", "0'"]
HEADLINE = "Flamengo x Palmeiras AO VIVO: acompanhe o clássico pelo Brasileirão"


def test_match_minutes_are_the_entries_stamps():
    lines = [HEADLINE, "Flamengo 1 x 1 Palmeiras"]
    for m, e in zip(MINUTES, ENTRIES):
        lines += [m, e]
    got = classify_lines(lines)
    for m in MINUTES:
        assert got[m][0] == "metadata", (m, got[m])
    for e in ENTRIES:
        assert got[e][0] == "body", got[e]
    assert got[HEADLINE][0] == "title", got[HEADLINE]
    assert got["Flamengo 1 x 1 Palmeiras"][0] != "metadata", got["Flamengo 1 x 1 Palmeiras"]


def test_a_lone_minute_is_left_as_before():
    label, reasons = label_between(BODY["pt"], "38'")
    assert not reasons[0].startswith("the match minute"), reasons


def test_a_sentence_naming_the_minute_stays_body():
    line = "O gol saiu aos 38' do primeiro tempo, depois de uma cobrança de escanteio."
    got = classify_lines([ENTRIES[0], "45'+2", ENTRIES[1], "38'", line, ENTRIES[2]])
    assert got[line][0] == "body", got[line]
