"""A site's box of other stories' headlines, kept as bare lines by a
plain-text scrape with no heading over it ("Most read" lost with the markup),
is a list of teasers, not the article: a run of headline-shaped lines (no
full stop at the end) most of which share almost no word with the page.

Lines that look the same but belong to the article stay body: a bulleted
list using the article's words, text wrapped at a fixed width, quoted posts,
and quotations in another language."""

from __future__ import annotations

from collections import Counter

from newsline.clean import ClassifyBlocks, SegmentBlocks
from newsline.model import Document

from .helpers import BODY, classify_lines

TEASERS_EN = [
    "Heatwave forces schools in three northern provinces to close early",
    "Why electric scooters are vanishing from hotel rental desks",
    "Chess prodigy, 12, beats former world champion in blitz exhibition",
    "Five recipes that make the most of late summer tomatoes",
    "Stock exchange halts trading after glitch in order-matching software",
    "\u201cWe were never told\u201d: tenants fight eviction from riverside flats",
    "Museum returns looted bronze masks to their island of origin",
    "Opinion: the quiet collapse of local newspapers",
    "Marathon organisers cut the route short as storm approaches",
]
HEADLINE_EN = "Central park renovation to start next month, city says"


def _labels(lines: list[str], lang: str | None = None) -> tuple[dict, str | None]:
    text = "\n".join(lines)
    doc = Document(id="t", source="test", text=text, lang=lang)
    SegmentBlocks()([doc], Counter())
    for b in doc.blocks:
        b.lang = lang
    ClassifyBlocks()([doc], Counter())
    out: dict[str, tuple[str, list[str]]] = {}
    for b in doc.blocks:
        out.setdefault(text[b.start : b.end], (b.label, b.reasons))
    return out, doc.title


def test_teaser_box_above_the_headline_is_related_and_the_headline_is_the_title():
    lines = [*TEASERS_EN, "Services", HEADLINE_EN, *BODY["en"]]
    out, title = _labels(lines, "en")
    for t in TEASERS_EN:
        assert out[t][0] == "related", (t, out[t])
        assert "headline-like lines in a row" in out[t][1][0]
    assert out[HEADLINE_EN][0] == "title", out[HEADLINE_EN]
    assert title == HEADLINE_EN
    assert all(out[p][0] == "body" for p in BODY["en"])


def test_teaser_box_after_the_article_is_related():
    teasers = [
        "Bão số 5 áp sát đất liền, hàng nghìn hộ dân được sơ tán",
        "Giá vàng miếng lập đỉnh mới trong phiên giao dịch cuối tuần",
        "Đội tuyển bóng chuyền nữ giành vé vào bán kết châu lục",
        "Phát hiện loài ếch mới tại vườn quốc gia vùng núi phía Bắc",
        "Những món ăn vặt gây sốt giới trẻ mùa thu năm nay",
        "Học sinh lớp 12 đạt giải vàng olympic hóa học quốc tế",
        "Xe khách lật trên đèo, nhiều hành khách bị thương nhẹ",
    ]
    out, _ = _labels([*BODY["vi"], *teasers], "vi")
    for t in teasers:
        assert out[t][0] == "related", (t, out[t])
    assert all(out[p][0] == "body" for p in BODY["vi"])


def test_spanish_teasers_with_a_site_label_on_each_line():
    # a marker on every teaser ("Suscriptores") is the site's, not a shared subject
    teasers = [
        "Las lluvias dejan sin luz a medio millar de viviendas en la sierra Suscriptores",
        "¿Qué pasará con las pensiones después de la reforma fiscal? Suscriptores",
        "Un hallazgo arqueológico reescribe la historia del puerto antiguo",
        "La selección juvenil de baloncesto gana el torneo de verano Suscriptores",
        "Cinco destinos baratos para una escapada de otoño",
        "El precio del aceite de oliva vuelve a subir en los mercados",
        "Entrevista: la escritora que cambió la novela negra Suscriptores",
    ]
    out, _ = _labels(
        [*teasers, "Obras en el parque central a partir del próximo mes", *BODY["es"]], "es"
    )
    for t in teasers:
        assert out[t][0] == "related", (t, out[t])


def test_a_bulleted_list_in_the_article_stays_body():
    items = [
        "New trees planted along the walking paths of the park",
        "The children's playground enlarged to twice its size",
        "Temporary paths for pedestrians during the renovation",
        "Noise kept to a minimum near the park's playground",
        "Clear notice to residents before the noisiest renovation work",
        "A spokesman for the park project available to residents",
    ]
    lines = [*BODY["en"][:2], "The plan includes:", *items, *BODY["en"][2:]]
    out = classify_lines(lines)
    for t in items:
        assert out[t][0] != "related", (t, out[t])


