"""Writes the heldout8 pages and gold.json (see README.md): every page is built
from named blocks, so the block gold is what the construction shares.

Run:  python3 benchmarks/data/dedup/heldout8/build.py
"""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

import opencc

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from pagekit import Pages, own, paras

SITES = {
    "chiangmaipost": {
        "lang": "th", "name": "เชียงใหม่โพสต์", "host": "chiangmaipost.example",
        "cookie": "เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานและวิเคราะห์การเข้าชม หากใช้งานต่อถือว่าท่านยอมรับนโยบายคุกกี้",
        "nav": ["หน้าแรก", "ข่าวภาคเหนือ", "เศรษฐกิจ", "ท่องเที่ยว", "กีฬา"],
        "newsletter": "ติดตามข่าวสารจากเชียงใหม่โพสต์ได้ทุกเช้าทางไลน์และอีเมลของท่าน",
        "rail": ["ดอยสุเทพคนแน่นช่วงวันหยุด", "ตลาดวโรรสขยายเวลาเปิด"],
        "footer": "บริษัท เชียงใหม่โพสต์ มีเดีย จำกัด ถนนห้วยแก้ว อำเภอเมือง จังหวัดเชียงใหม่ สงวนลิขสิทธิ์",
    },
    "thaihub": {
        "lang": "th", "name": "ไทยฮับนิวส์", "host": "thaihubnews.example",
        "cookie": None, "nav": ["ล่าสุด", "สังคม", "บันเทิง"],
        "newsletter": None, "rail": ["สูตรแกงฮังเลแบบง่าย", "10 คาเฟ่น่านั่ง"],
        "footer": "ไทยฮับนิวส์ รวบรวมข่าวจากหลายแหล่ง ลิขสิทธิ์เป็นของเจ้าของเดิม",
    },
    "thaiweather": {
        "lang": "th", "name": "สถานีอากาศภาคเหนือ", "host": "northweather.example",
        "cookie": None, "nav": ["พยากรณ์วันนี้", "เตือนภัย", "เรดาร์"],
        "newsletter": None, "rail": [],
        "footer": "สถานีอากาศภาคเหนือ ข้อมูลพยากรณ์เพื่อประชาชน ใช้อ้างอิงได้โดยระบุแหล่งที่มา",
    },
    "lingnan": {
        "lang": "zh", "name": "岭南都市报", "host": "lingnandushi.example",
        "cookie": "本站使用Cookie以提供更好的浏览体验，继续访问即视为同意。",
        "nav": ["首页", "广州", "湾区", "科技", "体育"],
        "newsletter": "扫码关注岭南都市报，每日推送湾区新闻早知道。",
        "rail": ["地铁新线试运行", "荔枝季提前到来"],
        "footer": "岭南都市报社 版权所有 违法和不良信息举报电话：020-0000000",
    },
    "techfeed": {
        "lang": "zh", "name": "科技快讯聚合", "host": "techkuaixun.example",
        "cookie": None, "nav": ["快讯", "手机", "汽车"],
        "newsletter": None, "rail": ["十款千元手机横评", "充电宝选购指南"],
        "footer": "本站内容来源于网络，如有侵权请联系删除。",
    },
    "taoyuan": {
        "lang": "zh", "name": "桃園時報", "host": "taoyuantimes.example",
        "cookie": "本網站使用Cookie以提升您的瀏覽體驗，繼續瀏覽即表示您同意本站的隱私權政策。",
        "nav": ["首頁", "地方", "交通", "產業", "生活"],
        "newsletter": "訂閱桃園時報電子報，每天早上掌握在地大小事。",
        "rail": ["埤塘步道假日人潮多", "觀音海岸淨灘活動"],
        "footer": "桃園時報 版權所有 轉載請註明出處 客服信箱：service@taoyuantimes.example",
    },
    "huanqiu": {
        "lang": "zh", "name": "环球资讯汇", "host": "huanqiuzixunhui.example",
        "cookie": None, "nav": ["头条", "两岸", "社会"],
        "newsletter": None, "rail": ["高铁票价调整", "春运首日客流"],
        "footer": "环球资讯汇 转载内容仅供参考，不代表本站观点。",
    },
    "solmadrid": {
        "lang": "es", "name": "El Sol de la Sierra", "host": "elsoldelasierra.example",
        "cookie": "Utilizamos cookies propias y de terceros para fines analíticos y para mostrarte publicidad personalizada. Puedes aceptar todas las cookies o configurarlas.",
        "nav": ["Sierra", "Madrid", "Economía", "Deportes", "Cultura"],
        "newsletter": "Suscríbete al boletín de El Sol de la Sierra y recibe cada tarde lo más importante de la comarca.",
        "rail": ["Cortes de agua en Villalba", "La feria del libro vuelve a la plaza"],
        "footer": "El Sol de la Sierra, Calle Real 7, Collado Villalba. Ediciones Guadarrama S.L. Aviso legal.",
    },
    "agregador": {
        "lang": "es", "name": "Noticias al Minuto", "host": "noticiasalminuto.example",
        "cookie": None, "nav": ["Portada", "España", "Virales"],
        "newsletter": None, "rail": ["Trucos para ahorrar luz", "Los pueblos más bonitos"],
        "footer": "Noticias al Minuto agrega titulares de medios de toda España.",
    },
    "jornalnorte": {
        "lang": "pt", "name": "Jornal do Norte", "host": "jornaldonorte.example",
        "cookie": "Este site usa cookies para melhorar a sua experiência e para fins estatísticos. Ao navegar, concorda com a nossa política de privacidade.",
        "nav": ["Porto", "Braga", "Economia", "Desporto", "Cultura"],
        "newsletter": "Receba as notícias do Jornal do Norte no seu email todos os dias às oito horas.",
        "rail": ["Metro do Porto prolonga horário", "Festival de jazz anuncia cartaz"],
        "footer": "Jornal do Norte, Avenida da Boavista 220, Porto. Norte Media S.A. Todos os direitos reservados.",
    },
    "viralbr": {
        "lang": "pt", "name": "Portal Viral Agora", "host": "portalviralagora.example",
        "cookie": None, "nav": ["Início", "Notícias", "Curiosidades"],
        "newsletter": None, "rail": ["Você não vai acreditar nesta receita", "Famosos que mudaram de vida"],
        "footer": "Portal Viral Agora. Conteúdo adaptado de diversas fontes.",
    },
    "ruhrblatt": {
        "lang": "de", "name": "Ruhrblatt", "host": "ruhrblatt.example",
        "cookie": "Wir nutzen Cookies, um unsere Angebote nutzerfreundlich zu gestalten und Reichweiten zu messen. Mit einem Klick auf Zustimmen akzeptieren Sie die Verarbeitung.",
        "nav": ["Essen", "Bochum", "Dortmund", "Wirtschaft", "Sport"],
        "newsletter": "Der Ruhrblatt-Newsletter: jeden Abend die wichtigsten Nachrichten aus dem Revier.",
        "rail": ["A40 am Wochenende gesperrt", "Zeche Zollverein feiert Jubiläum"],
        "footer": "Ruhrblatt Mediengruppe, Kettwiger Straße 3, Essen. Impressum und Datenschutz.",
    },
    "revierportal": {
        "lang": "de", "name": "RevierPortal", "host": "revierportal.example",
        "cookie": None, "nav": ["News", "Region", "Freizeit"],
        "newsletter": None, "rail": ["Die besten Currywurst-Buden", "Wetter: Sturmböen erwartet"],
        "footer": "RevierPortal bündelt Meldungen aus dem Ruhrgebiet.",
    },
    "trauer": {
        "lang": "de", "name": "Trauerportal Münsterland", "host": "trauer-muensterland.example",
        "cookie": None, "nav": ["Traueranzeigen", "Nachrufe", "Kondolenzbuch"],
        "newsletter": None, "rail": [],
        "footer": "Trauerportal Münsterland, ein Angebot der Westfalen Medien GmbH. Kondolenzen werden vor der Veröffentlichung geprüft.",
    },
    "meridianpost": {
        "lang": "en", "name": "The Meridian Post", "host": "meridianpost.example",
        "cookie": "We use cookies and similar technologies to run this site, measure traffic and show you relevant ads. Manage your preferences in Cookie settings.",
        "nav": ["News", "Business", "Politics", "World", "Sport"],
        "newsletter": "Get The Meridian Post morning briefing: the five stories you need, in your inbox before eight.",
        "rail": ["Rail strike called off", "City council approves budget"],
        "footer": "The Meridian Post, 40 Quay Street, Port Meridian. Meridian Media Group. Terms and privacy policy.",
    },
    "newsrewire": {
        "lang": "en", "name": "NewsRewire Daily", "host": "newsrewiredaily.example",
        "cookie": None, "nav": ["Trending", "Money", "World"],
        "newsletter": None, "rail": ["Ten money mistakes to avoid", "Celebrity homes you can rent"],
        "footer": "NewsRewire Daily publishes summaries of stories from around the web.",
    },
    "marketdesk": {
        "lang": "en", "name": "Eastland MarketDesk", "host": "marketdesk.example",
        "cookie": None, "nav": ["Markets", "Stocks", "Currencies", "Commodities"],
        "newsletter": "Get the MarketDesk closing bell email every trading day at 5pm.",
        "rail": ["Bond yields edge higher", "Copper at three-month low"],
        "footer": "Eastland MarketDesk is a service of Meridian Financial Data Ltd. Prices delayed by at least 15 minutes.",
    },
    "scorefeed": {
        "lang": "en", "name": "Northern League Scorefeed", "host": "scorefeed.example",
        "cookie": None, "nav": ["Results", "Fixtures", "Tables"],
        "newsletter": None, "rail": [],
        "footer": "Scorefeed match reports are produced automatically from official league data.",
    },
    "saigon": {
        "lang": "vi", "name": "Báo Sài Gòn Mới", "host": "saigonmoi.example",
        "cookie": "Chúng tôi sử dụng cookie để cải thiện trải nghiệm đọc báo và thống kê lượt truy cập.",
        "nav": ["Thời sự", "Đô thị", "Kinh tế", "Giáo dục", "Thể thao"],
        "newsletter": "Nhận bản tin Sài Gòn Mới mỗi tối qua email để không bỏ lỡ tin quan trọng.",
        "rail": ["Kẹt xe ở cửa ngõ phía đông", "Chợ hoa xuân mở cửa sớm"],
        "footer": "Báo Sài Gòn Mới, 12 Nguyễn Thị Minh Khai, Quận 1. Giấy phép số 205/GP-BTTTT.",
    },
    "lyonpresse": {
        "lang": "fr", "name": "Lyon Presse", "host": "lyonpresse.example",
        "cookie": "Nous utilisons des cookies pour mesurer l'audience et vous proposer des contenus adaptés. Vous pouvez modifier vos choix à tout moment.",
        "nav": ["Actualité", "Économie", "Culture", "Sports"],
        "newsletter": "Inscrivez-vous à la lettre de Lyon Presse pour recevoir l'actualité régionale chaque matin.",
        "rail": ["Bouchons sur le périphérique nord", "Les Nuits de Fourvière dévoilent leur programme"],
        "footer": "Lyon Presse, 5 quai Saint-Antoine, Lyon. Tous droits réservés.",
    },
    "communiques": {
        "lang": "fr", "name": "Fil Communiqués", "host": "filcommuniques.example",
        "cookie": None, "nav": ["Communiqués", "Entreprises", "Santé"],
        "newsletter": None, "rail": [],
        "footer": "Fil Communiqués diffuse les communiqués de presse tels que transmis par leurs émetteurs.",
    },
}

