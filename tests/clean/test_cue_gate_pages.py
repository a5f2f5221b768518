"""Pages written in several languages and page shapes, their labels pinned
as the classifier gave them before the cue tables were gated (30b0814):
the gate (see test_cue_gate.py) must leave every one as it was. Menus,
related lists, notices, footers, bylines and tab or doubled spacing, in
Portuguese, Indonesian, Korean, Thai, Japanese, German and English.
"""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.clean import ClassifyBlocks, SegmentBlocks
from newsline.model import Document


def _classify(lines: list[str]) -> list[tuple[str, str, tuple[str, ...]]]:
    text = "\n".join(lines)
    doc = Document(id="t", source="test", text=text)
    SegmentBlocks()([doc], Counter())
    ClassifyBlocks()([doc], Counter())
    return [(text[b.start : b.end], b.label, tuple(b.reasons)) for b in doc.blocks]


PAGES = {
    # a Portuguese portal: menu, article, tags, related list, footer
    "pt_portal": (
        [
            "Início | Política | Economia | Esportes",
            "Prefeitura anuncia reforma do mercado municipal",
            "A prefeitura anunciou nesta terça-feira que o mercado municipal passará por uma reforma completa a partir do próximo mês, com duração prevista de oito meses.",
            "Segundo a secretaria de obras, os comerciantes serão transferidos para um galpão provisório no mesmo bairro durante todo o período das obras.",
            "Os feirantes ouvidos pela reportagem disseram apoiar a reforma, mas cobram um cronograma claro para o retorno às bancas originais.",
            "Leia também",
            "Ônibus terão novo horário a partir de segunda",
            "Política de privacidade | Termos de uso",
            "© 2026 Todos os direitos reservados.",
        ],
        ["navigation", "title", "body", "body", "body", "related", "related", "footer", "footer"],
    ),
    # an Indonesian article with a newsletter prompt and a cookie notice
    "id_article": (
        [
            "Banjir Rendam Ratusan Rumah di Tepi Sungai",
            "Hujan deras yang turun sejak Minggu malam membuat sungai meluap dan merendam ratusan rumah warga di tiga kelurahan pada Senin pagi.",
            "Petugas gabungan mengevakuasi warga lanjut usia dan anak-anak ke posko pengungsian yang didirikan di halaman kantor kecamatan setempat.",
            "Kepala badan penanggulangan bencana daerah mengatakan air mulai surut pada siang hari, namun warga diminta tetap waspada terhadap hujan susulan.",
            "Kami menggunakan cookie untuk meningkatkan pengalaman Anda.",
            "Baca juga",
        ],
        None,
    ),
    # a Korean page: byline, article, copyright with a no-copying notice
    "ko_article": (
        [
            "시청 앞 광장에 겨울 축제 개막",
            "김민수 기자",
            "시청 앞 광장에서 열리는 겨울 축제가 금요일 저녁 개막식을 시작으로 열흘간의 일정에 들어갔다고 주최 측이 밝혔다.",
            "주최 측은 올해 스케이트장과 먹거리 장터를 확대했으며 주말에는 가족 단위 방문객을 위한 공연도 마련했다고 설명했다.",
            "무단 전재 및 재배포 금지",
        ],
        None,
    ),
    # a Thai page without spaces inside its chrome
    "th_page": (
        [
            "หน้าแรก ข่าว กีฬา บันเทิง",
            "เทศบาลเมืองแถลงเมื่อวันจันทร์ว่าโครงการปรับปรุงสวนสาธารณะกลางเมืองจะเริ่มต้นในต้นเดือนหน้า และใช้เวลาประมาณหกเดือนจึงจะแล้วเสร็จตามแผนที่วางไว้",
            "ตามแผนงาน สนามเด็กเล่นจะได้รับการขยายให้กว้างขึ้น และจะมีการปลูกต้นไม้เพิ่มเติมตลอดแนวทางเดินเท้าเพื่อให้ร่มเงาแก่ผู้มาใช้บริการ",
            "ข่าวที่เกี่ยวข้อง",
            "สงวนลิขสิทธิ์ทั้งหมด",
        ],
        None,
    ),
    # a Japanese page with full-width Latin letters and a repost disclaimer
    "ja_page": (
        [
            "駅前再開発、来年春に着工へ",
            "市は駅前地区の再開発計画について、来年春に着工する方針を明らかにした。商業施設と住宅を組み合わせた複合ビルを建設する。",
            "計画では、バスターミナルを拡張し、歩行者専用の広場も整備する。市は住民説明会を来月開く予定だ。",
            "無断転載を禁じます",
            "Ｃｏｐｙｒｉｇｈｔ ２０２６",
        ],
        None,
    ),
    # a German wire story with an editor's note, a tab-separated table row
    # and a company register footer
    "de_wire": (
        [
            "Stadtrat beschließt neuen Radweg am Fluss",
            "Der Stadtrat hat am Dienstagabend mit großer Mehrheit den Bau eines neuen Radwegs entlang des Flussufers beschlossen, der im Herbst fertig sein soll.",
            "Die Kosten von rund zwei Millionen Euro teilen sich Stadt und Land, teilte die Verwaltung nach der Sitzung mit.",
            "Strecke\t4,2 km",
            "Anmerkung der Redaktion: Dieser Artikel wurde aktualisiert.",
            "Muster Verlag GmbH – Amtsgericht Musterstadt HRB 12345",
        ],
        None,
    ),
    # an English blog with doubled spaces and a paywall prompt
    "en_blog": (
        [
            "Home  |  About  |  Contact",
            "The river trail reopens after the spring floods",
            "The trail along the north bank reopened on Saturday after crews spent three weeks clearing mud and fallen trees left by the spring floods.",
            "Volunteers repainted the benches and the park service replaced two footbridges that the water had lifted from their supports.",
            "Subscribe to continue reading",
            "Already a subscriber?  Sign in",
            "Follow us on social media",
        ],
        None,
    ),
}


# what the classifier said before the gate (30b0814), pinned
PINNED = {
    "id_article": ["title", "body", "body", "body", "navigation", "related"],
    "ko_article": ["title", "byline", "body", "body", "footer"],
    "th_page": ["title", "body", "body", "related", "footer"],
    "ja_page": ["title", "body", "body", "footer", "footer"],
    "de_wire": ["title", "body", "body", "navigation", "metadata", "footer"],
    "en_blog": ["footer", "title", "body", "body", "navigation", "navigation", "navigation"],
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_page_labels_pinned(name):
    lines, labels = PAGES[name]
    got = _classify(lines)
    assert [t for t, _, _ in got] == lines
    assert [lb for _, lb, _ in got] == (labels or PINNED[name]), [(t, lb) for t, lb, _ in got]
