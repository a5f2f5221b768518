"""Writes the heldout4 pages and gold.json (see README.md): every page is built
from named blocks, so the block gold is what the construction shares.

Run:  python3 benchmarks/data/dedup/heldout4/build.py
"""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

import opencc

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from pagekit import Pages, own, paras

SITES = {
    "tidewater": {
        "lang": "en", "name": "Tidewater Gazette", "host": "tidewatergazette.example",
        "cookie": "Tidewater Gazette and its partners use cookies to run this site, understand how it is used and show relevant advertising. Select Accept all or review your options.",
        "nav": ["News", "County", "Schools", "Business", "Obituaries"],
        "newsletter": "Get the Tidewater Gazette morning email: the county's top stories, weather and road closures in your inbox before seven, free of charge.",
        "rail": ["County fair adds a second weekend", "Library card sign-ups hit record"],
        "footer": "Tidewater Gazette, 410 Wharf Lane, Marlow Point. Copyright Tidewater Media Group. All rights reserved. Corrections and clarifications: standards@tidewatergazette.example",
    },
    "buzzfeedly": {
        "lang": "en", "name": "NewsFlashDaily", "host": "newsflashdaily.example",
        "cookie": None, "nav": ["Trending", "Viral", "World", "Money"],
        "newsletter": "Don't miss out! Join 2 million readers who get the hottest stories of the day delivered straight to their phones. Tap to subscribe now.",
        "rail": ["You won't believe what this town did next", "Ten photos that will restore your faith"],
        "footer": "NewsFlashDaily aggregates stories from around the web. All trademarks belong to their respective owners. Advertise with us: ads@newsflashdaily.example",
    },
    "elfaro": {
        "lang": "es", "name": "El Faro de Levante", "host": "farodelevante.example",
        "cookie": "Utilizamos cookies propias y de terceros para mejorar nuestros servicios y mostrarle publicidad relacionada con sus preferencias. Si continúa navegando, consideramos que acepta su uso.",
        "nav": ["Inicio", "Comarca", "Economía", "Cultura", "Deportes"],
        "newsletter": "Suscríbase al boletín de El Faro de Levante y reciba cada mañana las noticias más importantes de la comarca en su correo electrónico.",
        "rail": ["Abre el nuevo mercado de abastos", "La romería reúne a miles de vecinos"],
        "footer": "El Faro de Levante, Avenida del Puerto 33, Santa Pola del Mar. Queda prohibida la reproducción total o parcial de los contenidos sin autorización expresa.",
    },
    "noticiasya": {
        "lang": "es", "name": "NoticiasYa 24h", "host": "noticiasya24.example",
        "cookie": None, "nav": ["Última hora", "Nacional", "Sucesos", "Gente"],
        "newsletter": None, "rail": ["Los trucos para ahorrar en la factura", "Así será el tiempo este fin de semana"],
        "footer": "NoticiasYa 24h es un portal de agregación de noticias. Contenidos publicitarios gestionados por terceros. Contacto comercial: publicidad@noticiasya24.example",
    },
    "ladepeche": {
        "lang": "fr", "name": "La Dépêche du Rhône", "host": "depecherhone.example",
        "cookie": "Avec votre accord, nos partenaires et nous utilisons des cookies pour stocker des informations sur votre appareil, mesurer l'audience et personnaliser les publicités.",
        "nav": ["Actualité", "Lyon", "Économie", "Sports", "Culture"],
        "newsletter": "Inscrivez-vous à la lettre de La Dépêche du Rhône et recevez chaque soir les titres qui ont fait l'actualité de la métropole.",
        "rail": ["Les quais rouvrent aux piétons", "Un festival de jazz à Vienne cet été"],
        "footer": "La Dépêche du Rhône, 9 quai Saint-Vincent, Lyon. Reproduction interdite sans autorisation. Signaler une erreur : correction@depecherhone.example",
    },
    "actuvallee": {
        "lang": "fr", "name": "Actu Vallée", "host": "actuvallee.example",
        "cookie": None, "nav": ["Infos", "Bourse", "Sport", "Météo"],
        "newsletter": None, "rail": ["Les prix du carburant en baisse", "La météo du week-end"],
        "footer": "Actu Vallée, l'information régionale en continu. Données boursières fournies à titre indicatif, avec un différé de quinze minutes.",
    },
    "diariosul": {
        "lang": "pt", "name": "Diário do Sul", "host": "diariodosul.example",
        "cookie": "Utilizamos cookies para personalizar conteúdos e anúncios e para analisar o nosso tráfego. Pode aceitar todos ou gerir as suas preferências.",
        "nav": ["Início", "Região", "País", "Desporto"],
        "newsletter": "Receba todas as manhãs o resumo do Diário do Sul com as notícias da região que não pode perder.",
        "rail": ["Feira do mel regressa em outubro", "Obras na estrada nacional atrasam"],
        "footer": "Diário do Sul, Rua da Liberdade 72, Porto Alto. Todos os direitos reservados. Proibida a reprodução sem autorização da direção.",
    },
    "correiovale": {
        "lang": "pt", "name": "Correio do Vale", "host": "correiodovale.example",
        "cookie": None, "nav": ["Notícias", "Opinião", "Cultura", "Classificados"],
        "newsletter": "Assine o Correio do Vale e tenha acesso ilimitado a todas as notícias, reportagens e ao arquivo digital do jornal.",
        "rail": ["Escola primária ganha novo pavilhão", "Mercado municipal muda de horário"],
        "footer": "Correio do Vale, jornal regional fundado em 1931. Estatuto editorial e ficha técnica disponíveis no site.",
    },
    "cliquenoticias": {
        "lang": "pt", "name": "Clique Notícias", "host": "cliquenoticias.example",
        "cookie": None, "nav": ["Destaques", "Brasil", "Mundo", "Tecnologia"],
        "newsletter": None, "rail": ["Veja como economizar energia em casa", "Horóscopo do dia"],
        "footer": "Clique Notícias reúne as principais notícias da internet num só lugar. Os direitos dos textos pertencem aos seus autores.",
    },
    "tinnhanh": {
        "lang": "vi", "name": "Thời Báo Duyên Hải", "host": "thoibaoduyenhai.example",
        "cookie": "Chúng tôi sử dụng cookie để cải thiện trải nghiệm đọc báo và phân tích lượng truy cập. Tiếp tục sử dụng trang là bạn đồng ý với chính sách này.",
        "nav": ["Thời sự", "Kinh tế", "Xã hội", "Thể thao", "Giải trí"],
        "newsletter": "Đăng ký nhận bản tin Thời Báo Duyên Hải để đọc những tin nổi bật nhất mỗi sáng ngay trong hộp thư của bạn.",
        "rail": ["Quảng Ngãi khởi công cảng cá mới", "Giá cà phê tăng mạnh trong tuần"],
        "footer": "Thời Báo Duyên Hải, giấy phép số 218/GP-BTTTT. Địa chỉ tòa soạn: 15 đường Bạch Đằng, thành phố Quy Nhơn. Không sao chép khi chưa được sự đồng ý.",
    },
    "baomoi24": {
        "lang": "vi", "name": "Tin Moi 24h", "host": "tinmoi24h.example",
        "cookie": None, "nav": ["Tin moi", "Doi song", "Phap luat", "Video"],
        "newsletter": None, "rail": ["Meo hay giup tiet kiem dien mua nong", "Ket qua xo so hom nay"],
        "footer": "Tin Moi 24h tong hop tin tuc tu nhieu nguon. Ban quyen thuoc ve tac gia va bao goc. Lien he quang cao: qc@tinmoi24h.example",
    },
    "huabei": {
        "lang": "zh", "name": "华北科技日报", "host": "huabeikeji.example",
        "cookie": None, "nav": ["首页", "科技", "产业", "数码", "评论"],
        "newsletter": "关注华北科技日报微信公众号，每天早上八点推送最新科技资讯和行业动态。",
        "rail": ["国产大飞机完成新一轮试飞", "新能源汽车销量再创新高"],
        "footer": "华北科技日报社版权所有，未经书面授权不得转载。举报电话：010-12345678",
    },
    "taipeitech": {
        "lang": "zh", "name": "寶島科技週報", "host": "baodaotech.example",
        "cookie": "我們使用Cookie來改善您的瀏覽體驗並分析流量，繼續使用本網站即代表您同意我們的隱私權政策。",
        "nav": ["首頁", "科技", "手機", "遊戲", "評測"],
        "newsletter": None, "rail": ["新款平板電腦開箱實測", "颱風假各縣市停班停課一覽"],
        "footer": "寶島科技週報版權所有，轉載請註明出處並附上原文連結。客服信箱：service@baodaotech.example",
    },
    "siamdaily": {
        "lang": "th", "name": "สยามรายวันออนไลน์", "host": "siamdailyonline.example",
        "cookie": "เว็บไซต์นี้ใช้คุกกี้เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้งาน ท่านสามารถศึกษารายละเอียดได้ที่นโยบายความเป็นส่วนตัว",
        "nav": ["หน้าแรก", "ข่าวด่วน", "เศรษฐกิจ", "ต่างประเทศ", "กีฬา"],
        "newsletter": "สมัครรับจดหมายข่าวสยามรายวันออนไลน์ เพื่อรับข่าวเด่นประจำวันส่งตรงถึงอีเมลของท่านทุกเช้า",
        "rail": ["กรมอุตุฯ เตือนพายุฤดูร้อน", "ตลาดหุ้นไทยปิดบวกเล็กน้อย"],
        "footer": "สงวนลิขสิทธิ์ บริษัท สยามรายวัน จำกัด ห้ามคัดลอกหรือนำเนื้อหาไปเผยแพร่โดยไม่ได้รับอนุญาต",
    },
    "lannanews": {
        "lang": "th", "name": "ข่าวล้านนาวันนี้", "host": "lannanewstoday.example",
        "cookie": None, "nav": ["ข่าวเหนือ", "ท่องเที่ยว", "เกษตร", "ชุมชน"],
        "newsletter": None, "rail": ["ดอยอินทนนท์หนาวจัด", "เทศกาลลำไยเริ่มแล้ว"],
        "footer": "ข่าวล้านนาวันนี้ สื่อท้องถิ่นภาคเหนือ ติดต่อโฆษณาและส่งข่าวได้ที่ อีเมล news@lannanewstoday.example",
    },
    "elbkurier": {
        "lang": "de", "name": "Elbtal Kurier", "host": "elbtalkurier.example",
        "cookie": "Wir und unsere Partner nutzen Cookies, um unser Angebot zu verbessern und Werbung auszuspielen. Mit Zustimmen akzeptieren Sie dies, unter Einstellungen können Sie widersprechen.",
        "nav": ["Lokales", "Politik", "Wirtschaft", "Sport", "Nachrufe"],
        "newsletter": "Der Elbtal Kurier am Abend: Die wichtigsten Nachrichten aus Ihrer Region kompakt zusammengefasst, jeden Werktag kostenlos per E-Mail.",
        "rail": ["Hochwasserschutz am Deich wird erneuert", "Stadtfest zieht tausende Besucher an"],
        "footer": "Elbtal Kurier, Verlagsgesellschaft Elbtal mbH, Marktplatz 5, Auenstedt. Alle Rechte vorbehalten. Nachdruck nur mit Genehmigung.",
    },
    "suarabumi": {
        "lang": "id", "name": "Suara Bumi", "host": "suarabumi.example",
        "cookie": "Kami menggunakan cookie untuk memberikan pengalaman terbaik di situs kami. Dengan terus menggunakan situs ini, Anda menyetujui penggunaan cookie.",
        "nav": ["Berita", "Daerah", "Bisnis", "Pendidikan", "Olahraga"],
        "newsletter": "Berlangganan buletin Suara Bumi dan dapatkan berita pilihan redaksi setiap pagi langsung ke surel Anda.",
        "rail": ["Harga cabai melonjak jelang Lebaran", "Jalan tol baru diresmikan presiden"],
        "footer": "Suara Bumi, Jalan Diponegoro 88, Semarang Baru. Hak cipta dilindungi undang-undang. Pedoman media siber dan kode etik jurnalistik.",
    },
}