KIT = Pages(SITES)
DOCS, GOLD_BLOCKS, page = KIT.docs, KIT.gold_blocks, KIT.page


# --- th: the copy breaks lines with <wbr> between words where the original has phrase spaces ---
FLOOD = [
    "กรมชลประทานเตรียมระบายน้ำจากเขื่อนแม่งัดสมบูรณ์ชลเพิ่มเป็นวันละ 4.5 ล้านลูกบาศก์เมตร ตั้งแต่วันพฤหัสบดีนี้ หลังปริมาณน้ำในอ่างเก็บน้ำสูงถึงร้อยละ 92 ของความจุ",
    "ผู้อำนวยการโครงการชลประทานเชียงใหม่ระบุว่า ระดับน้ำแม่น้ำปิงที่สะพานนวรัฐอาจสูงขึ้นอีกราว 40 เซนติเมตร แต่ยังต่ำกว่าตลิ่ง จึงขอให้ประชาชนริมน้ำติดตามประกาศอย่างใกล้ชิด",
    "เทศบาลนครเชียงใหม่ได้วางกระสอบทรายแล้วกว่า 12,000 ใบ ตามแนวถนนเจริญราษฎร์และย่านวัดเกต พร้อมตั้งจุดเฝ้าระวังตลอด 24 ชั่วโมง",
    "ด้านสมาคมโรงแรมภาคเหนือยืนยันว่า นักท่องเที่ยวยังเดินทางได้ตามปกติ และยังไม่มีการยกเลิกห้องพักจากข่าวการระบายน้ำครั้งนี้",
]
FLOOD_H = "ชลประทานเพิ่มระบายน้ำเขื่อนแม่งัด เทศบาลวางกระสอบทรายริมปิง"
WBR = "\u2063"  # placeholder for <wbr> until the page is written


