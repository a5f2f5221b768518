"""The bundled sample corpus is what the demo runs on: check it is all there, decodes, and
really carries the defects its README promises (so a pipeline stage that "finds nothing" on
the demo is a stage bug, not a corpus bug).

These tests read the files only; they never import the pipeline.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[1] / "src" / "newsline" / "sample_corpus"

# file name -> (language, encoding, story)
MANIFEST: dict[str, tuple[str, str, str]] = {
    "vi_dongchay_vientiane_signing.txt": ("vi", "utf-8", "mekong"),
    "vi_tinnhanh24h_vientiane_signing_repost.html": ("vi", "utf-8", "mekong"),
    "th_rimkhong_vientiane_signing.html": ("th", "tis_620", "mekong"),
    "zh_meilan_vientiane_signing.txt": ("zh-Hans", "gb18030", "mekong"),
    "en_mekongledger_vientiane_analysis.txt": ("en", "utf-8", "mekong"),
    "vi_chauthotimes_phnompenh_summit.txt": ("vi", "utf-8", "mekong"),
    "en_phnompenhcourier_summit.html": ("en", "utf-8", "mekong"),
    "zh_hant_asiawater_summit.html": ("zh-Hant", "utf-8", "mekong"),
    "zh_hans_contentfarm_vientiane_repost.html": ("zh-Hans", "utf-8", "mekong"),
    "vi_thethaophobien_football.html": ("vi", "utf-8", "football"),
    "th_khaobollchaoni_football.txt": ("th", "utf-8", "football"),
    "en_gadgetpulse_lumora_fold3.html": ("en", "utf-8", "launch"),
    "zh_shumaqianyan_lumora_fold3.txt": ("zh-Hans", "utf-8", "launch"),
}

TEXT_FILES_WITH_TEASERS = [
    "vi_dongchay_vientiane_signing.txt",
    "zh_meilan_vientiane_signing.txt",
    "en_mekongledger_vientiane_analysis.txt",
    "vi_chauthotimes_phnompenh_summit.txt",
    "th_khaobollchaoni_football.txt",
    "zh_shumaqianyan_lumora_fold3.txt",
]


def read(name: str) -> str:
    return (CORPUS / name).read_bytes().decode(MANIFEST[name][1])


def paragraphs_of_html(html: str) -> list[str]:
    """Text of every <p> element, tags stripped (good enough for hand-written pages)."""
    found = re.findall(r"<p[^>]*>(.*?)</p>", html, flags=re.S)
    return [re.sub(r"<[^>]+>", "", p).strip() for p in found]


def nonblank_lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def script_share(text: str, test) -> float:
    letters = [c for c in text if c.isalpha()]
    return sum(1 for c in letters if test(c)) / max(1, len(letters))


def is_thai(c: str) -> bool:
    return "\u0e00" <= c <= "\u0e7f"


def is_cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


VIETNAMESE_ONLY = set("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")


def test_manifest_matches_the_folder():
    # Every file in the folder is a page the demo reads: no notes in there.
    present = {p.name for p in CORPUS.iterdir() if p.is_file()}
    assert present == set(MANIFEST)
    assert 12 <= len(present) <= 14


def test_readme_lists_every_file():
    readme = (CORPUS.parents[2] / "docs" / "sample-corpus.md").read_text(encoding="utf-8")
    for name in MANIFEST:
        assert f"`{name}`" in readme, name


@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_file_decodes_strictly_and_round_trips(name):
    raw = (CORPUS / name).read_bytes()
    text = raw.decode(MANIFEST[name][1])  # strict: raises on any bad byte
    assert text.encode(MANIFEST[name][1]) == raw
    assert "\ufffd" not in text
    # 1.5-5 kB of text per page (file sizes with markup a little more)
    assert 1500 <= len(raw) <= 7500, len(raw)
    assert len(text) >= 900


@pytest.mark.parametrize("name", [n for n, (_, enc, _) in MANIFEST.items() if enc != "utf-8"])
def test_legacy_encoded_files_are_not_utf8(name):
    with pytest.raises(UnicodeDecodeError):
        (CORPUS / name).read_bytes().decode("utf-8")


def test_the_legacy_encodings_are_tis620_and_gb18030():
    assert sorted(enc for _, enc, _ in MANIFEST.values() if enc != "utf-8") == [
        "gb18030",
        "tis_620",
    ]
    assert '<meta charset="tis-620">' in read("th_rimkhong_vientiane_signing.html")


@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_page_is_in_its_language(name):
    lang = MANIFEST[name][0]
    text = read(name)
    body = re.sub(r"<[^>]+>", " ", text) if name.endswith(".html") else text
    if lang == "th":
        assert script_share(body, is_thai) > 0.6
    elif lang.startswith("zh"):
        assert script_share(body, is_cjk) > 0.5
    elif lang == "vi":
        assert sum(1 for c in body.lower() if c in VIETNAMESE_ONLY) > 100
    else:
        assert script_share(body, lambda c: c.isascii()) > 0.97


def test_traditional_chinese_page_is_traditional():
    text = read("zh_hant_asiawater_summit.html")
    for traditional in "預總國協週發":
        assert traditional in text
    for simplified in "预总国协周发":
        assert simplified not in text


@pytest.mark.parametrize("name", sorted(n for n in MANIFEST if n.endswith(".html")))
def test_html_pages_carry_site_chrome(name):
    html = read(name)
    assert re.search(r"<html lang=\"[a-zA-Z-]+\"", html)
    for needle in (
        "<title>",
        'property="og:site_name"',
        'property="article:published_time"',
        "<article",
        "<figcaption>",
    ):
        assert needle in html, needle
    # chrome either as HTML5 elements or as the div classes older CMSs use
    for element, div_class in (("nav", "nav"), ("footer", "footer"), ("aside", "sidebar")):
        assert f"<{element}" in html or f'class="{div_class}"' in html, element


def test_html_pages_cover_breadcrumbs_and_follow_us():
    htmls = [read(n) for n in MANIFEST if n.endswith(".html")]
    assert sum("crumb" in h for h in htmls) >= 6
    follow = ("Theo dõi chúng tôi", "ติดตามเรา", "Follow us", "追蹤我們", "Follow GadgetPulse")
    assert sum(any(f in h for f in follow) for h in htmls) >= 5


@pytest.mark.parametrize("name", TEXT_FILES_WITH_TEASERS)
def test_related_teasers_are_listed_twice(name):
    lines = nonblank_lines(read(name))
    doubled = [a for a, b in zip(lines, lines[1:]) if a == b and len(a) >= 12]
    assert len(doubled) >= 3, doubled


def test_bylines_and_captions_in_each_language():
    assert "(Nguồn: MFEC)" in read("vi_dongchay_vientiane_signing.txt")
    assert "(Nguồn: Bộ Nông nghiệp và Môi trường)" in read("vi_chauthotimes_phnompenh_summit.txt")
    assert "ภาพ:" in read("th_rimkhong_vientiane_signing.html")
    assert "ภาพ:" in read("th_khaobollchaoni_football.txt")
    assert "图片来源：" in read("zh_meilan_vientiane_signing.txt")
    assert "图片来源：" in read("zh_shumaqianyan_lumora_fold3.txt")
    assert "Photo:" in read("en_mekongledger_vientiane_analysis.txt")
    assert "By Daniel Reyes" in read("en_mekongledger_vientiane_analysis.txt")
    assert "作者：本报驻万象记者" in read("zh_meilan_vientiane_signing.txt")


def test_injected_spam_lines():
    vi_lines = nonblank_lines(read("vi_chauthotimes_phnompenh_summit.txt"))
    spam = [line for line in vi_lines if line.isupper() and len(line.split()) <= 5]
    assert spam == ["NỔ HŨ ĐỔI THƯỞNG"]
    th_paragraphs = paragraphs_of_html(read("th_rimkhong_vientiane_signing.html"))
    th_spam = [p for p in th_paragraphs if "สล็อต" in p]
    assert len(th_spam) == 1 and len(th_spam[0]) < 40


def test_content_farm_stamp():
    html = read("zh_hans_contentfarm_vientiane_repost.html")
    stamp = [line for line in html.splitlines() if "Powered by" in line]
    assert len(stamp) == 1 and "站群" in stamp[0] and "128" in stamp[0]


def test_content_farm_copies_paragraphs_of_the_gb18030_page():
    farm = paragraphs_of_html(read("zh_hans_contentfarm_vientiane_repost.html"))
    original = read("zh_meilan_vientiane_signing.txt")
    copied = [p for p in farm if len(p) > 40 and p in original]
    assert len(copied) == 1  # the second paragraph verbatim
    lead = farm[0].removeprefix("据外媒报道，")
    assert lead in original  # the lead, with a prefix added


def test_mixed_language_pages():
    # on topic: an English paragraph inside a Vietnamese and a Thai page
    vi_lines = nonblank_lines(read("vi_chauthotimes_phnompenh_summit.txt"))
    english = [line for line in vi_lines if line.isascii() and len(line.split()) >= 20]
    assert len(english) == 1 and "Vientiane Agreement" in english[0]
    th_paragraphs = paragraphs_of_html(read("th_rimkhong_vientiane_signing.html"))
    english = [p for p in th_paragraphs if p.isascii() and len(p.split()) >= 20]
    assert len(english) == 1 and "120 stations" in english[0]
    # off topic: a Vietnamese paragraph inside a Chinese page, about something else
    farm = paragraphs_of_html(read("zh_hans_contentfarm_vientiane_repost.html"))
    vietnamese = [p for p in farm if sum(c in VIETNAMESE_ONLY for c in p.lower()) >= 10]
    assert len(vietnamese) == 1
    assert "Mê Kông" not in vietnamese[0] and "xe máy" in vietnamese[0]


def test_publish_stamp_contradicts_the_body():
    html = read("zh_hant_asiawater_summit.html")
    stamp = re.search(r'article:published_time" content="(\d{4}-\d{2}-\d{2})', html).group(1)
    assert stamp == "2025-04-03"
    assert "發佈時間：2025-04-03" in html
    # ... but the body reports the 10 April meeting as already held
    assert "4月10日（民國114年）在柬埔寨首都金邊舉行" in html
    assert "截至4月8日" in html


def test_other_pages_have_consistent_stamps():
    html = read("en_phnompenhcourier_summit.html")
    assert 'article:published_time" content="2025-04-11' in html and "on Thursday" in html


def _shingles(text: str, n: int = 5) -> set[str]:
    text = re.sub(r"\s+", " ", unicodedata.normalize("NFC", text))
    return {text[i : i + n] for i in range(len(text) - n + 1)}


def test_near_duplicate_pair_shares_most_of_its_text():
    original = read("vi_dongchay_vientiane_signing.txt")
    start = original.index("Chiều ngày 12/3/2025")
    end = original.index("chọn trụ sở cho MFEC.") + len("chọn trụ sở cho MFEC.")
    original_paragraphs = [p.strip() for p in original[start:end].split("\n\n")]
    repost = read("vi_tinnhanh24h_vientiane_signing_repost.html")
    article = repost[repost.index("<article") : repost.index("</article>")]
    repost_paragraphs = [p for p in paragraphs_of_html(article) if len(p) > 80]
    repost_body = "\n\n".join(repost_paragraphs)

    verbatim = [p for p in original_paragraphs if p in repost_paragraphs]
    assert len(original_paragraphs) == 8
    assert len(verbatim) == 5  # the rest: two edited, one dropped

    a, b = _shingles(original[start:end]), _shingles(repost_body)
    jaccard = len(a & b) / len(a | b)
    assert 0.8 <= jaccard < 1.0, jaccard
    assert original != read("vi_tinnhanh24h_vientiane_signing_repost.html")


def test_main_story_facts_recur_across_languages():
    mekong = [n for n, (_, _, story) in MANIFEST.items() if story == "mekong"]
    assert len(mekong) == 9
    assert {MANIFEST[n][0] for n in mekong} == {"vi", "th", "zh-Hans", "zh-Hant", "en"}
    for name in mekong:
        text = read(name)
        assert "120" in text, name
        assert "MFEC" in text, name
    names = {
        "Bounthavy Phommachanh": "en_phnompenhcourier_summit.html",
        "บุญทะวี พรหมจันทร์": "th_rimkhong_vientiane_signing.html",
        "本塔维·蓬玛占": "zh_meilan_vientiane_signing.txt",
        "本塔維·蓬瑪佔": "zh_hant_asiawater_summit.html",
    }
    for spelling, name in names.items():
        assert spelling in read(name)


def test_date_forms_are_varied():
    forms = {
        "vi_dongchay_vientiane_signing.txt": [
            "ngày 12/3/2025",
            "11-12/3",
            "ngày 30/6",
            "mẫu T-11",
            "14 năm",
            "lần thứ hai",
            "tháng 4 tới",
        ],
        "th_rimkhong_vientiane_signing.html": ["13 มีนาคม 2568", "เมื่อวานนี้ (12 มี.ค.)", "2554"],
        "zh_meilan_vientiane_signing.txt": ["2025年03月12日", "3月11日至12日", "上周", "6月30日前"],
        "en_mekongledger_vientiane_analysis.txt": ["March 12, 2025", "Last week", "19 March 2025"],
        "vi_chauthotimes_phnompenh_summit.txt": [
            "Ngày 10/4/2025",
            "gần một tháng sau",
            "ngày 20/5",
            "20 May 2025",
        ],
        "zh_hant_asiawater_summit.html": ["上月12日", "民國114年"],
        "th_khaobollchaoni_football.txt": ["10 เม.ย. 2568", "เมื่อคืนนี้ (9 เม.ย.)"],
    }
    for name, needles in forms.items():
        text = read(name)
        for needle in needles:
            assert needle in text, (name, needle)
