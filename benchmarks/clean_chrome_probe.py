"""How many well-known chrome lines are kept when they stand between two paragraphs?

    PYTHONPATH=src python3 benchmarks/clean_chrome_probe.py [--show]

77 one-line UI phrases of news pages (en, fr, es, vi, th, zh: "Read more:
…", "Publicité", "Xem thêm: …", "โฆษณา", "点击阅读全文" …), each put
between the second and third of four neutral paragraphs, and after them.
Prints how many are kept (body/title) in each place; --show lists them.
Rules were corrected after looking at this list (session 14): it is a
development probe, not a held-out score.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

LINES = {
    "en": [
        "Read more: Council approves new bike lanes on Main Street",
        "Advertisement",
        "Story continues below advertisement",
        "Click here to read the full report on the council's website",
        "Share this article",
        "Follow us on Twitter @riversidegazette",
        "Photo: AP",
        "This article originally appeared on The Conversation.",
        "Copyright 2024 The Associated Press. All rights reserved.",
        "Reporting by Jane Doe; Editing by Mark Smith",
        "Want more stories like this? Sign up for our newsletter.",
        "Related: Council approves new bike lanes",
        "Most popular",
        "Recommended for you",
        "Don't miss: The best beaches in the region",
        "Have a news tip? Email us at tips@gazette.example",
        "We want to hear from you. Share your story with us.",
        "Log in to comment",
        "Terms of Service | Privacy Policy | Contact",
        "Updated 3:45 PM EDT, Tue March 12, 2024",
        "Listen to this article · 4 min",
    ],
    "fr": [
        "À lire aussi : Les travaux du tramway reportés",
        "Publicité",
        "La suite après cette publicité",
        "Abonnez-vous pour lire la suite",
        "Partager sur Facebook",
        "Crédit photo : AFP",
        "Cet article vous est offert",
        "Suivez-nous sur Instagram",
        "Article réservé aux abonnés",
        "Vous avez repéré une erreur ? Signalez-la",
        "Nos newsletters",
        "Temps de lecture : 3 min",
        "Réagir à cet article",
    ],
    "es": [
        "Lee también: El ayuntamiento aprueba los presupuestos",
        "Publicidad",
        "Sigue leyendo",
        "Síguenos en Twitter",
        "Foto: EFE",
        "Más información: El plan de obras del parque",
        "Te recomendamos",
        "Comentar",
        "Temas relacionados",
        "Archivado en: Parques, Obras",
        "Únete a nuestro canal de WhatsApp",
        "Hazte socio y apoya el periodismo independiente",
    ],
    "vi": [
        "Xem thêm: Hà Nội cải tạo công viên Thống Nhất",
        "Quảng cáo",
        "Theo VnExpress",
        "Ảnh: internet",
        "Bạn đang xem bài viết tại chuyên mục Xã hội",
        "Nguồn: Báo Lao Động",
        "Mời quý độc giả theo dõi các chương trình đã phát sóng",
        "Tin cùng chuyên mục",
        "Chia sẻ bài viết",
        "Ý kiến bạn đọc",
        "Gửi bình luận",
    ],
    "th": [
        "อ่านต่อ",
        "โฆษณา",
        "ภาพ: เทศบาลเมือง",
        "ติดตามข่าวสารได้ที่ เพจเฟซบุ๊ก",
        "คลิกอ่านต่อ",
        "แชร์ข่าวนี้",
        "ข่าวที่น่าสนใจ",
        "แสดงความคิดเห็น",
        "เรื่องที่คุณอาจสนใจ",
    ],
    "zh": [
        "（本文来源：新华社）",
        "点击阅读全文",
        "更多精彩，请关注本地生活号",
        "扫码下载客户端",
        "编辑：李明",
        "原标题：市中心公园改造工程下月动工",
        "推荐阅读",
        "返回首页，查看更多",
        "声明：本文仅代表作者观点",
        "打开APP阅读更多精彩内容",
        "特别声明：以上内容仅代表作者本人观点",
    ],
}


def main() -> None:
    from tests.clean import helpers as H

    ap = argparse.ArgumentParser()
    ap.add_argument("--show", action="store_true")
    a = ap.parse_args()
    n = kept_between = kept_after = 0
    for lang, lines in LINES.items():
        body = getattr(H, f"BODY_{lang.upper()}")
        for line in lines:
            n += 1
            between = H.label_between(body, line)[0]
            after = H.classify_lines([*body, line])[line][0]
            kept_between += between in ("body", "title")
            kept_after += after in ("body", "title")
            if a.show and (between in ("body", "title") or after in ("body", "title")):
                print(f"{lang}  between={between:<10} after={after:<10} {line}")
    print(f"{n} chrome lines: kept between paragraphs {kept_between}, kept after the article {kept_after}")


if __name__ == "__main__":
    main()