def wbr_breaks(text: str) -> str:
    return text.replace(" ", WBR)


page("th-chiangmaipost-dam", "chiangmaipost", FLOOD_H, "ทีมข่าวภูมิภาค", paras("flood", FLOOD), "2026-09-10T09:00:00+07:00")
page("th-thaihub-dam", "thaihub", FLOOD_H, None, paras("flood", FLOOD), "2026-09-10T13:20:00+07:00", transform=wbr_breaks)
DOCS["th-thaihub-dam"]["html"] = DOCS["th-thaihub-dam"]["html"].replace(WBR, "<wbr>")
for g in GOLD_BLOCKS.values():  # what a reader sees on the copy: the words run together
    for o in g["occurrences"]:
        if o["doc"] == "th-thaihub-dam":
            o["text"] = o["text"].replace(WBR, "")

# --- zh: the copy puts a space between Chinese and Latin letters or digits and uses ASCII commas and colons ---
CHIP = [
    "广州开发区管委会昨日宣布，总投资 86 亿元的第三代半导体产业园正式动工，预计 2028 年底建成投产，达产后年产值可达 210 亿元。",
    "产业园占地约 1200 亩，将重点引进碳化硅和氮化镓芯片的设计、制造与封装企业。首批入驻的 7 家企业已签约，其中包括两家上市公司。",
    "管委会负责人表示，园区将配套建设人才公寓和研发中心，并对落户企业给予最高 5000 万元的设备补贴，力争五年内集聚上下游企业超过 100 家。",
    "业内人士认为，第三代半导体在新能源汽车和 5G 基站中需求旺盛，但国内企业在良品率和关键设备上仍与国际先进水平存在差距。",
]
CHIP_H = "总投资86亿元 第三代半导体产业园在广州动工"


def pangu_ascii(text: str) -> str:
    """A machine pipeline's habit: spaces between CJK and ASCII, ASCII commas and colons."""
    text = re.sub(r"([\u4e00-\u9fff])\s*([A-Za-z0-9])", r"\1 \2", text)
    text = re.sub(r"([A-Za-z0-9%])\s*([\u4e00-\u9fff])", r"\1 \2", text)
    return text.replace("，", ", ").replace("：", ": ").replace("、", ", ")


