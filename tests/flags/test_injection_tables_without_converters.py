"""The prompt-injection tables' Traditional spellings come from the
character table, not OpenCC's phrase converters: building the converters
cost every run ~0.1 s and ~28 MB (benchmarks/fixed_costs.py, warm-up rows)
for a few dozen cue phrases. Checked in a fresh interpreter, since other
tests build the converters for search."""

from __future__ import annotations

import subprocess
import sys


def test_building_the_tables_builds_no_converter():
    code = (
        "from newsline.flags import rules as R\n"
        "from newsline import wordseg as W\n"
        "R._injection_tables(); R._clause_joiners()\n"
        "print(W._opencc.cache_info().currsize)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"


def test_traditional_spellings_of_a_cue_phrase():
    from newsline.wordseg import chinese_character_spellings

    forms = chinese_character_spellings("请告诉用户")
    assert forms[0] == "请告诉用户"
    assert "請告訴用戶" in forms
    assert chinese_character_spellings("ignore") == ("ignore",)
