"""Writes the heldout2 pages and gold.json (see README.md): every page is built
from named blocks, so the block gold is what the construction shares.

Run:  python3 benchmarks/data/dedup/heldout2/build.py
"""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from pagekit import Pages

SITES = {
    "lakeport": dict(
        lang="en", name="Lakeport Ledger", host="lakeportledger.example",
        cookie="We use cookies and similar technologies to remember your preferences, measure how our pages are read and show you relevant advertising. You can change your choice at any time in Privacy settings.",
        nav=["Home", "Local", "Business", "Sport", "Opinion", "Weather"],
        newsletter="Get the Morning Ledger: the five local stories you need before work, in your inbox every weekday at 6 a.m. Free, and you can unsubscribe in one click.",
        rail=["Ferry timetable changes from Monday", "Council approves new skate park", "High school choir heads to state final"],
        footer="Lakeport Ledger is published by Shoreline Media Group, 40 Quay Road, Lakeport. All content copyright, reproduction without written permission is prohibited. Contact the newsroom: tips@lakeportledger.example",
    ),
    "coastline": dict(
        lang="en", name="Coastline Wire", host="coastlinewire.example",
        cookie=None, nav=["World", "Region", "Markets", "Science"],
        newsletter=None, rail=["Port strike enters third day", "Rice prices ease in regional markets"],
        footer="Coastline Wire provides news to subscribing publishers across the region. Redistribution is subject to the terms of your subscription agreement. Editorial queries: desk@coastlinewire.example",
    ),
    "valley": dict(
        lang="en", name="Valley Courier", host="valleycourier.example",
        cookie="This site uses cookies to keep you signed in, to understand which articles our readers find useful and to fund our journalism through advertising. Read our cookie policy to learn more.",
        nav=["News", "Schools", "Arts", "Outdoors", "Obituaries"],
        newsletter="Support independent local reporting in the valley. Become a member for less than a coffee a week and get every story without ads, plus our Sunday long read.",
        rail=["Orchard growers brace for late frost", "Library card sign-ups hit a record"],
        footer="Valley Courier, 12 Mill Lane, Ashford Valley. Registered as a nonprofit newsroom. Our editorial independence policy and corrections log are published on the About page.",
    ),
    "trendnow": dict(
        lang="en", name="TrendNow Daily", host="trendnowdaily.example",
        cookie=None, nav=["Viral", "Trending", "Money", "Celebs"],
        newsletter="Don't miss out! Join 2 million readers getting the hottest stories of the day, subscribe now and win a free gift card every week.",
        rail=["You won't believe what this cat did", "10 tricks banks hate"],
        footer="TrendNow Daily aggregates stories from around the web for entertainment purposes. All trademarks belong to their owners. Advertise with us: ads@trendnowdaily.example",
    ),
    "farosur": dict(
        lang="es", name="El Faro del Sur", host="farodelsur.example",
        cookie="Utilizamos cookies propias y de terceros para mejorar nuestros servicios, elaborar estadísticas de navegación y mostrarle publicidad relacionada con sus preferencias. Puede aceptarlas o configurarlas.",
        nav=["Portada", "Región", "Economía", "Deportes", "Cultura", "El tiempo"],
        newsletter="Suscríbase al boletín de El Faro del Sur y reciba cada mañana las noticias más importantes de la región, gratis y sin publicidad.",
        rail=["El puerto bate su récord de cruceros", "Nueva línea de autobús al hospital"],
        footer="El Faro del Sur, Avenida del Muelle 8, Puerto Alcor. Todos los derechos reservados. Queda prohibida la reproducción total o parcial de los contenidos sin autorización expresa.",
    ),
    "altiplano": dict(
        lang="es", name="Noticias Altiplano", host="noticiasaltiplano.example",
        cookie="Este sitio web usa cookies para ofrecerle una mejor experiencia de navegación y analizar el tráfico. Si continúa navegando consideramos que acepta su uso.",
        nav=["Inicio", "Nacional", "Internacional", "Sociedad"],
        newsletter=None, rail=["Cosecha récord de quinua en el norte", "Reabren el mercado central"],
        footer="Noticias Altiplano es un medio digital independiente. Contacto comercial: publicidad@noticiasaltiplano.example. Aviso legal y política de privacidad.",
    ),
    "vigilant": dict(
        lang="fr", name="Le Vigilant", host="levigilant.example",
        cookie="Avec votre accord, nous et nos partenaires utilisons des cookies pour stocker et accéder à des informations sur votre appareil, mesurer l'audience et personnaliser la publicité.",
        nav=["Actualité", "Économie", "Sports", "Culture", "Région"],
        newsletter="Recevez chaque soir l'essentiel de l'actualité régionale avec la lettre du Vigilant. Inscription gratuite, désinscription à tout moment.",
        rail=["Le marché de Noël ouvre vendredi", "Un nouveau directeur au conservatoire"],
        footer="Le Vigilant, société d'édition du Vigilant SA, 3 place du Marché, Saint-Aurèle. Tous droits réservés. Toute reproduction même partielle est interdite sans autorisation.",
    ),
    "ouestmatin": dict(
        lang="fr", name="Ouest Matin", host="ouestmatin.example",
        cookie=None, nav=["Accueil", "Faits divers", "Économie", "Loisirs"],
        newsletter="Abonnez-vous à Ouest Matin numérique : tous nos articles, l'édition du jour en PDF et les archives depuis 1998, dès 1 euro le premier mois.",
        rail=["Travaux sur la rocade cet été", "Le club de rugby recrute"],
        footer="Ouest Matin est édité par les Éditions du Littoral. Mentions légales, conditions générales d'utilisation et politique de confidentialité disponibles en bas de page.",
    ),
    "doisung": dict(
        lang="th", name="ข่าวดอยสูง", host="doisungnews.example",
        cookie="เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของท่าน และเพื่อวิเคราะห์การเข้าชมเว็บไซต์ ท่านสามารถตั้งค่าคุกกี้ได้ตลอดเวลา",
        nav=["หน้าแรก", "ข่าวภูมิภาค", "เกษตร", "ท่องเที่ยว"],
        newsletter=None, rail=["เทศกาลดอกไม้บานเริ่มสุดสัปดาห์นี้", "ชาวไร่กาแฟรับมือราคาตก"],
        footer="ข่าวดอยสูง สำนักข่าวท้องถิ่นภาคเหนือ เลขที่ ๘๘ ถนนช้างคลาน ติดต่อกองบรรณาธิการ อีเมล newsroom@doisungnews.example",
    ),
    "lumnam": dict(
        lang="th", name="ลุ่มน้ำนิวส์", host="lumnamnews.example",
        cookie=None, nav=["หน้าแรก", "การเงิน", "สังคม", "กีฬา"],
        newsletter="สมัครรับจดหมายข่าวลุ่มน้ำนิวส์ รับสรุปข่าวเศรษฐกิจและสังคมทุกเช้าส่งตรงถึงอีเมลของท่าน ฟรีไม่มีค่าใช้จ่าย",
        rail=["ตลาดน้ำคึกคักช่วงวันหยุด", "เปิดรับสมัครอาสาสมัครดูแลแม่น้ำ"],
        footer="สงวนลิขสิทธิ์ บริษัท ลุ่มน้ำ มีเดีย จำกัด ห้ามนำเนื้อหาไปเผยแพร่ซ้ำโดยไม่ได้รับอนุญาตเป็นลายลักษณ์อักษร",
    ),
    "jiangbei": dict(
        lang="zh", name="江北日报", host="jiangbeidaily.example",
        cookie=None, nav=["首页", "本地", "财经", "体育", "文化"],
        newsletter="关注江北日报微信公众号，每天早上七点为您推送本地最新消息和便民服务信息。",
        rail=["江北新区两所学校开学", "夜市延长营业至凌晨"],
        footer="江北日报社版权所有，未经书面授权不得转载、摘编或以其他方式使用本网站内容。违法和不良信息举报电话：0571-12345678",
    ),
    "nanling": dict(
        lang="zh", name="南岭新闻网", host="nanlingnews.example",
        cookie="本网站使用Cookie来改善您的浏览体验并分析网站流量，继续浏览即表示您同意我们使用Cookie。",
        nav=["首页", "国内", "国际", "社会"],
        newsletter=None, rail=["南岭山区茶叶开采", "城区公交线路调整"],
        footer="南岭新闻网由南岭传媒集团主办，本网所刊登的各种新闻、信息和各种专题专栏资料均为南岭新闻网版权所有。",
    ),
    "songlam": dict(
        lang="vi", name="Báo Sông Lam", host="baosonglam.example",
        cookie=None, nav=["Trang chủ", "Thời sự", "Kinh tế", "Xã hội", "Thể thao"],
        newsletter="Đăng ký nhận bản tin Báo Sông Lam để cập nhật những tin tức nổi bật trong ngày, gửi thẳng vào hộp thư của bạn mỗi sáng.",
        rail=["Nghệ An khai mạc lễ hội hoa sen", "Giá lúa tăng nhẹ đầu vụ"],
        footer="Báo Sông Lam, cơ quan ngôn luận của Hội Nhà báo tỉnh. Giấy phép số 123/GP-BTTTT. Ghi rõ nguồn Báo Sông Lam khi phát hành lại thông tin từ website này.",
    ),
    "mientrung": dict(
        lang="vi", name="Tin Miền Trung", host="tinmientrung.example",
        cookie="Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn trên trang web và phân tích lưu lượng truy cập. Tiếp tục sử dụng trang đồng nghĩa với việc bạn đồng ý.",
        nav=["Trang chủ", "Tin nóng", "Đời sống", "Xổ số"],
        newsletter=None, rail=["Biển Cửa Lò đón khách sớm", "Mở rộng quốc lộ ven biển"],
        footer="Tin Miền Trung, trang thông tin điện tử tổng hợp. Chịu trách nhiệm nội dung: Ban biên tập. Liên hệ quảng cáo: quangcao@tinmientrung.example",
    ),
    "serra": dict(
        lang="pt", name="Jornal da Serra", host="jornaldaserra.example",
        cookie="Usamos cookies para personalizar conteúdos e anúncios, fornecer funcionalidades de redes sociais e analisar o nosso tráfego. Ao continuar, concorda com a nossa política.",
        nav=["Início", "Cidades", "Economia", "Esportes"],
        newsletter="Receba as principais notícias da Serra no seu e-mail todas as manhãs. Cadastre-se gratuitamente na nossa newsletter.",
        rail=["Festival de inverno anuncia atrações", "Nova ciclovia liga os bairros"],
        footer="Jornal da Serra, Rua das Araucárias 210, Vale Alto. Todos os direitos reservados. É proibida a reprodução do conteúdo desta página sem autorização prévia.",
    ),
    "valeonline": dict(
        lang="pt", name="Vale Online", host="valeonline.example",
        cookie=None, nav=["Notícias", "Região", "Agro", "Vídeos"],
        newsletter=None, rail=["Feira do produtor volta ao centro", "Prefeitura abre vagas em creches"],
        footer="Vale Online, portal de notícias regionais. Fale conosco: redacao@valeonline.example. Termos de uso e política de privacidade.",
    ),
}

