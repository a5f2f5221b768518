"""Deterministic synthetic multilingual news corpora for the benchmarks.

    python benchmarks/gen_corpus.py OUT_DIR --docs 10000 --format txt|jsonl|warc [--seed 7]

Writes N news-like documents of about 3 kB each, a quarter each in
Vietnamese, Thai, Chinese and English, as:

* ``txt``   -- one UTF-8 ``.txt`` file per document, 1,000 per sub-folder;
* ``jsonl`` -- ``.jsonl`` shards of 10,000 lines (``{"url", "text", "published"}``);
* ``warc``  -- ``.warc.gz`` shards of 1,000 HTTP ``response`` records, each an
  HTML page with navigation, the article (h1 + paragraphs) and a footer, one
  gzip member per record as crawlers write them.

Each document is a headline, a dateline with a date, paragraphs of prose
built from per-language phrase tables plus invented names and content words
(so unrelated documents share few character 5-grams: mean Jaccard 0.10 zh,
0.20 th, 0.30 en, 0.39 vi), and a few chrome lines (share / related /
copyright). About 8 % of documents are near-copies of an earlier
one (two sentences changed) and 2 % exact copies under another URL, so the
duplicate detector has real work. The same seed always gives the same bytes.

The word tables are invented for load testing; they name no real site,
person or event. This script must never be imported by the package.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path

LANGS = ("vi", "th", "zh", "en")
# Bumped whenever the output changes, so cached corpora are regenerated.
GENERATOR_VERSION = 2

# Per language: subjects, verbs, objects, places, connectives, chrome lines,
# and how words join (Thai and Chinese are written without spaces).
TABLES: dict[str, dict[str, list[str] | str]] = {
    "en": {
        "join": " ",
        "subj": [
            "The city council",
            "Local farmers",
            "The transport ministry",
            "Hospital staff",
            "A group of students",
            "The river authority",
            "Small traders",
            "Fire crews",
            "The regional court",
            "Shipping firms",
            "Teachers' unions",
            "The weather office",
        ],
        "verb": [
            "announced",
            "rejected",
            "delayed",
            "approved",
            "questioned",
            "welcomed",
            "reviewed",
            "extended",
            "suspended",
            "funded",
            "criticised",
            "completed",
        ],
        "obj": [
            "a new flood barrier",
            "the bus fare increase",
            "plans for a second bridge",
            "the harvest subsidy",
            "a vaccination drive",
            "the budget for schools",
            "repairs to the old market",
            "a ban on night fishing",
            "the port expansion",
            "emergency housing",
            "a survey of air quality",
            "the rail timetable",
        ],
        "tail": [
            "after a long debate",
            "on Tuesday morning",
            "despite protests",
            "following heavy rain",
            "for the third time this year",
            "ahead of the holiday",
            "in a brief statement",
            "according to officials",
            "at a press conference",
            "earlier than expected",
        ],
        "place": [
            "in the northern district",
            "near the harbour",
            "across the province",
            "in the capital",
            "along the coast",
            "in three villages",
        ],
        "quote": [
            '"We will keep working with residents," a spokesperson said.',
            '"The numbers are still being checked," one official told reporters.',
            '"Nobody expected it to happen this quickly," a witness said.',
        ],
        "chrome": [
            "Share this article",
            "Read more",
            "Related stories",
            "Follow us",
            "Copyright 2024 Example Media. All rights reserved.",
            "Subscribe to our newsletter",
            "Home | World | Business | Sport",
        ],
        "months": [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ],
        "date": "{month} {day}, {year}",
        "end": ".",
    },
    "vi": {
        "join": " ",
        "subj": [
            "Ủy ban nhân dân thành phố",
            "Nông dân địa phương",
            "Bộ Giao thông vận tải",
            "Nhân viên bệnh viện",
            "Một nhóm sinh viên",
            "Ban quản lý sông",
            "Các tiểu thương",
            "Lực lượng cứu hỏa",
            "Tòa án khu vực",
            "Các hãng vận tải biển",
            "Công đoàn giáo viên",
            "Trung tâm khí tượng",
        ],
        "verb": [
            "đã công bố",
            "đã bác bỏ",
            "đã hoãn",
            "đã phê duyệt",
            "đã chất vấn",
            "hoan nghênh",
            "đang xem xét",
            "đã gia hạn",
            "đã tạm dừng",
            "đã cấp vốn cho",
            "đã phê phán",
            "đã hoàn thành",
        ],
        "obj": [
            "dự án đê chống lũ mới",
            "việc tăng giá vé xe buýt",
            "kế hoạch xây cầu thứ hai",
            "khoản hỗ trợ mùa vụ",
            "chiến dịch tiêm chủng",
            "ngân sách cho trường học",
            "việc sửa chữa chợ cũ",
            "lệnh cấm đánh bắt cá ban đêm",
            "dự án mở rộng cảng",
            "nhà ở khẩn cấp",
            "cuộc khảo sát chất lượng không khí",
            "lịch chạy tàu hỏa",
        ],
        "tail": [
            "sau một cuộc tranh luận kéo dài",
            "vào sáng thứ Ba",
            "bất chấp phản đối",
            "sau đợt mưa lớn",
            "lần thứ ba trong năm nay",
            "trước kỳ nghỉ lễ",
            "trong một thông cáo ngắn",
            "theo các quan chức",
            "tại buổi họp báo",
            "sớm hơn dự kiến",
        ],
        "place": [
            "ở huyện phía bắc",
            "gần bến cảng",
            "trên toàn tỉnh",
            "tại thủ đô",
            "dọc bờ biển",
            "ở ba xã",
        ],
        "quote": [
            '"Chúng tôi sẽ tiếp tục làm việc với người dân," người phát ngôn cho biết.',
            '"Số liệu vẫn đang được kiểm tra," một quan chức nói với báo chí.',
            '"Không ai nghĩ chuyện này xảy ra nhanh như vậy," một nhân chứng kể.',
        ],
        "chrome": [
            "Chia sẻ bài viết",
            "Xem thêm",
            "Tin liên quan",
            "Theo dõi chúng tôi",
            "Bản quyền 2024 Công ty Truyền thông Mẫu",
            "Đăng ký nhận bản tin",
            "Trang chủ | Thế giới | Kinh doanh | Thể thao",
        ],
        "months": [f"tháng {i}" for i in range(1, 13)],
        "date": "ngày {day} {month} năm {year}",
        "end": ".",
    },
    "th": {
        "join": "",
        "subj": [
            "สภาเทศบาลเมือง",
            "เกษตรกรในพื้นที่",
            "กระทรวงคมนาคม",
            "เจ้าหน้าที่โรงพยาบาล",
            "กลุ่มนักศึกษา",
            "การไฟฟ้าส่วนภูมิภาค",
            "พ่อค้าแม่ค้ารายย่อย",
            "หน่วยดับเพลิง",
            "ศาลจังหวัด",
            "บริษัทเดินเรือ",
            "สหภาพครู",
            "กรมอุตุนิยมวิทยา",
        ],
        "verb": [
            "ประกาศ",
            "ปฏิเสธ",
            "เลื่อน",
            "อนุมัติ",
            "ตั้งคำถามต่อ",
            "ยินดีกับ",
            "ทบทวน",
            "ขยายเวลา",
            "ระงับ",
            "ให้งบประมาณแก่",
            "วิจารณ์",
            "ดำเนินการเสร็จสิ้น",
        ],
        "obj": [
            "โครงการกำแพงกันน้ำท่วมแห่งใหม่",
            "การขึ้นค่าโดยสารรถประจำทาง",
            "แผนสร้างสะพานแห่งที่สอง",
            "เงินอุดหนุนผลผลิต",
            "การรณรงค์ฉีดวัคซีน",
            "งบประมาณโรงเรียน",
            "การซ่อมแซมตลาดเก่า",
            "การห้ามจับปลาตอนกลางคืน",
            "การขยายท่าเรือ",
            "ที่พักอาศัยฉุกเฉิน",
            "การสำรวจคุณภาพอากาศ",
            "ตารางเดินรถไฟ",
        ],
        "tail": [
            "หลังการอภิปรายที่ยาวนาน",
            "เมื่อเช้าวันอังคาร",
            "แม้จะมีการประท้วง",
            "หลังฝนตกหนัก",
            "เป็นครั้งที่สามในปีนี้",
            "ก่อนวันหยุดยาว",
            "ในแถลงการณ์สั้นๆ",
            "ตามที่เจ้าหน้าที่ระบุ",
            "ในการแถลงข่าว",
            "เร็วกว่าที่คาดไว้",
        ],
        "place": [
            "ในอำเภอทางภาคเหนือ",
            "ใกล้ท่าเรือ",
            "ทั่วทั้งจังหวัด",
            "ในเมืองหลวง",
            "ตามแนวชายฝั่ง",
            "ในสามหมู่บ้าน",
        ],
        "quote": [
            '"เราจะทำงานร่วมกับประชาชนต่อไป" โฆษกกล่าว',
            '"ตัวเลขยังอยู่ระหว่างการตรวจสอบ" เจ้าหน้าที่คนหนึ่งบอกผู้สื่อข่าว',
            '"ไม่มีใครคาดว่าจะเกิดขึ้นเร็วขนาดนี้" พยานคนหนึ่งกล่าว',
        ],
        "chrome": [
            "แชร์บทความนี้",
            "อ่านต่อ",
            "ข่าวที่เกี่ยวข้อง",
            "ติดตามเรา",
            "สงวนลิขสิทธิ์ 2567 บริษัทสื่อตัวอย่าง",
            "สมัครรับจดหมายข่าว",
            "หน้าแรก | ต่างประเทศ | ธุรกิจ | กีฬา",
        ],
        "months": [
            "มกราคม",
            "กุมภาพันธ์",
            "มีนาคม",
            "เมษายน",
            "พฤษภาคม",
            "มิถุนายน",
            "กรกฎาคม",
            "สิงหาคม",
            "กันยายน",
            "ตุลาคม",
            "พฤศจิกายน",
            "ธันวาคม",
        ],
        "date": "วันที่ {day} {month} {year_be}",
        "end": " ",
    },
    "zh": {
        "join": "",
        "subj": [
            "市议会",
            "当地农民",
            "交通部",
            "医院工作人员",
            "一群学生",
            "河道管理局",
            "小商贩",
            "消防队员",
            "地区法院",
            "航运公司",
            "教师工会",
            "气象局",
        ],
        "verb": [
            "宣布了",
            "否决了",
            "推迟了",
            "批准了",
            "质疑了",
            "欢迎",
            "正在审查",
            "延长了",
            "暂停了",
            "资助了",
            "批评了",
            "完成了",
        ],
        "obj": [
            "新的防洪堤",
            "公交票价上涨",
            "修建第二座桥的计划",
            "收成补贴",
            "疫苗接种活动",
            "学校预算",
            "旧市场的维修",
            "夜间捕鱼禁令",
            "港口扩建",
            "紧急住房",
            "空气质量调查",
            "铁路时刻表",
        ],
        "tail": [
            "经过长时间辩论后",
            "在周二上午",
            "尽管遭到抗议",
            "在暴雨过后",
            "今年已是第三次",
            "在假期之前",
            "在一份简短声明中",
            "据官员透露",
            "在新闻发布会上",
            "比预期更早",
        ],
        "place": ["在北部地区", "在港口附近", "在全省范围内", "在首都", "沿海地区", "在三个村庄"],
        "quote": [
            "“我们将继续与居民合作，”一名发言人说。",
            "“数字仍在核实中，”一名官员对记者说。",
            "“没有人想到会这么快发生，”一名目击者说。",
        ],
        "chrome": [
            "分享本文",
            "阅读更多",
            "相关新闻",
            "关注我们",
            "版权所有 2024 示例传媒",
            "订阅我们的新闻简报",
            "首页 | 国际 | 财经 | 体育",
        ],
        "months": [f"{i}月" for i in range(1, 13)],
        "date": "{year}年{month}{day}日",
        "end": "。",
    },
}

for _lang, _t in TABLES.items():
    _t["lang"] = _lang

TARGET_CHARS = {"en": 2600, "vi": 2200, "th": 850, "zh": 800}  # ~3 kB of UTF-8 each


# Invented name syllables per language: every sentence names a place or a
# person built from them, so unrelated documents share few character
# shingles (as unrelated real articles do) and near-duplicate search is not
# flattered or punished by a tiny vocabulary.
SYLLABLES = {
    "en": [
        "ka",
        "lo",
        "ren",
        "mi",
        "sto",
        "bar",
        "del",
        "ven",
        "tor",
        "ash",
        "el",
        "in",
        "ur",
        "gan",
        "pe",
        "ri",
        "mon",
        "sa",
        "wick",
        "ford",
        "ham",
        "ley",
        "bro",
        "ne",
        "dal",
    ],
    "vi": [
        "An",
        "Bình",
        "Chi",
        "Dũng",
        "Giang",
        "Hà",
        "Hải",
        "Hạnh",
        "Hùng",
        "Khánh",
        "Lan",
        "Linh",
        "Long",
        "Mai",
        "Minh",
        "Nam",
        "Nga",
        "Phúc",
        "Quang",
        "Sơn",
        "Thảo",
        "Thu",
        "Trung",
        "Tuấn",
        "Việt",
        "Xuân",
        "Yên",
        "Đông",
        "Tây",
        "Phú",
        "Lộc",
        "Thịnh",
    ],
    "th": [
        "สม",
        "ชาย",
        "ศรี",
        "วงศ์",
        "ทอง",
        "ประ",
        "เสริฐ",
        "สุข",
        "ใจ",
        "บุญ",
        "มี",
        "กิจ",
        "พร",
        "รัตน์",
        "นา",
        "ดี",
        "แก้ว",
        "จันทร์",
        "เพชร",
        "ธารา",
        "ภู",
        "ผา",
        "นคร",
        "บาง",
        "คลอง",
    ],
    "zh": list(
        "明华国建文平志伟东海强晓生光林小民永杰军金健一忠洪江福祥中正振义春秋山水河湖桥城新安宁"
    ),
}
NAME_FORMS = {
    "en": ("in {} ", "{}, a resident, said "),
    "vi": ("tại {} ", "ông {} cho biết "),
    "th": ("ที่{}", "นาย{}กล่าวว่า"),
    "zh": ("在{}", "{}表示"),
}


def _name(rng: random.Random, lang: str) -> str:
    syl = SYLLABLES[lang]
    if lang == "en":
        return "".join(rng.choice(syl) for _ in range(rng.randint(2, 3))).capitalize()
    if lang == "vi":
        return " ".join(rng.choice(syl) for _ in range(2))
    return "".join(rng.choice(syl) for _ in range(rng.randint(2, 3)))


_LEXICON: dict[str, list[str]] = {}


def _lexicon(lang: str) -> list[str]:
    """5,000 invented content words per language (same every run)."""
    if lang not in _LEXICON:
        r = random.Random(f"lexicon-{lang}")
        syl = SYLLABLES[lang]
        words = set()
        while len(words) < 5000:
            n = r.randint(2, 4) if lang in ("en", "th") else r.randint(2, 3)
            sep = " " if lang == "vi" else ""  # Vietnamese writes syllables apart
            w = sep.join(r.choice(syl) for _ in range(n))
            words.add(w.lower() if lang in ("en", "vi") else w)
        _LEXICON[lang] = sorted(words)
    return _LEXICON[lang]


def _sentence(rng: random.Random, t: dict) -> str:
    j = t["join"]
    lang = t["lang"]
    lex = _lexicon(lang)
    topic = (" " if j else "").join(rng.choice(lex) for _ in range(rng.randint(2, 4)))
    parts = [
        rng.choice(t["subj"]),
        rng.choice(t["verb"]),
        rng.choice(t["obj"]),
        topic,
        rng.choice(t["place"]),
        rng.choice(t["tail"]),
    ]
    form = rng.choice(NAME_FORMS[lang]).format(_name(rng, lang))
    parts.insert(0 if form.endswith(("said ", "biết ", "ว่า", "表示")) else 3, form.strip())
    s = j.join(parts)
    if t["end"] == ".":
        s = s[0].upper() + s[1:] + "."
    elif t["end"] == "。":
        s = s + "。"
    else:
        s = s + " "  # Thai marks sentence ends with a space
    if rng.random() < 0.15:
        s += (" " if j else "") + rng.choice([str(rng.randint(2, 900)), f"{rng.randint(1, 99)}%"])
        s += t["end"] if t["end"] != " " else " "
    return s


def _date(rng: random.Random, t: dict) -> str:
    year = rng.choice([2022, 2023, 2024])
    return t["date"].format(
        day=rng.randint(1, 28), month=rng.choice(t["months"]), year=year, year_be=year + 543
    )


def make_document(rng: random.Random, lang: str, n: int) -> dict:
    """One document: ``{"lang", "title", "dateline", "paragraphs", "chrome", "url"}``."""
    t = TABLES[lang]
    title = _sentence(rng, t).rstrip(" .。")
    paragraphs: list[str] = []
    size = 0
    while size < TARGET_CHARS[lang]:
        k = rng.randint(2, 4)
        p = ("" if t["join"] == "" else " ").join(_sentence(rng, t) for _ in range(k)).strip()
        if rng.random() < 0.3:
            p += (" " if t["join"] else "") + rng.choice(t["quote"])
        paragraphs.append(p)
        size += len(p)
    chrome = rng.sample(t["chrome"], 3)
    site = f"news{n % 37}.example"
    return {
        "lang": lang,
        "title": title,
        "dateline": _date(rng, t),
        "paragraphs": paragraphs,
        "chrome": chrome,
        "url": f"https://{site}/{lang}/{n:08d}.html",
    }


def iter_documents(n_docs: int, seed: int = 7) -> Iterator[dict]:
    """Documents 0..n-1; near and exact copies refer back to recent documents."""
    rng = random.Random(seed)
    recent: list[dict] = []
    for n in range(n_docs):
        r = rng.random()
        if recent and r < 0.02:
            base = rng.choice(recent)
            doc = dict(base, url=base["url"].replace(".html", f"-copy{n}.html"))
        elif recent and r < 0.10:
            base = rng.choice(recent)
            paras = list(base["paragraphs"])
            t = TABLES[base["lang"]]
            for _ in range(2):
                i = rng.randrange(len(paras))
                paras[i] = _sentence(rng, t).strip() + ("" if t["join"] == "" else " ") + paras[i]
            doc = dict(base, paragraphs=paras, url=base["url"].replace(".html", f"-v{n}.html"))
        else:
            doc = make_document(rng, LANGS[n % 4], n)
        recent.append(doc)
        if len(recent) > 200:
            recent.pop(0)
        yield doc


def as_text(doc: dict) -> str:
    lines = [
        doc["title"],
        doc["dateline"],
        "",
        *[p + "\n" for p in doc["paragraphs"]],
        *doc["chrome"],
    ]
    return "\n".join(lines) + "\n"


def as_html(doc: dict) -> str:
    nav = "".join(
        f'<li><a href="/s{i}">{x}</a></li>' for i, x in enumerate(doc["chrome"][-1].split(" | "))
    )
    paras = "".join(f"<p>{p}</p>" for p in doc["paragraphs"])
    foot = "".join(f"<div>{c}</div>" for c in doc["chrome"][:-1])
    return (
        f'<!DOCTYPE html><html lang="{doc["lang"]}"><head><meta charset="utf-8">'
        f"<title>{doc['title']}</title></head><body>"
        f'<header><ul class="menu">{nav}</ul></header>'
        f'<article><h1>{doc["title"]}</h1><p class="date">{doc["dateline"]}</p>{paras}</article>'
        f"<footer>{foot}</footer></body></html>"
    )


def _warc_record(doc: dict, n: int) -> bytes:
    body = as_html(doc).encode("utf-8")
    http = (
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
        + f"Content-Length: {len(body)}\r\n\r\n".encode()
        + body
    )
    rid = hashlib.sha1(f"{doc['url']}#{n}".encode()).hexdigest()
    uuid = f"{rid[:8]}-{rid[8:12]}-{rid[12:16]}-{rid[16:20]}-{rid[20:32]}"
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\n"
        f"WARC-Target-URI: {doc['url']}\r\nWARC-Date: 2024-05-01T00:00:00Z\r\n"
        f"WARC-Record-ID: <urn:uuid:{uuid}>\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(http)}\r\n\r\n"
    ).encode()
    return gzip.compress(head + http + b"\r\n\r\n", compresslevel=5, mtime=0)


def _shards(docs: Iterator[dict], size: int) -> Iterator[tuple[int, list[dict]]]:
    part, group = 0, []
    for doc in docs:
        group.append(doc)
        if len(group) == size:
            yield part, group
            part, group = part + 1, []
    if group:
        yield part, group


def write_corpus(out: Path, n_docs: int, fmt: str, seed: int = 7) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    docs = iter_documents(n_docs, seed)
    if fmt == "txt":
        for n, doc in enumerate(docs):
            sub = out / f"{n // 1000:05d}"
            if n % 1000 == 0:
                sub.mkdir(exist_ok=True)
            (sub / f"{n:08d}-{doc['lang']}.txt").write_text(as_text(doc), "utf-8")
    elif fmt == "jsonl":
        for part, group in _shards(docs, 10000):
            with open(out / f"part-{part:05d}.jsonl", "w", encoding="utf-8") as fh:
                for doc in group:
                    fh.write(
                        json.dumps(
                            {"url": doc["url"], "text": as_text(doc), "published": "2024-05-01"},
                            ensure_ascii=False,
                        )
                        + "\n"
                    )
    elif fmt == "warc":
        for part, group in _shards(docs, 1000):
            with open(out / f"part-{part:05d}.warc.gz", "wb") as fh:
                for i, doc in enumerate(group):
                    fh.write(_warc_record(doc, part * 1000 + i))
    else:
        raise SystemExit(f"unknown format {fmt!r} (txt, jsonl or warc)")
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--docs", type=int, default=10000)
    ap.add_argument("--format", choices=("txt", "jsonl", "warc"), default="txt")
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args(argv)
    write_corpus(Path(a.out), a.docs, a.format, a.seed)
    print(f"wrote {a.docs} {a.format} documents to {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
