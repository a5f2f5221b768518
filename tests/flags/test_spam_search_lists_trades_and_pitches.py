"""Injected adverts heldout12 showed the spam rules miss
(benchmarks/flags_heldout.py --set heldout12, z02, z03, z05-z09), read here
on pages written for this file in other styles and languages:
- a list of search phrases in German, whose nouns are all capitalised, so
  the "search words are written small" test never held; and a list ending
  in a phone number and a full stop, read as a sentence before;
- Malay loan-shark and Khmer betting adverts, whose trades had no words;
- the work-from-home income pitch (a sum, a period, "from home", a link);
- an appeal for money to a cryptocurrency wallet.
Near misses stay quiet: a list of club names, a sentence listing ministries,
a news line about the credit bureau, a story about remote work, a caption
with a wage, a report on a crypto fraud quoting the address."""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds

HEAD = {
    "de": (
        "Köln saniert die Mülheimer Brücke bis 2028\n"
        "Die Sanierung der Mülheimer Brücke dauert zwei Jahre länger als geplant, teilte die "
        "Stadt Köln am Dienstag mit; die Kosten steigen auf 420 Millionen Euro.\n"
    ),
    "id": (
        "Jalan tol Semarang-Demak dibuka bulan depan\n"
        "Ruas jalan tol Semarang-Demak sepanjang 27 kilometer akan dibuka untuk umum bulan "
        "depan setelah uji laik fungsi, kata Kementerian Pekerjaan Umum pada Selasa.\n"
    ),
    "en": (
        "County opens new library in the old post office\n"
        "The county opened its new central library on Tuesday in the restored post office "
        "building, with 80,000 books and a makerspace for teenagers.\n"
    ),
    "ms": (
        "Jambatan baharu di Kuantan dibuka kepada orang ramai\n"
        "Jambatan baharu merentasi Sungai Kuantan dibuka kepada orang ramai pada Selasa "
        "selepas tiga tahun pembinaan, kata kerajaan negeri Pahang dalam satu kenyataan.\n"
    ),
    "km": (
        "ខេត្តសៀមរាបបើកផ្លូវថ្មីទៅប្រាសាទបន្ទាយស្រី\n"
        "អាជ្ញាធរខេត្តសៀមរាបបានបើកផ្លូវថ្មីប្រវែង ២៥ គីឡូម៉ែត្រ ទៅកាន់ប្រាសាទបន្ទាយស្រី "
        "ដើម្បីជួយសម្រួលដល់ភ្ញៀវទេសចរ។\n"
    ),
    "pt": (
        "Recife inaugura novo terminal de ônibus na zona norte\n"
        "A prefeitura do Recife inaugurou nesta terça-feira o novo terminal de ônibus de "
        "Casa Amarela, que vai atender 60 mil passageiros por dia.\n"
    ),
    "vi": (
        "Hải Phòng thông xe cầu Hoàng Văn Thụ 2\n"
        "Sáng thứ Ba, Hải Phòng thông xe cầu Hoàng Văn Thụ 2 bắc qua sông Cấm, rút ngắn "
        "quãng đường từ trung tâm sang Thủy Nguyên còn 10 phút.\n"
    ),
}
TAIL = {
    "de": "Radfahrer können die Brücke während der Arbeiten weiter nutzen.",
    "id": "Tarif tol untuk kendaraan golongan I ditetapkan Rp 19.000.",
    "en": "The library is open from 9 a.m. to 8 p.m. every day except Sunday.",
    "ms": "Jambatan itu dijangka mengurangkan kesesakan di pusat bandar.",
    "km": "ផ្លូវនេះនឹងបើកឱ្យប្រើប្រាស់ជាផ្លូវការនៅខែក្រោយ។",
    "pt": "O terminal tem bicicletário e acesso para pessoas com deficiência.",
    "vi": "Cầu có 4 làn xe và hai làn đi bộ hai bên.",
}