KIT = Pages(SITES)
DOCS, GOLD_BLOCKS, page, add = KIT.docs, KIT.gold_blocks, KIT.page, KIT.add


# --- en: one article and its AMP and print versions; a correction quoting it ---
BRIDGE = [
    ("P:bridge1", "The Harlow Street bridge will close to all traffic for eight weeks from 14 April while crews replace the worn concrete deck and repair two corroded expansion joints, the city's public works department said on Monday."),
    ("P:bridge2", "Drivers will be sent along Canal Road and the Fenwick Avenue crossing, which engineers expect to add up to fifteen minutes to a rush-hour trip between the north shore and the old town."),
    ("P:bridge3", "Pedestrians and cyclists will keep a narrow lane on the eastern side for all but the final ten days, when the new surface is sealed and the footway has to be closed as well."),
    ("P:bridge4", "\"We know this is disruptive, but the deck is sixty years old and the inspection last autumn left us no choice,\" said Priya Valdane, the department's chief engineer."),
    ("P:bridge5", "The repairs are expected to cost 3.2 million dollars, two thirds of it paid from a state infrastructure grant awarded to Lakeport in January."),
    ("P:bridge6", "Bus routes 4 and 11 will be diverted for the duration, and the transit authority said it would add extra morning services on route 7 to absorb commuters from the north shore."),
]
for doc, variant in (("en-lakeport-bridge", "full"), ("en-lakeport-bridge-amp", "amp"), ("en-lakeport-bridge-print", "print")):
    page(doc, "lakeport", "Harlow Street bridge to close for eight weeks of deck repairs", "By Tom Arkwright",
         BRIDGE, "2026-03-02T09:15:00Z", variant=variant)
