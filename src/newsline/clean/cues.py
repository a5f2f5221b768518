"""Per-language cue phrases for the block classifier -- data only, no logic.

Each language maps a cue *category* to phrases written from general
knowledge of how news sites in that language label their chrome (copyright
lines, "powered by", sitemaps, "follow us", "read more", photo credits ...).
The engine in :mod:`newsline.clean.classify` treats every language's table
the same way; adding a language means adding a dict here, never code.

Categories and the label a matching (short) line gets:

* ``copyright``      -> footer      ("© 2024", "All rights reserved")
* ``powered_by``     -> footer      ("Powered by", "Designed by")
* ``site_links``     -> footer      (sitemap, RSS, privacy, terms, contact)
* ``farm``           -> footer      (words that name site-farm / SEO networks)
* ``follow_us``      -> navigation  ("Follow us on", "Share on")
* ``nav``            -> navigation  (whole-line menu items: Home, Login ...)
* ``related``        -> related     (list headings and promo labels: "Related",
  "Most read", "Don't miss")
* ``source``         -> attribution ("Source:", "According to" as a line)
* ``caption``        -> caption     ("Photo:", "Image credit")
* ``byline``         -> byline      ("By", "Reporter", "Written by")
* ``published``      -> metadata    ("Published", "Updated", "Views")
* ``tags``           -> navigation  ("Tags:", "Keywords:")
* ``comments``       -> navigation  (the heading of reader comments: "Comments (12)";
  in plain text the article ends there)
* ``pagination``     -> navigation  ("Next page", "下一页")
* ``paywall``        -> navigation  ("Subscribe to continue reading", "Already a
  subscriber?", "free articles this month": a subscription wall's prompts)
* ``spam``           -> spam        (gambling / adult / pill-selling terms)

This module must never hold a seed page's literal lines or a site's name,
and never contain code that branches on a language.
"""

from __future__ import annotations

