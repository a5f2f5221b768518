"""Writes the heldout5 pages and gold.json (see README.md): every page is built
from named blocks, so the block gold is what the construction shares.

Run:  python3 benchmarks/data/dedup/heldout5/build.py
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from pagekit import Pages, own, paras

SITES = {
    "harbourtimes": {
        "lang": "en", "name": "Harbour Times", "host": "harbourtimes.example",
        "cookie": "Harbour Times uses cookies to keep you signed in, measure which stories are read and fund local reporting with advertising. Choose Accept or manage your settings at any time.",
        "nav": ["Local", "Politics", "Environment", "Business", "Letters"],
        "newsletter": "The Harbour Times Daily Catch: six local stories, the tide table and the weather, in your inbox every morning at six. Free to sign up.",
        "rail": ["Fish market reopens after fire", "Ferry fares frozen until spring"],
        "footer": "Harbour Times, 22 Custom House Quay, Port Ellery. Copyright Ellery Media Ltd. Report an error or request a correction: desk@harbourtimes.example",
    },
    "briefwire": {
        "lang": "en", "name": "BriefWire", "host": "briefwire.example",
        "cookie": None, "nav": ["Top", "Nation", "Tech", "Money"],
        "newsletter": None, "rail": ["Five stocks analysts like this week", "Why everyone is talking about heat pumps"],
        "footer": "BriefWire collects short summaries of stories from publishers across the country. Summaries link to the original article. Partnerships: hello@briefwire.example",
    },
    "pinecrest": {
        "lang": "en", "name": "Pinecrest Herald", "host": "pinecrestherald.example",
        "cookie": "We and our partners store cookies on your device to personalise content and ads and to analyse our traffic. By clicking Agree you consent to this use.",
        "nav": ["News", "Sports", "Schools", "Outdoors", "Opinion"],
        "newsletter": "Sign up for the Herald Weekender and get the best of our local reporting, events listings and hiking trail reports every Friday afternoon.",
        "rail": ["Trail closures for the long weekend", "High school robotics team wins regional"],
        "footer": "Pinecrest Herald, 88 Ridge Street, Pinecrest. Published by Summit Valley News Company. All rights reserved. Newsroom tips: news@pinecrestherald.example",
    },
    "localwire": {
        "lang": "en", "name": "Local Wire Network", "host": "localwirenetwork.example",
        "cookie": None, "nav": ["Latest", "States", "Weather", "Video"],
        "newsletter": None, "rail": ["Storm season outlook released", "Gas prices dip ahead of holiday"],
        "footer": "Local Wire Network republishes stories from member newspapers with permission. Views expressed are those of the original authors. Contact: network@localwirenetwork.example",
    },
    "feedmirror": {
        "lang": "en", "name": "NewsMirror Feed", "host": "newsmirrorfeed.example",
        "cookie": None, "nav": ["Home", "Feeds", "Popular"],
        "newsletter": None, "rail": [],
        "footer": "NewsMirror Feed is an automated reader of public news feeds. Content is the property of the respective publishers and is shown in part for indexing purposes.",
    },
    "coastlive": {
        "lang": "en", "name": "Coast Daily News", "host": "coastdailynews.example",
        "cookie": "Coast Daily News uses cookies and similar tools to deliver our live coverage, remember your preferences and show advertising that pays for our newsroom.",
        "nav": ["Live", "News", "Weather", "Traffic", "Sport"],
        "newsletter": "Get breaking news alerts from Coast Daily News on your phone: download our free app or sign up for text alerts in your account settings.",
        "rail": ["Road closures across the county", "Power cut map: check your street"],
        "footer": "Coast Daily News, 5 Lighthouse Road, Wrenmouth. A Coastal Press title. All rights reserved. Send us your photos and videos: live@coastdailynews.example",
    },
    "courrierest": {
        "lang": "fr", "name": "Le Courrier de l'Est", "host": "courrierdelest.example",
        "cookie": "Avec votre accord, nous et nos partenaires utilisons des cookies pour mesurer l'audience, personnaliser les contenus et vous proposer des publicités adaptées.",
        "nav": ["Actualité", "Région", "Santé", "Économie", "Sports"],
        "newsletter": "Recevez chaque matin l'essentiel de l'actualité de votre département avec la lettre du Courrier de l'Est, gratuite et sans engagement.",
        "rail": ["La foire aux vins ouvre samedi", "Un nouveau pont sur la Moselle"],
        "footer": "Le Courrier de l'Est, 14 rue des Tanneurs, Val-sur-Meuse. Tous droits réservés. Toute reproduction est interdite sans accord écrit de la rédaction.",
    },
    "infosnord": {
        "lang": "fr", "name": "Infos Nord-Est", "host": "infosnordest.example",
        "cookie": None, "nav": ["À la une", "Faits divers", "Santé", "Loisirs"],
        "newsletter": None, "rail": ["Les bons plans du week-end", "Météo : un dimanche ensoleillé"],
        "footer": "Infos Nord-Est, le portail de l'information régionale. Les articles sont publiés avec l'accord de nos partenaires de presse.",
    },
    "hebdoval": {
        "lang": "fr", "name": "L'Hebdo du Val", "host": "hebdoduval.example",
        "cookie": "Ce site utilise des cookies nécessaires à son fonctionnement et, avec votre accord, des cookies de mesure d'audience. Vous pouvez modifier votre choix à tout moment.",
        "nav": ["Actualités", "Chroniques", "Agenda", "Annonces"],
        "newsletter": "Abonnez-vous à L'Hebdo du Val pour lire toutes nos chroniques et recevoir le journal chaque jeudi dans votre boîte aux lettres.",
        "rail": ["Le marché de Noël s'installe place Carnot", "Travaux : la rue du Lavoir fermée"],
        "footer": "L'Hebdo du Val, 3 place de la Halle, Saint-Aubin-du-Val. Directeur de la publication : Marc Ollivier. Tous droits réservés.",
    },
    "diariosur": {
        "lang": "es", "name": "Diario del Sur", "host": "diariodelsur.example",
        "cookie": "Usamos cookies propias y de terceros con fines analíticos y para mostrarle publicidad personalizada a partir de sus hábitos de navegación. Puede aceptarlas, rechazarlas o configurarlas.",
        "nav": ["Portada", "Provincia", "Economía", "Deportes", "Opinión"],
        "newsletter": "Reciba gratis cada mañana el boletín de Diario del Sur con las noticias más leídas de la provincia y la previsión del tiempo.",
        "rail": ["Nueva ruta de autobús al aeropuerto", "El mercado de abastos cumple cien años"],
        "footer": "Diario del Sur, Calle Larga 41, Puerto Real del Sur. Todos los derechos reservados. Queda prohibida la reproducción sin permiso del editor.",
    },
    "notimovil": {
        "lang": "es", "name": "NotiMóvil", "host": "notimovil.example",
        "cookie": None, "nav": ["Lo último", "Virales", "Tecnología", "Salud"],
        "newsletter": "¡Activa las notificaciones y no te pierdas nada! Las noticias más compartidas del día en tu móvil.",
        "rail": ["Los mejores trucos para tu móvil", "Horóscopo de la semana"],
        "footer": "NotiMóvil es un agregador de noticias pensado para el teléfono. Los textos pertenecen a sus medios de origen.",
    },
    "elnorte": {
        "lang": "es", "name": "El Norte de Castilla Baja", "host": "elnortecb.example",
        "cookie": "Este sitio utiliza cookies técnicas y, con su consentimiento, cookies de análisis y publicidad. Pulse Aceptar para consentir o Configurar para elegir.",
        "nav": ["Inicio", "Ciudad", "Provincia", "Economía", "Cultura"],
        "newsletter": None, "rail": ["Las obras del paseo fluvial, a punto", "Vuelve la feria del libro antiguo"],
        "footer": "El Norte de Castilla Baja, Plaza Mayor 2, Villarreal de Campos. Depósito legal y aviso legal en nuestra web. Todos los derechos reservados.",
    },
    "portalhispano": {
        "lang": "es", "name": "Portal Hispano USA", "host": "portalhispanousa.example",
        "cookie": None, "nav": ["Noticias", "Inmigración", "Latinoamérica", "España", "Entretenimiento"],
        "newsletter": "Suscríbete gratis a Portal Hispano USA y recibe cada día las noticias de España y Latinoamérica que más te interesan.",
        "rail": ["Cómo renovar tu licencia de conducir", "Las remesas alcanzan un nuevo récord"],
        "footer": "Portal Hispano USA, Miami, Florida. Noticias en español para la comunidad hispana. Copyright Hispano Digital Media LLC.",
    },
    "rheinpost": {
        "lang": "de", "name": "Rheinische Abendpost", "host": "rheinischeabendpost.example",
        "cookie": "Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren, Werbung zu messen und unser Angebot zu verbessern. Ihre Einwilligung können Sie jederzeit widerrufen.",
        "nav": ["Region", "Politik", "Kultur", "Sport", "Ratgeber"],
        "newsletter": "Der Newsletter der Rheinischen Abendpost: Jeden Abend die wichtigsten Nachrichten aus der Region, kostenlos in Ihrem Postfach.",
        "rail": ["Neue Radwege am Rheinufer", "Weinfest mit Besucherrekord"],
        "footer": "Rheinische Abendpost, Verlagshaus am Markt 12, Neuwied-Süd. Alle Rechte vorbehalten. Vervielfältigung nur mit Genehmigung des Verlags.",
    },
    "isanmorning": {
        "lang": "th", "name": "อีสานเช้านี้", "host": "isanmorning.example",
        "cookie": "เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานและวิเคราะห์การเข้าชม โปรดอ่านนโยบายคุกกี้ก่อนกดยอมรับ",
        "nav": ["หน้าแรก", "ข่าวอีสาน", "เกษตร", "การศึกษา", "บันเทิง"],
        "newsletter": "ติดตามข่าวอีสานเช้านี้ผ่านไลน์ทางการ รับข่าวเด่นภาคอีสานทุกเช้าก่อนใคร",
        "rail": ["เปิดเส้นทางรถไฟสายใหม่", "ราคาข้าวเหนียวปรับตัวสูงขึ้น"],
        "footer": "อีสานเช้านี้ สำนักข่าวท้องถิ่นภาคตะวันออกเฉียงเหนือ สงวนลิขสิทธิ์ตามพระราชบัญญัติลิขสิทธิ์ ห้ามคัดลอกโดยไม่ได้รับอนุญาต",
    },
    "bientay": {
        "lang": "vi", "name": "Báo Biên Tây", "host": "baobientay.example",
        "cookie": "Trang web sử dụng cookie để ghi nhớ lựa chọn của bạn và thống kê lượt đọc. Bằng cách tiếp tục, bạn đồng ý với chính sách của chúng tôi.",
        "nav": ["Thời sự", "Nông nghiệp", "Sức khỏe", "Giáo dục", "Văn hóa"],
        "newsletter": "Đăng ký nhận bản tin Báo Biên Tây để cập nhật tin tức miền Tây mỗi sáng qua email.",
        "rail": ["Cần Thơ mở thêm tuyến xe buýt", "Giá lúa tăng nhẹ đầu vụ"],
        "footer": "Báo Biên Tây, giấy phép số 112/GP-BTTTT. Tòa soạn: 27 đường Hai Bà Trưng, thành phố Long Xuyên. Ghi rõ nguồn khi phát hành lại thông tin từ website này.",
    },
    "mekongnet": {
        "lang": "vi", "name": "Tin Tức Mê Kông", "host": "tintucmekong.example",
        "cookie": None, "nav": ["Tin nóng", "Đời sống", "Pháp luật", "Giải trí"],
        "newsletter": None, "rail": ["Mẹo giữ rau tươi lâu ngày hè", "Lịch cúp điện tuần này"],
        "footer": "Tin Tức Mê Kông tổng hợp thông tin từ các báo chính thống. Bản quyền thuộc về tác giả và báo gốc.",
    },
    "lingnan": {
        "lang": "zh", "name": "岭南都市报", "host": "lingnandushi.example",
        "cookie": None, "nav": ["首页", "本地", "民生", "财经", "文体"],
        "newsletter": "下载岭南都市报客户端，第一时间获取本地新闻、交通出行和天气预警信息。",
        "rail": ["地铁十三号线年底通车", "老城区骑楼街完成修缮"],
        "footer": "岭南都市报版权所有，未经授权禁止复制或建立镜像。违法和不良信息举报电话：020-87654321",
    },
    "xinyue": {
        "lang": "zh", "name": "新阅资讯", "host": "xinyuezixun.example",
        "cookie": None, "nav": ["推荐", "热点", "本地", "视频"],
        "newsletter": None, "rail": ["这几种食物千万不能隔夜吃", "一图看懂个税新规"],
        "footer": "新阅资讯内容来源于互联网，如有侵权请联系删除。商务合作：bd@xinyuezixun.example",
    },
    "alsahil": {
        "lang": "ar", "name": "صحيفة الساحل", "host": "alsahilnews.example",
        "cookie": "يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربة التصفح وتحليل عدد الزيارات. باستمرارك في التصفح فإنك توافق على سياسة الخصوصية.",
        "nav": ["الرئيسية", "محليات", "اقتصاد", "رياضة", "ثقافة"],
        "newsletter": "اشترك في النشرة البريدية لصحيفة الساحل لتصلك أهم الأخبار المحلية كل صباح.",
        "rail": ["افتتاح سوق السمك الجديد", "ارتفاع أسعار الذهب في الأسواق المحلية"],
        "footer": "جميع الحقوق محفوظة لصحيفة الساحل. يمنع النسخ أو إعادة النشر دون إذن خطي من إدارة التحرير.",
    },
    "akhbarnow": {
        "lang": "ar", "name": "أخبار الآن اليوم", "host": "akhbaralaan.example",
        "cookie": None, "nav": ["عاجل", "العالم العربي", "منوعات", "فيديو"],
        "newsletter": None, "rail": ["شاهد: لحظة إنقاذ طفل من البحر", "أسعار العملات اليوم"],
        "footer": "أخبار الآن اليوم موقع إخباري يجمع الأخبار من مصادر متعددة. الآراء الواردة تعبر عن أصحابها.",
    },
    "gulfenglish": {
        "lang": "en", "name": "Gulf Coast Tribune", "host": "gulfcoasttribune.example",
        "cookie": None, "nav": ["Region", "Business", "World", "Lifestyle"],
        "newsletter": "The Tribune Briefing: the region's news in English, every weekday morning.",
        "rail": ["New metro line to open in spring", "Desert marathon draws record field"],
        "footer": "Gulf Coast Tribune is an English-language daily. Translations of partner content are marked as such. All rights reserved.",
    },
    "jornalserra": {
        "lang": "pt", "name": "Jornal da Serra", "host": "jornaldaserra.example",
        "cookie": "Utilizamos cookies para melhorar a sua experiência, analisar o tráfego e mostrar publicidade. Ao continuar a navegar aceita a nossa política de cookies.",
        "nav": ["Atualidade", "Concelhos", "Fotogalerias", "Desporto", "Agenda"],
        "newsletter": "Subscreva a newsletter do Jornal da Serra e receba as notícias da região todas as sextas-feiras.",
        "rail": ["Festa das vindimas bate recorde", "Estrada da serra reabre ao trânsito"],
        "footer": "Jornal da Serra, Largo do Município 4, Vila Nova da Serra. Registo ERC n.º 123456. Todos os direitos reservados.",
    },
}

KIT = Pages(SITES)
DOCS, GOLD_BLOCKS, page = KIT.docs, KIT.gold_blocks, KIT.page
SPLIT = "\u23ce"  # marks where a copy starts a new <p>; the gold keeps a line break there


# --- en: a summary site's copy cut to the first half, with a "Read the full story at" line ---
SOLAR = [
    "Port Ellery councillors voted on Wednesday to cover a third of the Kestrel Hill reservoir with floating solar panels, a project that the water board says will supply about 40 percent of the electricity its pumping stations use each year.",
    "The 11.5 million pound scheme, approved by nine votes to two, will put some 21,000 panels on anchored plastic floats across the reservoir's northern basin, away from the sailing club's moorings and the public footpath along the dam.",
    "Water board engineer Priya Chandrasekar told the meeting that the panels would also shade the water and slow the algae blooms that have forced the board to close the reservoir to swimmers for several weeks in each of the last three summers.",
    "Opponents, led by councillor Malcolm Fenwick, said the floats would spoil one of the most photographed views in the county and asked for an independent study of the effect on the herons and grebes that nest along the western shore.",
    "The board has agreed to keep the western third of the reservoir free of panels and to fund a five-year bird survey with the county wildlife trust, which withdrew its objection last month after the plans were changed.",
    "Construction is due to start in April and the first panels should be connected to the grid by the end of next year. The board expects the project to pay for itself within nine years through lower energy bills.",
]
page("en-harbourtimes-solar", "harbourtimes", "Floating solar panels approved for Kestrel Hill reservoir", "By Imogen Tully",
     paras("solar", SOLAR), "2026-05-13T19:20:00+01:00")
page("en-briefwire-solar", "briefwire", "Floating solar panels approved for Kestrel Hill reservoir", None,
     paras("solar", SOLAR)[:3] + own(["Read the full story at Harbour Times: harbourtimes.example/news/harbourtimes-solar"]),
     "2026-05-13T21:02:00+01:00")

# --- fr: a portal's copy with the paragraphs in another order ---
HOPITAL = [
    "Le nouveau centre hospitalier de Val-sur-Meuse a accueilli ses premiers patients lundi matin, après quatre ans de travaux et un investissement de 186 millions d'euros financé par l'État, la région et un emprunt de l'établissement.",
    "Le bâtiment de six étages regroupe sur un seul site les services de l'ancien hôpital Saint-Rémi et de la clinique du Parc, soit 412 lits, huit blocs opératoires et un service d'urgences deux fois plus grand que le précédent.",
    "Le déménagement des patients hospitalisés s'est déroulé pendant tout le week-end avec l'aide de quarante ambulances venues de tout le département, sans aucun incident selon la direction.",
    "La directrice, Hélène Marchetti, reconnaît que le recrutement reste difficile : une trentaine de postes d'infirmiers ne sont toujours pas pourvus et deux salles d'opération n'ouvriront qu'au printemps.",
    "Les riverains de l'ancien site s'inquiètent quant à eux de l'avenir des bâtiments de Saint-Rémi, dont la ville souhaite faire des logements et une maison de santé d'ici à 2029.",
]
HOPITAL_KEYS = paras("hopital", HOPITAL)
page("fr-courrierest-hopital", "courrierest", "Le nouvel hôpital de Val-sur-Meuse accueille ses premiers patients", "Par Julien Bertrand",
     HOPITAL_KEYS, "2026-02-09T12:00:00+01:00")
page("fr-infosnord-hopital", "infosnord", "Le nouvel hôpital de Val-sur-Meuse accueille ses premiers patients", "Avec Le Courrier de l'Est",
     [HOPITAL_KEYS[i] for i in (1, 3, 0, 4, 2)], "2026-02-09T15:30:00+01:00")

# --- es: a mobile aggregator's copy where every sentence is its own paragraph ---
# "|" separates sentences; the copy writes each one as its own <p>
SEQUIA = [
    "La Confederación Hidrográfica declaró ayer la situación de emergencia por sequía en la cuenca alta del río Tinto Chico.|Los embalses de la comarca están al 18 por ciento de su capacidad, el nivel más bajo desde que hay registros.",
    "La medida permitirá reducir un 25 por ciento las dotaciones de riego a partir del 1 de junio.|También se podrán perforar nuevos pozos de emergencia sin esperar los permisos ordinarios.|El abastecimiento a los pueblos queda garantizado hasta finales de año, según el organismo.",
    "Los regantes de la comunidad de Campo Llano han pedido ayudas directas para los agricultores que pierdan la cosecha.|Su presidente, Ramón Echevarría, calcula que unas 3.000 hectáreas de frutales podrían quedarse sin agua en pleno verano.",
    "La consejera de Agricultura, Lucía Barrena, anunció que la junta estudiará una línea de créditos sin intereses.|La decisión se tomará antes de que termine el mes, tras reunirse con las organizaciones agrarias.",
]
page("es-diariosur-sequia", "diariosur", "Declarada la emergencia por sequía en la cuenca alta del Tinto Chico", "Carmen Olmedo",
     [(f"P:sequia{i}", t.replace("|", " ")) for i, t in enumerate(SEQUIA, 1)], "2026-05-06T08:30:00+02:00")
page("es-notimovil-sequia", "notimovil", "Declarada la emergencia por sequía en la cuenca alta del Tinto Chico", None,
     [(f"P:sequia{i}", t.replace("|", SPLIT)) for i, t in enumerate(SEQUIA, 1)], "2026-05-06T10:05:00+02:00")
DOCS["es-notimovil-sequia"]["html"] = DOCS["es-notimovil-sequia"]["html"].replace(SPLIT, "</p>\n<p>")

# --- en: typographic quotes written as HTML entities; a plain-ASCII copy; a feed copy with the entities left escaped ---
LIBRARY = [
    "Pinecrest\u2019s public library will open on Sundays for the first time in its 96-year history from next month, after the town board agreed on Monday to pay for two extra staff members out of its parks and culture budget.",
    "\u201cPeople have asked us for this for as long as I have worked here,\u201d said head librarian Theresa Okonkwo. \u201cFamilies who work all week have told us Sunday is the only day they can bring their children in.\u201d",
    "The library will open from noon to five o\u2019clock on Sundays during a one-year trial \u2014 the board will look at visitor numbers next autumn before deciding whether to keep the new hours.",
    "Board member Gary Lindholm, who voted against the plan, said the money would have been better spent on the building\u2019s leaking roof\u2026 but added that he hoped the trial would prove him wrong.",
]
ASCII_TYPOGRAPHY = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})


def plain(text: str) -> str:
    return text.translate(ASCII_TYPOGRAPHY).replace("\u2014", "--").replace("\u2026", "...")


def escaped(text: str) -> str:
    """What a feed reader shows when it escapes a page's entities twice."""
    return re.sub(r"[\u2019\u201c\u201d\u2014\u2026]", lambda m: f"&#{ord(m.group())};", text)