def test_text_wrapped_at_a_fixed_width_stays_body():
    wrapped = [
        "The regional council approved on Tuesday a plan to rebuild the old",
        "harbour wall, which storms have damaged three times since the war, and",
        "engineers say the work will take at least two years to complete because",
        "the stones must be lifted one by one and numbered before the new",
        "foundations are poured in the winter months when the sea is calmer and",
        "fishing boats stay in port, the council's chief engineer told reporters",
        "after the vote, adding that local firms would be invited to bid first.",
    ]
    out = classify_lines([HEADLINE_EN, *wrapped, *BODY["en"]])
    for t in wrapped:
        assert out[t][0] == "body", (t, out[t])


def test_quoted_posts_in_a_row_stay_out_of_teaser_lists():
    posts = [
        "@riverwatch: the bridge is closed in both directions #FloodWatch",
        "@ana_k: water up to the second step of the town hall #FloodWatch",
        "@metnews: more rain expected overnight across the valley #FloodWatch",
        "@j_dao: volunteers handing out sandbags at the school gate #FloodWatch",
        "@harbourcafe: we are open and serving free tea to anyone #FloodWatch",
        "@lucia_r: the night bus did not come at all tonight #FloodWatch",
    ]
    out = classify_lines([*BODY["en"][:2], *posts, *BODY["en"][2:]])
    for t in posts:
        assert "headline-like lines in a row" not in " ".join(out[t][1]), (t, out[t])


def test_quotations_in_another_language_are_no_teasers():
    quoted = [
        "Parkı yenilemek için daha fazla zaman gerekiyor",
        "Çocuklar için yeni oyun alanı çok güzel olacak",
        "Gürültü konusunda belediye bizi hiç dinlemedi",
        "Ağaçlar dikilince mahalle tamamen değişecek",
        "Yaya yolları kapanınca işe nasıl gideceğiz",
        "Bu proje yıllardır bekleniyordu, teşekkürler",
    ]
    text = "\n".join([*BODY["fr"][:2], *quoted, *BODY["fr"][2:]])
    doc = Document(id="t", source="test", text=text, lang="fr")
    SegmentBlocks()([doc], Counter())
    for b in doc.blocks:
        b.lang = "tr" if text[b.start : b.end] in quoted else "fr"
    ClassifyBlocks()([doc], Counter())
    for b in doc.blocks:
        if text[b.start : b.end] in quoted:
            assert "headline-like lines in a row" not in " ".join(b.reasons), b.reasons


def test_a_short_headline_closing_the_run_is_the_article_s_own():
    # the headline shares one name with the opening paragraphs, not with the
    # standfirst right under it: it is still the article's, not a teaser
    headline = "Councillor Okafor defends the renovation"
    standfirst = "The city said on Monday that the work would begin early next month and take about six months."
    lines = [
        *TEASERS_EN,
        headline,
        standfirst,
        "Councillor Okafor told reporters the park had waited long enough.",
        *BODY["en"][1:],
    ]
    out, _ = _labels(lines, "en")
    assert out[headline][0] == "title", out[headline]
    assert all(out[t][0] == "related" for t in TEASERS_EN)


def test_short_thai_paragraphs_are_no_teaser_list():
    # Thai paragraphs never end on a full stop: short ones in a row are the article
    paras = [
        "ผู้ว่าราชการจังหวัดเชียงใหม่ลงพื้นที่ตรวจน้ำท่วมในอำเภอเมือง",
        "ระดับน้ำในแม่น้ำปิงสูงขึ้นกว่าเมื่อวานประมาณ 30 เซนติเมตร",
        "ชาวบ้านริมน้ำขนของขึ้นที่สูงตั้งแต่ช่วงเช้า",
        "เจ้าหน้าที่ป้องกันภัยนำกระสอบทรายไปวางตามจุดเสี่ยง",
        "โรงเรียนสามแห่งประกาศหยุดเรียนชั่วคราวเพื่อความปลอดภัยของนักเรียน",
        "กรมอุตุนิยมวิทยาคาดว่าฝนจะตกหนักต่อเนื่องอีกสองวัน",
        "ผู้ว่าราชการจังหวัดขอให้ประชาชนติดตามประกาศอย่างใกล้ชิด",
        "หน่วยงานท้องถิ่นเปิดศูนย์พักพิงชั่วคราวที่วัดใกล้ตลาด",
    ]
    out = classify_lines(["น้ำท่วมเชียงใหม่ ระดับน้ำปิงสูงขึ้น", *paras, *BODY["th"]])
    for p in paras:
        assert out[p][0] != "related", (p, out[p])


def test_chinese_teaser_box_is_related():
    teasers = [
        "上海举办国际电影节 多部影片首映",
        "专家解读：今年楼市走势如何",
        "北京地铁新线年底开通试运营",
        "女排联赛：中国队三比零胜日本",
        "夏季高温天气持续 多地发布预警",
        "新能源汽车销量再创新高",
        "博物馆夜场开放时间延长至晚十点",
    ]
    out = classify_lines([*teasers, "市中心公园改造工程下月动工", *BODY["zh"]])
    for t in teasers:
        assert out[t][0] == "related", (t, out[t])