KIT = Pages(SITES)
DOCS, GOLD_BLOCKS, page, add = KIT.docs, KIT.gold_blocks, KIT.page, KIT.add


# --- en: a content farm's paraphrase, every paragraph with synonyms swapped ---
SEWER = [
    "Marlow Point will spend 38 million dollars replacing the sewer mains under its historic downtown after three collapses in two years left streets closed for weeks, the town council decided on Tuesday night.",
    "The work will start next March and is expected to take about four years, with crews digging up one block at a time so that shops along Front Street can stay open throughout the project.",
    "Public works director Renata Solis told councillors that some of the clay pipes date from 1904 and that cameras sent through them last autumn found cracks and tree roots in more than half of the network.",
    "Residents' monthly sewer bills will rise by about 6 dollars to help pay for the project, while a state infrastructure loan at a low interest rate will cover the rest of the cost.",
    "Council member Dwight Abara voted against the plan, saying the town should first ask for a federal grant, but the measure passed by six votes to one.",
]
SEWER_SPUN = [
    "Marlow Point is set to invest 38 million dollars swapping out the sewage lines beneath its historic town centre after three cave-ins in two years forced roads to shut for weeks, the municipal council ruled on Tuesday evening.",
    "The project will begin next March and is predicted to last roughly four years, with workers excavating a single block at a time so that stores on Front Street can remain open for the entire project.",
    "Head of public works Renata Solis informed council members that certain clay pipes go back to 1904 and that cameras passed through them last fall discovered fractures and tree roots in over half of the system.",
    "Homeowners' monthly sewer charges will climb by around 6 dollars to help fund the project, while a low-interest state infrastructure loan will pay for the remainder of the expense.",
    "Councillor Dwight Abara opposed the proposal, arguing the town ought to apply for a federal grant first, but the motion was approved by six votes to one.",
]
page("en-tidewater-sewer", "tidewater", "Marlow Point to replace downtown sewer mains in 38 million dollar project", "By Colleen Marsh",
     own(SEWER), "2026-10-07T06:30:00-04:00")
