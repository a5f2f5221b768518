"""Writes the heldout7 pages and gold.json (see README.md): every page is built
from named blocks, so the block gold is what the construction shares.

Run:  python3 benchmarks/data/dedup/heldout7/build.py
"""

from __future__ import annotations

import html
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from pagekit import Pages, own, paras

SITES = {
    "costaluz": {
        "lang": "es", "name": "Diario Costa de Luz", "host": "diariocostaluz.example",
        "cookie": "Este sitio utiliza cookies técnicas y analíticas, propias y de terceros, para mejorar su experiencia de navegación y mostrarle anuncios adaptados. Pulse Aceptar para consentir su uso.",
        "nav": ["Provincia", "Puertos", "Economía", "Deportes", "Opinión"],
        "newsletter": "Reciba cada mañana el resumen de Diario Costa de Luz en su correo: las noticias de la provincia antes del café.",
        "rail": ["Cortes de tráfico por la media maratón", "El mercado de abastos amplía su horario"],
        "footer": "Diario Costa de Luz, Paseo Marítimo 12, Puerto Alcázar. Editorial Litoral Sur S.A. Aviso legal y política de privacidad.",
    },
    "millbrook": {
        "lang": "en", "name": "Millbrook Observer", "host": "millbrookobserver.example",
        "cookie": "We and our partners store and access information on your device to measure audiences and personalise advertising. You can change your choices at any time in Privacy settings.",
        "nav": ["Local", "Schools", "Planning", "Sport", "Letters"],
        "newsletter": "Sign up to The Observer Briefing: Millbrook's essential stories delivered to your inbox every morning at six.",
        "rail": ["Library hours cut on Saturdays", "Two arrested after shop break-in"],
        "footer": "Millbrook Observer, 3 Corn Exchange Yard, Millbrook. Published by Shire Local Media. Editor: newsdesk@millbrookobserver.example",
    },
    "harbourlive": {
        "lang": "en", "name": "Harbour City Live", "host": "harbourcitylive.example",
        "cookie": None, "nav": ["Live", "News", "Weather", "Traffic"],
        "newsletter": "Follow Harbour City Live for breaking news alerts as they happen, day and night.",
        "rail": ["Ferry timetable changes from Monday", "Night market returns to the pier"],
        "footer": "Harbour City Live is part of Coastline Digital. Send us your news: tips@harbourcitylive.example",
    },
    "govpress": {
        "lang": "en", "name": "Eastmoor Constabulary Newsroom", "host": "news.eastmoorpolice.example",
        "cookie": None, "nav": ["Appeals", "Statements", "Court results", "Contact"],
        "newsletter": None, "rail": [],
        "footer": "Eastmoor Constabulary, Headquarters, Moorside Road. In an emergency always call 999. Media office: media@eastmoorpolice.example",
    },
    "noticiasbeira": {
        "lang": "pt", "name": "Notícias da Beira", "host": "noticiasdabeira.example",
        "cookie": "Utilizamos cookies para personalizar conteúdos e anúncios e para analisar o nosso tráfego. Ao continuar a navegar está a aceitar a sua utilização.",
        "nav": ["Região", "País", "Educação", "Desporto", "Cultura"],
        "newsletter": "Subscreva a newsletter do Notícias da Beira e receba as principais notícias da região todas as manhãs.",
        "rail": ["Feira do queijo bate recorde de visitantes", "Obras na ponte condicionam trânsito"],
        "footer": "Notícias da Beira, Rua Direita 40, Viseu. Propriedade de Beira Media Lda. Estatuto editorial.",
    },
    "portugalhoje": {
        "lang": "pt", "name": "Portugal Hoje", "host": "portugalhoje.example",
        "cookie": None, "nav": ["Política", "Sociedade", "Economia", "Mundo"],
        "newsletter": None, "rail": ["Greve dos comboios na sexta-feira", "Preço das casas volta a subir"],
        "footer": "Portugal Hoje. Todos os direitos reservados. Ficha técnica e contactos.",
    },
    "rhonematin": {
        "lang": "fr", "name": "Le Rhône Matin", "host": "rhonematin.example",
        "cookie": "Avec votre accord, nous et nos partenaires utilisons des cookies ou technologies similaires pour stocker et consulter des informations sur votre appareil.",
        "nav": ["Lyon", "Métropole", "Économie", "Sports", "Loisirs"],
        "newsletter": "Recevez chaque soir l'essentiel de l'actualité lyonnaise avec la lettre du Rhône Matin.",
        "rail": ["Les travaux du tunnel reportés à l'automne", "Un nouveau marché bio à la Croix-Rousse"],
        "footer": "Le Rhône Matin, 18 rue de la République, Lyon. Groupe Presse Alpes-Rhône. Tous droits réservés.",
    },
    "elbkurier": {
        "lang": "de", "name": "Elbkurier", "host": "elbkurier.example",
        "cookie": "Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren, Werbung anzuzeigen und die Zugriffe auf unsere Website zu analysieren.",
        "nav": ["Dresden", "Sachsen", "Wirtschaft", "Kultur", "Sport"],
        "newsletter": "Der Elbkurier am Morgen: die wichtigsten Nachrichten aus der Region täglich um sechs Uhr in Ihrem Postfach.",
        "rail": ["Brückensanierung dauert länger", "Striezelmarkt öffnet früher"],
        "footer": "Elbkurier GmbH, Ostra-Allee 5, Dresden. Impressum, Datenschutz und Kontakt zur Redaktion.",
    },
    "nachrichtenpool": {
        "lang": "de", "name": "NachrichtenPool", "host": "nachrichtenpool.example",
        "cookie": None, "nav": ["Aktuell", "Regional", "Panorama"],
        "newsletter": None, "rail": ["Die zehn schönsten Seen Deutschlands", "Wetter: Frost am Wochenende"],
        "footer": "NachrichtenPool sammelt Meldungen aus regionalen Quellen. Alle Rechte bei den jeweiligen Urhebern.",
    },
    "kabarborneo": {
        "lang": "id", "name": "Kabar Borneo", "host": "kabarborneo.example",
        "cookie": "Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda dan menampilkan iklan yang relevan. Dengan melanjutkan, Anda menyetujui penggunaan cookie.",
        "nav": ["Daerah", "Ekonomi", "Tambang", "Olahraga", "Gaya Hidup"],
        "newsletter": "Dapatkan berita pilihan Kabar Borneo setiap pagi melalui WhatsApp dan email.",
        "rail": ["Harga sawit naik tiga hari berturut-turut", "Jembatan Mahakam ditutup malam ini"],
        "footer": "Kabar Borneo, Jalan Pahlawan 21, Samarinda. Hak cipta dilindungi undang-undang.",
    },
    "asiawire": {
        "lang": "id", "name": "AsiaWire Digest", "host": "asiawiredigest.example",
        "cookie": None, "nav": ["Top", "Indonesia", "Markets", "Tech"],
        "newsletter": None, "rail": ["Rupiah menguat terhadap dolar", "Lima kota dengan UMR tertinggi"],
        "footer": "AsiaWire Digest aggregates regional news. Content belongs to the original publishers.",
    },
    "borneodaily": {
        "lang": "en", "name": "Borneo Daily English", "host": "borneodaily.example",
        "cookie": None, "nav": ["Home", "Business", "Regions", "Opinion"],
        "newsletter": "Subscribe to Borneo Daily's weekly business newsletter.",
        "rail": ["Palm oil exports rise in October", "New airport terminal opens"],
        "footer": "Borneo Daily English, Samarinda. All rights reserved.",
    },
    "mekong": {
        "lang": "vi", "name": "Báo Mê Kông", "host": "baomekong.example",
        "cookie": "Trang web sử dụng cookie để ghi nhớ lựa chọn của bạn và đo lường lượng người đọc.",
        "nav": ["Thời sự", "Nông nghiệp", "Kinh tế", "Văn hóa"],
        "newsletter": "Đăng ký nhận bản tin Báo Mê Kông mỗi sáng qua email.",
        "rail": ["Giá lúa tăng nhẹ đầu vụ", "Cần Thơ mở thêm tuyến xe buýt"],
        "footer": "Báo Mê Kông, số 8 đường Hòa Bình, Cần Thơ. Giấy phép số 112/GP-BTTTT.",
    },
    "tinnhanh": {
        "lang": "vi", "name": "Tin Nhanh Online", "host": "tinnhanhonline.example",
        "cookie": None, "nav": ["Moi nhat", "Xa hoi", "Giai tri"],
        "newsletter": None, "rail": ["Meo hay giu rau tuoi lau", "Top 5 quan an ngon"],
        "footer": "Tin Nhanh Online tong hop tin tuc tu nhieu nguon.",
    },
    "jiangnan": {
        "lang": "zh", "name": "江南晨报", "host": "jiangnanchenbao.example",
        "cookie": "本网站使用Cookie来改善您的浏览体验并统计访问量，继续浏览即表示您同意我们使用Cookie。",
        "nav": ["首页", "本地", "民生", "财经", "文旅"],
        "newsletter": "关注江南晨报微信公众号，每天早上七点推送本地要闻。",
        "rail": ["老城区改造第三批名单公布", "周末气温回升"],
        "footer": "江南晨报社 版权所有 未经授权禁止转载 新闻热线：0571-0000000",
    },
}

