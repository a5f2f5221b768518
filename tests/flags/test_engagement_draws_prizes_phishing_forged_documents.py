"""Lures heldout16 showed the tables lacked (benchmarks/flags_heldout.py
--set heldout16, s01-s10): a draw entered by likes, shares and follows,
whatever its prize (GIVEAWAY_DRAW, GIVEAWAY_ENGAGE); prize notices in Hindi,
Polish, Tagalog and Malay; credential phishing ("your account has been
suspended … confirm at <domain>") in more languages; trading-signal groups
in Polish; forged documents and loans for the blacklisted sold in link
lists. Pages written for this file, in other trades and wordings than the
held-out set's; warnings that quote the lures and results pages that tell
winners where to claim stay clean."""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds

STORY = {
    "pl": (
        "Gdański ratusz ogłosił przetarg na budowę nowej linii tramwajowej na Morenę.\n"
        "{a}\n"
        "Według urzędników prace mają ruszyć wiosną i potrwać dwa lata.\n"
    ),
    "en": (
        "The county council approved a new cycle path along the river after a two-year consultation.\n"
        "{a}\n"
        "Work is expected to start in the spring and take about eighteen months.\n"
    ),
    "es": (
        "El ayuntamiento de Zaragoza aprobó la reforma del mercado central, que cerrará durante seis meses.\n"
        "{a}\n"
        "Los comerciantes se trasladarán a una carpa provisional en la plaza de al lado.\n"
    ),
    "hi": (
        "भोपाल में बड़े तालाब के किनारे नया साइकिल ट्रैक बनाया जाएगा, नगर निगम ने प्रस्ताव पास किया।\n"
        "{a}\n"
        "निगम के अनुसार ट्रैक की लंबाई 7 किलोमीटर होगी और काम अगले महीने शुरू होगा।\n"
    ),
    "tl": (
        "Nagsimula na ang pagsasaayos ng palengke sa bayan ng Tanauan, ayon sa lokal na pamahalaan.\n"
        "{a}\n"
        "Inaasahang matatapos ang proyekto bago mag-Pasko.\n"
    ),
    "ms": (
        "Majlis Bandaraya Johor Bahru akan menaik taraf 12 taman permainan kanak-kanak tahun ini.\n"
        "{a}\n"
        "Kerja-kerja dijangka siap sebelum cuti sekolah akhir tahun.\n"
    ),
    "ru": (
        "В Нижнем Новгороде начали ремонт Канавинского моста, движение ограничено до осени.\n"
        "{a}\n"
        "Подрядчик обещает завершить работы к 1 октября.\n"
    ),
}


@pytest.mark.parametrize(
    "page,lure",
    [
        ("pl", "KONKURS! Do wygrania hulajnoga elektryczna – udostępnij ten post i oznacz 3 znajomych w komentarzu!"),
        ("en", "GIVEAWAY! We're giving away a PlayStation 5 — like and share, then tag 3 friends to enter!"),
        ("es", "¡SORTEO! Regalamos una moto eléctrica: comparte esta publicación y etiqueta a 3 amigos."),
        ("hi", "बधाई हो! आप जीत गए हैं ₹10 लाख का इनाम। इनाम प्राप्त करने के लिए 98765 11111 पर कॉल करें।"),
        ("pl", "Gratulujemy! Zostałeś wybrany zwycięzcą naszej loterii. Odbierz nagrodę na stronie nagroda-pl.example."),
        ("tl", "Binabati ka namin, nanalo ka ng ₱50,000! Para i-claim ang premyo, magpadala ng ₱500 processing fee."),
        ("ms", "Tahniah, anda telah memenangi RM10,000 dalam cabutan bertuah! Untuk menuntut hadiah, hubungi ejen kami."),
        ("ms", "Akaun anda telah dibekukan. Sila sahkan akaun anda di bank-sahkan.example dalam masa 24 jam."),
        ("ru", "Ваша карта заблокирована. Подтвердите свои данные по ссылке karta-check.example."),
        ("en", "Your account has been suspended. Confirm your account details at secure-login-bank.example today."),
        ("pl", "Darmowe sygnały tradingowe co rano – dołącz na Telegramie @sygnaly_pro i zarabiaj."),
    ],
)
def test_lures_are_spam(page, lure):
    doc = flagged(STORY[page].format(a=lure))
    found = kinds(doc, "spam")
    assert found, [f.reason for f in doc.flags]
    lure_at = doc.text.index(lure)
    assert any(f.start < lure_at + len(lure) and lure_at < f.end for f in found)


