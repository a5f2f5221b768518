"""Writes the heldout3 pages and gold.json (see README.md): every page is built
from named blocks, so the block gold is what the construction shares.

Run:  python3 benchmarks/data/dedup/heldout3/build.py
"""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

import opencc

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from pagekit import Pages, paras

SITES = {
    "harbourpost": {
        "lang": "en", "name": "The Harbour Post", "host": "harbourpost.example",
        "cookie": "We and our partners store and read information on your device to personalise content and ads, measure audiences and improve our products. Choose Accept to agree or Manage to set your preferences.",
        "nav": ["News", "City", "Business", "Sport", "Culture"],
        "newsletter": "Sign up for The Harbour Post Briefing: the day's essential stories, hand-picked by our editors and delivered every evening at six. It is free and takes ten seconds.",
        "rail": ["Tram line extension opens to passengers", "Fish market moves to new hall"],
        "footer": "The Harbour Post is owned by Northgate Publishing Ltd, 7 Anchor Street, Port Caldwell. Content may not be republished without permission. Send tips to news@harbourpost.example",
    },
    "digestnow": {
        "lang": "en", "name": "Digest Now", "host": "digestnow.example",
        "cookie": None, "nav": ["Top", "Local", "Money", "Life"],
        "newsletter": None, "rail": ["Five gadgets worth buying this week", "Weekend weather at a glance"],
        "footer": "Digest Now collects news summaries from partner publishers. Excerpts are reproduced under licence; follow the source link for the full article. Contact: hello@digestnow.example",
    },
    "ridgeline": {
        "lang": "en", "name": "Ridgeline Times", "host": "ridgelinetimes.example",
        "cookie": "Ridgeline Times uses cookies to keep the site working, count visits and show advertising that pays for our newsroom. Find out more in our cookie notice.",
        "nav": ["Home", "Elections", "Region", "Opinion", "Sport"],
        "newsletter": "Never miss a result: subscribe to Ridgeline Times for unlimited access to live coverage, analysis and our archive going back to 1952.",
        "rail": ["Road resurfacing on the pass delayed again", "Ski season opening date announced"],
        "footer": "Ridgeline Times, 88 Summit Road, Alder Falls. Member of the regional press council. Complaints about our coverage can be sent to standards@ridgelinetimes.example",
    },
    "businesswire": {
        "lang": "en", "name": "Brightline Newswire", "host": "brightlinenewswire.example",
        "cookie": None, "nav": ["Releases", "Industries", "Companies", "Contact"],
        "newsletter": None, "rail": ["Solar installer secures new financing", "Logistics firm names chief executive"],
        "footer": "Brightline Newswire distributes press releases on behalf of issuers. The issuer is solely responsible for the content of each release. Distribution enquiries: desk@brightlinenewswire.example",
    },
    "cronica": {
        "lang": "es", "name": "La Crónica del Valle", "host": "cronicadelvalle.example",
        "cookie": "Usamos cookies para que la web funcione, analizar el tráfico y mostrar anuncios. Al pulsar Aceptar consiente su uso; puede cambiar su elección en Configuración.",
        "nav": ["Portada", "Local", "Provincia", "Deportes", "Opinión"],
        "newsletter": "Reciba cada noche en su correo el resumen de La Crónica del Valle con las noticias que no se puede perder. Es gratis y puede darse de baja cuando quiera.",
        "rail": ["La feria del libro amplía sus horarios", "Cortes de agua en el barrio alto el martes"],
        "footer": "La Crónica del Valle, Calle Mayor 14, Villanueva del Río. Todos los derechos reservados. Prohibida la reproducción sin permiso escrito de la editora.",
    },
    "deportivo": {
        "lang": "es", "name": "Marcador Sur", "host": "marcadorsur.example",
        "cookie": None, "nav": ["Fútbol", "Baloncesto", "Motor", "Resultados"],
        "newsletter": "Hazte socio de Marcador Sur y recibe las crónicas de tu equipo antes que nadie, sin publicidad y con acceso a todas las estadísticas.",
        "rail": ["El juvenil se clasifica para la final", "Renueva el capitán hasta 2029"],
        "footer": "Marcador Sur es una publicación deportiva digital. Aviso legal, política de cookies y contacto con la redacción: redaccion@marcadorsur.example",
    },
    "lemessager": {
        "lang": "fr", "name": "Le Messager de l'Est", "host": "messagerest.example",
        "cookie": "Nous utilisons des traceurs pour mesurer l'audience du site, vous proposer des contenus adaptés et financer l'information grâce à la publicité. Vous pouvez accepter ou paramétrer vos choix.",
        "nav": ["Accueil", "Région", "France", "Sports", "Loisirs"],
        "newsletter": "Chaque matin, recevez la sélection de la rédaction du Messager de l'Est : l'essentiel de l'actualité locale en cinq minutes de lecture.",
        "rail": ["La piscine municipale rouvre ses portes", "Un nouveau marché bio place de la Gare"],
        "footer": "Le Messager de l'Est, 22 rue des Tanneurs, Val-Sainte-Claire. Tous droits de reproduction et de représentation réservés. Contact : redaction@messagerest.example",
    },
    "infoplus": {
        "lang": "fr", "name": "InfoPlus Régions", "host": "infoplusregions.example",
        "cookie": None, "nav": ["À la une", "Régions", "Société", "Vidéos"],
        "newsletter": None, "rail": ["Les prix de l'immobilier reculent", "Les bons plans du week-end"],
        "footer": "InfoPlus Régions relaie l'actualité des régions à partir de sources partenaires. Mentions légales et gestion des données personnelles.",
    },
    "bantin": {
        "lang": "vi", "name": "Bản Tin Phương Nam", "host": "bantinphuongnam.example",
        "cookie": "Trang web sử dụng cookie để ghi nhớ lựa chọn của bạn và thống kê lượt truy cập. Bạn có thể thay đổi cài đặt cookie trong phần Quyền riêng tư.",
        "nav": ["Trang chủ", "Thời sự", "Kinh doanh", "Giáo dục", "Sức khỏe"],
        "newsletter": "Nhận bản tin buổi sáng của Bản Tin Phương Nam: mười tin đáng đọc nhất trong ngày được gửi vào email của bạn lúc bảy giờ.",
        "rail": ["Cần Thơ khánh thành cầu mới", "Giá xăng giảm nhẹ từ chiều nay"],
        "footer": "Bản Tin Phương Nam, giấy phép hoạt động báo điện tử số 456/GP-BTTTT. Tổng biên tập chịu trách nhiệm nội dung. Ghi rõ nguồn khi trích dẫn thông tin từ trang này.",
    },
    "diendan": {
        "lang": "vi", "name": "Diễn Đàn Cựu Học Sinh", "host": "diendanhocsinh.example",
        "cookie": None, "nav": ["Diễn đàn", "Tin tức", "Chia sẻ", "Thành viên"],
        "newsletter": None, "rail": ["Hội ngộ khóa 1998 vào cuối tuần", "Góp quỹ khuyến học năm nay"],
        "footer": "Diễn đàn hoạt động phi lợi nhuận. Bài viết được thành viên sưu tầm và chia sẻ lại, bản quyền thuộc về tác giả và báo gốc.",
    },
    "chaoban": {
        "lang": "th", "name": "ข่าวเช้าบ้านเรา", "host": "chaobannews.example",
        "cookie": "เราใช้คุกกี้เพื่อให้เว็บไซต์ทำงานได้อย่างถูกต้อง และเพื่อวัดจำนวนผู้อ่าน ท่านสามารถเลือกยอมรับหรือปรับการตั้งค่าได้",
        "nav": ["หน้าแรก", "การเมือง", "เศรษฐกิจ", "ภูมิภาค", "กีฬา"],
        "newsletter": "รับข่าวเด่นประจำวันจากข่าวเช้าบ้านเราทางอีเมลทุกเช้าเวลาหกโมง สมัครฟรี ยกเลิกได้ทุกเมื่อ",
        "rail": ["เปิดเส้นทางรถไฟสายใหม่สู่ภาคอีสาน", "ราคายางพาราปรับตัวสูงขึ้น"],
        "footer": "สงวนลิขสิทธิ์ตามพระราชบัญญัติลิขสิทธิ์ บริษัท ข่าวเช้า มีเดีย จำกัด ติดต่อกองบรรณาธิการ อีเมล editor@chaobannews.example",
    },
    "sanook": {
        "lang": "th", "name": "รวมข่าวด่วน", "host": "ruamkhaodaun.example",
        "cookie": None, "nav": ["ข่าวด่วน", "บันเทิง", "ดวง", "ไลฟ์สไตล์"],
        "newsletter": None, "rail": ["เปิดดวงประจำสัปดาห์", "สูตรอาหารง่ายๆ ทำได้ที่บ้าน"],
        "footer": "รวมข่าวด่วน รวบรวมข่าวจากแหล่งข่าวต่างๆ เพื่อความสะดวกของผู้อ่าน ลิขสิทธิ์เป็นของเจ้าของเนื้อหา",
    },
    "dongjiang": {
        "lang": "zh", "name": "东江晚报", "host": "dongjiangwb.example",
        "cookie": None, "nav": ["首页", "本地", "经济", "科技", "体育"],
        "newsletter": "扫码关注东江晚报客户端，第一时间获取本地新闻、交通路况和天气提醒。",
        "rail": ["东江大桥夜间封闭施工", "市民中心周末延长开放"],
        "footer": "东江晚报版权所有，未经授权禁止复制或建立镜像。互联网新闻信息服务许可证编号：44120190000",
    },
    "taiwanhub": {
        "lang": "zh", "name": "島嶼新聞網", "host": "daoyunews.example",
        "cookie": "本網站使用Cookie以提供更好的瀏覽體驗，繼續瀏覽即表示您同意本網站的隱私權政策。",
        "nav": ["首頁", "國際", "兩岸", "科技", "生活"],
        "newsletter": None, "rail": ["颱風外圍環流帶來雨勢", "夜市美食節本週登場"],
        "footer": "島嶼新聞網版權所有，轉載請註明出處。客服信箱：service@daoyunews.example",
    },
    "kabarkota": {
        "lang": "id", "name": "Kabar Kota", "host": "kabarkota.example",
        "cookie": "Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda dan menganalisis lalu lintas. Dengan melanjutkan, Anda menyetujui kebijakan privasi kami.",
        "nav": ["Beranda", "Ekonomi", "Nasional", "Olahraga"],
        "newsletter": "Dapatkan ringkasan berita pagi dari Kabar Kota langsung di kotak masuk Anda setiap hari kerja, gratis.",
        "rail": ["Tarif angkutan kota naik bulan depan", "Pasar malam kembali dibuka"],
        "footer": "Kabar Kota, Jalan Merdeka 45, Kota Baru. Hak cipta dilindungi undang-undang. Dilarang mengutip sebagian atau seluruh isi tanpa izin redaksi.",
    },
    "gazeta": {
        "lang": "pt", "name": "Gazeta do Litoral", "host": "gazetadolitoral.example",
        "cookie": "Este site utiliza cookies para melhorar a sua experiência e analisar o tráfego. Ao continuar a navegar, aceita a nossa política de privacidade.",
        "nav": ["Início", "Cidade", "Economia", "Desporto"],
        "newsletter": "Receba a edição da manhã da Gazeta do Litoral no seu e-mail, com as notícias que importam na sua cidade.",
        "rail": ["Obras no porto de pesca terminam em junho", "Nova carreira de autocarro para o hospital"],
        "footer": "Gazeta do Litoral, Avenida da Marginal 120, Vila do Mar. Todos os direitos reservados. Reprodução proibida sem autorização.",
    },
    "nordkurier": {
        "lang": "de", "name": "Nordufer Kurier", "host": "nordufer-kurier.example",
        "cookie": "Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren, die Reichweite zu messen und Werbung anzuzeigen. Sie können Ihre Auswahl jederzeit ändern.",
        "nav": ["Startseite", "Region", "Wirtschaft", "Sport", "Kultur"],
        "newsletter": "Der Nordufer Kurier am Morgen: die wichtigsten Nachrichten aus der Region, werktags um sechs Uhr kostenlos in Ihrem Postfach.",
        "rail": ["Fährverbindung im Winter eingeschränkt", "Neue Kita im Hafenviertel eröffnet"],
        "footer": "Nordufer Kurier, Verlagshaus Nordufer GmbH, Hafenstraße 3, Kleinmünde. Alle Rechte vorbehalten. Vervielfältigung nur mit Genehmigung des Verlags.",
    },
    "heimatportal": {
        "lang": "de", "name": "Heimatportal Küste", "host": "heimatportal-kueste.example",
        "cookie": None, "nav": ["Nachrichten", "Termine", "Vereine", "Anzeigen"],
        "newsletter": None, "rail": ["Flohmarkt am Deich am Sonntag", "Sportverein sucht Übungsleiter"],
        "footer": "Heimatportal Küste ist ein ehrenamtlich betriebenes Nachrichtenportal. Impressum und Datenschutzerklärung finden Sie unten auf jeder Seite.",
    },
}