CUES: dict[str, dict[str, list[str]]] = {
    "en": {
        "copyright": [
            "copyright",
            "©",
            "(c) 20",
        ],
        "powered_by": ["powered by", "designed by", "developed by", "hosted by"],
        "site_links": [
            "sitemap",
            "site map",
            "rss",
            "privacy policy",
            "terms of use",
            "terms of service",
            "cookie policy",
            "contact us",
            "about us",
            "advertise with us",
            "advertising",
            "careers",
            "newsletter",
            "accessibility statement",
            "cookie settings",
            "cookie preferences",
            "manage cookies",
            "privacy settings",
            "privacy notice",
            "your privacy choices",
            "terms and conditions",
            "terms & conditions",
            "legal notice",
            "site index",
            "corrections policy",
            "editorial standards",
            "ethics policy",
            "subscriber agreement",
        ],
        "farm": ["seo network", "link network", "private blog network"],
        "follow_us": [
            # a nonprofit newsroom's offer to republish the story under a licence
            "republish this story",
            "republish this article",
            "republish our stories",
            "follow us",
            "follow us on",
            "like us on",
            "share on",
            "share this",
            # a blog's like button heading under the share buttons (WordPress)
            "like this",
            "subscribe to our",
            "sign up for our",
            "join us on",
            "download our app",
            "subscribe to",
            "sign up for",
            "follow him",
            "follow her",
            "follow them",
        ],
        "nav": [
            # a poll's buttons embedded in the article
            "view results",
            "see results",
            "home",
            "login",
            "log in",
            "sign in",
            "register",
            "subscribe",
            "search",
            "menu",
            "back to top",
            "mobile version",
            "desktop version",
            "next article",
            "previous article",
            "print",
            "share",
            "comments",
            "more",
            # article tools: audio player, bookmarks, gift links, live-blog buttons
            "listen to this article",
            "listen",
            "save",
            "save article",
            "copy link",
            "report an error",
            "report a typo",
            "report a correction",
            "gift this article",
            "gift article",
            "show more updates",
            "load more updates",
            "show more",
            "load more",
            "view gallery",
            "view all photos",
            # advertising slots and players' fallbacks
            "advertisement",
            "skip advertisement",
            "story continues below advertisement",
            "article continues below advertisement",
            "scroll to continue with content",
            "scroll to resume content",
            "continue reading below",
            "article continues below",
            "scroll to continue",
            "scroll to continue reading",
            # a script-rendered page's placeholder
            "loading",
            # paid placements labelled as such
            "sponsored content",
            "paid content",
            "paid post",
            "partner content",
            "your browser does not support the video tag",
            "your browser does not support",
            "jump to comments",
            "click to expand",
            # a blog's share buttons (Blogger: "Email This BlogThis! Share to X")
            "email this",
            "blogthis!",
            "share to",
            # a recipe page's buttons
            "jump to recipe",
            "skip to recipe",
            "print recipe",
        ],
        "related": [
            "related",
            "related articles",
            "related news",
            "related threads",
            "related topics",
            "related stories",
            "read more",
            "read also",
            "see also",
            "most read",
            "most popular",
            "latest news",
            "top stories",
            "recommended",
            "you may also like",
            "see more",
            "more from",
            "trending",
            "editor's picks",
            "more stories",
            "don't miss",
            "do not miss",
            "must read",
            "must-read",
            "in case you missed it",
            "editor's choice",
            "more galleries",
            "photo galleries",
            "more photo galleries",
            # a blog's sidebar widgets
            "recent posts",
            "popular posts",
            "related posts",
            "latest posts",
        ],
        "source": ["source", "sources", "according to", "via", "courtesy of"],
        "caption": [
            "photo",
            "photo credit",
            "image",
            "image credit",
            "picture",
            "illustration",
            "file photo",
            "video",
            "credit",
            "photograph",
            "image source",
            "image caption",
            "media caption",
            "photo caption",
            # picture libraries credited alone under a photo
            "getty images",
            "shutterstock",
            "istockphoto",
            "istock",
        ],
        "byline": [
            "by",
            "written by",
            "reporting by",
            # a wire credit's reporting and writing fields
            "reported by",
            "writing by",
            "reporter",
            "author",
            "editing by",
            "edited by",
            "story by",
            "additional reporting by",
            "compiled by",
            "with reporting by",
            "interview by",
            # a blog's byline ("Posted by Jane Doe")
            "posted by",
            # a picture story's credit names its author ("Photo by" alone
            # credits one picture: a caption)
            "photos by",
            "pictures by",
            "photographs by",
            "words and photos by",
            "words and pictures by",
            "text and photos by",
            "words and photographs by",
            "text and photographs by",
            "words and images by",
            "text and pictures by",
        ],
        "published": [
            "published",
            "updated",
            "posted",
            "last updated",
            "views",
            "comments",
            "reading time",
            "min read",
            # a programme's broadcast stamp ("Aired March 3, 2025 | 24 min")
            "aired",
            "first aired",
            "air date",
        ],
        "paywall": [
            "subscribe to continue",
            "subscribe to keep reading",
            "subscribe to read",
            "subscribe now",
            "already a subscriber",
            "already subscribed",
            "free articles",
            "unlimited access",
            "subscribers only",
            "for subscribers",
            "exclusive to subscribers",
            "to continue reading",
            "log in to continue",
            "sign in to continue",
            "start your free trial",
            "this article is for subscribers",
            "this article is reserved for subscribers",
        ],
        "comments": [
            "log in to comment",
            "sign in to comment",
            "comments",
            "reader comments",
            "leave a comment",
            "add a comment",
            "post a comment",
            "join the discussion",
            "join the conversation",
            "leave a reply",
            # a blog's thread heading: "4 thoughts on “<title>”"
            "thoughts on",
            "thought on",
            "responses to",
            "response to",
            "replies to",
            "comments on",
            # the thread's button: a longer cue than the related "see more"
            "see more comments",
        ],
        "pagination": [
            "next page",
            "previous page",
            "prev page",
            "older posts",
            "newer posts",
            "next article",
            "previous article",
            # an infinite-scroll page's divider before the story appended
            # under the article, and a blog's links to its neighbours
            "next story",
            "previous story",
            "up next",
            "next post",
            "previous post",
        ],
        "tags": ["tags", "keywords", "topics", "filed under"],
        "spam": [
            "casino",
            "online slots",
            "slot gacor",
            "sports betting",
            "viagra",
            "cialis",
            "escort",
            "porn",
            "payday loan",
            "payday loans",
            "replica watches",
            "betting tips",
        ],
    },
    "vi": {
        "copyright": [
            "bản quyền",
            # a Vietnamese paper's legal footer: its governing body and licence
            "cơ quan chủ quản",
            "giấy phép hoạt động báo",
            "giấy phép số",
        ],
        "powered_by": ["thiết kế bởi", "phát triển bởi", "vận hành bởi"],
        "site_links": [
            "sơ đồ trang",
            "sơ đồ site",
            "chính sách bảo mật",
            "điều khoản sử dụng",
            "liên hệ quảng cáo",
            "liên hệ",
            "giấy phép",
            "tòa soạn",
            "đường dây nóng",
            "chính sách cookie",
            "cài đặt cookie",
            "quy định sử dụng",
        ],
        "farm": ["hệ thống website vệ tinh"],
        "follow_us": [
            "mời quý độc giả",
            "theo dõi chúng tôi",
            "theo dõi",
            "chia sẻ lên",
            "chia sẻ",
            "kết nối với chúng tôi",
            "tải ứng dụng",
        ],
        "nav": [
            # a poll's buttons embedded in the article
            "bình chọn",
            "xem kết quả",
            "trang chủ",
            "đăng nhập",
            "đăng ký",
            "tìm kiếm",
            "về đầu trang",
            "lên đầu trang",
            "nội dung tài trợ",
            "đang tải",
            # the same page in the site's other layout
            "phiên bản máy tính",
            "phiên bản di động",
            "phiên bản đầy đủ",
            "bản in",
            "bình luận",
            "thời sự",
            "thế giới",
            "kinh doanh",
            "giải trí",
            "thể thao",
            "pháp luật",
            "sức khỏe",
            "đời sống",
            "xem tiếp",
            "quảng cáo",
            "in bài",
            "gửi bài",
            "báo lỗi",
            "lưu bài",
            "sao chép liên kết",
            "copy link",
            "nghe bài viết",
            "nghe đọc bài viết",
        ],
        "related": [
            "tin liên quan",
            "chủ đề liên quan",
            "bài viết cùng chủ đề",
            "thư viện ảnh",
            "xem thêm ảnh",
            "bài liên quan",
            "tin cùng chuyên mục",
            "đọc thêm",
            "xem thêm",
            "xem nhiều",
            "đọc nhiều",
            "tin mới",
            "tin nổi bật",
            "tin nóng",
            "có thể bạn quan tâm",
            "tin khác",
            "bài viết khác",
            "mới nhất",
            "đừng bỏ lỡ",
            "không thể bỏ lỡ",
            "không nên bỏ lỡ",
            "tin nên đọc",
            "bài nên đọc",
        ],
        "source": ["nguồn", "theo"],
        "caption": [
            "ảnh",
            "ảnh minh họa",
            "ảnh minh hoạ",
            "ảnh tư liệu",
            "hình ảnh",
            "nguồn ảnh",
            "video",
            "đồ họa",
            "ảnh chụp màn hình",
        ],
        "byline": ["tác giả", "phóng viên", "bài và ảnh", "bài", "nhóm phóng viên", "biên tập"],
        "published": [
            "ngày đăng",
            "đăng lúc",
            "cập nhật",
            "cập nhật lúc",
            "lượt xem",
            "lượt đọc",
            "ngày xuất bản",
            "thời gian đăng",
            "thời gian đọc",
            # a programme's broadcast stamp ("Phát sóng 20:00 ngày 3/4/2025")
            "phát sóng",
        ],
        "paywall": [
            "đăng ký để đọc tiếp",
            "đăng ký gói",
            "nội dung dành cho hội viên",
            "dành riêng cho hội viên",
            "dành riêng cho thành viên",
            "bạn đã là hội viên",
            "bạn đã là thành viên",
            "để đọc tiếp",
        ],
        "comments": [
            "bình luận",
            "ý kiến bạn đọc",
            "gửi bình luận",
            "viết bình luận",
            "ý kiến của bạn",
            # the thread's buttons: a longer cue than the related "xem thêm"
            "xem thêm bình luận",
            "xem tất cả bình luận",
            "tải thêm bình luận",
        ],
        "pagination": ["trang sau", "trang trước", "trang tiếp", "trang kế tiếp"],
        "tags": ["từ khóa", "từ khoá", "tags", "chủ đề"],
        "spam": [
            "nhà cái",
            "cá cược",
            "nổ hũ",
            "tài xỉu",
            "lô đề",
            "soi cầu",
            "soi kèo",
            "casino trực tuyến",
            "game bài đổi thưởng",
            "bắn cá đổi thưởng",
        ],
    },
    "th": {
        "copyright": ["ลิขสิทธิ์", "©", "ห้ามคัดลอก", "ห้ามทำซ้ำ"],
        "powered_by": ["ขับเคลื่อนโดย", "ออกแบบโดย", "พัฒนาโดย"],
        "site_links": [
            "แผนผังเว็บไซต์",
            "นโยบายความเป็นส่วนตัว",
            "ข้อกำหนดการใช้งาน",
            "ติดต่อเรา",
            "เกี่ยวกับเรา",
            "ติดต่อโฆษณา",
            "นโยบายคุกกี้",
        ],
        "farm": ["เครือข่ายเว็บไซต์"],
        "follow_us": [
            "ติดตามเรา",
            "ติดตามเราได้ที่",
            "แชร์",
            "กดไลค์",
            "ดาวน์โหลดแอป",
            "ติดตามข่าวสาร",
        ],
        "nav": [
            "กำลังโหลด",
            "หน้าแรก",
            "เข้าสู่ระบบ",
            "สมัครสมาชิก",
            "ค้นหา",
            "เมนู",
            "กลับขึ้นด้านบน",
            "ข่าวทั้งหมด",
            "อ่านต่อ",
            "โฆษณา",
            # a button reporting an error in the article
            "แจ้งข้อผิดพลาด",
        ],
        "related": [
            "เรื่องที่คุณอาจสนใจ",
            "ข่าวที่คุณอาจสนใจ",
            "บทความที่คุณอาจสนใจ",
            "ข่าวที่เกี่ยวข้อง",
            "บทความที่เกี่ยวข้อง",
            "กระทู้ที่เกี่ยวข้อง",
            "กระทู้แนะนำ",
            "อ่านเพิ่มเติม",
            "ข่าวล่าสุด",
            "ข่าวยอดนิยม",
            "ข่าวแนะนำ",
            "ข่าวเด่น",
            "เรื่องที่เกี่ยวข้อง",
            "อ่านข่าวอื่น",
            "ห้ามพลาด",
            "พลาดไม่ได้",
            "ไม่ควรพลาด",
            "ข่าวที่ไม่ควรพลาด",
            "อ่านข่าวเพิ่มเติม",
            "อ่านข่าวที่เกี่ยวข้อง",
            "อ่านข่าว",
            "ข่าวที่น่าสนใจ",
            "เรื่องแนะนำ",
            "คลิปแนะนำ",
            "บทความแนะนำ",
        ],
        "source": [
            "ที่มา",
            "แหล่งที่มา",
            "แหล่งข่าว",
            "ข้อมูลจาก",
            "อ้างอิง",
            "ขอบคุณข้อมูล",
            "ขอบคุณข้อมูลจาก",
            "ขอบคุณภาพ",
        ],
        "caption": [
            "ภาพ",
            "ภาพถ่าย",
            "ภาพประกอบ",
            "ภาพประกอบข่าว",
            "ภาพจาก",
            "เครดิตภาพ",
            "ภาพโดย",
            "คลิป",
        ],
        "byline": [
            "โดย",
            "ผู้เขียน",
            "เรียบเรียง",
            "เรียบเรียงโดย",
            "ผู้สื่อข่าว",
            "รายงานโดย",
            "สัมภาษณ์โดย",
            "บทความโดย",
            "เขียนโดย",
        ],
        "published": [
            "เผยแพร่",
            "อัปเดต",
            "อัพเดท",
            "วันที่เผยแพร่",
            "เข้าชม",
            "ผู้เข้าชม",
            "ยอดวิว",
            "ยอดเข้าชม",
            "ถูกใจ",
            "ไลค์",
            # a programme's broadcast stamp ("ออกอากาศ 18 ก.ย. 2567 | ความยาว 24 นาที")
            "ออกอากาศ",
        ],
        "paywall": [
            "สมัครสมาชิกเพื่ออ่านต่อ",
            "เฉพาะสมาชิก",
            "สำหรับสมาชิกเท่านั้น",
            "เป็นสมาชิกอยู่แล้ว",
            "เข้าสู่ระบบเพื่ออ่านต่อ",
        ],
        "comments": ["ความคิดเห็น", "แสดงความคิดเห็น", "ความคิดเห็นทั้งหมด"],
        "pagination": ["หน้าถัดไป", "หน้าก่อนหน้า", "หน้าต่อไป"],
        "tags": ["แท็ก", "แท็กที่เกี่ยวข้อง", "คำค้น", "คำสำคัญ"],
        "spam": ["สล็อต", "บาคาร่า", "เว็บพนัน", "แทงบอล", "เว็บตรง", "คาสิโนออนไลน์", "หวยออนไลน์"],
    },
    "zh": {
        "copyright": [
            "版权",
            "©",
            "禁止转载",
        ],
        "powered_by": ["技术支持", "技术支撑", "powered by", "网站建设"],
        "site_links": [
            "网站地图",
            "隐私政策",
            "使用条款",
            "联系我们",
            "关于我们",
            "广告服务",
            "免责声明",
            "备案号",
            "icp备",
            "隐私权政策",
            "联络我们",
            "服务条款",
        ],
        "farm": ["站群", "蜘蛛池", "泛目录"],
        "follow_us": [
            "关注我们",
            "分享到",
            "扫码关注",
            "微信公众号",
            "下载客户端",
            "订阅电子报",
            "欢迎关注",
            "分享至",
            "追踪我们",
            "加入好友",
            "按赞",
            "下载app",
            "粉丝专页",
            "扫一扫",
            "更多精彩内容",
            "更多精彩资讯",
            "快来关注",
            # a WeChat official account's prompts around a post
            "点击上方蓝字",
            "点击蓝字关注",
            "点击上方关注",
            "设为星标",
            "点个在看",
            "分享点赞在看",
        ],
        "nav": [
            # a poll's buttons embedded in the article
            "查看结果",
            "首页",
            # a WeChat post's link to where it was first published
            "阅读原文",
            "查看原文",
            "登录",
            "注册",
            "搜索",
            "返回顶部",
            "回到顶部",
            "点击进入专题",
            "点击进入",
            "点击阅读全文",
            "赞助内容",
            "加载中",
            "载入中",
            "返回首页",
            "手机版",
            "电脑版",
            "触屏版",
            "网页版",
            "打印",
            "评论",
            "打印本页",
            "关闭窗口",
            "字号",
            "字体",
            "查看全文",
            "阅读全文",
            "展开全文",
            "纠错",
            "我要纠错",
            "复制链接",
            "广告",
            "分享",
            # a post's button to forward (share) it
            "转发",
            "赞",
            "点赞",
            "收藏",
        ],
        "related": [
            "相关新闻",
            "相关阅读",
            "相关帖子",
            "相关主题",
            "相关文章",
            "延伸阅读",
            "推荐阅读",
            "热门文章",
            "热点新闻",
            "最新文章",
            "猜你喜欢",
            "更多新闻",
            "阅读更多",
            "热门推荐",
            "热点推荐",
            "往期推荐",
            "往期回顾",
            "精彩推荐",
            "为你推荐",
            "热门排行",
            "点击排行",
            "不容错过",
            "不可错过",
            "必读",
            "编辑推荐",
            "编辑精选",
            "热门新闻",
            "看更多",
            "相关报道",
            "相关推荐",
            "相关链接",
            "相关专题",
            "推荐新闻",
            "大家都在看",
            "最多阅读",
            "阅读最多",
            "阅读排行",
            "热门阅读",
            "最受欢迎",
        ],
        "source": [
            "来源",
            "消息来源",
            "据",
            "转载自",
            "稿源",
            "本文来源",
            "文章来源",
            "新闻来源",
            "本文转自",
        ],
        "caption": [
            "图片来源",
            "图片",
            "图",
            "摄影",
            "图片说明",
            "资料图",
            "视频",
            "示意图",
            "资料图片",
        ],
        "byline": [
            "记者",
            "作者",
            "责任编辑",
            "编辑",
            "文",
            "通讯员",
            "撰稿",
            "责编",
            "审核",
            "校对",
            "审校",
        ],
        "published": [
            "发布时间",
            "发布日期",
            "更新时间",
            "阅读量",
            "浏览次数",
            "点击数",
            "发表于",
        ],
        "paywall": [
            "订阅后继续阅读",
            "登录后继续阅读",
            "开通会员",
            "会员专享",
            "付费阅读",
            "已是会员",
            "剩余全文",
        ],
        "comments": [
            "评论",
            "网友评论",
            "发表评论",
            "我要评论",
            "全部评论",
            "我来说两句",
            # the thread's buttons: a longer cue than the related "看更多"
            "查看更多评论",
            "加载更多评论",
            "查看全部评论",
        ],
        "pagination": ["下一页", "上一页", "尾页", "上一篇", "下一篇"],
        # a qualifier may come first: "热门标签：" (popular tags), "本文标签："
        "tags": [
            "标签",
            "关键词",
            "关键字",
            "热门标签",
            "相关标签",
            "文章标签",
            "本文标签",
            "热门关键词",
        ],
        "spam": [
            "博彩",
            "娱乐城",
            "六合彩",
            "百家乐",
            "时时彩",
            "网上赌场",
            "赌场",
            "代孕",
            "代开发票",
            "网赚",
            "日赚",
        ],
    },
    "ja": {
        "copyright": ["著作権", "all rights reserved", "©"],
        "powered_by": ["powered by", "提供"],
        "site_links": [
            "サイトマップ",
            "プライバシーポリシー",
            "利用規約",
            "お問い合わせ",
            "会社概要",
        ],
        "farm": [],
        "follow_us": ["フォローする", "シェアする", "公式アカウント"],
        "nav": [
            "ホーム",
            "ログイン",
            "会員登録",
            "検索",
            "トップへ戻る",
            "メニュー",
            # a button reporting a problem with the article
            "記事に関する報告",
            "広告",
            "スポンサーリンク",
            "誤字脱字を報告",
            "記事の誤りを報告",
        ],
        "related": [
            "関連記事",
            "関連ニュース",
            "おすすめ記事",
            "人気記事",
            "続きを読む",
            "最新記事",
        ],
        "source": ["出典", "ソース", "情報源"],
        "caption": ["写真", "画像", "撮影", "提供写真"],
        "byline": ["記者", "筆者", "文"],
        "published": ["公開日", "更新日", "投稿日", "配信"],
        "comments": ["コメント", "コメントする"],
        "pagination": ["次のページ", "前のページ"],
        "tags": ["タグ", "キーワード"],
        "spam": ["オンラインカジノ", "出会い系"],
        "paywall": ["有料会員限定", "続きは有料会員", "有料会員の方"],
    },
    "ko": {
        # a Korean paper's legal footer: its registration number, publisher
        # and editor ("등록번호 서울 아00000 | 발행인 …")
        "copyright": ["저작권", "©", "등록번호", "발행인", "편집인", "청소년보호책임자"],
        "powered_by": ["powered by"],
        "site_links": [
            "사이트맵",
            "개인정보처리방침",
            "이용약관",
            "회사소개",
            "광고문의",
            "고객센터",
        ],
        "farm": [],
        "follow_us": ["팔로우", "공유하기", "구독하기"],
        "nav": [
            "홈",
            "로그인",
            "회원가입",
            "검색",
            "맨 위로",
            "메뉴",
            "광고",
            # a button reporting an error in the article
            "기사 오류 제보",
            "기사 오류 제보하기",
            "오탈자 제보",
            # a button recommending the article to other readers
            "기사 추천",
            "이 기사를 추천합니다",
        ],
        "related": ["관련기사", "관련 기사", "많이 본 뉴스", "추천 기사", "더보기", "최신 기사"],
        "source": ["출처", "자료"],
        "caption": ["사진", "이미지", "그래픽", "영상"],
        "byline": ["기자", "특파원", "글"],
        "published": ["입력", "수정", "승인", "조회수", "등록"],
        "comments": ["댓글"],
        "pagination": ["다음 페이지", "이전 페이지"],
        "tags": ["태그", "키워드"],
        "spam": ["카지노", "토토사이트", "바카라", "무직자 대출", "무직자대출", "당일 대출 가능"],
        "paywall": ["유료 회원 전용", "유료회원 전용", "구독하고 전문"],
    },
    "es": {
        "copyright": [
            "copyright",
            "©",
        ],
        "powered_by": ["desarrollado por", "diseñado por", "con la tecnología de"],
        "site_links": [
            "mapa del sitio",
            "política de privacidad",
            "aviso legal",
            "términos y condiciones",
            "contacto",
            "contáctenos",
            "quiénes somos",
            "publicidad",
            "política de cookies",
            "configuración de cookies",
            "preferencias de cookies",
            "declaración de accesibilidad",
            "aviso de privacidad",
            "términos de uso",
            "condiciones de uso",
            "nota legal",
            "mapa web",
        ],
        "farm": [],
        "follow_us": [
            "republica esta historia",
            "republica este artículo",
            "republicar este artículo",
            "síguenos",
            "síguenos en",
            "compartir en",
            "comparte en",
            "suscríbete",
            "suscríbete a nuestra newsletter",
            "suscríbete a nuestro boletín",
            "apúntate a nuestra newsletter",
            "apúntate a nuestro boletín",
            "recibe nuestra newsletter",
            "descarga nuestra app",
            "únete a nuestro canal",
            # Rioplatense voseo, as Argentine and Uruguayan sites write the call
            "sumate al canal",
            "sumate a nuestro canal",
            "seguinos en",
            "suscribite",
            "únete al canal",
        ],
        "nav": [
            # a poll's buttons embedded in the article
            "ver resultados",
            "inicio",
            "portada",
            "iniciar sesión",
            "registrarse",
            "buscar",
            "menú",
            "volver arriba",
            "versión móvil",
            "imprimir",
            "comentarios",
            # herramientas del artículo: audio, guardar, compartir, galerías
            "escuchar",
            "escuchar noticia",
            "escuchar artículo",
            "escuchar este artículo",
            "escuchar esta noticia",
            "comentar",
            "guardar",
            "compartir",
            "copiar enlace",
            "regalar artículo",
            "sigue leyendo",
            "seguir leyendo",
            "ver galería",
            "ver más",
            "cargar más",
            "ver vídeo",
            "ver video",
            "continúa leyendo",
            "continúa leyendo después del anuncio",
            "tu navegador no soporta",
            "tu navegador no admite",
            "ir a los comentarios",
            "reportar un error",
            "notificar un error",
            "reportar error",
        ],
        "related": [
            "más información",
            "noticias relacionadas",
            "noticia relacionada",
            "temas relacionados",
            "artículos relacionados",
            "relacionado",
            "lee también",
            # the formal imperative, as many Latin American papers write it
            "lea también",
            "lea además",
            "le puede interesar",
            "leer más",
            "te puede interesar",
            "lo más leído",
            "más noticias",
            "últimas noticias",
            "también te puede interesar",
            "no te lo pierdas",
            "no te pierdas",
            "no se lo pierda",
            "no se pierda",
            "te recomendamos",
            "lectura recomendada",
            "más galerías",
            "galerías de fotos",
            "fotogalerías",
            "más fotogalerías",
        ],
        "source": ["fuente", "fuentes", "según", "vía"],
        "caption": [
            "foto",
            "fotografía",
            "imagen",
            "ilustración",
            "vídeo",
            "video",
            "crédito",
            "fuente de la imagen",
            "pie de foto",
            "pie de imagen",
            "pie de vídeo",
        ],
        "byline": [
            "por",
            "escrito por",
            "redacción",
            "autor",
            "autora",
            "corresponsal",
            "enviado especial",
            "enviada especial",
            # an interviewer's credit
            "entrevista realizada por",
            # a wire credit's reporting field ("Reporte de Ana Gil; Editado
            # por …")
            "reporte de",
            "reportería de",
        ],
        "published": [
            "publicado",
            "actualizado",
            "última actualización",
            "visitas",
            "tiempo de lectura",
            "min de lectura",
            "minutos de lectura",
        ],
        "paywall": [
            "suscríbete para seguir leyendo",
            "suscríbete para continuar",
            "para seguir leyendo",
            "exclusivo para suscriptores",
            "ya eres suscriptor",
            "ya soy suscriptor",
            "acceso ilimitado",
            "artículos gratuitos",
            "este artículo es exclusivo para suscriptores",
            "solo para suscriptores",
            "ya tienes una cuenta",
            "accede a todo el contenido",
        ],
        "comments": [
            "comentarios",
            "comentario",
            "deja un comentario",
            "deja tu comentario",
            "escribe un comentario",
            "inicia sesión para comentar",
            "deja una respuesta",
            "comentarios en",
            "respuestas a",
        ],
        "pagination": ["página siguiente", "página anterior"],
        "tags": ["etiquetas", "temas", "palabras clave", "archivado en"],
        "spam": [
            "casino en línea",
            "apuestas deportivas",
            "tragamonedas",
            "préstamos sin aval",
            "préstamo sin aval",
            "créditos sin aval",
        ],
    },
    "fr": {
        "copyright": [
            "copyright",
            "©",
        ],
        "powered_by": ["propulsé par", "réalisé par", "conçu par", "développé par"],
        "site_links": [
            "plan du site",
            "politique de confidentialité",
            "mentions légales",
            "conditions d'utilisation",
            "conditions générales",
            "nous contacter",
            "contact",
            "qui sommes-nous",
            "publicité",
            "gestion des cookies",
            "paramètres des cookies",
            "préférences cookies",
            "politique cookies",
            "politique de cookies",
            "données personnelles",
            "charte de confidentialité",
            "déclaration d'accessibilité",
        ],
        "farm": [],
        "follow_us": [
            "republier cet article",
            "republiez cet article",
            "suivez-nous",
            "suivez-nous sur",
            "partager sur",
            "partagez",
            "abonnez-vous",
            "rejoignez-nous",
            "abonnez-vous à notre newsletter",
            "inscrivez-vous à notre newsletter",
            "inscrivez-vous gratuitement",
            "recevez notre newsletter",
            "téléchargez notre application",
            "rejoignez notre chaîne",
        ],
        "nav": [
            "nos newsletters",
            # a poll's buttons embedded in the article
            "voir les résultats",
            "accueil",
            "connexion",
            "se connecter",
            "s'inscrire",
            "rechercher",
            "menu",
            "haut de page",
            "version mobile",
            "imprimer",
            "commentaires",
            # outils de l'article : audio, sauvegarde, partage, diaporamas
            "écouter l'article",
            "écouter cet article",
            "écouter",
            "offrir l'article",
            "offrir cet article",
            "sauvegarder",
            "enregistrer",
            "commenter",
            "partager",
            "copier le lien",
            "signaler une erreur",
            "signaler une faute",
            "réutiliser ce contenu",
            "voir la galerie",
            "voir le diaporama",
            "voir plus",
            "afficher plus",
            "la suite après la publicité",
            "la suite après cette publicité",
            "lire plus tard",
            "accéder aux commentaires",
            "votre navigateur ne supporte pas",
            "votre navigateur ne prend pas en charge",
        ],
        "related": [
            "articles liés",
            "sujets associés",
            "sur le même thème",
            "à lire aussi",
            "lire aussi",
            "lire la suite",
            "sur le même sujet",
            "les plus lus",
            "dernières actualités",
            "à voir aussi",
            "vous aimerez aussi",
            "dans la même rubrique",
            "à ne pas manquer",
            "à ne pas rater",
            "ne manquez pas",
            "ne ratez pas",
            "à lire",
            "à découvrir",
            "le choix de la rédaction",
            "voir aussi",
            "nos diaporamas",
            "voir aussi nos diaporamas",
            "tous nos diaporamas",
            "galeries photos",
        ],
        "source": ["source", "sources", "selon", "d'après", "via"],
        "caption": [
            "photo",
            "illustration",
            "image",
            "crédit photo",
            "vidéo",
            "crédit",
            "légende",
            "source de l'image",
            "légende de la photo",
        ],
        "byline": [
            "par",
            "écrit par",
            # a wire credit's reporting field ("(Reportage de Claire Martin;
            # édité par …)")
            "reportage de",
            "rédaction",
            "auteur",
            "envoyé spécial",
            "envoyée spéciale",
            "envoyés spéciaux",
            "correspondant",
            "correspondante",
            # an interviewer's credit
            "propos recueillis par",
            "entretien réalisé par",
        ],
        "published": [
            "publié le",
            "publié",
            "mis à jour",
            "modifié le",
            "lecture",
            # a programme's broadcast stamp ("Diffusé le 3 avril 2025")
            "diffusé le",
        ],
        "paywall": [
            "réservé aux abonnés",
            "déjà abonné",
            "pour lire la suite",
            "accès illimité",
            "articles gratuits",
            "abonnez-vous pour lire",
            "cet article est réservé aux abonnés",
            "article réservé aux abonnés",
        ],
        "comments": [
            "commentaires",
            "commentaire",
            "réagir",
            "laisser un commentaire",
            "réagissez",
            "connectez-vous pour commenter",
            "vous souhaitez réagir",
            "laisser une réponse",
            "commentaires sur",
            "réflexions sur",
            "réponses à",
        ],
        "pagination": ["page suivante", "page précédente"],
        "tags": ["mots-clés", "étiquettes", "thèmes", "classé dans"],
        "spam": [
            "casino en ligne",
            "paris sportifs",
            "machines à sous",
            "prêt sans justificatif",
            "crédit sans justificatif",
        ],
    },
    "de": {
        "copyright": [
            "urheberrecht",
            "copyright",
            "©",
        ],
        "powered_by": ["bereitgestellt von", "umgesetzt von", "entwickelt von"],
        "site_links": [
            "sitemap",
            "impressum",
            "datenschutz",
            "datenschutzerklärung",
            "nutzungsbedingungen",
            "agb",
            "kontakt",
            "über uns",
            "werbung",
            "cookie-einstellungen",
        ],
        "farm": [],
        "follow_us": ["folgen sie uns", "folge uns", "teilen auf", "teilen", "abonnieren"],
        "nav": [
            "startseite",
            "anmelden",
            "registrieren",
            "suche",
            "menü",
            "nach oben",
            "mobile version",
            "drucken",
            "kommentare",
            "fehler melden",
            "fehler gefunden",
            "artikel anhören",
            "artikel vorlesen",
            # the label over an advertising slot
            "anzeige",
        ],
        "related": [
            "mehr zum thema",
            "das könnte sie auch interessieren",
            "weitere artikel",
            "lesen sie auch",
            "auch interessant",
            "meistgelesen",
            "weiterlesen",
            "verwandte artikel",
            "neueste nachrichten",
            "nicht verpassen",
        ],
        "source": ["quelle", "quellen", "laut", "via"],
        "caption": ["foto", "bild", "bildquelle", "abbildung", "grafik", "video"],
        "byline": [
            "von",
            "autor",
            "autorin",
            "geschrieben von",
            "redaktion",
            # an interviewer's credit
            "das gespräch führte",
            "das interview führte",
        ],
        "published": ["veröffentlicht", "aktualisiert", "stand", "lesezeit", "lesedauer"],
        "paywall": [
            "nur für abonnenten",
            "bereits abonnent",
            "jetzt abonnieren",
            "unbegrenzter zugang",
        ],
        "comments": ["kommentare", "kommentar schreiben", "diskutieren sie mit"],
        "pagination": ["nächste seite", "vorherige seite"],
        "tags": ["schlagworte", "themen", "stichwörter"],
        "spam": [
            "online casino",
            "sportwetten",
            "spielautomaten",
            "kredit ohne schufa",
            "sofortkredit ohne",
            "ohne rezept kaufen",
            "rezeptfrei bestellen",
        ],
    },
    "id": {
        "copyright": [
            "hak cipta",
            "©",
            "copyright",
        ],
        "powered_by": ["didukung oleh", "dikembangkan oleh", "dirancang oleh"],
        "site_links": [
            "peta situs",
            "kebijakan privasi",
            "syarat dan ketentuan",
            "hubungi kami",
            "tentang kami",
            "pedoman media siber",
            "redaksi",
            "iklan",
            "kontak",
        ],
        "farm": [],
        "follow_us": [
            "ikuti kami",
            "ikuti kami di",
            "bagikan ke",
            "bagikan",
            "berlangganan",
            # "Simak berita … di Google News", "Dapatkan update berita … Grup Telegram"
            "simak berita dan artikel lainnya",
            "simak breaking news",
            "dapatkan update berita",
            "mari bergabung di grup telegram",
        ],
        "nav": [
            "beranda",
            "masuk",
            "daftar",
            "cari",
            "menu",
            "kembali ke atas",
            "versi mobile",
            "cetak",
            "komentar",
            "indeks",
            "lompat ke resep",
            "cetak resep",
            "laporkan kesalahan",
            "lapor kesalahan",
            "dengarkan artikel ini",
            "dengarkan berita ini",
        ],
        "related": [
            "berita terkait",
            "artikel terkait",
            "baca juga",
            "baca selengkapnya",
            "terpopuler",
            "berita terkini",
            "rekomendasi",
            "berita lainnya",
            "terbaru",
            "jangan lewatkan",
        ],
        "source": ["sumber", "menurut", "via"],
        "caption": ["foto", "gambar", "ilustrasi", "video", "kredit foto"],
        "byline": ["oleh", "penulis", "reporter", "editor", "pewarta", "kontributor"],
        "published": [
            "diterbitkan",
            "diperbarui",
            "dipublikasikan",
            "dibaca",
            "waktu baca",
            "menit baca",
        ],
        "tags": ["tag", "kata kunci", "topik"],
        "spam": [
            "judi online",
            "slot gacor",
            "situs slot",
            "togel",
            "bandar bola",
            "pinjaman online cepat cair",
            "pinjol cepat cair",
            "cepat cair tanpa jaminan",
        ],
        "paywall": [
            "sudah berlangganan",
            "berlangganan sekarang",
            "akses tanpa batas",
            "khusus pelanggan",
        ],
    },
    "ms": {
        "copyright": ["hak cipta terpelihara", "hak cipta", "©"],
        "powered_by": ["dikuasakan oleh"],
        "site_links": ["peta laman", "dasar privasi", "terma dan syarat", "hubungi kami"],
        "farm": [],
        "follow_us": ["ikuti kami", "kongsi"],
        "nav": ["laman utama", "log masuk", "daftar", "carian"],
        "related": ["berita berkaitan", "artikel berkaitan", "baca juga", "terkini", "popular"],
        "source": ["sumber", "menurut"],
        "caption": ["foto", "gambar", "ilustrasi"],
        "byline": ["oleh", "penulis", "wartawan"],
        "published": ["diterbitkan", "dikemas kini"],
        "tags": ["tag", "kata kunci"],
        "spam": ["judi dalam talian", "kasino dalam talian"],
    },
    "ru": {
        "copyright": [
            "копирование материалов",
            "©",
        ],
        "powered_by": ["работает на", "разработка сайта", "создание сайта"],
        "site_links": [
            "карта сайта",
            "политика конфиденциальности",
            "пользовательское соглашение",
            "контакты",
            "о нас",
            "реклама",
            "редакция",
        ],
        "farm": [],
        "follow_us": ["подписывайтесь", "подписывайтесь на нас", "поделиться", "мы в соцсетях"],
        "nav": [
            "главная",
            "войти",
            "регистрация",
            "поиск",
            "меню",
            "наверх",
            "мобильная версия",
            "версия для печати",
            "комментарии",
            "сообщить об ошибке",
            "слушать статью",
            "прослушать статью",
        ],
        "related": [
            "читайте также",
            "по теме",
            "похожие новости",
            "самое читаемое",
            "последние новости",
            "читать далее",
            "другие новости",
            "популярное",
            "не пропустите",
            "не пропусти",
            # a rail of partners' clickbait or the editors' picks under the article
            "новости партнёров",
            "новости партнеров",
            "материалы партнёров",
            "материалы партнеров",
            "главные новости",
            "выбор редакции",
        ],
        "source": ["источник", "по данным", "по материалам"],
        "caption": ["фото", "изображение", "иллюстрация", "видео"],
        "byline": ["автор", "корреспондент", "текст", "беседовал", "беседовала"],
        "published": ["опубликовано", "обновлено", "просмотров", "просмотры", "время чтения"],
        "tags": ["теги", "метки", "ключевые слова"],
        "spam": [
            "онлайн казино",
            "ставки на спорт",
            "букмекер",
            # payday-loan adverts
            "займы без отказа",
            "займ без отказа",
            "займы онлайн без",
            "без отказа и проверок",
        ],
        "comments": ["комментарии", "оставить комментарий", "обсуждение"],
        "paywall": [
            "уже есть подписка",
            "оформите подписку",
            "безлимитный доступ",
            "только для подписчиков",
        ],
    },
    "pt": {
        "copyright": [
            "direitos reservados",
            "©",
        ],
        "powered_by": ["desenvolvido por", "tecnologia"],
        "site_links": [
            "mapa do site",
            "política de privacidade",
            "termos de uso",
            "fale conosco",
            "contato",
            "quem somos",
            "publicidade",
        ],
        "farm": [],
        "follow_us": [
            "siga-nos",
            "siga-nos no",
            "compartilhe",
            "compartilhar no",
            "siga o canal",
            "republique esta reportagem",
            "republicar esta reportagem",
        ],
        "nav": [
            "início",
            "entrar",
            "cadastre-se",
            "buscar",
            "menu",
            "voltar ao topo",
            "reportar erro",
            "comunicar erro",
            # the article's audio player
            "ouvir este artigo",
            "ouvir esta notícia",
            "ouvir matéria",
        ],
        "related": [
            "notícias relacionadas",
            "leia também",
            "leia mais",
            "mais lidas",
            "veja também",
            "últimas notícias",
            "não perca",
            "não deixe de ler",
        ],
        "source": ["fonte", "segundo", "via"],
        "caption": ["foto", "imagem", "ilustração", "vídeo", "crédito"],
        "byline": ["por", "autor", "redação"],
        "published": ["publicado", "atualizado", "tempo de leitura", "min de leitura"],
        "tags": ["tags", "palavras-chave", "temas"],
        "spam": [
            "cassino online",
            "apostas esportivas",
            "empréstimo sem consulta",
            "empréstimo na hora sem",
        ],
        "comments": ["comentários", "deixe seu comentário", "deixe o seu comentário"],
        "paywall": [
            "já é assinante",
            "assine já",
            "assine agora",
            "assine a partir de",
            "acesso ilimitado",
            "conteúdo exclusivo para assinantes",
        ],
    },
    # Arabic sites write hamza and tanween both ways ("اقرأ أيضاً" / "اقرا ايضا"):
    # each spelling is listed.
    "ar": {
        "copyright": ["الحقوق محفوظة", "©"],
        "powered_by": ["تصميم وتطوير", "برمجة وتطوير"],
        "site_links": [
            "خريطة الموقع",
            "سياسة الخصوصية",
            "شروط الاستخدام",
            "اتصل بنا",
            "من نحن",
            "أعلن معنا",
            "اعلن معنا",
        ],
        "farm": [],
        "follow_us": ["تابعونا على", "تابعنا على", "شارك على", "تابعونا", "تابعنا"],
        "nav": ["الرئيسية", "تسجيل الدخول", "بحث", "القائمة", "طباعة", "مشاركة", "إعلان"],
        "related": [
            "اقرأ أيضا",
            "اقرأ أيضاً",
            "إقرأ أيضا",
            "إقرأ أيضاً",
            "اقرا ايضا",
            "اقرأ المزيد",
            "أخبار ذات صلة",
            "اخبار ذات صلة",
            "مواضيع ذات صلة",
            "الأكثر قراءة",
            "الأكثر مشاهدة",
            "اخترنا لك",
            "شاهد أيضا",
            "شاهد أيضاً",
            "آخر الأخبار",
            "قد يهمك",
        ],
        "source": ["المصدر", "المصادر"],
        "caption": ["صورة", "الصورة", "تصوير", "صورة أرشيفية"],
        "byline": ["بقلم", "كتب", "كتبت", "مراسل"],
        "published": ["نشر في", "نشر بتاريخ", "تاريخ النشر", "آخر تحديث"],
        "comments": ["التعليقات", "أضف تعليقا", "أضف تعليقاً"],
        "pagination": ["الصفحة التالية", "الصفحة السابقة"],
        "tags": ["الوسوم", "وسوم", "كلمات مفتاحية", "الكلمات المفتاحية"],
        "spam": ["كازينو أونلاين", "كازينو اون لاين"],
        "paywall": ["اشترك الآن", "للمشتركين فقط", "هل أنت مشترك"],
    },
    # Italian, Turkish, Dutch, Polish, Hindi and Persian sites label their
    # chrome like the others ("Leggi anche:", "İlgili Haberler", "Lees ook:",
    # "Czytaj także:", "यह भी पढ़ें:", "بیشتر بخوانید:"); with no table, their
    # related links inside the article were kept as subheadings and their
    # copyright lines set aside as a related list.
    "it": {
        "copyright": [
            "diritti riservati",
            "©",
        ],
        "powered_by": ["realizzato da", "sviluppato da"],
        "site_links": [
            "chi siamo",
            "contatti",
            "note legali",
            "informativa privacy",
            "informativa sulla privacy",
            "lavora con noi",
            "pubblicità",
            "mappa del sito",
        ],
        "farm": [],
        "follow_us": [
            "seguici su",
            "seguici",
            "condividi",
            "condividi su",
            "iscriviti alla newsletter",
            "iscriviti alla nostra newsletter",
        ],
        "nav": ["accedi", "registrati", "cerca", "torna su", "commenta", "ascolta l'articolo"],
        "related": [
            "leggi anche",
            "leggi pure",
            "ti potrebbe interessare",
            "potrebbe interessarti",
            "articoli correlati",
            "notizie correlate",
            "i più letti",
            "più letti",
            "più lette",
            "le più lette",
            "ultime notizie",
            "altre notizie",
        ],
        "source": ["fonte", "fonti"],
        "caption": ["foto", "fotografia", "immagine", "credito foto"],
        "byline": ["di", "a cura di", "scritto da", "autore", "inviato", "inviata"],
        "published": [
            "pubblicato",
            "pubblicato il",
            "aggiornato",
            "ultimo aggiornamento",
            "tempo di lettura",
        ],
        "comments": ["commenti", "lascia un commento"],
        "pagination": ["pagina successiva", "pagina precedente"],
        "tags": ["argomenti", "tag", "parole chiave"],
        "spam": ["casinò online", "bonus senza deposito"],
        "paywall": [
            "sei già abbonato",
            "contenuto riservato agli abbonati",
            "abbonati per continuare a leggere",
        ],
    },
    "tr": {
        "copyright": ["telif hakkı", "©"],
        # "altyapı" alone is the word for infrastructure ("Altyapı Bakanlığı"):
        # only the credit's own forms name the site's platform
        "powered_by": ["altyapı:", "yazılım altyapısı", "tasarım ve yazılım"],
        "site_links": [
            "künye",
            "iletişim",
            "gizlilik politikası",
            "kullanım koşulları",
            "hakkımızda",
            "reklam",
            "çerez politikası",
            "site haritası",
        ],
        "farm": [],
        "follow_us": [
            "bizi takip edin",
            "takip edin",
            "abone ol",
            "paylaş",
            "whatsapp kanalımıza katılın",
        ],
        "nav": ["ana sayfa", "anasayfa", "giriş yap", "üye ol", "arama", "yukarı çık"],
        "related": [
            "ilgili haberler",
            "ilgili haber",
            "benzer haberler",
            "diğer haberler",
            "en çok okunanlar",
            "çok okunanlar",
            "ilginizi çekebilir",
            "bunlar da ilginizi çekebilir",
            "son haberler",
        ],
        "source": ["kaynak"],
        "caption": ["fotoğraf", "foto"],
        "byline": ["yazan", "yazar", "muhabir", "haber merkezi"],
        "published": [
            "yayınlanma",
            "yayınlanma tarihi",
            "yayın tarihi",
            "güncelleme",
            "son güncelleme",
            "güncellenme",
        ],
        "comments": ["yorumlar", "yorum yap", "yorum yazın"],
        "pagination": ["sonraki sayfa", "önceki sayfa"],
        "tags": ["etiketler"],
        "spam": ["deneme bonusu", "bahis siteleri giriş"],
        "paywall": ["abonelere özel"],
    },
    "nl": {
        "copyright": ["auteursrecht", "©"],
        "powered_by": ["mogelijk gemaakt door"],
        "site_links": [
            "privacybeleid",
            "privacyverklaring",
            "over ons",
            "adverteren",
            "colofon",
            "cookiebeleid",
            "algemene voorwaarden",
        ],
        "farm": [],
        "follow_us": ["volg ons", "volg ons op", "deel dit artikel", "delen", "schrijf je in"],
        "nav": ["inloggen", "zoeken", "terug naar boven", "voorlezen"],
        "related": [
            "lees ook",
            "lees meer",
            "meest gelezen",
            "gerelateerde artikelen",
            "gerelateerd",
            "meer nieuws",
            "ook interessant",
            "bekijk ook",
        ],
        "source": ["bron", "bronnen"],
        "caption": ["foto", "beeld"],
        "byline": ["door", "auteur", "redactie"],
        "published": ["gepubliceerd", "bijgewerkt", "laatst bijgewerkt", "leestijd"],
        "comments": ["reacties", "reageer", "plaats een reactie"],
        "pagination": ["volgende pagina", "vorige pagina"],
        "tags": ["onderwerpen", "tags"],
        "spam": ["online casino zonder"],
        "paywall": ["ben je al abonnee", "lees verder met", "alleen voor abonnees"],
    },
    "pl": {
        "copyright": ["prawa autorskie", "©"],
        "powered_by": ["realizacja"],
        "site_links": [
            "polityka prywatności",
            "regulamin",
            "kontakt",
            "o nas",
            "reklama",
            "polityka cookies",
            "mapa strony",
        ],
        "farm": [],
        "follow_us": ["obserwuj nas", "udostępnij", "zapisz się do newslettera"],
        "nav": ["strona główna", "zaloguj się", "szukaj", "wyszukaj", "do góry"],
        "related": [
            "czytaj także",
            "czytaj też",
            "czytaj również",
            "zobacz także",
            "zobacz też",
            "zobacz również",
            "polecamy",
            "najczęściej czytane",
            "najpopularniejsze",
            "powiązane artykuły",
            "więcej informacji",
        ],
        "source": ["źródło", "źródła"],
        "caption": ["fot.", "zdjęcie", "foto"],
        "byline": ["autor", "autorka", "oprac.", "opracowanie"],
        "published": ["opublikowano", "aktualizacja", "zaktualizowano", "czas czytania"],
        "comments": ["komentarze", "dodaj komentarz", "skomentuj"],
        "pagination": ["następna strona", "poprzednia strona"],
        "tags": ["tagi", "tematy"],
        "spam": ["kasyno online", "bonus bez depozytu"],
        "paywall": ["masz już subskrypcję", "treść dostępna dla subskrybentów"],
    },
    "hi": {
        "copyright": ["कॉपीराइट", "©"],
        "powered_by": [],
        "site_links": ["हमारे बारे में", "संपर्क करें", "हमसे संपर्क करें", "गोपनीयता नीति", "नियम और शर्तें"],
        "farm": [],
        "follow_us": ["हमें फॉलो करें", "शेयर करें", "फॉलो करें"],
        "nav": ["होम", "लॉग इन", "खोजें"],
        "related": [
            "यह भी पढ़ें",
            "ये भी पढ़ें",
            "ये भी पढ़िए",
            "यह भी पढ़िए",
            "संबंधित खबरें",
            "संबंधित ख़बरें",
            "सबसे ज्यादा पढ़ी गई",
            "सबसे ज़्यादा पढ़ी गईं",
            "और पढ़ें",
            "ताज़ा खबरें",
        ],
        "source": ["स्रोत"],
        "caption": ["फोटो", "फ़ोटो", "तस्वीर"],
        "byline": ["रिपोर्ट", "लेखक", "संवाददाता", "द्वारा"],
        "published": ["प्रकाशित", "अपडेट", "अपडेटेड"],
        "comments": ["टिप्पणियाँ", "टिप्पणियां", "टिप्पणी करें"],
        "pagination": ["अगला पेज", "पिछला पेज"],
        "tags": ["टैग", "टैग्स"],
        "spam": [],
        "paywall": [],
    },
    "fa": {
        "copyright": ["©"],
        "powered_by": ["طراحی و توسعه", "طراحی سایت"],
        "site_links": ["تماس با ما", "درباره ما", "حریم خصوصی", "قوانین و مقررات", "آرشیو"],
        "farm": [],
        "follow_us": ["ما را دنبال کنید", "اشتراک گذاری", "اشتراک‌گذاری"],
        "nav": ["صفحه اصلی", "جستجو", "ورود"],
        "related": [
            "بیشتر بخوانید",
            "بخوانید",
            "اخبار مرتبط",
            "خبرهای مرتبط",
            "مطالب مرتبط",
            "پربازدیدترین",
            "پربازدیدترین ها",
            "آخرین اخبار",
        ],
        "source": ["منبع"],
        "caption": ["عکس", "تصویر"],
        "byline": ["خبرنگار", "نویسنده", "گزارش"],
        "published": ["تاریخ انتشار", "انتشار", "به روز رسانی", "به‌روزرسانی"],
        "comments": ["نظرات", "ارسال نظر", "دیدگاه ها"],
        "pagination": ["صفحه بعد", "صفحه قبل"],
        "tags": ["برچسب ها", "برچسب‌ها", "کلمات کلیدی"],
        "spam": ["سایت شرط بندی"],
        "paywall": [],
    },
}

