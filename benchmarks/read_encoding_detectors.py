"""Which charset detector reads legacy Asian encodings right?

    PYTHONPATH=src python benchmarks/read_encoding_detectors.py

Encodes news-like sentences (written for this benchmark) in Vietnamese
cp1258, Thai TIS-620, Chinese GB18030 and Big5 with Python's codecs, as
short text (1 sentence), long text (6 sentences) and HTML pages whose meta
charset lies ("utf-8"), and prints, per detector, how many decode back to
the original text (compared after NFC) and the mean time per call:

* resiliparse ``detect_encoding`` (uchardet),
* charset-normalizer ``from_bytes().best()``,
* newsline's own ``decode_bytes`` (BOM -> UTF-8 -> declared-if-clean -> detectors).
"""

from __future__ import annotations

import sys
import time
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from newsline.readers.decode import BinaryContent, charset_from_markup, decode_bytes

SENTENCES = {
    ("vi", "cp1258"): [
        "Hà Nội hôm nay công bố kế hoạch phát triển kinh tế mới.",
        "Thủ tướng cho biết chính phủ sẽ đầu tư vào hạ tầng giao thông.",
        "Giá xăng dầu trong nước tiếp tục giảm nhẹ từ chiều nay.",
        "Đội tuyển bóng đá quốc gia đã giành chiến thắng thuyết phục.",
        "Người dân miền Trung đang khẩn trương khắc phục hậu quả bão lũ.",
        "Các chuyên gia nhận định thị trường chứng khoán sẽ phục hồi.",
    ],
    ("th", "tis-620"): [
        "วันนี้รัฐบาลประกาศแผนพัฒนาเศรษฐกิจฉบับใหม่",
        "นายกรัฐมนตรีกล่าวว่าจะลงทุนด้านโครงสร้างพื้นฐาน",
        "ราคาน้ำมันในประเทศปรับลดลงเล็กน้อยตั้งแต่บ่ายวันนี้",
        "ทีมฟุตบอลชาติไทยคว้าชัยชนะอย่างสวยงาม",
        "ประชาชนในภาคใต้เร่งฟื้นฟูบ้านเรือนหลังน้ำท่วม",
        "นักวิเคราะห์คาดว่าตลาดหุ้นจะฟื้นตัวในไตรมาสหน้า",
    ],
    ("zh-hans", "gb18030"): [
        "北京今天宣布了新的经济发展计划。",
        "总理表示政府将大力投资交通基础设施。",
        "国内成品油价格从今天下午起小幅下调。",
        "国家足球队取得了令人信服的胜利。",
        "南方地区群众正在抓紧恢复洪灾后的生产生活。",
        "分析人士预计股市将在下个季度回暖。",
    ],
    ("zh-hant", "big5"): [
        "台北今天宣布了新的經濟發展計畫。",
        "行政院長表示政府將大力投資交通建設。",
        "國內油價從今天下午起小幅調降。",
        "國家足球隊取得了令人信服的勝利。",
        "南部地區民眾正在加緊恢復水災後的生活。",
        "分析師預計股市將在下一季回溫。",
    ],
}


def encode(text: str, codec: str) -> bytes:
    if codec != "cp1258":
        return text.encode(codec)
    out = []
    for ch in text:
        try:
            ch.encode("cp1258")
            out.append(ch)
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        base, marks = d[0], d[1:]
        for i, m in enumerate(marks):
            c = unicodedata.normalize("NFC", base + m)
            if len(c) == 1:
                try:
                    c.encode("cp1258")
                except UnicodeEncodeError:
                    continue
                base, marks = c, marks[:i] + marks[i + 1 :]
                break
        out.append(base + marks)
    return "".join(out).encode("cp1258")


def cases():
    for (lang, codec), sents in SENTENCES.items():
        for i, s in enumerate(sents):
            yield f"{lang}/short", codec, s
        yield f"{lang}/long", codec, " ".join(sents)
        for i in range(3):
            page = (
                '<html><head><meta charset="utf-8"><title>'
                + sents[i]
                + "</title></head><body>"
                + "".join(f"<p>{s}</p>" for s in sents[i:] + sents[:i])
                + "</body></html>"
            )
            yield f"{lang}/html-lying-meta", codec, page


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def run_resiliparse(data: bytes) -> str:
    from resiliparse.parse.encoding import detect_encoding

    return data.decode(detect_encoding(data), "replace")


def run_charset_normalizer(data: bytes) -> str:
    import charset_normalizer

    best = charset_normalizer.from_bytes(data).best()
    return str(best) if best is not None else ""


def run_newsline(data: bytes) -> str:
    try:
        return decode_bytes(data, [("meta charset", charset_from_markup(data))]).text
    except BinaryContent:
        return ""


def main() -> None:
    detectors = {
        "resiliparse": run_resiliparse,
        "charset-normalizer": run_charset_normalizer,
        "newsline.decode_bytes": run_newsline,
    }
    all_cases = [(group, codec, text, encode(text, codec)) for group, codec, text in cases()]
    print(
        f"{len(all_cases)} samples: {len(SENTENCES)} encodings x (6 short, 1 long, 3 HTML with lying meta)"
    )
    for name, fn in detectors.items():
        right: dict[str, int] = {}
        total: dict[str, int] = {}
        for _group, _codec, _text, data in all_cases:
            fn(data)  # warm up (imports, codec tables)
        t0 = time.perf_counter()
        for group, codec, text, data in all_cases:
            try:
                ok = nfc(fn(data)) == nfc(text)
            except Exception:
                ok = False
            key = f"{codec}:{group.split('/')[1]}"
            total[key] = total.get(key, 0) + 1
            right[key] = right.get(key, 0) + ok
        dt = (time.perf_counter() - t0) / len(all_cases)
        score = sum(right.values())
        detail = "  ".join(f"{k}={right[k]}/{total[k]}" for k in total)
        print(
            f"{name:22s} {score:3d}/{len(all_cases)} right, {dt * 1000:6.2f} ms/call  |  {detail}"
        )


if __name__ == "__main__":
    main()