KIT = Pages(SITES)
DOCS, GOLD_BLOCKS, page, add = KIT.docs, KIT.gold_blocks, KIT.page, KIT.add


# --- en: an article and a digest site's excerpt (first and last paragraphs cut) ---
TRAM = [
    "Port Caldwell's transport authority will buy twenty-four new low-floor trams from a Polish manufacturer in a contract worth 148 million pounds, the authority's board decided on Wednesday evening.",
    "The first vehicles are due in the spring of 2028 and will replace the oldest part of the fleet, some of it in service since 1991, on the busy Harbour Loop and Eastfield lines.",
    "Each tram will carry up to 260 passengers, about a third more than the cars they replace, and will have level boarding at every door so that wheelchair users and parents with buggies no longer need a ramp.",
    "Board chair Miriam Okonjo said the order had been brought forward by two years after repeated breakdowns last winter left commuters stranded on the Eastfield line for hours at a time.",
    "Opposition councillors questioned why no British bidder had been chosen, but the authority said the winning offer scored highest on price, energy use and the length of its maintenance guarantee.",
    "The authority will hold public drop-in sessions at the central library in June where residents can sit in a full-size mock-up of the new tram and comment on the seating layout.",
]
page("en-harbourpost-trams", "harbourpost", "Port Caldwell orders 24 new trams in 148 million pound deal", "By Aled Pryce, transport correspondent",
     paras("tram", TRAM), "2026-04-08T19:20:00Z")
