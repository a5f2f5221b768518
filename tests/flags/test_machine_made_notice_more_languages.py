"""A page saying of itself that it was made automatically, in German (the verb
last: 'wurde automatisch von unserer KI … erstellt'), Russian, Korean,
Indonesian and Portuguese: the farm notice rule had no words for who made it in
German, and no Russian, Korean or Arabic table. Pages written for this file."""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds, span

DE = (
    "Bahnstreik legt Fernverkehr lahm\n"
    "Die Gewerkschaft der Lokführer hat bundesweit zu einem 24-stündigen Streik im "
    "Fernverkehr aufgerufen. Betroffen sind rund 80 Prozent aller Verbindungen.\n"
)
RU = (
    "В Казани закупят 150 электробусов\n"
    "Власти города объявили о закупке 150 электробусов, которые выйдут на маршруты до "
    "конца следующего года, сообщили в мэрии.\n"
)
KO = (
    "서울 아파트값 3주 연속 상승\n"
    "서울 아파트 매매가격이 3주 연속 올랐다. 한국부동산원은 이번 주 서울 아파트값이 "
    "0.12% 상승했다고 12일 밝혔다.\n"
)
ID = (
    "Harga beras naik lagi\n"
    "Harga beras medium di pasar induk naik menjadi Rp 14.500 per kilogram pada pekan ini, "
    "tertinggi sejak awal tahun, menurut para pedagang.\n"
)


@pytest.mark.parametrize(
    ("page", "notice"),
    [
        (DE, "Dieser Artikel wurde automatisch von unserer KI aus mehreren Quellen erstellt."),
        (RU, "Этот материал сгенерирован нейросетью и не проверялся редакцией."),
        (KO, "이 기사는 AI가 작성했으며 편집자의 검토를 거치지 않았습니다."),
        (ID, "Artikel ini dibuat oleh AI berdasarkan berbagai sumber berita."),
    ],
)
def test_a_page_saying_it_was_made_automatically_is_a_farm_page(page, notice):
    doc = flagged(page + notice + "\n")
    got = kinds(doc, "content_farm", signal="machine_made_notice")
    assert got and span(doc, got[0]) in notice, [f.reason for f in doc.flags]


@pytest.mark.parametrize(
    ("page", "line"),
    [
        (DE, "Dieser Artikel wurde mit Material der Agenturen dpa und AFP erstellt."),
        (DE, "Die Redaktion prüft, ob Texte künftig mithilfe von KI übersetzt werden sollen."),
        (RU, "Эта статья впервые опубликована на сайте городской газеты."),
        (KO, "이 기사는 연합뉴스 보도를 참고해 작성했습니다."),
    ],
)
def test_credits_and_reports_about_tools_are_not_farm_notices(page, line):
    doc = flagged(page + line + "\n")
    assert kinds(doc, "content_farm") == [], [f.reason for f in doc.flags]