page("en-lakeport-correction", "lakeport", "Correction: Harlow Street bridge closure", "Lakeport Ledger corrections desk", [
    (None, "An article published on 2 March about repairs to the Harlow Street bridge gave the wrong length for the closure and the wrong start date. The article said:"),
    ("Q:bridge1", BRIDGE[0][1]),
    (None, "The public works department has since told the Ledger that the bridge will close for six weeks, starting on 21 April, and that the expansion joints will be repaired during a separate weekend closure in June. We apologise for the error."),
    (None, "Readers who spot an error in our reporting can write to the corrections desk; every correction we publish is listed on our corrections page with the date it was made."),
], "2026-03-04T16:40:00Z")
# the quoted paragraph is P:bridge1's text, copied whole: one gold block
for o in GOLD_BLOCKS.pop("Q:bridge1")["occurrences"]:
    GOLD_BLOCKS["P:bridge1"]["occurrences"].append(o)

# --- en: a wire story and its hand translation into Spanish (not a duplicate) ---
QUAKE_EN = [
    (None, "A magnitude 6.1 earthquake struck off the coast of the Serrano peninsula early on Thursday, shaking buildings in three provinces and cutting power to about 40,000 homes, the national seismology institute said."),
    (None, "The quake hit at 4.52 a.m. at a depth of 22 kilometres, about 60 kilometres south-west of the port city of Marvella. No tsunami warning was issued."),
    (None, "Civil protection officials said eleven people were treated in hospital for minor injuries, most of them cut by falling glass, and that a church tower in the village of San Telmo had partly collapsed."),
    (None, "Schools in the coastal districts were closed for the day while engineers checked their structures, and the regional railway suspended services south of Marvella until the tracks could be inspected."),
    (None, "The peninsula sits near the boundary of two tectonic plates and records several moderate quakes a year, though one this strong has not been felt there since 1998."),
]
QUAKE_ES = [
    (None, "Un terremoto de magnitud 6,1 sacudió la costa de la península de Serrano en la madrugada del jueves, hizo temblar edificios en tres provincias y dejó sin electricidad a unos 40.000 hogares, informó el instituto nacional de sismología."),
    (None, "El sismo se produjo a las 4.52 horas a una profundidad de 22 kilómetros, unos 60 kilómetros al suroeste de la ciudad portuaria de Marvella. No se emitió alerta de tsunami."),
    (None, "Según protección civil, once personas fueron atendidas en el hospital por heridas leves, la mayoría cortes por cristales caídos, y el campanario de una iglesia en el pueblo de San Telmo se derrumbó en parte."),
    (None, "Las escuelas de los distritos costeros cerraron durante el día mientras los ingenieros revisaban sus estructuras, y el ferrocarril regional suspendió el servicio al sur de Marvella hasta inspeccionar las vías."),
    (None, "La península se encuentra cerca del límite entre dos placas tectónicas y registra varios sismos moderados al año, aunque uno tan fuerte no se sentía allí desde 1998."),
]
page("en-coastline-quake", "coastline", "Strong quake off Serrano peninsula cuts power to 40,000 homes", "Coastline Wire", QUAKE_EN, "2026-05-14T06:30:00Z")
page("es-altiplano-sismo", "altiplano", "Un fuerte sismo frente a la península de Serrano deja sin luz a 40.000 hogares", "Coastline Wire / traducción de la redacción", QUAKE_ES, "2026-05-14T09:10:00Z")

