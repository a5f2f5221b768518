"""Machine translation that left words as they were: the source site's
English interface strings inside the sentences of a page in another
language ("... Share this article", "Loading..."), and Chinese or Japanese
words left in Han script or kana inside the sentences of a page written in
another script. Pages written for this file in languages, trades and scripts
heldout7 does not use. Near misses: a name glossed in brackets, a term in
quotation marks, one interface string, English brand and code names, a
Korean page with Hanja, an English page."""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds

UI_PAGES = {
    "es": (
        "La cooperativa de Jaén abre una nueva almazara\n"
        "La cooperativa anunció el lunes que abrirá una nueva almazara en las afueras del pueblo, "
        "con capacidad para 40 toneladas de aceituna al día. Continue reading below\n"
        "Según su presidente, la obra costará dos millones de euros y dará empleo a 25 "
        "personas durante la campaña. Click to expand\n"
        "Los agricultores esperan una cosecha mejor que la del año pasado, que fue muy corta "
        "por la sequía. Show more\n"
    ),
    "vi": (
        "Cần Thơ mở thêm tuyến xe buýt điện\n"
        "Thành phố Cần Thơ cho biết sẽ đưa vào hoạt động tuyến xe buýt điện thứ hai vào tháng "
        "tới, nối bến xe trung tâm với sân bay. See more\n"
        "Mỗi ngày tuyến này có 60 chuyến, giá vé 7.000 đồng, học sinh được giảm một nửa. "
        "Loading... Jump to comments\n"
    ),
    "id": (
        "Pemkot Malang bangun taman kota baru di tepi sungai\n"
        "Pemerintah kota akan membangun taman seluas dua hektare di tepi sungai Brantas mulai "
        "bulan depan. Listen to this article\n"
        "Taman itu dilengkapi jalur sepeda dan ruang bermain anak, kata kepala dinas. "
        "Save article Load more\n"
    ),
}

SOURCE_SCRIPT_PAGES = {
    "th": (
        "บริษัทรถยนต์ไฟฟ้าเปิดโรงงานใหม่ที่ระยอง\n"
        "บริษัท 比亚迪 ได้ประกาศว่าจะเปิดโรงงานประกอบรถยนต์ไฟฟ้าแห่งใหม่ที่จังหวัดระยองในปีหน้า\n"
        "โรงงานนี้จะผลิต 新能源汽车 ปีละ 150,000 คัน และจะจ้างพนักงาน 3,000 คน "
        "เพื่อส่งเสริม 产业链 ในภูมิภาค\n"
    ),
    "id": (
        "Perusahaan Jepang buka pabrik suku cadang di Karawang\n"
        "Perusahaan itu mengumumkan pabrik baru di Karawang yang akan memproduksi "
        "部品 untuk mobil listrik mulai tahun depan.\n"
        "Menurut 社長 perusahaan, investasi sebesar 2 triliun rupiah akan membuka lapangan "
        "kerja bagi 1.500 orang dan memperkuat サプライチェーン di kawasan itu.\n"
    ),
    "es": (
        "La ciudad de Xi'an inaugura un museo de cerámica\n"
        "Según 新华社, la ciudad de 西安 inauguró el martes un museo de cerámica con más de "
        "dos mil piezas.\n"
        "El museo promoverá el 文化旅游 de la región y recibirá a 5.000 visitantes al día.\n"
    ),
}


LEFT = [("ui_strings", lang, page) for lang, page in sorted(UI_PAGES.items())] + [
    ("source_script_words", lang, page) for lang, page in sorted(SOURCE_SCRIPT_PAGES.items())
]


@pytest.mark.parametrize(("signal", "lang", "page"), LEFT)
def test_words_left_untranslated_in_the_sentences(signal, lang, page):
    doc = flagged(page)
    assert doc.lang == lang
    assert kinds(doc, "machine_translation", signal=signal), doc.flags


CLEAN = {
    # names glossed in brackets, a slogan in quotation marks
    "vi_glossed": (
        "Chủ tịch Trung Quốc thăm Hà Nội\n"
        "Chủ tịch Tập Cận Bình (习近平) đã tới Hà Nội chiều thứ Hai trong chuyến thăm hai ngày, "
        "cùng Thủ tướng Lý Cường (李强).\n"
        "Hai bên nhắc lại khẩu hiệu “一带一路” và ký 12 văn kiện hợp tác về giao thông, "
        "thương mại và giáo dục tại thủ đô Bắc Kinh (北京) và Hà Nội.\n"
    ),
    # one Japanese name given once in its own script
    "es_one_name": (
        "Muere el arquitecto japonés Kenzo Morita\n"
        "El arquitecto Kenzo Morita (森田健三) murió el domingo en Osaka a los 91 años, "
        "informó su estudio.\n"
        "Morita diseñó más de cuarenta museos y estaciones en Japón y en Europa.\n"
    ),
    # English brand, product and code names, one interface string
    "es_brands": (
        "La startup de Valencia lanza su nueva aplicación\n"
        "La empresa presentó el martes Smart Home Hub, una aplicación que funciona con Google "
        "Assistant y Apple Watch, desarrollada con Visual Studio Code.\n"
        "La versión para Android estará disponible en junio, dijo su fundadora. Read more\n"
    ),
    # a Korean page writes Hanja for short words: its own script
    "ko_hanja": (
        "美 국무장관, 다음주 방한\n"
        "미국 국무장관이 다음 주 서울을 방문해 韓美 외교장관 회담을 연다고 외교부가 밝혔다.\n"
        "양국은 北 미사일 문제와 경제 협력 방안을 논의할 예정이다.\n"
    ),
    # an English page's own interface strings are its own language
    "en_page": (
        "City council approves new bike lanes\n"
        "The council voted on Tuesday to add 40 kilometres of bike lanes across the city. "
        "Read more\n"
        "Work will begin in the spring and take two years, the mayor said. Share this article\n"
    ),
}


@pytest.mark.parametrize("name", sorted(CLEAN))
def test_clean_pages_are_not_flagged(name):
    doc = flagged(CLEAN[name])
    assert not kinds(doc, "machine_translation"), doc.flags