page("en-newsflash-sewer", "buzzfeedly", "SHOCKING: Town Will Dig Up Its Entire Downtown For 38 Million Dollars", None,
     own(SEWER_SPUN), "2026-10-07T13:12:00-04:00")

# --- es: a site that puts an advert line and a "Lee también" line between every paragraph ---
PUERTO = [
    "El puerto de Santa Pola del Mar recibirá este otoño una inversión de 4,2 millones de euros para ampliar la lonja y construir una nueva cámara frigorífica, según anunció ayer la Autoridad Portuaria en una rueda de prensa.",
    "La obra permitirá duplicar la capacidad de almacenamiento de pescado fresco y reducirá las pérdidas que sufren los armadores en verano, cuando las altas temperaturas obligan a vender la captura a cualquier precio.",
    "El patrón mayor de la cofradía, Vicente Llorca, celebró el anuncio, aunque recordó que los pescadores llevan más de diez años reclamando la mejora y que la flota local ha pasado de sesenta a treinta y dos barcos.",
    "Los trabajos saldrán a licitación en noviembre y deberían terminar antes del verano de 2028, de modo que la lonja seguirá funcionando con normalidad mientras dure la ampliación.",
]
ADS = ["PUBLICIDAD", "Lee también: Detenido un hombre por robar cobre en una subestación eléctrica",
       "PUBLICIDAD", "Lee también: Las diez playas más bonitas de la costa según los lectores",
       "PUBLICIDAD", "Lee también: Qué se sabe del nuevo abono de transporte para jóvenes"]