@pytest.mark.parametrize(
    "text",
    [
        # a police warning quoting the lure
        "Policja ostrzega przed fałszywymi konkursami w mediach społecznościowych.\n"
        "Oszuści piszą „KONKURS! Udostępnij ten post i wygraj samochód!” i proszą o dane karty.\n"
        "Funkcjonariusze radzą nie podawać nikomu numerów kart płatniczych.\n",
        # results: the winners told where to claim, in the third person or after "if"
        "लॉटरी विभाग ने शनिवार को साप्ताहिक ड्रॉ के परिणाम घोषित किए।\n"
        "विजेताओं को इनाम पाने के लिए 30 दिन के भीतर टिकट जमा करना होगा।\n",
        "Losowanie Lotto odbyło się w sobotę wieczorem, główna wygrana trafiła do Radomia.\n"
        "Jeśli wygrałeś, odbierz nagrodę w kolekturze w ciągu 60 dni od losowania.\n",
        # a bank's own warning, naming the scam in its prose
        "Bank Negara mengingatkan orang ramai tentang mesej palsu yang meminta mereka mengesahkan akaun.\n"
        "Mesej itu berbunyi \"Sila sahkan akaun anda di pautan ini\" dan menyasarkan pengguna perbankan dalam talian.\n"
        "Orang ramai dinasihatkan menghubungi talian rasmi bank sekiranya ragu-ragu.\n",
    ],
)
def test_warnings_and_results_stay_clean(text):
    doc = flagged(text)
    assert not kinds(doc, "spam"), [f.reason for f in doc.flags]


def test_forged_documents_row_of_links():
    text = (
        "В Самаре открыли после ремонта главный корпус областной библиотеки.\n"
        "Читатели смогут пользоваться залами с 9 утра до 9 вечера.\n"
        "купить диплом о высшем образовании | купить аттестат школы | справка 095у купить | купить права категории B | курсы английского\n"
    )
    doc = flagged(text, labels={2: "navigation"})
    found = kinds(doc, "spam")
    assert found and found[0].start == text.index("купить диплом"), [f.reason for f in doc.flags]


def test_loans_for_the_blacklisted_as_a_list_of_links():
    lines = [
        "pinjaman untuk senarai hitam",
        "pinjaman tanpa penjamin cepat",
        "pinjaman peribadi kakitangan swasta",
        "resepi kuih raya mudah",
    ]
    text = (
        "Kerajaan negeri Perak melancarkan program penanaman semula bakau di pesisir Manjung.\n"
        "Sebanyak 50,000 anak pokok akan ditanam dalam tempoh dua tahun.\n" + "\n".join(lines) + "\n"
    )
    doc = flagged(text, labels={2: "navigation", 3: "navigation", 4: "navigation", 5: "navigation"})
    assert kinds(doc, "spam"), [f.reason for f in doc.flags]


def test_a_bonus_of_any_percentage_in_persian():
    # the table named one amount ("بونوس ۱۰۰"); the trade's word is a bonus of any percentage
    text = (
        "شهرداری شیراز از آغاز بازسازی بازار وکیل با همکاری میراث فرهنگی خبر داد.\n"
        "بونوس ۵۰ درصد برای اولین شارژ حساب؛ همین حالا عضو کانال تلگرام @bet_shiraz شوید.\n"
        "به گفته شهردار، بازسازی حدود یک سال طول می‌کشد و بازار در این مدت باز خواهد بود.\n"
    )
    doc = flagged(text)
    assert kinds(doc, "spam"), [f.reason for f in doc.flags]