page("en-digestnow-trams", "digestnow", "City to get 24 new trams", "Digest Now / The Harbour Post",
     paras("tram", TRAM)[1:5] + [(None, "Read the full story at The Harbour Post.")], "2026-04-09T07:05:00Z")

# --- es: an article and its update with 40% new reporting on top of the whole original ---
PRESA = [
    "La Confederación Hidrográfica del Guadaira ha autorizado el desembalse de doce hectómetros cúbicos de la presa de Los Almendros para garantizar el riego de los cultivos de la vega durante el mes de julio.",
    "La decisión llega después de tres semanas de temperaturas superiores a los cuarenta grados, que han disparado la evaporación y reducido el caudal del río a menos de la mitad de lo habitual en esta época.",
    "Los regantes habían pedido una cantidad mayor, pero el organismo de cuenca sostiene que la reserva debe mantenerse por encima del treinta por ciento para asegurar el abastecimiento de Villanueva y otros seis municipios.",
    "El presidente de la comunidad de regantes, Ernesto Baladán, calificó la medida de insuficiente y advirtió de que parte de la cosecha de melocotón podría perderse si no llueve antes de agosto.",
    "La Confederación revisará de nuevo las cifras el día 25, cuando conozca los datos de consumo de la primera quincena y las previsiones de la Agencia de Meteorología para el resto del verano.",
]
PRESA_UPDATE = [
    "Actualización, 18.40: tras la publicación de esta noticia, la Junta de regantes ha convocado una concentración para el próximo lunes frente a la sede de la Confederación en la capital de la provincia.",
    "Según ha podido saber La Crónica del Valle, la asociación de productores de fruta de hueso calcula que las pérdidas podrían superar los nueve millones de euros si el agua desembalsada no llega a las parcelas del sur de la vega.",
    "Fuentes del organismo de cuenca explicaron a este periódico que estudian un segundo desembalse más pequeño, de unos cuatro hectómetros, siempre que la reserva no baje del umbral fijado en el plan de sequía.",
]
page("es-cronica-presa", "cronica", "La Confederación autoriza desembalsar doce hectómetros de Los Almendros para el riego", "Redacción",
     paras("presa", PRESA), "2026-07-02T10:00:00Z")
