"""Turkish writes the capital of dotless "ı" as "I", which every other
language lower-cases to "i": a Turkish line in capitals ("TÜM HAKLARI
SAKLIDIR", "YORUM YAZIN") never met its cue written in lower case ("tüm
hakları saklıdır", "yorum yazın"), and the copyright notice or the comment
prompt stayed on the page as text. Dotless "ı" now folds to "i" as "I"
does, one character for one. Lines written for this test in a Turkish
portal's style; the same words in a sentence of the article stay body."""

from __future__ import annotations

import pytest

from newsline.clean.features import find_cues, fold_line
from tests.clean.helpers import BODY, label_closing


def test_dotless_i_folds_as_its_capital():
    assert fold_line("BASIN BÜLTENİ") == fold_line("basın bülteni")
    assert len(fold_line("SAKLIDIR")) == len("SAKLIDIR")


@pytest.mark.parametrize(
    "line,category",
    [("TÜM HAKLARI SAKLIDIR.", "copyright"), ("YORUM YAZIN", "comments")],
)
def test_a_line_in_capitals_meets_its_cue(line, category):
    assert any(h.category == category for h in find_cues(line)), find_cues(line)
    label, reasons = label_closing(BODY["tr"], line)
    assert label in ("footer", "navigation"), reasons


def test_the_words_in_a_sentence_stay_body():
    line = (
        "Belediye başkanı, tüm hakları saklı tutarak projeye itiraz eden "
        "vatandaşların yorum yazın çağrısına da yanıt vereceklerini söyledi."
    )
    label, reasons = label_closing(BODY["tr"], line)
    assert label == "body", reasons
