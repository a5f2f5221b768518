"""A short release given whole in one language, then whole in another (two
paragraphs each): each paragraph's translation stands some paragraphs away,
not beside it. The page is bilingual (one on-topic note), not a page with an
off-topic foreign paragraph to set aside. Pages written for this file; the
positives failed at 91ae295 (the second translated paragraph, sharing no
name or number with the page, was called off topic and set aside)."""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds

RELEASES = {
    "vi": (
        "Thông cáo báo chí: Cảng hàng không Phú Quốc mở thêm đường bay quốc tế\n"
        "Từ ngày 15/6, Cảng hàng không quốc tế Phú Quốc sẽ đón thêm 4 đường bay thẳng từ Seoul, "
        "Đài Bắc, Bangkok và Singapore, nâng tổng số đường bay quốc tế lên 18.\n"
        "Ban giám đốc cảng cho biết nhà ga đã được cải tạo để phục vụ thêm hành khách trong "
        "mùa cao điểm hè, với nhiều quầy làm thủ tục và khu chờ mới.\n"
        "From 15 June, Phu Quoc International Airport will welcome four new direct routes from "
        "Seoul, Taipei, Bangkok and Singapore, bringing its international routes to 18.\n"
        "The airport's management said the terminal has been renovated to serve more passengers "
        "during the summer peak, with additional check-in counters and new waiting areas.\n"
    ),
    "fr": (
        "Communiqué : la Ville de Montréal lance un programme de plantation d'arbres\n"
        "La Ville de Montréal plantera 25 000 arbres d'ici 2027 dans les quartiers les plus "
        "exposés aux îlots de chaleur, a annoncé la mairesse lundi.\n"
        "Les résidents pourront proposer des emplacements sur le site de la Ville, et les "
        "premiers travaux commenceront au printemps prochain dans l'est de l'île.\n"
        "The City of Montréal will plant 25,000 trees by 2027 in the neighbourhoods most exposed "
        "to heat islands, the mayor announced on Monday.\n"
        "Residents will be able to suggest locations on the City's website, and the first work "
        "will begin next spring in the east of the island.\n"
    ),
}


@pytest.mark.parametrize("lang", sorted(RELEASES))
def test_a_release_in_two_halves_is_one_bilingual_page(lang):
    doc = flagged(RELEASES[lang], labels={0: "title"})
    got = kinds(doc, "foreign_block")
    assert len(got) == 1 and got[0].data.get("bilingual") is True, [f.reason for f in got]
    assert not kinds(doc, "content_farm")
    assert all(b.label != "foreign" for b in doc.blocks)


def test_two_unrelated_foreign_paragraphs_of_similar_length_stay_off_topic():
    # lengths alike, but the English pair names nothing the Vietnamese pair does
    text = (
        "Đồng Nai khởi công cầu nối sang TP Thủ Đức\n"
        "Sáng 28/5, UBND tỉnh Đồng Nai tổ chức lễ khởi công cây cầu nối huyện Nhơn Trạch "
        "với TP Thủ Đức, tổng vốn đầu tư hơn 5.000 tỷ đồng.\n"
        "Lãnh đạo tỉnh cho biết công trình sẽ giúp giảm ùn tắc trên Quốc lộ 51 và rút ngắn "
        "thời gian di chuyển giữa hai địa phương trong giờ cao điểm.\n"
        "Leo: a surprise message from an old friend brightens your week, and your lucky "
        "number is nine; wear something green when you travel on Friday evening.\n"
        "Virgo: money matters need patience this month, so avoid big purchases until the "
        "new moon and spend the weekend with family and close friends.\n"
    )
    doc = flagged(text, labels={0: "title"})
    got = kinds(doc, "foreign_block")
    assert got and not any(f.data.get("bilingual") for f in got), [f.reason for f in got]
    assert any(f.data.get("on_topic") is False for f in got)
