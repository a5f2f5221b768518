"""A row of bare section names at the top of a text dump ("Portada Nacional
Internacional Economía Deportes Cultura", "トップ ニュース 経済 テクノロジー
連載", "전체기사 정치 경제 사회 국제 문화 스포츠") was taken for the headline,
and the real headline under it for a paragraph (heldout14's k14, k15, k20;
heldout13's f14, f20). Pages written for this test in other sites' styles.
A headline in title case is still the title where no other line could be."""

from __future__ import annotations

import pytest

from .helpers import BODY, classify_lines


@pytest.mark.parametrize(
    ("lang", "menu", "headline"),
    [
        (
            "de",
            "Startseite Politik Wirtschaft Sport Kultur Meinung Wetter",
            "Bahn streicht im Sommer die Nachtzüge nach Kopenhagen und Stockholm, weil Personal für die Strecken fehlt",
        ),
        (
            "pt",
            "Início Brasil Mundo Economia Esportes Cultura",
            "Prefeitura amplia horário dos ônibus noturnos em toda a zona norte a partir de julho",
        ),
        (
            "en",
            "Home News Sport Business Opinion Culture Lifestyle",
            "Harbour ferry fares to rise by ten percent from next month as fuel costs keep climbing",
        ),
        (
            "ja",
            "ホーム 社会 政治 スポーツ エンタメ 地域",
            "横浜市の中央公園、来月から改修へ　遊び場を広げ木を植える",
        ),
        (
            "ko",
            "홈 사회 정치 경제 스포츠 연예 오피니언",
            "서울시, 중앙공원 리모델링 다음 달 착공…어린이 놀이터 넓히고 산책로에 나무 500그루 심는다",
        ),
    ],
)
def test_a_row_of_section_names_is_a_menu_not_the_headline(lang, menu, headline):
    # the headline is more than twice as long as the row: it was read as the
    # first paragraph under a headline
    got = classify_lines([menu, headline, *BODY[lang]])
    assert got[menu][0] == "navigation", got[menu]
    assert got[headline][0] == "title", got[headline]
    assert all(got[p][0] == "body" for p in BODY[lang])


def test_a_title_case_headline_alone_above_the_article_stays_the_title():
    headline = "Wildfire Smoke Closes Schools Across Three Counties"
    got = classify_lines([headline, *BODY["en"]])
    assert got[headline][0] == "title", got[headline]


def test_a_japanese_headline_parted_by_full_width_spaces_is_no_menu():
    headline = "大雪　新潟　富山　金沢　交通乱れる"
    got = classify_lines([headline, *BODY["ja"]])
    assert got[headline][0] == "title", got[headline]


def test_a_headline_in_capitals_under_a_reference_line_stays_the_title():
    # a press release: its reference number above the headline in capitals
    headline = "PEMBUKAAN PUSAT LATIHAN VOKASIONAL BELIA DAERAH KUALA KANGSAR"
    got = classify_lines(["Rujukan: KBS/PR/2025/017", headline, *BODY["id"]])
    assert got[headline][0] == "title", got[headline]