# Which label a line gets when its cue category matches.
CATEGORY_LABEL: dict[str, str] = {
    "copyright": "footer",
    "powered_by": "footer",
    "site_links": "footer",
    "farm": "footer",
    "follow_us": "navigation",
    "nav": "navigation",
    "related": "related",
    "source": "attribution",
    "caption": "caption",
    "byline": "byline",
    "published": "metadata",
    "tags": "navigation",
    "paywall": "navigation",
    "comments": "navigation",
    "pagination": "navigation",
    "spam": "spam",
}

# Copyright cues that only a copyright notice says ("all rights reserved",
# "版权所有"), unlike the bare word ("copyright", "bản quyền", "版权"), which
# a headline about a copyright dispute also holds: a short line with one is a
# footer on its own. Casefolded; each is also a ``copyright`` cue (added to
# CUES after the table, so that no phrase is written in both).
RIGHTS_RESERVED: dict[str, list[str]] = {
    "en": [
        "all rights reserved",
        "may not be published, broadcast, rewritten",
        "may not be reproduced or redistributed",
    ],
    "vi": [
        "giữ bản quyền",
        "đã đăng ký bản quyền",
        "bản quyền thuộc về",
        "ghi rõ nguồn khi phát hành lại",
    ],
    "th": ["สงวนลิขสิทธิ์"],
    "zh": ["版权所有", "不得转载", "未经授权", "转载请注明"],
    "ja": ["無断転載"],
    "ko": ["무단전재", "무단 전재", "재배포 금지"],
    "es": [
        "todos los derechos reservados",
        "derechos reservados",
        "prohibida su reproducción",
        "queda prohibida la reproducción",
    ],
    "fr": [
        "tous droits réservés",
        "droits réservés",
        "reproduction interdite",
        "toute reproduction interdite",
    ],
    "de": ["alle rechte vorbehalten", "nachdruck verboten"],
    "ru": [
        "все права защищены",
        "при использовании материалов сайта",
        "при использовании материалов ссылка",
        "при полном или частичном использовании материалов",
        "перепечатка запрещена",
    ],
    "pt": ["todos os direitos reservados", "proibida a reprodução total ou parcial"],
    "id": ["hak cipta dilindungi undang-undang", "dilarang mengutip"],
    "ar": ["جميع الحقوق محفوظة", "حقوق النشر محفوظة"],
    "it": ["tutti i diritti riservati", "riproduzione riservata"],
    "tr": ["tüm hakları saklıdır", "her hakkı saklıdır"],
    "nl": ["alle rechten voorbehouden"],
    "pl": ["wszelkie prawa zastrzeżone"],
    "hi": ["सर्वाधिकार सुरक्षित"],
    "fa": ["کلیه حقوق این سایت", "تمامی حقوق این سایت", "حقوق این سایت محفوظ"],
}
for _lang, _phrases in RIGHTS_RESERVED.items():
    CUES[_lang]["copyright"] += _phrases
del _lang, _phrases

# How a page says how long ago it was posted ("2 hours ago", "Hace 3
# horas", "Il y a 5 min", "3 giờ trước"): a line holding only a number, a
# time unit and these words is a stamp (metadata), not text. "before"
# words come before the number, "after" words after the unit. Casefolded.
RELATIVE_STAMP_WORDS: dict[str, dict[str, list[str]]] = {
    "en": {"after": ["ago"]},
    "es": {"before": ["hace"]},
    "fr": {"before": ["il y a"]},
    "pt": {"before": ["há"]},
    "de": {"before": ["vor"]},
    "vi": {"after": ["trước"]},
}
TIME_UNITS: dict[str, list[str]] = {
    "en": [
        "second",
        "seconds",
        "sec",
        "secs",
        "minute",
        "minutes",
        "min",
        "mins",
        "hour",
        "hours",
        "hr",
        "hrs",
        "h",
        "day",
        "days",
        "week",
        "weeks",
        "month",
        "months",
    ],
    "es": [
        "segundo",
        "segundos",
        "minuto",
        "minutos",
        "min",
        "hora",
        "horas",
        "h",
        "día",
        "días",
        "semana",
        "semanas",
        "mes",
        "meses",
    ],
    "fr": [
        "seconde",
        "secondes",
        "minute",
        "minutes",
        "min",
        "heure",
        "heures",
        "h",
        "jour",
        "jours",
        "semaine",
        "semaines",
        "mois",
    ],
    "pt": ["minuto", "minutos", "min", "hora", "horas", "h", "dia", "dias", "semana", "semanas"],
    "de": [
        "minute",
        "minuten",
        "min",
        "stunde",
        "stunden",
        "std",
        "tag",
        "tagen",
        "woche",
        "wochen",
    ],
    "vi": ["giây", "phút", "giờ", "tiếng", "ngày", "tuần", "tháng"],
}
# Words for "one"/"a" standing for the number ("an hour ago", "il y a une heure").
ONE_WORDS: dict[str, list[str]] = {
    "en": ["a", "an", "one"],
    "es": ["un", "una"],
    "fr": ["un", "une"],
    "pt": ["um", "uma"],
    "de": ["einer", "einem"],
    "vi": ["một"],
}

# A correction or update note under an article ("This story has been
# corrected to show ...", "Una versión anterior de este artículo ...",
# "Rectificatif : ..."): a correction is kept as body (it states the story's
# corrected facts; the labelled sets' convention since heldout12) and
# protected from the rules for chrome after the article; an update note
# (UPDATE_NOTE_WORDS) records an edit and states no fact: metadata. Entries
# ending in ":" need the colon.
# Casefolded.
# The words that make a CORRECTION_NOTES cue an update note ("this article
# has been updated with", "本文已根据读者反馈更新"), not a correction.
# Casefolded; found inside the cue.
UPDATE_NOTE_WORDS = (
    "updated",
    "actualizad",
    "mis à jour",
    "atualizad",
    "aktualisiert",
    "diperbarui",
    "mengalami perubahan",
    "дополнен",
    "обновл",
    "cập nhật",
    "更新",
    "本文已根据",
)
# The CORRECTION_NOTES cues that only say an editor speaks ("Editor's note:",
# "Nota del editor:"): the note may update, disclose or introduce the author
# ("Nota del editor: Adriana Ferreyra es arquitecta …", a bio) as often as it
# corrects: it stays set aside as metadata, as before. Casefolded.
EDITOR_NOTE_CUES = (
    "editor's note:",
    "editor’s note:",
    "nota de la redacción:",
    "nota del editor:",
    "note de la rédaction:",
    "nota da redação:",
    "anmerkung der redaktion:",
    "catatan redaksi:",
)
CORRECTION_NOTES: dict[str, list[str]] = {
    "en": [
        "this story has been corrected",
        "this article has been corrected",
        "this story has been updated to",
        "this article has been updated to",
        "this story has been updated with",
        "this article has been updated with",
        "this story was corrected",
        "this article was corrected",
        "an earlier version of this story",
        "an earlier version of this article",
        "a previous version of this story",
        "a previous version of this article",
        "correction:",
        "clarification:",
        "editor's note:",
        "editor’s note:",
    ],
    "es": [
        "una versión anterior de este artículo",
        "una versión anterior de esta noticia",
        "este artículo ha sido corregido",
        "esta noticia ha sido corregida",
        "este artículo fue corregido",
        "esta noticia fue corregida",
        "este artículo ha sido actualizado",
        "este artículo fue actualizado",
        "esta noticia fue actualizada",
        "esta información fue actualizada",
        "fe de errores",
        "corrección:",
        "nota de la redacción:",
        "nota del editor:",
    ],
    "fr": [
        "une version précédente de cet article",
        "une précédente version de cet article",
        "cet article a été corrigé",
        "cet article a été modifié",
        "cet article a été mis à jour",
        "rectificatif",
        "erratum",
        "correctif:",
        "note de la rédaction:",
        "précision:",
    ],
    "pt": [
        "este texto foi atualizado",
        "este artigo foi atualizado",
        "esta reportagem foi atualizada",
        "esta notícia foi atualizada",
        "este texto foi corrigido",
        "uma versão anterior deste texto",
        "uma versão anterior desta reportagem",
        "correção:",
        "errata:",
        "nota da redação:",
    ],
    "de": [
        "dieser artikel wurde aktualisiert",
        "dieser text wurde aktualisiert",
        "dieser artikel wurde korrigiert",
        "in einer früheren version dieses artikels",
        "in einer früheren fassung dieses artikels",
        "korrektur:",
        "anmerkung der redaktion:",
    ],
    "id": [
        "artikel ini telah diperbarui",
        "berita ini telah diperbarui",
        "artikel ini telah mengalami perubahan",
        "berita ini telah mengalami perubahan",
        "ralat:",
        "koreksi:",
        "catatan redaksi:",
    ],
    "ru": [
        "материал дополнен",
        "материал обновлен",
        "материал обновлён",
        "новость дополнена",
        "новость обновлена",
        "в предыдущей версии материала",
        "исправление:",
    ],
    "vi": [
        "bài viết đã được cập nhật",
        "bài viết được cập nhật",
        "tin bài đã được cập nhật",
        "đính chính:",
    ],
    "zh": ["本文已更新", "本文已根据", "本文已作更正", "更正：", "更正声明"],
    "ja": [
        "この記事は更新されました",
        "この記事を更新しました",
        "記事を一部修正しました",
        "【訂正】",
        "訂正：",
    ],
    "ko": ["바로잡습니다", "이 기사는 수정되었습니다", "기사 일부를 수정했습니다"],
}

# Words that lead a wire agency's credit closing a story ("Con información
# de EFE y AFP.", "Avec AFP", "With AP"): after one, only agency names.
# Casefolded.
AGENCY_CREDIT_LEADS: dict[str, list[str]] = {
    "en": [
        "with",
        "with reporting from",
        "with reporting by",
        "source",
        "sources",
        # Indian English: "With inputs from PTI", "(With agency inputs)"
        "with inputs from",
        "with input from",
    ],
    "es": [
        "con información de",
        "con información de las agencias",
        "información de",
        "con",
        "fuente",
        "fuentes",
    ],
    "fr": ["avec", "source", "sources", "d'après", "selon"],
    "pt": [
        "com informações de",
        "com informações da",
        "com informações do",
        "com informações das",
        "com informações dos",
        "com",
        "fonte",
        "fontes",
    ],
    "de": ["mit material von", "mit material der", "mit material", "mit", "quelle", "quellen"],
    "ru": ["по материалам", "по информации", "источник"],
    "id": ["sumber", "dengan"],
    "vi": ["theo", "nguồn"],
}

# Phrases crediting a colleague's help at the end of a story ("Associated
# Press writer X in Y contributed to this report.", "El periodista X
# contribuyó a este despacho", "X a contribué à cet article"): a short
# paragraph after the article holding one is a credit (byline), whoever it
# names. Casefolded.
CONTRIBUTION_CREDITS: dict[str, list[str]] = {
    "en": [
        "contributed to this report",
        "contributed to this story",
        "contributed to this article",
        "contributed reporting",
        "contributed research",
        "contributed to this dispatch",
        "contributed from",
    ],
    "es": [
        "contribuyó a este despacho",
        "contribuyeron a este despacho",
        "contribuyó a este informe",
        "contribuyeron a este informe",
        "contribuyó a esta información",
        "contribuyeron a esta información",
        "colaboró en esta información",
        "colaboraron en esta información",
        "contribuyó con este despacho",
        "contribuyó con esta nota",
        "contribuyó a esta nota",
    ],
    "fr": [
        "a contribué à cet article",
        "ont contribué à cet article",
        "a contribué à cette dépêche",
        "ont contribué à cette dépêche",
        "a collaboré à cet article",
        "ont collaboré à cet article",
    ],
}

# Labels of an embedded video or audio player, or of a teaser for one
# ("Watch: How the strike unfolded", "Listen: The Commute podcast · 24:31",
# "VIDÉO - Les images des crues", "Escucha el pódcast: ..."): a short line
# opening with one and a separator (":", "|", a spaced dash, "·") is a
# teaser for the embed, not text. Casefolded.
EMBED_LABELS: dict[str, list[str]] = {
    "en": [
        "watch",
        "listen",
        "video",
        "podcast",
        "audio",
        "live video",
        "watch live",
        "listen to the podcast",
    ],
    "es": [
        "vídeo",
        "video",
        "escucha",
        "escuchar",
        "pódcast",
        "podcast",
        "audio",
        "ver",
        "escucha el pódcast",
        "escucha el podcast",
        "en directo",
    ],
    "fr": [
        "vidéo",
        "video",
        "écouter",
        "écoutez",
        "écouter aussi",
        "podcast",
        "audio",
        "à écouter",
        "à voir",
        "en direct",
    ],
}

# A caption saying the photo is a file or illustration picture ("Imagen de
# archivo. EFE", "Photo d'illustration AFP", "File photo: ..."): a short
# line opening with one is a caption. Casefolded.
FILE_PHOTO_CAPTIONS: dict[str, list[str]] = {
    "en": ["file photo", "file picture", "file image", "illustration photo", "stock photo"],
    "es": [
        "imagen de archivo",
        "foto de archivo",
        "fotografía de archivo",
        "imagen de recurso",
        "foto de recurso",
        "foto ilustrativa",
        "imagen ilustrativa",
    ],
    "fr": ["photo d'illustration", "image d'illustration", "photo d'archives", "image d'archives"],
}

# Words a picture's caption opens with, describing what the picture shows
# ("图为14日清晨，救援人员…", "Pictured: …", "De izquierda a derecha, …",
# "Sur la photo, …"): a short line opening with one is a caption. Casefolded.
CAPTION_OPENERS: dict[str, list[str]] = {
    "en": ["pictured:", "pictured above", "pictured from left", "from left:", "left to right:"],
    "vi": ["trong ảnh", "ảnh trên", "ảnh dưới", "từ trái qua phải", "từ trái sang phải"],
    "th": ["ในภาพ", "ภาพบน", "ภาพล่าง"],
    "zh": ["图为", "上图为", "下图为", "左图为", "右图为", "图片为", "图中为"],
    "es": ["en la imagen", "en la foto", "de izquierda a derecha"],
    "fr": ["sur la photo", "sur notre photo", "sur l'image", "de gauche à droite", "ci-dessus,"],
}

# Question words an explainer's subheadings open with ("WHAT'S NEXT", "WHY
# IT MATTERS", "POR QUÉ IMPORTA", "POURQUOI C'EST IMPORTANT"): an all-caps
# line opening with one is the article's subheading, not an injected
# keyword line, and no name follows a byline cue with one. Casefolded.
QUESTION_WORDS: dict[str, list[str]] = {
    "en": ["what", "what's", "why", "how", "who", "when", "where", "which"],
    "es": [
        "qué",
        "por qué",
        "cómo",
        "quién",
        "quiénes",
        "cuándo",
        "dónde",
        "cuál",
        "cuánto",
        "cuántos",
    ],
    "fr": [
        "pourquoi",
        "comment",
        "quoi",
        "qui",
        "quand",
        "où",
        "quel",
        "quelle",
        "quels",
        "quelles",
        "qu'est-ce",
    ],
}

# Newsroom teams and desks that sign articles instead of a person ("By Staff
# Reporter", "โดย ทีมข่าวต่างประเทศ", "Por Redacción"): after a byline cue, a
# line starting with one of these is a byline. Casefolded.
BYLINE_DESKS: dict[str, list[str]] = {
    "en": [
        "staff",
        "desk",
        "newsroom",
        "our correspondent",
        "the editors",
        "editorial board",
        # a meta author a CMS fills with the kind of story, no one's name
        "staff report",
        "staff reports",
        "staff reporter",
        "staff writer",
        "staff writers",
        "wire reports",
    ],
    "vi": ["nhóm phóng viên", "nhóm pv", "ban thời sự", "ban biên tập", "pv", "ctv", "btv"],
    "th": ["ทีมข่าว", "กองบรรณาธิการ", "ฝ่ายข่าว", "โต๊ะข่าว"],
    "zh": ["本报", "本台", "编辑部", "新闻中心"],
    "es": ["redacción", "la redacción", "agencias"],
    "fr": ["la rédaction", "rédaction", "avec afp", "agences"],
    "pt": ["redação", "da redação", "a redação"],
    "it": ["redazione", "la redazione"],
    "de": ["redaktion", "die redaktion"],
    "ru": ["редакция"],
    "id": ["redaksi", "tim redaksi"],
    "ja": ["編集部", "編集局", "取材班"],
    "ko": ["편집국", "편집부", "취재팀", "온라인뉴스팀", "디지털뉴스팀"],
    # a desk after the agency's name and a dash ("خبرگزاری شهر - گروه
    # اجتماعی", "القاهرة - القسم الاقتصادي")
    "fa": ["گروه", "سرویس", "تحریریه"],
    "ar": ["القسم", "قسم", "هيئة التحرير", "فريق التحرير", "المحرر"],
}

# How the name of a newsroom's bureau ends, when a sign-off puts the bureau
# before the writer ("（大阪本社　山田太郎）", "（中部支社 佐藤花子）", "（记者站
# 王晓明）"): the word before the name is the bureau, not part of it.
BUREAU_SUFFIXES: dict[str, list[str]] = {
    "ja": [
        "本社",
        "支社",
        "支局",
        "総局",
        "通信部",
        "編集部",
        "取材班",
        # a desk of the paper ("文化部・堀川咲記者"); not 部 alone, which ends
        # surnames (阿部, 服部)
        "社会部",
        "政治部",
        "経済部",
        "文化部",
        "運動部",
        "科学部",
        "生活部",
        "報道部",
        "国際部",
        "写真部",
        "くらし部",
    ],
    "zh": ["分社", "记者站", "支局", "编辑部"],
    "ko": ["지국", "취재팀", "편집국"],
}

# A wire story's credit line opens on the field that names its reporters
# ("Reporting by Ana Ruiz; Writing by Tom Lee; Editing by …", "(Reportage
# de Jean Martin; édité par Paul Roux)"): its reporting and writing
# fields name the story's writers, whoever reposted it ("Posted by …, Business
# Editor"). "Additional reporting by" credits helpers, and opens on no such
# field. Casefolded, at a field's start, before the names.
WIRE_REPORTER_CREDITS: dict[str, list[str]] = {
    "en": ["reporting by", "reported by", "writing by"],
    "es": ["reporte de", "reportería de"],
    "fr": ["reportage de", "rédigé par"],
    "pt": ["reportagem de"],
    "de": ["berichterstattung", "geschrieben von"],
}

# Byline cues that credit someone who edited, checked or proofread the
# article, not its writer ("责任编辑：王晓明", "Edited by Ana Ruiz", "Biên tập:
# Thu Hà"): such a byline names no author. Casefolded, at the byline's start.
EDITOR_CREDITS: dict[str, list[str]] = {
    "en": ["edited by", "editing by", "editor", "sub-edited by", "fact-checked by"],
    "vi": ["biên tập", "btv", "hiệu đính"],
    "th": ["บรรณาธิการ", "ตรวจทาน", "พิสูจน์อักษร"],
    "zh": ["责任编辑", "编辑", "责编", "审核", "校对", "审校", "终审", "值班编辑", "主编"],
    "es": ["editado por", "edición", "editor", "editora"],
    "fr": ["édité par", "édition", "éditeur", "éditrice", "relu par"],
    "id": ["editor", "penyunting", "redaktur"],
    "ms": ["editor", "penyunting"],
    "pt": ["editado por", "edição", "editor", "editora"],
    "de": ["redigiert von", "bearbeitet von", "redakteur", "redakteurin"],
    "ru": ["редактор", "выпускающий редактор"],
    "ko": ["편집", "데스크"],
    "ja": ["編集", "デスク"],
}

# A question under the article asking whether it helped ("Was this article
# helpful?", "Cet article vous a été utile ?", "Bài viết có hữu ích với bạn
# không?"), with its answer buttons (ANSWER_BUTTONS): page chrome. Casefolded.
FEEDBACK_PROMPTS: dict[str, list[str]] = {
    "en": [
        "was this article helpful",
        "was this article useful",
        "was this story helpful",
        "was this page helpful",
        "did you find this article helpful",
        "did you find this article useful",
    ],
    "fr": [
        "cet article vous a été utile",
        "cet article vous a-t-il été utile",
        "cet article vous a plu",
        "avez-vous trouvé cet article utile",
    ],
    "es": [
        "te resultó útil esta nota",
        "te resultó útil este artículo",
        "te ha resultado útil este artículo",
        "le resultó útil esta nota",
        "te fue útil esta nota",
        "te sirvió esta nota",
    ],
    "vi": ["bài viết có hữu ích", "bài viết này có hữu ích", "thông tin có hữu ích"],
    "th": ["บทความนี้มีประโยชน์หรือไม่", "ข่าวนี้มีประโยชน์หรือไม่"],
    "zh": ["这篇文章对您有帮助吗", "本文对您有帮助吗", "這篇文章對您有幫助嗎"],
    "ja": ["この記事は役に立ちましたか", "この記事は参考になりましたか"],
    "de": ["war dieser artikel hilfreich", "fanden sie diesen artikel hilfreich"],
    "pt": ["este artigo foi útil", "esta matéria foi útil"],
    "id": ["apakah artikel ini bermanfaat", "apakah artikel ini membantu"],
}

