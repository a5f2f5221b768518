"""Three more trades whose adverts are injected into news bodies: visa
fixers promising a sure pass ("代办签证…包出签", "visa dijamin"), pills sold
to grow taller ("增高药", "obat peninggi", "ยาเพิ่มความสูง"), and loans
that waive the credit bureau's check by naming it ("不查征信", "không check
CIC", "ไม่เช็คบูโร"), each beside a way to write to the seller. Pages
written for this file (a port strike, a school-meal scheme, a rice harvest,
a flood, a zoo's panda), in Chinese, Indonesian, Vietnamese, Thai and
Spanish. Near misses, no way to write to a seller or the page's own topic: a
police report on a visa-fixing ring, a report on pills sold as growing
children taller, a central bank warning against loans "without a CIC
check"."""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds

ADVERTS = {
    "zh": (
        (
            "鹿特丹港工人罢工进入第三天 集装箱积压严重\n"
            "荷兰鹿特丹港码头工人周三继续罢工，要求提高工资，港口集装箱积压已超过两万个标准箱。\n"
            "代办签证，申根美加英，包出签，不成功全额退款，加微信 visa_pro888\n"
            "港口管理局表示，谈判将于周五恢复，但双方立场仍有较大分歧。\n"
        ),
        "代办签证",
    ),
    "id": (
        (
            "Program makan bergizi gratis mulai menjangkau sekolah di Nusa Tenggara Timur\n"
            "Pemerintah provinsi mencatat lebih dari 120 sekolah dasar telah menerima paket makan "
            "siang sejak awal bulan, dengan menu yang disusun ahli gizi setempat.\n"
            "Obat peninggi badan alami, tambah tinggi 5-10 cm dalam 2 bulan, hubungi WA 0812 3456 7890\n"
            "Dinas pendidikan berharap program ini dapat menekan angka anak putus sekolah.\n"
        ),
        "Obat peninggi badan",
    ),
    "vi": (
        (
            "Nông dân miền Tây thu hoạch lúa thu đông được giá\n"
            "Giá lúa tươi tại các tỉnh Đồng Tháp, An Giang đang ở mức 7.800 đồng mỗi kg, cao hơn "
            "cùng kỳ năm ngoái khoảng 600 đồng, theo sở nông nghiệp.\n"
            "Vay 50 triệu không check CIC, nợ xấu vẫn vay, giải ngân trong ngày, Zalo 0938 111 222\n"
            "Các doanh nghiệp xuất khẩu dự báo nhu cầu gạo sẽ tiếp tục tăng vào cuối năm.\n"
        ),
        "Vay 50 triệu không check CIC",
    ),
    "th": (
        (
            "น้ำท่วมสุโขทัยขยายวง ชาวบ้านริมแม่น้ำยมอพยพขึ้นที่สูง\n"
            "สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดรายงานว่า ระดับน้ำในแม่น้ำยมเพิ่มขึ้นต่อเนื่อง "
            "มีบ้านเรือนได้รับผลกระทบกว่า 2,000 หลังคาเรือน\n"
            "ยาเพิ่มความสูง สูงขึ้น 5 ซม. ใน 60 วัน ของแท้จากญี่ปุ่น สั่งซื้อทักไลน์ @tall_plus\n"
            "เจ้าหน้าที่ได้ตั้งศูนย์พักพิงชั่วคราว 12 แห่งในพื้นที่อำเภอเมือง\n"
        ),
        "ยาเพิ่มความสูง",
    ),
    "es": (
        (
            "El zoológico de Chapultepec presenta a su nueva cría de panda\n"
            "La cría, una hembra de cuatro meses, podrá verse desde el sábado en horario reducido, "
            "informó la dirección del zoológico.\n"
            "Visa garantizada para Estados Unidos sin entrevista, trámite en 10 días, escríbenos por "
            "WhatsApp +52 55 1234 5678\n"
            "Los cuidadores pidieron a los visitantes no usar flash en el recinto.\n"
        ),
        "Visa garantizada",
    ),
}


@pytest.mark.parametrize("lang", sorted(ADVERTS))
def test_the_advert_is_spam(lang):
    text, anchor = ADVERTS[lang]
    doc = flagged(text, labels={0: "title"})
    found = kinds(doc, "spam")
    assert found, [f.reason for f in doc.flags]
    assert any(f.start <= text.find(anchor) < f.end for f in found)


NEAR_MISSES = {
    "zh": (
        "警方捣毁一代办签证诈骗团伙\n"
        "警方通报称，该团伙以代办签证、包出签为名，骗取200多名求职者的手续费，涉案金额超过300万元。\n"
        "警方提醒，如遇类似情况请拨打110报警。\n"
    ),
    "id": (
        "BPOM sita ribuan obat peninggi badan ilegal\n"
        "Badan Pengawas Obat dan Makanan menyita 4.000 kotak obat peninggi badan tanpa izin edar "
        "yang dijual secara daring kepada orang tua.\n"
        "Masyarakat diminta melapor ke nomor pengaduan 1500533.\n"
    ),
    "vi": (
        "Ngân hàng Nhà nước cảnh báo bẫy vay tiền không check CIC\n"
        "Theo Ngân hàng Nhà nước, nhiều ứng dụng quảng cáo cho vay không check CIC thực chất là "
        "tín dụng đen với lãi suất lên tới 1.000% mỗi năm.\n"
        "Người dân có thể phản ánh qua đường dây nóng 1900 1234.\n"
    ),
}


@pytest.mark.parametrize("lang", sorted(NEAR_MISSES))
def test_news_about_such_schemes_is_not_spam(lang):
    doc = flagged(NEAR_MISSES[lang], labels={0: "title"})
    assert not kinds(doc, "spam"), [f.reason for f in doc.flags]
