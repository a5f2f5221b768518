"""find_contact's cheap gates: the messenger-name pattern opens on a
lookahead over the names' first letters, and the general contact pattern
runs only on a line holding what one of its alternatives needs (an "@", a
"/", a dot with something after it, nine digits). Both are necessary
conditions, so the answers are those of the ungated patterns. Lines
written for this file, in several languages and scripts."""

from __future__ import annotations

import re

import pytest

from newsline import contacts
from newsline.contacts import MESSENGERS, find_contact


def test_messenger_first_letters_agree_with_the_names_for_every_character():
    # under re.IGNORECASE the class and the names' first letters must take
    # the same characters (the Kelvin sign for "k", a dotted "İ" for "i",
    # ...: read are the characters with case, and the names' first letters)
    cls = re.compile(contacts._MESSENGER_FIRSTS, re.IGNORECASE)
    firsts = [re.compile(re.escape(m[0]), re.IGNORECASE) for m in MESSENGERS]
    cased = [c for c in map(chr, range(0x110000)) if c.lower() != c or c.upper() != c]
    for c in cased + [m[0] for m in MESSENGERS]:
        assert bool(cls.match(c)) == any(f.match(c) for f in firsts), hex(ord(c))


class _NoScan:
    def finditer(self, *args, **kwargs):
        raise AssertionError("the contact pattern ran on a line that cannot hold one")


@pytest.mark.parametrize(
    "line",
    [
        "Đọc thêm: giá vàng hôm nay tăng mạnh",
        "Read more stories like this",
        "Lire aussi. La suite demain",
        "อ่านต่อ ข่าวเศรษฐกิจวันนี้",
        "相关新闻 更多报道",
        "Mehr zum Thema: 3 Fragen an die Ministerin",
    ],
)
def test_a_line_with_no_contact_shape_skips_the_contact_pattern(line, monkeypatch):
    monkeypatch.setattr(contacts, "_CONTACT", _NoScan())
    assert find_contact(line) is None


@pytest.mark.parametrize(
    ("line", "contact"),
    [
        ("Liên hệ @thanhbet88 để nhận ưu đãi", "@thanhbet88"),
        ("Únete: t.me/apuestasya", "t.me/apuestasya"),
        (
            "Mehr unter https://beispiel-wetten.example/bonus",
            "https://beispiel-wetten.example/bonus",
        ),
        ("ดูเพิ่มที่ www.slotdee.xyz ได้เลย", "www.slotdee.xyz"),
        ("Gọi ngay 0912 345 678 để vay", "0912 345 678"),
        ("Appelez le +33 6 12 34 56 78", "+33 6 12 34 56 78"),
        ("Kunjungi gacor88.vip sekarang", "gacor88.vip"),
        ("ZALO: 0987654321 hỗ trợ 24/7", "ZALO: 0987654321"),
        ("加微信 abc12345 咨询", "微信 abc12345"),
    ],
)
def test_gated_patterns_still_find_every_kind(line, contact):
    assert find_contact(line) == contact
