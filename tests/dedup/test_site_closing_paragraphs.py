"""Short articles of one site that end with the site's standard closing
paragraphs (an "about us", a newsletter or sign-off paragraph, a standard
disclaimer) are made mostly of that text; compared whole, two such briefs
reach the near-duplicate threshold though they report different things.
A page is compared on its own text: kept blocks first seen on an earlier
page of its site are left out when the page opens with its own lede.

Near misses that must not change: a syndicated copy that carries its own
site's closing paragraph still links to the original; a page whose own body
is short but unique is still compared (and found, when copied elsewhere); a
same-site repost that keeps its lede still links; pages with no URL or site
name are compared whole.

Every site, article and closing paragraph is invented.
"""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.dedup import Deduplicate
from newsline.model import Block, Document
from newsline.settings import DedupSettings

# language -> (site host, closing paragraphs, briefs as [headline, body])
SITES: dict[str, tuple[str, list[str], list[list[str]]]] = {
    "vi": (
        "baomiennuiphuongdong.vn",
        [
            "Báo Miền Núi Phương Đông là cơ quan ngôn luận của Hội Nhà báo tỉnh Phương Đông, được thành lập năm 1998, hoạt động theo giấy phép số 118/GP-BTTTT. Mọi hình thức sao chép nội dung khi chưa có sự đồng ý bằng văn bản của tòa soạn đều bị nghiêm cấm.",
            "Đăng ký nhận bản tin sáng của chúng tôi để đọc những tin tức quan trọng nhất về kinh tế, xã hội, văn hóa và đời sống của các huyện vùng cao mỗi ngày, hoàn toàn miễn phí, ngay trong hộp thư của bạn.",
            "Bạn đọc có thông tin, hình ảnh hoặc phản ánh về các vấn đề dân sinh tại địa phương xin gửi về đường dây nóng của tòa soạn hoặc địa chỉ thư điện tử của ban biên tập; chúng tôi cam kết giữ bí mật danh tính người cung cấp thông tin.",
            "Theo dõi Báo Miền Núi Phương Đông trên các mạng xã hội để cập nhật tin nhanh, xem video phóng sự và tham gia thảo luận cùng hàng chục nghìn bạn đọc khắp các huyện, thị xã trong tỉnh.",
        ],
        [
            [
                "Khai trương chợ phiên Bản Lềnh",
                "Sáng 9/3, xã Bản Lềnh khai trương chợ phiên mới với 86 gian hàng nông sản.",
            ],
            [
                "Sửa xong cầu treo Nà Khương",
                "Cầu treo Nà Khương bị lũ cuốn hồi tháng 8 đã được sửa xong và thông xe từ hôm qua.",
            ],
            [
                "Trường Pắc Tà có thêm phòng học",
                "Trường tiểu học Pắc Tà vừa đưa vào sử dụng bốn phòng học mới do một doanh nghiệp tài trợ.",
            ],
        ],
    ),
    "th": (
        "khaosanphukhieo.co.th",
        [
            "ข่าวสารภูเขียวเป็นสื่อท้องถิ่นอิสระที่นำเสนอข่าวสารของจังหวัดทางภาคตะวันออกเฉียงเหนือมาตั้งแต่ปี 2545 เนื้อหาทั้งหมดบนเว็บไซต์นี้สงวนลิขสิทธิ์ ห้ามคัดลอกหรือนำไปเผยแพร่ต่อโดยไม่ได้รับอนุญาตเป็นลายลักษณ์อักษรจากกองบรรณาธิการ",
            "สมัครรับจดหมายข่าวของเราเพื่อรับข่าวเด่นประจำวัน ข่าวเศรษฐกิจชุมชน และกิจกรรมในท้องถิ่นส่งตรงถึงอีเมลของคุณทุกเช้า ไม่มีค่าใช้จ่าย และสามารถยกเลิกการรับข่าวได้ทุกเมื่อ",
            "หากท่านมีข้อมูล ภาพถ่าย หรือเรื่องร้องเรียนเกี่ยวกับปัญหาในชุมชน สามารถติดต่อกองบรรณาธิการได้ทางโทรศัพท์สายด่วนหรืออีเมล ทางเราจะเก็บข้อมูลของผู้แจ้งเป็นความลับและตรวจสอบข้อเท็จจริงก่อนนำเสนอทุกครั้ง",
            "ติดตามข่าวสารภูเขียวผ่านเพจเฟซบุ๊กและช่องวิดีโอของเรา เพื่อรับข่าวด่วน ชมคลิปรายงานพิเศษ และร่วมแสดงความคิดเห็นกับผู้อ่านหลายหมื่นคนทั่วทั้งจังหวัดได้ทุกวัน",
        ],
        [
            [
                "เปิดตลาดนัดเกษตรกรบ้านโนนแดง",
                "เช้าวันเสาร์ อบต.โนนแดงเปิดตลาดนัดเกษตรกรแห่งใหม่ มีร้านค้ากว่า 60 ร้าน",
            ],
            ["ซ่อมถนนสายห้วยทรายเสร็จแล้ว", "ถนนสายห้วยทรายที่ชำรุดจากน้ำท่วมซ่อมเสร็จและเปิดใช้ได้ตามปกติแล้ว"],
            ["โรงเรียนบ้านหนองบัวได้ห้องสมุดใหม่", "โรงเรียนบ้านหนองบัวได้รับมอบห้องสมุดใหม่จากกลุ่มศิษย์เก่าเมื่อวานนี้"],
        ],
    ),
    "zh": (
        "news.qinghexian.cn",
        [
            "清河县融媒体中心是县委宣传部主管的综合性新闻单位，成立于二〇一九年，负责全县新闻采编和信息发布工作。本网站所刊登的各种新闻、信息和专栏资料，均为清河县融媒体中心版权所有，未经书面授权，任何单位和个人不得转载、摘编或以其他方式使用。",
            "欢迎订阅我们的每日早报，每天早上七点准时为您推送全县最新的政务动态、民生新闻、乡村振兴和文化活动信息，订阅完全免费，您可以随时在邮件底部一键退订，我们不会向任何第三方提供您的邮箱地址。",
            "如果您有新闻线索、图片或者对本地民生问题的意见建议，欢迎通过新闻热线或者电子邮箱与编辑部联系，我们将对提供线索的读者信息严格保密，并在核实情况后及时进行报道和跟进。",
        ],
        [
            ["城关镇农贸市场改造完工", "城关镇农贸市场改造工程日前完工，新增摊位一百二十个。"],
            ["白杨河大桥恢复通行", "因汛期受损的白杨河大桥经过两个月维修，昨日起恢复通行。"],
            ["县图书馆开设夜间阅览室", "县图书馆本周起开设夜间阅览室，每天开放至晚上九点。"],
        ],
    ),
    "en": (
        "www.harbourvalecourier.co.uk",
        [
            "The Harbourvale Courier is an independent, reader-funded newspaper that has covered the towns and villages of the Vale since 1962. All content on this site is protected by copyright and may not be reproduced, distributed or republished without the prior written permission of the editor.",
            "Sign up to our free morning newsletter to get the most important local news, council decisions, court reports, sport results and what's on guide delivered straight to your inbox every weekday. You can unsubscribe at any time using the link at the bottom of every email.",
            "Do you have a story for us? If you have seen something happen in your community, or you have a photo, video or tip you think our readers should know about, contact the newsdesk by phone or email. We will always protect the identity of our sources.",
        ],
        [
            [
                "Lifeboat station gets new launch tractor",
                "Harbourvale lifeboat station took delivery of a new launch tractor on Tuesday.",
            ],
            [
                "Mill Lane reopens after sewer repairs",
                "Mill Lane reopened to traffic this morning after three weeks of sewer repairs.",
            ],
            [
                "Primary school wins county chess title",
                "Pupils from St Aldric's Primary won the county junior chess title on Saturday.",
            ],
        ],
    ),
    "es": (
        "diariodelvalledeoria.es",
        [
            "Diario del Valle de Oria es un periódico digital independiente que informa sobre la actualidad de la comarca desde 2009. Todos los contenidos de este sitio están protegidos por derechos de autor y no pueden ser reproducidos, distribuidos ni comunicados públicamente sin la autorización previa y por escrito de la redacción.",
            "Suscríbete gratis a nuestro boletín de la mañana y recibe cada día en tu correo las noticias más importantes del valle, los acuerdos de los plenos municipales, la agenda cultural y los resultados deportivos del fin de semana. Puedes darte de baja en cualquier momento.",
            "¿Tienes una noticia? Si has sido testigo de algo en tu pueblo o tienes fotos, vídeos o información que creas que nuestros lectores deben conocer, escribe a la redacción o llama a nuestro teléfono de contacto. Garantizamos siempre la confidencialidad de nuestras fuentes.",
        ],
        [
            [
                "Abre el nuevo centro de salud de Alzibar",
                "El nuevo centro de salud de Alzibar abrió sus puertas este lunes con seis consultas.",
            ],
            [
                "Cortada la carretera del puerto de Urbeltz",
                "La carretera del puerto de Urbeltz permanece cortada por un desprendimiento de rocas.",
            ],
            [
                "El coro de Elduain gana el certamen regional",
                "El coro de Elduain ganó el sábado el certamen regional de coros en su categoría.",
            ],
        ],
    ),
    "fr": (
        "lechodelavallee-dore.fr",
        [
            "L'Écho de la vallée d'Ore est un journal indépendant, financé par ses lecteurs, qui couvre l'actualité des communes de la vallée depuis 1974. L'ensemble des contenus de ce site est protégé par le droit d'auteur ; toute reproduction ou diffusion sans l'autorisation écrite préalable de la rédaction est interdite.",
            "Inscrivez-vous gratuitement à notre lettre d'information du matin pour recevoir chaque jour dans votre boîte mail l'essentiel de l'actualité locale, les décisions des conseils municipaux, l'agenda des sorties et les résultats sportifs. Vous pouvez vous désinscrire à tout moment.",
            "Vous avez une information à nous transmettre ? Si vous avez été témoin d'un événement dans votre commune, ou si vous disposez de photos ou de vidéos, contactez la rédaction par téléphone ou par courriel. Nous garantissons la protection de nos sources.",
        ],
        [
            [
                "La boulangerie de Saint-Ferréol rouvre",
                "La boulangerie de Saint-Ferréol, fermée depuis l'été, a rouvert ses portes jeudi.",
            ],
            [
                "Travaux sur la passerelle du moulin",
                "La passerelle du moulin sera fermée aux piétons pendant deux semaines de travaux.",
            ],
            [
                "Le club de rugby de Vals monte en Fédérale",
                "Le club de rugby de Vals a obtenu dimanche sa montée en Fédérale 3.",
            ],
        ],
    ),
}
LANGS = sorted(SITES)


