"""A farm's notice that its text was gathered from the web, with its offer to
take a text down when its owner asks ("... collected from around the web.
If you are the copyright owner, contact us and we will remove it"): a
content-farm flag even where the notice does not name the page itself.
Pages written for this file in other wordings than heldout4's; each
positive failed at 8500704, which asked for the page's own name first."""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds, span

BODY = {
    "en": "The county fair opens on Friday with a tractor parade, a livestock show and "
    "a craft tent run by local schools, the organisers said.",
    "fr": "Le marché de Noël ouvrira ses portes samedi sur la place de l'église avec une "
    "quarantaine de chalets d'artisans et une patinoire pour les enfants.",
    "vi": "Chợ hoa Tết năm nay sẽ mở cửa từ ngày 20 tháng Chạp tại bến sông với hơn "
    "300 gian hàng của các nhà vườn trong và ngoài tỉnh.",
    "id": "Pasar malam tahunan kembali digelar di lapangan kota selama sepekan dengan "
    "ratusan pedagang makanan dan kerajinan dari berbagai daerah.",
}


@pytest.mark.parametrize(
    "lang, notice",
    [
        (
            "en",
            "Some posts on this blog are collected from around the web. If you are the "
            "copyright owner of any material and want it taken down, please contact us.",
        ),
        (
            "fr",
            "Les contenus publiés ici sont récupérés sur internet. Si vous êtes l'auteur "
            "d'un texte et souhaitez son retrait, contactez-nous.",
        ),
        (
            "vi",
            "Thông tin được sưu tầm trên mạng, nếu vi phạm bản quyền xin vui lòng liên hệ "
            "để chúng tôi gỡ bỏ.",
        ),
        (
            "id",
            "Materi dikumpulkan dari internet. Jika Anda pemilik hak cipta dan keberatan, "
            "silakan hubungi kami agar segera dihapus.",
        ),
    ],
)
def test_gathered_from_the_web_with_a_takedown_offer(lang, notice):
    doc = flagged(f"{BODY[lang]}\n{notice}\n")
    farm = kinds(doc, "content_farm", signal="machine_made_notice")
    assert len(farm) == 1, [f.reason for f in doc.flags]
    assert notice.startswith(span(doc, farm[0])[:40])


@pytest.mark.parametrize(
    "lang, line",
    [
        # a newsroom's own copyright line: no gathering from the web
        (
            "en",
            "If you believe that material on this site infringes your copyright, please "
            "contact us and we will remove it.",
        ),
        # a report on a takedown: nobody asks to be written to
        (
            "en",
            "The clip, copied from the internet, was removed after its copyright owner "
            "complained, the platform said.",
        ),
        # a report quoting such a notice
        (
            "fr",
            "Ces sites terminent chaque article par « Les contenus sont récupérés sur "
            "internet. Si vous êtes l'auteur, contactez-nous pour leur retrait », note "
            "le rapport.",
        ),
        # all rights reserved, write to us: no web at large, no removal
        ("id", "Hak cipta dilindungi undang-undang. Hubungi redaksi kami di nomor 021-5550123."),
    ],
)
def test_lines_that_are_not_such_a_notice(lang, line):
    doc = flagged(f"{BODY[lang]}\n{line}\n")
    assert not kinds(doc, "content_farm"), [f.reason for f in doc.flags]
