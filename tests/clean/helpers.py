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
BODY_ID = [
    "Pemerintah kota mengumumkan pada Senin bahwa renovasi taman pusat kota akan dimulai awal bulan depan dan berlangsung sekitar enam bulan.",
    "Menurut rencana, area bermain anak akan diperluas dan lebih banyak pohon akan ditanam di sepanjang jalur pejalan kaki taman.",
    "Warga sekitar menyambut baik proyek tersebut, tetapi meminta pemberitahuan yang jelas tentang jadwal pekerjaan yang paling bising.",
    "Juru bicara proyek mengatakan para pekerja akan menekan kebisingan seminimal mungkin dan menyediakan jalur sementara bagi pejalan kaki.",
]
BODY_PT = [
    "A prefeitura anunciou na segunda-feira que as obras de reforma do parque central começarão no início do próximo mês e devem durar cerca de seis meses.",
    "Segundo o projeto, a área de brinquedos infantis será ampliada e mais árvores serão plantadas ao longo das trilhas para pedestres.",
    "Os moradores aprovaram a reforma, mas pediram aviso prévio sobre os períodos em que as obras forem mais barulhentas.",
    "Um porta-voz da obra disse que as equipes vão reduzir o barulho ao mínimo e abrir passagens provisórias para os pedestres.",
]
BODY_DE = [
    "Die Stadt kündigte am Montag an, dass die Sanierung des Zentralparks Anfang nächsten Monats beginnen und etwa sechs Monate dauern werde.",
    "Nach den Plänen wird der Spielplatz vergrößert, außerdem sollen entlang der Fußwege zahlreiche neue Bäume gepflanzt werden.",
    "Anwohner begrüßten das Vorhaben, wollen aber rechtzeitig erfahren, wann die lautesten Arbeiten stattfinden.",
    "Ein Sprecher des Projekts sagte, die Bautrupps würden den Lärm so gering wie möglich halten und provisorische Wege anlegen.",
]
BODY_RU = [
    "Городские власти объявили в понедельник, что реконструкция центрального парка начнётся в начале следующего месяца и займёт около полугода.",
    "По плану детскую площадку расширят, а вдоль пешеходных дорожек высадят несколько сотен новых деревьев и кустарников.",
    "Жители района поддержали проект, но попросили заранее сообщать, когда будут проводиться самые шумные работы.",
    "Представитель подрядчика заверил, что строители постараются свести шум к минимуму и оборудуют временные проходы.",
]
BODY_KO = [
    "서울시가 올해 하반기 공원 리모델링 공사를 시작해 내년 봄까지 마무리하겠다고 12일 밝혔다.",
    "시는 어린이 놀이터를 넓히고 산책로를 따라 나무 500그루를 새로 심을 계획이라고 설명했다.",
    "주민들은 공사를 환영하면서도 소음이 심한 작업 일정을 미리 알려 달라고 요청했다.",
    '시 관계자는 "공사 기간 보행자를 위한 임시 통로를 마련하겠다"고 말했다.',
]
BODY_JA = [
    "横浜市は12日、中央公園の改修工事を来月上旬に始め、約半年かけて完了させると発表した。",
    "計画では子ども向けの遊び場を広げ、遊歩道沿いに木を500本植える予定だという。",
    "周辺の住民は工事を歓迎する一方、騒音の大きい作業の日程を事前に知らせるよう求めている。",
    "市の担当者は「工事期間中も歩行者のための仮設通路を設ける」と話している。",
]
BODY_AR = [
    "أعلنت بلدية المدينة يوم الاثنين أن أعمال تجديد الحديقة المركزية ستبدأ مطلع الشهر المقبل وتستمر نحو ستة أشهر.",
    "وبحسب الخطة، سيتم توسيع منطقة ألعاب الأطفال وزراعة مزيد من الأشجار على طول ممرات المشاة داخل الحديقة.",
    "ورحب السكان بالمشروع، لكنهم طالبوا بإبلاغهم مسبقا بمواعيد الأعمال الأكثر إزعاجا في الحي.",
    "وقال متحدث باسم المشروع إن الفرق ستعمل على تقليل الضجيج وتوفير ممرات مؤقتة للمشاة طوال مدة الأعمال.",
]
BODY_IT = [
    "Il consiglio comunale ha approvato ieri sera il piano che prevede quaranta chilometri di nuove piste ciclabili entro la fine del prossimo anno.",
    "Secondo l'assessore alla mobilità, i primi cantieri apriranno già a maggio lungo i viali, dove il traffico delle biciclette è cresciuto molto.",
    "Le associazioni dei commercianti hanno chiesto di ridurre al minimo i disagi per le consegne durante i lavori nelle strade del centro.",
    "Il costo complessivo è stimato in diciotto milioni di euro, in gran parte coperti da fondi europei per la transizione ecologica.",
]
BODY_TR = [
    "Belediye, kentin yeni metro hattı için yapım ihalesinin nisan ayının sonunda yapılacağını açıkladı ve projenin ayrıntılarını paylaştı.",
    "Açıklamaya göre on bir kilometrelik hat on istasyondan oluşacak ve günde yaklaşık iki yüz bin yolcu taşıması bekleniyor.",
    "Kent sakinleri ise çalışmalar sırasında trafiğin nasıl yönetileceği konusunda belediyeden ayrıntılı bilgi bekliyor.",
    "Ulaşım uzmanları, hattın tamamlanmasıyla kent merkezindeki trafiğin belirgin biçimde azalabileceğini tahmin ediyor.",
]
BODY_NL = [
    "De gemeente trekt de komende drie jaar zes miljoen euro uit om tegels op schoolpleinen te vervangen door gras, bomen en moestuintjes.",
    "Volgens de wethouder heeft een op de vier basisscholen in de stad nu een plein zonder enige begroeiing, wat in hete zomers tot hoge temperaturen leidt.",
    "Scholen kunnen zich tot het einde van het schooljaar aanmelden; de eerste pleinen worden in de zomervakantie aangepakt.",
    "Ouders en leerkrachten worden betrokken bij het ontwerp, zodat de pleinen ook buiten schooltijd gebruikt kunnen worden.",
]
BODY_PL = [
    "Władze miasta ogłosiły przetarg na budowę kładki pieszo-rowerowej, która połączy dwie dzielnice w okolicach bulwarów nad rzeką.",
    "Konstrukcja ma mieć sto dwadzieścia metrów długości, a jej budowa potrwa około dwóch lat i pochłonie blisko czterdzieści milionów złotych.",
    "Mieszkańcy od lat apelowali o dodatkową przeprawę, bo istniejące mosty w centrum są w godzinach szczytu mocno zatłoczone.",
    "Urzędnicy zapewniają, że w czasie budowy ruch statków wycieczkowych na rzece nie zostanie wstrzymany.",
]
BODY_HI = [
    "राज्य सरकार ने गुरुवार को तीन सौ नई इलेक्ट्रिक बसों को हरी झंडी दिखाई, जो शहर के बीस रूटों पर चलेंगी।",
    "परिवहन मंत्री ने कहा कि इन बसों से हर दिन करीब डेढ़ लाख यात्रियों को फायदा होगा और प्रदूषण में भी कमी आएगी।",
    "बसों में सीसीटीवी कैमरे, पैनिक बटन और जीपीएस लगाए गए हैं ताकि महिलाओं की सुरक्षा सुनिश्चित की जा सके।",
    "अधिकारियों के अनुसार साल के अंत तक बेड़े में पाँच सौ और बसें जोड़ी जाएंगी।",
]
BODY_FA = [
    "شهرداری اعلام کرد که تا پایان سال آینده صد دستگاه اتوبوس برقی جدید وارد ناوگان حمل‌ونقل عمومی شهر می‌شود.",
    "معاون حمل‌ونقل شهرداری گفت این اتوبوس‌ها در خطوط پرتردد مرکز شهر به کار گرفته می‌شوند و آلودگی هوا را کاهش می‌دهند.",
    "به گفته او، ایستگاه‌های شارژ در سه پایانه اصلی شهر ساخته خواهد شد و کار ساخت آنها از ماه آینده آغاز می‌شود.",
    "شهروندان امیدوارند که با ورود اتوبوس‌های جدید، زمان انتظار در ایستگاه‌ها کاهش یابد.",
]
BODY = {
    "vi": BODY_VI,
    "en": BODY_EN,
    "th": BODY_TH,
    "es": BODY_ES,
    "fr": BODY_FR,
    "zh": BODY_ZH,
    "id": BODY_ID,
    "pt": BODY_PT,
    "de": BODY_DE,
    "ru": BODY_RU,
    "ko": BODY_KO,
    "ja": BODY_JA,
    "ar": BODY_AR,
    "it": BODY_IT,
    "tr": BODY_TR,
    "nl": BODY_NL,
    "pl": BODY_PL,
    "hi": BODY_HI,
    "fa": BODY_FA,
}