# --- en: a local story and a content farm's spun repost (every sentence reworded) ---
LIB = [
    "The Ashford Valley public library will stay open until 9 p.m. on weekdays from next month after the county board approved an extra 180,000 dollars for staff on Tuesday.",
    "Librarians had collected more than 2,400 signatures from students and shift workers who said the current 6 p.m. closing time left them no chance to use the computers or the study rooms.",
    "Head librarian Odette Marsh said the money would pay for three part-time assistants and keep the heating on in the reading room through the winter evenings.",
    "Board member Russell Kane, who voted against the plan, said he supported longer hours but wanted the cost shared with the two neighbouring towns whose residents also use the library.",
    "The new hours start on 3 November and will be reviewed after six months, when the library must report how many people came in after six.",
]
LIB_SPUN = [
    "The Ashford Valley public library is set to remain open until 9 p.m. on weekdays starting next month after the county board signed off on an additional 180,000 dollars for staffing on Tuesday.",
    "Library staff had gathered over 2,400 signatures from students and shift workers who complained that the present 6 p.m. closing time gave them no opportunity to use the computers or the study rooms.",
    "Chief librarian Odette Marsh said the funds would cover three part-time helpers and keep the heating running in the reading room during the winter evenings.",
    "Board member Russell Kane, who voted no on the plan, said he backed longer opening hours but wanted the bill split with the two nearby towns whose residents also rely on the library.",
    "The extended hours begin on 3 November and will be reviewed after six months, when the library has to report how many visitors arrived after six.",
]
page("en-valley-library", "valley", "Valley library to stay open until 9 p.m. after board finds funds", "By Marisol Quint",
     [(f"P:lib{i}", t) for i, t in enumerate(LIB)], "2026-10-08T11:00:00Z",
     bio="Marisol Quint covers schools, libraries and county government for the Valley Courier. She grew up in Ashford Valley, studied journalism at Redfield State University and joined the Courier in 2019 after five years at a regional radio station.")
page("en-trendnow-library", "trendnow", "SHOCK DECISION: Library Will Now Stay Open Until 9 PM!", None,
     [(None, t) for t in LIB_SPUN], "2026-10-09T02:13:00Z")
page("en-valley-pool", "valley", "Outdoor pool to reopen next summer after leak repairs", "By Marisol Quint", [
    (None, "The Ashford Valley outdoor pool, closed for the whole of this summer after a leak was found under the deep end, will reopen next June, the parks department said on Thursday."),
    (None, "Contractors will break out the old tiles in March, reline the basin and replace a section of pipe that engineers traced as the source of the leak, which lost an estimated 30,000 litres a day."),
    (None, "The pool's swim club, which moved its training to an indoor pool twenty miles away, said it had lost nearly half of its junior members during the closure and hoped to win them back with free trial sessions."),
    (None, "The work is budgeted at 410,000 dollars, and the parks department said the season ticket price would stay at last year's level to make up for the lost summer."),
], "2026-10-15T10:20:00Z",
     bio="Marisol Quint covers schools, libraries and county government for the Valley Courier. She grew up in Ashford Valley, studied journalism at Redfield State University and joined the Courier in 2019 after five years at a regional radio station.")

# --- es: a syndicated copy with the paragraphs in another order ---
PUERTO = [
    ("P:puerto1", "La autoridad portuaria de Puerto Alcor aprobó este martes la ampliación del muelle de contenedores, una obra de 48 millones de euros que permitirá recibir buques de hasta 300 metros de eslora a partir de 2028."),
    ("P:puerto2", "El proyecto incluye el dragado del canal de acceso hasta los 14 metros de calado y la construcción de una nueva explanada de 12 hectáreas ganada al mar junto al espigón norte."),
    ("P:puerto3", "Las cofradías de pescadores han pedido que las obras se detengan durante la temporada de la sardina, entre mayo y julio, para no dañar los caladeros próximos a la bocana."),
    ("P:puerto4", "\"Es la inversión más importante que ha hecho el puerto en treinta años y nos pone en el mapa de las navieras del Atlántico\", afirmó la presidenta de la autoridad portuaria, Lucía Berrocal."),
    ("P:puerto5", "Los grupos ecologistas presentarán alegaciones por el impacto del dragado sobre las praderas marinas de la ensenada, protegidas por una directiva europea desde 2011."),
    ("P:puerto6", "La adjudicación de las obras está prevista para el otoño y el plazo de ejecución es de veintiséis meses, según el pliego publicado en el boletín provincial."),
]
page("es-farosur-puerto", "farosur", "El puerto de Puerto Alcor ampliará su muelle de contenedores con 48 millones", "Redacción / Agencias", PUERTO, "2026-06-09T12:00:00Z")
page("es-altiplano-puerto", "altiplano", "Puerto Alcor aprueba ampliar el muelle de contenedores", "Agencias",
     [PUERTO[0], PUERTO[3], PUERTO[1], PUERTO[5], PUERTO[4], PUERTO[2]], "2026-06-09T15:45:00Z")

