"""The story an infinite-scroll page appends after a divider ("Tin tiếp
theo", "Read next") is set aside as related even when a paragraph of it was
kept as body: the lines under the divider open another article -- a
headline and right under it its own stamp or byline -- which a video box's
"Up next" between two paragraphs never has
(tests/clean/test_next_story_appended.py keeps that near miss). Pages
written for this test (benchmarks/bundle_check.py --set bundle6 found it
on a Chinese page after 下一篇)."""

from __future__ import annotations

import pytest

from .helpers import classify_page

pytest.importorskip("trafilatura")

VI_PAGE = """<!doctype html><html lang="vi"><head><meta charset="utf-8">
<title>Hà Tĩnh khánh thành cầu vượt sông Lam - Báo Miền Trung</title></head><body>
<div class="menu"><a href="/">Trang chủ</a> <a href="/xa-hoi">Xã hội</a> <a href="/kinh-te">Kinh tế</a></div>
<div class="article">
<h1>Hà Tĩnh khánh thành cầu vượt sông Lam</h1>
<div class="time">11/09/2025 08:10</div>
<p>Sáng nay, tỉnh Hà Tĩnh đã khánh thành cây cầu dài 1,2 km bắc qua sông Lam, rút ngắn quãng đường từ thành phố Hà Tĩnh đi các huyện phía bắc thêm 15 km.</p>
<p>Công trình có tổng vốn đầu tư hơn 900 tỷ đồng, khởi công từ hai năm trước và hoàn thành sớm hơn kế hoạch ba tháng nhờ thời tiết thuận lợi.</p>
<p>Người dân hai bên bờ sông cho biết họ không còn phải chờ phà vào mùa mưa lũ như trước đây.</p>
<div class="editor">Ngọc Anh</div>
</div>
<div class="next-tip">Tin tiếp theo</div>
<div class="article">
<h2>Giá xăng dầu đồng loạt giảm từ chiều nay</h2>
<div class="time">11/09/2025 07:45</div>
<p>Liên Bộ Công Thương - Tài chính vừa điều chỉnh giá bán lẻ xăng dầu, theo đó xăng RON 95 giảm 420 đồng mỗi lít, dầu diesel giảm 310 đồng mỗi lít kể từ 15h chiều nay trên toàn quốc.</p>
<div class="editor">Minh Châu</div>
</div>
<footer>© Báo Miền Trung. Giấy phép số 45/GP-BTTTT.</footer>
</body></html>
"""

EN_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Harbour town votes to ban cruise ships over 3,000 passengers | Coastal Courier</title></head><body>
<nav><a href="/">Home</a> <a href="/local">Local</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Harbour town votes to ban cruise ships over 3,000 passengers</h1>
<p class="byline">By Morag Ellis</p>
<p>Councillors voted nine to two on Tuesday to bar cruise ships carrying more than 3,000 passengers from the harbour from next spring, after a summer of crowded streets and complaints from residents.</p>
<p>Shop owners in the old town were split: several said the largest ships brought trade, while others said day visitors spent little and blocked access for regular customers.</p>
<p>The port authority said it would review the decision with the council before the booking season opens in November.</p>
</article>
<div class="divider">Read next</div>
<article>
<h2>Lifeboat crew rescues two kayakers off the headland</h2>
<p class="byline">By Tom Ardley</p>
<p>Two kayakers were rescued off the headland on Monday evening after being swept out by a strong offshore wind, the lifeboat station said, and both were treated for mild hypothermia.</p>
</article>
<footer><p>© 2025 Coastal Courier</p></footer>
</body></html>
"""


@pytest.mark.parametrize(
    ("html", "appended", "own"),
    [
        (
            VI_PAGE,
            ["Giá xăng dầu đồng loạt giảm từ chiều nay", "Liên Bộ Công Thương"],
            ["Sáng nay, tỉnh Hà Tĩnh", "Công trình có tổng vốn", "Người dân hai bên"],
        ),
        (
            EN_PAGE,
            ["Lifeboat crew rescues two kayakers", "By Tom Ardley", "Two kayakers were rescued"],
            ["Councillors voted", "Shop owners", "The port authority"],
        ),
    ],
)
def test_the_appended_story_is_related_though_its_paragraph_was_kept(tmp_path, html, appended, own):
    p = tmp_path / "page.html"
    p.write_text(html, encoding="utf-8")
    doc = classify_page(p)
    blocks = [(doc.text[b.start : b.end], b.label, b.reasons) for b in doc.blocks]
    for start in appended:
        got = next((b for b in blocks if b[0].startswith(start)), None)
        assert got is not None and got[1] == "related", (start, got)
    for start in own:
        got = next(b for b in blocks if b[0].startswith(start))
        assert got[1] == "body", (start, got)