KIT = Pages(SITES)
DOCS, GOLD_BLOCKS, page = KIT.docs, KIT.gold_blocks, KIT.page

# --- es: one article as desktop page, AMP page and print page ---
PUERTO = [
    "La Autoridad Portuaria de Puerto Alcázar aprobó ayer la ampliación del muelle de cruceros, una obra de 46 millones de euros que permitirá atracar a dos barcos de más de 300 metros a la vez a partir del verano de 2028.",
    "El proyecto prolonga el dique actual en 420 metros y añade una terminal de pasajeros con capacidad para 5.000 personas por hora, además de un aparcamiento para autobuses turísticos junto a la antigua lonja.",
    "El presidente del puerto, Arturo Villalobos, defendió que la ampliación traerá cerca de 180.000 cruceristas más al año y dejará en la ciudad un gasto estimado de 14 millones de euros en comercios y restaurantes.",
    "Las asociaciones vecinales del barrio de La Caleta, en cambio, temen que el aumento de autobuses colapse las calles del casco antiguo y han pedido un estudio de tráfico independiente antes de que comiencen las obras.",
    "La licitación se publicará en las próximas semanas y el plazo de ejecución previsto es de veintiséis meses, según el calendario presentado en el consejo de administración.",
]
PUERTO_H = "El puerto aprueba ampliar el muelle de cruceros con una inversión de 46 millones"
for doc, variant in (("es-costaluz-cruceros", "full"), ("es-costaluz-cruceros-amp", "amp"), ("es-costaluz-cruceros-print", "print")):
    page(doc, "costaluz", PUERTO_H, "Lucía Barranco", paras("puerto", PUERTO), "2026-03-18T08:15:00+01:00", variant=variant)