page("en-pinecrest-library", "pinecrest", "Pinecrest library to open on Sundays for the first time", "By Dana Whitcombe",
     paras("library", LIBRARY), "2026-09-15T07:00:00-06:00")
ENTITY = {"\u2019": "&rsquo;", "\u201c": "&ldquo;", "\u201d": "&rdquo;", "\u2014": "&mdash;", "\u2026": "&hellip;"}
DOCS["en-pinecrest-library"]["html"] = re.sub(
    "[\u2019\u201c\u201d\u2014\u2026]", lambda m: ENTITY[m.group()], DOCS["en-pinecrest-library"]["html"])
page("en-localwire-library", "localwire", "Pinecrest library to open on Sundays for the first time", "By Dana Whitcombe, Pinecrest Herald",
     paras("library", LIBRARY), "2026-09-15T11:45:00-06:00", transform=plain)
page("en-feedmirror-library", "feedmirror", "Pinecrest library to open on Sundays for the first time", None,
     paras("library", LIBRARY), "2026-09-15T12:10:00-06:00", transform=escaped)

# --- es: a copy with every number in the other style (1.250 <-> 1,250; 3,75 <-> 3.75) ---
VIVIENDA = [
    "El Ayuntamiento de Villarreal de Campos construirá 1.250 viviendas de alquiler asequible en los terrenos de la antigua azucarera, con una inversión de 142,6 millones de euros que se repartirá en tres fases hasta 2031.",
    "Los pisos tendrán entre 45 y 90 metros cuadrados y un alquiler máximo de 6,80 euros por metro cuadrado, lo que supone un 35,5 por ciento menos que el precio medio de la ciudad, según los datos del propio consistorio.",
    "El alcalde, Tomás Villanueva, explicó que la ciudad tiene 3.480 solicitudes de vivienda protegida en lista de espera y que la mitad corresponde a menores de 35 años que no pueden emanciparse.",
    "La oposición critica que el proyecto dependa de 28,4 millones de fondos europeos que aún no están garantizados y pide un calendario detallado antes de aprobar la primera fase en el pleno de septiembre.",
]