# The answer buttons of such a question, or of a poll: a line of two or three
# of them and nothing else ("Oui Non", "Yes No", "Có Không") is no
# writer's name. Casefolded words.
ANSWER_BUTTONS: dict[str, list[str]] = {
    "en": ["yes", "no", "not sure", "maybe"],
    "fr": ["oui", "non", "peut-être"],
    "es": ["sí", "si", "no"],
    "pt": ["sim", "não"],
    "de": ["ja", "nein"],
    "it": ["sì", "no"],
    "vi": ["có", "không"],
    "id": ["ya", "tidak"],
    "th": ["ใช่", "ไม่ใช่"],
    "zh": ["是", "否", "有帮助", "没帮助"],
    "ja": ["はい", "いいえ"],
}

# A live page's note that it refreshes itself ("Tự động cập nhật sau 60
# giây", "This page updates automatically", "Actualización automática
# activada"): page chrome. Only phrases naming the page's own refresh; a
# sentence holding one in passing is told apart by the rule. Casefolded.
LIVE_REFRESH_NOTICES: dict[str, list[str]] = {
    "en": [
        "this page updates automatically",
        "this page will update automatically",
        "this page refreshes automatically",
        "this page will refresh automatically",
        "page refreshes automatically",
        "auto-refresh is on",
        "auto-refresh is off",
        "auto refresh is on",
        "auto-update is on",
        "refresh the page for the latest updates",
        # a live blog's own controls ("Refresh for the latest updates",
        # "Show key events only", "Load earlier updates")
        "refresh for the latest updates",
        "refresh for latest updates",
        "refresh for updates",
        "show key events only",
        "load earlier updates",
        "load more updates",
        "pinned post",
    ],
    "vi": [
        "tự động cập nhật sau",
        "trang sẽ tự động cập nhật",
        "tự động làm mới sau",
        "bật tự động cập nhật",
    ],
    "th": ["รีเฟรชอัตโนมัติ", "หน้านี้จะอัปเดตอัตโนมัติ"],
    "zh": ["页面将自动刷新", "页面自动刷新", "本页面自动刷新", "頁面將自動更新", "頁面自動更新"],
    "ja": ["このページは自動更新", "自動更新中"],
    "es": [
        "esta página se actualiza automáticamente",
        "la página se actualizará automáticamente",
        "actualización automática activada",
    ],
    "fr": [
        "cette page se met à jour automatiquement",
        "cette page s'actualise automatiquement",
        "actualisation automatique activée",
    ],
}

# A prompt to read on in the site's app ("打开APP阅读全文", "Continue reading
# in the app", "Đọc tiếp trên ứng dụng"): page chrome. Casefolded phrases.
APP_PROMPTS: dict[str, list[str]] = {
    "en": [
        "open in app",
        "open in the app",
        "continue reading in the app",
        "read in the app",
        "read more in the app",
        "read the full story in our app",
        "read the full story in the app",
    ],
    "vi": ["đọc tiếp trên ứng dụng", "đọc trên ứng dụng", "mở trong ứng dụng"],
    "th": ["อ่านต่อในแอป", "เปิดในแอป"],
    "zh": [
        "打开app阅读",
        "打开app阅读全文",
        "app内阅读",
        "打开客户端阅读",
        "查看精彩图片",
        # "open the app: a better reading experience"
        "阅读体验更佳",
    ],
    "es": [
        "abrir en la app",
        "leer en la app",
        "sigue leyendo en la app",
        "seguir leyendo en la app",
    ],
    "fr": [
        "lire dans l'application",
        "ouvrir dans l'application",
        "continuer la lecture dans l'application",
    ],
}

# What stands between a comments cue and a comment's number in a forum's or a
# blog's header over each comment ("ความคิดเห็นที่ 1", "Comment #2", "Bình
# luận số 3", "Commentaire n° 4"): such a header opens the readers' thread
# even with the comment's text right under it. Casefolded.
COMMENT_ORDINALS: dict[str, list[str]] = {
    "en": ["#", "no.", "no"],
    "th": ["ที่"],
    "vi": ["số", "thứ", "#"],
    "fr": ["n°", "no", "#"],
    "es": ["n.º", "nº", "#"],
    "de": ["nr.", "#"],
    "id": ["ke-", "ke", "#"],
}

# The word of a header over one reader's comment that is no comments cue by
# itself, before or after the comment's number ("Comment #1", "#2 Reply",
# "Commentaire n° 3", "Respuesta #4"): with a number, and nothing else on
# the line, it opens the readers' thread as "ความคิดเห็นที่ 1" does.
# Casefolded.
COMMENT_HEADER_WORDS: dict[str, list[str]] = {
    "en": ["comment", "reply", "response"],
    "fr": ["commentaire", "réponse"],
    "es": ["comentario", "respuesta"],
    "pt": ["comentário", "resposta"],
    "de": ["kommentar", "antwort"],
    "it": ["commento", "risposta"],
    "id": ["komentar", "balasan"],
    "vi": ["trả lời", "phản hồi"],
}

# Words of the note a ranking box prints above or under its list, saying
# when or how the stories were counted ("오후 3시까지 집계한 결과입니다.",
# "午後3時現在の集計", "截至15时的统计", "Ranked by page views in the last 24
# hours"): beside a list of headlines after the article the note is the
# list's, not the article's last words. Casefolded; searched as substrings
# in Chinese, Japanese and Korean.
RANKING_NOTES: dict[str, list[str]] = {
    "ko": ["집계"],
    "ja": ["集計"],
    "zh": ["统计", "統計"],
    "en": [
        "ranked by",
        "based on page views",
        "based on views",
        "most read in the last",
        "rankings are based on",
        "ranking is based on",
    ],
    "vi": ["thống kê", "xếp hạng theo"],
    "es": ["según las lecturas", "más leídas en las últimas"],
    "fr": ["classement établi", "les plus lus ces dernières"],
    "de": ["meistgelesen in den letzten"],
}

# The label of a forum's poster who signs with a member number instead of a
# name ("สมาชิกหมายเลข 4567890", "Thành viên số 12345", "Member #4567"):
# the label and the number alone on a line name the post's writer.
# Casefolded.
FORUM_MEMBER_LABELS: dict[str, list[str]] = {
    "th": ["สมาชิกหมายเลข", "สมาชิกหมายเลขที่"],
    "vi": ["thành viên số", "thành viên #"],
    "en": ["member #", "member no.", "member no", "user #"],
    "zh": ["会员编号", "會員編號", "用户编号"],
    "id": ["anggota #", "anggota no."],
}

# Words naming a news outlet ("神奈川新聞", "京都日报", "부산일보", "The
# Harbour Times", "Diario de León", "Rheinische Zeitung"): a portal prints
# the outlet whose story it carries above and below the article, and a
# short line with one, printed just there, is the story's source, not a
# repeated teaser. Casefolded; substrings in Chinese, Japanese and Korean,
# whole words elsewhere.
OUTLET_WORDS: dict[str, list[str]] = {
    "ja": ["新聞", "新聞社", "通信", "放送", "テレビ", "日報", "新報", "タイムス"],
    "zh": ["日报", "日報", "晚报", "晚報", "时报", "時報", "新闻网", "电视台", "通讯社"],
    "ko": ["신문", "일보", "뉴스", "방송", "통신"],
    "en": [
        "news",
        "times",
        "post",
        "herald",
        "tribune",
        "gazette",
        "journal",
        "chronicle",
        "telegraph",
        "courier",
    ],
    "vi": ["báo", "tạp chí"],
    "th": ["หนังสือพิมพ์", "ข่าว"],
    "es": ["diario", "periódico", "noticias", "heraldo", "crónica"],
    "fr": ["journal", "quotidien", "dépêche", "gazette"],
    "de": ["zeitung", "nachrichten", "rundschau", "anzeiger", "kurier"],
    "id": ["harian", "berita", "pos", "kabar"],
    "pt": ["jornal", "folha", "notícias", "diário"],
}

# Field labels of a publisher's imprint under its pages ("Cơ quan chủ quản:
# … Tổng biên tập: …", "Địa chỉ: … Điện thoại: …", "主办：… 地址：… 电话：…"):
# a line holding two of them, each before a colon, is the site's footer.
# Casefolded.
IMPRINT_FIELDS: dict[str, list[str]] = {
    "en": [
        "editor-in-chief",
        "publisher",
        "address",
        "phone",
        "tel",
        "fax",
        "email",
        "e-mail",
        "registered office",
        "company number",
    ],
    "vi": [
        "cơ quan chủ quản",
        "tổng biên tập",
        "phó tổng biên tập",
        "chịu trách nhiệm xuất bản",
        "chịu trách nhiệm nội dung",
        "giấy phép",
        "địa chỉ",
        "điện thoại",
        "đt",
        "fax",
        "email",
        "hotline",
        "tòa soạn",
        "trụ sở",
        "trụ sở chính",
    ],
    "th": ["บรรณาธิการบริหาร", "ที่อยู่", "โทร", "โทรศัพท์", "แฟกซ์", "อีเมล"],
    "zh": [
        "主办",
        "主办单位",
        "主管",
        "主管单位",
        "承办",
        "承办单位",
        "举报电话",
        "总编辑",
        "社长",
        "地址",
        "通讯地址",
        "电话",
        "联系电话",
        "传真",
        "邮编",
        "邮箱",
        "备案号",
    ],
    "es": [
        "director",
        "directora",
        "editor",
        "dirección",
        "domicilio",
        "teléfono",
        "tel",
        "fax",
        "correo electrónico",
        "email",
    ],
    "fr": [
        "directeur de la publication",
        "directrice de la publication",
        "éditeur",
        "adresse",
        "téléphone",
        "tél",
        "fax",
        "courriel",
        "email",
        "siège social",
        "responsable de la publication",
        "rédacteur en chef",
        "rédactrice en chef",
        "hébergeur",
    ],
    "de": [
        "herausgeber",
        "herausgeberin",
        "verlag",
        "chefredakteur",
        "chefredakteurin",
        "chefredaktion",
        "verantwortlich für den inhalt",
        "v.i.s.d.p",
        "anschrift",
        "telefon",
        "e-mail",
    ],
    "id": ["pemimpin redaksi", "penanggung jawab", "alamat redaksi", "alamat", "telepon"],
    "pt": ["diretor de redação", "diretora de redação", "endereço", "telefone"],
    "it": ["direttore responsabile", "editore", "sede legale", "indirizzo", "telefono"],
}

# Field labels of a practical-information box closing a review or a guide
# ("Address: 12 Harbour Street", "Opening hours: …", "Giá vé: …"): the
# place's own labels, and the contact ones a publisher's imprint shares. A
# box of these right under the last paragraph, one of them the place's
# (hours, prices, booking), is the article's; a box naming the publisher
# ("Publisher:", "Herausgeber:") is the imprint. Casefolded.
VENUE_FIELDS: dict[str, list[str]] = {
    "en": [
        "opening hours",
        "open",
        "hours",
        "price",
        "prices",
        "average price",
        "admission",
        "tickets",
        "booking",
        "bookings",
        "reservations",
        "cuisine",
        "getting there",
        "website",
        "address",
        "phone",
        "tel",
        "email",
    ],
    "vi": ["giờ mở cửa", "giá vé", "giá", "đặt bàn", "địa chỉ", "điện thoại", "website"],
    "th": ["เวลาเปิด", "เวลาทำการ", "ราคา", "ค่าเข้าชม", "ที่อยู่", "โทร", "โทรศัพท์"],
    "zh": ["营业时间", "开放时间", "人均", "门票", "票价", "地址", "电话"],
    "es": [
        "horario",
        "horarios",
        "precio",
        "precio medio",
        "precios",
        "entradas",
        "reservas",
        "dirección",
        "teléfono",
        "web",
    ],
    "fr": [
        "horaires",
        "prix",
        "prix moyen",
        "tarif",
        "tarifs",
        "réservations",
        "adresse",
        "téléphone",
        "tél",
    ],
    "de": [
        "öffnungszeiten",
        "preise",
        "eintritt",
        "reservierung",
        "adresse",
        "anschrift",
        "telefon",
    ],
    "id": ["jam buka", "harga", "harga tiket", "alamat", "telepon"],
    "pt": ["horário", "preço", "preços", "ingressos", "reservas", "endereço", "telefone"],
    "it": ["orari", "prezzi", "biglietti", "prenotazioni", "indirizzo", "telefono"],
}

# Words naming a street, a district or a postcode's town in a postal address
# ("12 Harbour Street, Portsmouth", "12 rue de la République, 69002 Lyon",
# "Hauptstraße 12, 50667 Köln", "123 Đường Lê Lợi, Quận 1", "人民路88号"): a
# short line with one and a number, no sentence, is an address. Casefolded;
# a word of German or Chinese may end in one ("Hauptstraße", "人民路").
POSTAL_ADDRESS_WORDS: dict[str, list[str]] = {
    "en": ["street", "st.", "road", "rd.", "avenue", "ave.", "lane", "square", "suite", "p.o. box"],
    "fr": ["rue", "avenue", "boulevard", "bd", "place", "quai", "allée", "chemin", "cedex"],
    "es": ["calle", "c/", "avenida", "avda.", "plaza", "paseo", "apartado"],
    "pt": ["rua", "avenida", "av.", "praça", "travessa", "cep"],
    "it": ["via", "viale", "piazza", "corso", "cap"],
    "de": ["straße", "strasse", "str.", "weg", "platz", "allee", "gasse", "ring", "postfach"],
    "id": ["jalan", "jl.", "kav.", "kecamatan", "kelurahan"],
    "vi": ["đường", "phố", "quận", "phường", "huyện", "tp."],
    "th": ["ถนน", "ซอย", "แขวง", "เขต", "ตำบล", "อำเภอ"],
    "zh": ["路", "街", "大道"],
}

# Words an organisation's name opens with, after a writer's name and a dash
# at the end of an article ("Thu Hằng - Trung tâm VH-TT&TT huyện", "Ana Ruiz
# - Oficina de Comunicación", "Jane Doe - Press Office"): the body the writer
# works for. Casefolded, at the start of the part after the dash.
SIGNOFF_ORGANISATIONS: dict[str, list[str]] = {
    "en": [
        "press office",
        "communications office",
        "office of",
        "department of",
        "news desk",
        "correspondent in",
    ],
    "vi": [
        "trung tâm",
        "báo",
        "đài",
        "cổng thông tin",
        "ban tuyên giáo",
        "phòng văn hóa",
        "văn phòng",
        "ubnd",
        "sở",
        "đài phát thanh",
        "tạp chí",
    ],
    "th": ["สำนักงาน", "กองประชาสัมพันธ์", "ฝ่ายประชาสัมพันธ์", "สถานี"],
    "es": [
        "oficina de comunicación",
        "gabinete de prensa",
        "departamento de comunicación",
        "redacción de",
        "corresponsal en",
    ],
    "fr": [
        "service communication",
        "service de presse",
        "correspondant à",
        "correspondante à",
        "rédaction de",
    ],
}

# A note in brackets after the writer's name at the end of an article saying
# the text was compiled or translated ("Thu Hà (t/h)", "Ana Ruiz (con
# agencias)"), or that the writer conducted or wrote down an interview
# ("Minh Khoa (thực hiện)", "王芳（采访整理）"); a source cue there ("(theo
# Reuters)") says the same. The name and its note sign the article off.
# Casefolded, whole note.
COMPILED_NOTES: dict[str, list[str]] = {
    "en": ["with agencies", "agencies", "compiled", "with wires", "interview", "interviewer"],
    "vi": [
        "t/h",
        "tổng hợp",
        "th",
        "lược dịch",
        "dịch",
        "biên dịch",
        "thực hiện",
        "ghi",
        "ghi chép",
    ],
    "th": ["เรียบเรียง", "สัมภาษณ์"],
    "zh": ["综合报道", "综合", "编译", "采访整理", "整理", "采访"],
    "es": ["con agencias", "agencias"],
    "fr": ["avec agences", "agences"],
}

# Labels of a page field that names the headline a text first ran under
# ("原标题：…", "Original headline: …"): a short line opening with one and a
# colon is metadata. Casefolded.
ORIGINAL_TITLE: dict[str, list[str]] = {
    "en": ["original headline", "original title"],
    "vi": ["tiêu đề gốc", "nhan đề gốc"],
    "th": ["หัวข้อเดิม", "พาดหัวเดิม"],
    "zh": ["原标题", "原题"],
    "es": ["titular original", "título original"],
    "fr": ["titre original"],
}

# How a wire or a paper opens its own dispatch, in brackets alone on the
# line above the first paragraph ("【新华社电】", "（本報訊）", "（中央社記者
# 王小明台北11日電）"): regular expressions the bracketed text ends with
# (folded to Simplified). A dateline.
WIRE_OPENERS: dict[str, list[str]] = {
    "zh": [r"(?:报|专|网|社)讯", r"(?:\d|日|社)电"],
}

# Words that ask the reader to click before a link's text ("点击阅读更多",
# "Click here to read more"). Casefolded, the whole run before the cue.
CLICK_WORDS: dict[str, list[str]] = {
    "en": ["click", "click here", "tap", "tap here"],
    "vi": ["bấm", "nhấn", "click"],
    "th": ["คลิก", "คลิกที่นี่"],
    "zh": ["点击", "点此"],
    "es": ["haz clic", "pulsa"],
    "fr": ["cliquez", "cliquez ici"],
}

# Labels of a page's read / view counter, alone on a line with its number
# ("閱讀 1.2萬", "อ่าน 1,234 ครั้ง", "1.234 lượt xem", "12K views"), and a
# poll's vote count ("1.234 lượt bình chọn", "1,234 votes", "投票人数：1234"):
# before or after the number. Casefolded; the line holds nothing else but the count's
# unit ("ครั้ง", "次", "lượt") and a multiplier (K, 万).
COUNTER_LABELS: dict[str, list[str]] = {
    "en": ["views", "reads", "votes"],
    "vi": ["lượt xem", "lượt đọc", "lượt thích", "lượt chia sẻ", "lượt bình chọn", "lượt vote"],
    "th": ["อ่าน", "เข้าชม", "ยอดอ่าน", "ยอดเข้าชม", "ยอดวิว", "ผู้ชม"],
    "zh": [
        "阅读",
        "浏览",
        "点击",
        "阅读数",
        "浏览量",
        "点击量",
        "人阅读",
        "人浏览",
        "投票人数",
        "投票数",
        "人投票",
        "人参与投票",
    ],
    "es": ["lecturas", "visitas", "votos"],
    "fr": ["lectures", "vues", "votes"],
}

# What a share, like or comment count counts, before or after its number
# ("1.3K shares", "แชร์ 128 ครั้ง", "点赞 326", "12 Komen"): a line of such
# counts (read counters beside them, "阅读 1.2万　点赞 326") is the article's
# share bar, navigation. Casefolded; the whole word or words.
SHARE_COUNT_LABELS: dict[str, list[str]] = {
    "en": ["shares", "share", "likes", "like", "comments", "comment", "reactions", "reposts"],
    "vi": ["lượt chia sẻ", "chia sẻ", "bình luận", "lượt thích", "thích"],
    "th": ["แชร์", "ถูกใจ", "ชอบ", "ไลก์", "ไลค์", "ความคิดเห็น"],
    "zh": ["点赞", "分享", "评论", "赞", "转发", "收藏", "在看"],
    "ja": ["シェア", "コメント", "いいね"],
    "ko": ["공유", "댓글", "좋아요"],
    "es": ["compartidos", "veces compartido", "comentarios", "me gusta"],
    "fr": ["partages", "commentaires", "j'aime"],
    "pt": ["compartilhamentos", "comentários", "curtidas"],
    "de": ["mal geteilt", "kommentare", "geteilt"],
    "id": ["dibagikan", "komentar", "komen", "kongsi", "suka"],
    "ru": ["репостов", "комментариев", "лайков", "поделились"],
    "tr": ["paylaşım", "yorum", "beğeni"],
    "nl": ["keer gedeeld", "reacties"],
    "pl": ["udostępnień", "komentarzy"],
}

# A site's visitor counter, in the footer or a sidebar: the label before
# the number ("Tổng số lượt truy cập: 2.345.678", "Visitors online: 12",
# "总访问量：2345678"). Casefolded; the whole label.
SITE_COUNTER_LABELS: dict[str, list[str]] = {
    "en": [
        "visitors",
        "total visitors",
        "total visits",
        "visits",
        "visits today",
        "visitors today",
        "online now",
        "visitors online",
        "users online",
        "hits",
        "page views",
        "total page views",
    ],
    "vi": [
        "lượt truy cập",
        "tổng lượt truy cập",
        "tổng số lượt truy cập",
        "số lượt truy cập",
        "tổng truy cập",
        "truy cập hôm nay",
        "đang truy cập",
        "đang trực tuyến",
        "đang online",
        "lượt truy cập hôm nay",
        "hôm nay",
        "hôm qua",
        "trong tháng",
        "lượt khách",
    ],
    "th": [
        "ผู้เข้าชม",
        "ผู้เข้าชมทั้งหมด",
        "จำนวนผู้เข้าชม",
        "ผู้เข้าชมวันนี้",
        "ผู้ชมออนไลน์",
        "ออนไลน์ขณะนี้",
        "สถิติผู้เข้าชม",
        "ผู้เข้าชมเมื่อวาน",
    ],
    "zh": [
        "访问量",
        "总访问量",
        "访问人数",
        "今日访问",
        "今日访问量",
        "在线人数",
        "本站访问量",
        "访客",
        "访客数",
        "累计访问",
        "累计访问量",
        "总访问人数",
    ],
    "es": [
        "visitas",
        "visitas totales",
        "total de visitas",
        "visitantes",
        "visitantes en línea",
        "visitas hoy",
        "usuarios en línea",
    ],
    "fr": [
        "visiteurs",
        "nombre de visiteurs",
        "visites",
        "total des visites",
        "visiteurs en ligne",
        "visites aujourd'hui",
        "nombre de visites",
    ],
}

# What may follow a counter's number: a multiplier ("1.2K", "1.2萬") and the
# count's unit ("ครั้ง" times, "次", "lượt", "คน" / "人" people).
COUNTER_MULTIPLIERS: dict[str, list[str]] = {
    "en": ["k", "m"],
    "es": ["mil"],
    "th": ["พัน", "หมื่น", "แสน", "ล้าน"],
    "zh": ["万", "千"],
}
COUNTER_UNITS: dict[str, list[str]] = {
    "vi": ["lượt"],
    "th": ["ครั้ง", "คน"],
    "zh": ["次", "人"],
}

# The word a dispatch ends on, alone on its line in brackets, between
# dashes or slashes, or before a slash: "（完）", "(END)", "-Hết-",
# "انتهای پیام/"; or the note that a series goes on in its
# next part: "(Còn nữa)", "(To be continued)", "（未完待续）". Casefolded, the
# whole words.
END_MARKS: dict[str, list[str]] = {
    "en": ["end", "to be continued", "continued"],
    "vi": ["hết", "còn nữa", "còn tiếp", "còn tiếp nữa"],
    "th": ["จบ", "ยังมีต่อ", "โปรดติดตามตอนต่อไป", "ติดตามตอนต่อไป"],
    "zh": ["完", "全文完", "未完待续", "待续", "未完"],
    "es": ["fin", "continuará"],
    "fr": ["fin", "à suivre"],
    "ja": ["おわり", "終わり", "終", "了", "つづく", "続く"],
    "ko": ["끝", "계속"],
    "de": ["ende", "fortsetzung folgt"],
    "pt": ["fim", "continua"],
    "ru": ["конец", "продолжение следует"],
    # Persian and Arabic agencies close each story between slashes or with
    # one after it: "انتهای پیام/", "/انتهای خبر/", "(انتهى)"
    "fa": ["انتهای پیام", "انتهای خبر", "انتها", "پایان", "پایان خبر", "پایان پیام"],
    "ar": ["انتهى", "انتهى الخبر", "نهاية الخبر", "النهاية"],
}

# Calls to buy or to order: a short all-caps line carrying one is an advert
# (spam), even when it opens like a site's own promotion ("DON'T MISS: ORDER
# NOW"). Casefolded; matched as whole words in spaced scripts.
CALL_TO_BUY: dict[str, list[str]] = {
    "en": [
        "buy now",
        "order now",
        "shop now",
        "call now",
        "book now",
        "add to cart",
        "free shipping",
        "limited offer",
        "best price",
    ],
    "vi": [
        "mua ngay",
        "đặt hàng",
        "đặt mua",
        "gọi ngay",
        "liên hệ ngay",
        "giá rẻ",
        "giảm giá",
        "khuyến mãi",
        "miễn phí vận chuyển",
    ],
    "th": ["สั่งซื้อ", "ซื้อเลย", "โทรเลย", "ลดราคา", "ราคาพิเศษ", "ส่งฟรี"],
    "zh": ["立即购买", "马上购买", "立即抢购", "订购热线", "咨询电话", "优惠价", "包邮", "加微信"],
    "es": [
        "compra ya",
        "compre ahora",
        "cómpralo",
        "pide ya",
        "llama ya",
        "llame ahora",
        "envío gratis",
        "oferta limitada",
        "mejor precio",
    ],
    "fr": [
        "achetez",
        "commandez",
        "appelez",
        "livraison gratuite",
        "offre limitée",
        "meilleur prix",
        "en promo",
    ],
}