# --- en: an article and the same page with its reader comments appended ---
SCHOOL = [
    "Plans to merge Millbrook's two primary schools on a single site have been approved by the county council's cabinet, despite a petition signed by more than 2,300 parents asking for both buildings to stay open.",
    "Under the proposals, pupils from St Anne's in Water Lane will move to an enlarged Brookside Primary from September 2027. The council says falling birth rates mean the two schools together now have 190 empty places.",
    "Cabinet member for education, Priya Lakhani, told the meeting that keeping two half-empty buildings would cost an extra 410,000 pounds a year in maintenance that could be spent on teaching instead.",
    "Parents' spokesperson Gareth Holm said families were disappointed but would now focus on making sure the new building had enough space for after-school clubs and a safe crossing on the main road.",
    "The St Anne's building, which dates from 1894, will be offered to community groups first before any decision is taken on selling the site.",
]
SCHOOL_H = "School merger approved despite 2,300-signature petition"
page("en-millbrook-schools", "millbrook", SCHOOL_H, "By Hannah Okoro, education reporter", paras("school", SCHOOL), "2026-05-20T16:00:00+01:00")
page("en-millbrook-schools-comments", "millbrook", SCHOOL_H, "By Hannah Okoro, education reporter", paras("school", SCHOOL), "2026-05-20T16:00:00+01:00")
COMMENTS = [
    ("MillbrookMum82", "2 hours ago", "Absolutely shameful. My two went to St Anne's and the teachers there know every child by name. Brookside is already bursting at the seams at pick-up time."),
    ("D. Fairweather", "2 hours ago", "The numbers don't lie though. 190 empty places is a lot of heating and cleaning for nobody. Better to spend it on teaching assistants."),
    ("watercress_lane", "1 hour ago", "Has anyone from the council actually tried crossing the main road at 8.45? Someone will get hurt before they put a crossing in."),
    ("Tom H", "45 minutes ago", "Will the building really go to community groups or is this the first step to flats? We've heard that promise before."),
    ("Observer reader", "20 minutes ago", "Petitions never change anything in this town, the decision was made months ago behind closed doors."),
]
comments_html = ('<section id="comments" class="comments"><h2>Comments (5)</h2><ol>'
                 + "".join(f'<li class="comment"><span class="c-author">{html.escape(a)}</span> <time>{t}</time><p>{html.escape(c)}</p>'
                           f'<a class="reply" href="#">Reply</a> <a class="report" href="#">Report</a></li>' for a, t, c in COMMENTS)
                 + '</ol><p class="c-rules">Comments are moderated. Please read our community guidelines before posting.</p></section>')