page("zh-lingnan-chips", "lingnan", CHIP_H, "记者 黄晓岚", paras("chip", [re.sub(r" ?(\d+) ?", r"\1", p) for p in CHIP]),
     "2026-06-03T08:00:00+08:00")
page("zh-techfeed-chips", "techfeed", CHIP_H, "来源：岭南都市报", paras("chip", [re.sub(r" ?(\d+) ?", r"\1", p) for p in CHIP]),
     "2026-06-03T10:40:00+08:00", transform=pangu_ascii)

# --- zh: a Taiwan traditional original and a simplified repost with mainland phrasing (OpenCC tw2sp) ---
MRT = [
    "桃園捷運綠線首段高架工程昨日完成最後一根橋墩，市府交通局表示，全線預計於2028年通車，屆時從八德到桃園高鐵站只需約二十五分鐘。",
    "綠線全長約27.8公里，共設21座車站，總經費約新臺幣1,300億元。交通局長林志遠說，工程團隊將在明年上半年開始鋪設軌道與架設電力系統。",
    "沿線居民對通車時程有所期待，但也有人擔心施工期間的交通黑暗期。市府承諾將在主要路口增派交通義警，並透過手機應用程式即時公布改道資訊。",
    "學者指出，綠線若能與機場捷運及台鐵地下化計畫順利銜接，將大幅改善桃園市區長年依賴汽機車的通勤型態。",
]
MRT_H = "桃捷綠線橋墩全數完成 2028年通車可期"
TW2SP = opencc.OpenCC("tw2sp")
page("zh-taoyuan-mrt", "taoyuan", MRT_H, "記者 陳怡君", paras("mrt", MRT), "2026-07-21T09:30:00+08:00")
page("zh-huanqiu-mrt", "huanqiu", MRT_H, None, paras("mrt", MRT), "2026-07-21T15:00:00+08:00",
     transform=TW2SP.convert)

# --- es: the copy shows the source's named entities as text (&aacute; &ntilde; &quot; &nbsp;) ---
TREN = [
    "El Consorcio de Transportes anunció ayer que la línea de Cercanías entre Collado Villalba y Cercedilla cerrará durante cinco semanas este verano, del 6 de julio al 9 de agosto, para renovar 14 kilómetros de vía y tres túneles.",
    "Durante las obras se pondrá en marcha un servicio de autobuses lanzadera cada veinte minutos, con paradas junto a todas las estaciones. El billete del tren será válido en los autobuses sin coste añadido.",
    "\"Es una obra imprescindible: hay tramos de vía con más de cuarenta años\", explicó el director de infraestructuras, Íñigo Mañueco, que cifró la inversión en 31 millones de euros.",
    "Los alcaldes de la sierra lamentan que los trabajos coincidan con la temporada alta de senderistas y piden que se refuercen los autobuses los fines de semana.",
]
TREN_H = "El tren de la sierra cerrará cinco semanas en verano por obras"
NAMED = {"á": "&aacute;", "é": "&eacute;", "í": "&iacute;", "ó": "&oacute;", "ú": "&uacute;", "ñ": "&ntilde;",
         "Í": "&Iacute;", "Ñ": "&Ntilde;", '"': "&quot;"}


def entities_as_text(text: str) -> str:
    text = "".join(NAMED.get(c, c) for c in text)
    return text.replace(": ", ":&nbsp;")


page("es-solsierra-tren", "solmadrid", TREN_H, "Por Marta Echeverría", paras("tren", TREN), "2026-05-12T07:45:00+02:00")
page("es-agregador-tren", "agregador", TREN_H, "Fuente: El Sol de la Sierra", paras("tren", TREN),
     "2026-05-12T09:10:00+02:00", transform=entities_as_text)

# --- pt: a content farm rewrites every paragraph's first sentence and keeps the rest ---
PONTE = [
    ("A Câmara do Porto aprovou esta quarta-feira o projeto da nova ponte pedonal sobre o rio Douro, entre a Ribeira e Vila Nova de Gaia.",
     "A travessia terá 280 metros e deverá custar 19 milhões de euros, dos quais 60 por cento serão pagos por fundos europeus."),
    ("O vereador do Urbanismo, Rui Tavares Lemos, disse que a obra deve começar no segundo semestre de 2027.",
     "O prazo de construção é de dois anos e a ponte ficará aberta a peões e bicicletas durante todo o dia."),
    ("A oposição votou contra e criticou o impacto da estrutura na paisagem classificada do centro histórico.",
     "Um parecer do património pediu que os pilares fossem mais finos e que a iluminação noturna fosse discreta."),
    ("Os comerciantes da Ribeira esperam mais movimento, mas temem meses de ruído e poeira durante as obras.",
     "A câmara prometeu um plano de apoio às lojas mais afetadas, ainda sem valor definido."),
]
PONTE_FARM_FIRST = [
    "Foi aprovado na quarta-feira pela Câmara do Porto o projeto de uma nova ponte só para peões sobre o Douro, a ligar a Ribeira a Gaia.",
    "Segundo Rui Tavares Lemos, vereador responsável pelo Urbanismo, os trabalhos arrancam na segunda metade de 2027.",
    "Os vereadores da oposição rejeitaram a proposta e apontaram o impacto na paisagem protegida do centro histórico.",
    "Na Ribeira, os lojistas contam com mais clientes, mas receiam longos meses de barulho e pó enquanto durarem os trabalhos.",
]
page("pt-jornalnorte-ponte", "jornalnorte", "Porto aprova nova ponte pedonal sobre o Douro", "Ana Meireles",
     own([f"{a} {b}" for a, b in PONTE]), "2026-04-15T19:00:00+01:00")