# An author's bio after the article ("Jane Doe is a senior correspondent
# covering ...", "Nguyễn Văn A là phóng viên ...", "Juan Pérez cubre ..."):
# a name, then a copula and a newsroom role within a few words, or a verb
# of covering. Casefolded; spaced-script entries match as whole words.
BIO_COPULAS: dict[str, list[str]] = {
    "en": ["is"],
    "vi": ["là", "hiện là"],
    "th": ["เป็น"],
    "zh": ["是", "现任", "系"],
    "es": ["es"],
    "fr": ["est"],
    "de": ["ist"],
    "id": ["adalah"],
    "pt": ["é"],
}
BIO_ROLES: dict[str, list[str]] = {
    "en": [
        "correspondent",
        "reporter",
        "journalist",
        "editor",
        "columnist",
        "writer",
        "contributor",
        "photographer",
        "producer",
        "bureau chief",
        "staff writer",
    ],
    "vi": ["phóng viên", "biên tập viên", "nhà báo", "cộng tác viên", "thư ký tòa soạn"],
    "th": ["ผู้สื่อข่าว", "นักข่าว", "บรรณาธิการ", "คอลัมนิสต์", "นักเขียน"],
    "zh": [
        "记者",
        "特约记者",
        "特派记者",
        "首席记者",
        "见习记者",
        "编辑",
        "主编",
        "专栏作家",
        "撰稿人",
        "通讯员",
        "评论员",
    ],
    "es": [
        "corresponsal",
        "periodista",
        "redactor",
        "redactora",
        "editor",
        "editora",
        "columnista",
        "reportero",
        "reportera",
        "colaborador",
        "colaboradora",
    ],
    "fr": [
        "correspondant",
        "correspondante",
        "journaliste",
        "rédacteur",
        "rédactrice",
        "éditorialiste",
        "chroniqueur",
        "chroniqueuse",
        "reporter",
        "envoyé spécial",
        "envoyée spéciale",
    ],
    "de": [
        "korrespondent",
        "korrespondentin",
        "journalist",
        "journalistin",
        "redakteur",
        "redakteurin",
        "reporter",
        "reporterin",
        "kolumnist",
        "kolumnistin",
    ],
    "id": ["wartawan", "jurnalis", "editor", "koresponden", "penulis"],
    "pt": ["correspondente", "jornalista", "repórter", "editor", "editora", "colunista"],
}
# A guest writer's standing in an op-ed's closing bio ("Lucía Ortega es
# catedrática de Hidrología en …"): roles of BIO_ROLES too, since an op-ed's
# writer is often no journalist. (A person the story is about and names
# elsewhere is never taken for its author.)
for _lang, _roles in {
    "en": ["professor", "lecturer", "researcher", "senior fellow"],
    "vi": ["giảng viên", "giáo sư", "phó giáo sư", "nhà nghiên cứu"],
    "th": ["อาจารย์", "นักวิจัย"],
    "zh": ["教授", "研究员"],
    "es": ["catedrático", "catedrática", "profesor", "profesora", "investigador", "investigadora"],
    "fr": ["professeur", "professeure", "chercheur", "chercheuse", "maître de conférences"],
    "de": ["professor", "professorin", "wissenschaftler", "wissenschaftlerin"],
    "id": ["dosen", "peneliti", "guru besar"],
    "pt": ["professor", "professora", "pesquisador", "pesquisadora"],
}.items():
    BIO_ROLES[_lang] = BIO_ROLES[_lang] + _roles
del _lang, _roles
BIO_VERBS: dict[str, list[str]] = {
    "en": [
        "covers",
        "has covered",
        "writes about",
        "reports on",
        "has reported on",
        "has been covering",
        "has written about",
        "contributed reporting",
        "contributed to this report",
        "contributed to this story",
    ],
    "vi": ["phụ trách mảng", "chuyên viết về", "theo dõi mảng", "chuyên theo dõi"],
    "th": ["รายงานข่าว", "ติดตามข่าว", "เขียนเกี่ยวกับ", "ดูแลข่าว"],
    "zh": ["长期关注", "负责报道", "长期报道", "主要报道", "专注报道"],
    "es": [
        "cubre",
        "escribe sobre",
        "informa sobre",
        "ha cubierto",
        "colaboró en esta información",
    ],
    "fr": ["couvre", "écrit sur", "a couvert", "suit l'actualité", "a contribué à cet article"],
    "de": ["berichtet über", "schreibt über", "berichtet aus"],
    "pt": ["cobre", "escreve sobre"],
}

# Per-language function words: prose has them, menus and headline lists have
# few. Small lists (the most frequent words), used as FineWeb-style
# "has at least N stop words" and stop-word-share statistics. For Chinese,
# Japanese and Thai the entries are function characters / words searched as
# substrings.
STOPWORDS: dict[str, list[str]] = {
    "en": [
        "the",
        "be",
        "to",
        "of",
        "and",
        "a",
        "in",
        "that",
        "have",
        "it",
        "for",
        "not",
        "on",
        "with",
        "he",
        "as",
        "you",
        "do",
        "at",
        "this",
        "but",
        "his",
        "by",
        "from",
        "they",
        "we",
        "is",
        "was",
        "are",
        "were",
        "has",
        "had",
        "will",
        "said",
        "its",
        "an",
        "which",
        "their",
        "would",
        "there",
    ],
    "vi": [
        "và",
        "của",
        "là",
        "có",
        "được",
        "trong",
        "cho",
        "các",
        "với",
        "những",
        "này",
        "một",
        "không",
        "đã",
        "người",
        "khi",
        "đến",
        "để",
        "cũng",
        "từ",
        "theo",
        "về",
        "nhưng",
        "sẽ",
        "rằng",
        "tại",
        "đó",
        "như",
        "trên",
        "ra",
    ],
    "es": [
        "de",
        "la",
        "que",
        "el",
        "en",
        "y",
        "a",
        "los",
        "se",
        "del",
        "las",
        "un",
        "por",
        "con",
        "no",
        "una",
        "su",
        "para",
        "es",
        "al",
        "lo",
        "como",
        "más",
        "pero",
        "sus",
        "le",
        "ha",
        "me",
        "sin",
        "sobre",
        "este",
        "ya",
        "también",
        "fue",
    ],
    "fr": [
        "de",
        "la",
        "le",
        "et",
        "les",
        "des",
        "en",
        "un",
        "du",
        "une",
        "que",
        "est",
        "pour",
        "qui",
        "dans",
        "a",
        "par",
        "plus",
        "pas",
        "au",
        "sur",
        "ne",
        "se",
        "il",
        "ce",
        "sont",
        "avec",
        "elle",
        "ont",
        "été",
        "aux",
        "mais",
        "son",
        "sa",
    ],
    "de": [
        "der",
        "die",
        "und",
        "in",
        "den",
        "von",
        "zu",
        "das",
        "mit",
        "sich",
        "des",
        "auf",
        "für",
        "ist",
        "im",
        "dem",
        "nicht",
        "ein",
        "eine",
        "als",
        "auch",
        "es",
        "an",
        "werden",
        "aus",
        "er",
        "hat",
        "dass",
        "sie",
        "nach",
        "wird",
        "bei",
        "sind",
    ],
    "id": [
        "yang",
        "dan",
        "di",
        "itu",
        "dengan",
        "untuk",
        "tidak",
        "ini",
        "dari",
        "dalam",
        "akan",
        "pada",
        "juga",
        "saya",
        "ke",
        "karena",
        "tersebut",
        "bisa",
        "ada",
        "mereka",
        "lebih",
        "kata",
        "telah",
        "oleh",
        "atau",
        "sudah",
        "adalah",
        "bahwa",
    ],
    "ms": [
        "yang",
        "dan",
        "di",
        "itu",
        "dengan",
        "untuk",
        "tidak",
        "ini",
        "dari",
        "dalam",
        "akan",
        "pada",
        "juga",
        "ke",
        "kerana",
        "tersebut",
        "ada",
        "mereka",
        "telah",
        "oleh",
        "atau",
        "sudah",
        "adalah",
        "bahawa",
        "beliau",
    ],
    "pt": [
        "de",
        "a",
        "o",
        "que",
        "e",
        "do",
        "da",
        "em",
        "um",
        "para",
        "é",
        "com",
        "não",
        "uma",
        "os",
        "no",
        "se",
        "na",
        "por",
        "mais",
        "as",
        "dos",
        "como",
        "mas",
        "foi",
        "ao",
        "ele",
        "das",
        "tem",
        "à",
        "seu",
        "sua",
    ],
    "ru": [
        "и",
        "в",
        "не",
        "на",
        "что",
        "с",
        "по",
        "это",
        "он",
        "как",
        "а",
        "к",
        "из",
        "но",
        "за",
        "от",
        "о",
        "для",
        "же",
        "то",
        "его",
        "все",
        "так",
        "было",
        "уже",
        "она",
        "был",
        "при",
        "также",
        "который",
        "году",
    ],
    "ko": [
        "이",
        "그",
        "있다",
        "있는",
        "하는",
        "것으로",
        "수",
        "등",
        "및",
        "위해",
        "대한",
        "했다",
        "밝혔다",
        "또",
        "이번",
        "것이다",
        "있다고",
        "한다",
    ],
    "zh": [
        "的",
        "了",
        "是",
        "在",
        "和",
        "有",
        "也",
        "不",
        "这",
        "为",
        "与",
        "对",
        "将",
        "说",
        "中",
        "上",
        "我",
        "他",
        "们",
        "以",
        "及",
        "其",
        "被",
        "但",
    ],
    "ja": [
        "の",
        "は",
        "を",
        "に",
        "が",
        "と",
        "で",
        "た",
        "し",
        "て",
        "も",
        "な",
        "から",
        "ます",
        "です",
        "した",
        "する",
        "れ",
        "こと",
    ],
    "th": [
        "ที่",
        "และ",
        "ใน",
        "ของ",
        "การ",
        "ได้",
        "ให้",
        "ว่า",
        "จะ",
        "มี",
        "เป็น",
        "กับ",
        "นี้",
        "ไม่",
        "แต่",
        "จาก",
        "โดย",
        "ซึ่ง",
        "ความ",
        "เพื่อ",
        "ไป",
        "อยู่",
        "กล่าว",
    ],
}

# Languages written without spaces between words: stop words are matched as
# substrings and lines are measured in characters (see features.word_units).
UNSPACED_LANGS = frozenset({"zh", "ja", "th"})

# Average characters per word for scripts written without spaces, so that a
# line's length is comparable across languages ("word units").
CHARS_PER_WORD: dict[str, float] = {
    "han_kana": 1.5,  # Chinese / Japanese
    "thai_lao_khmer_burmese": 4.0,
    # Hangul syllables per word of a spaced language: a Korean word between
    # spaces joins a stem and its particles (about two English words)
    "hangul": 2.0,
}

# A photographer's credit closing a caption where the language puts the verb
# last ("新华社记者 王明 摄": "photographed by reporter Wang Ming"). A short
# closing segment that ends with one of these is a caption. Casefolded.
PHOTO_BY_SUFFIX: dict[str, list[str]] = {
    "zh": ["摄", "摄影", "拍摄", "供图"],
    "ja": ["撮影", "提供"],
    "ko": ["촬영"],
}

# Wire agencies as they sign off a dispatch on its last line ("EFE",
# "(AFP)", "— Reuters", "(TTXVN)", "（新华社）"). Matched only against a
# whole short line after the article (brackets and dashes stripped), never
# inside text. Casefolded.
NEWS_AGENCIES: dict[str, list[str]] = {
    "en": [
        "ap",
        "afp",
        "reuters",
        "associated press",
        "upi",
        "pa",
        "bloomberg",
        "dpa",
        "ians",
        "pti",
        "aap",
        "kyodo",
        "yonhap",
        "xinhua",
        "bernama",
        "antara",
        "agencies",
        "agency",
        "ani",
    ],
    "es": [
        "efe",
        "agencia efe",
        "europa press",
        "afp",
        "ap",
        "reuters",
        "notimex",
        "ansa",
        "dpa",
        "prensa latina",
        "pl",
        "télam",
        "xinhua",
        "anadolu",
        "sputnik",
        "agencias",
    ],
    "fr": [
        "afp",
        "ap",
        "reuters",
        "belga",
        "ats",
        "ansa",
        "dpa",
        "aps",
        "xinhua",
        "anadolu",
        "agences",
    ],
    "pt": [
        "lusa",
        "agência brasil",
        "efe",
        "afp",
        "reuters",
        "estadão conteúdo",
        "folhapress",
        "agência estado",
        "agências",
    ],
    "de": ["dpa", "afp", "reuters", "apa", "sda", "kna", "epd", "agenturen"],
    # Russian credits name agencies in the genitive ("По материалам «Интерфакса»")
    "ru": [
        "тасс",
        "риа новости",
        "интерфакс",
        "интерфакса",
        "reuters",
        "afp",
        "агентств",
        "информагентств",
    ],
    "id": ["antara", "reuters", "afp", "ap"],
    "it": ["ansa", "adnkronos", "agi"],
    "vi": ["ttxvn", "vna", "ttxvn/vna", "thx", "afp", "reuters"],
    "th": ["สำนักข่าวไทย", "ไทยพีบีเอส"],
    "zh": [
        "新华社",
        "中新社",
        "中新网",
        "中通社",
        "法新社",
        "路透社",
        "美联社",
        "共同社",
        "韩联社",
    ],
    "ja": ["共同", "時事", "共同通信", "時事通信"],
    "ko": ["연합뉴스", "뉴시스", "뉴스1"],
    "hi": ["एजेंसी", "एजेंसियां", "एजेंसियों", "भाषा", "पीटीआई", "आईएएनएस", "एएनआई"],
}

# What closes a wire agency's credit in languages that put it after the
# agency ("(एजेंसी इनपुट के साथ)" "with the agency's input", "(With agency
# inputs)"): the agencies come before it. Casefolded.
AGENCY_CREDIT_TAILS: dict[str, list[str]] = {
    "en": ["inputs", "input"],
    "hi": ["इनपुट के साथ", "के इनपुट के साथ", "से इनपुट के साथ"],
}

# A note under an opinion piece that the views are the writer's alone ("Las
# opiniones expresadas ... son responsabilidad exclusiva de su autor"): a
# short line holding one is page furniture, not the argument. Casefolded;
# matched as whole words where the script has spaces.
# Labels of a credit field that names the article's writer, before a colon:
# "ข่าว: สมชาย ใจดี", "Bài: Minh Anh", "Words: Jane Doe". Casefolded; a
# field names a writer only when a name follows.
CREDIT_FIELD_LABELS: dict[str, list[str]] = {
    # (the writer who took the photos too: "Text and photos: …", "Bài và
    # ảnh: …", "Texto y fotos: …")
    "en": [
        "words",
        "text",
        "story",
        "report",
        "interview",
        "text and photos",
        "words and pictures",
    ],
    "vi": ["thực hiện", "nhóm thực hiện", "tin", "phỏng vấn", "bài và ảnh", "bài, ảnh"],
    "th": ["ข่าว", "เรื่อง", "ข่าวและภาพ", "เรื่องและภาพ", "รายงาน", "สัมภาษณ์"],
    "zh": ["撰文", "采写", "文字", "采访", "图文"],
    "es": ["texto", "textos", "texto y fotos", "texto y fotografías"],
    "fr": ["texte", "textes", "texte et photos"],
    "id": ["teks", "teks dan foto"],
}

# Headings of a table of contents at the top of a long article or a blog
# post (its entries link to the subheadings below): the whole line,
# casefolded, without a show/hide toggle or a closing colon.
TOC_HEADINGS: dict[str, list[str]] = {
    "en": [
        "table of contents",
        "contents",
        "in this article",
        "in this post",
        "on this page",
        "jump to",
        "quick links",
        "in this story",
        "in this guide",
    ],
    "vi": ["mục lục", "nội dung chính", "nội dung bài viết", "mục lục bài viết"],
    "th": ["สารบัญ", "เนื้อหาในบทความนี้"],
    "zh": ["目录", "文章目录", "本文目录", "内容导航", "目錄", "文章目錄"],
    "es": ["índice", "tabla de contenidos", "contenido", "contenidos", "en este artículo"],
    "fr": ["sommaire", "table des matières", "dans cet article", "au sommaire"],
    # the heading alone on its line, and only with two entries or more that
    # repeat subheadings further down (the rule checks both)
    "de": ["inhaltsverzeichnis", "inhalt", "in diesem artikel"],
    "it": ["indice", "sommario", "in questo articolo"],
    "pt": ["índice", "sumário", "neste artigo"],
    "nl": ["inhoudsopgave", "inhoud", "in dit artikel"],
    "pl": ["spis treści"],
    "id": ["daftar isi"],
    "ru": ["содержание", "оглавление"],
    "tr": ["içindekiler"],
    "ko": ["목차"],
    "ja": ["目次"],
}

# Headings of the article's own summary, a short list of its main facts
# above or inside the text ("Key points", "Lo que sabemos", "L'essentiel",
# "Das Wichtigste in Kürze"): its items are the article's, however short,
# not links to other stories. The whole line, casefolded, without a colon.
SUMMARY_HEADINGS: dict[str, list[str]] = {
    "en": [
        "key points",
        "the key points",
        "key facts",
        "what we know",
        "what we know so far",
        "at a glance",
        "key takeaways",
        "takeaways",
        "what you need to know",
        "the essentials",
        "in brief",
        "highlights",
    ],
    "es": [
        "claves",
        "las claves",
        "lo que sabemos",
        "lo que se sabe",
        "puntos clave",
        "en resumen",
        "lo esencial",
    ],
    "fr": [
        "l'essentiel",
        "ce qu'il faut retenir",
        "ce que l'on sait",
        "ce qu'on sait",
        "les points clés",
        "à retenir",
        "en bref",
    ],
    "pt": ["pontos-chave", "o que se sabe", "o que sabemos", "em resumo", "principais pontos"],
    "de": [
        "das wichtigste in kürze",
        "das wichtigste",
        "auf einen blick",
        "was wir wissen",
        "kurz und knapp",
    ],
    "id": ["poin penting", "poin-poin penting", "hal yang perlu diketahui", "ringkasan"],
    "ru": ["главное", "коротко", "что известно", "что известно на данный момент"],
    "vi": ["điểm chính", "những điểm chính", "điểm nhấn", "tóm tắt"],
    "th": ["ประเด็นสำคัญ", "สรุปประเด็น", "สรุปประเด็นสำคัญ"],
    "zh": ["要点", "新闻要点", "要点速览", "划重点"],
    "ja": ["ポイント", "要点", "この記事のポイント"],
    "ko": ["핵심 요약", "요약", "핵심 정리"],
    "ar": ["أبرز النقاط", "ما نعرفه", "باختصار"],
}

# A summary box over the article that the page says a machine wrote ("AI-
# generated summary", "Tóm tắt nhanh", "AI 摘要"): the heading, or how a
# heading opens, casefolded. Its items are no writer's text, unlike the
# article's own summary under SUMMARY_HEADINGS, which stays body.
AI_SUMMARY_HEADINGS: dict[str, list[str]] = {
    "en": [
        "ai-generated summary",
        "ai generated summary",
        "ai summary",
        "summary by ai",
        "summary generated by ai",
        "ai-generated key points",
        "quick summary",
    ],
    "vi": [
        "tóm tắt nhanh",
        "tóm tắt bởi ai",
        "ai tóm tắt",
        "tóm tắt tự động",
        "tóm tắt bằng ai",
        "tóm tắt tin bằng ai",
    ],
    "th": ["สรุปโดย ai", "สรุปข่าวโดย ai", "ai สรุป"],
    "zh": ["ai摘要", "ai 摘要", "ai总结", "ai 总结", "智能摘要", "ai速览", "ai生成摘要"],
    "ja": ["aiによる要約", "ai要約", "ai 要約"],
    "ko": ["ai 요약", "ai요약", "인공지능 요약"],
    "es": ["resumen generado por ia", "resumen ia", "resumen con ia", "resumen automático"],
    "fr": ["résumé généré par l'ia", "résumé ia", "résumé par l'ia", "résumé automatique"],
    "de": ["ki-zusammenfassung", "zusammenfassung durch ki", "automatische zusammenfassung"],
    "pt": ["resumo gerado por ia", "resumo ia", "resumo automático"],
    "it": ["riassunto generato dall'ia", "riassunto ia", "sintesi ia"],
    "id": ["ringkasan ai", "ringkasan otomatis", "rangkuman ai"],
    "ru": ["пересказ от ии", "краткий пересказ ии", "кратко от нейросети"],
}

# How a note on how the text itself was made opens: the text named with
# its verb ("This article was …", "Bài viết có sử dụng …", "本文由…"); with an
# AI word after it (AI_WORDS) the note says the text was written or
# summarised with AI. Casefolded, the line's opening.
TEXT_SELF_REFERENCES: dict[str, list[str]] = {
    # with the verb: "this article of the law" names no text of the page
    "en": [
        "this article was",
        "this article is",
        "this article has",
        "this story was",
        "this story is",
        "this story has",
        "this summary was",
        "this summary is",
        "this text was",
        "this report was",
        "this post was",
        "portions of this article",
        "parts of this article",
        "this article used",
        "this story used",
    ],
    "vi": [
        "bài viết có sử dụng",
        "bài viết sử dụng",
        "bài viết được",
        "bài viết này được",
        "bài viết này có sử dụng",
        "nội dung bài viết được",
        "tóm tắt này được",
    ],
    "th": ["บทความนี้", "ข่าวนี้", "เนื้อหานี้"],
    "zh": [
        "本文由",
        "本文使用",
        "本文借助",
        "本文内容由",
        "本文部分内容由",
        "本摘要由",
        "以上内容由",
        "以上摘要由",
    ],
    "ja": ["この記事は", "本記事は", "この要約は"],
    "ko": ["이 기사는", "본 기사는", "이 요약은"],
    "es": [
        "este artículo fue",
        "este artículo ha sido",
        "este artículo se",
        "este texto fue",
        "este texto ha sido",
        "esta noticia fue",
        "este resumen fue",
        "este resumen ha sido",
        "esta nota fue",
    ],
    "fr": [
        "cet article a été",
        "cet article est",
        "ce texte a été",
        "ce résumé a été",
        "ce résumé est",
    ],
    "de": [
        "dieser artikel wurde",
        "dieser text wurde",
        "dieser beitrag wurde",
        "diese zusammenfassung wurde",
        "dieser artikel ist",
        "dieser text ist",
    ],
    "pt": ["este artigo foi", "este texto foi", "esta reportagem foi", "este resumo foi"],
    "it": ["questo articolo è stato", "questo testo è stato", "questo articolo è"],
    "id": [
        "artikel ini dibuat",
        "artikel ini ditulis",
        "artikel ini disusun",
        "berita ini dibuat",
        "berita ini ditulis",
        "ringkasan ini dibuat",
    ],
    "ms": ["artikel ini dihasilkan", "artikel ini ditulis"],
    "ru": [
        "эта статья написана",
        "эта статья создана",
        "этот материал подготовлен",
        "этот материал создан",
        "этот текст написан",
        "этот текст создан",
    ],
    "ar": ["تم إعداد هذا المقال", "تم إعداد هذا الخبر", "هذا المقال"],
}
# Words naming artificial intelligence in such a note, casefolded; a short
# Latin one ("ai", "ia", "ki") only as a word of its own.
AI_WORDS: dict[str, list[str]] = {
    "en": ["ai", "a.i.", "artificial intelligence", "chatgpt", "language model"],
    "vi": ["ai", "trí tuệ nhân tạo"],
    "th": ["ai", "ปัญญาประดิษฐ์"],
    "zh": ["ai", "人工智能", "大模型"],
    "ja": ["ai", "人工知能"],
    "ko": ["ai", "인공지능"],
    "es": ["ia", "inteligencia artificial"],
    "fr": ["ia", "intelligence artificielle"],
    "de": ["ki", "künstliche intelligenz", "künstlicher intelligenz"],
    "pt": ["ia", "inteligência artificial"],
    "it": ["ia", "intelligenza artificiale"],
    "id": ["ai", "kecerdasan buatan"],
    "ms": ["ai", "kecerdasan buatan"],
    "ru": ["ии", "искусственного интеллекта", "искусственный интеллект", "нейросет"],
    "ar": ["الذكاء الاصطناعي"],
}
# A note's label that it discloses something about the text or its writer
# ("Disclosure: the author owns shares in …"): the line opens with it and a
# colon. Casefolded.
DISCLOSURE_LABELS: dict[str, list[str]] = {
    "en": ["disclosure", "ai disclosure", "transparency note", "conflict of interest"],
    "es": ["divulgación", "nota de transparencia", "conflicto de intereses"],
    "fr": ["transparence", "note de transparence", "conflit d'intérêts"],
    "de": ["transparenzhinweis", "offenlegung", "interessenkonflikt"],
    "pt": ["nota de transparência", "conflito de interesses"],
    "vi": ["công bố thông tin"],
}

