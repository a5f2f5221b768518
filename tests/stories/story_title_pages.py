"""Invented multi-language stories (no seed's or evaluation set's text)
whose titles a reader would find wrong: fragments of a multi-word name
beside the whole name, case or diacritic variants, numbers as labels, a
title language that flips as pages arrive. Shared by
test_title_labels_readable.py and benchmarks/story_titles.py."""

from __future__ import annotations

# story key -> list of (lang, headline, body); dates are all 2026-06
STORIES: dict[str, list[tuple[str, str, str]]] = {
    # a Vietnamese city also written without its marks: "Da", "Nang" beside it
    "fireworks": [
        (
            "vi",
            "Du khách đổ về Đà Nẵng dịp lễ hội pháo hoa",
            (
                "Hàng nghìn du khách đã đến Đà Nẵng để xem lễ hội pháo hoa quốc tế. Ông Nguyễn Văn An, "
                "giám đốc sở du lịch Đà Nẵng, cho biết khách sạn ở Đà Nẵng kín phòng. An nói thêm rằng "
                "lễ hội kéo dài đến tháng 7."
            ),
        ),
        (
            "vi",
            "Lễ hội pháo hoa Đà Nẵng thu hút hàng nghìn khách",
            (
                "Lễ hội pháo hoa quốc tế Đà Nẵng năm nay thu hút hàng nghìn khách. Giám đốc Nguyễn Văn An "
                "cho biết Đà Nẵng đã chuẩn bị kỹ. Theo An, đường ven sông Hàn sẽ cấm xe."
            ),
        ),
        (
            "en",
            "Fireworks festival draws crowds to Da Nang",
            (
                "Thousands of tourists travelled to Da Nang for the international fireworks festival. "
                "Nguyen Van An, director of the Da Nang tourism department, said hotels in Da Nang were "
                "full. An said the Han river road would be closed."
            ),
        ),
    ],
    # a city of two words: "York" beside "New York"
    "marathon": [
        (
            "en",
            "New York marathon route changed after bridge repairs",
            (
                "Organisers of the New York marathon changed the route after repairs closed a bridge. "
                "Runners will now cross into Manhattan further north, New York officials said. "
                "York Avenue will be closed from 6 a.m. Race director Mary Wittenberg said the "
                "new route is just as fast."
            ),
        ),
        (
            "es",
            "Cambia el recorrido del maratón de Nueva York por obras en un puente",
            (
                "Los organizadores del maratón de New York cambiaron el recorrido por obras en un puente. "
                "Los corredores entrarán en Manhattan más al norte, dijo la directora Mary Wittenberg. "
                "La avenida York estará cerrada desde las 6 de la mañana."
            ),
        ),
        (
            "fr",
            "Le marathon de New York change de parcours après des travaux sur un pont",
            (
                "Les organisateurs du marathon de New York ont modifié le parcours à cause de travaux "
                "sur un pont. Les coureurs entreront dans Manhattan plus au nord, selon Mary Wittenberg. "
                "L'avenue York sera fermée dès 6 heures."
            ),
        ),
    ],
    # a Thai province with a Latin spelling in the English page
    "orchids": [
        (
            "th",
            "เชียงใหม่จัดงานกล้วยไม้นานาชาติ",
            (
                "จังหวัดเชียงใหม่จัดงานกล้วยไม้นานาชาติที่สวนหลวงราชพฤกษ์ นายสมชาย ใจดี ผู้ว่าราชการจังหวัดเชียงใหม่ "
                "กล่าวว่ามีผู้เข้าชมกว่าหนึ่งแสนคน"
            ),
        ),
        (
            "en",
            "Chiang Mai hosts international orchid fair",
            (
                "Chiang Mai is hosting an international orchid fair at Royal Park Rajapruek. "
                "Governor Somchai Jaidee of Chiang Mai said more than 100,000 visitors were expected. "
                "Mai Somchai, a grower from Lamphun, showed a new hybrid."
            ),
        ),
    ],
    # a Chinese county and its pinyin
    "dam": [
        (
            "zh",
            "东源县新水库大坝竣工",
            "东源县新水库大坝于6月10日竣工。县长王建国表示，东源县将因此减少洪水灾害。",
        ),
        (
            "en",
            "New reservoir dam completed in Dongyuan county",
            (
                "A new reservoir dam in Dongyuan county was completed on June 10. County head Wang "
                "Jianguo said Dongyuan would suffer fewer floods. Wang said the dam cost 2 billion yuan."
            ),
        ),
    ],
    # a Spanish page, then a French one: a tie reached by one added page must
    # not switch the title's language
    "strike": [
        (
            "es",
            "Huelga de controladores aéreos en Marsella",
            (
                "Los controladores aéreos de Marsella están en huelga desde el lunes. El sindicato de "
                "Jean-Luc Moreau pide más contrataciones en el aeropuerto de Marsella-Provenza."
            ),
        ),
        (
            "fr",
            "Grève des contrôleurs aériens à Marseille",
            (
                "Les contrôleurs aériens de Marseille sont en grève depuis lundi. Le syndicat de Jean-Luc "
                "Moreau réclame des embauches à l'aéroport de Marseille-Provence."
            ),
        ),
    ],
}