page("es-cronica-presa-actualizada", "cronica", "Los regantes se movilizan tras el desembalse de Los Almendros", "Redacción",
     [(None, t) for t in PRESA_UPDATE[:1]] + paras("presa", PRESA) + [(None, t) for t in PRESA_UPDATE[1:]], "2026-07-02T18:45:00Z")

# --- zh: a simplified page and a Taiwan-traditional repost (OpenCC s2twp: characters and phrasing) ---
METRO_ZH = [
    "东江市地铁集团昨日宣布，地铁三号线北延段将于下月二十八日开通试运营，全长十二点六公里，新设车站七座，届时从北部新城到市中心的通勤时间将缩短至二十五分钟左右。",
    "据介绍，北延段采用全自动无人驾驶系统，开通初期高峰时段行车间隔为四分三十秒，平峰时段为七分钟，首末班车时间与三号线既有线路保持一致。",
    "为方便乘客换乘，新城站将与规划中的城际铁路车站实现站内换乘，地铁集团表示相关软件系统和信息网络已经完成联调测试，乘客可以使用手机扫码进站。",
    "地铁集团副总经理陈立新表示，试运营期间将安排志愿者在各站引导乘客，并根据客流数据及时调整运营计划，欢迎市民通过热线电话提出意见和建议。",
    "北延段工程于二〇二二年底开工建设，总投资约八十六亿元，沿线居民此前多次反映出行不便，此次开通将明显改善北部片区的公共交通条件。",
]
S2TWP = opencc.OpenCC("s2twp")
page("zh-dongjiang-metro", "dongjiang", "地铁三号线北延段下月开通试运营", "本报记者 林晓",
     paras("metro", METRO_ZH), "2026-09-03T08:00:00+08:00")
page("zh-daoyu-metro", "taiwanhub", "地铁三号线北延段下月开通试运营", "綜合報導",
     paras("metro", METRO_ZH), "2026-09-03T15:30:00+08:00", transform=S2TWP.convert)

# --- th: a page and a repost with zero-width spaces between words ---
# words are written with "|" between them: the original joins them with nothing,
# the repost with U+200B (as some CMSs do to let Thai wrap)
RICE_TH = [
    "กรม|การ|ข้าว|เปิด|เผย|ว่า|ผล|ผลิต|ข้าว|นาปี|ใน|ภาค|ตะวัน|ออก|เฉียง|เหนือ|ปี|นี้|คาด|ว่า|จะ|ลด|ลง|ประมาณ|ร้อยละ|12 เนื่อง|จาก|ฝน|ทิ้ง|ช่วง|นาน|กว่า|สาม|สัปดาห์|ใน|ช่วง|เดือน|สิงหาคม",
    "จังหวัด|ที่|ได้|รับ|ผล|กระทบ|มาก|ที่สุด|ได้แก่ ร้อยเอ็ด ยโสธร และ|ศรีสะเกษ ซึ่ง|ชาวนา|หลาย|ราย|ต้อง|ปลูก|ข้าว|ใหม่|เป็น|ครั้ง|ที่|สอง|หลัง|จาก|ต้น|กล้า|แห้ง|ตาย",
    "นาย|สมพงษ์ ใจ|ดี อธิบดี|กรม|การ|ข้าว กล่าว|ว่า|กรม|ฯ|จะ|แจก|จ่าย|เมล็ด|พันธุ์|ข้าว|อายุ|สั้น|จำนวน 3,500 ตัน|ให้|แก่|เกษตรกร|ที่|ลง|ทะเบียน|ไว้|ภายใน|สิ้น|เดือน|นี้",
    "ขณะ|ที่|สมาคม|ผู้|ส่ง|ออก|ข้าว|ไทย|ประเมิน|ว่า|ราคา|ข้าว|หอม|มะลิ|ใน|ตลาด|โลก|อาจ|ปรับ|ตัว|สูง|ขึ้น|ใน|ไตร|มาส|สุด|ท้าย|หาก|ผล|ผลิต|ลด|ลง|ตาม|ที่|คาด|การณ์|ไว้",
]
RICE_PLAIN = [t.replace("|", "") for t in RICE_TH]
RICE_ZWSP = [t.replace("|", "\u200b") for t in RICE_TH]
page("th-chaoban-rice", "chaoban", "ฝนทิ้งช่วงทำผลผลิตข้าวนาปีอีสานลดลงร้อยละ 12", "ทีมข่าวเศรษฐกิจ",
     paras("rice", RICE_PLAIN), "2026-09-10T06:00:00+07:00")
