"""A line that only strings names together (agencies, photo credits) carries
no language: the model reads its letters as English on a Thai, Vietnamese,
Chinese or Spanish page, yet it is no foreign passage. A line with words of a
language between its names stays judged. Every page here was written for
this file."""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds

BODIES = {
    "vi": "Chính phủ hôm thứ Hai cho biết sẽ tăng đầu tư vào hạ tầng giao thông trong năm tới.\n"
    "Bộ Giao thông vận tải cho biết các dự án đường cao tốc sẽ được đẩy nhanh tiến độ.\n",
    "th": "รัฐบาลประกาศเมื่อวันจันทร์ว่าจะเพิ่มการลงทุนในโครงสร้างพื้นฐานด้านการคมนาคมในปีหน้า\n"
    "กระทรวงคมนาคมระบุว่าโครงการทางด่วนจะเร่งดำเนินการให้แล้วเสร็จตามกำหนด\n",
    "zh": "政府周一宣布，明年将加大对交通基础设施的投资力度。\n交通运输部表示，高速公路项目将加快推进，确保按期完工。\n",
}
NAME_LINES = [
    "Reuters, AFP, EFE, dpa, Associated Press, Agence France-Presse, Kyodo, Yonhap",
    "(AFP) - Agence France-Presse - Deutsche Presse-Agentur - Associated Press - Reuters - EFE",
    "REUTERS/Kim Kyung-Hoon/File Photo AFP/Getty Images EPA-EFE/RONALD WITTEK",
    "Kyodo News, Yonhap News Agency, Xinhua, Bernama, Antara, Associated Press, Getty Images",
]
# Near misses: English words, not names, between the commas or dashes.
ENGLISH_LINES = [
    "Thomson Reuters Foundation, Agence France-Presse and Deutsche Presse-Agentur contributed",
    "cheap loans, fast cash today, no credit check needed, apply online in minutes",
    "Click here to win a free phone - limited offer - register your account now",
]


@pytest.mark.parametrize("lang", sorted(BODIES))
@pytest.mark.parametrize("line", NAME_LINES)
def test_a_line_of_names_is_no_foreign_block(lang, line):
    doc = flagged(BODIES[lang] + line + "\n")
    assert not kinds(doc, "foreign_block")
    assert not kinds(doc, "content_farm")


@pytest.mark.parametrize("lang", sorted(BODIES))
@pytest.mark.parametrize("line", ENGLISH_LINES)
def test_a_line_with_words_between_its_names_is_still_judged(lang, line):
    doc = flagged(BODIES[lang] + line + "\n")
    assert kinds(doc, "foreign_block") or kinds(doc, "spam")

