"""A page's notice that it was gathered from the web at large, in free word
order ("This post was put together from material found across the web",
"Bài viết được biên soạn từ các nguồn thông tin trên mạng"), and a source
credit naming only the web ("Nguồn: Internet"). Pages written for this
file; each positive failed at 91ae295, which knew only fixed phrases."""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds, span

BODY = {
    "en": "The town's summer festival returns next weekend with music on three stages and a "
    "food market along the river, organisers said on Monday.",
    "es": "La feria del libro vuelve este fin de semana al parque central con más de cien "
    "casetas y presentaciones de autores locales, según la organización.",
    "vi": "Lễ hội hoa xuân năm nay sẽ diễn ra trong 5 ngày tại công viên trung tâm thành phố, "
    "với hơn 200 gian hàng của các nhà vườn trong và ngoài tỉnh.",
    "pt": "A feira de artesanato volta neste fim de semana à praça central, com mais de cem "
    "barracas e oficinas gratuitas para crianças, segundo a prefeitura.",
    "id": "Festival kuliner tahunan kembali digelar akhir pekan ini di alun-alun kota dengan "
    "lebih dari seratus stan makanan khas daerah, kata panitia.",
    "th": "งานเทศกาลดอกไม้ประจำปีจะจัดขึ้นที่สวนสาธารณะกลางเมืองเป็นเวลาห้าวัน "
    "โดยมีร้านค้าจากทั่วประเทศมาร่วมงานกว่าสองร้อยร้าน",
}


@pytest.mark.parametrize(
    "lang, notice",
    [
        ("en", "This post was put together from material found across the web."),
        ("es", "Este artículo fue redactado a partir de información publicada en internet."),
        ("vi", "Bài viết được biên soạn từ các nguồn thông tin trên mạng, mang tính tham khảo."),
        ("pt", "Este artigo foi compilado a partir de conteúdos encontrados na internet."),
        ("id", "Artikel ini disusun dari beragam informasi di internet."),
        ("vi", "Nguồn: Internet"),
        ("es", "Fuente: internet."),
        ("th", "ที่มา: อินเทอร์เน็ต"),
    ],
)
def test_notice_of_a_page_gathered_from_the_web(lang, notice):
    doc = flagged(f"{BODY[lang]}\n{notice}\n")
    farm = kinds(doc, "content_farm", signal="machine_made_notice")
    assert len(farm) == 1, [f.reason for f in doc.flags]
    assert span(doc, farm[0]).strip().rstrip(".") in notice


@pytest.mark.parametrize(
    "lang, line",
    [
        # a newsroom's own credit: named sources, no web at large
        ("en", "This story was compiled from reports by Reuters and the Associated Press."),
        # the internet is what the story is about, not where it came from
        ("en", "This article was compiled from interviews with internet users in five countries."),
        ("en", "Source: Internet Watch Foundation"),
        ("es", "Según internet, la feria es una de las más antiguas del país."),
        # a photo credit is no source credit
        ("vi", "Ảnh: Internet"),
        # an article about such sites quoting their notice
        (
            "en",
            'Researchers found that many sites end each post with "This article was compiled '
            'from the internet", the report says.',
        ),
    ],
)
def test_lines_that_are_not_such_a_notice(lang, line):
    doc = flagged(f"{BODY[lang]}\n{line}\n")
    assert not kinds(doc, "content_farm"), [f.reason for f in doc.flags]


def test_every_web_phrase_holds_a_core_word():
    # the rule looks for the phrases only on pages holding one of the core words
    from newsline.flags import cues as C

    for table in (C.THE_WEB_AS_PLACE, C.THE_WEB_ALONE):
        for lang, phrases in table.items():
            for p in phrases:
                assert any(w in p for w in C.WEB_CORE_WORDS), (lang, p)