page("th-ruam-rice", "sanook", "ฝนทิ้งช่วงทำผลผลิตข้าวนาปีอีสานลดลงร้อยละ 12", None,
     [(f"P:rice{i}", t) for i, t in enumerate(RICE_ZWSP, 1)], "2026-09-10T09:40:00+07:00")


# --- vi: a page and a forum repost in the Windows-1258 form (base letter + combining tone mark) ---
TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def cp1258_form(text: str) -> str:
    """What a Windows-1258 page decodes to: the vowel with its hat or horn
    precomposed, the tone mark a separate combining character."""
    out: list[str] = []
    tones: list[str] = []
    for ch in unicodedata.normalize("NFD", text) + "\0":
        if ch in TONES:
            tones.append(ch)
        elif unicodedata.combining(ch) and out:
            out[-1] = unicodedata.normalize("NFC", out[-1] + ch)
        else:
            out.extend(tones)
            tones = []
            out.append(ch)
    return "".join(out)[:-1]


HOCPHI = [
    "Hội đồng nhân dân thành phố Cần Thơ vừa thông qua nghị quyết miễn học phí cho toàn bộ học sinh trung học cơ sở công lập từ năm học tới, dự kiến chi khoảng 210 tỷ đồng mỗi năm từ ngân sách địa phương.",
    "Theo Sở Giáo dục và Đào tạo, chính sách này sẽ giúp hơn 96.000 học sinh giảm gánh nặng chi phí, đặc biệt là các gia đình lao động tự do ở những quận ven đô và huyện ngoại thành.",
    "Bà Nguyễn Thị Hạnh, giám đốc Sở, cho biết các trường vẫn được thu những khoản dịch vụ như bán trú, nước uống và học thêm tiếng Anh, nhưng phải công khai mức thu và được phụ huynh đồng ý.",
    "Một số đại biểu đề nghị thành phố tính đến việc mở rộng chính sách cho bậc trung học phổ thông trong những năm tiếp theo, khi nguồn thu ngân sách cho phép.",
    "Nghị quyết có hiệu lực từ ngày 1 tháng 9, và các trường sẽ hoàn trả học phí học kỳ một cho những học sinh đã nộp trước thời điểm này.",
]
page("vi-bantin-hocphi", "bantin", "Cần Thơ miễn học phí cho học sinh trung học cơ sở từ năm học tới", "Minh Khôi",
     paras("hocphi", HOCPHI), "2026-07-20T14:00:00+07:00")
page("vi-diendan-hocphi", "diendan", "Cần Thơ miễn học phí cho học sinh trung học cơ sở từ năm học tới", "Sưu tầm",
     paras("hocphi", HOCPHI), "2026-07-21T08:10:00+07:00", transform=cp1258_form)

# --- fr: the same article with other quotes and dashes only ---
def fr_plain_quotes(text: str) -> str:
    return (text.replace("«\u00a0", '"').replace("\u00a0»", '"').replace("«", '"').replace("»", '"')
            .replace(" \u2013 ", " - ").replace("\u2019", "'").replace("\u00a0:", " :"))


PONT = [
    "Le conseil départemental a voté jeudi la reconstruction du pont de Vallières \u2013 fermé depuis la crue de janvier \u2013 pour un montant de 7,4 millions d'euros, dont un tiers financé par l'État.",
    "\u00ab\u00a0Nous ne pouvions pas laisser deux mille habitants faire un détour de vingt-cinq kilomètres chaque jour\u00a0\u00bb, a déclaré le président du conseil, Étienne Marchal, à l'issue de la séance.",
    "Les travaux commenceront en septembre et doivent durer quatorze mois\u00a0: l'ancien tablier sera démonté, puis remplacé par un ouvrage en acier plus haut d'un mètre pour laisser passer les crues.",
    "Les riverains, réunis en collectif, saluent la décision mais réclament une passerelle provisoire pour les piétons et les cyclistes \u2013 une demande que le département dit \u00ab\u00a0étudier\u00a0\u00bb.",
    "En attendant, la ligne de car 214 continuera de desservir Vallières par la route de la Combe, avec deux allers-retours supplémentaires le matin aux heures d'entrée des collèges.",
]
page("fr-messager-pont", "lemessager", "Le pont de Vallières sera reconstruit pour 7,4 millions d'euros", "Par Claire Dumonteil",
     paras("pont", PONT), "2026-03-12T17:30:00+01:00")
page("fr-infoplus-pont", "infoplus", "Le pont de Vallières sera reconstruit pour 7,4 millions d'euros", "InfoPlus avec Le Messager de l'Est",
     paras("pont", PONT), "2026-03-12T20:05:00+01:00", transform=fr_plain_quotes)

# --- en: curly quotes and em dashes against straight quotes and double hyphens ---
def en_plain(text: str) -> str:
    return (text.replace("\u201c", '"').replace("\u201d", '"').replace("\u2019", "'").replace("\u2018", "'")
            .replace("\u2014", "--"))


