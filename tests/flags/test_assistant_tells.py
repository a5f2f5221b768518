"""A chatbot's own words left in a page's text ("As an AI language model,
I ...", "Certainly! Here is the article ...:") mark a machine-written page;
the same words quoted by a report, or said of another machine, do not.
Pages written for this file (not the held-out sets' text); each positive
case failed before the rule."""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds, span

EN = (
    "Harbour ferry timetable changes from Monday\n"
    "The harbour ferry will run every 20 minutes instead of every half hour on weekdays from "
    "Monday, the regional transport authority said, after passenger numbers rose by a quarter.\n"
    "{x}\n"
    "Weekend services are unchanged, and fares stay at the current level until next spring.\n"
)
DE = (
    "Stadtbibliothek verlängert Öffnungszeiten\n"
    "Die Stadtbibliothek öffnet ab dem kommenden Monat auch sonntags von zehn bis sechzehn Uhr, "
    "teilte die Stadtverwaltung am Dienstag mit.\n"
    "{x}\n"
    "Die Ausleihe bleibt für Kinder und Jugendliche weiterhin kostenlos.\n"
)
ID = (
    "Pasar tradisional direnovasi\n"
    "Pemerintah kota mulai merenovasi tiga pasar tradisional yang rusak akibat kebakaran tahun "
    "lalu, dengan anggaran lebih dari dua puluh miliar rupiah dari dana daerah.\n"
    "{x}\n"
    "Pedagang akan dipindahkan sementara ke lapangan parkir di sebelah pasar.\n"
)
ZH = (
    "本市新开通三条公交线路\n"
    "市交通运输局表示，三条新公交线路将于下周一开通，连接地铁站与新建住宅区，方便居民出行。\n"
    "{x}\n"
    "新线路首末班时间分别为早上六点和晚上十点。\n"
)
VI = (
    "Thành phố mở thêm ba tuyến xe buýt mới\n"
    "Sở Giao thông vận tải cho biết ba tuyến xe buýt mới sẽ đi vào hoạt động từ thứ Hai tuần "
    "sau, kết nối các khu dân cư mới với trung tâm thành phố.\n"
    "{x}\n"
    "Giá vé mỗi lượt là 7.000 đồng, học sinh được giảm một nửa.\n"
)


@pytest.mark.parametrize(
    "page, tell",
    [
        (EN, "As an AI, I cannot confirm the exact number of passengers, but ferries are popular."),
        (DE, "Als KI-Sprachmodell habe ich keinen Zugriff auf aktuelle Öffnungszeiten der Bibliothek."),
        (ID, "Sebagai model bahasa, saya tidak memiliki data terbaru tentang jumlah pedagang di pasar."),
        (ZH, "作为一个人工智能语言模型，我无法获取最新的公交时刻表信息。"),
        (VI, "Là một mô hình ngôn ngữ, tôi không thể xác nhận thông tin về giá vé mới nhất."),
    ],
)
def test_a_chatbot_speaking_of_itself_is_a_machine_written_page(page, tell):
    doc = flagged(page.format(x=tell))
    got = kinds(doc, "content_farm", signal="assistant_tell")
    assert got and span(doc, got[0]) in tell, [f.reason for f in doc.flags]


@pytest.mark.parametrize(
    "page, opening",
    [
        (EN, "Sure! Here's a short news story about the new ferry timetable:"),
        (DE, "Gerne! Hier ist ein Artikel über die neuen Öffnungszeiten:"),
        (ID, "Tentu! Berikut adalah artikel berita tentang renovasi pasar:"),
        (ZH, "好的！以下是关于新公交线路的新闻稿："),
    ],
)
def test_a_chatbots_opening_left_as_a_paragraph_is_a_machine_written_page(page, opening):
    doc = flagged(page.format(x=opening))
    got = kinds(doc, "content_farm", signal="assistant_tell")
    assert got and span(doc, got[0]) == opening, [f.reason for f in doc.flags]


@pytest.mark.parametrize(
    "page, line",
    [
        # quoted by a report on a court case
        (EN, 'The judge read out a passage that began "As an AI language model, I cannot give '
             'legal advice" and asked who had written it.'),
        # said of another machine, not by the page about itself
        (EN, "As an AI model, the new routing system cannot see road closures, officials said."),
        (ZH, "专家说，作为一个AI助手，这类软件经常编造答案，读者应当核实。"),
        # mid-sentence, reported
        (DE, "Der Bot schrieb, als KI habe er keine Meinung, doch die Stadt prüft den Fall."),
        # a sub-heading that introduces a list, with no word of assent
        (EN, "Here are the new weekday departure times:"),
        # a word of assent that is not a chatbot's opening
        (EN, "Of course the ferry operator welcomed the change, saying it had long asked for it."),
        (VI, "Tất nhiên, đây là tin vui với người dân ở các khu đô thị mới."),
    ],
)
def test_quoted_or_reported_tells_are_not_flagged(page, line):
    doc = flagged(page.format(x=line))
    assert not kinds(doc, "content_farm"), [f.reason for f in doc.flags]
