"""Writes the heldout6 pages and gold.json (see README.md): every page is built
from named blocks, so the block gold is what the construction shares.

Run:  python3 benchmarks/data/dedup/heldout6/build.py   (needs OpenCC, a dependency of newsline)
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

import opencc

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from pagekit import Pages, own, paras

SITES = {
    "ridgeline": {
        "lang": "en", "name": "Ridgeline Courier", "host": "ridgelinecourier.example",
        "cookie": "Ridgeline Courier and its advertising partners use cookies to remember your choices, count visits and show ads that keep our journalism free to read. Select Accept all or Manage options.",
        "nav": ["News", "Transport", "Council", "Sport", "What's on"],
        "newsletter": "Get the Courier Morning Edition: the valley's top stories, traffic and weather in one email before 7 a.m. every weekday.",
        "rail": ["Bypass roadworks enter final phase", "New skate park opens in Elm Green"],
        "footer": "Ridgeline Courier, 41 Station Parade, Ashby Vale. Part of Valley Print Group. Corrections and complaints: standards@ridgelinecourier.example",
    },
    "northgate": {
        "lang": "en", "name": "Northgate Evening Star", "host": "northgatestar.example",
        "cookie": None, "nav": ["Home", "Football", "Rugby", "Cricket", "Results"],
        "newsletter": "Never miss a goal: sign up for Star Sport alerts and get full-time scores from every local club sent to your phone.",
        "rail": ["Transfer window: who is coming and going", "Youth cup final tickets on sale"],
        "footer": "Northgate Evening Star, Quayside House, Northgate. All content copyright Northern Titles Ltd. Sports desk: sport@northgatestar.example",
    },
    "valledia": {
        "lang": "es", "name": "El Valle al Día", "host": "elvalledia.example",
        "cookie": "Utilizamos cookies propias y de terceros para elaborar estadísticas de uso y mostrarle publicidad relacionada con sus preferencias. Si continúa navegando, consideramos que acepta su uso.",
        "nav": ["Comarca", "Agua", "Campo", "Sucesos", "Fiestas"],
        "newsletter": "Apúntese al boletín semanal de El Valle al Día y reciba cada lunes las noticias de la comarca en su correo.",
        "rail": ["Reabre el puente de la carretera vieja", "La cosecha de almendra, la peor en diez años"],
        "footer": "El Valle al Día, Avenida de la Constitución 9, Almedina del Valle. Edita Comunicación Comarcal S.L. Reservados todos los derechos.",
    },
    "infoandes": {
        "lang": "es", "name": "InfoRegión Express", "host": "inforegionexpress.example",
        "cookie": None, "nav": ["Última hora", "Regiones", "Medio ambiente", "Vídeos"],
        "newsletter": None, "rail": ["Estos son los pueblos más bonitos del interior", "Alerta amarilla por calor"],
        "footer": "InfoRegión Express recoge información de medios locales y agencias. Los contenidos firmados pertenecen a sus autores.",
    },
    "gazettelac": {
        "lang": "fr", "name": "La Gazette du Lac", "host": "gazettedulac.example",
        "cookie": "Nous utilisons des cookies pour assurer le bon fonctionnement du site, mesurer notre audience et, avec votre accord, afficher des publicités personnalisées.",
        "nav": ["Actualités", "Culture", "Patrimoine", "Sports", "Agenda"],
        "newsletter": "Inscrivez-vous à la lettre de La Gazette du Lac : chaque vendredi, les sorties, expositions et spectacles du week-end.",
        "rail": ["Le festival de jazz dévoile sa programmation", "Fermeture de la plage municipale"],
        "footer": "La Gazette du Lac, 7 quai des Pêcheurs, Annemont. Tous droits de reproduction réservés. Contact rédaction : redaction@gazettedulac.example",
    },
    "buzzinfo": {
        "lang": "fr", "name": "BuzzInfo France", "host": "buzzinfofrance.example",
        "cookie": None, "nav": ["Tendances", "Insolite", "People", "Société"],
        "newsletter": "Ne ratez plus aucune info ! Activez les notifications BuzzInfo.",
        "rail": ["10 astuces pour économiser sur vos courses", "Ce village français fait le buzz"],
        "footer": "BuzzInfo France - l'actu qui fait parler. Site édité par Digital Buzz SAS. Mentions légales.",
    },
    "nordavia": {
        "lang": "fr", "name": "Nordavia - Salle de presse", "host": "presse.nordavia.example",
        "cookie": None, "nav": ["Communiqués", "Médiathèque", "Contacts presse", "Le groupe"],
        "newsletter": None, "rail": [],
        "footer": "Nordavia SA, 120 avenue de l'Europe, Villeneuve-sur-Orge. Contact presse : presse@nordavia.example",
    },
    "khaoderm": {
        "lang": "th", "name": "ข่าวเด่นภาคเหนือ", "host": "khaodennuea.example",
        "cookie": "เราใช้คุกกี้เพื่อให้เว็บไซต์ทำงานได้อย่างถูกต้องและเพื่อวิเคราะห์การใช้งาน ท่านสามารถตั้งค่าคุกกี้ได้ทุกเมื่อ",
        "nav": ["หน้าหลัก", "ข่าวภูมิภาค", "สิ่งแวดล้อม", "ท่องเที่ยว"],
        "newsletter": "กดติดตามข่าวเด่นภาคเหนือทางเฟซบุ๊กและไลน์ เพื่อไม่พลาดข่าวสำคัญในพื้นที่",
        "rail": ["เชียงใหม่เปิดถนนคนเดินเพิ่ม", "ฝุ่นควันเริ่มลดลงหลังฝนตก"],
        "footer": "ข่าวเด่นภาคเหนือ เลขที่ 88 ถนนห้วยแก้ว อำเภอเมือง จังหวัดเชียงใหม่ สงวนลิขสิทธิ์",
    },
    "siamfeed": {
        "lang": "th", "name": "สยามฟีด", "host": "siamfeed.example",
        "cookie": None, "nav": ["ล่าสุด", "ไวรัล", "ข่าวทั่วไป"],
        "newsletter": None, "rail": ["ดวงรายสัปดาห์", "เมนูลดน้ำหนักง่ายๆ"],
        "footer": "สยามฟีด รวบรวมข่าวจากหลายแหล่ง ลิขสิทธิ์เป็นของเจ้าของข่าว",
    },
    "songhong": {
        "lang": "vi", "name": "Báo Sông Hồng", "host": "baosonghong.example",
        "cookie": "Chúng tôi sử dụng cookie để cải thiện trải nghiệm đọc báo và phân tích lưu lượng truy cập. Tiếp tục sử dụng trang nghĩa là bạn đồng ý.",
        "nav": ["Thời sự", "Giao thông", "Kinh tế", "Đời sống", "Thể thao"],
        "newsletter": "Nhận bản tin sáng của Báo Sông Hồng qua email, miễn phí mỗi ngày.",
        "rail": ["Hà Nội thí điểm làn xe buýt nhanh", "Giá xăng giảm nhẹ từ chiều nay"],
        "footer": "Báo Sông Hồng, giấy phép số 245/GP-BTTTT. Tòa soạn: 16 phố Tràng Thi, Hà Nội. Không sao chép khi chưa được sự đồng ý.",
    },
    "tinviet": {
        "lang": "vi", "name": "Tin Việt 24h", "host": "tinviet24h.example",
        "cookie": None, "nav": ["Tin mới", "Xã hội", "Giải trí"],
        "newsletter": None, "rail": ["Mẹo tiết kiệm điện mùa hè", "Lịch nghỉ lễ sắp tới"],
        "footer": "Tin Việt 24h tổng hợp tin tức từ nhiều nguồn. Bản quyền thuộc về các báo gốc.",
    },
    "huadong": {
        "lang": "zh", "name": "华东晨报", "host": "huadongchenbao.example",
        "cookie": None, "nav": ["首页", "城事", "交通", "经济", "评论"],
        "newsletter": "关注华东晨报微信公众号，每天早上七点推送本地要闻和出行提示。",
        "rail": ["老城区改造方案公示", "周末气温回升至二十度"],
        "footer": "华东晨报版权所有，未经书面许可不得转载、摘编。新闻热线：0571-88886666",
    },
    "taiwannews": {
        "lang": "zh", "name": "寶島新聞網", "host": "baodaoxinwen.example",
        "cookie": None, "nav": ["即時", "兩岸", "國際", "財經", "生活"],
        "newsletter": "訂閱寶島新聞網電子報，每日掌握兩岸重要新聞。",
        "rail": ["高鐵春節加開班次", "颱風假如何判定"],
        "footer": "寶島新聞網版權所有，轉載請註明出處。客服信箱：service@baodaoxinwen.example",
    },
    "weserblatt": {
        "lang": "de", "name": "Weser-Blatt", "host": "weserblatt.example",
        "cookie": "Wir und unsere Partner speichern Informationen auf Ihrem Gerät, um Inhalte und Anzeigen zu personalisieren und die Nutzung unseres Angebots zu analysieren.",
        "nav": ["Lokales", "Verkehr", "Wirtschaft", "Kultur", "Sport"],
        "newsletter": "Der Weser-Blatt-Frühstücksbrief: die wichtigsten Nachrichten aus der Region, werktags um sechs Uhr in Ihrem Postfach.",
        "rail": ["Neue Fahrradbrücke über die Weser", "Marktplatz wird umgestaltet"],
        "footer": "Weser-Blatt, Am Schlachte 17, Hameln-Nord. Alle Rechte vorbehalten. Leserservice: service@weserblatt.example",
    },
    "nachrichtenecho": {
        "lang": "de", "name": "Nachrichten-Echo", "host": "nachrichtenecho.example",
        "cookie": None, "nav": ["Aktuell", "Deutschland", "Panorama"],
        "newsletter": None, "rail": ["So sparen Sie beim Heizen", "Die schönsten Ausflugsziele im Herbst"],
        "footer": "Nachrichten-Echo fasst Meldungen aus regionalen Medien zusammen. Die Rechte liegen bei den jeweiligen Verlagen.",
    },
    "diariominho": {
        "lang": "pt", "name": "Diário do Minho Litoral", "host": "diariominholitoral.example",
        "cookie": "Este site usa cookies para garantir o seu funcionamento, medir audiências e apresentar publicidade. Pode aceitar ou configurar as suas preferências.",
        "nav": ["Região", "Saúde", "Economia", "Desporto", "Opinião"],
        "newsletter": "Receba a newsletter do Diário do Minho Litoral com as notícias da região todas as manhãs.",
        "rail": ["Feira medieval regressa em julho", "Nova ciclovia liga as duas margens"],
        "footer": "Diário do Minho Litoral, Rua da Praia 22, Vila do Conde Norte. Registo ERC n.º 654321. Todos os direitos reservados.",
    },
    "kotahujan": {
        "lang": "id", "name": "Kabar Kota Hujan", "host": "kabarkotahujan.example",
        "cookie": "Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda dan menganalisis lalu lintas. Dengan melanjutkan, Anda menyetujui kebijakan privasi kami.",
        "nav": ["Beranda", "Kota", "Cuaca", "Lalu Lintas", "Kuliner"],
        "newsletter": "Dapatkan kabar terbaru seputar Kota Hujan langsung di ponsel Anda melalui kanal WhatsApp kami.",
        "rail": ["Jalur puncak padat saat libur panjang", "Pasar tradisional direnovasi"],
        "footer": "Kabar Kota Hujan, Jalan Pajajaran 55, Bogor Raya. Hak cipta dilindungi undang-undang.",
    },
}

KIT = Pages(SITES)
DOCS, GOLD_BLOCKS, page = KIT.docs, KIT.gold_blocks, KIT.page

# --- en: one page scraped twice: other ads each time, and once the cookie banner's text inside the body ---
TRAM = [
    "Ashby Vale's long-delayed tram extension will finally carry passengers from the railway station to the hospital campus from 14 March, the transport authority confirmed on Thursday after safety inspectors signed off the last section of track.",
    "The 3.2-mile line, which cost 86 million pounds and runs through six new stops, opens almost two years behind schedule. Contractors blamed the delay on old gas mains found under Mill Lane that had not been shown on any of the council's maps.",
    "Trams will run every eight minutes during the day and every fifteen minutes after 8 p.m. The authority expects about 9,000 journeys a day in the first year, most of them by hospital staff, patients and visitors who now rely on a congested bus route.",
    "Shopkeepers on Mill Lane, where the road was closed for eleven months, said they were relieved but still waiting for compensation. \"We lost a third of our trade,\" said Harriet Boyce, who runs a bakery opposite the new Mill Lane stop.",
]
ADS_A = ["Advertisement", "Sponsored: Thinking of selling? Get a free online valuation of your home in under two minutes.",
         "Advertisement", "Sponsored: This simple trick cuts energy bills for homeowners across the valley."]
ADS_B = ["Advertisement", "Sponsored: Book a winter sun break with flights from Ashby Vale from only 89 pounds.",
         "Advertisement", "Sponsored: Local dentists offer free check-ups for new patients this month."]
COOKIE = SITES["ridgeline"]["cookie"]


def with_ads(story, ads):
    out = []
    for (key, text), ad in zip(story, ads):
        out += [(key, text), (None, ad)]
    return out


page("en-ridgeline-tram", "ridgeline", "Tram extension to hospital will open on 14 March after two-year delay", "By Owen Prichard, transport reporter",
     with_ads(paras("tram", TRAM), ADS_A), "2026-02-19T08:10:00+00:00")
page("en-ridgeline-tram-rescrape", "ridgeline", "Tram extension to hospital will open on 14 March after two-year delay", "By Owen Prichard, transport reporter",
     [("C:ridgeline:cookie", COOKIE)] + with_ads(paras("tram", TRAM), ADS_B), "2026-02-19T08:10:00+00:00")

# --- en hard negative: an article and the correction notice about it ---
POOL = [
    "The Elm Green leisure centre will close its 50-year-old swimming pool for fourteen months from September while the council replaces the roof, the plant room and the changing rooms, the council's cabinet decided on Tuesday.",
    "The 7.4 million pound refurbishment is the first major work on the building since it opened in 1976. Swimming clubs and school lessons will move to the pool at Ashby Vale College, which has agreed to open two extra evenings a week.",
    "Cabinet member Rosa Delgado said the council had looked at building a new pool instead but that it would have cost more than twice as much and left the town without a pool for at least three years.",
    "Members of the Elm Green Otters swimming club said they supported the work but worried that the college pool, which is only 20 metres long, could not be used for competitions.",
]
page("en-ridgeline-pool", "ridgeline", "Elm Green pool to close for fourteen months for 7.4m refurbishment", "By Lucy Amari",
     paras("pool", POOL), "2026-03-04T12:00:00+00:00")
page("en-ridgeline-pool-correction", "ridgeline", "Correction: Elm Green pool refurbishment", None, own([
    "An article published on 4 March, \"Elm Green pool to close for fourteen months for 7.4m refurbishment\", said the swimming pool at Ashby Vale College is 20 metres long. It is 25 metres long. The article also said the leisure centre opened in 1976; it opened in 1974.",
    "The college has confirmed that its pool can host club competitions during the closure. The article has been updated. We apologise for the errors.",
]), "2026-03-06T09:30:00+00:00")

# --- en hard negative: two reports of one fixture a week apart (league, then cup), same clubs and ground ---
page("en-northgate-derby-league", "northgate", "Northgate Town 2-1 Fenwick Rovers: late Osei header settles the derby", "By Callum Reid", own([
    "Northgate Town beat Fenwick Rovers 2-1 at Quayside Park on Saturday, with Kwame Osei heading in the winner four minutes from time in front of a crowd of 6,812, the biggest of the season.",
    "Fenwick had led through Jack Halloran's low shot after 23 minutes, but Town levelled early in the second half when Danny Moss turned in Liam Firth's cross at the far post.",
    "The win lifts Northgate to fourth in the table, two points behind the play-off places, while Fenwick drop to eleventh after a third defeat in four league games.",
    "Town manager Steve Cullen said his side had been \"second best for half an hour\" but praised their response. The two clubs meet again at Quayside Park next Saturday in the county cup quarter-final.",
]), "2026-01-17T17:05:00+00:00")
page("en-northgate-derby-cup", "northgate", "Northgate Town 0-3 Fenwick Rovers: Halloran hat-trick knocks Town out of the cup", "By Callum Reid", own([
    "Fenwick Rovers knocked Northgate Town out of the county cup at Quayside Park on Saturday, winning the quarter-final 3-0 a week after losing the league derby on the same ground.",
    "Jack Halloran scored all three goals, the first a penalty after 12 minutes when Town goalkeeper Ben Ashworth brought down Ryan Tait, the other two from close range either side of half-time.",
    "Northgate, who rested five of the players who started the league game, rarely threatened. Kwame Osei, the hero of last week's win, came on for the last half hour but had only one shot on target.",
    "Fenwick will play Blackmoor United or Hexley Athletic in the semi-final in March. The crowd of 4,230 was well down on the previous Saturday's.",
]), "2026-01-24T17:10:00+00:00")

# --- es: the story republished with a new headline and a new lede, the body unchanged ---
EMBALSE = [
    "Los técnicos de la confederación hidrográfica calculan que, al ritmo actual de consumo, el agua embalsada bastará para abastecer a los 48.000 vecinos de la comarca hasta finales de octubre, pero no para regar los cultivos de verano.",
    "La junta de regantes se reunirá el martes para decidir cómo repartir los 6,5 hectómetros cúbicos que quedan disponibles para riego. Los agricultores de frutales reclaman prioridad porque sus árboles no sobrevivirían a un año sin agua.",
    "El alcalde de Almedina del Valle, Eusebio Carrasco, ha pedido a la Junta que declare la comarca zona afectada por la sequía, lo que permitiría aplazar el pago de impuestos y acceder a ayudas para transportar agua en camiones cisterna.",
    "Es la segunda vez en cinco años que el embalse baja del 20 por ciento en primavera. En 2021 las restricciones duraron siete meses y obligaron a cortar el suministro nocturno en tres pedanías.",
]
page("es-valledia-embalse", "valledia", "El embalse de La Toba cae al 18 por ciento, su nivel más bajo de abril en treinta años", "Marisa Quintero",
     [(None, "El embalse de La Toba, que abastece a toda la comarca, se encuentra al 18 por ciento de su capacidad, el nivel más bajo registrado en un mes de abril desde que hay datos, según el último informe semanal de la confederación hidrográfica.")]
     + paras("embalse", EMBALSE), "2026-04-13T08:00:00+02:00")
page("es-infoandes-embalse", "infoandes", "Sequía extrema: los regantes de Almedina se quedan sin agua para el verano", "InfoRegión / Marisa Quintero",
     [(None, "Los regantes de Almedina del Valle se preparan para un verano sin riego: el pantano de La Toba apenas guarda el 18 por ciento del agua que puede almacenar y las reservas se destinarán antes al consumo humano.")]
     + paras("embalse", EMBALSE), "2026-04-14T10:20:00+02:00")

# --- fr: a content farm's copy with every paragraph lightly paraphrased (names, figures, order kept) ---
MUSEE = [
    "Le musée de l'Horlogerie d'Annemont rouvrira ses portes le 2 mai après dix-huit mois de travaux, a annoncé mardi la maire, Claire Berthelot. Le chantier, d'un montant de 4,3 millions d'euros, a permis de rénover entièrement la toiture et de rendre le bâtiment accessible aux personnes à mobilité réduite.",
    "Les collections, qui comptent près de 2 600 pièces, seront présentées dans un nouveau parcours chronologique. La pièce maîtresse reste l'horloge astronomique construite en 1788 par l'horloger Joseph Vuillermoz, restaurée pendant la fermeture par un atelier de Besançon.",
    "Le musée proposera aussi un atelier où les visiteurs pourront observer des horlogers au travail deux après-midi par semaine. L'entrée sera gratuite pour les moins de dix-huit ans et le premier dimanche de chaque mois.",
    "La municipalité espère attirer 40 000 visiteurs par an, contre 25 000 avant la fermeture. « Ce musée raconte l'histoire de la vallée et de ses familles d'artisans », a souligné Claire Berthelot.",
]
MUSEE_FARM = [
    "Le musée de l'Horlogerie d'Annemont va rouvrir le 2 mai après dix-huit mois de chantier, a fait savoir mardi la maire, Claire Berthelot. Les travaux, d'un coût de 4,3 millions d'euros, ont permis de refaire complètement la toiture et de rendre le bâtiment accessible aux personnes handicapées.",
    "Les collections, qui rassemblent près de 2 600 objets, seront exposées selon un nouveau parcours chronologique. La pièce phare reste l'horloge astronomique fabriquée en 1788 par l'horloger Joseph Vuillermoz, restaurée durant la fermeture par un atelier de Besançon.",
    "Le musée offrira également un atelier où le public pourra regarder des horlogers travailler deux après-midi par semaine. L'entrée sera gratuite pour les moins de dix-huit ans ainsi que le premier dimanche du mois.",
    "La ville espère accueillir 40 000 visiteurs chaque année, contre 25 000 avant la fermeture. « Ce musée raconte l'histoire de la vallée et de ses familles d'artisans », a insisté Claire Berthelot.",
]
page("fr-gazettelac-musee", "gazettelac", "Le musée de l'Horlogerie rouvre le 2 mai après dix-huit mois de travaux", "Par Hélène Garnier",
     paras("musee", MUSEE), "2026-04-21T18:30:00+02:00")
page("fr-buzzinfo-musee", "buzzinfo", "INCROYABLE : ce musée rouvre enfin après 18 mois, et l'entrée sera gratuite pour certains !", "La rédaction",
     own(MUSEE_FARM), "2026-04-22T07:05:00+02:00")

# --- fr hard negative: one company's press-release template for two products ---
ABOUT = ("À propos de Nordavia : fondée en 1987, Nordavia conçoit et fabrique des équipements de chauffage et de ventilation "
         "pour l'habitat. Le groupe emploie 1 450 personnes sur trois sites de production en France et réalise 38 % de son "
         "chiffre d'affaires à l'export.")


def release(doc, product, kind, feature, price, date, quote):
    page(doc, "nordavia", f"Nordavia lance {product}, {kind}", "Communiqué de presse", [
        (None, f"Villeneuve-sur-Orge, le {date[8:10].lstrip('0')} {'mars' if date[5:7] == '03' else 'septembre'} 2026 – Nordavia annonce aujourd'hui le lancement de {product}, {kind}. {feature}"),
        (None, f"{product} sera disponible à partir du mois prochain chez les installateurs partenaires du réseau Nordavia Pro au prix public conseillé de {price} euros TTC, pose non comprise. Il bénéficie d'une garantie de cinq ans pièces et main-d'œuvre."),
        (None, quote),
        ("P:nordavia-about", ABOUT),
    ], date)


release("fr-nordavia-release-aeris", "Aeris 300", "une pompe à chaleur air-eau pour les maisons de 80 à 180 m²",
        "Conçue pour remplacer les chaudières au fioul sans changer les radiateurs, elle produit une eau à 65 °C même par −15 °C et affiche un coefficient de performance saisonnier de 4,6.",
        "9 800", "2026-03-10T09:00:00+01:00",
        "« Avec Aeris 300, nous voulons rendre la pompe à chaleur accessible aux maisons anciennes, qui sont les plus difficiles à rénover », déclare Sophie Lemarchand, directrice générale de Nordavia.")
release("fr-nordavia-release-ventis", "Ventis Duo", "une ventilation double flux pour les appartements",
        "Compacte, elle se loge dans un placard de 60 cm de profondeur, récupère jusqu'à 92 % de la chaleur de l'air extrait et se pilote depuis une application mobile.",
        "3 250", "2026-09-15T09:00:00+02:00",
        "« Avec Ventis Duo, nous voulons apporter un air sain aux logements collectifs, où la ventilation est souvent le parent pauvre de la rénovation », déclare Sophie Lemarchand, directrice générale de Nordavia.")

# --- th: the original written without a single space, the copy with spaces at phrase breaks ---
DAM_TH = [
    "กรมชลประทานเปิดเผยว่า ปริมาณน้ำในเขื่อนแม่งัดสมบูรณ์ชลขณะนี้อยู่ที่ร้อยละ 31 ของความจุ ต่ำที่สุดในรอบสิบปี จึงขอให้เกษตรกรในพื้นที่ชลประทานงดปลูกข้าวนาปรังรอบสอง",
    "นายประเสริฐ คำแสน ผู้อำนวยการโครงการชลประทานเชียงใหม่ กล่าวว่า น้ำที่เหลืออยู่จะสำรองไว้สำหรับการผลิตน้ำประปาและรักษาระบบนิเวศจนถึงต้นฤดูฝน",
    "ด้านเกษตรกรในอำเภอแม่แตงกังวลว่า หากงดปลูกข้าวรอบสองจะขาดรายได้หลายเดือน และเรียกร้องให้รัฐบาลจ่ายเงินชดเชยไร่ละ 1,500 บาท",
    "ทางจังหวัดเตรียมเสนอโครงการจ้างงานชั่วคราวและส่งเสริมการปลูกพืชใช้น้ำน้อย เช่น ถั่วเหลืองและข้าวโพด แทนการทำนา",
]


def no_spaces(text: str) -> str:
    return re.sub(r"\s+", "", text)


DAM_HEADLINE = "เขื่อนแม่งัดน้ำเหลือร้อยละ 31 ขอชาวนางดทำนาปรังรอบสอง"
DAM_HEADLINE_CLOSE = "เขื่อนแม่งัดน้ำเหลือร้อยละ31 ขอชาวนางดทำนาปรังรอบสอง"
page("th-khaoderm-dam", "khaoderm", DAM_HEADLINE_CLOSE, "ทีมข่าวภาคเหนือ",
     [(k, no_spaces(t)) for k, t in paras("damth", DAM_TH)], "2026-02-10T08:00:00+07:00")
page("th-siamfeed-dam", "siamfeed", DAM_HEADLINE, None,
     paras("damth", DAM_TH), "2026-02-10T12:30:00+07:00")
# one headline, respaced: one gold key (page() keys a headline by its text)
GOLD_BLOCKS["H:" + DAM_HEADLINE[:40]]["occurrences"] += GOLD_BLOCKS.pop("H:" + DAM_HEADLINE_CLOSE[:40])["occurrences"]

# --- vi: composed (NFC) and a copy decomposed (NFD) whose every non-ASCII character is a numeric reference ---
CAU = [
    "Sở Giao thông vận tải Hà Nội cho biết cầu Vĩnh Tuy giai đoạn hai sẽ thông xe toàn tuyến vào ngày 30 tháng Tư, sớm hơn kế hoạch gần hai tháng, sau khi hoàn thành thử tải các nhịp chính qua sông Hồng.",
    "Cây cầu dài 3,4 km, rộng 19,25 m với tổng vốn đầu tư hơn 2.500 tỷ đồng, được kỳ vọng giảm tải cho cầu Chương Dương và cầu Long Biên vốn thường xuyên ùn tắc vào giờ cao điểm.",
    "Theo ông Nguyễn Đức Thịnh, giám đốc ban quản lý dự án, nhà thầu đã huy động hơn 600 công nhân làm việc ba ca liên tục trong những tháng cuối để kịp tiến độ.",
    "Người dân quận Long Biên bày tỏ vui mừng vì quãng đường vào trung tâm thành phố sẽ rút ngắn khoảng hai mươi phút mỗi lượt, nhất là vào buổi sáng.",
]
page("vi-songhong-cau", "songhong", "Cầu Vĩnh Tuy giai đoạn hai thông xe sớm gần hai tháng", "Minh Đức",
     paras("cau", CAU), "2026-04-25T07:00:00+07:00")
page("vi-tinviet-cau", "tinviet", "Cầu Vĩnh Tuy giai đoạn hai thông xe sớm gần hai tháng", "Theo Báo Sông Hồng",
     paras("cau", CAU), "2026-04-25T15:40:00+07:00", transform=lambda t: unicodedata.normalize("NFD", t))
DOCS["vi-tinviet-cau"]["html"] = re.sub(r"[^\x00-\x7f]", lambda m: f"&#{ord(m.group())};", DOCS["vi-tinviet-cau"]["html"])

# --- zh: simplified with “” and a Taiwan repost: traditional characters (OpenCC s2tw) and 「」『』 quotes ---
S2TW = opencc.OpenCC("s2tw")
TAIWAN_QUOTES = str.maketrans({"“": "「", "”": "」", "‘": "『", "’": "』"})
METRO_ZH = [
    "市地铁集团昨天宣布，地铁七号线二期工程将于六月二十八日开通试运营，新增车站十一座，线路全长二十一点六公里，沿线居民进城时间将缩短一半左右。",
    "地铁集团副总经理周文斌介绍说：“二期工程穿越三条河流和一段老城区，施工难度是全线最大的。”他表示，开通初期高峰时段行车间隔为四分钟，平峰时段为七分钟。",
    "不少市民在网上留言称，盼望多年的‘家门口地铁’终于要来了；也有网友担心，新线开通后换乘站的客流压力会进一步加大。",
    "对此，地铁集团表示，将在换乘站增设导向标识和临时通道，并安排志愿者在早晚高峰引导乘客有序换乘。",
]
page("zh-huadong-metro", "huadong", "地铁七号线二期六月底开通 新增车站十一座", "记者 吴佳怡",
     paras("metrozh", METRO_ZH), "2026-06-02T08:30:00+08:00")
page("zh-taiwannews-metro", "taiwannews", "地铁七号线二期六月底开通 新增车站十一座", None,
     paras("metrozh", METRO_ZH), "2026-06-02T14:00:00+08:00", transform=lambda t: S2TW.convert(t).translate(TAIWAN_QUOTES))

# --- de: a copy with the whole text twice (a scraper bug) ---
BAHN = [
    "Die Regionalbahn zwischen Hameln und Bodenwerder soll nach mehr als vierzig Jahren wieder Fahrgäste befördern. Das Land Niedersachsen hat am Mittwoch zugesagt, 62 Millionen Euro für die Sanierung der 23 Kilometer langen Strecke bereitzustellen.",
    "Auf der Strecke fahren seit 1983 nur noch gelegentlich Güterzüge. Für den Personenverkehr müssen sieben Bahnhöfe neu gebaut, zwei Brücken ersetzt und alle Bahnübergänge mit Schranken ausgestattet werden.",
    "Landrätin Ingrid Voßkamp sprach von einem guten Tag für die Region. Sie rechnet mit rund 2.400 Fahrgästen am Tag, vor allem Pendlern und Schülern, die heute auf überfüllte Busse angewiesen sind.",
    "Wenn die Planungen ohne Einsprüche durchlaufen, könnten die ersten Züge im Dezember 2030 rollen. Der Fahrgastverband Pro Bahn begrüßte die Entscheidung, fordert aber einen Stundentakt auch am Wochenende.",
]
page("de-weserblatt-bahn", "weserblatt", "Land gibt 62 Millionen: Regionalbahn nach Bodenwerder kommt zurück", "Von Jens Hollmann",
     paras("bahn", BAHN), "2026-05-06T17:00:00+02:00")
page("de-nachrichtenecho-bahn", "nachrichtenecho", "Land gibt 62 Millionen: Regionalbahn nach Bodenwerder kommt zurück", "Quelle: Weser-Blatt",
     paras("bahn", BAHN) + paras("bahn", BAHN), "2026-05-06T19:45:00+02:00")

# --- pt: the full article and the same page cut at the paywall, mid-paragraph ---
HOSPITAL = [
    "O novo hospital de Vila do Conde Norte vai abrir a urgência pediátrica a 1 de junho, anunciou ontem a administração da unidade local de saúde, que contratou 14 pediatras e 32 enfermeiros para assegurar o serviço 24 horas por dia.",
    "Até agora, as crianças da região tinham de ser levadas ao hospital distrital, a 38 quilómetros, o que obrigava muitas famílias a viagens de quase uma hora à noite e aos fins de semana, quando os centros de saúde estão fechados.",
    "A presidente do conselho de administração, Teresa Magalhães, explicou que a urgência terá oito boxes de observação, uma sala de reanimação e quatro camas de internamento de curta duração, e que os casos mais graves continuarão a ser transferidos para o Porto.",
    "A abertura estava prevista para o início do ano, mas foi adiada por falta de médicos. A Ordem dos Médicos alertou na altura que o concurso oferecia salários abaixo dos praticados nos hospitais privados da região.",
    "Os autarcas dos três concelhos servidos pelo hospital congratularam-se com a notícia e pediram que a próxima prioridade seja a abertura de uma consulta de saúde mental para adolescentes.",
]
page("pt-diariominho-urgencia", "diariominho", "Urgência pediátrica do novo hospital abre a 1 de junho", "Ana Rita Veloso",
     paras("hosp", HOSPITAL), "2026-05-12T07:00:00+01:00")
page("pt-diariominho-urgencia-paywall", "diariominho", "Urgência pediátrica do novo hospital abre a 1 de junho", "Ana Rita Veloso",
     paras("hosp", HOSPITAL[:2]) + own([
         "A presidente do conselho de administração, Teresa Magalhães, explicou que a urgência terá oito boxes de observação…",
         "Este artigo é exclusivo para assinantes. Assine o Diário do Minho Litoral por 1 euro no primeiro mês e continue a ler. Já é assinante? Inicie sessão.",
     ]), "2026-05-12T07:00:00+01:00")

# --- id hard negative: two days' weather reports of one city from one template ---
WEATHER_CLOSE = ("Informasi prakiraan cuaca ini bersumber dari Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) dan dapat "
                 "berubah sewaktu-waktu. Masyarakat diimbau memantau pembaruan informasi sebelum bepergian.")


def weather(doc, day, date, morning, afternoon, night, low, high, humid, note):
    page(doc, "kotahujan", f"Prakiraan Cuaca Bogor Raya Hari Ini, {day}", "Tim Kabar Kota Hujan", [
        (None, f"Cuaca di wilayah Bogor Raya pada hari {day} diperkirakan {morning} pada pagi hari, {afternoon} pada siang hingga sore hari, dan {night} pada malam hari."),
        (None, f"Suhu udara berkisar antara {low} hingga {high} derajat Celsius dengan kelembapan udara {humid} persen. {note}"),
        ("P:weather-close", WEATHER_CLOSE),
    ], date)


weather("id-kotahujan-cuaca-senin", "Senin, 9 Februari 2026", "2026-02-09T05:30:00+07:00", "berawan", "hujan sedang disertai petir",
        "hujan ringan", 21, 29, "70 hingga 95",
        "Warga di kawasan Puncak dan Cisarua diminta mewaspadai potensi longsor akibat hujan lebat yang turun sejak akhir pekan.")
weather("id-kotahujan-cuaca-selasa", "Selasa, 10 Februari 2026", "2026-02-10T05:30:00+07:00", "cerah berawan", "berawan tebal",
        "hujan ringan di sebagian wilayah", 22, 31, "65 hingga 90",
        "Angin bertiup dari arah barat daya dengan kecepatan 10 hingga 25 kilometer per jam, sehingga pengendara motor diminta berhati-hati di jalan tol.")

GROUPS = [
    ("en-rescrape-ads-cookie", ["en-ridgeline-tram", "en-ridgeline-tram-rescrape"],
     "one page scraped twice: other sponsored lines between the paragraphs each time, and once the cookie banner's text inside the article body"),
    ("es-new-headline-lede", ["es-valledia-embalse", "es-infoandes-embalse"],
     "republished by another site with a new headline and a new first paragraph; the other four paragraphs word for word"),
    ("fr-light-paraphrase", ["fr-gazettelac-musee", "fr-buzzinfo-musee"],
     "a content farm's copy with every paragraph lightly paraphrased (a few words each: rouvrira -> va rouvrir, pièces -> objets), names, figures, order and the quote kept; clickbait headline"),
    ("th-spaces-added", ["th-khaoderm-dam", "th-siamfeed-dam"],
     "the original written without a single space; the copy with the usual spaces at phrase breaks (headline too)"),
    ("vi-nfd-numeric-references", ["vi-songhong-cau", "vi-tinviet-cau"],
     "the copy decomposed (NFD) and every non-ASCII character written as a numeric character reference (&#7855;, &#769;)"),
    ("zh-taiwan-script-punctuation", ["zh-huadong-metro", "zh-taiwannews-metro"],
     "simplified with “” ‘’ and a Taiwan repost in traditional characters (OpenCC s2tw) with 「」 『』 quotes"),
    ("de-text-twice", ["de-weserblatt-bahn", "de-nachrichtenecho-bahn"],
     "a scraper bug: the copy holds the whole article text twice in a row"),
    ("pt-paywall-cut", ["pt-diariominho-urgencia", "pt-diariominho-urgencia-paywall"],
     "the same page seen without a subscription: two of five paragraphs, the third cut mid-sentence with an ellipsis, then the paywall notice"),
]
HARD = [
    ("weather-two-days", ["id-kotahujan-cuaca-senin", "id-kotahujan-cuaca-selasa"],
     "one city's weather report two days running from one template: same frame sentences, other conditions and figures, a fixed closing paragraph (a gold block)"),
    ("match-reports-week-apart", ["en-northgate-derby-league", "en-northgate-derby-cup"],
     "two reports of the same two clubs at the same ground a week apart (league, then cup): same names, other result and scorers"),
    ("correction-notice", ["en-ridgeline-pool", "en-ridgeline-pool-correction"],
     "an article and the later correction notice that names it by headline and fixes two facts: a different text"),
    ("press-release-template", ["fr-nordavia-release-aeris", "fr-nordavia-release-ventis"],
     "one company's launch template for two products: same frame, price and warranty sentence shapes, CEO quote frame and About paragraph (a gold block)"),
]


def main() -> None:
    gold = KIT.write(HERE, GROUPS, HARD)
    blocks = gold.pop("blocks")
    gold["paraphrase_decision"] = {
        "docs": GROUPS[2][1], "duplicate": True,
        "why": "every paragraph says the same thing about the same people, figures and dates in the same order with a few "
               "words swapped: a reader calls it a copy, as heldout2's spun repost and heldout4's paraphrase"}
    gold["paywall_decision"] = {
        "docs": GROUPS[7][1], "duplicate": True,
        "why": "the same page, same headline and byline, read up to the paywall: the visible part is the article's start word "
               "for word (unlike heldout1's brief, another article made of a lede and one line)"}
    gold["correction_decision"] = {
        "docs": HARD[2][1], "duplicate": False,
        "why": "a correction notice is its own short text about the article; it copies none of it (heldout4's republished "
               "corrected article, a duplicate, is the article itself)"}
    gold["blocks"] = blocks
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(DOCS)} pages, {len(blocks)} gold blocks")


if __name__ == "__main__":
    main()
