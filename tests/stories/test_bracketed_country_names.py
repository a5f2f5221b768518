"""CLDR writes a few country names with a second name or a qualifier in
brackets ("Myanmar (Burma)", "ミャンマー (ビルマ)", "刚果（金）"), which no page
writes whole: the name before the brackets is the one pages use, read as the
territory unless two territories share it."""

from newsline.stories.anchors import territories


def codes(text: str, lang: str) -> list[str]:
    return [code for code, _, _ in territories(text, lang)]


def test_japanese_myanmar():
    assert codes("ミャンマー軍が国境の町を制圧した", "ja") == ["MM"]


def test_russian_myanmar_declined():
    assert codes("Армия Мьянмы заявила о контроле над городом", "ru") == ["MM"]


def test_portuguese_myanmar():
    assert codes("O governo de Mianmar anunciou eleições", "pt") == ["MM"]


def test_latin_myanmar_in_a_vietnamese_page():
    # "Myanmar" was German's name alone, so read in German and English text only
    assert codes("Quân đội Myanmar tuyên bố ngừng bắn", "vi") == ["MM"]


def test_vietnamese_cocos_islands():
    assert codes("Một con tàu mắc cạn ở Quần đảo Cocos hôm qua", "vi") == ["CC"]


def test_a_name_two_territories_share_is_no_territory():
    # 刚果（金） and 刚果（布）: "刚果" alone is either Congo
    assert codes("刚果河流域暴雨成灾", "zh") == []