def page(doc_id: str, host: str | None, paras: list[str], sitename: str | None = None) -> Document:
    """Paragraphs as blocks: the first the headline, the rest body."""
    text = "\n\n".join(paras)
    blocks, pos = [], 0
    for i, p in enumerate(paras):
        blocks.append(Block(start=pos, end=pos + len(p), label="title" if i == 0 else "body"))
        pos += len(p) + 2
    url = f"https://{host}/{doc_id}" if host else None
    return Document(
        id=doc_id, source=doc_id + ".html", text=text, url=url, sitename=sitename, blocks=blocks
    )


def briefs(lang: str) -> list[Document]:
    host, closing, items = SITES[lang]
    return [page(f"{lang}-brief{i}", host, item + closing) for i, item in enumerate(items)]


def near_ids(d: Document) -> list[str]:
    return [n["id"] for n in d.meta.get("near_duplicates") or []]


def run(stage: Deduplicate, *docs: Document) -> list[Document]:
    stage(list(docs), Counter())
    return list(docs)


@pytest.mark.parametrize("lang", LANGS)
def test_briefs_of_one_site_sharing_its_closing_paragraphs_are_not_near_duplicates(lang):
    docs = run(Deduplicate(), *briefs(lang))
    for d in docs:
        assert near_ids(d) == [], d.id
        assert "duplicate_of" not in d.meta
    # the closing paragraphs themselves are still found as repeated blocks
    assert len(docs[1].meta["duplicate_blocks"]) == len(SITES[lang][1])