ZOO = [
    "Port Caldwell\u2019s aquarium will close its shark tunnel for five months from October while engineers replace the acrylic panels \u2014 the first full refit since the attraction opened in 1998.",
    "\u201cThe panels have done their job, but they are scratched and we have seen small leaks at two joints,\u201d said the aquarium\u2019s director, Hollis Grant, adding that the animals would stay in a holding pool behind the scenes.",
    "Visitors will still be able to see the rays, the turtles and the new octopus exhibit, and tickets will be sold at a reduced price of 12 pounds for adults while the work goes on.",
    "The refit will cost 2.6 million pounds, paid partly from a lottery heritage grant and partly from the aquarium\u2019s own reserves \u2014 a decision some trustees had questioned.",
]
page("en-harbourpost-aquarium", "harbourpost", "Aquarium\u2019s shark tunnel to close for five-month refit", "By Nadia Farrow",
     paras("zoo", ZOO), "2026-08-01T11:00:00Z")
page("en-ridgeline-aquarium", "ridgeline", "Aquarium\u2019s shark tunnel to close for five-month refit", "Harbour Post via Ridgeline Times",
     paras("zoo", ZOO), "2026-08-01T15:20:00Z", transform=en_plain)

# --- pt: a page and the same article inside a scraper's JSONL record (written in main) ---
FAROL = [
    "A Câmara Municipal de Vila do Mar aprovou por unanimidade a recuperação do farol da Ponta Negra, encerrado ao público desde 2019 por causa de fissuras na torre e da degradação da escadaria interior.",
    "A obra, orçada em 1,8 milhões de euros, inclui o reforço estrutural da torre, a substituição da escada em caracol e a criação de um pequeno centro interpretativo sobre a história da navegação na costa.",
    "O presidente da câmara, Rui Valadares, disse que espera reabrir o farol às visitas no verão de 2027 e que o espaço terá entrada gratuita para os residentes do concelho.",
    "A Associação dos Amigos do Farol, que recolheu mais de quatro mil assinaturas a pedir a reabertura, congratulou-se com a decisão e ofereceu-se para organizar visitas guiadas aos fins de semana.",
]
page("pt-gazeta-farol", "gazeta", "Farol da Ponta Negra vai ser recuperado e reabre em 2027", "Por Inês Carvalhal",
     paras("farol", FAROL), "2026-05-19T12:00:00+01:00")
JSONL_RECORDS = {
    "pt-dump-farol": {
        "url": "https://scraper.example/dump/pt-dump-farol",
        "title": "Farol da Ponta Negra vai ser recuperado e reabre em 2027",
        "date_publish": "2026-05-19T12:00:00+01:00",
        "source_domain": "gazetadolitoral.example",
        "maintext": "\n".join(FAROL),
        "language": "pt",
    }
}
for i, t in enumerate(FAROL, 1):
    add("pt-dump-farol", f"P:farol{i}", "paragraph", t, "pt")

# --- hard negative: a templated page with every number changed (id, fuel prices) ---
def fuel(doc, date, p1, p2, p3, pct, dayname):
    page(doc, "kabarkota", f"Harga BBM nonsubsidi naik mulai {dayname}", "Tim Ekonomi", [
        (None, f"Pertamina Niaga kembali menyesuaikan harga bahan bakar minyak nonsubsidi mulai {dayname} pukul 00.00 WIB. Harga Pertamax di wilayah Jawa kini menjadi Rp {p1} per liter."),
        (None, f"Sementara itu harga Pertamax Turbo ditetapkan Rp {p2} per liter dan Dexlite Rp {p3} per liter, atau naik rata-rata {pct} persen dibandingkan periode sebelumnya."),
        (None, f"Penyesuaian harga ini mengikuti perkembangan harga minyak dunia dan nilai tukar rupiah, yang dalam sebulan terakhir bergerak di kisaran Rp {int(p1.replace('.', '')) + 2150:,}".replace(",", ".") + " per dolar AS."),
        ("P:fuel-fixed", "Harga bahan bakar minyak jenis Pertalite dan Solar bersubsidi tidak mengalami perubahan. Daftar harga lengkap untuk setiap provinsi dapat dilihat di situs resmi dan aplikasi Pertamina."),
    ], date)


fuel("id-kabarkota-bbm-1", "2026-06-01T07:00:00+07:00", "13.900", "15.450", "14.200", "3,2", "1 Juni")
fuel("id-kabarkota-bbm-2", "2026-07-01T07:00:00+07:00", "14.350", "16.100", "14.850", "4,1", "1 Juli")

# --- hard negative: one live blog on two days of the same event (en) ---
LIVE_INTRO = "Welcome to our live coverage of the Alder Falls county election count. Ballots from all 43 precincts are being counted at the civic centre; we will bring you results, reaction and analysis as they come in."
page("en-ridgeline-live-day1", "ridgeline", "Live: Alder Falls election count, day one", "Ridgeline Times staff", [
    ("P:live-intro", LIVE_INTRO),
    (None, "9.05 p.m. Counting has begun in the main hall. Returning officer Beatrice Lomax says turnout across the county was 61 per cent, up from 54 per cent four years ago."),
    (None, "9.40 p.m. The first precinct to declare, Millbrook North, has gone to the independent candidate Sam Oduya by 212 votes, a gain from the incumbent party."),
    (None, "10.25 p.m. A recount has been requested in Cedar Bend after the two leading candidates finished four votes apart. Officials say it will not take place before tomorrow morning."),
    (None, "11.50 p.m. Counting has been paused for the night with 19 of 43 precincts declared. Staff will resume at 8 a.m. We will be back then."),
], "2026-11-03T21:00:00-07:00")
page("en-ridgeline-live-day2", "ridgeline", "Live: Alder Falls election count, day two", "Ridgeline Times staff", [
    ("P:live-intro", LIVE_INTRO),
    (None, "8.10 a.m. Counting has resumed at the civic centre. The Cedar Bend recount will start at ten, observers from both campaigns have arrived."),
    (None, "10.55 a.m. The Cedar Bend recount confirms the original result: councillor Diane Whitlock holds the seat by four votes, and her opponent says he will not challenge it further."),
    (None, "1.30 p.m. With 38 of 43 precincts declared, the independents have won 11 seats, enough to deny any party a majority on the county board for the first time since 1986."),
    (None, "4.15 p.m. All precincts have now declared. Sam Oduya tells our reporter that the independents will talk to both parties about running the board together."),
], "2026-11-04T08:00:00-07:00")