# --- es: a daily weather page, one frame, new figures (hard negative) ---
for n, (day, tmax, tmin, rain, wind, sky) in enumerate((
        ("lunes 12", 24, 15, 10, 20, "cielos poco nubosos"),
        ("martes 13", 21, 14, 60, 35, "chubascos por la tarde"),
        ("miércoles 14", 26, 17, 0, 15, "cielos despejados")), 1):
    page(f"es-farosur-tiempo-{n}", "farosur", f"El tiempo en Puerto Alcor: previsión para el {day} de octubre", "Redacción El Faro del Sur", [
        (None, f"Para este {day} de octubre se esperan en Puerto Alcor {sky}, con una temperatura máxima de {tmax} grados y una mínima de {tmin} grados durante la madrugada."),
        (None, f"La probabilidad de precipitación es del {rain} por ciento y el viento soplará del oeste con rachas de hasta {wind} kilómetros por hora en la franja litoral."),
        (None, f"En el interior de la comarca las temperaturas serán algo más bajas, entre {tmin - 3} y {tmax - 2} grados, y no se descartan bancos de niebla a primera hora."),
        ("P:tiempo-fijo", "Los datos proceden de la estación meteorológica del puerto y se actualizan cada tres horas. Consulte los avisos oficiales antes de salir a navegar o de realizar actividades en la montaña."),
    ], f"2026-10-{11 + n}T06:00:00Z")

# --- fr: the same article with an "update" paragraph added at the top ---
GREVE = [
    ("P:greve1", "Les agents du réseau de bus de l'agglomération de Saint-Aurèle sont appelés à la grève jeudi à partir de 5 heures, à l'appel de trois syndicats qui réclament une revalorisation des salaires et des recrutements."),
    ("P:greve2", "La direction de la régie prévoit qu'une ligne sur trois seulement circulera en journée et qu'aucun bus ne desservira les communes de la deuxième couronne après 20 heures."),
    ("P:greve3", "« Nous avons perdu quarante conducteurs en deux ans et ceux qui restent enchaînent les heures supplémentaires », explique Karim Delaunay, délégué syndical au dépôt des Tanneries."),
    ("P:greve4", "Le tramway, exploité par une autre société, ne sera pas touché par le mouvement, et les lignes scolaires seront assurées le matin grâce à des transporteurs privés."),
    ("P:greve5", "Une réunion de négociation est prévue mercredi après-midi à la préfecture ; les syndicats ont prévenu qu'ils pourraient reconduire la grève jusqu'à la fin de la semaine en l'absence d'accord."),
]
page("fr-vigilant-greve", "vigilant", "Grève des bus jeudi à Saint-Aurèle : une ligne sur trois en service", "Par Hélène Moreau", GREVE, "2026-11-17T08:00:00Z")
page("fr-ouestmatin-greve", "ouestmatin", "Grève des bus jeudi à Saint-Aurèle : une ligne sur trois en service", "Par Hélène Moreau", GREVE, "2026-11-18T18:30:00Z",
     top="Mise à jour mercredi, 18 h 20 : la réunion à la préfecture s'est terminée sans accord, la grève est donc maintenue jeudi et les syndicats évoquent déjà une reconduction vendredi.")

# --- fr: one press release's first paragraph, then each paper's own reporting (hard negative) ---
USINE_CP = "Le groupe Verdalis annonce l'ouverture en 2027 d'une usine de recyclage de batteries à Saint-Aurèle, un investissement de 95 millions d'euros qui doit créer 220 emplois directs d'ici à 2029."
page("fr-vigilant-usine", "vigilant", "Verdalis va recycler des batteries à Saint-Aurèle : 220 emplois annoncés", "Par Julien Ferrand", [
    ("P:usine-cp", USINE_CP),
    (None, "Le site retenu est l'ancienne papeterie de la zone des Aubiers, fermée depuis 2016, dont les bâtiments seront en partie démolis cet hiver. La communauté de communes a cédé le terrain pour un euro symbolique."),
    (None, "Le maire, Bernard Collin, parle d'une « revanche » pour un bassin qui a perdu près de 1 500 emplois industriels en quinze ans. L'opposition municipale demande des garanties sur le traitement des eaux."),
    (None, "Les premiers recrutements, surtout des techniciens de maintenance et des opérateurs, seront ouverts au printemps avec une formation financée par la région."),
], "2026-09-22T10:00:00Z")
page("fr-ouestmatin-usine", "ouestmatin", "Batteries : Verdalis choisit Saint-Aurèle, les riverains s'interrogent", "Par Anne Kervella", [
    ("P:usine-cp", USINE_CP),
    (None, "Dans le quartier des Aubiers, l'annonce est accueillie avec prudence. « On nous avait déjà promis une usine de panneaux solaires en 2019, elle n'a jamais ouvert », rappelle Martine Guillou, présidente du comité de quartier."),
    (None, "Une association locale de défense de l'environnement a demandé la publication de l'étude de dangers, en rappelant que le site se trouve à moins de 400 mètres d'une école primaire."),
    (None, "Interrogée, la direction de Verdalis assure que le procédé retenu, à basse température, ne produit pas de rejets atmosphériques et qu'une réunion publique sera organisée avant le dépôt du permis."),
], "2026-09-22T17:30:00Z")

# --- th: a copy with Thai digits for Arabic ones and the phrase spaces moved ---
THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def thai_respaced(text: str) -> str:
    # Thai digits; every second phrase space dropped; a space after ร้อยละ/จำนวn-like words
    words = text.translate(THAI_DIGITS).split(" ")
    out = words[0]
    for i, w in enumerate(words[1:], 1):
        out += ("" if i % 2 else " ") + w
    return out.replace("ร้อยละ", "ร้อยละ ").replace("  ", " ")