def other_number_style(text: str) -> str:
    return re.sub(r"(?<=\d)[.,](?=\d)", lambda m: "," if m.group() == "." else ".", text)


page("es-elnorte-vivienda", "elnorte", "Villarreal de Campos levantará 1.250 viviendas de alquiler en la antigua azucarera", "Alberto Meléndez",
     paras("vivienda", VIVIENDA), "2026-07-22T09:00:00+02:00")
page("es-portalhispano-vivienda", "portalhispano", "Villarreal de Campos levantará 1.250 viviendas de alquiler en la antigua azucarera", "Redacción Portal Hispano",
     paras("vivienda", VIVIENDA), "2026-07-22T10:30:00-04:00", transform=other_number_style)

# --- ar: a copy with Eastern Arabic digits; an English translation (a hard negative) ---
DESAL = [
    "وضعت وزارة المياه أمس حجر الأساس لمحطة تحلية جديدة على الساحل الشمالي بطاقة إنتاجية تبلغ 250 ألف متر مكعب يوميا، وبتكلفة تقدر بنحو 420 مليون دولار، على أن تبدأ التشغيل التجريبي في عام 2028.",
    "وقال وزير المياه سالم الحارثي إن المحطة ستغطي احتياجات أكثر من 900 ألف نسمة في المدن الساحلية، وستعمل جزئيا بالطاقة الشمسية من خلال حقل ألواح تبلغ مساحته 60 هكتارا بجوار المحطة.",
    "وأشار الوزير إلى أن الاستهلاك اليومي للمياه في المنطقة ارتفع بنسبة 14 في المئة خلال السنوات الخمس الماضية، وأن شبكة الأنابيب القديمة تفقد نحو ربع المياه المنقولة بسبب التسربات.",
    "من جهتهم، طالب صيادو المنطقة بضمانات لحماية الشعاب المرجانية القريبة من مخرج المياه المالحة، وقد تعهدت الوزارة بإجراء دراسة بيئية مستقلة ونشر نتائجها قبل بدء الأعمال البحرية.",
]
DESAL_EN = [
    "The Ministry of Water yesterday laid the foundation stone of a new desalination plant on the northern coast with a capacity of 250,000 cubic metres a day and an estimated cost of about 420 million dollars; trial operation is due to begin in 2028.",
    "Water Minister Salem al-Harthi said the plant would meet the needs of more than 900,000 people in the coastal towns and would run partly on solar power from a 60-hectare field of panels next to the plant.",
    "The minister said daily water use in the region had risen by 14 percent over the past five years and that the old pipe network loses about a quarter of the water it carries through leaks.",
    "Fishermen in the area asked for guarantees that the coral reefs near the brine outlet would be protected, and the ministry promised an independent environmental study whose results will be published before marine works begin.",
]
EASTERN_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
page("ar-alsahil-desal", "alsahil", "وضع حجر الأساس لمحطة تحلية بطاقة 250 ألف متر مكعب يوميا", "الساحل - خاص",
     paras("desal", DESAL), "2026-03-18T10:00:00+03:00")