DOCS["en-millbrook-schools-comments"]["html"] = DOCS["en-millbrook-schools-comments"]["html"].replace("</article>", "</article>" + comments_html, 1)

# --- pt: an agency story; a regional paper runs it with another credit and a local paragraph on top ---
ESCOLAS = [
    "O Governo vai instalar painéis solares em 300 escolas públicas até ao final de 2027, num investimento de 62 milhões de euros financiado pelo Plano de Recuperação, anunciou esta terça-feira o Ministério da Educação.",
    "Segundo o ministério, os painéis deverão cobrir cerca de 40 por cento do consumo de eletricidade de cada escola, e a energia excedente produzida aos fins de semana e nas férias será injetada na rede pública.",
    "A ministra Helena Quaresma explicou que as escolas foram escolhidas pelo estado das coberturas e pela fatura energética, e que as obras decorrerão sobretudo durante as férias de verão para não perturbar as aulas.",
    "A Federação Nacional dos Professores saudou a medida, mas lembrou que muitas escolas continuam sem aquecimento adequado e pediu que a próxima fase do programa inclua a substituição de janelas e isolamento.",
]
page("pt-portugalhoje-paineis", "portugalhoje", "Governo instala painéis solares em 300 escolas até 2027", "Agência Ibérica de Notícias",
     paras("escolas", ESCOLAS) + own(["AIN / PH"]), "2026-10-06T12:10:00+01:00")
page("pt-noticiasbeira-paineis", "noticiasbeira", "Painéis solares chegam a 14 escolas do distrito de Viseu", "Redação, com agência",
     own(["No distrito de Viseu, a medida vai abranger 14 escolas, entre as quais a Escola Secundária Alves Martins e o agrupamento de Tondela, confirmou ao Notícias da Beira a direção regional de educação, que espera ter as primeiras obras concluídas em setembro."])
     + paras("escolas", ESCOLAS) + own(["Com Agência Ibérica de Notícias"]), "2026-10-06T15:30:00+01:00")

# --- fr: an article split over two pages, and its single-page version ---
VELO = [
    "La Métropole de Lyon a voté jeudi soir la création de trois nouvelles voies lyonnaises, ces pistes cyclables larges et séparées de la circulation, qui relieront Vénissieux, Caluire et Tassin au centre-ville d'ici 2029.",
    "Le projet, chiffré à 128 millions d'euros, prévoit 34 kilomètres d'aménagements supplémentaires. Sur certaines avenues, une file de voitures sera supprimée pour laisser la place aux vélos et à une rangée d'arbres.",
    "« Le nombre de cyclistes a doublé en cinq ans sur les axes déjà aménagés ; il faut maintenant desservir les communes de la première couronne », a plaidé la vice-présidente chargée des mobilités, Amandine Roussel.",
    "L'opposition a dénoncé un coût excessif et une concertation insuffisante avec les commerçants, qui craignent de perdre des places de livraison. Une enquête publique sera ouverte au printemps prochain.",
    "Les associations d'usagers ont salué le vote tout en réclamant des stationnements sécurisés près des gares, où les vols de vélos se multiplient depuis deux ans.",
    "Les premiers travaux débuteront sur l'axe de Vénissieux à l'été 2027, après le déplacement de plusieurs réseaux d'eau et de gaz sous la chaussée.",
]
VELO_H = "Trois nouvelles voies cyclables vers la première couronne votées par la Métropole"
page("fr-rhonematin-velo", "rhonematin", VELO_H, "Par Julien Mercier", paras("velo", VELO), "2026-11-13T07:00:00+01:00")
velo_keyed = paras("velo", VELO)
page("fr-rhonematin-velo-p1", "rhonematin", VELO_H, "Par Julien Mercier",
     velo_keyed[:3] + own(["Lire la suite page 2 »"]), "2026-11-13T07:00:00+01:00")
page("fr-rhonematin-velo-p2", "rhonematin", VELO_H + " (page 2/2)", "Par Julien Mercier",
     own(["« Page précédente"]) + velo_keyed[3:], "2026-11-13T07:00:00+01:00")