# A press release reprinted as news closes on its issuer's sections: "About
# <the company>" (the issuer named in the release above) and the media
# contacts. How the about-heading opens, and the contact headings (whole
# line), casefolded.
ISSUER_ABOUT: dict[str, list[str]] = {
    "en": ["about"],
    "es": ["acerca de", "sobre"],
    "fr": ["à propos de", "à propos d'", "a propos de"],
    "de": ["über"],
    "pt": ["sobre a", "sobre o", "sobre"],
    "it": ["informazioni su", "chi è"],
    "nl": ["over"],
    "id": ["tentang"],
    "ms": ["mengenai", "tentang"],
    "vi": ["về"],
    "zh": ["关于"],
}
# Calls to follow, share or subscribe that close the line in languages that
# put the verb last ("… गूगल न्यूज़ पर फॉलो करें", "… bizi takip edin", "…
# ما را دنبال کنید"): a short line ending on one is the site's promotion.
# Casefolded; the line's last words.
CLOSING_CALLS: dict[str, list[str]] = {
    "hi": ["फॉलो करें", "शेयर करें", "सब्सक्राइब करें", "डाउनलोड करें", "फॉलो कीजिए"],
    "tr": ["takip edin", "abone olun", "paylaşın", "katılın"],
    "fa": ["دنبال کنید", "عضو شوید", "را دنبال کنید"],
    "ja": ["フォローしてください", "登録してください", "ダウンロードしてください"],
    "ko": ["구독하세요", "팔로우하세요", "구독해 주세요"],
}

# A newsletter box's call to sign up, opening its line, and the word for the
# newsletter itself, further on: "Sign up to our daily newsletter for ...",
# "Inscrivez-vous à la newsletter du matin", "Apúntate al boletín semanal".
# Casefolded; a call must end a word ("Subscribers" opens no call).
SIGN_UP_CALLS: dict[str, list[str]] = {
    "en": ["sign up", "subscribe", "get our", "join our", "register for"],
    "fr": ["abonnez-vous", "inscrivez-vous", "recevez", "abonne-toi", "inscris-toi"],
    # (not "recibe": "Recibe el premio …" opens a sentence)
    "es": ["suscríbete", "suscríbase", "apúntate", "regístrate"],
    "pt": ["assine", "cadastre-se", "inscreva-se", "receba"],
    "it": ["iscriviti", "abbonati", "ricevi"],
    "de": ["abonnieren sie", "jetzt anmelden", "melden sie sich", "bestellen sie"],
    # (not "daftar" alone: it is also "list")
    "id": ["berlangganan", "daftar sekarang"],
    # (not Vietnamese "đăng ký": also "registration", "Đăng ký kinh doanh
    # mới tăng …"; its newsletter call is a NEWSLETTER_PROMISES phrase)
}
# What opens a paywall's prompt before the offer's name and the cue ("Đăng
# ký Premium để đọc tiếp …", "Subscribe today to continue reading"): the
# SIGN_UP_CALLS, and calls that table leaves out because they also open
# sentences elsewhere (Vietnamese "đăng ký"); here a paywall cue follows.
WALL_PROMPT_CALLS: dict[str, list[str]] = {
    "vi": ["đăng ký", "mua gói", "nâng cấp"],
    "th": ["สมัครสมาชิก", "สมัคร"],
    "zh": ["订阅", "开通", "登录"],
    "ja": ["登録", "購読"],
    "ko": ["구독", "가입"],
    "id": ["langganan", "masuk"],
    "en": ["log in", "sign in", "become a member", "join"],
}
NEWSLETTER_WORDS: dict[str, list[str]] = {
    "en": ["newsletter"],
    "fr": ["newsletter", "lettre d'information"],
    "es": ["newsletter", "boletín"],
    "pt": ["newsletter", "boletim"],
    "it": ["newsletter"],
    "de": ["newsletter"],
    "id": ["newsletter", "buletin"],
}

# "Read" leads that only label the link after them, in languages that run
# words together (Thai, Chinese, Japanese): there a space, not a colon, may
# set the headline off ("อ่านข่าวที่เกี่ยวข้อง <headline>"). Each is also a
# "related" cue; a lead that may open a sentence ("ข่าวล่าสุด", latest news)
# is not one of them.
INLINE_TEASER_LEADS: dict[str, list[str]] = {
    "th": [
        "อ่านข่าวที่เกี่ยวข้อง",
        "อ่านข่าวเพิ่มเติม",
        "อ่านเพิ่มเติม",
        "อ่านข่าวอื่น",
        "ข่าวที่เกี่ยวข้อง",
        "บทความที่เกี่ยวข้อง",
    ],
    "zh": ["相关阅读", "延伸阅读", "推荐阅读", "相关新闻", "相关链接", "相关报道"],
    "ja": ["関連記事"],
    # where words are spaced, a label whose headline follows with a capital
    # and no colon (the label's box and its link flattened into one line)
    "fr": ["à lire aussi", "lire aussi", "à lire également"],
    "es": ["lee también", "lea también", "te puede interesar", "le puede interesar", "leia também"],
    "en": ["read also", "read more", "see also"],
    "vi": ["xem thêm", "đọc thêm"],
    "pt": ["veja também", "leia mais"],
    "it": ["leggi anche", "leggi pure"],
    "de": ["lesen sie auch", "lesen sie mehr"],
    "id": ["baca juga"],
    "pl": ["czytaj także", "czytaj też", "zobacz też"],
    "nl": ["lees ook", "lees meer"],
}

# The label a press release carries alone on a line above or under its
# headline ("PRESS RELEASE", "SIARAN PERS", "Comunicado de prensa"): the
# text's kind, no one's name (in capitals it looked like a byline's name).
# Casefolded; the whole line.
PRESS_RELEASE_LABELS: dict[str, list[str]] = {
    "en": ["press release", "news release", "for immediate release", "media release"],
    "es": ["comunicado de prensa", "nota de prensa", "comunicado"],
    "fr": ["communiqué de presse", "communiqué"],
    "de": ["pressemitteilung", "pressemeldung", "presseinformation"],
    "pt": ["comunicado à imprensa", "comunicado de imprensa", "nota à imprensa"],
    "it": ["comunicato stampa"],
    "nl": ["persbericht"],
    "id": ["siaran pers", "rilis pers"],
    "ms": ["kenyataan media", "siaran media", "kenyataan akhbar"],
    "vi": ["thông cáo báo chí"],
    "tr": ["basın bülteni", "basın açıklaması"],
    "pl": ["informacja prasowa", "komunikat prasowy"],
    "ru": ["пресс-релиз"],
    "zh": ["新闻稿"],
    "ja": ["プレスリリース", "ニュースリリース"],
    "ko": ["보도자료"],
}
PRESS_CONTACT_HEADINGS: dict[str, list[str]] = {
    "en": [
        "media contact",
        "media contacts",
        "press contact",
        "press contacts",
        "media inquiries",
        "media enquiries",
        "investor contact",
        "investor contacts",
        "for media inquiries",
        "press office contact",
    ],
    "es": [
        "contacto de prensa",
        "contactos de prensa",
        "contacto para medios",
        "contacto con los medios",
    ],
    "fr": ["contact presse", "contacts presse", "contact médias", "relations presse"],
    "de": ["pressekontakt", "medienkontakt", "kontakt für journalisten", "pressekontakte"],
    "pt": [
        "contato para imprensa",
        "contatos para imprensa",
        "informações para a imprensa",
        "assessoria de imprensa",
    ],
    "it": ["contatti stampa", "ufficio stampa", "contatto stampa"],
    "nl": ["perscontact", "noot voor de redactie"],
    "id": ["kontak media", "narahubung media"],
    "vi": ["liên hệ báo chí", "thông tin liên hệ báo chí", "liên hệ truyền thông"],
    "zh": ["媒体联系", "媒体联络", "媒体联系人", "新闻联系人"],
    "ja": ["報道関係者お問い合わせ先", "本件に関するお問い合わせ", "報道関係者の問い合わせ先"],
    "th": ["ติดต่อสื่อมวลชน", "สอบถามข้อมูลเพิ่มเติม", "ติดต่อฝ่ายประชาสัมพันธ์"],
    "ms": ["pertanyaan media", "untuk maklumat lanjut, sila hubungi"],
    "ko": ["보도 문의", "언론 문의"],
}

# How an embedded social post's credit opens when the scraper keeps it as a
# line ("A post shared by Ana Ruiz (@anaruiz)"), casefolded: the quoted
# post's signature, like "— Name (@handle) March 3, 2024".
SHARED_POST_CREDITS: dict[str, list[str]] = {
    "en": ["a post shared by"],
    "es": ["una publicación compartida por", "una publicación compartida de"],
    "fr": ["une publication partagée par"],
    "de": ["ein beitrag geteilt von"],
    "pt": ["uma publicação compartilhada por", "uma publicação partilhada por"],
    "it": ["un post condiviso da"],
    "id": ["sebuah kiriman dibagikan oleh"],
    "nl": ["een bericht gedeeld door"],
}

# What a scraper keeps of an embedded post or player it could not load: the
# platform's placeholder and consent prompts ("View this post on Instagram",
# "Embed from Getty Images", "This content is not available due to your
# privacy preferences"). Casefolded phrases, short lines only.
EMBED_PLACEHOLDERS: dict[str, list[str]] = {
    "en": [
        "view this post on instagram",
        "embed from getty images",
        "loading tweet",
        "this content is not available due to your privacy preferences",
        "this content is hosted by a third party",
        "to view this content",
        "allow cookies to see this content",
        "click to load this content",
        "view this post on facebook",
        "watch on youtube",
    ],
    "es": [
        "ver esta publicación en instagram",
        "este contenido no está disponible",
        "para ver este contenido",
        "ver en youtube",
    ],
    "fr": [
        "voir cette publication sur instagram",
        "ce contenu n'est pas disponible",
        "pour afficher ce contenu",
        "regarder sur youtube",
    ],
    "de": [
        "diesen beitrag auf instagram ansehen",
        "externer inhalt",
        "um diesen inhalt zu sehen",
        "inhalte von drittanbietern",
        "auf youtube ansehen",
    ],
    "pt": [
        "ver esta publicação no instagram",
        "ver essa foto no instagram",
        "este conteúdo não está disponível",
        "assistir no youtube",
    ],
    "it": ["visualizza questo post su instagram", "contenuto non disponibile", "guarda su youtube"],
    "nl": ["bekijk dit bericht op instagram", "deze inhoud is niet beschikbaar"],
    "id": ["lihat postingan ini di instagram", "konten ini tidak tersedia"],
    "vi": ["xem bài viết này trên instagram"],
    "ru": ["посмотреть эту публикацию в instagram", "этот контент недоступен"],
}

# Headings of a reference list under an article (a study's citations):
# the whole line, casefolded.
REFERENCE_HEADINGS: dict[str, list[str]] = {
    "en": [
        "references",
        "reference",
        "sources",
        "bibliography",
        "works cited",
        "citations",
        "journal reference",
        "journal references",
        # a fact-check's list of what it checked
        "sources used",
        "our sources",
        "sources consulted",
        "sources cited",
        # a long read's endnotes, citations numbered to the text's markers
        "notes",
        "endnotes",
        "footnotes",
    ],
    "vi": [
        "tài liệu tham khảo",
        "nguồn tham khảo",
        "tham khảo",
        "nguồn tin",
        "các nguồn",
        "chú thích",
    ],
    "th": ["เอกสารอ้างอิง", "แหล่งอ้างอิง", "อ้างอิง", "แหล่งข้อมูล", "เชิงอรรถ"],
    "zh": ["参考文献", "参考资料", "资料来源", "信息来源", "注释", "脚注"],
    "es": [
        "referencias",
        "bibliografía",
        "fuentes",
        "fuentes consultadas",
        "fuentes utilizadas",
        "notas",
    ],
    "fr": ["références", "bibliographie", "sources", "sources utilisées", "nos sources", "notes"],
    "de": ["quellen", "verwendete quellen", "literatur", "anmerkungen", "fußnoten"],
    "pt": ["fontes", "fontes consultadas", "referências", "notas"],
    "id": ["sumber", "referensi", "daftar pustaka", "catatan kaki", "rujukan", "daftar rujukan"],
    "ru": ["источники", "список литературы"],
    "ko": ["참고 자료", "참고자료", "참고 문헌", "참고문헌"],
    "ja": ["参考文献", "参考資料", "出典"],
    "it": ["fonti", "riferimenti", "bibliografia"],
    "tr": ["kaynakça", "kaynaklar"],
    "pl": ["źródła", "bibliografia", "przypisy"],
}

# A subscription wall's prompt in the middle of its sentence ("You have
# reached your limit of free articles", "Bạn cần đăng nhập để đọc tiếp",
# "本文为付费内容，开通会员即可阅读全文"): words no news sentence uses.
# Casefolded; whole words where the script has spaces; short lines only.
PAYWALL_PROMPTS: dict[str, list[str]] = {
    "en": [
        "reached your limit of free",
        "free articles this month",
        "free articles left this month",
        "log in to continue reading",
        "sign in to continue reading",
        "subscribe to continue reading",
        "to read the full article",
        "to read the full story",
        "to unlock this article",
    ],
    "vi": [
        "đăng nhập để đọc tiếp",
        "để đọc toàn bộ bài viết",
        "để đọc toàn bộ nội dung",
        "đọc toàn bộ nội dung",
        # a metered wall's count ("Bạn đã đọc 3/5 bài viết miễn phí trong tháng")
        "bài viết miễn phí trong tháng",
    ],
    "th": [
        "เพื่ออ่านบทความฉบับเต็ม",
        "เพื่ออ่านเนื้อหาฉบับเต็ม",
        "เพื่ออ่านต่อ",
        "บทความฟรีในเดือนนี้",
    ],
    "zh": [
        "即可阅读全文",
        "后可阅读全文",
        "付费后可查看",
        "本文为付费内容",
        "付费后阅读全文",
        "订阅后可阅读",
        "篇免费文章",
        "篇免費文章",
    ],
    "es": [
        "para leer el artículo completo",
        "has alcanzado el límite de artículos",
        "artículos gratuitos este mes",
        "artículos gratis este mes",
    ],
    "fr": [
        "pour lire la suite de cet article",
        # a metered wall's share of the text still hidden ("Il vous reste
        # 65% de cet article à lire")
        "de cet article à lire",
        "pour lire l'article en entier",
        # a subscriber's gift of one article
        "cet article vous est offert",
        "articles gratuits ce mois-ci",
        "articles offerts ce mois-ci",
    ],
    "de": [
        "um den vollständigen artikel zu lesen",
        "um weiterzulesen",
        # a metered wall's count ("Sie haben 3 von 5 kostenlosen Artikeln gelesen")
        "kostenlosen artikeln gelesen",
        "kostenlose artikel gelesen",
        "jetzt weiterlesen mit",
        "dieser artikel ist nur für abonnenten",
    ],
    "pt": [
        "para continuar lendo",
        "conteúdo exclusivo para assinantes",
        # European Portuguese ("Este artigo é exclusivo para assinantes.
        # Inicie sessão para continuar a ler.")
        "artigo é exclusivo para assinantes",
        "para continuar a ler",
        "assine para ler",
        "reportagens gratuitas este mês",
        "matérias gratuitas este mês",
    ],
    "id": [
        "untuk membaca artikel selengkapnya",
        "konten ini khusus pelanggan",
        "khusus untuk pelanggan",
        "artikel gratis bulan ini",
    ],
    "ru": ["чтобы прочитать полностью", "доступно только подписчикам", "чтобы читать дальше"],
    "ko": ["유료 회원 전용", "전문을 보시려면"],
    "ja": ["この記事は有料会員限定", "続きを読むには", "有料会員になると"],
    "ar": ["لقراءة المقال كاملا", "لمواصلة القراءة", "للمشتركين فقط"],
    # Italian, Turkish, Dutch, Polish
    "it": [
        "per continuare a leggere l'articolo",
        "abbonati per continuare a leggere",
        "contenuto riservato agli abbonati",
        "articolo riservato agli abbonati",
        "sei già abbonato",
    ],
    "tr": [
        "okumaya devam etmek için abone olun",
        "okumaya devam etmek için giriş yapın",
        "abonelere özel",
        "zaten abone misiniz",
    ],
    "nl": [
        "alleen beschikbaar voor abonnees",
        "ben je al abonnee",
        "log in om verder te lezen",
        "word abonnee om verder te lezen",
    ],
    "pl": [
        "dostępny tylko dla subskrybentów",
        "masz już subskrypcję",
        "zaloguj się, aby czytać dalej",
        "wykup subskrypcję, aby czytać dalej",
        "aby przeczytać cały artykuł",
    ],
}

# A cookie-consent banner's words, in the site's voice ("We use cookies to
# improve your experience", "Accept all cookies"); a link to the cookie
# policy is the footer's. Casefolded; whole words where the script has
# spaces; short lines only.
COOKIE_NOTICES: dict[str, list[str]] = {
    "en": [
        "we use cookies",
        "this site uses cookies",
        "this website uses cookies",
        "accept all cookies",
        "accept cookies",
        "our use of cookies",
    ],
    "vi": [
        "chúng tôi sử dụng cookie",
        "website sử dụng cookie",
        "trang web sử dụng cookie",
        "chấp nhận cookie",
    ],
    "th": ["เว็บไซต์นี้ใช้คุกกี้", "เราใช้คุกกี้", "ยอมรับคุกกี้"],
    "zh": [
        "我们使用cookie",
        "我们使用 cookie",
        "本网站使用cookie",
        "本网站使用 cookie",
        "接受cookie",
        "接受 cookie",
    ],
    "es": ["utilizamos cookies", "usamos cookies", "aceptar cookies"],
    "fr": ["nous utilisons des cookies", "accepter les cookies"],
    "de": [
        "wir verwenden cookies",
        "wir nutzen cookies",
        "diese website verwendet cookies",
        "cookies akzeptieren",
    ],
    "pt": ["utilizamos cookies", "usamos cookies", "este site utiliza cookies", "aceitar cookies"],
    "id": ["kami menggunakan cookie", "situs ini menggunakan cookie", "terima cookie"],
    "ms": [
        "kami menggunakan kuki",
        "laman web ini menggunakan kuki",
        "laman ini menggunakan kuki",
        "terima kuki",
        "dasar kuki",
    ],
    "ru": ["мы используем файлы cookie", "сайт использует файлы cookie", "мы используем cookie"],
    "ko": ["쿠키를 사용합니다", "쿠키 사용에 동의"],
    "ja": ["クッキーを使用しています", "cookieを使用しています"],
    "ar": ["نستخدم ملفات تعريف الارتباط", "يستخدم هذا الموقع ملفات تعريف الارتباط"],
    "it": [
        "questo sito utilizza cookie",
        "utilizziamo i cookie",
        "utilizziamo cookie",
        "accetti l'uso dei cookie",
        "accetta i cookie",
    ],
    "tr": [
        "çerezler kullanılmaktadır",
        "çerez kullanıyoruz",
        "çerezleri kabul et",
        "çerez politikamızı kabul",
    ],
    "nl": [
        "maakt gebruik van cookies",
        "wij gebruiken cookies",
        "we gebruiken cookies",
        "cookies accepteren",
    ],
    "pl": [
        "ta strona używa plików cookies",
        "strona używa plików cookie",
        "używamy plików cookies",
        "używamy plików cookie",
        "akceptuję pliki cookies",
    ],
}

# The footer of a newsletter sent by e-mail and archived as a web page
# ("You're receiving this email because you subscribed to …", "Update your
# preferences", "Recibes este correo porque…"): the mailing's small print,
# no part of its stories. Casefolded; only on short lines. (A bare
# "unsubscribe", "darse de baja", "berhenti berlangganan" or "you are
# subscribed to" is left out: a news sentence may say it.)
EMAIL_FOOTERS: dict[str, list[str]] = {
    "en": [
        "you're receiving this email because",
        "you are receiving this email because",
        "you received this email because",
        "you're receiving this newsletter because",
        "you are receiving this newsletter because",
        "update your preferences",
        "manage your preferences",
        "update your email preferences",
        "unsubscribe from this list",
        "unsubscribe from this newsletter",
    ],
    "es": [
        "recibes este correo porque",
        "recibes este correo electrónico porque",
        "has recibido este correo porque",
        "recibes este boletín porque",
        "gestionar preferencias",
        "gestionar tus preferencias",
        "actualizar tus preferencias",
        "cancelar la suscripción a este boletín",
    ],
    "fr": [
        "vous recevez cet e-mail car",
        "vous recevez cet email car",
        "vous recevez cet e-mail parce que",
        "vous recevez cette newsletter car",
        "vous avez reçu cet e-mail car",
        "gérer mes préférences",
        "gérer vos préférences",
        "se désinscrire de cette newsletter",
    ],
    "pt": [
        "você está recebendo este e-mail porque",
        "você recebeu este e-mail porque",
        "recebeu este e-mail porque",
        "gerenciar preferências",
        "atualizar preferências",
        "cancelar inscrição desta newsletter",
    ],
    "it": [
        "ricevi questa email perché",
        "hai ricevuto questa email perché",
        "gestisci le preferenze",
        "annulla l'iscrizione alla newsletter",
    ],
    "de": [
        "sie erhalten diese e-mail, weil",
        "sie erhalten diesen newsletter, weil",
        "newsletter abbestellen",
    ],
    "vi": ["bạn nhận được email này vì", "bạn nhận được email này do", "hủy nhận bản tin"],
    "id": ["anda menerima email ini karena", "anda menerima email ini sebab"],
    "ms": ["anda menerima e-mel ini kerana"],
    "th": ["คุณได้รับอีเมลนี้เนื่องจาก", "คุณได้รับอีเมลฉบับนี้เพราะ", "ยกเลิกการรับอีเมล"],
    "zh": ["您收到这封邮件是因为", "你收到这封邮件是因为", "退订本邮件", "取消订阅本刊"],
}

# A consent dialog's standard wording (the IAB framework's text, which
# every site using it shows in its language: "We and our partners store
# and/or access information on a device…"): a long paragraph, so matched on
# longer lines than a cookie banner's one sentence. Casefolded.
CONSENT_DIALOG_PHRASES: dict[str, list[str]] = {
    "en": [
        "store and/or access information on a device",
        "precise geolocation data and identification through device scanning",
        "personalised advertising and content, advertising and content measurement",
        "personalized advertising and content, advertising and content measurement",
        "personalised ads and content, ad and content measurement",
        "personalized ads and content, ad and content measurement",
    ],
    "fr": [
        "stockons et/ou accédons à des informations sur un appareil",
        "stocker et/ou accéder à des informations sur un appareil",
        "données de géolocalisation précises et d'identification par analyse du terminal",
        "publicités et contenu personnalisés, mesure de performance des publicités",
    ],
    "es": [
        "almacenamos o accedemos a información en un dispositivo",
        "almacenar o acceder a información en un dispositivo",
        "almacenar y/o acceder a información en un dispositivo",
        "datos de localización geográfica precisa",
        "anuncios y contenido personalizados, medición de anuncios y contenido",
    ],
    "pt": [
        "armazenamos e/ou acedemos a informações num dispositivo",
        "armazenar e/ou acessar informações em um dispositivo",
        "armazenamos e/ou acessamos informações em um dispositivo",
        "anúncios e conteúdo personalizados, medição de anúncios e conteúdo",
    ],
    "it": [
        "archiviamo e/o accediamo a informazioni su un dispositivo",
        "archiviare e/o accedere a informazioni su un dispositivo",
        "annunci e contenuti personalizzati, valutazione degli annunci e del contenuto",
    ],
    "de": [
        "informationen auf einem gerät speichern und/oder abrufen",
        "speichern und/oder greifen auf informationen auf einem gerät zu",
        "personalisierte anzeigen und inhalte, anzeigen- und inhaltsmessungen",
    ],
    "nl": [
        "informatie op een apparaat opslaan en/of openen",
        "slaan informatie op een apparaat op",
    ],
    "pl": ["przechowywać informacje na urządzeniu lub uzyskiwać do nich dostęp"],
}

# A reader-funded site's appeal for money or membership, in a box by the
# article ("This essay is free to read because readers like you support us.
# Become a member from $5 a month."): navigation, like a donation button.
# (not "become a member" alone: "Sweden will become a member of NATO")
READER_SUPPORT_APPEALS: dict[str, list[str]] = {
    "en": [
        "readers like you",
        "support our journalism",
        "support independent journalism",
        "support our work",
        "make a donation",
        "donate now",
        "donate today",
        "become a member today",
        "become a member from",
        "become a supporting member",
    ],
    "vi": ["ủng hộ tòa soạn", "ủng hộ chúng tôi", "đồng hành cùng tòa soạn"],
    "th": ["สนับสนุนสื่ออิสระ", "สนับสนุนการทำงานของเรา"],
    "zh": ["支持我们的报道", "支持我们继续", "让我们走得更远", "成为我们的会员"],
    "ja": ["ご支援をお願い", "サポート会員になる"],
    "ko": ["후원하기", "후원회원이 되어"],
    "es": [
        "apoya el periodismo",
        "apoya nuestro trabajo",
        "hazte socio",
        "hazte miembro",
        "haz una donación",
    ],
    "fr": ["soutenez notre", "soutenez le journalisme", "faites un don", "devenez membre"],
    "pt": ["apoie o jornalismo", "apoie nosso trabalho", "faça uma doação"],
    "de": ["unterstützen sie unseren journalismus", "unterstützen sie uns", "jetzt spenden"],
    "id": ["dukung jurnalisme", "dukung kami"],
}

