"""A copy cut short (its last third dropped) or with paragraphs added (a local
angle, a content farm's spam lines and footer) is a copy to a reader, yet its
shingle Jaccard with the original falls under the near-duplicate threshold.
Made of the original's repeated blocks, it is linked as a near-duplicate; a
brief that repeats one lede, a daily report that repeats one stock sentence,
and articles sharing a site's standard paragraphs stay apart.

Every article is invented (made-up towns, firms and figures).
"""

from __future__ import annotations

from collections import Counter

from newsline.dedup import Deduplicate
from newsline.model import Block, Document
from newsline.settings import DedupSettings

ES = [
    "Cierre de la planta de Valdeluna",
    "La empresa de componentes Ferralia anunció este jueves el cierre de su planta de Valdeluna, que emplea a 312 trabajadores, y el traslado de la producción a su fábrica de Portugal antes de final de año.",
    "Según la dirección, la caída de los pedidos del sector del automóvil y el encarecimiento de la energía hacen inviable mantener abiertas las dos líneas de montaje de la localidad.",
    "Los sindicatos convocaron una concentración para el lunes frente a la puerta de la fábrica y pidieron a la consejería de Industria que medie para buscar un comprador.",
    "El alcalde de Valdeluna recordó que la planta es el mayor empleador del municipio desde su apertura en 1987 y que de ella dependen también varios talleres de la comarca.",
    "La consejera de Industria se reunirá el martes con el comité de empresa y con representantes de Ferralia para conocer el calendario del cierre y las indemnizaciones previstas.",
    "Fuentes de la compañía aseguraron que ofrecerán recolocación en Portugal a una parte de la plantilla, aunque no precisaron cuántos puestos ni en qué condiciones.",
    "La comarca ya perdió el año pasado otras 140 plazas industriales con el cierre de una fábrica de envases en el polígono de Las Eras.",
    "El comité de empresa ha pedido una auditoría independiente de las cuentas de la planta para comprobar si realmente da pérdidas.",
]
FR = [
    "Un nouveau pont sur la Vézère",
    "Le conseil départemental a voté lundi la construction d'un nouveau pont sur la Vézère à Sainte-Colombe, pour un montant de 11,4 millions d'euros, afin de remplacer l'ouvrage de 1932 interdit aux poids lourds.",
    "Les travaux doivent commencer au printemps prochain et durer dix-huit mois. Pendant le chantier, la circulation sera maintenue sur l'ancien pont, limitée à un sens alterné.",
    "Le nouvel ouvrage comportera une piste cyclable séparée et un trottoir élargi, une demande ancienne des habitants du hameau de Lavergne.",
    "Le maire de Sainte-Colombe a salué une décision attendue depuis plus de dix ans par les entreprises de la zone artisanale.",
]
FR_LOCAL = [
    "À Lavergne, les parents d'élèves espèrent que la piste cyclable permettra enfin aux collégiens de rejoindre l'établissement à vélo sans emprunter la départementale.",
    "Le comité des fêtes du hameau prévoit déjà une inauguration festive, avec un bal et un marché de producteurs sur les deux rives.",
]
VI = [
    "Khánh thành cầu Bến Sỏi",
    "Sáng 2/6, tỉnh Long Phước tổ chức khánh thành cầu Bến Sỏi bắc qua sông Ngọc, nối hai huyện Tân Lộc và Hòa Bình, với tổng vốn đầu tư 215 tỷ đồng.",
    "Cầu dài 480 mét, rộng 12 mét, được thi công trong 20 tháng, thay thế bến phà đã hoạt động hơn 40 năm.",
    "Người dân hai bên sông cho biết trước đây mỗi lần qua phà mất gần một giờ, nhất là vào mùa nước lớn.",
    "Lãnh đạo tỉnh yêu cầu đơn vị quản lý sớm lắp đặt hệ thống chiếu sáng và biển báo giao thông trên cầu.",
]
VI_SPAM = [
    "👉 Kiếm 2 triệu mỗi ngày tại nhà chỉ với điện thoại, bấm vào link bên dưới ngay hôm nay!!!",
    "CHIA SẺ ngay bài viết này cho bạn bè và người thân cùng biết nhé 🙏🙏",
    "Trang tin tổng hợp tin tức nhanh nhất 24h, cập nhật liên tục mỗi ngày. Mọi thông tin chỉ mang tính tham khảo, bản quyền thuộc về tác giả.",
]