page("ar-akhbarnow-desal", "akhbarnow", "وضع حجر الأساس لمحطة تحلية بطاقة 250 ألف متر مكعب يوميا", None,
     paras("desal", DESAL), "2026-03-18T13:40:00+03:00", transform=lambda t: t.translate(EASTERN_DIGITS))
page("en-gulfenglish-desal", "gulfenglish", "Foundation stone laid for desalination plant producing 250,000 cubic metres a day",
     "Translated from Al Sahil", own(DESAL_EN), "2026-03-18T16:00:00+03:00")

# --- de: the same article republished a year on with a long editor's note on top ---
FAEHRE = [
    "Nach mehr als 120 Jahren stellt die Rheinfähre zwischen Leutersdorf und Oberhammerstein zum Monatsende ihren Betrieb ein. Der Betreiber begründet das mit gestiegenen Kosten für Diesel, Personal und die vorgeschriebene Generalüberholung des Schiffs.",
    "Fährmann Klaus Wendling, der seit 31 Jahren am Steuer steht, rechnet vor, dass an einem normalen Werktag noch etwa 180 Fahrzeuge übersetzen. Vor zwanzig Jahren seien es mehr als doppelt so viele gewesen, bevor die neue Brücke bei Andernach eröffnet wurde.",
    "Für Pendler aus Oberhammerstein bedeutet das Aus einen Umweg von rund 24 Kilometern. Die Gemeinde hat einen Förderverein gegründet, der Spenden sammelt und mit dem Land über einen Zuschuss für den Weiterbetrieb verhandelt.",
    "Ob die Fähre im Frühjahr wieder fahren kann, ist offen. Das Verkehrsministerium in Mainz hat eine Prüfung zugesagt, verweist aber darauf, dass Fährverbindungen grundsätzlich Aufgabe der Kommunen seien.",
]
EDITOR_NOTE = ("Anmerkung der Redaktion: Dieser Artikel ist zuerst am 28. Oktober 2025 erschienen. Wir veröffentlichen ihn zum "
               "Jahrestag der letzten Überfahrt unverändert erneut, weil uns seither viele Leserinnen und Leser nach dem Stand der "
               "Dinge gefragt haben. Inzwischen hat der Förderverein mehr als 90.000 Euro gesammelt, das Land hat einen Zuschuss "
               "jedoch abgelehnt, und die Fähre liegt weiterhin im Hafen von Leutersdorf. Über die Zukunft der Verbindung soll der "
               "Gemeinderat im Dezember entscheiden; wir werden darüber berichten.")