# A newsletter box's promise and small print ("The day's top stories, in
# your inbox every weekday", "You can unsubscribe at any time"): sentences
# about the site's mailings, not the article. Casefolded; matched as whole
# words where the script has spaces; only on short lines.
NEWSLETTER_PROMISES: dict[str, list[str]] = {
    "en": [
        "in your inbox every",
        "to your inbox every",
        "straight to your inbox",
        "delivered to your inbox",
        "direct to your inbox",
        "sign up for our newsletter",
        "sign up to our newsletter",
        "subscribe to our newsletter",
        "by signing up you agree",
        "by signing up, you agree",
        "unsubscribe at any time",
        # a mailing archived as a page invites the reader it was forwarded to
        "was this forwarded to you",
        "was this email forwarded to you",
        "did someone forward you this",
    ],
    "vi": [
        "đăng ký nhận bản tin",
        "qua email của bạn mỗi",
        "hộp thư của bạn mỗi",
        "hủy đăng ký bất cứ lúc nào",
    ],
    "th": ["สมัครรับจดหมายข่าว", "ส่งตรงถึงอีเมลของคุณ", "ยกเลิกการรับข่าวสารได้ทุกเมื่อ"],
    "zh": [
        "订阅我们的电子报",
        "订阅我们的新闻简报",
        "直接发送到您的邮箱",
        "送到您的邮箱",
        "随时取消订阅",
    ],
    "es": [
        "en tu bandeja de entrada cada",
        "directamente en tu bandeja de entrada",
        "darte de baja en cualquier momento",
        "te han reenviado este boletín",
        "te reenviaron este boletín",
        "recibe las noticias",
        "recibe nuestras noticias",
        "nuestro boletín",
    ],
    "fr": [
        "dans votre boîte mail chaque",
        "directement dans votre boîte mail",
        "vous désinscrire à tout moment",
        "cette newsletter vous a été transférée",
        "on vous a transféré cette newsletter",
        "dans votre boîte mail",
        "notre newsletter",
    ],
    "pt": [
        "cadastre-se na nossa newsletter",
        "assine a nossa newsletter",
        "assine nossa newsletter",
        "nossa newsletter",
        "receba as notícias",
        "no seu e-mail todos os dias",
        "cancelar a inscrição a qualquer momento",
    ],
    "de": [
        "in ihrem postfach",
        "unser newsletter",
        "unseren newsletter",
        "wurde ihnen dieser newsletter weitergeleitet",
        "newsletter abonnieren",
        "zum newsletter anmelden",
        "jederzeit abbestellen",
    ],
    "id": [
        "berlangganan newsletter",
        "newsletter kami",
        "langsung ke email anda",
        "langsung ke kotak masuk",
    ],
    "ru": [
        "подпишитесь на нашу рассылку",
        "подпишитесь на рассылку",
        "нашу рассылку",
        "отписаться можно в любой момент",
    ],
    "ko": ["뉴스레터 구독", "뉴스레터를 구독"],
    "ja": ["ニュースレター登録", "メールマガジン登録", "メルマガ登録"],
    "ar": ["اشترك في النشرة", "النشرة البريدية", "اشترك في نشرتنا"],
    "it": [
        "iscriviti alla nostra newsletter",
        "iscriviti alla newsletter",
        "ti hanno inoltrato questa newsletter",
        "ti è stata inoltrata questa newsletter",
        "la nostra newsletter",
        "nella tua casella di posta",
    ],
    "tr": ["bültenimize abone olun", "e-bültenimize abone", "e-posta bültenimiz"],
    "nl": ["schrijf je in voor onze nieuwsbrief", "onze nieuwsbrief", "in je inbox"],
    "pl": ["zapisz się do newslettera", "nasz newsletter", "na twoją skrzynkę"],
}

# A note placing the page in a series or dossier ("This post is part of our
# special coverage ...", "Ce billet fait partie du dossier ..."): a link to
# other pages, not the article's text. Phrases no report uses of its subject.
SERIES_NOTES: dict[str, list[str]] = {
    "en": [
        "this post is part of our",
        "this article is part of our",
        "this story is part of our",
        "this post is part of a series",
        "this article is part of a series",
        "this story is part of a series",
        "part of our special coverage",
        "this post is part of the special coverage",
    ],
    "fr": [
        "ce billet fait partie",
        "cet article fait partie de notre dossier",
        "cet article fait partie du dossier",
        "cet article fait partie de la série",
        "cet article fait partie d'une série",
        "fait partie de notre dossier spécial",
    ],
    "es": [
        "este artículo forma parte de nuestra",
        "este post forma parte",
        "esta entrada forma parte",
        "este artículo forma parte de la serie",
        "este artículo forma parte de una serie",
        "forma parte de nuestra cobertura especial",
        "forma parte de la cobertura especial",
    ],
    "pt": [
        "este post faz parte",
        "este artigo faz parte da nossa cobertura",
        "faz parte da nossa cobertura especial",
    ],
    "vi": [
        "bài viết nằm trong loạt bài",
        "bài viết thuộc loạt bài",
        "bài viết nằm trong chuyên đề",
        "bài viết thuộc chuyên đề",
    ],
    "th": ["บทความนี้เป็นส่วนหนึ่งของซีรีส์", "บทความนี้เป็นส่วนหนึ่งของรายงานพิเศษ"],
    "zh": ["系列报道之一", "专题报道之一", "本文为系列报道"],
}

# A press release's legal notice that its forecasts may not come true
# ("This press release contains forward-looking statements within the
# meaning of …", "Safe Harbor Statement"): boilerplate of the issuer's
# lawyers, no part of the news. Only the notice's own phrasing; a report
# may speak of a company's "forward-looking statements" in passing.
# Casefolded; whole words.
FORWARD_LOOKING_NOTICES: dict[str, list[str]] = {
    "en": [
        "contains forward-looking statements",
        "contain forward-looking statements",
        "may contain forward-looking statements",
        "forward-looking statements within the meaning",
        "undertakes no obligation to update",
        "undertake no obligation to update",
        "safe harbor statement",
        "cautionary note regarding forward-looking statements",
        "cautionary statement regarding forward-looking statements",
    ],
    "de": ["enthält zukunftsgerichtete aussagen", "zukunftsgerichtete aussagen im sinne"],
    "fr": ["contient des déclarations prospectives", "contient des énoncés prospectifs"],
    "es": ["contiene declaraciones prospectivas", "contiene declaraciones a futuro"],
    "pt": ["contém declarações prospectivas", "contém declarações sobre o futuro"],
}
# The notice's heading alone on its line ("Forward-Looking Statements").
FORWARD_LOOKING_HEADINGS: dict[str, list[str]] = {
    "en": ["forward-looking statements", "safe harbor statement", "safe harbour statement"],
    "de": ["zukunftsgerichtete aussagen"],
    "fr": ["déclarations prospectives", "énoncés prospectifs"],
    "es": ["declaraciones prospectivas", "declaraciones a futuro"],
    "pt": ["declarações prospectivas"],
}

OPINION_DISCLAIMERS: dict[str, list[str]] = {
    "en": [
        "views expressed in this article",
        "opinions expressed in this article",
        "views expressed here",
        "do not necessarily reflect the views",
        "do not necessarily reflect those",
        "does not necessarily reflect the views",
        "are the author's own",
        "are those of the author",
        "are solely those of the author",
    ],
    "es": [
        "opiniones expresadas en este artículo",
        "opiniones vertidas en este artículo",
        "responsabilidad exclusiva de su autor",
        "responsabilidad exclusiva de sus autores",
        "responsabilidad exclusiva del autor",
        "no reflejan necesariamente la opinión",
        "no necesariamente reflejan la opinión",
        "no comparte necesariamente las opiniones",
    ],
    "fr": [
        "n'engagent que leur auteur",
        "n'engagent que son auteur",
        "n'engage que son auteur",
        "n'engagent que leurs auteurs",
        "n'engagent que l'auteur",
        "opinions exprimées dans cet article",
        "n'engagent pas la rédaction",
        "ne reflètent pas nécessairement l'opinion",
    ],
    "pt": [
        "opiniões expressas neste artigo",
        "não refletem necessariamente a opinião",
        "de inteira responsabilidade do autor",
    ],
    "de": ["gibt die meinung des autors wieder", "spiegelt nicht unbedingt die meinung"],
    "vi": [
        "thể hiện quan điểm riêng của tác giả",
        "quan điểm riêng của tác giả",
        "không nhất thiết phản ánh quan điểm",
    ],
    "th": ["เป็นความคิดเห็นส่วนตัวของผู้เขียน", "ไม่จำเป็นต้องสอดคล้องกับ"],
    "zh": [
        "仅代表作者个人观点",
        "仅代表作者本人观点",
        "仅代表作者观点",
        "不代表本网立场",
        "不代表本站立场",
    ],
    "it": [
        "le opinioni espresse in questo articolo",
        "riflettono esclusivamente il pensiero",
        "non riflettono necessariamente",
        "sono di esclusiva responsabilità dell'autore",
    ],
    "nl": [
        "geeft de mening van de auteur weer",
        "dit is een opiniestuk",
        "niet noodzakelijk de mening van de redactie",
    ],
    "pl": [
        "tekst wyraża opinię autora",
        "wyraża opinię autora",
        "nie musi odzwierciedlać stanowiska redakcji",
    ],
    "tr": [
        "yazıdaki görüşler yazarına aittir",
        "görüşler yazara aittir",
        "yayın kuruluşumuzun görüşlerini yansıtmayabilir",
    ],
    "id": ["isi tulisan menjadi tanggung jawab penulis", "tidak mencerminkan pandangan redaksi"],
    # Malay: "… pandangan penulis dan tidak semestinya mencerminkan pendirian X"
    "ms": ["tidak semestinya mencerminkan", "pandangan peribadi penulis"],
    "ru": [
        "мнение автора может не совпадать с мнением редакции",
        "точка зрения автора может не совпадать",
    ],
}

# A podcast's or video's production credits in prose ("The show is produced
# by X and edited by Y. Music by Z."): two different credits on one short
# line make it the credits (byline); one alone may be a story's sentence.
PRODUCTION_CREDITS: dict[str, list[str]] = {
    "en": [
        "produced by",
        "edited by",
        "music by",
        "mixed by",
        "sound design by",
        "hosted by",
        "engineered by",
        "fact-checked by",
        "executive producer",
    ],
    "es": ["producido por", "editado por", "música de", "edición de", "conducido por", "mezcla de"],
    "fr": ["produit par", "réalisé par", "monté par", "musique de", "présenté par", "mixage"],
    "pt": ["produzido por", "editado por", "trilha sonora de", "apresentado por", "edição de"],
    "de": ["produziert von", "redigiert von", "musik von", "moderiert von", "schnitt:"],
    "id": ["diproduksi oleh", "disunting oleh", "dipandu oleh", "musik oleh"],
    "vi": ["sản xuất bởi", "biên tập bởi", "dẫn chương trình bởi", "âm nhạc bởi"],
    "th": ["ผลิตโดย", "ตัดต่อโดย", "ดำเนินรายการโดย", "ดนตรีโดย"],
    "zh": ["制作人：", "监制：", "剪辑：", "主播：", "后期：", "音乐："],
}

# A market page's note that it gives no investment advice ("This article
# is not investment advice", "không phải khuyến nghị đầu tư", "不构成投资建
# 议"): the site's small print (footer), as an opinion disclaimer is.
INVESTMENT_DISCLAIMERS: dict[str, list[str]] = {
    "en": [
        "not investment advice",
        "does not constitute investment advice",
        "should not be construed as investment advice",
        "not a recommendation to buy or sell",
    ],
    "vi": [
        "không phải khuyến nghị đầu tư",
        "không phải là khuyến nghị đầu tư",
        "không phải lời khuyên đầu tư",
        "nhà đầu tư tự chịu trách nhiệm",
    ],
    "th": ["ไม่ใช่คำแนะนำการลงทุน", "ไม่ถือเป็นคำแนะนำในการลงทุน", "ผู้ลงทุนควรศึกษาข้อมูลก่อนตัดสินใจลงทุน"],
    "zh": ["不构成投资建议", "不構成投資建議", "入市需谨慎", "据此操作风险自担"],
    "es": [
        "no constituye una recomendación de inversión",
        "no constituye asesoramiento financiero",
        "no constituye una recomendación de compra",
    ],
    "fr": [
        "ne constitue pas un conseil en investissement",
        "ne constitue pas une recommandation d'investissement",
    ],
    "de": [
        "stellt keine anlageberatung dar",
        "keine anlageberatung",
        "keine aufforderung zum kauf",
    ],
    "pt": ["não constitui recomendação de investimento", "não é recomendação de investimento"],
    "id": ["bukan merupakan rekomendasi investasi", "bukan rekomendasi investasi"],
    "ko": ["투자 권유를 목적으로 하지 않"],
    "ja": ["投資勧誘を目的としたものではありません"],
}

# A blog's or shopping guide's disclosure that it earns from the links it
# gives ("This post contains affiliate links", "we may earn a commission"):
# the publisher's notice, not the article. Casefolded phrases.
AFFILIATE_DISCLOSURES: dict[str, list[str]] = {
    "en": [
        "contains affiliate links",
        "may contain affiliate links",
        "we may earn a commission",
        "we may earn a small commission",
        "we earn a commission",
        "may receive a commission",
        "as an amazon associate",
        "at no extra cost to you",
        "at no additional cost to you",
    ],
    "es": [
        "contiene enlaces de afiliados",
        "contiene enlaces de afiliado",
        "podemos recibir una comisión",
        "podemos obtener una comisión",
        "sin coste adicional para ti",
        "sin costo adicional para ti",
    ],
    "fr": [
        "contient des liens affiliés",
        "contient des liens d'affiliation",
        "nous pouvons percevoir une commission",
        "nous percevons une commission",
        "sans surcoût pour vous",
    ],
    "vi": [
        "có chứa liên kết tiếp thị",
        "liên kết affiliate",
        "chúng tôi có thể nhận được hoa hồng",
    ],
    "zh": ["本文包含推广链接", "通过本文链接购买", "本站可能获得佣金"],
    "th": ["ลิงก์แอฟฟิลิเอต", "อาจได้รับค่าคอมมิชชั่น"],
    "ko": ["파트너스 활동의 일환으로", "일정액의 수수료를 제공받", "수수료를 제공받을 수 있"],
    "ja": ["アフィリエイトリンクを含", "アフィリエイト広告を利用しています"],
    "de": [
        "enthält affiliate-links",
        "erhalten wir eine provision",
        "bekommen wir eine provision",
    ],
    "pt": [
        "contém links de afiliados",
        "podemos receber uma comissão",
        "podemos ganhar uma comissão",
    ],
    "it": ["contiene link di affiliazione", "potremmo ricevere una commissione"],
    "id": ["mengandung tautan afiliasi", "kami mungkin mendapat komisi"],
}

# A travel or review piece's disclosure that its trip or stay was paid for
# by a host ("The writer travelled as a guest of Visit X", "viajó invitada
# por la oficina de turismo"): the publisher's notice of a tie, as an
# affiliate disclosure is. Casefolded phrases no news sentence uses.
HOSTED_TRIP_DISCLOSURES: dict[str, list[str]] = {
    "en": [
        "travelled as a guest of",
        "traveled as a guest of",
        "travelled courtesy of",
        "traveled courtesy of",
        "travelled with the support of",
        "traveled with the support of",
        "trip was paid for by",
        "trip was provided by",
        "travel was provided by",
        "was hosted by the tourism",
    ],
    "es": ["viajó invitado por", "viajó invitada por", "viajó por invitación de"],
    "fr": [
        "a voyagé à l'invitation de",
        "voyage à l'invitation de",
        "voyage réalisé à l'invitation de",
    ],
    "de": [
        "reiste auf einladung von",
        "reiste auf einladung des",
        "reiste auf einladung der",
        "die reise wurde unterstützt von",
    ],
    "it": ["ha viaggiato su invito di", "viaggio su invito di", "viaggio offerto da"],
    "pt": ["viajou a convite de", "viajou a convite da", "viajou a convite do"],
    "nl": ["reisde op uitnodiging van"],
    "id": ["perjalanan ini difasilitasi oleh"],
}

# Who a hosted-trip disclosure is about: the writer, or the trip or piece
# itself ("The writer travelled as a guest of ...", "Este viaje fue ...").
# A news sentence with the same verb tells of someone else ("The prime
# minister travelled as a guest of the Emir"): no disclosure. Casefolded.
HOSTED_TRIP_SUBJECTS: dict[str, list[str]] = {
    "en": [
        "the writer",
        "this writer",
        "the author",
        "the reporter",
        "this reporter",
        "our reporter",
        "the journalist",
        "our correspondent",
        "the correspondent",
        "this trip",
        "this journey",
        "this article",
        "this story",
        "this feature",
        "this review",
        "i travelled",
        "i traveled",
        "we travelled",
        "we traveled",
        "my trip",
        "our trip",
        "travel was provided",
        "flights were provided",
    ],
    "es": [
        "el periodista",
        "la periodista",
        "el autor",
        "la autora",
        "el redactor",
        "la redactora",
        "nuestro enviado",
        "nuestra enviada",
        "este viaje",
        "este artículo",
        "este reportaje",
    ],
    "fr": [
        "l'auteur",
        "l'autrice",
        "le journaliste",
        "la journaliste",
        "notre envoyé",
        "notre envoyée",
        "notre journaliste",
        "ce voyage",
        "cet article",
        "ce reportage",
        "voyage réalisé",
    ],
    "de": [
        "der autor",
        "die autorin",
        "der reporter",
        "die reporterin",
        "unser reporter",
        "unsere reporterin",
        "der redakteur",
        "die redakteurin",
        "diese reise",
        "dieser artikel",
        "die reise wurde unterstützt",
    ],
    "it": [
        "l'autore",
        "l'autrice",
        "il giornalista",
        "la giornalista",
        "il nostro inviato",
        "la nostra inviata",
        "questo viaggio",
        "questo articolo",
        "viaggio offerto",
    ],
    "pt": [
        "o repórter",
        "a repórter",
        "o autor",
        "a autora",
        "o jornalista",
        "a jornalista",
        "esta viagem",
        "este artigo",
        "esta reportagem",
    ],
    "nl": ["de auteur", "de schrijver", "de journalist", "de verslaggever", "deze reis"],
    "id": ["penulis", "perjalanan ini", "wartawan kami"],
}

# A reposted text's disclaimer: it was taken from elsewhere, and will be
# removed on request ("声明：本文来源于网络，仅供参考，如有侵权请联系删除").
# Content farms put one under every copied article. A line holding a phrase
# is page furniture. Only phrases no news sentence uses; "for reference
# only" alone is not one. Casefolded; whole words where the script has spaces.
REPOST_DISCLAIMERS: dict[str, list[str]] = {
    "zh": [
        "本文来源于网络",
        "来源于网络",
        "本文转载自网络",
        "转载自网络",
        "来自网络",
        "如有侵权",
        "侵权请联系",
        "请联系删除",
        "联系本站删除",
        "版权归原作者所有",
        "版权归原作者",
        "系转载自",
        "传递更多信息",
        "并不意味着赞同其观点",
        "不代表本网赞同其观点",
    ],
    "vi": [
        "tổng hợp từ internet",
        "sưu tầm từ internet",
        "sưu tầm trên internet",
        "nếu vi phạm bản quyền",
        "liên hệ để gỡ bỏ",
        "vui lòng liên hệ để gỡ",
    ],
    "th": ["รวบรวมจากอินเทอร์เน็ต", "หากละเมิดลิขสิทธิ์", "แจ้งลบ"],
    "en": [
        "collected from the internet",
        "compiled from the internet",
        "sourced from the internet",
        "if it infringes",
        "if any infringement",
        "please contact us to delete",
        "contact us to remove",
        "copyright belongs to the original author",
    ],
    "es": [
        "recopilado de internet",
        "si infringe sus derechos",
        # "if you hold any right (to it) and want it removed, write to us"
        "si es titular de algún derecho",
        "si usted es titular de algún derecho",
        "y desea su retirada",
        "contáctenos para eliminarlo",
        "los derechos pertenecen a su autor original",
    ],
    "fr": [
        "provient d'internet",
        "en cas d'atteinte à vos droits",
        "si vous êtes titulaire de droits sur",
        "contactez-nous pour le supprimer",
        "droits appartiennent à leur auteur",
    ],
    # a Japanese or Korean blog's or aggregator's notice: images and text
    # belong to their owners, removed at once on request
    "ja": [
        "速やかに削除",
        "削除依頼",
        "権利所有者に帰属",
        "権利者様",
        "著作権者様",
        "ネット上の情報をもとに",
        "ネット上の公開情報をもとに",
        "ネット上の情報をまとめ",
    ],
    # (Korean glues the verb's ending to it: whole phrases)
    "ko": [
        "문제가 될 경우 삭제하겠습니다",
        "문제가 될 경우 삭제합니다",
        "문제가 될 경우 삭제됩니다",
        "문제 시 삭제하겠습니다",
        "문제시 삭제하겠습니다",
        "문제 시 삭제합니다",
        "문제시 삭제합니다",
    ],
}

# A note that the text ran first on another site or in print, often under
# another headline ("This article first appeared on …", "Artikel ini telah
# tayang di … dengan judul …", "Este artículo fue publicado originalmente
# en …"), or was written with a wire agency's material ("mit Material der
# Nachrichtenagenturen dpa und AFP"): it credits where the text comes from,
# and is no part of it. Only
# phrases naming the article itself; "was originally published" alone is
# what a report says of a study. Casefolded; whole words.
REPUBLISHED_NOTES: dict[str, list[str]] = {
    # the notes no subject-and-predicate grammar below spells
    "en": [
        "a version of this article appeared",
        "a version of this story appeared",
        # a magazine's note on the issue the text ran in ("This article
        # appears in the October 2024 print edition with the headline …")
        "a version of this article appears",
        "a version of this story appears",
        "this article appears in the",
        "this article appeared in the",
        "this story appears in the",
        "this story appeared in the",
        "appears in the print edition",
        "appeared in the print edition",
    ],
    "ms": [
        "artikel ini pertama kali diterbitkan",
        "artikel ini telah disiarkan",
        "artikel ini pertama kali disiarkan",
        "diterbitkan semula dengan kebenaran",
    ],
    "es": [
        "este artículo se publicó en la edición impresa",
        "este artículo apareció en la edición impresa",
    ],
    "fr": [
        "cet article est paru dans l'édition",
        "cet article a paru dans l'édition",
    ],
    "de": [
        "dieser artikel erschien in der",
        "dieser artikel ist in der printausgabe",
        "erschien in der printausgabe",
        # "Dieser Text wurde mit Material der Nachrichtenagenturen dpa und AFP erstellt"
        "mit material der nachrichtenagentur",
        "mit material der nachrichtenagenturen",
        "mit material der agenturen",
    ],
    "ru": [
        "статья впервые опубликована",
        "материал впервые опубликован",
        "статья была впервые опубликована",
    ],
    "ar": ["نشر هذا المقال لأول مرة", "نشرت هذه المادة لأول مرة"],
}


def _notes_of(subjects: list[str], predicates: list[str], joiner: str = " ") -> list[str]:
    """Every subject joined to every predicate: a note's grammar spelled out
    for the phrase tables (a sibling no page showed yet matches too)."""
    return [s + joiner + p for s in subjects for p in predicates]


def _agreed(predicates: list[str], endings: dict[str, str]) -> list[str]:
    """``predicates`` with each participle agreeing with a feminine subject
    (``endings`` maps a masculine form to its feminine one)."""
    return [" ".join(endings.get(w, w) for w in p.split()) for p in predicates]


