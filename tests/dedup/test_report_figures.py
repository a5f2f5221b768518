"""A daily report re-filled with new figures in the same sentence frame
(prices, exchange rates, a weather table) is another report, however alike
its words: its character shingles agree above the near-duplicate threshold,
its figures do not. A copy of an article keeps its figures (one updated
figure among many, digits written in another script, a copy cut short), and
texts with fewer than three figures are not judged by them.

Every report and article is invented.
"""

from __future__ import annotations

from collections import Counter

from newsline.dedup import Deduplicate
from newsline.model import Document
from newsline.settings import DedupSettings


def weather(day: str, t: list[int], rain: int, wind: int, uv: int) -> str:
    return (
        f"Regional forecast for {day}. The morning will start dry across the valley with patchy "
        "cloud over the hills, and the afternoon will bring sunny spells to the coast and to the "
        "northern towns, with a small chance of a shower over the high ground later on.\n\n"
        f"Temperatures: Northport {t[0]} degrees, Kellan Bay {t[1]} degrees, Ashby {t[2]} degrees, "
        f"Dunmore {t[3]} degrees, Eskdale {t[4]} degrees. Chance of rain {rain} per cent. "
        f"Wind from the west at {wind} kilometres per hour. UV index {uv}.\n\n"
        "Outlook for the weekend: staying mostly dry and settled, with light winds and cool nights "
        "inland; frost is possible in sheltered rural spots in the early hours, so gardeners should "
        "protect tender plants and drivers should allow extra time on untreated roads."
    )


def baht(day: str, usd: str, eur: str, jpy: str, cny: str, gold: str) -> str:
    return (
        f"อัตราแลกเปลี่ยนประจำวันที่ {day} ธนาคารแห่งหนึ่งประกาศอัตราซื้อขายเงินตราต่างประเทศ "
        "โดยเงินบาทเคลื่อนไหวในกรอบแคบ นักลงทุนรอติดตามตัวเลขเศรษฐกิจสำคัญของสหรัฐ\n\n"
        f"ดอลลาร์สหรัฐ {usd} บาท ยูโร {eur} บาท เยน 100 เยน {jpy} บาท หยวน {cny} บาท "
        f"ราคาทองคำแท่งขายออก {gold} บาท\n\n"
        "นักวิเคราะห์แนะนำให้ผู้ประกอบการที่มีธุรกรรมต่างประเทศ ป้องกันความเสี่ยงจากอัตราแลกเปลี่ยน "
        "และติดตามข่าวสารอย่างใกล้ชิดตลอดทั้งวัน ปัจจัยที่ต้องจับตาได้แก่ทิศทางนโยบายการเงินของธนาคารกลางหลัก "
        "ราคาน้ำมันในตลาดโลก และกระแสเงินทุนเคลื่อนย้ายของนักลงทุนต่างชาติในตลาดหุ้นและตลาดพันธบัตร\n\n"
        "อัตราดังกล่าวเป็นอัตราอ้างอิงเพื่อประกอบการตัดสินใจเท่านั้น ผู้ใช้บริการควรสอบถามอัตราที่แท้จริง "
        "ณ สาขาหรือช่องทางออนไลน์ของธนาคารก่อนทำธุรกรรมทุกครั้ง"
    )


WIRE = (
    "At least 12 people were injured when a passenger train and a freight train collided at "
    "a level crossing near Morvale station at 7.40 on Friday morning, the regional rail "
    "authority said.\n\n"
    "Four of the injured were taken to Morvale General Hospital, two of them in serious "
    "condition. The passenger train was carrying about 140 people on the 6.55 service from "
    "Castlebury, and its first 2 carriages left the track.\n\n"
    "The line between Castlebury and Morvale will stay closed until at least Sunday while "
    "investigators examine the signalling. Replacement buses run every 30 minutes.\n\n"
    "It is the second accident at the crossing since 2019, when a lorry was struck by an "
    "express train. Residents have campaigned for a bridge for more than 10 years."
)


def run(*texts: str, settings: DedupSettings | None = None) -> list[Document]:
    docs = [Document(id=f"d{i}", source=f"d{i}.txt", text=t) for i, t in enumerate(texts)]
    Deduplicate(settings)(docs, Counter())
    return docs


def near_ids(d: Document) -> list[str]:
    return [n["id"] for n in d.meta.get("near_duplicates") or []]


MON = weather("Monday 3 March", [11, 12, 9, 8, 10], 20, 15, 3)
TUE = weather("Tuesday 4 March", [13, 14, 7, 6, 5], 40, 25, 2)
BAHT_1 = baht("4 มีนาคม", "34.52", "37.18", "23.05", "4.78", "42,150")
BAHT_2 = baht("5 มีนาคม", "34.61", "37.30", "22.94", "4.80", "42,300")


def test_a_weather_report_with_the_next_days_figures_is_another_report():
    assert near_ids(run(MON, TUE)[1]) == []


def test_an_exchange_rate_report_with_the_next_days_rates_is_another_report():
    assert near_ids(run(BAHT_1, BAHT_2)[1]) == []


def test_a_copy_with_one_figure_updated_is_still_a_near_duplicate():
    updated = WIRE.replace("At least 12 people", "At least 14 people")
    assert near_ids(run(WIRE, updated)[1]) == ["d0"]


def test_a_thai_copy_with_thai_digits_keeps_its_figures():
    thai_digits = BAHT_1.translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙"))
    docs = run(BAHT_1, thai_digits)
    assert docs[1].meta.get("duplicate_of") == "d0" or near_ids(docs[1]) == ["d0"]


def test_texts_with_few_figures_are_not_judged_by_them():
    a = WIRE.replace("12", "twelve").replace("140", "a hundred").replace("7.40", "dawn")
    a = a.replace("6.55", "early").replace("30", "thirty").replace("2019", "last year")
    a = a.replace("10 years", "a decade").replace("first 2", "first two")
    b = a.replace("twelve", "two")  # figures: none left to compare
    assert near_ids(run(a, b)[1]) == ["d0"]


def test_the_setting_off_reads_no_figures():
    docs = run(MON, TUE, settings=DedupSettings(figures_shared=None))
    assert near_ids(docs[1]) == ["d0"]


def test_reading_figures_ends_on_long_adversarial_input():
    from newsline.dedup.stage import figure_bits

    # 100k characters of separators and digits in every mix (a pattern
    # backtracking over them would not finish)
    for text in ("1," * 50_000, "9" * 100_000, "1.2" * 33_333, "1.," * 33_333, "١,2." * 25_000):
        hi, lo = figure_bits(text)
        assert 0 <= hi < 2**64 and 0 <= lo < 2**64
    assert figure_bits("no figures here") == (0, 0)