page("de-rheinpost-faehre", "rheinpost", "Nach 120 Jahren: Rheinfähre stellt den Betrieb ein", "Von Sabine Krämer",
     paras("faehre", FAEHRE), "2025-10-28T06:00:00+01:00")
page("de-rheinpost-faehre-2", "rheinpost", "Nach 120 Jahren: Rheinfähre stellt den Betrieb ein", "Von Sabine Krämer",
     own([EDITOR_NOTE]) + paras("faehre", FAEHRE), "2026-10-28T06:00:00+01:00")

# --- th: an article and its AMP version ---
RICE_TH = [
    "สำนักงานพาณิชย์จังหวัดขอนแก่นรายงานว่า ราคาข้าวเหนียวเขี้ยวงูหน้าโรงสีสัปดาห์นี้อยู่ที่ตันละ 15,400 บาท สูงขึ้นจากเดือนก่อนประมาณร้อยละ 12 เนื่องจากผลผลิตในหลายอำเภอเสียหายจากภัยแล้ง",
    "นายสมบัติ ศรีวงศ์ ประธานกลุ่มเกษตรกรผู้ปลูกข้าวอำเภอบ้านไผ่ กล่าวว่า ชาวนาส่วนใหญ่ยังไม่ได้ประโยชน์จากราคาที่สูงขึ้น เพราะได้ขายข้าวให้พ่อค้าคนกลางไปตั้งแต่ต้นฤดูในราคาที่ต่ำกว่านี้มาก",
    "ด้านโรงสีขนาดกลางในจังหวัดระบุว่า ข้าวเปลือกที่เข้าสู่โรงสีลดลงเกือบครึ่งหนึ่งเมื่อเทียบกับปีที่แล้ว ทำให้ต้องลดเวลาการทำงานของพนักงานและชะลอการรับซื้อจากจังหวัดใกล้เคียง",
    "พาณิชย์จังหวัดเตรียมจัดตลาดนัดข้าวเหนียวราคาประหยัดทุกวันเสาร์ตลอดเดือนหน้า และขอความร่วมมือผู้ประกอบการไม่ให้กักตุนสินค้าเพื่อเก็งกำไร",
]
page("th-isanmorning-rice", "isanmorning", "ราคาข้าวเหนียวพุ่งร้อยละ 12 หลังภัยแล้งกระทบผลผลิต", "ทีมข่าวอีสานเช้านี้",
     paras("riceth", RICE_TH), "2026-04-02T07:30:00+07:00")