# --- hard negative: two match reports of the same teams a week apart (es, cup tie home and away) ---
page("es-marcador-ida", "deportivo", "El Atlético Ribera golea al Deportivo Sierra en la ida de cuartos", "Por Julián Mora", [
    (None, "El Atlético Ribera dio un paso de gigante hacia las semifinales de la Copa tras golear por 3-0 al Deportivo Sierra en el estadio Los Pinos, ante unos once mil espectadores."),
    (None, "Iker Salvatierra abrió el marcador en el minuto 18 con un cabezazo a la salida de un córner, y el delantero Mateo Quiroga amplió la ventaja antes del descanso con un disparo cruzado."),
    (None, "En la segunda parte el Deportivo Sierra se quedó con diez por la expulsión de su central Óscar Llamas, y el Ribera cerró la cuenta con un penalti transformado por Quiroga en el minuto 77."),
    (None, "El partido de vuelta se jugará el próximo miércoles en el estadio Municipal de Peñasco, donde el Sierra necesitará una remontada histórica."),
], "2026-02-04T22:45:00+01:00")
page("es-marcador-vuelta", "deportivo", "El Deportivo Sierra gana la vuelta pero el Atlético Ribera pasa a semifinales", "Por Julián Mora", [
    (None, "El Deportivo Sierra se despidió de la Copa con una victoria por 2-1 ante el Atlético Ribera en el estadio Municipal de Peñasco, insuficiente para remontar el 3-0 de la ida."),
    (None, "Los locales salieron a por todas y adelantaron su ventaja con un gol de Rubén Artiaga en el minuto 9, pero el Ribera respondió con un tanto de Mateo Quiroga a la media hora que enfrió el ambiente."),
    (None, "Artiaga volvió a marcar en el minuto 64 tras una jugada individual, y el Sierra buscó el tercero hasta el final sin encontrarlo ante un inspirado portero visitante, Daniel Ochoa."),
    (None, "El Atlético Ribera se enfrentará en semifinales al ganador de la eliminatoria entre el Unión Costa y el Real Montecillo, que se decide este jueves."),
], "2026-02-11T22:50:00+01:00")

# --- hard negative: a translated copy (de original, en hand translation) ---
page("de-nordufer-faehre", "nordkurier", "Neue Elektrofähre soll ab Mai zwischen Kleinmünde und Sandholm pendeln", "Von Henrike Stolz", [
    (None, "Die Reederei Nordufer will ab Mai eine elektrisch betriebene Fähre zwischen Kleinmünde und der Insel Sandholm einsetzen. Das Schiff bietet Platz für 180 Fahrgäste und 24 Autos."),
    (None, "Die Batterien werden während der zwanzigminütigen Liegezeit im Hafen von Kleinmünde über eine neue Ladestation geladen, die die Stadtwerke für 1,9 Millionen Euro gebaut haben."),
    (None, "Geschäftsführer Jannik Petersen rechnet mit einer jährlichen Einsparung von rund 600.000 Litern Diesel. Die bisherige Fähre soll als Reserveschiff im Hafen bleiben."),
    (None, "Die Fahrpreise ändern sich nach Angaben der Reederei nicht. Inselbewohner zahlen weiterhin den ermäßigten Tarif, Touristen den regulären Preis von 8,50 Euro pro Person."),
], "2026-02-20T10:00:00+01:00")
page("en-harbourpost-ferry", "harbourpost", "Electric ferry to link Kleinmünde and Sandholm from May", "Translated from the Nordufer Kurier", [
    (None, "The Nordufer shipping company plans to put an electric ferry into service between Kleinmünde and the island of Sandholm from May. The ship has room for 180 passengers and 24 cars."),
    (None, "Its batteries will be charged during the twenty-minute stop in Kleinmünde harbour from a new charging station that the municipal utility built for 1.9 million euros."),
    (None, "Managing director Jannik Petersen expects to save around 600,000 litres of diesel a year. The current ferry will stay in the harbour as a reserve vessel."),
    (None, "Fares will not change, the company says. Island residents will keep paying the reduced rate, tourists the regular price of 8.50 euros per person."),
], "2026-02-21T09:00:00Z")

# --- hard negative: two press releases by one company sharing a long "About" section ---
ABOUT = ("About Veridane Energy: Veridane Energy is an independent developer and operator of onshore wind and solar farms, founded in 2011 and headquartered in Port Caldwell. "
         "The company operates 41 sites with a combined capacity of 1.2 gigawatts across four countries and employs more than 600 people. "
         "Veridane is committed to sharing the benefits of renewable energy with the communities that host its projects through local ownership schemes and community funds.")