@pytest.mark.parametrize("lang", LANGS)
def test_briefs_read_in_two_runs_stay_apart(lang):
    """What the stage knows of a site survives its saved state."""
    first, *rest = briefs(lang)
    stage = Deduplicate()
    run(stage, first)
    later = Deduplicate()
    later.load_state(stage.state_dict())
    for d in run(later, *rest):
        assert near_ids(d) == [], d.id


@pytest.mark.parametrize("lang", LANGS)
def test_a_short_unique_brief_copied_by_another_site_is_found(lang):
    """A brief whose own body is short is still compared: another site's
    copy of it (without the closing paragraphs) is its near-duplicate."""
    docs = briefs(lang)
    title, body = SITES[lang][2][2]
    copy = page(f"{lang}-copy", "aggregator.example.net", [title, body])
    run(Deduplicate(), *docs, copy)
    assert near_ids(copy) == [docs[2].id]


def test_a_syndicated_copy_carrying_its_sites_closing_paragraph_still_links():
    """The wire story (on a site that closed an earlier article with the
    same paragraphs) and a copy on another site that adds its own closing
    paragraph, also seen on that site before: one story."""
    host, closing, items = SITES["en"]
    story = [
        "Council approves Harbourvale flood barrier",
        "Harbourvale district council on Wednesday approved a 14.2 million pound flood barrier for the old harbour, ending a six-year dispute over how to protect the quayside homes that flooded three times since 2018.",
        "The barrier, a line of steel gates that close at high spring tides, will be built between the lifeboat station and the fish market. Work is due to start in March and take two years.",
        "Residents of Quay Street, where water reached the first floor in the 2021 storm, welcomed the vote, though some traders fear two years of roadworks on the harbour front.",
        "The environment agency will pay two thirds of the cost; the rest comes from the council's reserves and a levy on harbour moorings.",
    ]
    other = "www.westcountrywire.example"
    other_closing = "Westcountry Wire brings you the news from across the region, every day. Follow us for more."
    docs = [
        page("en-earlier", host, items[0] + closing),
        page(
            "wire-earlier",
            other,
            [
                "Ferry timetable changes",
                "The winter ferry timetable starts on Monday with two fewer sailings a day.",
                other_closing,
            ],
        ),
        page("en-story", host, story + closing[:1]),
        page("wire-story", other, story + [other_closing]),
    ]
    run(Deduplicate(), *docs)
    assert near_ids(docs[3]) == ["en-story"]
    assert near_ids(docs[2]) == []


