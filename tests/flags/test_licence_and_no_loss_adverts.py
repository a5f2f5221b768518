"""Adverts injected into news bodies, each beside a way to write to the
seller: forged driving licences for sale in Vietnamese ("Nhận làm bằng lái
xe ... không cần thi", beside a phone or Zalo number), as forged diplomas
were; an investment with a profit "guaranteed, no loss" in Thai
("การันตีไม่ขาดทุน", beside a LINE handle); visa fixers promising a sure
pass ("代办签证…包出签", "Visa garantizada"), pills sold to grow taller
("obat peninggi badan", "ยาเพิ่มความสูง") and loans that waive the credit
bureau's check by naming it ("không check CIC"). Pages written for this
file (a heatwave, a boat race, a port strike, school meals, a rice harvest,
a flood, a panda). Near misses, no way to write to a seller or the page's
own topic: a police report on a ring forging licences, an analyst warning
that no investment is guaranteed against loss, a police report on a
visa-fixing ring, pills seized by the regulator, a central bank warning
against loans "without a CIC check"."""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds

ADVERTS = {
    "vi": (
        (
            "Nắng nóng gay gắt tại Nghệ An, nhiệt độ vượt 40 độ C\n"
            "Trung tâm khí tượng thủy văn tỉnh cho biết đợt nắng nóng sẽ kéo dài đến hết tuần, "
            "người dân cần hạn chế ra đường vào buổi trưa.\n"
            "Nhận làm bằng lái xe máy A1, ô tô B2 không cần thi, bao đậu 100% - gọi 0987 654 321\n"
            "Các bệnh viện trên địa bàn đã chuẩn bị thêm giường bệnh cho người bị say nắng.\n"
        ),
        "Nhận làm bằng lái",
    ),
    "th": (
        (
            "แข่งเรือยาวประเพณีจังหวัดน่านคึกคัก นักท่องเที่ยวแน่นสองฝั่งน้ำ\n"
            "การแข่งขันเรือยาวประจำปีจัดขึ้นที่แม่น้ำน่าน มีเรือเข้าร่วมกว่า 40 ลำจากหลายอำเภอ\n"
            "ลงทุนหุ้นต่างประเทศ กำไรเดือนละ 20% การันตีไม่ขาดทุน แอดไลน์ @money_now88\n"
            "ผู้ว่าราชการจังหวัดกล่าวว่า งานปีนี้มีผู้ชมมากที่สุดในรอบห้าปี\n"
        ),
        "ลงทุนหุ้นต่างประเทศ",
    ),
    "zh visa": (
        (
            "鹿特丹港工人罢工进入第三天 集装箱积压严重\n"
            "荷兰鹿特丹港码头工人周三继续罢工，要求提高工资，港口集装箱积压已超过两万个标准箱。\n"
            "代办签证，申根美加英，包出签，不成功全额退款，加微信 visa_pro888\n"
            "港口管理局表示，谈判将于周五恢复，但双方立场仍有较大分歧。\n"
        ),
        "代办签证",
    ),
    "id height pill": (
        (
            "Program makan bergizi gratis mulai menjangkau sekolah di Nusa Tenggara Timur\n"
            "Pemerintah provinsi mencatat lebih dari 120 sekolah dasar telah menerima paket makan "
            "siang sejak awal bulan, dengan menu yang disusun ahli gizi setempat.\n"
            "Obat peninggi badan alami, tambah tinggi 5-10 cm dalam 2 bulan, hubungi WA 0812 3456 7890\n"
            "Dinas pendidikan berharap program ini dapat menekan angka anak putus sekolah.\n"
        ),
        "Obat peninggi badan",
    ),
    "vi bureau loan": (
        (
            "Nông dân miền Tây thu hoạch lúa thu đông được giá\n"
            "Giá lúa tươi tại các tỉnh Đồng Tháp, An Giang đang ở mức 7.800 đồng mỗi kg, cao hơn "
            "cùng kỳ năm ngoái khoảng 600 đồng, theo sở nông nghiệp.\n"
            "Vay 50 triệu không check CIC, nợ xấu vẫn vay, giải ngân trong ngày, Zalo 0938 111 222\n"
            "Các doanh nghiệp xuất khẩu dự báo nhu cầu gạo sẽ tiếp tục tăng vào cuối năm.\n"
        ),
        "Vay 50 triệu không check CIC",
    ),
    "th height pill": (
        (
            "น้ำท่วมสุโขทัยขยายวง ชาวบ้านริมแม่น้ำยมอพยพขึ้นที่สูง\n"
            "สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดรายงานว่า ระดับน้ำในแม่น้ำยมเพิ่มขึ้นต่อเนื่อง "
            "มีบ้านเรือนได้รับผลกระทบกว่า 2,000 หลังคาเรือน\n"
            "ยาเพิ่มความสูง สูงขึ้น 5 ซม. ใน 60 วัน ของแท้จากญี่ปุ่น สั่งซื้อทักไลน์ @tall_plus\n"
            "เจ้าหน้าที่ได้ตั้งศูนย์พักพิงชั่วคราว 12 แห่งในพื้นที่อำเภอเมือง\n"
        ),
        "ยาเพิ่มความสูง",
    ),
    "es visa": (
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
    assert any(text.find(anchor) >= f.start and text.find(anchor) < f.end for f in found)


NEAR_MISSES = {
    "vi": (
        "Triệt phá đường dây làm bằng lái xe giả, bắt giữ 5 đối tượng\n"
        "Công an tỉnh cho biết các đối tượng đã làm bằng lái xe giả cho hơn 300 người "
        "với giá từ 5 đến 12 triệu đồng mỗi bằng.\n"
        "Vụ án đang được mở rộng điều tra.\n"
    ),
    "th": (
        "นักวิเคราะห์เตือนนักลงทุนระวังแชร์ลูกโซ่ช่วงปลายปี\n"
        "นักวิเคราะห์กล่าวว่า ไม่มีการลงทุนใดที่การันตีไม่ขาดทุน ผู้ที่อ้างเช่นนั้นมักเป็นมิจฉาชีพ\n"
        "ตลาดหลักทรัพย์แนะนำให้ตรวจสอบรายชื่อบริษัทที่ได้รับอนุญาตก่อนลงทุนทุกครั้ง\n"
    ),
    "zh visa ring": (
        "警方捣毁一代办签证诈骗团伙\n"
        "警方通报称，该团伙以代办签证、包出签为名，骗取200多名求职者的手续费，涉案金额超过300万元。\n"
        "警方提醒，如遇类似情况请拨打110报警。\n"
    ),
    "id pills seized": (
        "BPOM sita ribuan obat peninggi badan ilegal\n"
        "Badan Pengawas Obat dan Makanan menyita 4.000 kotak obat peninggi badan tanpa izin edar "
        "yang dijual secara daring kepada orang tua.\n"
        "Masyarakat diminta melapor ke nomor pengaduan 1500533.\n"
    ),
    "vi bureau warning": (
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
