"""A list article's numbered subheadings ("4) Kantong plastik", "5. Mang
theo áo mưa") over short items are body wherever the item under one is too
short to be read as a paragraph: the heads' numbers run on, one after the
other, in the same style. A lone numbered line has no such neighbour.
Pages written for this test."""

from __future__ import annotations

from .helpers import classify_lines

VI = [
    "Hà Nội vào mùa mưa: năm điều cần nhớ khi ra đường",
    "Mùa mưa năm nay được dự báo đến sớm hơn mọi năm, với nhiều trận mưa lớn kéo dài trong nhiều giờ liền ở nội thành.",
    "1. Mang theo áo mưa",
    "Nên để sẵn một chiếc trong cốp xe.",
    "2. Tránh các tuyến hay ngập",
    "Đường Nguyễn Khuyến và phố Hoàng Cầu thường ngập sâu.",
    "3. Kiểm tra phanh xe",
    "Phanh ướt kém ăn hơn nhiều.",
    "4. Xem dự báo trước khi đi",
    "Đài khí tượng cập nhật mỗi ba giờ.",
    "5. Giữ điện thoại khô ráo",
    "Một túi nhựa nhỏ là đủ.",
    "Cơ quan chức năng khuyến cáo người dân hạn chế ra đường khi có mưa dông kèm gió giật mạnh, đặc biệt vào giờ cao điểm buổi chiều.",
]

ID = [
    "Lima cara hemat listrik di musim kemarau",
    "Tagihan listrik rumah tangga biasanya naik pada musim kemarau karena kipas angin dan pendingin ruangan menyala lebih lama setiap hari.",
    "1) Matikan lampu",
    "Cukup saat tidak dipakai.",
    "2) Cabut pengisi daya",
    "Pengisi daya tetap menyedot listrik walau tidak dipakai.",
    "3) Atur suhu AC",
    "Cukup 25 derajat.",
    "Perusahaan listrik negara mencatat konsumsi listrik rumah tangga naik sekitar delapan persen selama musim kemarau tahun lalu.",
]


def test_numbered_heads_over_short_items_are_body():
    for lines in (VI, ID):
        got = classify_lines(lines)
        heads = [x for x in lines if x[:1].isdigit()]
        assert all(got[x][0] == "body" for x in heads), [(x, got[x]) for x in heads]