# A pull quote beside the paragraph that holds it, shared by the pull-quote and
# author-bio tests: (language, the paragraph, the pull quote).
PULL_QUOTES = [
    # (language, the paragraph holding the sentence, the pull quote)
    (
        "en",
        "Residents welcomed the project. “We have waited years for shade on these paths,” said Maria Okafor, who walks there every morning.",
        "“We have waited years for shade on these paths”",
    ),
    (
        "vi",
        "Bà Lan, một người dân sống gần công viên, nói: “Chúng tôi đã chờ nhiều năm để có bóng mát trên những lối đi này”. Bà cho biết sẽ theo dõi tiến độ.",
        "“Chúng tôi đã chờ nhiều năm để có bóng mát trên những lối đi này”",
    ),
    (
        "es",
        "Los vecinos celebraron el proyecto. «Llevamos años esperando sombra en estos caminos», dijo Rosa Díaz, que pasea allí cada mañana.",
        "«Llevamos años esperando sombra en estos caminos»",
    ),
    (
        "fr",
        "Les riverains ont salué le projet. « Nous attendons de l'ombre sur ces allées depuis des années », a déclaré Paul Girard, qui s'y promène chaque matin.",
        "« Nous attendons de l'ombre sur ces allées depuis des années »",
    ),
    (
        "zh",
        "附近居民李女士说：“我们等这些步道上的树荫已经等了很多年了。”她表示每天早上都会来公园散步。",
        "“我们等这些步道上的树荫已经等了很多年了。”",
    ),
    # no quotation marks: a plain sentence of the article set larger
    (
        "en",
        "The council has set aside money for the work. The park will close in stages so that part of it stays open all summer. Officials said the schedule could change.",
        "The park will close in stages so that part of it stays open all summer.",
    ),
]

# A web page with a pull quote and an author bio to fill in (.format).
HTML_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Park renovation to start next month | The Harbour Times</title></head><body>
<header><nav><a href="/">Home</a> <a href="/city">City</a> <a href="/sport">Sport</a></nav></header>
<article>
<h1>Park renovation to start next month</h1>
<p class="byline">By Jane Doe</p>
<p>{p0}</p>
<p>{para}</p>
<blockquote class="pull-quote"><p>{quote}</p></blockquote>
<p>{p1}</p>
<p>{p2}</p>
<p>{p3}</p>
<div class="author-bio"><p>{bio}</p></div>
</article>
<footer>© 2024 The Harbour Times</footer>
</body></html>
"""


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


def html_article_page(tmp_path, lang, head, top, body, tail="") -> Document:
    """An HTML page (``head`` in <head>, ``top`` above an <article> of
    ``body`` paragraphs, ``tail`` after it) written to ``tmp_path`` and
    classified as :func:`classify_page` does."""
    paras = "".join(f"<p>{p}</p>" for p in body)
    html = (
        f'<html lang="{lang}"><head><meta charset="utf-8">{head}</head><body>{top}'
        f"<article>{paras}</article>{tail}</body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(html, "utf-8")
    return classify_page(path)
