"""Words for the day after tomorrow and the day before yesterday that CLDR's
relative fields lack (tables.RELATIVE_DAY_EXTRA: id "lusa", it "dopodomani",
ko "모레", "그저께", pt "depois de amanhã"; es "antier" in the Spanish table),
and fixed holidays named by name in languages read through CLDR (de
"Heiligabend", it "Ferragosto", pt "Finados") and en "Bonfire Night": that
day, as heldout5 reads a holiday named by name (heldout17). Sentences written
for these tests; published Wednesday 2026-11-18."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2026-11-18"


def found(text, lang, pub=PUB):
    return [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, lang, pub)]


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        ("id", "Menteri akan meresmikan bendungan itu lusa.", [("lusa", "2026-11-20", None)]),
        ("id", "Kemarin lusa banjir merendam tiga desa.", [("Kemarin lusa", "2026-11-16", None)]),
        ("it", "Lo sciopero dei treni è previsto per dopodomani.", [("dopodomani", "2026-11-20", None)]),
        ("ko", "대통령은 모레 순방길에 오른다.", [("모레", "2026-11-20", None)]),
        ("ko", "그저께 서울에 첫눈이 내렸다.", [("그저께", "2026-11-16", None)]),
        ("pt", "O resultado sai depois de amanhã.", [("depois de amanhã", "2026-11-20", None)]),
        ("es", "Antier se registró un apagón en Monterrey.", [("Antier", "2026-11-16", None)]),
        ("de", "Viele Geschäfte schließen an Heiligabend schon mittags.", [("Heiligabend", "2026-12-24", None)]),
        ("it", "A Ferragosto le spiagge erano piene.", [("Ferragosto", "2026-08-15", None)]),
        # a holiday beside its own date: one date
        ("pt", "O cemitério abriu mais cedo no feriado de Finados, 2 de novembro.", [("2 de novembro", "2026-11-02", None)]),
        ("en", "Fireworks sales peaked before Bonfire Night.", [("Bonfire Night", "2026-11-05", None)]),
    ],
)
def test_day_words_and_holidays(lang, text, want):
    assert found(text, lang) == want