# --- de: curly German quotes, en dashes and ellipses against straight quotes, hyphens and three dots ---
THEATER = [
    "Das Staatsschauspiel Dresden sucht einen neuen Intendanten – und zwar schneller als geplant. Der bisherige Chef Matthias Kröger verlässt das Haus bereits zum Ende der Spielzeit im Juli, ein Jahr vor Ablauf seines Vertrags.",
    "„Ich gehe mit großer Dankbarkeit, aber die Entscheidung ist mir nicht leichtgefallen“, sagte Kröger am Dienstag vor dem Ensemble. Über seine Pläne wollte er sich nicht äußern; Gerüchte über einen Wechsel nach Wien kommentierte er nicht.",
    "Kulturministerin Beate Sommerfeld kündigte an, eine Findungskommission werde noch vor Weihnachten eingesetzt. Man wolle „eine Persönlichkeit, die das Haus für ein junges Publikum öffnet – ohne das Stammpublikum zu verlieren“.",
    "Unter Kröger war die Zahl der Abonnenten zuletzt gesunken … von rund 9400 auf 7100 in fünf Jahren. Gleichzeitig gewann das Haus zwei Einladungen zum Theatertreffen in Berlin.",
]
STRAIGHT = str.maketrans({"„": '"', "“": '"', "–": "-", "‚": "'", "‘": "'"})
page("de-elbkurier-intendant", "elbkurier", "Intendant Kröger verlässt das Staatsschauspiel – ein Jahr früher", "Von Katrin Löwe",
     paras("theater", THEATER), "2026-11-03T18:20:00+01:00")
page("de-nachrichtenpool-intendant", "nachrichtenpool", "Intendant Kröger verlässt das Staatsschauspiel - ein Jahr früher", "Quelle: Elbkurier",
     paras("theater", THEATER), "2026-11-03T21:05:00+01:00", transform=lambda t: t.translate(STRAIGHT).replace("…", "..."))

# --- id: every number in the other style (1.250 -> 1,250; 3,5 -> 3.5) ---
TAMBANG = [
    "Pemerintah Provinsi Kalimantan Timur mencabut 1.250 izin usaha pertambangan yang tidak aktif selama lebih dari tiga tahun, dengan total luas konsesi mencapai 412.600 hektare, kata Kepala Dinas Energi dan Sumber Daya Mineral pada Senin.",
    "Menurut data dinas, sekitar 3,5 persen dari izin yang dicabut berada di kawasan hutan lindung, sementara sisanya tersebar di 7 kabupaten. Para pemegang izin memiliki waktu 30 hari untuk mengajukan keberatan.",
    "Lahan bekas tambang yang ditinggalkan tanpa reklamasi diperkirakan mencapai 18.400 hektare, dengan biaya pemulihan sekitar Rp 2,7 triliun. Pemerintah akan menagih dana jaminan reklamasi sebesar Rp 640,5 miliar dari perusahaan terkait.",
    "Aktivis lingkungan menyambut langkah ini, namun meminta pemerintah mengumumkan nama-nama perusahaan secara terbuka. Sejak 2014, tercatat 41 anak meninggal tenggelam di lubang bekas tambang di provinsi tersebut.",
]


def english_numbers(text: str) -> str:
    """1.250 -> 1,250 and 3,5 -> 3.5: swap the thousands and decimal marks between digits."""
    return re.sub(r"(?<=\d)[.,](?=\d)", lambda m: "," if m.group() == "." else ".", text)


TAMBANG_H = "Kaltim Cabut 1.250 Izin Tambang Tidak Aktif Seluas 412.600 Hektare"
page("id-kabarborneo-tambang", "kabarborneo", TAMBANG_H, "Rini Astuti", paras("tambang", TAMBANG), "2026-09-14T10:00:00+08:00")
page("id-asiawire-tambang", "asiawire", english_numbers(TAMBANG_H), "Sumber: Kabar Borneo", paras("tambang", TAMBANG),
     "2026-09-14T13:45:00+08:00", transform=english_numbers)
# one headline, renumbered: one gold key (page() keys a headline by its first 40 characters)
GOLD_BLOCKS["H:" + TAMBANG_H[:40]]["occurrences"] += GOLD_BLOCKS.pop("H:" + english_numbers(TAMBANG_H)[:40])["occurrences"]

