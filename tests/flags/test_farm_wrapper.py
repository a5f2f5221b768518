"""A content farm's wrapper around a story it did not report: the page
opens by promising what "this article" will explore and closes hoping it
helped or asking readers to share it (benchmarks/data/flags/heldout10 z14
missed it, in English). Pages written for this file, in other languages:
an Indonesian fuel-price story, a Spanish rail story, a Vietnamese school
story. Near misses stay quiet: an explainer whose lede promises to cover
everything but which ends on a fact, a column that signs off hoping it
helped with no promise at the top, and a story quoting a farm's opening."""

from __future__ import annotations

from tests.flags.helpers import flagged, kinds


def wrappers(text: str) -> list:
    return kinds(flagged(text), "content_farm", signal="farm_wrapper")


def test_an_indonesian_farm_wrapper():
    text = (
        "Harga BBM Pertamax turun mulai 1 Juli\n"
        "Dalam artikel ini, kita akan membahas penurunan harga BBM yang berlaku bulan depan.\n"
        "Pertamina menurunkan harga Pertamax menjadi Rp12.500 per liter mulai 1 Juli.\n"
        "Penurunan ini mengikuti turunnya harga minyak dunia selama dua bulan terakhir.\n"
        "Harga Pertalite tidak berubah, kata juru bicara Pertamina.\n"
        "Semoga artikel ini bermanfaat dan jangan lupa bagikan ke teman-teman Anda.\n"
    )
    assert len(wrappers(text)) == 1


def test_a_spanish_farm_wrapper():
    text = (
        "Todo sobre el nuevo tren entre Madrid y Toledo\n"
        "En este artículo vamos a repasar todo lo que necesitas saber sobre el nuevo tren.\n"
        "Renfe pondrá en marcha en septiembre doce servicios diarios entre Madrid y Toledo.\n"
        "El trayecto durará 28 minutos y el billete costará 14 euros.\n"
        "Los abonos mensuales tendrán un descuento del 50 %.\n"
        "Esperamos que este artículo te haya sido útil. ¡No olvides compartirlo!\n"
    )
    assert len(wrappers(text)) == 1


def test_a_vietnamese_farm_wrapper():
    text = (
        "Lịch thi vào lớp 10 ở Hà Nội năm nay\n"
        "Trong bài viết này, chúng ta sẽ cùng tìm hiểu lịch thi vào lớp 10 của Hà Nội.\n"
        "Kỳ thi diễn ra trong hai ngày 7 và 8/6 với ba môn Toán, Ngữ văn và Ngoại ngữ.\n"
        "Sở Giáo dục cho biết có khoảng 105.000 thí sinh đăng ký dự thi.\n"
        "Điểm thi sẽ được công bố trước ngày 20/6.\n"
        "Hy vọng bài viết này hữu ích với bạn, đừng quên chia sẻ cho bạn bè nhé.\n"
    )
    assert len(wrappers(text)) == 1


def test_an_explainer_ending_on_a_fact_is_quiet():
    text = (
        "Congestion charge: what changes on Monday\n"
        "Everything you need to know about the new congestion charge, which starts on Monday.\n"
        "Drivers entering the zone between 7am and 7pm will pay £8 a day.\n"
        "Residents get a 90% discount and blue-badge holders pay nothing.\n"
        "The council expects to raise £20 million a year for buses.\n"
    )
    assert wrappers(text) == []


def test_a_column_signing_off_with_no_promise_at_the_top_is_quiet():
    text = (
        "Cara hemat listrik di musim kemarau\n"
        "Tagihan listrik rumah kami naik hampir 30 persen sejak Juli.\n"
        "Saya mencoba mematikan pendingin ruangan pada siang hari dan memakai kipas angin.\n"
        "Hasilnya, tagihan bulan lalu turun Rp150 ribu.\n"
        "Semoga bermanfaat.\n"
    )
    assert wrappers(text) == []


def test_a_story_quoting_a_farms_opening_is_quiet():
    text = (
        "Study finds thousands of copycat news sites\n"
        'Many of the sites open with "In this article, we will explore" before copying a wire story, the study found.\n'
        "Researchers at the university counted 4,100 such sites in six months.\n"
        "Most earned money from advertising networks.\n"
        'They often close with "We hope this article has been helpful", the authors wrote.\n'
    )
    assert wrappers(text) == []