def doc(doc_id: str, paras: list[str]) -> Document:
    """Paragraphs as blocks: the first the headline, the rest body."""
    text = "\n\n".join(paras)
    blocks, pos = [], 0
    for i, p in enumerate(paras):
        blocks.append(Block(start=pos, end=pos + len(p), label="title" if i == 0 else "body"))
        pos += len(p) + 2
    return Document(id=doc_id, source=doc_id + ".html", text=text, blocks=blocks)


def near_ids(d: Document) -> list[str]:
    return [n["id"] for n in d.meta.get("near_duplicates") or []]


def run(*docs: Document, settings: DedupSettings | None = None) -> list[Document]:
    Deduplicate(settings)(list(docs), Counter())
    return list(docs)


def test_a_copy_with_its_last_third_cut_is_a_near_duplicate():
    full, cut = run(doc("full", ES), doc("cut", ES[:6]))
    assert near_ids(cut) == ["full"]
    # the similarity says how much of the two texts is shared, under the threshold
    assert 0.5 < cut.meta["near_duplicates"][0]["similarity"] < 0.8


def test_the_full_article_after_its_cut_copy_is_a_near_duplicate():
    cut, full = run(doc("cut", ES[:6]), doc("full", ES))
    assert near_ids(full) == ["cut"]


def test_a_copy_with_a_new_headline_and_local_paragraphs_added_is_a_near_duplicate():
    local = ["Sainte-Colombe aura son pont neuf, Lavergne sa piste cyclable"] + FR[1:3] + FR_LOCAL + FR[3:]
    orig, copy = run(doc("orig", FR), doc("copy", local))
    assert near_ids(copy) == ["orig"]


def test_a_content_farm_repost_with_spam_lines_and_a_footer_is_a_near_duplicate():
    farm = ["TIN NÓNG: " + VI[0] + " (CLIP)", VI[1], VI_SPAM[0], VI[2], VI[3], VI_SPAM[1], VI[4], VI_SPAM[2]]
    orig, repost = run(doc("orig", VI), doc("farm", farm))
    assert near_ids(repost) == ["orig"]


def test_a_cut_copy_in_a_later_run_is_linked_to_the_saved_original():
    first = Deduplicate()
    first([doc("full", ES)], Counter())
    later = Deduplicate()
    later.load_state(first.state_dict())
    cut = doc("cut", ES[:6])
    later([cut], Counter())
    assert near_ids(cut) == ["full"]
    rows = later.finalize()["duplicates"]
    assert {(r["doc_id"], r["duplicate_of"], r["kind"]) for r in rows} >= {("cut", "full", "near")}


def test_a_brief_repeating_the_lede_stays_apart():
    brief = ["Ferralia cierra en Valdeluna", ES[1], "Ampliaremos la información en la próxima edición."]
    _, b = run(doc("long", ES), doc("brief", brief))
    assert near_ids(b) == []


def test_a_daily_report_with_new_figures_stays_apart():
    def report(day: int, price: str, change: str, volume: str) -> list[str]:
        return [
            f"Mercado del aceite, {day} de marzo",
            f"El aceite de oliva virgen extra se pagó hoy en origen a {price} euros el kilo, {change} respecto a la sesión anterior, según el observatorio de precios de la lonja.",
            f"Se negociaron {volume} toneladas en total, con mayor actividad en las categorías de virgen y lampante que en la de virgen extra.",
            "Los operadores esperan que la tendencia se mantenga mientras no haya datos definitivos de la cosecha.",
            "Los precios publicados son orientativos y pueden variar según la calidad y el volumen de cada operación.",
        ]

    days = run(doc("d1", report(4, "4,12", "dos céntimos más", "1.240")), doc("d2", report(5, "4,08", "cuatro céntimos menos", "980")))
    assert near_ids(days[1]) == []