# --- en hard negative: a hand translation of the Indonesian article ---
page("en-borneodaily-mining", "borneodaily", "East Kalimantan revokes 1,250 dormant mining permits covering 412,600 hectares", "Borneo Daily staff", own([
    "The East Kalimantan provincial government has revoked 1,250 mining business permits that had been inactive for more than three years, covering a total concession area of 412,600 hectares, the head of the provincial energy and mineral resources office said on Monday.",
    "According to the office, about 3.5 percent of the revoked permits lie in protected forest, while the rest are spread across 7 regencies. Permit holders have 30 days to file objections.",
    "Abandoned mining land left without reclamation is estimated at 18,400 hectares, with restoration costs of about Rp 2.7 trillion. The government will claim reclamation guarantee funds of Rp 640.5 billion from the companies concerned.",
    "Environmental activists welcomed the move but asked the government to publish the companies' names. Since 2014, 41 children have drowned in abandoned mining pits in the province.",
]), "2026-09-14T18:00:00+08:00")

# --- vi: the copy with every diacritic stripped ---
LUA = [
    "Sở Nông nghiệp thành phố Cần Thơ cho biết vụ lúa đông xuân năm nay đạt năng suất bình quân 7,2 tấn mỗi héc-ta, cao nhất trong mười năm, nhờ thời tiết thuận lợi và việc chuyển sang giống lúa chịu mặn.",
    "Tổng diện tích gieo trồng toàn thành phố là 76.500 héc-ta, trong đó gần một nửa áp dụng quy trình giảm phân bón và thuốc trừ sâu theo chương trình một triệu héc-ta lúa chất lượng cao.",
    "Tuy nhiên, nhiều nông dân ở huyện Thới Lai phàn nàn giá lúa tươi tại ruộng chỉ khoảng 6.800 đồng một ký, thấp hơn cùng kỳ năm ngoái, trong khi chi phí thuê máy gặt tăng gần hai mươi phần trăm.",
    "Ông Trần Văn Hậu, phó giám đốc sở, đề nghị các doanh nghiệp xuất khẩu ký hợp đồng bao tiêu sớm để nông dân yên tâm sản xuất vụ tiếp theo.",
]


def strip_marks(text: str) -> str:
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


LUA_H = "Cần Thơ: lúa đông xuân đạt năng suất cao nhất mười năm"
page("vi-mekong-lua", "mekong", LUA_H, "Thanh Tâm", paras("lua", LUA), "2026-03-02T06:30:00+07:00")
page("vi-tinnhanh-lua", "tinnhanh", strip_marks(LUA_H), None, paras("lua", LUA), "2026-03-02T11:00:00+07:00", transform=strip_marks)
# one headline, stripped: one gold key
GOLD_BLOCKS["H:" + LUA_H[:40]]["occurrences"] += GOLD_BLOCKS.pop("H:" + strip_marks(LUA_H)[:40])["occurrences"]

# --- en: one live blog seen at 11:00 and at 15:30 (newest first; three entries added) ---
STORM = [
    ("storm-e1", "09:05 Good morning. Storm Orla is expected to bring gusts of up to 80mph to the Harbour City coast today, and the Met Office has issued an amber wind warning from 10am until midnight. We will bring you updates all day."),
    ("storm-e2", "09:40 All ferry sailings to the islands have been cancelled until at least 6pm, the operator has confirmed. Passengers with tickets can rebook free of charge for any sailing this week."),
    ("storm-e3", "10:15 Police have closed the lower promenade between the pier and the lifeboat station after waves began breaking over the sea wall. Drivers are asked to use Marine Drive instead."),
    ("storm-e4", "10:50 Around 3,200 homes in the north of the city are without power after a tree brought down a line near Kelso Road. The network operator says engineers are on site but cannot climb poles until the wind drops."),
]
STORM_LATER = [
    ("storm-e7", "15:20 The number of homes without power has risen to 9,800, the network operator says, and some customers are being told supply may not return until tomorrow evening. A welfare centre has opened at Kelso Road community hall."),
    ("storm-e6", "14:10 A lorry has overturned on the Harbour Bridge, which is now closed in both directions. Nobody was seriously hurt, police say, but the bridge will stay shut until the gusts fall below 50mph."),
    ("storm-e5", "12:30 The highest gust so far, 84mph, was recorded at the harbour entrance at midday. Schools in the coastal wards are sending pupils home early and the afternoon bin collections have been cancelled."),
]
STORM_INTRO = [("storm-intro", "Storm Orla: amber wind warning in force as ferries are cancelled and the promenade is closed. Follow our live coverage below.")]
page("en-harbourlive-storm-1100", "harbourlive", "Storm Orla live: amber warning, ferries cancelled, thousands without power", "Live team: Sam Price and Aisha Nolan",
     [(f"P:{k}", t) for k, t in STORM_INTRO + list(reversed(STORM))], "2026-01-22T11:00:00+00:00")