ads_paras: list[tuple[str | None, str]] = []
for i, (key, text) in enumerate(paras("puerto", PUERTO)):
    ads_paras.append((key, text))
    if i < len(PUERTO) - 1:
        ads_paras += own(ADS[2 * i: 2 * i + 2])
page("es-elfaro-puerto", "elfaro", "El puerto de Santa Pola del Mar ampliará la lonja con 4,2 millones", "Marta Ferrándiz",
     paras("puerto", PUERTO), "2026-09-15T09:00:00+02:00")
page("es-noticiasya-puerto", "noticiasya", "El puerto de Santa Pola del Mar ampliará la lonja con 4,2 millones", "Redacción NoticiasYa",
     ads_paras, "2026-09-15T11:40:00+02:00")

# --- fr: the same wire article with only the byline and the dateline changed ---
TRAM_FR = [
    "La métropole a présenté mercredi le tracé définitif de la future ligne de tramway T9, qui reliera la gare de Vaise au campus de la Doua en desservant quatorze stations sur 9,8 kilomètres.",
    "Le chantier doit débuter au printemps 2027 pour une mise en service prévue fin 2030. Le coût total est estimé à 312 millions d'euros, dont 48 millions apportés par l'État dans le cadre du plan de mobilité.",
    "Les commerçants du quartier de Vaise craignent toutefois plusieurs années de travaux devant leurs vitrines. Leur association demande un fonds d'indemnisation comparable à celui mis en place pour la ligne T6.",
    "Le vice-président chargé des mobilités, Julien Peyrache, a assuré qu'une commission d'indemnisation serait créée dès l'ouverture des premiers chantiers et que les accès aux commerces seraient maintenus.",
]
TRAM_FR_DATELINE_A = "LYON, 21 octobre (Agence Rhône Presse) \u2013 "
TRAM_FR_DATELINE_B = "Lyon (Rhône) \u2013 "
page("fr-depeche-tram", "ladepeche", "Tramway T9 : le tracé définitif dévoilé, mise en service fin 2030", "Par Sophie Garnier avec ARP",
     [("P:tramfr1", TRAM_FR_DATELINE_A + TRAM_FR[0])] + paras("tramfr", TRAM_FR)[1:], "2026-10-21T16:00:00+02:00")
page("fr-actuvallee-tram", "actuvallee", "Tramway T9 : le tracé définitif dévoilé, mise en service fin 2030", "La rédaction d'Actu Vallée",
     [("P:tramfr1", TRAM_FR_DATELINE_B + TRAM_FR[0])] + paras("tramfr", TRAM_FR)[1:], "2026-10-21T17:25:00+02:00")

# --- pt: a page stitched from two sources' articles on one event (the first half of each) ---
INCENDIO_A = [
    "Um incêndio florestal que deflagrou na madrugada de sábado na serra da Lousã já consumiu cerca de 1.200 hectares de pinhal e eucaliptal e obrigou à retirada preventiva de moradores de três aldeias.",
    "Segundo a Proteção Civil, no terreno estavam ao início da tarde 340 operacionais, apoiados por 96 viaturas e seis meios aéreos, que enfrentam ventos fortes e temperaturas acima dos 38 graus.",
    "O comandante distrital, Hélder Mourão, explicou que a frente mais ativa avança em direção ao vale do Ceira e que a prioridade é proteger as casas isoladas e a estrada municipal que liga as aldeias.",
    "A câmara municipal abriu o pavilhão desportivo para acolher as cerca de oitenta pessoas retiradas de casa, onde voluntários da Cruz Vermelha distribuem refeições, água e medicamentos.",
]
INCENDIO_B = [
    "As chamas chegaram durante a tarde de sábado às primeiras casas da aldeia de Vale de Cortiça, onde os moradores usaram mangueiras e baldes para defender as habitações até à chegada dos bombeiros.",
    "Maria do Céu Pinhão, de 74 anos, contou ao Correio do Vale que saiu de casa apenas com os documentos e o gato, e que da estrada viu o fumo cobrir por completo o vale onde viveu toda a vida.",
    "A GNR cortou o trânsito em dois troços da estrada nacional 236 e aconselhou os automobilistas a evitarem a zona, enquanto os meios aéreos faziam descargas sucessivas sobre a encosta norte.",
    "O presidente da junta de freguesia pediu ao Governo a declaração de situação de calamidade, lembrando que a mesma serra já tinha ardido em 2017 e que muitas famílias ainda não recuperaram os prejuízos.",
]
page("pt-diariosul-incendio", "diariosul", "Incêndio na serra da Lousã já consumiu 1.200 hectares", "Por Joana Ventura",
     paras("incA", INCENDIO_A), "2026-08-08T15:10:00+01:00")
