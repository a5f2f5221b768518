"""The pinyin surname table that reads "Liu Xiaoyan" on a Latin page as one
name is written out in the source, so a page with no Chinese never loads
pypinyin's dictionaries; it must stay pypinyin's reading of the surname
list (a surname added to wordseg.HAN_SURNAMES and not here fails)."""

from __future__ import annotations

import subprocess
import sys

from newsline.stories.anchors import _PINYIN_SURNAMES, pinyin, pinyin_full_names
from newsline.wordseg import HAN_SURNAMES


def test_the_table_is_pypinyins_reading_of_the_surname_list():
    assert frozenset(pinyin(c) for c in HAN_SURNAMES) == _PINYIN_SURNAMES


def test_a_pinyin_full_name_is_still_read():
    assert pinyin_full_names("Prime Minister Liu Xiaoyan said on Monday") == [
        ("k:lsn", "Liu Xiaoyan")
    ]
    # a capitalised pair whose first word is no surname is no name
    assert pinyin_full_names("Prime Minister Boris said") == []


def test_an_english_page_does_not_load_pypinyin():
    code = (
        "import sys\n"
        "from newsline.stories.anchors import pinyin_full_names\n"
        "pinyin_full_names('Prime Minister Liu Xiaoyan met Mayor Anne Hidalgo in Paris.')\n"
        "print('pypinyin' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