page("en-harbourlive-storm-1530", "harbourlive", "Storm Orla live: amber warning, ferries cancelled, thousands without power", "Live team: Sam Price and Aisha Nolan",
     [(f"P:{k}", t) for k, t in STORM_INTRO + STORM_LATER + list(reversed(STORM))], "2026-01-22T15:30:00+00:00")

# --- zh hard negative: two articles of one series with the same long standfirst ---
SERIES_INTRO = ("编者按：运河穿城而过，千百年来滋养着两岸的街巷与人家。本报即日起推出“运河人家”系列报道，走进沿岸的老街、老店和老手艺，"
                "记录普通人在城市更新中的坚守与变化，敬请关注。")
page("zh-jiangnan-canal-tea", "jiangnan", "运河人家｜拱宸桥边的老茶馆：一壶茶泡了四十年", "记者 沈雨桐", [
    ("P:canal-intro", SERIES_INTRO),
    (None, "清晨六点，拱宸桥西侧的“桥西茶馆”已经坐满了老茶客。七十二岁的老板娘陈秀英一边招呼客人，一边往铜壶里添水，这间茶馆她已经守了整整四十年。"),
    (None, "茶馆最初只有四张方桌，如今扩到十二张，茶价却一直没怎么涨，一杯绿茶至今只要八元。陈秀英说，来喝茶的多是附近的老邻居，很多人一坐就是一上午。"),
    (None, "去年老街改造，茶馆一度面临搬迁。经过街道协调，茶馆最终得以原址保留，只是换上了新的木门和招牌。“老茶客还认得路，这就够了。”陈秀英笑着说。"),
], "2026-04-08T07:30:00+08:00")
page("zh-jiangnan-canal-boat", "jiangnan", "运河人家｜最后的木船匠：他想把手艺教给年轻人", "记者 沈雨桐", [
    ("P:canal-intro", SERIES_INTRO),
    (None, "在运河北岸的一间旧厂房里，六十五岁的木船匠周德明正在给一条小木船刷桐油。他十五岁跟着父亲学造船，是这一带最后一位还在干活的木船匠。"),
    (None, "过去运河上往来的都是木船，如今水泥船、铁船早已取而代之，找他造船的多是景区和博物馆。一条六米长的游船，他要花将近三个月才能完工。"),
    (None, "去年起，周德明在区里开设的非遗工坊每周授课两次，已有八名年轻人报名学艺。“只要有人肯学，这门手艺就断不了。”他说。"),
], "2026-04-15T07:30:00+08:00")

# --- en hard negative: two police statements from one template, names and figures changed ---
def appeal(doc, date, age, name, road, town, time, day, car, ref):
    page(doc, "govpress", f"Appeal for witnesses after serious collision on the {road}", "Eastmoor Constabulary press office", own([
        f"Officers are appealing for witnesses after a {age}-year-old man was seriously injured in a collision on the {road} near {town} on {day} evening.",
        f"Emergency services were called at around {time} to reports that a pedestrian had been struck by a {car}. The pedestrian, named locally as {name}, was taken to Eastmoor General Hospital, where he remains in a serious but stable condition.",
        f"The driver of the {car} stopped at the scene and is assisting officers with their enquiries. The road was closed for several hours while collision investigators examined the scene.",
        f"Anyone who saw the collision, or who has dashcam footage from the area around that time, is asked to contact Eastmoor Constabulary on 101 quoting reference {ref}, or to submit footage through the online reporting portal.",
    ]), date)


appeal("en-eastmoor-appeal-a47", "2026-02-04T09:00:00+00:00", 34, "Daniel Whitcombe", "A47", "Hollin Bridge", "7.40pm", "Tuesday",
       "grey Vauxhall Astra", "EM-20260203-0417")
appeal("en-eastmoor-appeal-b1290", "2026-02-19T10:30:00+00:00", 61, "Mervyn Ashdown", "B1290", "Scarcliffe", "6.15pm", "Wednesday",
       "white Ford Transit van", "EM-20260218-0962")

# --- en hard negative: the site's listing page of teasers, one of them the school article's ---
page("en-millbrook-latest", "millbrook", "Latest news", None, own([
    "School merger approved despite 2,300-signature petition. Plans to merge Millbrook's two primary schools on a single site have been approved by the county council's cabinet…",
    "Bypass roadworks enter final phase. Overnight closures of the Millbrook bypass will continue for three more weeks while the new junction is surfaced…",
    "Library hours cut on Saturdays. The town library will close at 1pm on Saturdays from next month as the council looks for savings in its culture budget…",
    "Two arrested after shop break-in. Police were called to the High Street in the early hours of Sunday after an alarm sounded at a phone repair shop…",
    "Allotment waiting list reaches record 400. Residents hoping for a plot on the town's allotments face a wait of up to six years, the parish council has said…",
]), "2026-05-20T18:00:00+01:00")