page("th-isanmorning-rice-amp", "isanmorning", "ราคาข้าวเหนียวพุ่งร้อยละ 12 หลังภัยแล้งกระทบผลผลิต", "ทีมข่าวอีสานเช้านี้",
     paras("riceth", RICE_TH), "2026-04-02T07:30:00+07:00", variant="amp")

# --- vi: a repost with the other tone placement (hòa -> hoà, thủy -> thuỷ, khỏe -> khoẻ) ---
def tone_on_second_vowel(text: str) -> str:
    """The tone of oa, oe, uy with no final letter moved from the first vowel to the second
    (qu- excepted: its u is a consonant): hòa -> hoà, thủy -> thuỷ."""
    def move(m: re.Match) -> str:
        if m.start() > 0 and text[m.start() - 1] in "qQ":
            return m.group()
        first = unicodedata.normalize("NFD", m.group(1))
        return first[0] + unicodedata.normalize("NFC", m.group(2) + first[1:])
    return re.sub(r"([òóỏõọÒÓỎÕỌ](?=[aeAE])|[ùúủũụÙÚỦŨỤ](?=[yY]))(.)(?!\w)", move, text)


LUA = [
    "Sở Nông nghiệp tỉnh An Giang cho biết vụ lúa thu đông năm nay đạt năng suất bình quân 6,2 tấn mỗi héc-ta, cao hơn năm trước nhờ thời tiết thuận hòa và hệ thống thủy lợi được gia cố trước mùa lũ.",
    "Theo ông Lê Văn Thủy, phó giám đốc sở, khoảng 38.000 héc-ta lúa đã được thu hoạch, phần còn lại sẽ xong trước rằm tháng Mười; giá lúa tươi tại ruộng dao động từ 7.200 đến 7.600 đồng mỗi ký tùy giống.",
    "Ngành nông nghiệp khuyến cáo bà con không xuống giống vụ đông xuân quá sớm, tránh gây họa cho mùa màng khi đỉnh lũ có thể lên cao bất thường, đồng thời xóa bỏ thói quen đốt rơm rạ gây ô nhiễm.",
    "Nhiều hợp tác xã đã ký hợp đồng tiêu thụ lúa chất lượng cao với doanh nghiệp, giúp nông dân giữ vững thu nhập và sức khỏe tài chính, dù chi phí phân bón và thuốc trừ sâu vẫn tăng lũy kế qua từng vụ.",
]
page("vi-bientay-lua", "bientay", "An Giang: Lúa thu đông được mùa nhờ thời tiết thuận hòa", "Ngọc Thúy",
     paras("lua", LUA), "2026-10-20T08:00:00+07:00")
page("vi-mekongnet-lua", "mekongnet", "An Giang: Lúa thu đông được mùa nhờ thời tiết thuận hòa", "Theo Báo Biên Tây",
     paras("lua", LUA), "2026-10-20T14:15:00+07:00", transform=tone_on_second_vowel)