def test_articles_sharing_a_sites_standard_paragraphs_stay_apart():
    standard = [
        "Este artículo forma parte de la cobertura local del diario; puede enviarnos sus comentarios a través del formulario de contacto de la web.",
        "Las opiniones de los lectores publicadas en esta sección no representan necesariamente la línea editorial del periódico.",
        "Si quiere recibir estas noticias en su correo electrónico, suscríbase gratis al boletín diario de la comarca.",
    ]
    a = ["La biblioteca amplía su horario", "La biblioteca municipal abrirá también los sábados por la tarde a partir de abril, tras la contratación de dos auxiliares.", "El ayuntamiento estudia abrir una sala de estudio nocturna durante los exámenes.", "La medida responde a una petición de la asociación de estudiantes."] + standard
    b = ["Nuevo carril bici en la ronda", "Las obras del carril bici de la ronda norte comenzarán en mayo y durarán cuatro meses, con cortes parciales del tráfico.", "El trazado conectará el polideportivo con el instituto y la estación de autobuses.", "Los comerciantes de la zona temen perder plazas de aparcamiento."] + standard
    _, second = run(doc("a", a), doc("b", b))
    assert near_ids(second) == []
    # the standard paragraphs are still repeated blocks
    assert len(second.meta.get("duplicate_blocks") or []) == 3


def test_the_setting_off_links_only_by_the_estimate():
    s = DedupSettings(contained_threshold=None)
    _, cut = run(doc("full", ES), doc("cut", ES[:6]), settings=s)
    assert near_ids(cut) == []


def test_a_column_quoting_the_whole_article_and_adding_more_of_its_own_stays_apart():
    own = [
        "Voilà des années que les élus promettent ce pont, et des années que le dossier dort dans un tiroir du département, au gré des alternances et des arbitrages budgétaires.",
        "Il aura fallu qu'un camion reste coincé sur l'ancien tablier, l'été dernier, pour que l'on découvre soudain l'urgence d'un chantier réclamé depuis 2012 par tout le canton.",
        "Reste une question que personne ne pose : qui paiera l'entretien de l'ancien ouvrage, que la commune n'a ni les moyens ni l'envie de garder, et que personne ne veut détruire.",
        "Les habitants de Lavergne, eux, attendront de voir les pelleteuses avant de croire à la piste cyclable, et on ne saurait leur donner tort après tant de promesses.",
        "Car un vote n'est pas un chantier, et un chantier n'est pas un pont : rendez-vous au printemps, pour vérifier que les engagements d'aujourd'hui tiennent encore.",
    ]
    column = ["Le pont de la dernière chance", "Le communiqué du département tenait en quelques lignes :"] + FR[1:] + own
    _, col = run(doc("orig", FR), doc("col", column))
    assert near_ids(col) == []
    # its quoted paragraphs are still the article's repeated blocks
    assert {b["first"] for b in col.meta.get("duplicate_blocks") or []} == {"orig"}


def test_short_articles_ending_in_a_sites_long_standard_paragraphs_stay_apart():
    # each article's own text is short and the site's closing paragraphs make
    # up most of its kept text; each opens with its own lede
    standard = [
        "Ce service d'information locale est financé par les abonnements de nos lecteurs ; pour soutenir une rédaction indépendante dans le département, abonnez-vous dès maintenant à partir de 1 euro par mois.",
        "Vous avez été témoin d'un événement dans votre commune ? Envoyez-nous vos photos, vidéos et informations par le formulaire de contact : notre équipe de journalistes les vérifiera avant toute publication.",
        "Retrouvez chaque jour l'essentiel de l'actualité du département dans notre lettre d'information gratuite, envoyée chaque matin à 7 heures, et sur nos pages dans les réseaux sociaux.",
        "Les commentaires sont modérés a priori par la rédaction. Tout message injurieux, diffamatoire ou sans rapport avec le sujet de l'article sera supprimé sans préavis ni justification.",
    ]
    a = ["Marché nocturne", "Le marché nocturne de Lussac revient chaque jeudi de juillet sur la place de l'église, avec une trentaine de producteurs, des food-trucks et un concert gratuit chaque semaine."] + standard
    b = ["Route fermée", "La départementale 12 sera fermée entre Lussac et Vernet du 3 au 7 juin pour des travaux de réfection de la chaussée ; une déviation sera mise en place par la vallée et Saint-Pierre."] + standard
    _, second = run(doc("a", a), doc("b", b))
    # the site's paragraphs are over 80% of each kept text, and the shingle
    # estimate stays under the threshold: only the lede tells them apart
    assert near_ids(second) == []


def test_a_copy_opening_with_an_editors_note_is_still_a_near_duplicate():
    note = "Cet article a d'abord été publié par notre partenaire régional ; nous le reprenons avec son accord, dans une version légèrement raccourcie pour notre édition du soir."
    _, copy = run(doc("orig", FR), doc("copy", [FR[0], note] + FR[1:]))
    assert near_ids(copy) == ["orig"]