def test_a_same_site_update_that_keeps_its_lede_still_links():
    """A site republishing its article with a paragraph added keeps the
    lede: compared whole, as before."""
    host, closing, items = SITES["fr"]
    story = [
        "Incendie dans une scierie à Vals",
        "Un incendie a détruit dans la nuit de mardi à mercredi un hangar de la scierie Roux, à Vals, sans faire de blessé. Une quarantaine de pompiers sont intervenus pendant six heures.",
        "Le feu, parti d'un tas de sciure selon les premières constatations, a été maîtrisé au petit matin. Les bureaux et la ligne de sciage principale ont été épargnés.",
    ]
    update = story + ["Mise à jour : l'activité reprendra lundi."]
    docs = [
        page("fr-earlier", host, items[0] + closing),
        page("fr-fire", host, story + closing),
        page("fr-fire-update", host, update + closing),
    ]
    run(Deduplicate(), *docs)
    assert near_ids(docs[2]) == ["fr-fire"]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_pages_with_no_site_are_compared_whole(lang):
    """No URL and no site name: nothing tells which pages share a site (a
    folder often holds many sites' pages), so nothing is left out -- the
    behaviour before, briefs linked by their shared paragraphs."""
    _host, closing, items = SITES[lang]
    docs = [page(f"{lang}-nosite{i}", None, item + closing) for i, item in enumerate(items)]
    run(Deduplicate(), *docs)
    assert near_ids(docs[1]) == [docs[0].id]


def test_the_site_name_stands_for_the_site_without_a_url():
    _host, closing, items = SITES["es"]
    docs = [
        page(f"es-named{i}", None, item + closing, sitename="Diario del Valle de Oria")
        for i, item in enumerate(items)
    ]
    run(Deduplicate(), *docs)
    assert all(near_ids(d) == [] for d in docs)


def test_blocks_off_compares_pages_whole():
    docs = briefs("fr")
    run(Deduplicate(DedupSettings(blocks=False)), *docs)
    assert near_ids(docs[1]) == [docs[0].id]


def test_an_update_is_not_linked_to_another_article_of_its_site_by_the_closing():
    """An update adding a long paragraph is under the threshold with its
    original; its site's closing paragraphs, first seen on another article,
    make no contained copy of that article either: the update opens with
    the original's lede, not with anything of the other article."""
    host, closing, items = SITES["fr"]
    story = [
        "Incendie dans une scierie à Vals",
        "Un incendie a détruit dans la nuit de mardi à mercredi un hangar de la scierie Roux, à Vals, sans faire de blessé. Une quarantaine de pompiers sont intervenus pendant six heures.",
        "Le feu, parti d'un tas de sciure selon les premières constatations, a été maîtrisé au petit matin. Les bureaux et la ligne de sciage principale ont été épargnés.",
    ]
    update = story + [
        "Mise à jour : l'activité reprendra lundi, a annoncé le gérant, qui estime les dégâts à 300 000 euros et attend la visite de l'expert de l'assurance."
    ]
    docs = [
        page("fr-earlier", host, items[0] + closing),
        page("fr-fire", host, story + closing),
        page("fr-fire-update", host, update + closing),
    ]
    run(Deduplicate(), *docs)
    assert "fr-earlier" not in near_ids(docs[2])