page("pt-correiovale-incendio", "correiovale", "Chamas chegam às casas de Vale de Cortiça", "Texto de Nuno Barradas",
     paras("incB", INCENDIO_B), "2026-08-08T20:30:00+01:00")
page("pt-clique-incendio", "cliquenoticias", "Serra da Lousã em chamas: aldeias evacuadas e casas ameaçadas", None,
     paras("incA", INCENDIO_A)[:2] + paras("incB", INCENDIO_B)[:2], "2026-08-09T08:00:00+01:00")

# --- vi: a repost with every diacritic stripped (đ -> d), headline too ---
def strip_vi(text: str) -> str:
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


CANG = [
    "Ủy ban nhân dân tỉnh Bình Định vừa phê duyệt dự án nạo vét luồng vào cảng Quy Nhơn với tổng vốn 640 tỷ đồng, cho phép tàu trọng tải đến 70.000 tấn ra vào cảng thay vì 50.000 tấn như hiện nay.",
    "Theo Sở Giao thông vận tải, dự án sẽ nạo vét khoảng 2,3 triệu mét khối bùn cát trên đoạn luồng dài 7,5 km, thi công trong hai năm và không làm gián đoạn hoạt động bốc dỡ hàng hóa của cảng.",
    "Ông Trần Văn Lộc, giám đốc cảng, cho biết lượng hàng qua cảng năm ngoái đạt 14 triệu tấn, tăng 11% so với năm trước, chủ yếu là dăm gỗ, sắn lát và hàng container xuất khẩu.",
    "Các hộ nuôi trồng thủy sản ở đầm Thị Nại lo ngại bùn nạo vét sẽ ảnh hưởng đến môi trường nước, tỉnh cam kết đổ thải tại khu vực được quy hoạch cách bờ hơn 12 hải lý.",
]
page("vi-thoibao-cang", "tinnhanh", "Bình Định chi 640 tỷ đồng nạo vét luồng cảng Quy Nhơn", "Hoàng Phúc",
     paras("cang", CANG), "2026-06-11T10:00:00+07:00")
page("vi-tinmoi-cang", "baomoi24", "Bình Định chi 640 tỷ đồng nạo vét luồng cảng Quy Nhơn", "Tong hop",
     paras("cang", CANG), "2026-06-11T16:45:00+07:00", transform=strip_vi)

# --- zh: simplified and a Taiwan repost dense in words the phrase tables change (OpenCC s2twp) ---
CHIP_ZH = [
    "华北一家人工智能企业昨日发布新一代边缘计算芯片，这款芯片可以在不连接互联网的情况下运行语音识别和视频分析软件，功耗只有上一代产品的一半。",
    "公司技术总监王海峰介绍，新芯片主要面向出租车车载终端、打印机和网络摄像头等设备，内置的程序可以通过短信或数据线升级，用户无需重新安装操作系统。",
    "在发布会现场，工程师用一台笔记本电脑连接鼠标和移动硬盘，演示了离线翻译和视频字幕生成功能，整个过程不需要访问云端服务器，也不会上传任何个人信息。",
    "业内人士认为，随着数据安全法规日益严格，能够在本地处理信息的芯片将受到汽车和安防企业的欢迎，但其软件生态和质量稳定性仍有待市场检验。",
]
S2TWP = opencc.OpenCC("s2twp")
page("zh-huabei-chip", "huabei", "国产边缘计算芯片发布 离线运行视频分析软件", "本报记者 赵敏",
     paras("chip", CHIP_ZH), "2026-11-05T09:00:00+08:00")
page("zh-baodao-chip", "taipeitech", "国产边缘计算芯片发布 离线运行视频分析软件", "編譯 陳怡君",
     paras("chip", CHIP_ZH), "2026-11-05T18:20:00+08:00", transform=S2TWP.convert)

# --- th: a repost with other line breaks inside paragraphs (<br>) and Thai digits for Arabic ones ---
THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
BR = "\u23ce"  # a marker written out as <br> in the page


def thai_repost(text: str) -> str:
    return text.replace("|", BR).translate(THAI_DIGITS)