page("pt-viralbr-ponte", "viralbr", "INCRÍVEL: Porto vai ganhar ponte só para peões e o preço vai surpreender você", None,
     own([f"{f} {b}" for f, (_, b) in zip(PONTE_FARM_FIRST, PONTE)]), "2026-04-16T08:00:00+01:00")

# --- de: the copy takes four of six paragraphs in another order (the last third dropped) ---
HAFEN = [
    "Der Duisburger Hafen will bis 2030 rund 250 Millionen Euro in ein neues Containerterminal auf dem Gelände des früheren Kohlelagers investieren. Das kündigte Hafenchef Stefan Brenninkmeyer am Montag an.",
    "Auf der 28 Hektar großen Fläche sollen jährlich bis zu 850.000 Standardcontainer umgeschlagen werden, vor allem im Verkehr mit den Seehäfen Rotterdam und Antwerpen.",
    "Das Terminal soll vollständig mit Strom betrieben werden. Die Kräne und Zugmaschinen werden über eine eigene Solaranlage und Strom aus dem Netz versorgt, Dieselfahrzeuge sind nicht mehr vorgesehen.",
    "Die Stadt begrüßt die Pläne, fordert aber eine bessere Anbindung an die Schiene. Schon heute stauen sich Lastwagen auf der A59 regelmäßig bis zur Ausfahrt Hochfeld.",
    "Umweltverbände kritisieren, dass auf dem Gelände seltene Pflanzen wachsen, die sich nach dem Ende der Kohlelagerung angesiedelt haben. Sie verlangen ein Ausgleichsgebiet am Rhein.",
    "Die Genehmigung soll bis Ende nächsten Jahres vorliegen. Der Bau wäre dann in drei Abschnitten geplant, der erste Liegeplatz könnte 2028 in Betrieb gehen.",
]
hafen = paras("hafen", HAFEN)
page("de-ruhrblatt-hafen", "ruhrblatt", "Duisburger Hafen plant Containerterminal für 250 Millionen Euro", "Von Jens Oberhausen",
     hafen, "2026-08-24T17:30:00+02:00")
page("de-revierportal-hafen", "revierportal", "250 Millionen für neues Terminal im Duisburger Hafen", None,
     [hafen[1], hafen[0], hafen[3], hafen[2]], "2026-08-24T20:00:00+02:00")

# --- en: a farm's copy translated out and back into English (the same facts in other words) ---
RATE = [
    "The Bank of Eastland raised its main interest rate by a quarter of a percentage point to 4.75% on Thursday, the third increase this year, saying inflation was proving more stubborn than expected.",
    "Governor Miriam Achterberg told reporters that prices rose 5.2% in the year to September, well above the bank's 2% target, driven by food, rent and energy bills.",
    "The decision was backed by six of the seven members of the monetary policy committee. One member, Tomas Reyes, voted to hold rates, warning that the economy was already slowing.",
    "Mortgage lenders are expected to pass the rise on within weeks. A typical borrower with a variable-rate loan of 200,000 dollars will pay about 30 dollars more a month.",
]
RATE_BACK = [
    "On Thursday the Bank of Eastland increased its principal interest rate by one quarter of a percent point to 4.75%, the third raise of this year, saying that inflation shows itself more obstinate than anticipated.",
    "The governor Miriam Achterberg said to journalists that prices grew 5.2% in the twelve months until September, far over the 2% objective of the bank, pushed by food, rents and energy invoices.",
    "Six of seven members of the committee of monetary policy supported the decision. A member, Tomas Reyes, voted for keeping rates, alerting that the economy already was slowing down.",
    "It is expected that mortgage lenders transmit the increase in some weeks. A typical borrower with a loan of variable rate of 200,000 dollars will pay approximately 30 dollars more each month.",
]
CAPTION = ("File photo: the headquarters of the Bank of Eastland on Quay Street, Port Meridian, seen from the harbour "
           "at dusk. (Photo: Meridian Images / Archive)")


def with_caption(doc: str) -> None:
    """The same stock photo and caption under the headline."""
    DOCS[doc]["html"] = DOCS[doc]["html"].replace(
        "</h1>", f'</h1><figure class="lead-photo"><img src="/img/bank-hq.jpg" alt=""><figcaption>{html.escape(CAPTION)}</figcaption></figure>', 1)
    KIT.add(doc, "CAP:bank-hq", "caption", CAPTION, "en")


page("en-meridianpost-rates", "meridianpost", "Bank of Eastland raises rates to 4.75% as inflation lingers", "By Owen Castellano, economics editor",
     paras("rate", RATE), "2026-10-15T13:30:00+00:00")
with_caption("en-meridianpost-rates")
page("en-newsrewire-rates", "newsrewire", "Bank Of Eastland Increases Rate To 4.75% As Inflation Stays", None,
     own(RATE_BACK), "2026-10-15T18:00:00+00:00")
