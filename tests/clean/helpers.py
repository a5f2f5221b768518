"""Build a page from lines and classify it (tests only)."""

from __future__ import annotations

from collections import Counter

from newsline.clean import ClassifyBlocks, SegmentBlocks
from newsline.model import Document

# A neutral article body to put test lines into, in two languages.
BODY_VI = [
    "Chính quyền thành phố cho biết dự án cải tạo công viên sẽ bắt đầu vào đầu tháng tới và kéo dài khoảng sáu tháng.",
    "Theo kế hoạch, khu vui chơi cho trẻ em sẽ được mở rộng, đồng thời trồng thêm nhiều cây xanh dọc các lối đi bộ.",
    "Người dân trong khu vực bày tỏ sự đồng tình với dự án, nhưng cũng mong muốn được thông báo rõ về thời gian thi công.",
    "Đại diện ban quản lý dự án khẳng định sẽ hạn chế tối đa tiếng ồn và bố trí lối đi tạm cho người đi bộ.",
]
BODY_EN = [
    "The city said on Monday that work to renovate the central park would begin early next month and take about six months.",
    "Under the plan, the children's playground will be enlarged and more trees will be planted along the walking paths.",
    "Residents welcomed the project but said they wanted clear notice of when the noisiest work would take place.",
    "A spokesman for the project said crews would keep noise to a minimum and provide temporary paths for pedestrians.",
]
BODY_TH = [
    "เทศบาลเมืองแถลงเมื่อวันจันทร์ว่าโครงการปรับปรุงสวนสาธารณะกลางเมืองจะเริ่มต้นในต้นเดือนหน้า และใช้เวลาประมาณหกเดือนจึงจะแล้วเสร็จตามแผนที่วางไว้",
    "ตามแผนงาน สนามเด็กเล่นจะได้รับการขยายให้กว้างขึ้น และจะมีการปลูกต้นไม้เพิ่มเติมตลอดแนวทางเดินเท้าเพื่อให้ร่มเงาแก่ผู้มาใช้บริการ",
    "ชาวบ้านในพื้นที่แสดงความเห็นด้วยกับโครงการ แต่ต้องการให้มีการแจ้งล่วงหน้าอย่างชัดเจนเกี่ยวกับช่วงเวลาที่จะมีเสียงดังจากการก่อสร้าง",
    "ผู้แทนโครงการยืนยันว่าจะควบคุมเสียงรบกวนให้น้อยที่สุด และจัดทางเดินชั่วคราวสำหรับคนเดินเท้าตลอดระยะเวลาก่อสร้าง",
]
BODY_ES = [
    "El ayuntamiento anunció el lunes que las obras de renovación del parque central comenzarán a principios del próximo mes y durarán unos seis meses.",
    "Según el plan, la zona de juegos infantiles se ampliará y se plantarán más árboles a lo largo de los caminos peatonales del recinto.",
    "Los vecinos celebraron el proyecto, aunque pidieron que se les avise con tiempo de cuándo se harán los trabajos más ruidosos.",
    "Un portavoz del proyecto aseguró que las cuadrillas reducirán el ruido al mínimo y habilitarán pasos provisionales para los peatones.",
]
BODY_FR = [
    "La mairie a annoncé lundi que les travaux de rénovation du parc central débuteront au début du mois prochain et dureront environ six mois.",
    "Selon le projet, l'aire de jeux pour enfants sera agrandie et de nouveaux arbres seront plantés le long des allées piétonnes du parc.",
    "Les riverains ont salué le projet, mais souhaitent être prévenus à l'avance des périodes où les travaux seront les plus bruyants.",
    "Un porte-parole du chantier a assuré que les équipes limiteront le bruit et aménageront des passages provisoires pour les piétons.",
]
BODY_ZH = [
    "市政府周一表示，中心公园改造工程将于下月初动工，预计历时约六个月，施工期间公园部分区域将暂时关闭。",
    "根据计划，儿童游乐区将扩建，步行道两旁还将增种树木，为游客提供更多遮阴的地方，并新建两处公共厕所。",
    "周边居民对这一项目表示欢迎，但希望有关部门提前公布噪音较大的施工时段，以便他们合理安排日常生活。",
    "项目负责人表示，施工队将把噪音降到最低，并在施工期间为行人设置临时通道，确保附近学校的学生安全。",
]
BODY = {"vi": BODY_VI, "en": BODY_EN, "th": BODY_TH, "es": BODY_ES, "fr": BODY_FR, "zh": BODY_ZH}


def classify_lines(lines: list[str], **doc_kw) -> dict[str, tuple[str, list[str]]]:
    """Label of each line's text (first occurrence wins)."""
    text = "\n".join(lines)
    doc = Document(id="t", source="test", text=text, **doc_kw)
    SegmentBlocks()([doc], Counter())
    ClassifyBlocks()([doc], Counter())
    out: dict[str, tuple[str, list[str]]] = {}
    for b in doc.blocks:
        out.setdefault(text[b.start : b.end], (b.label, b.reasons))
    return out


def label_closing(body: list[str], line: str) -> tuple[str, list[str]]:
    """Label and reasons of ``line`` closing an article of ``body``
    paragraphs; the paragraphs themselves must stay body."""
    got = classify_lines([*body, line])
    assert all(got[p][0] == "body" for p in body), [got[p] for p in body]
    return got[line]


def label_between(body: list[str], line: str) -> tuple[str, list[str]]:
    """Label and reasons of ``line`` standing between an article's second and
    third paragraphs (``body`` holds four)."""
    return classify_lines([body[0], body[1], line, body[2], body[3]])[line]


def labels_of(lines: list[str]) -> list[str]:
    text = "\n".join(lines)
    doc = Document(id="t", source="test", text=text)
    SegmentBlocks()([doc], Counter())
    ClassifyBlocks()([doc], Counter())
    return [b.label for b in doc.blocks]


def page(
    lang: str, *, head: list[str] = (), mid: list[str] = (), tail: list[str] = ()
) -> list[str]:
    """head + two paragraphs + mid + two paragraphs + tail."""
    b = BODY[lang]
    return [*head, b[0], b[1], *mid, b[2], b[3], *tail]


def classify_page(path) -> Document:
    """Read one page file and run segmentation, language ID and cleaning on it."""
    from newsline.langid import IdentifyLanguages
    from newsline.readers import read_path
    from newsline.settings import Settings

    settings = Settings()
    (doc,) = list(read_path(str(path), settings))
    assert isinstance(doc, Document), doc
    stats: Counter[str] = Counter()
    stages = (SegmentBlocks(settings), IdentifyLanguages(settings.lang), ClassifyBlocks(settings))
    for stage in stages:
        stage([doc], stats)
    return doc
