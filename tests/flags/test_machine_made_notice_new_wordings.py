"""A page's notice that a machine made it, in wordings the tables lacked:
"this text" / "este texto" / "ce texte" as the page naming itself, the bare
noun of a language without articles ("Материал ...") in the page's last
blocks, and "by an automated system" / "hệ thống tự động" / "нейросетью" as
the maker. Pages written for this file; each positive failed before."""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds, span

EN = (
    "County opens two new recycling centres\n"
    "Two new recycling centres opened on Saturday in the north of the county, taking glass, "
    "garden waste, batteries and small electrical items seven days a week.\n"
    "The county said the sites would cut the drive to a tip by half for 30,000 households.\n"
)
PT = (
    "Prefeitura amplia horário das unidades de saúde\n"
    "As unidades básicas de saúde da zona sul passarão a funcionar até as 22 horas a partir de "
    "segunda-feira, informou a secretaria municipal de saúde nesta sexta.\n"
    "A medida deve reduzir as filas nos prontos-socorros da região.\n"
)
RU = (
    "В городе откроют новые пункты проката велосипедов\n"
    "Городские власти объявили, что летом в парках и у станций метро появятся ещё сорок пунктов "
    "проката велосипедов и самокатов.\n"
    "Стоимость часа проката останется прежней.\n"
)
VI = (
    "Hà Nội lắp thêm 200 camera giám sát giao thông\n"
    "Công an thành phố cho biết sẽ lắp thêm 200 camera giám sát tại các nút giao thông trọng "
    "điểm trong năm nay để phát hiện vi phạm và điều tiết giao thông.\n"
    "Dữ liệu từ camera sẽ được kết nối với trung tâm chỉ huy.\n"
)
ES = (
    "La ciudad instala fuentes de agua potable en los parques\n"
    "El ayuntamiento instalará cincuenta nuevas fuentes de agua potable en parques y plazas "
    "antes del verano, anunció este martes la concejala de medio ambiente.\n"
)
FR = (
    "Le tramway prolongé jusqu'à l'hôpital\n"
    "La ligne 2 du tramway sera prolongée de trois stations jusqu'au centre hospitalier, a "
    "annoncé la métropole, pour une mise en service prévue en septembre.\n"
)


@pytest.mark.parametrize(
    "page, notice",
    [
        (EN, "This text was produced by an automated system from agency wires."),
        (PT, "Este texto foi produzido com inteligência artificial a partir de comunicados."),
        (RU, "Материал создан нейросетью по данным из открытых источников."),
        (VI, "Nội dung này được tạo bởi hệ thống tự động của chúng tôi."),
        (ES, "Este texto fue redactado automáticamente a partir de notas de prensa."),
        (FR, "Ce texte a été généré automatiquement à partir de communiqués."),
    ],
)
def test_a_machine_made_notice_in_new_wordings(page, notice):
    doc = flagged(page + notice + "\n")
    got = kinds(doc, "content_farm", signal="machine_made_notice")
    assert got and span(doc, got[0]) in notice, [f.reason for f in doc.flags]


@pytest.mark.parametrize(
    "page, line, at_end",
    [
        # a report about another article, not the page's notice about itself
        (RU, "Статья, написанная нейросетью, вызвала скандал в редакции журнала.", False),
        # an article of a law, in the page's last block
        (RU, "Статья 12 закона запрещает прокат самокатов детям до 14 лет.", True),
        # a newsroom's disclosure that editors checked the AI's draft
        (EN, "This text was produced by an automated system and reviewed by our editors.", True),
        # a story naming such systems, not opening by naming itself
        (VI, "Nhiều trang tin dùng hệ thống tự động để đăng lại bài của báo khác.", True),
    ],
)
def test_reports_about_machine_made_text_are_not_notices(page, line, at_end):
    lines = page.splitlines()
    text = page + line + "\n" if at_end else "\n".join([*lines[:2], line, *lines[2:]]) + "\n"
    doc = flagged(text)
    assert not kinds(doc, "content_farm"), [f.reason for f in doc.flags]