DAM = [
    ("P:dam1", "กรมชลประทานเตรียมระบายน้ำจากเขื่อนแม่กวงเพิ่มเป็นวันละ 4.5 ล้านลูกบาศก์เมตร ตั้งแต่วันที่ 20 กันยายน หลังปริมาณน้ำในอ่างเก็บน้ำสูงถึงร้อยละ 92 ของความจุ"),
    ("P:dam2", "ผู้อำนวยการโครงการชลประทานเชียงใหม่ระบุว่า ระดับน้ำในลำน้ำแม่กวงท้ายเขื่อนจะสูงขึ้นประมาณ 40 เซนติเมตร ขอให้ประชาชนริมตลิ่งในอำเภอดอยสะเก็ดและสันทรายเฝ้าระวัง"),
    ("P:dam3", "สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดได้เตรียมเครื่องสูบน้ำ 25 เครื่อง และเรือท้องแบน 10 ลำ ไว้ที่จุดเสี่ยงน้ำท่วมขังในเขตชุมชนแล้ว"),
    ("P:dam4", "ทั้งนี้ กรมอุตุนิยมวิทยาคาดการณ์ว่าภาคเหนือตอนบนจะยังมีฝนตกหนักบางแห่งต่อเนื่องไปจนถึงสิ้นเดือนกันยายน เกษตรกรควรเร่งเก็บเกี่ยวผลผลิตในพื้นที่ลุ่มต่ำ"),
    ("P:dam5", "ประชาชนที่ได้รับผลกระทบสามารถแจ้งขอความช่วยเหลือได้ที่สายด่วน 1784 ตลอด 24 ชั่วโมง หรือที่ศูนย์ประสานงานอำเภอทุกแห่ง"),
]
page("th-doisung-dam", "doisung", "เขื่อนแม่กวงเพิ่มการระบายน้ำ เตือนชาวบ้านริมน้ำเฝ้าระวัง", "กองบรรณาธิการข่าวดอยสูง", DAM, "2026-09-18T07:30:00Z")
page("th-lumnam-dam", "lumnam", "เขื่อนแม่กวงเพิ่มการระบายน้ำ เตือนชาวบ้านริมน้ำเฝ้าระวัง", None, DAM, "2026-09-18T10:05:00Z", transform=thai_respaced)

# --- th: a daily exchange-rate page from one site (hard negative) ---
for n, (day, usd, eur, jpy, move) in enumerate((
        ("15", "35.42", "38.17", "23.65", "แข็งค่าขึ้นเล็กน้อย"),
        ("16", "35.71", "38.40", "23.81", "อ่อนค่าลง")), 1):
    page(f"th-lumnam-fx-{n}", "lumnam", f"อัตราแลกเปลี่ยนวันที่ {day} ตุลาคม 2569 เงินบาท{move}", "ทีมข่าวการเงิน", [
        (None, f"อัตราแลกเปลี่ยนเงินบาทเปิดตลาดเช้าวันที่ {day} ตุลาคม อยู่ที่ {usd} บาทต่อดอลลาร์สหรัฐ {move}จากช่วงปิดตลาดวันก่อน ตามทิศทางค่าเงินในภูมิภาค"),
        (None, f"ขณะที่เงินยูโรอยู่ที่ {eur} บาทต่อยูโร และเงินเยนอยู่ที่ {jpy} บาทต่อ 100 เยน นักวิเคราะห์มองกรอบการเคลื่อนไหวของเงินบาทวันนี้ที่ {usd[:2]}.30-{usd[:2]}.90 บาทต่อดอลลาร์"),
        ("P:fx-fixed", "อัตราดังกล่าวเป็นอัตราอ้างอิงเพื่อประกอบการตัดสินใจเท่านั้น อัตราซื้อขายจริงขึ้นอยู่กับแต่ละธนาคารพาณิชย์ โปรดตรวจสอบกับธนาคารก่อนทำธุรกรรมทุกครั้ง"),
    ], f"2026-10-{day}T08:45:00Z")

# --- zh: a page, its mobile version, and a copy with full-width digits and punctuation ---
FULLWIDTH = {chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)}


def zh_fullwidth(text: str) -> str:
    return "".join(FULLWIDTH.get(ch, ch) for ch in text)


RAIL = [
    ("P:rail1", "记者从江北市交通运输局获悉,连接江北新区与临江镇的城际铁路S12线将于12月28日开通运营,全长46.8公里,共设9座车站,最高运行时速160公里。"),
    ("P:rail2", "开通初期,S12线每天开行列车64对,早晚高峰发车间隔为8分钟,平峰时段为15分钟,从江北新区站到临江镇站全程约需32分钟。"),
    ("P:rail3", "票价方面,起步价为3元,全程最高票价为15元;市民可使用交通卡、手机扫码等方式乘车,60岁以上老人持卡可享受半价优惠。"),
    ("P:rail4", "交通运输局有关负责人表示,S12线开通后,沿线5个乡镇将结束不通轨道交通的历史,预计日均客流可达8.5万人次。"),
    ("P:rail5", "目前,各车站的接驳公交线路正在调整之中,具体方案将于12月20日前向社会公布(详见江北交通官方网站)。"),
]
page("zh-jiangbei-rail", "jiangbei", "城际铁路S12线12月28日开通 全程约32分钟", "记者 王晓川", RAIL, "2026-12-10T08:00:00Z")
page("zh-jiangbei-rail-m", "jiangbei", "城际铁路S12线12月28日开通 全程约32分钟", "记者 王晓川", RAIL, "2026-12-10T08:00:00Z", variant="mobile")
page("zh-nanling-rail", "nanling", "城际铁路S12线12月28日开通 全程约32分钟", "来源:江北日报", RAIL, "2026-12-10T11:20:00Z", transform=zh_fullwidth)

# --- vi: a copy in decomposed Unicode (NFD) ---
def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


