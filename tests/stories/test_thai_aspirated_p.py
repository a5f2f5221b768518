"""A Thai name's aspirated p (พ, ภ, ผ), which royin writes "ph", meets the
Latin spellings that write it "p". Latin pages spell Thai names with a bare
p as often as with ph (Pornthip, Prayut, Pattaya beside Phuket), and the
skeletons read "ph" as the f of Philippe, so a Thai page naming the
story's person gave k:fmfk where the Latin pages gave k:pmpk and met none
of them. The Thai name is read both ways. Invented pages: a badminton
final in Jakarta (en, es, th) with a Thai player; a Thai page about another
player, spelled with an f, stays apart."""

from __future__ import annotations

from collections import Counter

from newsline.stories import ClusterStories
from newsline.stories.anchors import thai_features

from .helpers import page

FINAL = [
    page(
        "bad-en",
        "en",
        "2025-06-16",
        "Pimpaka Promsiri wins Indonesia Open title",
        "Thailand's Pimpaka Promsiri beat Japan's Aoi Morikawa in straight games in the women's "
        "singles final of the Indonesia Open at Istora Senayan on Sunday, her first title on the "
        "world tour. Coach Somsak Boonruang said Pimpaka would rest before the Singapore leg.",
    ),
    page(
        "bad-es",
        "es",
        "2025-06-16",
        "Pimpaka Promsiri gana el Abierto de Indonesia",
        "La tailandesa Pimpaka Promsiri venció a la japonesa Aoi Morikawa en dos juegos en "
        "la final individual femenina del Abierto de Indonesia, en el Istora Senayan, su primer "
        "título del circuito mundial. Su entrenador, Somsak Boonruang, anunció que descansará.",
    ),
]
THAI = page(
    "bad-th",
    "th",
    "2025-06-16",
    "พิมพ์ผกา พรหมศิริ คว้าแชมป์แบดมินตันหญิงเดี่ยว",
    "นางสาวพิมพ์ผกา พรหมศิริ นักแบดมินตันหญิงเดี่ยวทีมชาติไทย คว้าแชมป์รายการใหญ่ที่อินโดนีเซีย "
    "เมื่อวันอาทิตย์ นับเป็นแชมป์รายการแรกในเวิลด์ทัวร์ของเธอ",
)
# A Thai page of the same days about another player, whose name has an f (ฟ).
OTHER = page(
    "swim-th",
    "th",
    "2025-06-16",
    "ฟ้าใส ศรีวงศ์ ทำลายสถิติว่ายน้ำ",
    "นางสาวฟ้าใส ศรีวงศ์ นักว่ายน้ำทีมชาติไทย ทำลายสถิติประเทศไทยท่าฟรีสไตล์ 200 เมตร "
    "ในการแข่งขันชิงแชมป์ประเทศไทยที่กรุงเทพฯ เมื่อวันอาทิตย์ ด้วยเวลา 1 นาที 58.41 วินาที",
)


def test_thai_aspirated_p_is_read_with_and_without_its_h():
    names, _ = thai_features("นางสาวพิมพ์ผกา พรหมศิริ คว้าแชมป์")
    got = {f for f, _ in names}
    # royin "phimphaka phromsiri", and as "Pimpaka Promsiri" spells it
    assert {"k:fmfk", "k:pmpk", "k:flms", "k:plms"} <= got


def test_thai_f_stays_f():
    names, _ = thai_features("นายฟีลิป มาร์ชอง เดินทางถึง")
    assert ("k:flp", "ฟีลิป") in names
    assert not any(f.startswith("k:pl") for f, _ in names)


def test_thai_page_joins_the_latin_story_of_its_player():
    stage = ClusterStories()
    stage(FINAL + [THAI, OTHER], Counter())
    assert stage.story_of("bad-th") == stage.story_of("bad-en") == stage.story_of("bad-es")


def test_thai_page_of_another_player_stays_apart():
    stage = ClusterStories()
    stage(FINAL + [THAI, OTHER], Counter())
    assert stage.story_of("swim-th") != stage.story_of("bad-en")