page("en-brightline-veridane-wind", "businesswire", "Veridane Energy starts construction of 90 MW Greyfell wind farm", "Veridane Energy", [
    (None, "Veridane Energy today announced the start of construction at its Greyfell wind farm, a 90-megawatt project of fifteen turbines that will supply enough electricity for around 75,000 homes once it is completed in late 2027."),
    (None, "The project has secured a fifteen-year power purchase agreement with a regional utility and will be financed through a combination of bank debt and equity from the company's own balance sheet."),
    (None, "\"Greyfell is our largest project to date and a milestone for the whole team,\" said chief executive Lorna Haddix. \"We are grateful to the landowners and the parish council for their support.\""),
    ("P:about", ABOUT),
], "2026-03-03T08:00:00Z")
page("en-brightline-veridane-cfo", "businesswire", "Veridane Energy appoints Tomasz Rybak as chief financial officer", "Veridane Energy", [
    (None, "Veridane Energy today announced the appointment of Tomasz Rybak as chief financial officer with effect from 1 June. He joins from a listed infrastructure fund, where he led the finance team for six years."),
    (None, "Mr Rybak succeeds Helen Achterberg, who is retiring after nine years with the company and will remain as an adviser to the board until the end of the year to ensure an orderly handover."),
    (None, "\"Tomasz brings deep experience of financing large energy projects at a moment when we are doubling the size of our pipeline,\" said chief executive Lorna Haddix."),
    ("P:about", ABOUT),
], "2026-04-14T08:00:00Z")

GROUPS = [
    ("en-excerpt", ["en-harbourpost-trams", "en-digestnow-trams"],
     "a digest site's excerpt: the article without its first and last paragraphs, plus a 'read the full story' line"),
    ("es-update", ["es-cronica-presa", "es-cronica-presa-actualizada"],
     "the same article updated: the whole original text plus three new paragraphs of reporting (about 40% of the new page), new headline"),
    ("zh-simplified-taiwan", ["zh-dongjiang-metro", "zh-daoyu-metro"],
     "simplified Chinese and a Taiwan-traditional repost (OpenCC s2twp: characters and phrasing, 地铁 → 捷運, 软件 → 軟體)"),
    ("th-zero-width", ["th-chaoban-rice", "th-ruam-rice"],
     "the repost has a zero-width space (U+200B) between Thai words"),
    ("vi-cp1258", ["vi-bantin-hocphi", "vi-diendan-hocphi"],
     "the repost in the form a Windows-1258 page decodes to: hat/horn letters precomposed, tone marks combining"),
    ("fr-quotes-dashes", ["fr-messager-pont", "fr-infoplus-pont"],
     "guillemets with no-break spaces and en dashes against straight quotes and hyphens; nothing else differs in the body"),
    ("en-quotes-dashes", ["en-harbourpost-aquarium", "en-ridgeline-aquarium"],
     "curly quotes and em dashes against straight quotes and double hyphens, headline too"),
    ("pt-jsonl", ["pt-gazeta-farol", "pt-dump-farol"],
     "the page and a scraper's JSONL record holding the same article text (news-please fields)"),
]
HARD = [
    ("translation-de-en", ["de-nordufer-faehre", "en-harbourpost-ferry"],
     "a German article and its hand translation into English: a near-duplicate is a same-language copy; linking languages is the stories stage's work"),
    ("templated-numbers", ["id-kabarkota-bbm-1", "id-kabarkota-bbm-2"],
     "a monthly fuel-price page: the same sentences with every number changed, one fixed closing paragraph; different news"),
    ("live-blog-days", ["en-ridgeline-live-day1", "en-ridgeline-live-day2"],
     "one live blog's two days: the same intro paragraph and chrome, different entries"),
    ("match-reports", ["es-marcador-ida", "es-marcador-vuelta"],
     "two reports of the same teams' cup tie a week apart: same names, stadiums, frame; different matches"),
    ("press-release-about", ["en-brightline-veridane-wind", "en-brightline-veridane-cfo"],
     "two press releases of one company sharing a long 'About' section (a gold block) and the wire's chrome"),
]


def main() -> None:
    for old in list(HERE.glob("*.html")) + list(HERE.glob("*.jsonl")):
        old.unlink()
    for doc, d in DOCS.items():
        (HERE / f"{doc}.html").write_text(d["html"], encoding="utf-8")
    for doc, rec in JSONL_RECORDS.items():
        (HERE / f"{doc}.jsonl").write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    blocks = KIT.shared_blocks()
    gold = {
        "documents": sorted([*DOCS, *JSONL_RECORDS]),
        "duplicate_groups": [{"group": g, "docs": d, "note": n} for g, d, n in GROUPS],
        "hard_negatives": [{"set": s, "docs": d, "why": w} for s, d, w in HARD],
        "translation_decision": {"docs": HARD[0][1], "duplicate": False, "why": HARD[0][2]},
        "update_decision": {"docs": GROUPS[1][1], "duplicate": True,
                            "why": "the update holds the whole original, word for word, in order: a reader "
                                   "calls it a later version of the same article, not a new one"},
        "blocks": blocks,
    }
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(DOCS) + len(JSONL_RECORDS)} pages, {len(blocks)} gold blocks")


if __name__ == "__main__":
    main()