# "|" marks where the repost breaks a line; the original writes one line per paragraph
LAMYAI_TH = [
    "สำนักงานเกษตรจังหวัดเชียงใหม่ คาดการณ์ว่าผลผลิตลำไยปี 2569 จะมีประมาณ 285,000 ตัน|เพิ่มขึ้นจากปีก่อนร้อยละ 8 เนื่องจากสภาพอากาศเอื้ออำนวยและมีน้ำเพียงพอในช่วงติดดอก",
    "นายประเสริฐ คำแสน เกษตรจังหวัดเชียงใหม่ กล่าวว่า ผลผลิตส่วนใหญ่จะออกสู่ตลาดในช่วงกลางเดือนกรกฎาคม|ถึงปลายเดือนสิงหาคม จึงได้ประสานผู้ส่งออกและสหกรณ์ให้รับซื้อผลผลิตล่วงหน้าเพื่อป้องกันราคาตกต่ำ",
    "ขณะที่ราคารับซื้อลำไยเกรด AA หน้าสวนขณะนี้อยู่ที่กิโลกรัมละ 32 บาท|ซึ่งเกษตรกรหลายรายเห็นว่ายังต่ำกว่าต้นทุนการผลิต และเรียกร้องให้ภาครัฐช่วยหาตลาดใหม่ในต่างประเทศ",
    "ทั้งนี้ จังหวัดเตรียมจัดงานเทศกาลลำไยระหว่างวันที่ 5 ถึง 9 สิงหาคม ที่ศูนย์ประชุมนานาชาติ|เพื่อส่งเสริมการบริโภคภายในประเทศและเปิดโอกาสให้เกษตรกรจำหน่ายผลผลิตโดยตรง",
]
page("th-siam-lamyai", "siamdaily", "เชียงใหม่คาดผลผลิตลำไยปี 2569 เพิ่มขึ้นร้อยละ 8", "ทีมข่าวภูมิภาค",
     [(f"P:lamyai{i}", t.replace("|", " ")) for i, t in enumerate(LAMYAI_TH, 1)], "2026-06-20T07:00:00+07:00")
page("th-lanna-lamyai", "lannanews", "เชียงใหม่คาดผลผลิตลำไยปี 2569 เพิ่มขึ้นร้อยละ 8", "กองบรรณาธิการ",
     [(f"P:lamyai{i}", thai_repost(t)) for i, t in enumerate(LAMYAI_TH, 1)], "2026-06-20T12:30:00+07:00",
     transform=lambda t: t.translate(THAI_DIGITS))
DOCS["th-lanna-lamyai"]["html"] = DOCS["th-lanna-lamyai"]["html"].replace(BR, "<br>\n")
for g in GOLD_BLOCKS.values():
    for o in g["occurrences"]:
        o["text"] = o["text"].replace(BR, "\n")

# --- en: a correction: the same article republished with one figure changed and a correction note ---
BUS = [
    "A school bus carrying children to Harbor Creek Elementary slid off a rain-soaked county road near Miller's Ford on Thursday morning and came to rest on its side in a shallow ditch.",
    None,  # the figure that the correction changes
    "The driver, a 58-year-old woman from Marlow Point, told deputies that the bus lost grip on a curve where the road had been resurfaced the week before and loose gravel covered the asphalt.",
    "Parents gathered at the school gates through the morning. The district opened a family room in the gym and said counsellors would be at the school for the rest of the week.",
    "County roads supervisor Glen Whitaker said crews would sweep the gravel and put up warning signs on the curve by Friday evening, and that the resurfacing contractor had been asked for an explanation.",
]
BUS_FIGURE_FIRST = "Fourteen children were taken to Tidewater Regional Hospital with minor injuries and all of them had been released to their parents by the afternoon, the sheriff's office said."
BUS_FIGURE_FIXED = "Eleven children were taken to Tidewater Regional Hospital with minor injuries and all of them had been released to their parents by the afternoon, the sheriff's office said."
BUS_NOTE = "Correction: An earlier version of this article gave the wrong number of children taken to hospital. It was eleven, not fourteen."


def bus_paras(figure: str) -> list[tuple[str | None, str]]:
    return [(None if t is None else f"P:bus{i}", figure if t is None else t) for i, t in enumerate(BUS, 1)]


page("en-tidewater-bus", "tidewater", "School bus slides off road near Miller's Ford, children hurt", "By Owen Castellano",
     bus_paras(BUS_FIGURE_FIRST), "2026-11-12T11:05:00-05:00")
page("en-tidewater-bus-corrected", "tidewater", "School bus slides off road near Miller's Ford, children hurt", "By Owen Castellano",
     bus_paras(BUS_FIGURE_FIXED) + own([BUS_NOTE]), "2026-11-12T17:40:00-05:00")

# --- hard negative: two daily market reports from one template, different days (fr) ---
MARKET_CLOSE = ("Ces informations sont fournies à titre indicatif et ne constituent en aucun cas un conseil en investissement. "
                "Les cours sont ceux de clôture de la séance, sauf mention contraire.")