with_caption("en-newsrewire-rates")

# --- en hard negatives: two market wraps a day apart, and a third MarketDesk page; shared caption and disclaimer ---
DISCLAIMER = ("Disclaimer: MarketDesk reports are for information only and do not constitute investment advice or a "
              "recommendation to buy or sell any security. Past performance is not a guide to future returns.")


def with_disclaimer(doc: str) -> None:
    DOCS[doc]["html"] = DOCS[doc]["html"].replace(
        "</article>", f'<p class="disclaimer"><em>{html.escape(DISCLAIMER)}</em></p></article>', 1)
    KIT.add(doc, "DISC:marketdesk", "disclaimer", DISCLAIMER, "en")


def wrap(doc, date, day, move, index, points, pct, up, up_pct, down, down_pct, turnover, fx, oil, why):
    page(doc, "marketdesk", f"Eastland stocks {move} {pct}% as {why}", "MarketDesk staff", own([
        f"The Eastland Composite index {move} {pct}% on {day} to close at {index}, a {'gain' if move == 'rose' else 'loss'} of {points} points, as {why}.",
        f"{up} led the gainers with a rise of {up_pct}%, while {down} was the biggest faller, down {down_pct}%. Turnover on the exchange reached {turnover} million dollars.",
        f"On the currency market the Eastland dollar traded at {fx} against the US dollar, and Brent crude was at {oil} dollars a barrel in late trading.",
    ]), date)
    with_caption(doc)
    with_disclaimer(doc)


wrap("en-marketdesk-wrap-mon", "2026-10-19T17:05:00+00:00", "Monday", "rose", "8,412.6", "96.3", "1.16",
     "Harbour Shipping", "4.8", "Meridian Telecom", "2.1", "612", "0.7431", "82.40", "banks rallied after the rate rise")
wrap("en-marketdesk-wrap-tue", "2026-10-20T17:05:00+00:00", "Tuesday", "fell", "8,351.0", "61.6", "0.73",
     "Eastland Gold Fields", "3.2", "Coastal Retail Group", "5.6", "544", "0.7398", "80.95", "retailers slid on weak sales data")
page("en-marketdesk-banks", "marketdesk", "Eastland bank profits set for record year, analysts say", "MarketDesk staff", own([
    "Eastland's four largest banks are on course for combined profits of 9.4 billion dollars this year, a record, as higher interest rates widen the gap between what they pay savers and charge borrowers, according to analysts at Northline Securities.",
    "The analysts expect margins to peak early next year. Bad loans remain low at 1.1% of lending, but could rise if unemployment climbs above 5%, they said in a note to clients.",
]), "2026-10-21T09:00:00+00:00")
with_caption("en-marketdesk-banks")
with_disclaimer("en-marketdesk-banks")

# --- vi: the article updated, one figure corrected and a correction note appended at the end ---
METRO = [
    "Tuyến metro số 2 Bến Thành – Tham Lương chính thức khởi công sáng nay sau hơn mười năm chuẩn bị, với tổng vốn đầu tư khoảng 47.900 tỉ đồng, theo Ban Quản lý đường sắt đô thị thành phố.",
    "Tuyến dài 11,3 km, gồm 9 ga ngầm và 1 ga trên cao, đi qua các quận 1, 3, 10, Tân Bình và quận 12. Dự kiến tuyến sẽ vận hành thương mại vào cuối năm 2030.",
    "Ông Phan Công Bằng, trưởng ban quản lý, cho biết công trình sẽ có khoảng 4 máy đào hầm hoạt động cùng lúc để rút ngắn tiến độ, và các tuyến đường bị rào chắn sẽ được hoàn trả theo từng giai đoạn.",
    "Nhiều hộ kinh doanh trên đường Cách Mạng Tháng Tám bày tỏ lo ngại về việc rào chắn kéo dài, trong khi người dân ở Tân Bình kỳ vọng tuyến metro sẽ giảm kẹt xe ở khu vực sân bay.",
]
METRO_H = "Khởi công tuyến metro số 2 Bến Thành – Tham Lương"
metro = paras("metro", METRO)
page("vi-saigon-metro", "saigon", METRO_H, "Minh Khôi", metro, "2026-12-01T08:00:00+07:00")
page("vi-saigon-metro-updated", "saigon", METRO_H, "Minh Khôi",
     [metro[0], (None, METRO[1].replace("9 ga ngầm và 1 ga trên cao", "10 ga ngầm và 1 ga trên cao")), metro[2], metro[3],
      (None, "Đính chính: Bản tin trước đây ghi tuyến có 9 ga ngầm. Con số đúng là 10 ga ngầm. Báo Sài Gòn Mới thành thật xin lỗi bạn đọc.")],
     "2026-12-01T14:30:00+07:00")

# --- en hard negative: two automated match reports from one template ---
def match(doc, date, home, away, hs, aws, ground, crowd, scorers_h, scorers_a, pos_h, pos_a, nxt):
    page(doc, "scorefeed", f"{home} {hs}-{aws} {away}", None, own([
        f"{home} {'beat' if hs > aws else 'lost to'} {away} {hs}-{aws} at {ground} on Saturday in front of a crowd of {crowd}.",
        f"Goals for {home}: {scorers_h}. Goals for {away}: {scorers_a}.",
        f"The result leaves {home} {pos_h} in the Northern League table and {away} {pos_a}. {home} next play {nxt}.",
    ]), date)