# --- zh: a repost with ASCII (half-width) punctuation for the full-width marks ---
HALF_WIDTH_PUNCT = str.maketrans({"，": ",", "。": ".", "：": ":", "；": ";", "“": '"', "”": '"',
                                  "（": "(", "）": ")", "！": "!", "？": "?", "、": ","})
BRIDGE_ZH = [
    "记者从市交通运输局获悉，连接海珠区与番禺区的洛溪二桥将于下月十五日起封闭施工，预计工期九十天，其间每天约有六万辆次车辆需要绕行。",
    "交通部门提醒市民：封闭期间，往来两区的车辆可经华南快速路、新光快速路或者乘坐地铁三号线出行；公交线路将作临时调整，具体方案（含十二条线路）另行公布。",
    "据介绍，洛溪二桥建成已有二十六年，此次施工将更换全部伸缩缝和支座，并对桥面铺装进行翻新。“桥梁整体结构是安全的，但部分构件已经到了使用年限。”市政设施管理处负责人陈建华说。",
    "不少附近居民担心，施工期间早晚高峰的拥堵会更加严重。对此，交警部门表示将在主要路口增派警力，并根据实际车流延长绿灯时间。",
]
page("zh-lingnan-bridge", "lingnan", "洛溪二桥下月封闭施工九十天 每天六万辆次车辆需绕行", "记者 林晓岚",
     paras("bridgezh", BRIDGE_ZH), "2026-08-03T09:30:00+08:00")
page("zh-xinyue-bridge", "xinyue", "洛溪二桥下月封闭施工九十天 每天六万辆次车辆需绕行", None,
     paras("bridgezh", BRIDGE_ZH), "2026-08-03T11:00:00+08:00", transform=lambda t: t.translate(HALF_WIDTH_PUNCT))

# --- hard negative: two entry pages of one live blog (same header and intro, different entries) ---
LIVE_INTRO = ("Storm Odile is moving up the coast with gusts of up to 90 miles an hour. Schools are closed across the county, "
              "the Wrenmouth bridge is shut to high-sided vehicles and the Met Office has a red warning in place until Friday morning. "
              "Follow our live coverage below.")
page("en-coastlive-storm-0915", "coastlive", "Storm Odile live: red warning across the county as gusts reach 90 mph", "Coast Daily News live team", [
    ("P:live-intro", LIVE_INTRO),
    (None, "9.15am: More than 14,000 homes in Wrenmouth and the villages north of the river are without power, according to the network operator, which says engineers cannot safely climb poles until the wind drops this afternoon."),
    (None, "Residents in Harbour Row tell us a section of the sea wall opposite the lifeboat station has collapsed onto the promenade. Police have closed the road between the pier and the old customs house."),
], "2026-10-22T09:15:00+01:00")
page("en-coastlive-storm-1340", "coastlive", "Storm Odile live: red warning across the county as gusts reach 90 mph", "Coast Daily News live team", [
    ("P:live-intro", LIVE_INTRO),
    (None, "1.40pm: The county council has opened three rest centres, at St Piran's school, the leisure centre on Mill Road and the Methodist hall in Penwithey, for people who have had to leave their homes."),
    (None, "A spokesperson for the ambulance service asks people not to call 999 about fallen trees or power cuts unless someone is hurt, saying the control room took four times its usual number of calls this morning."),
], "2026-10-22T13:40:00+01:00")

# --- hard negative: two pages of one photo gallery (same intro, same caption template) ---
GALLERY_INTRO = ("Milhares de pessoas encheram no sábado as ruas de Vila Nova da Serra para a tradicional Festa das Vindimas. "
                 "Veja nesta fotogaleria os melhores momentos do cortejo, da pisa da uva e do concerto de encerramento.")


def gallery(doc, date, start, captions):
    page(doc, "jornalserra", "Fotogaleria: a Festa das Vindimas em Vila Nova da Serra", "Fotos de Rui Antunes", [
        ("P:gallery-intro", GALLERY_INTRO),
        *[(None, f"Foto {start + i} de 12. {c} (Foto: Rui Antunes / Jornal da Serra)") for i, c in enumerate(captions)],
    ], date)


gallery("pt-jornalserra-vindimas-1", "2026-09-27T18:00:00+01:00", 1, [
    "O cortejo etnográfico partiu do Largo do Município às dez da manhã, com carros de bois enfeitados com cachos de uva e ramos de oliveira.",
    "O rancho folclórico da Lomba dançou o vira em frente à igreja matriz, perante centenas de visitantes vindos de toda a região.",
    "As crianças da escola primária desfilaram vestidas de vindimadores, com cestos de vime e lenços coloridos na cabeça.",
])
gallery("pt-jornalserra-vindimas-2", "2026-09-27T18:00:00+01:00", 4, [
    "A pisa da uva no lagar comunitário juntou três gerações da mesma família, que mantém a tradição há mais de setenta anos.",
    "A banda filarmónica encerrou a tarde com um concerto no coreto do jardim municipal, já com a praça completamente cheia.",
    "O presidente da câmara brindou com o primeiro mosto do ano e anunciou que a festa passará a durar três dias em 2027.",
])

# --- hard negative: one author's weekly column, two weeks (same intro and sign-off, different subject) ---
COLUMN_INTRO = ("Chaque semaine, notre chroniqueur Bernard Lhomme, ancien instituteur et mémoire vivante du canton, "
                "raconte une histoire oubliée de nos villages à partir des archives municipales et des souvenirs de nos lecteurs.")
COLUMN_SIGNOFF = ("Vous avez des photographies, des lettres ou des souvenirs sur ce sujet ? Écrivez à Bernard Lhomme, L'Hebdo du Val, "
                  "3 place de la Halle, ou par courriel à memoire@hebdoduval.example. Rendez-vous jeudi prochain pour une nouvelle chronique.")


def column(doc, date, title, body):
    page(doc, "hebdoval", f"Mémoire du Val : {title}", "Par Bernard Lhomme",
         [("P:column-intro", COLUMN_INTRO), *own(body), ("P:column-signoff", COLUMN_SIGNOFF)], date)


