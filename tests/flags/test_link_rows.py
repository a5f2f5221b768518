"""A hacked page's link list written on one line, its links joined by a
mark ("empréstimo rápido · comprar seguidores · cassino online · …"): the
cleaner labels the row navigation and the link-run rule read only runs of
separate lines, so the row went unflagged (benchmarks/data/flags/heldout10
z04, Portuguese). Pages written for this file: a Vietnamese row joined by
"|", an English row joined by "•". Near misses stay quiet: a site menu, and
a tags row on a story about the very trades it names."""

from __future__ import annotations

from tests.flags.helpers import flagged, kinds

VI = (
    "Huế khánh thành cầu đi bộ qua sông Hương\n"
    "Thành phố Huế hôm qua khánh thành cây cầu đi bộ dài 500 mét bắc qua sông Hương, tổng vốn đầu tư 68 tỷ đồng.\n"
    "Cầu được chiếu sáng bằng 2.000 bóng đèn LED và mở cửa từ 6 giờ sáng đến 11 giờ đêm.\n"
    "{row}\n"
    "Chính quyền thành phố cho biết sẽ cấm xe máy lên cầu.\n"
)
EN = (
    "Town hall clock restored after two years\n"
    "The clock on Ludlow's town hall is running again after a two-year restoration costing £240,000.\n"
    "Volunteers rebuilt the mechanism by hand using parts made at a local foundry.\n"
    "{row}\n"
)


def spam_on(text: str, row_index: int) -> list:
    doc = flagged(text, labels={row_index: "navigation"})
    row = doc.blocks[row_index]
    return [f for f in kinds(doc, "spam") if f.start is not None and row.start <= f.start < row.end]


def test_a_vietnamese_row_of_trade_links():
    row = "vay tiền nhanh online | cá cược bóng đá uy tín | casino trực tuyến | mua bằng đại học giá rẻ"
    assert len(spam_on(VI.format(row=row), 3)) == 1


def test_an_english_row_of_trade_links():
    row = "cheap viagra online • payday loans no credit check • best online casino bonus • buy instagram followers"
    assert len(spam_on(EN.format(row=row), 3)) == 1


def test_a_site_menu_is_quiet():
    row = "Home · News · Sport · Business · Culture · Opinion"
    assert spam_on(EN.format(row=row), 3) == []


def test_a_tags_row_on_a_story_about_the_trades_is_quiet():
    text = (
        "Regulator fines five online casino operators\n"
        "The Gambling Commission fined five online casino operators £9 million for failing to stop "
        "problem gamblers, after an inquiry into payday loans used to fund bets.\n"
        "One firm let a customer lose £80,000 in a month, the regulator said.\n"
        "online casino • payday loans • gambling commission • problem gambling\n"
    )
    assert spam_on(text, 3) == []