def bourse(doc, date, day, trend, pct, pts, leader, lpct, loser, lospct, volume, driver):
    page(doc, "actuvallee", f"Bourse de Paris : le CAC 40 termine en {trend} de {pct} %", "Actu Vallée avec ARP", [
        (None, f"La Bourse de Paris a terminé la séance de {day} en {trend} de {pct} %, le CAC 40 s'établissant à {pts} points dans un volume d'échanges de {volume} milliards d'euros."),
        (None, f"{driver}"),
        (None, f"Du côté des valeurs, {leader} a pris la tête de l'indice avec un gain de {lpct} %, tandis que {loser} a fini lanterne rouge en cédant {lospct} %."),
        ("P:bourse-close", MARKET_CLOSE),
    ], date)


bourse("fr-actuvallee-bourse-1", "2026-10-13T18:00:00+02:00", "mardi", "hausse", "0,84", "8 112,35", "Stellarion",
       "3,12", "Bordeval", "1,45", "3,4",
       "Les investisseurs ont salué la publication d'une inflation américaine plus faible que prévu, qui conforte les attentes d'une baisse des taux de la Réserve fédérale avant la fin de l'année.")
bourse("fr-actuvallee-bourse-2", "2026-10-14T18:00:00+02:00", "mercredi", "baisse", "0,37", "8 082,21", "Maison Ferrat",
       "1,88", "Techniplast", "2,71", "2,9",
       "Le marché a marqué une pause après la hausse de la veille, les opérateurs prenant leurs bénéfices dans l'attente des résultats trimestriels des grandes banques attendus dès jeudi.")

# --- hard negative: two obituaries from one template (de) ---
NACHRUF_CLOSE = ("Die Redaktion des Elbtal Kuriers spricht den Angehörigen ihr Mitgefühl aus. "
                 "Traueranzeigen und Kondolenzen können Sie auf unserem Trauerportal veröffentlichen.")


def nachruf(doc, date, name, age, role, years, work, family, funeral):
    page(doc, "elbkurier", f"Auenstedt trauert um {name}", "Von der Lokalredaktion", [
        (None, f"{name} ist im Alter von {age} Jahren gestorben. {role} prägte das Leben in Auenstedt über {years} Jahrzehnte."),
        (None, work),
        (None, family),
        (None, funeral),
        ("P:nachruf-close", NACHRUF_CLOSE),
    ], date)


nachruf("de-elbkurier-nachruf-1", "2026-03-04T10:00:00+01:00", "Gerda Lindqvist", 87, "Die frühere Grundschullehrerin", "vier",
        "Mehr als dreißig Jahre unterrichtete sie an der Schule am Lindenplatz und gründete dort 1979 den ersten Schulgarten der Stadt, den Generationen von Kindern gepflegt haben.",
        "Sie hinterlässt zwei Töchter, fünf Enkel und einen Urenkel. Ihr Mann Arvid, mit dem sie sechzig Jahre verheiratet war, starb im vergangenen Herbst.",
        "Die Trauerfeier findet am Freitag um 14 Uhr in der Nikolaikirche statt, anschließend ist die Beisetzung auf dem Friedhof an der Elbe.")
nachruf("de-elbkurier-nachruf-2", "2026-05-19T10:00:00+02:00", "Heinrich Bolz", 79, "Der ehemalige Bürgermeister", "drei",
        "Von 1990 bis 2008 stand er an der Spitze der Stadt und setzte den Bau der Umgehungsstraße sowie die Sanierung des historischen Rathauses durch, das heute als Museum dient.",
        "Bolz war seit seiner Jugend Mitglied der Freiwilligen Feuerwehr und bis zuletzt Ehrenvorsitzender des Heimatvereins. Er hinterlässt seine Frau Ilse und drei Söhne.",
        "Die Stadt hat für Dienstag eine Gedenkstunde im Ratssaal angekündigt. Die Beerdigung findet im engsten Familienkreis statt.")

# --- hard negative: two pages sharing a long quoted statement, otherwise different (id) ---
STATEMENT = ("\"Kami meminta seluruh warga yang tinggal di bantaran sungai untuk tetap waspada dan segera mengungsi ke tempat yang lebih tinggi "
             "apabila mendengar sirene peringatan dini. Petugas gabungan sudah disiagakan selama dua puluh empat jam di setiap kecamatan, "
             "dan posko pengungsian telah menyiapkan makanan, air bersih serta layanan kesehatan,\" kata Kepala Badan Penanggulangan Bencana Daerah, Ratna Widyastuti.")