column("fr-hebdoval-memoire-lavoir", "2026-11-05T08:00:00+01:00", "le lavoir de la rue Basse", [
    "Jusqu'en 1962, les femmes de Saint-Aubin descendaient chaque lundi au lavoir de la rue Basse, construit en 1871 après une épidémie de choléra qui avait emporté quarante habitants en un seul été.",
    "Madeleine Fournier, qui a aujourd'hui 91 ans, se souvient du bruit des battoirs et des conversations qui s'y tenaient : on y apprenait les mariages, les naissances et les fâcheries avant même le curé.",
    "L'arrivée de l'eau courante dans les maisons a vidé le lavoir en quelques années. Restauré en 1998 par des bénévoles, il accueille désormais chaque été une exposition de photographies anciennes.",
])
column("fr-hebdoval-memoire-gare", "2026-11-12T08:00:00+01:00", "la dernière locomotive à vapeur", [
    "Le 30 septembre 1953, la dernière locomotive à vapeur quittait la petite gare de Saint-Aubin, saluée par la fanfare municipale et une foule que le journal de l'époque estimait à huit cents personnes.",
    "La ligne vers Montreuil-la-Forêt transportait surtout du bois et des betteraves ; les voyageurs, de moins en moins nombreux, lui préféraient déjà l'autocar qui passait deux fois par jour sur la route nationale.",
    "Le bâtiment de la gare est devenu une salle des fêtes en 1976. Sur le quai, une plaque rappelle encore le nom du chef de gare, Émile Vasseur, resté en poste pendant trente-quatre ans.",
])

GROUPS = [
    ("en-first-half", ["en-harbourtimes-solar", "en-briefwire-solar"],
     "a summary site's copy: the first three of six paragraphs and a 'Read the full story at ...' line, no byline"),
    ("fr-reordered", ["fr-courrierest-hopital", "fr-infosnord-hopital"],
     "a portal's copy with the five paragraphs in another order (2, 4, 1, 5, 3), another byline"),
    ("es-sentence-paragraphs", ["es-diariosur-sequia", "es-notimovil-sequia"],
     "a mobile aggregator's copy where every sentence is its own <p>"),
    ("en-entities-plain", ["en-pinecrest-library", "en-localwire-library", "en-feedmirror-library"],
     ("the original writes curly quotes, an em dash and an ellipsis as HTML entities; one copy has straight quotes, '--' and '...'; "
      "a feed copy shows the entities escaped twice (literal '&#8217;' in the text)")),
    ("es-number-style", ["es-elnorte-vivienda", "es-portalhispano-vivienda"],
     "a copy with every number in the other style: 1.250 -> 1,250 and 142,6 -> 142.6, headline too"),
    ("ar-eastern-digits", ["ar-alsahil-desal", "ar-akhbarnow-desal"],
     "a copy with Eastern Arabic digits (٢٥٠) for Western ones (250), headline too"),
    ("de-editors-note", ["de-rheinpost-faehre", "de-rheinpost-faehre-2"],
     "the same article republished a year on with a long editor's note (about a fifth of the page) on top"),
    ("th-amp", ["th-isanmorning-rice", "th-isanmorning-rice-amp"],
     "an article and its AMP version (amp-img header, amp-sidebar, amp-ad, slim footer)"),
    ("vi-old-tones", ["vi-bientay-lua", "vi-mekongnet-lua"],
     "a repost with the other tone placement (hòa -> hoà, thủy -> thuỷ, tùy -> tuỳ, họa -> hoạ, xóa -> xoá, khỏe -> khoẻ, lũy -> luỹ), headline too"),
    ("zh-half-width-punctuation", ["zh-lingnan-bridge", "zh-xinyue-bridge"],
     "a repost with ASCII punctuation for the full-width marks (，。：；“”（）、 -> , . : ; \" ( ) ,)"),
]
HARD = [
    ("live-blog-entries", ["en-coastlive-storm-0915", "en-coastlive-storm-1340"],
     "two entry pages of one live blog: same headline, byline and intro paragraph (a gold block), different entries"),
    ("gallery-pages", ["pt-jornalserra-vindimas-1", "pt-jornalserra-vindimas-2"],
     "two pages of one photo gallery: same title and intro (a gold block), captions in one template ('Foto N de 12. ... (Foto: ...)'), different photos"),
    ("weekly-column", ["fr-hebdoval-memoire-lavoir", "fr-hebdoval-memoire-gare"],
     "one author's weekly column two weeks running: same intro and sign-off paragraphs (gold blocks), different subject"),
    ("translation-1", ["ar-alsahil-desal", "en-gulfenglish-desal"],
     "an Arabic article and its English translation: not a duplicate (a near-duplicate is a same-language copy)"),
    ("translation-2", ["ar-akhbarnow-desal", "en-gulfenglish-desal"],
     "the Eastern-digit Arabic copy and the English translation"),
]


def main() -> None:
    gold = KIT.write(HERE, GROUPS, HARD)
    blocks = gold.pop("blocks")
    for b in blocks:
        for o in b["occurrences"]:
            o["text"] = o["text"].replace(SPLIT, "\n")
    gold["translation_decision"] = {
        "docs": ["ar-alsahil-desal", "en-gulfenglish-desal"], "duplicate": False,
        "why": "as heldout2 and 3: a near-duplicate is a same-language copy; linking one story across languages is the stories stage's work"}
    gold["first_half_decision"] = {
        "docs": GROUPS[0][1], "duplicate": True,
        "why": "the copy is the article's first half word for word with a link to the rest: a reader calls it a copy "
               "(heldout3's excerpt drops the first and last paragraphs; this one keeps the top half)"}
    gold["editors_note_decision"] = {
        "docs": GROUPS[6][1], "duplicate": True,
        "why": "the article republished unchanged under a note saying so: the same article, as heldout2's 'Mise à jour' copy"}
    gold["blocks"] = blocks
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(DOCS)} pages, {len(blocks)} gold blocks")


if __name__ == "__main__":
    main()