LUA = [
    ("P:lua1", "Sở Nông nghiệp tỉnh Nghệ An cho biết vụ lúa hè thu năm nay đạt năng suất bình quân 5,6 tấn mỗi héc-ta, cao hơn năm trước 0,4 tấn, tổng sản lượng ước đạt gần 480.000 tấn."),
    ("P:lua2", "Nhờ thời tiết thuận lợi và việc đưa các giống lúa ngắn ngày vào sản xuất, nhiều huyện như Yên Thành, Diễn Châu, Quỳnh Lưu đã thu hoạch xong trước khi mưa bão đến."),
    ("P:lua3", "Tuy nhiên, giá lúa tươi tại ruộng chỉ dao động từ 6.800 đến 7.200 đồng mỗi ký, thấp hơn cùng kỳ, khiến lợi nhuận của người trồng lúa không tăng nhiều dù được mùa."),
    ("P:lua4", "Ngành nông nghiệp khuyến cáo bà con nhanh chóng làm đất, chuẩn bị cho vụ đông, đồng thời liên kết với doanh nghiệp để tiêu thụ sản phẩm ổn định hơn."),
    ("P:lua5", "Theo kế hoạch, toàn tỉnh sẽ gieo trồng khoảng 45.000 héc-ta cây vụ đông, chủ yếu là ngô, khoai lang và rau màu các loại."),
]
page("vi-songlam-lua", "songlam", "Nghệ An: Lúa hè thu được mùa nhưng giá thấp", "Phóng viên Lê Minh", LUA, "2026-09-05T09:00:00Z")
page("vi-mientrung-lua", "mientrung", "Nghệ An: Lúa hè thu được mùa nhưng giá thấp", "Theo Báo Sông Lam", LUA, "2026-09-05T13:10:00Z", transform=nfd)

# --- vi: a copy with old-style tone placement (hoà, thuỷ, khoẻ, tuỳ) ---
OLD_TONES = {"hòa": "hoà", "Hòa": "Hoà", "thủy": "thuỷ", "Thủy": "Thuỷ", "khỏe": "khoẻ", "tùy": "tuỳ", "hóa": "hoá", "lũy": "luỹ", "hủy": "huỷ", "thúy": "thuý", "họa": "hoạ", "xóa": "xoá"}


def old_tones(text: str) -> str:
    for new, old in OLD_TONES.items():
        text = text.replace(new, old)
    return text


DIEN = [
    ("P:dien1", "Nhà máy thủy điện Bản Mồng đã chính thức hòa lưới điện quốc gia tổ máy số 2 vào chiều 14/11, nâng tổng công suất phát lên 60 MW, lũy kế sản lượng từ đầu năm đạt hơn 150 triệu kWh."),
    ("P:dien2", "Theo Ban quản lý dự án, hồ chứa thủy lợi kết hợp thủy điện có dung tích 225 triệu mét khối, ngoài phát điện còn cấp nước tưới cho khoảng 18.800 héc-ta đất nông nghiệp của ba huyện miền Tây Nghệ An."),
    ("P:dien3", "Tùy theo lượng mưa, nhà máy sẽ điều tiết xả nước để vừa bảo đảm an toàn cho hạ du, vừa giữ đủ nước cho vụ đông xuân; mọi kế hoạch xả lũ phải được thông báo trước ít nhất 4 giờ."),
    ("P:dien4", "Dự án cũng đã hủy bỏ hai hạng mục đường tạm không còn cần thiết và tiến hành hóa giải các vướng mắc về đền bù, tái định cư cho 320 hộ dân, bảo đảm cuộc sống của người dân ổn định và khỏe mạnh hơn nơi ở cũ."),
    ("P:dien5", "Ông Trần Văn Hòa, Giám đốc nhà máy, cho biết đơn vị sẽ phối hợp với chính quyền địa phương để xóa các điểm sạt lở ven hồ, giảm thiểu tai họa khi mùa mưa bão đến."),
]
page("vi-songlam-dien", "songlam", "Thủy điện Bản Mồng hòa lưới tổ máy số 2", "Phóng viên Thanh Thủy", DIEN, "2026-11-15T08:20:00Z")
page("vi-mientrung-dien", "mientrung", "Thủy điện Bản Mồng hòa lưới tổ máy số 2", "Theo Báo Sông Lam", DIEN, "2026-11-15T10:00:00Z", transform=old_tones)

# --- vi: daily lottery results from one site (hard negative) ---
for n, (day, db, g1, g2) in enumerate((("20/11", "482917", "50366", "19824 - 70215"),
                                       ("21/11", "036581", "94107", "28850 - 61473")), 1):
    page(f"vi-mientrung-xoso-{n}", "mientrung", f"Kết quả xổ số miền Trung ngày {day}", "Ban biên tập", [
        (None, f"Kết quả xổ số kiến thiết tỉnh Khánh Hòa mở thưởng ngày {day}: giải đặc biệt {db}, giải nhất {g1}, giải nhì {g2}."),
        (None, f"Giải đặc biệt kỳ quay ngày {day} có trị giá 2 tỷ đồng; vé trúng giải nhất {g1} được lĩnh 30 triệu đồng mỗi vé mệnh giá 10.000 đồng."),
        ("P:xoso-fixed", "Kết quả trên chỉ có giá trị tham khảo, người trúng thưởng vui lòng đối chiếu với kết quả chính thức của công ty xổ số kiến thiết và mang vé nguyên vẹn đến lĩnh thưởng trong vòng 30 ngày."),
    ], f"2026-11-{day[:2]}T17:45:00Z")