page("id-suarabumi-banjir", "suarabumi", "Sungai Garang meluap, ratusan rumah di Semarang Baru terendam", "Dimas Prasetyo", [
    (None, "Hujan deras yang mengguyur sejak Minggu sore membuat Sungai Garang meluap dan merendam sekitar 430 rumah di empat kelurahan di Semarang Baru dengan ketinggian air hingga satu meter."),
    (None, "Warga Kelurahan Tambakrejo mengatakan air mulai masuk ke rumah sekitar pukul 21.00 dan terus naik hingga tengah malam, sehingga banyak perabot dan kendaraan tidak sempat diselamatkan."),
    ("Q:statement", STATEMENT),
    (None, "Hingga Senin pagi, sebanyak 1.150 warga masih bertahan di masjid dan gedung sekolah yang dijadikan tempat pengungsian sementara."),
], "2026-01-12T08:00:00+07:00")
page("id-suarabumi-sekolah", "suarabumi", "Musim hujan, dinas pendidikan liburkan sekolah di daerah rawan banjir", "Ayu Lestari", [
    (None, "Dinas Pendidikan Kota Semarang Baru meliburkan kegiatan belajar mengajar di 27 sekolah dasar dan menengah yang berada di daerah rawan banjir selama tiga hari mulai Selasa."),
    (None, "Kepala dinas, Bambang Sutrisno, mengatakan siswa akan mengikuti pembelajaran jarak jauh melalui aplikasi sekolah, sementara guru diminta tetap memantau kehadiran secara daring."),
    ("Q:statement", STATEMENT),
    (None, "Orang tua siswa diminta memantau informasi resmi dari sekolah dan tidak mempercayai pesan berantai tentang perpanjangan libur yang beredar di media sosial."),
], "2026-01-13T09:30:00+07:00")

GROUPS = [
    ("en-paraphrase", ["en-tidewater-sewer", "en-newsflash-sewer"],
     "a content farm's rewrite: every paragraph reworded with synonyms (same facts, figures and names, in order), a clickbait headline"),
    ("es-ads-between", ["es-elfaro-puerto", "es-noticiasya-puerto"],
     "the repost puts a PUBLICIDAD line and a 'Lee también: ...' line between every two paragraphs"),
    ("fr-byline-dateline", ["fr-depeche-tram", "fr-actuvallee-tram"],
     "the same wire article with another byline and another dateline before the first paragraph; nothing else differs in the body"),
    ("vi-diacritics-stripped", ["vi-thoibao-cang", "vi-tinmoi-cang"],
     "a repost with every Vietnamese diacritic stripped (đ -> d), headline too"),
    ("zh-taiwan-vocabulary", ["zh-huabei-chip", "zh-baodao-chip"],
     "simplified Chinese and a Taiwan-traditional repost (OpenCC s2twp) dense in words the phrase tables change: 软件 -> 軟體, 视频 -> 影片, 出租车 -> 計程車, 打印机 -> 印表機, 芯片 -> 晶片"),
    ("th-linebreaks-digits", ["th-siam-lamyai", "th-lanna-lamyai"],
     "the repost breaks each paragraph with <br> at another place (where the original has a space) and writes every number in Thai digits, headline too"),
    ("en-correction", ["en-tidewater-bus", "en-tidewater-bus-corrected"],
     "the same article republished corrected: one paragraph's figure changed (fourteen -> eleven) and a correction note added"),
]
HARD = [
    ("stitched-from-two", ["pt-diariosul-incendio", "pt-correiovale-incendio"],
     "two papers' independent articles on one fire; a third page (pt-clique-incendio) is stitched from the first half of each"),
    ("stitched-copy-vs-source-1", ["pt-clique-incendio", "pt-diariosul-incendio"],
     "half of the stitched page is this source's first half: its paragraphs are gold blocks, the documents are not duplicates"),
    ("stitched-copy-vs-source-2", ["pt-clique-incendio", "pt-correiovale-incendio"],
     "half of the stitched page is this source's first half: its paragraphs are gold blocks, the documents are not duplicates"),
    ("market-report-days", ["fr-actuvallee-bourse-1", "fr-actuvallee-bourse-2"],
     "two daily market reports from one template on consecutive days: same frame and disclaimer (a gold block), other figures, stocks and cause"),
    ("obituary-template", ["de-elbkurier-nachruf-1", "de-elbkurier-nachruf-2"],
     "two obituaries from one template: same opening frame and closing paragraph (a gold block), different people"),
    ("shared-statement", ["id-suarabumi-banjir", "id-suarabumi-sekolah"],
     "two articles quoting one long official statement whole (a gold block), otherwise different news"),
]


def main() -> None:
    gold = KIT.write(HERE, GROUPS, HARD)
    blocks = gold.pop("blocks")
    gold["stitched_decision"] = {
        "docs": ["pt-clique-incendio", "pt-diariosul-incendio", "pt-correiovale-incendio"], "duplicate": False,
        "why": "the stitched page is a copy of neither article (half of each); calling it a duplicate of both "
               "would chain two independent articles into one group. The copying shows at block level: "
               "each source's two paragraphs are gold blocks shared with the stitched page"}
    gold["correction_decision"] = {
        "docs": GROUPS[6][1], "duplicate": True,
        "why": "a corrected republication of one article on one site (same headline, byline, every other paragraph "
               "word for word, a correction note): a reader calls it the same article, the later version supersedes it"}
    gold["blocks"] = blocks
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(DOCS)} pages, {len(blocks)} gold blocks")


if __name__ == "__main__":
    main()