match("en-scorefeed-harwick-dunmore", "2026-03-07T17:10:00+00:00", "Harwick Town", "Dunmore Rovers", 2, 1, "the Quarry Ground", "3,418",
      "Ellis (23'), Kowalczyk (pen, 71')", "Mbeki (55')", "fourth", "eleventh", "Selby Athletic away on Tuesday")
match("en-scorefeed-ostley-penrith", "2026-03-07T17:12:00+00:00", "Ostley United", "Penrith Vale", 1, 3, "Mill Lane", "1,902",
      "Garrow (40')", "Fenwick (12', 88'), O'Hare (64')", "fifteenth", "second", "Harwick Town at home on Saturday")

# --- th hard negative: two daily weather bulletins from one template ---
def weather(doc, date, day, low, high, rain, wind, pm):
    page(doc, "thaiweather", f"พยากรณ์อากาศภาคเหนือ ประจำวัน{day}", None, own([
        f"สถานีอากาศภาคเหนือรายงานว่า วัน{day}นี้ อุณหภูมิต่ำสุดในเขตเมืองเชียงใหม่ {low} องศาเซลเซียส สูงสุด {high} องศาเซลเซียส",
        f"มีโอกาสเกิดฝนฟ้าคะนองร้อยละ {rain} ของพื้นที่ ลมตะวันตกเฉียงใต้ความเร็ว {wind} กิโลเมตรต่อชั่วโมง",
        f"ค่าฝุ่นละออง PM2.5 เฉลี่ย {pm} ไมโครกรัมต่อลูกบาศก์เมตร ขอให้ประชาชนติดตามประกาศเตือนภัยอย่างต่อเนื่อง",
    ]), date)


weather("th-weather-thu", "2026-09-10T05:00:00+07:00", "พฤหัสบดี", 23, 31, 60, 15, 18)
weather("th-weather-fri", "2026-09-11T05:00:00+07:00", "ศุกร์", 22, 30, 70, 20, 14)

# --- fr hard negative: a press release and a news story quoting two of its sentences ---
PR = [
    "La société lyonnaise Biomédis annonce l'ouverture d'un centre de recherche sur les maladies rares à Gerland, représentant un investissement de 42 millions d'euros et la création de 180 emplois d'ici 2029.",
    "« Ce centre nous permettra de réunir sous un même toit nos équipes de génétique, de bio-informatique et d'essais cliniques », déclare Hélène Vasseur, présidente de Biomédis.",
    "Le bâtiment de 9 000 mètres carrés accueillera également une plateforme ouverte aux start-up du secteur et aux laboratoires universitaires de la région.",
    "À propos de Biomédis : fondée en 2004, Biomédis conçoit des thérapies pour les maladies génétiques rares. L'entreprise emploie 620 personnes en France et aux États-Unis. Contact presse : presse@biomedis.example",
]
page("fr-communiques-biomedis", "communiques", "Biomédis ouvre un centre de recherche sur les maladies rares à Lyon", "Communiqué de Biomédis",
     own(PR), "2026-02-09T10:00:00+01:00")
page("fr-lyonpresse-biomedis", "lyonpresse", "Gerland : un laboratoire de 180 emplois, mais des doutes sur le calendrier", "Par Claire Dumoulin", own([
    "Le laboratoire Biomédis a confirmé lundi son projet de centre de recherche à Gerland. « Ce centre nous permettra de réunir sous un même toit nos équipes de génétique, de bio-informatique et d'essais cliniques », déclare Hélène Vasseur, présidente de Biomédis.",
    "Le chantier n'a pourtant pas encore de permis de construire, et plusieurs riverains de l'avenue Tony-Garnier contestent déjà la hauteur du bâtiment. La métropole n'a pas souhaité commenter.",
    "Selon l'entreprise, le bâtiment de 9 000 mètres carrés accueillera également une plateforme ouverte aux start-up du secteur et aux laboratoires universitaires de la région. Mais les syndicats rappellent que Biomédis a supprimé 45 postes à Villeurbanne l'an dernier.",
    "Les 180 emplois annoncés seraient pour moitié des transferts depuis d'autres sites, selon une source interne, ce que la direction dément.",
]), "2026-02-09T18:30:00+01:00")

# --- de hard negative: two obituaries from one template ---
def obituary(doc, date, name, born, place, died, age, job, family, funeral):
    page(doc, "trauer", f"Nachruf: {name}", None, own([
        f"{name} ist am {died} im Alter von {age} Jahren in {place} gestorben. Geboren wurde {name.split()[0]} {born}.",
        f"Über Jahrzehnte arbeitete {name.split()[0]} als {job} und war im Ort weit über den Beruf hinaus bekannt und geschätzt.",
        f"{name.split()[0]} hinterlässt {family}. Die Trauerfeier findet {funeral} statt; statt Blumen bittet die Familie um eine Spende an das örtliche Hospiz.",
    ]), date)


