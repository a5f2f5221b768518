"""Copies of one Arabic or Persian article that differ only in how a site
writes a few letters are exact duplicates: many Arabic sites leave the hamza
off an alef and the madda ("إن" / "ان", "آلاف" / "الاف"), Egyptian sites
write a final yeh dotless ("في" / "فى"), and Persian sites type the Persian or
the Arabic yeh and kaf by their keyboard ("ی" / "ي", "ک" / "ك").

Near misses stay apart: a different figure or a different word is still a
different text, and the letters themselves are not dropped.

The articles are invented.
"""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.dedup import Deduplicate, normalise
from newsline.model import Document

AR = (
    "أعلنت هيئة الأرصاد في الأردن أن موجة الحر التي تضرب المملكة ستستمر حتى يوم الأحد، "
    "وأن درجات الحرارة قد تتجاوز 44 درجة في الأغوار، فيما سجلت آلاف حالات الإجهاد الحراري "
    "إلى الآن في مستشفيات عمّان وإربد."
)
AR_EGYPTIAN = (
    "اعلنت هيئة الارصاد فى الاردن ان موجة الحر التى تضرب المملكة ستستمر حتى يوم الاحد، "
    "وان درجات الحرارة قد تتجاوز 44 درجة فى الاغوار، فيما سجلت الاف حالات الاجهاد الحرارى "
    "الى الان فى مستشفيات عمّان واربد."
)
FA = (
    "سازمان هواشناسی ایران اعلام کرد که موج گرما تا روز یکشنبه ادامه دارد و دمای هوا در "
    "خوزستان ممکن است از ۵۰ درجه فراتر رود؛ ادارات دولتی این استان تعطیل شد."
)
FA_ARABIC_KEYS = (
    "سازمان هواشناسي ايران اعلام كرد كه موج گرما تا روز يكشنبه ادامه دارد و دماي هوا در "
    "خوزستان ممكن است از ۵۰ درجه فراتر رود؛ ادارات دولتي اين استان تعطيل شد."
)


@pytest.mark.parametrize(
    "first, copy", [(AR, AR_EGYPTIAN), (FA, FA_ARABIC_KEYS)], ids=["ar-hamza-yeh", "fa-yeh-kaf"]
)
def test_copies_in_another_sites_letters_are_exact_duplicates(first, copy):
    docs = [Document(id="a", source="a", text=first), Document(id="b", source="b", text=copy)]
    Deduplicate()(docs, Counter())
    assert docs[1].meta.get("duplicate_of") == "a"


def test_letters_are_read_one_way_not_dropped():
    assert normalise("إن أكثر من آلاف") == "ان اكثر من الاف"
    assert normalise("في التى") == normalise("فى التي") == "في التي"
    assert normalise("یک کتاب") == "يك كتاب"


def test_near_misses_stay_apart():
    other = AR.replace("44 درجة", "46 درجة")
    docs = [Document(id="a", source="a", text=AR), Document(id="b", source="b", text=other)]
    Deduplicate()(docs, Counter())
    assert "duplicate_of" not in docs[1].meta
    # a different word is not folded into this one ("من" from / "منى" a name)
    assert normalise("من") != normalise("منى")
    # the teh marbuta is a letter of its own ("كتابة" writing / "كتابه" his book)
    assert normalise("كتابة") != normalise("كتابه")
