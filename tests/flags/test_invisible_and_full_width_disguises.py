"""Adverts broken by characters that show nothing (zero-width spaces, soft
hyphens, word joiners inside the words) or written in full-width letters and
digits, and WeChat written as "add V" past a filter ("加V", "加薇❤"). The
spam rules read the words as a person sees them; the flag points at what is
written. Pages written for this file, in other sites' styles and languages
than the held-out set; the page cases failed before the change."""

from __future__ import annotations

import pytest

from newsline.contacts import find_contact
from newsline.flags.unmask import may_be_masked, unmasked
from tests.flags.helpers import flagged, kinds

ZW, SHY, WJ = "\u200b", "\u00ad", "\u2060"

ID_BRIDGE = (
    "Jembatan gantung Desa Sukamaju kembali dibuka\n"
    "Jembatan gantung yang menghubungkan Desa Sukamaju dan Desa Cibeureum kembali dibuka pada "
    "Senin setelah diperbaiki selama empat bulan oleh dinas pekerjaan umum kabupaten.\n"
    "{planted}\n"
    "Warga kini tidak perlu lagi memutar sejauh delapan kilometer untuk mengantar anak ke "
    "sekolah di seberang sungai.\n"
)
ES_MUSEUM = (
    "El museo de Cáceres amplía su horario en verano\n"
    "El Museo de Cáceres abrirá también los lunes por la tarde durante julio y agosto, según "
    "anunció la Junta de Extremadura, que prevé recibir un 20 % más de visitantes.\n"
    "{planted}\n"
    "La entrada seguirá siendo gratuita para los ciudadanos de la Unión Europea.\n"
)
ZH_MARKET = (
    "厦门八市完成改造重新开业\n"
    "厦门市思明区政府表示，八市屋顶与排水系统改造工程已经完成，摊主将于下周一起陆续回到市场营业。\n"
    "{planted}\n"
    "区政府指出，改造经费共八千万元，市场内还新设了母婴室和无障碍卫生间。\n"
)
JA_PARK = (
    "市立公園の遊具を全面更新へ\n"
    "市は市立中央公園の遊具を今年度中に全面的に更新すると発表した。老朽化した滑り台やブランコなど十二基を"
    "取り替える。\n"
    "{planted}\n"
    "工事期間中は公園の一部が立ち入り禁止となる。\n"
)


def _zw(text: str, mark: str = ZW) -> str:
    """Each word with ``mark`` after its first letter."""
    return " ".join(w[0] + mark + w[1:] if len(w) > 1 else w for w in text.split(" "))


PLANTED = [
    # zero-width spaces inside every word (id)
    (
        ID_BRIDGE,
        _zw("Pinjaman online cair 10 menit tanpa jaminan, hubungi WhatsApp 0812 7788 9900"),
    ),
    # soft hyphens inside the words (es)
    (
        ES_MUSEUM,
        _zw("Casino online con bono de bienvenida del 200%, regístrate en apuesta-ya.com", SHY),
    ),
    # full-width letters and digits, WeChat as "加V" (zh)
    (ZH_MARKET, "稳赚不赔的ＵＳＤＴ合约带单，每天收益百分之十，加V：ｃｏｉｎ５５８８ 名额有限"),
    # zero-width spaces inside the casino word, a word joiner in the LINE id (ja)
    (
        JA_PARK,
        f"オンラインカ{ZW}ジ{ZW}ノで今すぐ稼ぐ！登録ボーナス５千円、ＬＩＮＥ ＩＤ：ｗｉｎ{WJ}８８８",
    ),
]


@pytest.mark.parametrize(("page", "advert"), PLANTED)
def test_invisible_or_full_width_advert_is_spam(page: str, advert: str) -> None:
    doc = flagged(page.format(planted=advert))
    at = doc.text.index(advert)
    spam = [f for f in kinds(doc, "spam") if f.start <= at < f.end]
    assert spam, [f.reason for f in doc.flags]
    assert spam[0].data.get("disguised") is True
    assert not kinds(doc, "foreign_block"), [f.reason for f in doc.flags]


@pytest.mark.parametrize(
    "plain",
    [
        # full-width punctuation is how CJK is written: no disguise, not flagged
        ZH_MARKET.format(planted="摊主表示：“终于可以回来了！”市场管理处也提醒市民（周日休市）。"),
        # a soft hyphen a browser put in a long word of a real paragraph
        ES_MUSEUM.format(
            planted="La di\u00adrectora del museo explicó que la am\u00adpliación responde a la "
            "demanda de los turistas que llegan en los cruceros de Lisboa."
        ),
        # full-width digits in a real Japanese sentence
        JA_PARK.format(
            planted="新しい遊具は２０２７年３月までに設置される予定で、費用は約８千万円。"
        ),
    ],
)
def test_plain_pages_with_such_characters_are_not_flagged(plain: str) -> None:
    doc = flagged(plain)
    assert not [f for f in doc.flags if f.kind in ("spam", "content_farm")], [
        f.reason for f in doc.flags
    ]


def test_unhidden_text_keeps_offsets() -> None:
    for text in [
        _zw("vay tiền nhanh online, chỉ cần"),
        "带单ＵＳＤＴ合约，加V：ｃｏｉｎ５５８８",
        "kb" + ZW + "88 ch" + SHY + "ấm vip",
    ]:
        assert len(unmasked(text)) == len(text)
        assert may_be_masked(text)
    assert unmasked(_zw("vay tiền nhanh, chỉ")).split() == ["vay", "tiền", "nhanh,", "chỉ"]
    assert unmasked("ＵＳＤＴ合约，加V：ｃｏｉｎ５５８８") == "USDT合约，加V：coin5588"
    # CJK punctuation alone is no disguise: the gate stays shut
    assert not may_be_masked("攤商表示：「終於可以回來了！」（週日公休）")


@pytest.mark.parametrize(
    ("text", "contact"),
    [
        ("名额有限，速加薇❤：btc6688", "加薇❤:btc6688"),
        ("详情加V：coin5588", "加V:coin5588"),
        ("加微 abc_2026 备注来意", "加微 abc_2026"),
    ],
)
def test_wechat_written_as_add_v(text: str, contact: str) -> None:
    assert find_contact(text) == contact


@pytest.mark.parametrize("text", ["增加微量元素2000毫克", "他在加V字形护栏后离开", "参加微电影节"])
def test_add_v_in_ordinary_words_is_no_contact(text: str) -> None:
    assert find_contact(text) is None