obituary("de-trauer-hanne-kortmann", "2026-01-12T08:00:00+01:00", "Hanne Kortmann", "1941 in Telgte", "Warendorf", "8. Januar 2026", 84,
         "Grundschullehrerin an der Marienschule", "drei Kinder und sieben Enkel", "am Freitag, 16. Januar, um 11 Uhr in St. Laurentius")
obituary("de-trauer-bernd-schulze-ahlen", "2026-01-13T08:00:00+01:00", "Bernd Schulze-Ahlen", "1938 in Ahlen", "Sendenhorst", "10. Januar 2026", 87,
         "Tierarzt mit eigener Praxis an der Oststraße", "seine Frau Marlies und zwei Söhne", "am Montag, 19. Januar, um 14 Uhr in St. Martin")

GROUPS = [
    ("th-wbr-word-breaks", ["th-chiangmaipost-dam", "th-thaihub-dam"],
     "the copy writes <wbr> where the original has its phrase spaces, so its text runs the phrases together, headline too"),
    ("zh-pangu-ascii-punctuation", ["zh-lingnan-chips", "zh-techfeed-chips"],
     "the copy puts a space between Chinese and digits/Latin letters and writes ASCII ', ' ': ' for ，：、, headline too"),
    ("zh-taiwan-to-simplified", ["zh-taoyuan-mrt", "zh-huanqiu-mrt"],
     "a Taiwan traditional original and a simplified repost with mainland phrasing (OpenCC tw2sp), headline too"),
    ("es-entities-as-text", ["es-solsierra-tren", "es-agregador-tren"],
     "the copy shows the source's named entities as text: &aacute; &ntilde; &Iacute; &quot; and :&nbsp;, headline too"),
    ("pt-farm-first-sentences", ["pt-jornalnorte-ponte", "pt-viralbr-ponte"],
     "a content farm rewrote the first sentence of every paragraph; the second sentences are word for word; clickbait headline"),
    ("de-reordered-last-third-cut", ["de-ruhrblatt-hafen", "de-revierportal-hafen"],
     "the copy has paragraphs 2, 1, 4, 3 of six (the last third dropped), another headline"),
    ("en-translated-back", ["en-meridianpost-rates", "en-newsrewire-rates"],
     "a farm's copy translated out of English and back: every sentence in other words, same facts, figures, names and order"),
    ("vi-correction-appended", ["vi-saigon-metro", "vi-saigon-metro-updated"],
     "the same article updated: one figure corrected (9 -> 10 stations) and a correction note appended at the end"),
]
HARD = [
    ("match-report-template", ["en-scorefeed-harwick-dunmore", "en-scorefeed-ostley-penrith"],
     "two automated match reports from one template, other clubs, scores, scorers, grounds"),
    ("weather-bulletin-days", ["th-weather-thu", "th-weather-fri"],
     "one Thai weather bulletin template on two consecutive days, other figures"),
    ("market-wrap-days", ["en-marketdesk-wrap-mon", "en-marketdesk-wrap-tue"],
     "two market wraps a day apart from one template, other figures and companies; same stock photo caption and disclaimer (gold blocks)"),
    ("site-disclaimer-and-caption", ["en-marketdesk-wrap-mon", "en-marketdesk-wrap-tue", "en-marketdesk-banks"],
     "three MarketDesk pages sharing the disclaimer and the stock photo caption, different articles"),
    ("stock-caption-five-articles", ["en-meridianpost-rates", "en-marketdesk-wrap-mon", "en-marketdesk-banks"],
     "different articles sharing only the stock photo caption (a gold block)"),
    ("press-release-vs-story", ["fr-communiques-biomedis", "fr-lyonpresse-biomedis"],
     "a press release and a news story that quotes two of its sentences inside its own reporting"),
    ("obituary-template", ["de-trauer-hanne-kortmann", "de-trauer-bernd-schulze-ahlen"],
     "two obituaries from one template, other people"),
]


def main() -> None:
    gold = KIT.write(HERE, GROUPS, HARD)
    blocks = gold.pop("blocks")
    gold["translated_back_decision"] = {
        "docs": GROUPS[6][1], "duplicate": True,
        "why": "a same-language copy whose every sentence says the same thing about the same people, figures and dates "
               "in the same order, as heldout2's spun repost and heldout4's paraphrase; the round trip through another "
               "language is how the farm reworded it"}
    gold["farm_first_sentences_decision"] = {
        "docs": GROUPS[4][1], "duplicate": True,
        "why": "half of every paragraph is word for word and the other half says the same thing in other words: a reworded copy"}
    gold["reordered_cut_decision"] = {
        "docs": GROUPS[5][1], "duplicate": True,
        "why": "four of the six paragraphs word for word (heldout3's excerpt and heldout2's reordering together)"}
    gold["correction_decision"] = {
        "docs": GROUPS[7][1], "duplicate": True,
        "why": "as heldout4's corrected article: same site, headline and byline, one figure changed and a note saying so"}
    gold["quoted_release_decision"] = {
        "docs": HARD[5][1], "duplicate": False,
        "why": "the story quotes two of the release's sentences inside its own paragraphs and reports what the release "
               "leaves out; neither block is copied whole, so they are no gold blocks either (heldout1's shared quote)"}
    gold["blocks"] = blocks
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(DOCS)} pages, {len(blocks)} gold blocks")


if __name__ == "__main__":
    main()