PLANTED = {
    "de_search_list": (
        "Zahnarzt Köln Notdienst, Zahnarzt Köln Implantate, Zahnarzt Köln günstig, "
        "Zahnarzt Köln Ehrenfeld, Zahnarzt Köln am Wochenende"
    ),
    "id_list_with_phone": (
        "Jasa pindahan rumah murah, jasa pindahan rumah Semarang, jasa pindahan rumah "
        "terdekat, jasa pindahan rumah kantor, jasa pindahan rumah 24 jam, hubungi "
        "0812-3456-7890."
    ),
    "en_list_with_phone": (
        "emergency plumber Leeds, cheap plumber Leeds, plumber Leeds city centre, boiler "
        "repair plumber Leeds, best plumber Leeds - call 0113 496 0000."
    ),
    "ms_loan_shark": (
        "Pinjaman wang berlesen, lulus segera tanpa CTOS! Hubungi WhatsApp 012-987 6543 "
        "untuk kelulusan hari ini."
    ),
    "km_online_betting": ("ល្បែងស៊ីសងអនឡាញ ដាក់ប្រាក់ ១០ ដុល្លារ លេងបានភ្លាមៗ ទាក់ទង Telegram: @kh_play_99"),
    "en_home_income": (
        "Sandra K. - My aunt makes $92 an hour working from home on her laptop, I couldn't "
        "believe it until I tried. Details at www.easyhomecash-jobs.net"
    ),
    "pt_home_income": (
        "Ganhe R$ 350 por dia sem sair de casa, só com o celular: clique aqui e comece hoje."
    ),
    "id_home_income": (
        "Dapat Rp 500 ribu per hari dari rumah cuma modal HP! Daftar sekarang di "
        "bit.ly/kerja-rumah-id"
    ),
    "vi_wallet_appeal": (
        "Chung tay ủng hộ người dân vùng lũ: chuyển USDT (ERC20) vào "
        "0x9f8e7d6c5b4a39281706f5e4d3c2b1a098765432 để được nhân đôi số tiền ủng hộ."
    ),
}


@pytest.mark.parametrize("case", sorted(PLANTED))
def test_a_planted_advert_is_flagged(case):
    lang = case.split("_")[0]
    doc = flagged(HEAD[lang] + PLANTED[case] + "\n" + TAIL[lang])
    found = [f for f in kinds(doc, "spam") if doc.text[f.start : f.end] == PLANTED[case]]
    assert len(found) == 1, (case, [(f.reason, f.start) for f in doc.flags])


NEAR_MISSES = {
    # names share their words too, and German capitalises every one of them
    "de_club_names": ("FC Köln Frauen, FC Köln II, FC Köln U19, FC Köln U17, FC Köln Futsal"),
    # a sentence listing offices that share words, no way to call anyone
    "en_ministries": (
        "The ministry of health, the ministry of finance, the ministry of labour, the "
        "ministry of trade and the ministry of transport all signed the plan."
    ),
    # the credit bureau named in news, no contact
    "ms_ctos_news": (
        "Bank Negara berkata pemohon yang ditolak boleh menyemak laporan CTOS mereka "
        "secara percuma sekali setahun."
    ),
    # a wage in a caption: no link, no way to sign up
    "en_caption_wage": (
        "Maria Lopez, who earns $18 an hour from home as a call-centre agent, at her desk."
    ),
}


@pytest.mark.parametrize("case", sorted(NEAR_MISSES))
def test_near_misses_stay_quiet(case):
    lang = case.split("_")[0]
    doc = flagged(HEAD[lang] + NEAR_MISSES[case] + "\n" + TAIL[lang])
    assert not kinds(doc, "spam"), [f.reason for f in doc.flags]


TOPICS = {
    # the article is about remote work: its own figures are no advert
    "remote_work": (
        "Survey: one in four workers now earns a living from home\n"
        "A quarter of the country's workers now work from home at least three days a week, "
        "a survey by the statistics office found, up from 6 per cent before 2020.\n"
        "Call-centre staff interviewed said they earn about $19 an hour from home, the same "
        "as in the office; the survey is at www.stats.example.gov/remote\n"
        "Employers said productivity had not fallen."
    ),
    # a report on a crypto fraud quotes the wallet as evidence
    "crypto_fraud": (
        "Police trace $2 million taken in fake flood-relief crypto appeal\n"
        "Police said fraudsters posing as a charity collected about $2 million in bitcoin and "
        "tether after last month's floods, using social media posts.\n"
        "Donors were told to send USDT to 0x9f8e7d6c5b4a39281706f5e4d3c2b1a098765432 and "
        "promised their gifts would be doubled.\n"
        "The wallet has been frozen by the exchange, police said."
    ),
}


@pytest.mark.parametrize("case", sorted(TOPICS))
def test_a_page_about_the_trade_keeps_its_own_lines(case):
    doc = flagged(TOPICS[case])
    assert not kinds(doc, "spam"), [f.reason for f in doc.flags]