GROUPS = [
    ("es-desktop-amp-print", ["es-costaluz-cruceros", "es-costaluz-cruceros-amp", "es-costaluz-cruceros-print"],
     "one article as its desktop page, its AMP page (amp-img header, amp-sidebar, amp-ad, slim footer) and its print page (masthead, 'Printed from' line)"),
    ("en-comments-appended", ["en-millbrook-schools", "en-millbrook-schools-comments"],
     "the same page scraped again with its five reader comments (author, time, Reply/Report) and the moderation note appended after the article"),
    ("pt-agency-credit-local-top", ["pt-portugalhoje-paineis", "pt-noticiasbeira-paineis"],
     "an agency story on a national site ('AIN / PH' sign-off) and on a regional paper: another headline, another credit line, a local paragraph added at the top"),
    ("fr-split-pages", ["fr-rhonematin-velo", "fr-rhonematin-velo-p1", "fr-rhonematin-velo-p2"],
     "one article on one page and split over two pages (paragraphs 1-3 with 'Lire la suite page 2', then 4-6 with the page number in the title)"),
    ("de-quotes-dashes", ["de-elbkurier-intendant", "de-nachrichtenpool-intendant"],
     "German „…“ quotes, en dashes and an ellipsis character against straight quotes, hyphens and three dots, headline too"),
    ("id-number-style", ["id-kabarborneo-tambang", "id-asiawire-tambang"],
     "every number in the other style: 1.250 -> 1,250, 412.600 -> 412,600, 3,5 -> 3.5, Rp 2,7 -> Rp 2.7, headline too"),
    ("vi-no-diacritics", ["vi-mekong-lua", "vi-tinnhanh-lua"],
     "every Vietnamese diacritic stripped (đ -> d), headline too"),
    ("en-live-blog-grown", ["en-harbourlive-storm-1100", "en-harbourlive-storm-1530"],
     "one live blog at 11:00 and at 15:30: the later page holds every earlier entry word for word plus three new entries on top"),
]
HARD = [
    ("series-standfirst", ["zh-jiangnan-canal-tea", "zh-jiangnan-canal-boat"],
     "two articles of one series from one template with the same long editor's standfirst (a gold block), different stories"),
    ("press-statement-template", ["en-eastmoor-appeal-a47", "en-eastmoor-appeal-b1290"],
     "two police witness appeals from one template: every sentence the same but names, roads, times, vehicles and figures"),
    ("translation", ["id-kabarborneo-tambang", "en-borneodaily-mining"],
     "an Indonesian article and its hand translation into English (same figures)"),
    ("listing-vs-article", ["en-millbrook-latest", "en-millbrook-schools"],
     "the site's listing page of five teasers (headline + the lede's first words) against one of the articles"),
]


def main() -> None:
    gold = KIT.write(HERE, GROUPS, HARD)
    blocks = gold.pop("blocks")
    gold["no_diacritics_decision"] = {
        "docs": GROUPS[6][1], "duplicate": True,
        "why": "the same article typed without diacritics, as heldout1 and heldout4's stripped reposts: a reader of "
               "Vietnamese reads the same words (with more ambiguity), so the copy is a near duplicate"}
    gold["split_pages_decision"] = {
        "docs": GROUPS[3][1], "duplicate": True,
        "why": "the two pages are the single-page article cut in two: each is that article's text word for word, so "
               "all three are one article; the two halves share no text, so they are linked only through the "
               "single page (grouped scoring), and direct scoring counts their pair as a miss unless linked"}
    gold["live_blog_decision"] = {
        "docs": GROUPS[7][1], "duplicate": True,
        "why": "one live blog page seen twice: the later holds the whole earlier page word for word plus new entries, "
               "as heldout3's update (unlike heldout3 and heldout5's live blogs on two days, which share only the intro)"}
    gold["comments_decision"] = {
        "docs": GROUPS[1][1], "duplicate": True,
        "why": "the article is whole on both pages; the comments are readers' text under it, not another article"}
    gold["translation_decision"] = {
        "docs": HARD[2][1], "duplicate": False,
        "why": "a near-duplicate is a same-language copy, as in heldout2..6"}
    gold["blocks"] = blocks
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(DOCS)} pages, {len(blocks)} gold blocks")


if __name__ == "__main__":
    main()
