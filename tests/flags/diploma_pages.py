"""Pages with a line to fill ("{a}"), for the trade-advert tests (tests only)."""

PAGES = {
    "en": (
        "The county will resurface the coastal road between the two harbours this "
        "autumn, the transport committee decided on Tuesday after a long debate.\n"
        "{a}\n"
        "Work is due to start in September and last eleven weeks, with one lane "
        "kept open for buses and delivery vans throughout.\n"
    ),
    "zh": (
        "市政府今天表示，將在年底前完成十二座老舊公園的改建工程，總經費約新台幣八億元，分三期施工。\n"
        "{a}\n"
        "市府指出，改建後的公園將增設無障礙步道與遮陽設施，施工期間部分區域將暫時封閉。\n"
    ),
    "zh-hans": (
        "记者从市交通局获悉，全市第三批共享单车停放点将于下月启用，新增停放点约四百个。\n"
        "{a}\n"
        "交通局表示，新停放点主要分布在地铁站和大型商场周边，将有效缓解乱停乱放问题。\n"
    ),
    "th": (
        "เทศบาลนครเริ่มปรับปรุงตลาดสดเทศบาลแห่งที่ 2 โดยใช้งบประมาณกว่า 45 ล้านบาท "
        "คาดว่าจะแล้วเสร็จภายในสิ้นปีนี้\n"
        "{a}\n"
        "ระหว่างการก่อสร้าง ผู้ค้าจะย้ายไปขายชั่วคราวที่ลานจอดรถด้านหลังตลาด\n"
    ),
    "es": (
        "El ayuntamiento aprobó este lunes la reforma del mercado central, que costará "
        "2,4 millones de euros y durará algo más de un año.\n"
        "{a}\n"
        "Durante las obras, los puestos se trasladarán a una carpa instalada en la plaza "
        "de la estación, según el concejal de Comercio.\n"
    ),
    "vi": (
        "Ủy ban nhân dân quận vừa khởi công cải tạo công viên trung tâm với tổng vốn "
        "khoảng 45 tỷ đồng, dự kiến hoàn thành vào cuối năm nay.\n"
        "{a}\n"
        "Trong thời gian thi công, một phần công viên sẽ được rào chắn để bảo đảm an "
        "toàn cho người dân đi bộ và tập thể dục.\n"
    ),
}