# The grammar of a note naming the text itself as the subject ("this
# article|story|column …") and a predicate saying it ran first elsewhere or
# was made with a partner. Only "this …" (never "the report", which a news
# sentence names: "the report was first published in 2019 by the WHO"), and
# only predicates of first publication or partnership ("this story has been
# updated" is no credit). Per language, from small word tables.
_EN_NOTE_PREDICATES = [
    *(f"{a} appeared" for a in ("first", "originally")),
    *(f"was {a} published" for a in ("first", "originally")),
    "was originally posted",
    "has been republished",
    *(f"{v} {b} in partnership with" for v in ("was", "is") for b in ("produced", "published")),
    "was produced in collaboration with",
    "was reported in partnership with",
]
_FR_NOTE_PREDICATES = [
    "a été initialement publié",
    "a initialement été publié",
    "a été publié initialement",
    "a été publié pour la première fois",
    "a été originellement publié",
    "a d'abord été publié",
    "est d'abord paru",
    "est paru initialement",
    "a été réalisé en partenariat avec",
    "est publié en partenariat avec",
    "est réalisé en partenariat avec",
    "a été écrit en partenariat avec",
    *(f"{v} publié dans le cadre d'un partenariat" for v in ("a été", "est")),
]
_FR_FEMININE = {w: w + "e" for w in ("publié", "paru", "réalisé")} | {"écrit": "écrite"}
_ES_NOTE_PREDICATES = [
    "fue publicado originalmente",
    "fue publicado por primera vez",
    "fue publicado inicialmente",
    "ha sido publicado originalmente",
    "se publicó por primera vez",
    "se publicó originalmente",
    "apareció originalmente",
    "fue elaborado en colaboración con",
    "fue producido en alianza con",
    "se publica en colaboración con",
    "fue escrito con la colaboración de",
]
_ES_FEMININE = {w: w[:-1] + "a" for w in ("publicado", "elaborado", "producido", "escrito")}
_PT_NOTE_PREDICATES = [
    "foi publicado originalmente",
    "foi publicado pela primeira vez",
    "foi produzido em parceria com",
    "é publicado em parceria com",
]
_PT_FEMININE = {w: w[:-1] + "a" for w in ("publicado", "produzido")}
_IT_NOTE_PREDICATES = [
    "è stato pubblicato originariamente",
    "è stato pubblicato per la prima volta",
    "è stato realizzato in collaborazione con",
]
_IT_FEMININE = {w: w[:-1] + "a" for w in ("stato", "pubblicato", "realizzato")}
# The grammar's subjects and predicates per language: every subject takes
# every predicate (a feminine subject its agreeing participles). Kept small:
# each phrase is one more alternative in the cleaner's phrase regexes.
_NOTE_GRAMMAR: dict[str, list[str]] = {
    "en": _notes_of(
        ["this " + w for w in "article story piece column essay interview report".split()],
        _EN_NOTE_PREDICATES,
    ),
    "fr": _notes_of(["cet article", "ce reportage"], _FR_NOTE_PREDICATES)
    + _notes_of(["cette enquête"], _agreed(_FR_NOTE_PREDICATES, _FR_FEMININE)),
    "es": _notes_of(
        ["este artículo", "el presente artículo", "este texto", "este reportaje", "este contenido"],
        _ES_NOTE_PREDICATES,
    )
    + _notes_of(["esta nota", "esta crónica"], _agreed(_ES_NOTE_PREDICATES, _ES_FEMININE)),
    "pt": _notes_of(["este artigo", "este texto"], _PT_NOTE_PREDICATES)
    + _notes_of(["esta reportagem", "esta matéria"], _agreed(_PT_NOTE_PREDICATES, _PT_FEMININE)),
    "it": _notes_of(["questo articolo"], _IT_NOTE_PREDICATES)
    + _notes_of(["questa inchiesta"], _agreed(_IT_NOTE_PREDICATES, _IT_FEMININE)),
    "de": _notes_of(
        ["dieser artikel", "dieser beitrag", "dieser text", "diese reportage"],
        ["erschien zuerst", "erschien ursprünglich", "wurde zuerst veröffentlicht"]
        + [f"entstand in {c} mit" for c in ("kooperation", "zusammenarbeit")],
    ),
    "id": _notes_of(
        ["artikel ini", "berita ini", "tulisan ini"],
        ["telah tayang", "sudah tayang", "pertama kali terbit", "telah terbit", "telah dimuat"],
    ),
    "vi": _notes_of(
        ["bài viết", "bài viết này", "bài báo", "bài báo này"],
        ["đăng lần đầu", "được đăng lần đầu", "đã được đăng lần đầu", "được xuất bản lần đầu"],
    ),
    "th": _notes_of(
        ["บทความนี้"], [v + b + "ครั้งแรก" for v in ("", "ได้") for b in ("เผยแพร่", "ตีพิมพ์")], ""
    ),
    "zh": _notes_of(
        ["本文", "此文"], "首发于 首发在 原载于 原刊于 首刊于 原发于 首载于 最初发表于 最早发表于".split(), ""
    ),
}
for _lang, _notes in _NOTE_GRAMMAR.items():
    REPUBLISHED_NOTES[_lang] = [*REPUBLISHED_NOTES.get(_lang, []), *_notes]

# An editor's note on how the text itself was edited ("This interview has
# been edited for length and clarity", "Entrevista editada por razones de
# espacio", "Les propos ont été condensés par souci de clarté"): it speaks of
# the text, and is no part of it. Phrases naming the edit and its reason (or
# the text edited); a report saying a document "was edited" names neither.
# Casefolded; whole words.
EDITED_NOTES: dict[str, list[str]] = {
    "en": [
        "edited for length and clarity",
        "edited for clarity and length",
        "been edited for length",
        "been edited for clarity",
        "been lightly edited",
        "been condensed and edited",
        "been edited and condensed",
        "been condensed for clarity",
        "condensed for clarity",
        "edited for brevity",
    ],
    "es": [
        "editada por razones de",
        "editado por razones de",
        "editada por motivos de",
        "editado por motivos de",
        "editada por cuestiones de",
        "editada para mayor claridad",
        "editado para mayor claridad",
        "editada y condensada",
        "editado y condensado",
        "entrevista ha sido editada",
        "entrevista fue editada",
    ],
    "fr": [
        "éditée pour des raisons de",
        "édité pour des raisons de",
        "éditée par souci de",
        "édités par souci de",
        "édité par souci de",
        "raccourcie pour des raisons de",
        "condensés par souci de",
        "condensés et édités",
        "édités et condensés",
        "propos ont été édités",
        "propos ont été condensés",
        "propos ont été raccourcis",
        "interview a été éditée",
        "entretien a été édité",
    ],
    "pt": [
        "editada por questões de",
        "editado por questões de",
        "editada por razões de",
        "editada para maior clareza",
        "editado para maior clareza",
        "editada e condensada",
        "entrevista foi editada",
    ],
    "de": [
        "gekürzt und redigiert",
        "redigiert und gekürzt",
        "aus gründen der länge",
        "aus platzgründen gekürzt",
        "interview wurde gekürzt",
        "gespräch wurde gekürzt",
    ],
    "id": ["telah disunting untuk", "disunting agar lebih ringkas", "diedit untuk kejelasan"],
    "ru": [
        "публикуется в сокращении",
        "печатается в сокращении",
        "интервью сокращено",
        "текст интервью сокращен",
        "текст интервью сокращён",
    ],
    "vi": ["bài phỏng vấn đã được biên tập", "bài phỏng vấn đã được lược bớt"],
    "ko": ["일부 편집했습니다", "일부 편집했다", "일부 편집한 것입니다", "일부 축약했습니다"],
    "ja": [
        "一部編集しています",
        "一部編集しました",
        "一部編集しております",
        "読みやすさのため一部編集",
    ],
}

# A prompt asking the reader to report a typo ("Found a typo? Select it and
# press Ctrl+Enter", "Нашли ошибку? Выделите её и нажмите Ctrl+Enter"): a
# page tool, not the article. The question to the reader (with its question
# mark) or the keys to press; a report that someone "found an error" asks
# nothing. Casefolded; whole words.
ERROR_REPORT_PROMPTS: dict[str, list[str]] = {
    "en": [
        "found a typo?",
        "found a mistake?",
        "found an error?",
        "spotted a typo?",
        "spotted an error?",
        "spotted a mistake?",
        "ctrl+enter",
        "ctrl + enter",
    ],
    "ru": ["нашли ошибку?", "нашли опечатку?", "заметили ошибку?", "заметили опечатку?"],
    "uk": ["знайшли помилку?", "помітили помилку?"],
    "de": [
        "fehler gefunden?",
        "tippfehler gefunden?",
        "strg+enter",
        "strg + enter",
        "strg+eingabe",
    ],
    "es": [
        "has encontrado un error?",
        "encontraste un error?",
        "has visto un error?",
        "viste un error?",
    ],
    "fr": [
        "vous avez repéré une erreur",
        "vous avez repéré une faute",
        "vous avez trouvé une erreur",
        "vous avez trouvé une faute",
    ],
    "pt": ["encontrou um erro?", "viu um erro?"],
}

# A notice that the reader comments under the article are closed: page
# chrome in every language, kept as body when it reads like a sentence
# ("Hemos bloqueado los comentarios de este contenido."). Phrases, casefolded.
COMMENTS_CLOSED_NOTICES: dict[str, list[str]] = {
    "en": [
        "comments are closed",
        "comments are now closed",
        "comments have been closed",
        "comments have been disabled",
        "commenting is closed",
        "commenting has been closed",
        "commenting has been disabled",
    ],
    "es": [
        "hemos bloqueado los comentarios",
        "hemos cerrado los comentarios",
        "los comentarios están cerrados",
        "los comentarios están desactivados",
        "comentarios cerrados",
    ],
    "fr": [
        "les commentaires sont fermés",
        "les commentaires sont clos",
        "les commentaires sont désactivés",
        "commentaires fermés",
    ],
    "pt": ["os comentários estão fechados", "comentários encerrados"],
    "de": ["die kommentarfunktion ist geschlossen", "kommentare sind geschlossen"],
    "vi": ["bình luận đã bị khóa", "bình luận đã được đóng", "đã khóa bình luận"],
    "th": ["ปิดการแสดงความคิดเห็น"],
    "zh": ["评论已关闭", "评论功能已关闭"],
}

# The label over an advertising slot, alone on its line ("Iklan",
# "Publicidad", "Реклама"): between two paragraphs it marks the slot, not a
# footer's link to the advertising desk (the same word in a footer's list of
# links stays the footer's). The whole line, casefolded.
AD_SLOT_LABELS: dict[str, list[str]] = {
    "en": ["advertisement", "advertising", "sponsored"],
    "id": ["iklan"],
    "ms": ["iklan"],
    "es": ["publicidad", "anuncio", "contenido patrocinado"],
    "fr": ["publicité", "annonce", "contenu sponsorisé"],
    "pt": ["publicidade", "anúncio", "conteúdo patrocinado"],
    "it": ["pubblicità"],
    "tr": ["reklam"],
    "nl": ["advertentie"],
    "pl": ["reklama"],
    "hi": ["विज्ञापन"],
    "fa": ["تبلیغات"],
    "de": ["anzeige", "werbung"],
    "ru": ["реклама"],
    "vi": ["quảng cáo", "nội dung tài trợ"],
    "th": ["โฆษณา"],
    "zh": ["广告"],
    "ko": ["광고"],
    "ja": ["広告"],
}

# A line crediting the text's translator ("Translated from the Spanish by
# Laura Kent", "Traduit de l'anglais par …", "Aus dem Englischen übersetzt
# von …"): a note on the text, naming no writer of it. The line opens with
# one; a sentence about a translated book names it later. Casefolded.
# A credit line opening on where the text first ran ("Originally published at
# <outlet> on <date>.", "Reprinted with permission from …"): a repost names
# its source so, at the end or the head of the text. Only as the line's
# opening words (a sentence of the article may say "first published in 1998,
# the novel …": the rule refuses a year or a clause after a comma).
REPUBLISHED_OPENINGS: dict[str, list[str]] = {
    "en": [
        "originally published at",
        "originally published in",
        "originally published on",
        "originally published by",
        "first published at",
        "first published in",
        "first published on",
        "first published by",
        "originally appeared at",
        "originally appeared in",
        "originally appeared on",
        "first appeared in",
        "first appeared on",
        "republished from",
        "republished with permission",
        "reprinted from",
        "reprinted with permission",
        "republished under a creative commons",
        # a machine translation's calque of "originally published" ("Original
        # published 12/1/2028 by …")
        "original published",
    ],
    "es": [
        "publicado originalmente en",
        "publicado originalmente por",
        "publicada originalmente en",
        "publicado originalmente el",
        "publicada originalmente el",
        "publicado por primera vez en",
        "publicado por primera vez el",
        "reproducido con autorización",
        "reproducido con permiso",
    ],
    "fr": [
        "initialement publié dans",
        "initialement publié sur",
        "initialement publié par",
        "publié initialement dans",
        "publié initialement sur",
        "publié initialement le",
        "initialement publié le",
        "article initialement publié",
        "reproduit avec l'autorisation",
    ],
    "pt": [
        "publicado originalmente em",
        "publicado originalmente no",
        "publicado originalmente na",
        "publicado originalmente por",
        "originalmente publicado em",
        "originalmente publicado no",
        "originalmente publicado na",
        "republicado com autorização",
    ],
    "it": [
        "pubblicato originariamente su",
        "pubblicato originariamente da",
        "originariamente pubblicato su",
        "pubblicato per la prima volta su",
    ],
    "de": [
        "zuerst erschienen in",
        "zuerst erschienen bei",
        "zuerst erschienen auf",
        "erstmals erschienen in",
    ],
    # "Bài đăng lần đầu trên báo X ngày 3/5" (the post first ran in X on …)
    "vi": ["bài đăng lần đầu", "đăng lần đầu trên", "đăng lần đầu tại"],
}

# A print version's own notice: the address and the time the reader printed
# the page ("This article was printed from https://…", "Printed on
# 12/02/2024 09:14"). The print time is not the publish date. Only as the
# line's opening words, with the address or a date after them.
PRINT_PAGE_NOTES: dict[str, list[str]] = {
    "en": [
        "this article was printed from",
        "this page was printed from",
        "this story was printed from",
        "article printed from",
        "printed from",
        "printed on",
        "print date",
        "date printed",
    ],
    "es": ["artículo impreso desde", "impreso desde", "impreso el", "fecha de impresión"],
    "fr": ["article imprimé depuis", "imprimé depuis", "imprimé le", "date d'impression"],
    "pt": ["impresso de", "impresso em", "data de impressão"],
    "it": ["stampato da", "stampato il", "data di stampa"],
    "de": ["gedruckt von", "gedruckt am", "druckdatum"],
}

# The word a comment count is given in after its number, in languages that
# count with one ("ความคิดเห็น 3 รายการ", "评论 12 条", "コメント 3件",
# "댓글 3개"): the heading of the thread is still the cue and a count.
COMMENT_COUNT_UNITS: dict[str, list[str]] = {
    "th": ["รายการ", "ข้อความ"],
    "zh": ["条", "則", "则"],
    "ja": ["件"],
    "ko": ["개", "건"],
}

# A divider alone on its line between the article and the next story an
# infinite-scroll page appends under it ("Next Story", "Up next"): what
# follows is another article, with its own headline, byline and date.
NEXT_STORY_DIVIDERS: dict[str, list[str]] = {
    "en": ["next story", "up next", "next article", "read next"],
    "es": ["siguiente noticia", "próxima noticia", "siguiente artículo", "nota siguiente"],
    "fr": ["article suivant", "lire l'article suivant"],
    "pt": ["próxima notícia", "próxima matéria", "próximo artigo"],
    "it": ["articolo successivo", "prossimo articolo", "notizia successiva"],
    "de": ["nächster artikel", "nächste meldung"],
    "vi": ["tin tiếp theo", "bài tiếp theo", "đọc tiếp bài sau"],
    "id": ["berita selanjutnya", "artikel selanjutnya"],
    "th": ["ข่าวถัดไป", "บทความถัดไป"],
    "zh": ["下一篇", "下一条"],
}

# The networks and channels a share bar names, one button each, with no
# "Share" word over them ("Facebook X Email Print Copy link", "Facebook Zalo
# Twitter"): brand names, the same in every language. A line of these and of
# the page tools' cue words (nav, follow_us) only is a share bar.
SHARE_TARGETS: list[str] = [
    "facebook",
    "x",
    "twitter",
    "whatsapp",
    "telegram",
    "line",
    "zalo",
    "messenger",
    "viber",
    "linkedin",
    "pinterest",
    "reddit",
    "tumblr",
    "flipboard",
    "threads",
    "bluesky",
    "mastodon",
    "weibo",
    "wechat",
    "微博",
    "微信",
    "qq",
    "qq空间",
    "kakaotalk",
    "kakaostory",
    "band",
    "vk",
    "vkontakte",
    "email",
    "e-mail",
    "sms",
    "instagram",
    "youtube",
    "tiktok",
    # the same brands as other scripts write them
    "فيسبوك",
    "واتساب",
    "واتس",
    "تيليغرام",
    "تلغرام",
    "تويتر",
    "إكس",
    "เฟซบุ๊ก",
    "ไลน์",
    "ทวิตเตอร์",
    "фейсбук",
    "телеграм",
    "вконтакте",
    "одноклассники",
    "페이스북",
    "카카오톡",
    "트위터",
]

# A site's account links ("Log in", "Đăng nhập", "登录"): beside a date on
# one line they make the site's top bar, whose date is the day the page was
# fetched, not the article's stamp.
ACCOUNT_LINKS: dict[str, list[str]] = {
    "en": ["log in", "login", "sign in", "register", "sign up", "my account", "log out"],
    "vi": ["đăng nhập", "đăng ký", "đăng xuất"],
    "th": ["เข้าสู่ระบบ", "สมัครสมาชิก", "ออกจากระบบ"],
    "zh": ["登录", "登陆", "注册", "退出"],
    "es": ["iniciar sesión", "registrarse", "regístrate", "mi cuenta"],
    "fr": ["se connecter", "connexion", "s'inscrire", "mon compte"],
    "pt": ["entrar", "cadastre-se", "minha conta"],
    "id": ["masuk", "daftar", "keluar"],
    "de": ["anmelden", "registrieren", "mein konto"],
    "it": ["accedi", "registrati", "il mio account"],
}

TRANSLATION_CREDITS: dict[str, list[str]] = {
    "en": ["translated from the", "translated by", "translation by", "translation:"],
    "es": ["traducción de", "traducción:", "traducido del", "traducido por"],
    "fr": ["traduit de", "traduit du", "traduit par", "traduction:", "traduction :"],
    "pt": ["tradução de", "tradução:", "traduzido do", "traduzido por"],
    "de": [
        "aus dem englischen übersetzt",
        "aus dem französischen übersetzt",
        "aus dem spanischen übersetzt",
        "aus dem russischen übersetzt",
        "übersetzt von",
        "übersetzung:",
    ],
    "id": ["diterjemahkan oleh", "diterjemahkan dari", "penerjemah:"],
    "ru": ["перевод с", "перевод:", "переведено с"],
    "vi": ["người dịch:", "dịch giả:", "lược dịch:"],
}

# Words (or, for Vietnamese, two-syllable words) of a site's own links and
# settings that never stand in a person's name: a short title-case line holding
# one ("Help Center", "Giới Thiệu") is a link, not a name-only byline.
# Words that are also surnames somewhere (Service, Page, Home) stay out.
NOT_NAME_WORDS: dict[str, list[str]] = {
    "en": [
        "accessibility",
        "cookie",
        "cookies",
        "privacy",
        "policy",
        "terms",
        "conditions",
        "settings",
        "preferences",
        "sitemap",
        "newsletter",
        "newsletters",
        "subscribe",
        "subscription",
        "login",
        "advertise",
        "advertising",
        "careers",
        "disclaimer",
        "faq",
        "help",
        "customer",
    ],
    "es": [
        "cookies",
        "privacidad",
        "accesibilidad",
        "términos",
        "condiciones",
        "configuración",
        "preferencias",
        "política",
        "contacto",
        "publicidad",
        "suscríbete",
        "boletín",
        "ayuda",
    ],
    "fr": [
        "cookies",
        "confidentialité",
        "accessibilité",
        "paramètres",
        "préférences",
        "politique",
        "publicité",
        "abonnez-vous",
        "aide",
    ],
    "vi": [
        "chính sách",
        "bảo mật",
        "điều khoản",
        "cài đặt",
        "quy định",
        "sử dụng",
        "giới thiệu",
        "quảng cáo",
        "liên hệ",
        "đăng ký",
        "đăng nhập",
        "trợ giúp",
    ],
}

# Legal forms that end a company's name ("… Publicaciones S.A.", "… Media
# Ltd.", "…传媒有限公司"): a line that is a name ending with one is the
# publisher's or owner's imprint, never the headline.
COMPANY_FORMS: dict[str, list[str]] = {
    "en": ["ltd", "ltd.", "limited", "inc", "inc.", "llc", "plc", "corp.", "co., ltd.", "llp"],
    "es": ["s.a.", "s.l.", "s.a.u.", "s.l.u.", "s.a. de c.v."],
    "fr": ["sarl", "s.a.r.l.", "sas", "s.a.s.", "sasu"],
    "de": ["gmbh", "gmbh & co. kg", "ag", "kg"],
    "it": ["s.p.a.", "s.r.l."],
    "pt": ["ltda", "ltda.", "s/a", "eireli"],
    "nl": ["b.v.", "n.v."],
    "vi": ["jsc", "jsc.", "tnhh"],
    "zh": ["有限公司", "股份有限公司", "有限责任公司"],
    "th": ["จำกัด", "จำกัด (มหาชน)"],
}

# Words of a company's legal register as a publisher prints it under its pages
# ("Editorial … S.L. – CIF B-… – Registro Mercantil de …", "… SAS au capital
# de … – RCS Lyon …", "Amtsgericht … HRB …", "Công ty cổ phần … Giấy phép số …
# do Bộ TT&TT cấp"): the register, its numbers' labels and the share capital.
# A line holding two of them (or one and a company's legal form) and a number
# is the site's footer; a sentence of a report naming one company's register
# entry ends a sentence and holds fewer. Casefolded; no word of everyday
# prose ('tomo', 'folio', 'hoja' are a Spanish register's too, and are left
# out for that).
COMPANY_REGISTER_CUES: dict[str, list[str]] = {
    "en": [
        "registered in england",
        "registered in scotland",
        "registered in ireland",
        "company number",
        "company no",
        "company registration number",
        "registered office",
        "vat number",
        "vat no",
        "vat reg",
        "abn",
    ],
    "es": [
        "registro mercantil",
        "cif",
        "nif",
        "capital social",
        "domicilio social",
        "rfc",
        "cuit",
    ],
    "fr": [
        "rcs",
        "siren",
        "siret",
        "au capital de",
        "capital social",
        "société éditrice",
        "siège social",
        "tva intracommunautaire",
        "code naf",
    ],
    "de": [
        "amtsgericht",
        "registergericht",
        "handelsregister",
        "hrb",
        "hra",
        "ust-idnr",
        "ust-id",
        "umsatzsteuer-identifikationsnummer",
        "sitz der gesellschaft",
        "stammkapital",
    ],
    "it": [
        "p.iva",
        "p. iva",
        "partita iva",
        "registro imprese",
        "registro delle imprese",
        "r.e.a.",
        "capitale sociale",
        "codice fiscale",
        "reg. trib.",
    ],
    "pt": ["cnpj", "nipc", "capital social", "junta comercial", "registo comercial"],
    "nl": ["kvk", "kvk-nummer", "kamer van koophandel", "btw-nummer"],
    "vi": [
        "công ty cổ phần",
        "công ty tnhh",
        "mã số doanh nghiệp",
        "mã số thuế",
        "giấy chứng nhận đăng ký kinh doanh",
        "giấy phép số",
        "giấy phép hoạt động",
        "do bộ tt&tt cấp",
        "do bộ thông tin và truyền thông cấp",
        "sở kế hoạch và đầu tư",
    ],
    "zh": [
        "统一社会信用代码",
        "营业执照",
        "注册资本",
        "工商注册号",
        "互联网新闻信息服务许可证",
        # a site's telecom operating licence ("增值电信业务经营许可证：…")
        "增值电信业务经营许可证",
        "公网安备",
        # a site's ICP filing or licence, its province's letter glued before
        # it ("浙ICP备…号", "京ICP证…号")
        "icp备",
        "icp证",
    ],
    "ru": ["огрн", "инн", "кпп", "свидетельство о регистрации сми"],
    "id": ["npwp", "akta pendirian"],
}

# The buttons of a bar of reactions or counters under an article ("Like 12
# Love 3 Haha 0 Sad 1", "좋아요 3 슬퍼요 0", "Thích 12 · Buồn 1"): a bar names
# one of them at least, so a line of names and scores ("Real Madrid 2
# Barcelona 1 Sevilla 0") is none. Casefolded; one button's word or words.
REACTION_BUTTONS: dict[str, list[str]] = {
    "en": [
        "like",
        "likes",
        "love",
        "haha",
        "wow",
        "sad",
        "angry",
        "care",
        "funny",
        "helpful",
        "interesting",
        "upvote",
        "upvotes",
        "downvote",
        "views",
        "shares",
        "comments",
    ],
    "vi": ["thích", "yêu thích", "haha", "wow", "buồn", "phẫn nộ", "giận dữ", "lượt xem"],
    "ko": ["좋아요", "싫어요", "슬퍼요", "화나요", "훈훈해요", "추천해요", "후속기사 원해요"],
    "ja": ["いいね", "参考になった", "なるほど", "悲しい"],
    "zh": ["点赞", "赞", "喜欢", "感动", "难过", "愤怒", "在看", "阅读"],
    "es": ["me gusta", "me encanta", "me divierte", "me asombra", "me entristece", "me enoja"],
    "fr": ["j'aime", "j'adore", "triste", "en colère", "solidaire"],
    "de": ["gefällt mir", "traurig", "wütend", "lustig"],
    "pt": ["curtir", "amei", "triste", "grr"],
    "id": ["suka", "senang", "sedih", "marah", "terkejut", "terinspirasi", "tidak peduli"],
    "th": ["ถูกใจ", "ชอบ", "เศร้า", "โกรธ", "ตลก"],
    "ru": ["нравится", "лайк", "класс", "грустно", "смешно"],
}