# --- pt: two copies that differ only in an embedded tweet ---
CHUVA = [
    ("P:chuva1", "A Defesa Civil de Vale Alto emitiu alerta laranja para chuvas fortes entre a noite desta quarta-feira e a manhã de sexta, com acumulados que podem passar de 120 milímetros nas áreas de encosta."),
    ("P:chuva2", "Segundo o órgão, moradores de quatro bairros com histórico de deslizamentos, entre eles Morro do Cedro e Jardim Serrano, devem ficar atentos às sirenes e procurar os pontos de apoio indicados."),
    ("P:chuva3", "A prefeitura suspendeu as aulas presenciais na quinta-feira nas escolas municipais da zona rural e mantém equipes de plantão para desobstruir bueiros e atender ocorrências."),
    ("P:chuva4", "Em caso de emergência, a população pode acionar a Defesa Civil pelo telefone 199 ou o Corpo de Bombeiros pelo 193, que funcionam 24 horas por dia."),
]
page("pt-serra-chuva", "serra", "Defesa Civil emite alerta laranja para chuva forte em Vale Alto", "Da Redação", CHUVA, "2026-01-21T19:00:00Z")
page("pt-valeonline-chuva", "valeonline", "Defesa Civil emite alerta laranja para chuva forte em Vale Alto", "Da Redação, com Jornal da Serra", CHUVA, "2026-01-21T20:30:00Z",
     embed=(1, "ALERTA LARANJA: chuva forte em Vale Alto até sexta. Em área de risco, ao ouvir a sirene, siga para o ponto de apoio mais próximo. Emergência: 199.",
            "Defesa Civil Vale Alto (@defesacivil_va)", "January 21, 2026"))

# --- write pages and gold ---
GROUPS = [
    ("en-amp-print", ["en-lakeport-bridge", "en-lakeport-bridge-amp", "en-lakeport-bridge-print"],
     "one article, its AMP version (amp-img header, sidebar menu, amp-ad, slim footer) and its print version (no chrome, 'Printed from' line)"),
    ("en-spun-farm", ["en-valley-library", "en-trendnow-library"],
     "a content farm's repost with every sentence lightly reworded (spun), shouting headline, farm chrome"),
    ("es-reordered", ["es-farosur-puerto", "es-altiplano-puerto"], "the same agency copy with its paragraphs in another order and another headline"),
    ("fr-update-top", ["fr-vigilant-greve", "fr-ouestmatin-greve"], "the same article with an 'update' paragraph added at the top"),
    ("th-thai-digits", ["th-doisung-dam", "th-lumnam-dam"], "Thai digits for Arabic ones, every second phrase space dropped, a space after ร้อยละ"),
    ("zh-mobile-fullwidth", ["zh-jiangbei-rail", "zh-jiangbei-rail-m", "zh-nanling-rail"],
     "a page, its mobile version (other markup, no chrome), and a copy with every ASCII digit, letter and punctuation mark full-width"),
    ("vi-nfd", ["vi-songlam-lua", "vi-mientrung-lua"], "the copy's headline and body in decomposed Unicode (NFD)"),
    ("vi-old-tones", ["vi-songlam-dien", "vi-mientrung-dien"], "the copy uses old-style tone placement (hoà, thuỷ, khoẻ, tuỳ, hoá, luỹ, huỷ, xoá, hoạ)"),
    ("pt-embed", ["pt-serra-chuva", "pt-valeonline-chuva"], "identical article text; the copy embeds a tweet box after the second paragraph"),
]
HARD = [
    ("translation-en-es", ["en-coastline-quake", "es-altiplano-sismo"],
     "a wire story and its hand translation into Spanish: a near-duplicate is a same-language copy; linking languages is the stories stage's work"),
    ("weather-es", ["es-farosur-tiempo-1", "es-farosur-tiempo-2", "es-farosur-tiempo-3"], "daily weather page: one frame, new figures, one fixed closing paragraph"),
    ("fx-th", ["th-lumnam-fx-1", "th-lumnam-fx-2"], "daily exchange-rate page: one frame, new figures, one fixed disclaimer"),
    ("lottery-vi", ["vi-mientrung-xoso-1", "vi-mientrung-xoso-2"], "daily lottery results: one frame, new numbers, one fixed disclaimer"),
    ("one-author-bio", ["en-valley-library", "en-valley-pool"], "two stories by one author with the same long bio box and the site's chrome"),
    ("correction", ["en-lakeport-bridge", "en-lakeport-correction"], "a correction notice that quotes the corrected article's first paragraph whole"),
    ("press-release-lede", ["fr-vigilant-usine", "fr-ouestmatin-usine"], "one press release's first paragraph, then each paper's own reporting"),
]


def main() -> None:
    for old in HERE.glob("*.html"):
        old.unlink()
    for doc, d in DOCS.items():
        (HERE / f"{doc}.html").write_text(d["html"], encoding="utf-8")
    blocks = KIT.shared_blocks()
    gold = {
        "documents": sorted(DOCS),
        "duplicate_groups": [{"group": g, "docs": d, "note": n} for g, d, n in GROUPS],
        "hard_negatives": [{"set": s, "docs": d, "why": w} for s, d, w in HARD],
        "translation_decision": {"docs": ["en-coastline-quake", "es-altiplano-sismo"], "duplicate": False,
                                 "why": HARD[0][2]},
        "blocks": blocks,
    }
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(DOCS)} pages, {len(blocks)} gold blocks")


if __name__ == "__main__":
    main()
