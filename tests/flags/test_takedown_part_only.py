"""A notice that only PART of a site's content comes from the web, with the
usual offer to take it down ("本站部分内容来自网络，如有侵权请联系删除"), is the
site-wide disclaimer many sites with their own reporting print under every
page: it says nothing of this page, so no content-farm flag -- unlike a
notice that the page's or the site's content as a whole was gathered from
the web (tests/flags/test_takedown_notice.py). The sample corpus's Chinese
phone review carries such a footer and was flagged by the first takedown
rule of this session."""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.model import Document
from newsline.settings import Settings
from newsline.stages import default_stages

BODY = {
    "zh": [
        "新款折叠屏手机评测：铰链更轻，续航提升",
        "我们的测试机在三周内折叠了五千次，屏幕折痕几乎看不出来，铰链的阻尼感也保持稳定。",
        "续航方面，在中等亮度下连续播放视频可以坚持十四个小时，比上一代多出两个小时。",
        "相机模组的夜景表现进步明显，但长焦镜头在弱光下仍然有较多噪点。",
    ],
    "en": [
        "Hands-on: the new folding phone's hinge is lighter and lasts longer",
        (
            "Our test unit was folded five thousand times in three weeks and the crease is barely "
            "visible, while the hinge still holds its angle firmly."
        ),
        (
            "Battery life reached fourteen hours of video playback at medium brightness, two hours "
            "more than last year's model in the same test."
        ),
        (
            "Night shots from the main camera improved markedly, though the telephoto lens still "
            "shows noise in low light."
        ),
    ],
    "vi": [
        "Trải nghiệm điện thoại gập mới: bản lề nhẹ hơn, pin bền hơn",
        (
            "Máy thử nghiệm của chúng tôi đã được gập năm nghìn lần trong ba tuần, nếp gấp trên màn "
            "hình gần như không thấy và bản lề vẫn giữ góc chắc chắn."
        ),
        (
            "Thời lượng pin đạt mười bốn giờ phát video ở độ sáng trung bình, nhiều hơn hai giờ so "
            "với mẫu năm ngoái trong cùng bài kiểm tra."
        ),
        (
            "Ảnh chụp đêm từ camera chính cải thiện rõ rệt, dù ống kính tele vẫn còn nhiễu khi thiếu "
            "sáng."
        ),
    ],
    "es": [
        "Primeras impresiones: la bisagra del nuevo móvil plegable es más ligera",
        (
            "Nuestra unidad de prueba se plegó cinco mil veces en tres semanas y el pliegue apenas se "
            "nota, mientras la bisagra mantiene firme su ángulo."
        ),
        (
            "La batería alcanzó catorce horas de vídeo con brillo medio, dos horas más que el modelo "
            "del año pasado en la misma prueba."
        ),
        (
            "Las fotos nocturnas de la cámara principal mejoraron claramente, aunque el teleobjetivo "
            "todavía muestra ruido con poca luz."
        ),
    ],
}
PART_ONLY = {
    "zh": "本站部分内容来自网络，如有侵权请联系删除　数码频道 版权所有 © 2019-2025",
    "en": "Some images on this site come from the internet. If you hold the copyright to any of "
    "them, contact us and we will remove them.",
    "vi": "Một số hình ảnh trên trang được sưu tầm từ internet, nếu vi phạm bản quyền xin vui lòng "
    "liên hệ để chúng tôi gỡ bỏ.",
    "es": "Algunas imágenes de este sitio han sido tomadas de internet. Si usted es el titular de "
    "los derechos, escríbanos y las retiraremos.",
}
WHOLE = {
    "zh": "本站内容来自网络，如有侵权请联系删除　数码频道 版权所有 © 2019-2025",
    "es": "Los textos de este sitio han sido tomados de internet. Si usted es el titular de los "
    "derechos, escríbanos y los retiraremos.",
}


def _farm_flags(lang: str, footer: str):
    doc = Document(id="t", source="test", text="\n".join([*BODY[lang], footer]))
    stats: Counter[str] = Counter()
    for stage in default_stages(Settings())[:6]:  # up to events: per-document stages
        stage([doc], stats)
    assert doc.lang == lang
    return [f for f in doc.flags if f.kind == "content_farm"]


@pytest.mark.parametrize("lang", sorted(PART_ONLY))
def test_a_notice_about_part_of_the_site_is_no_farm_flag(lang):
    assert not _farm_flags(lang, PART_ONLY[lang])


@pytest.mark.parametrize("lang", sorted(WHOLE))
def test_a_notice_about_all_of_it_still_is(lang):
    assert _farm_flags(lang, WHOLE[lang])
