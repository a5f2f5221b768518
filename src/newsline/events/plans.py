"""The first date of a plan that was moved or called off.

"The launch, originally scheduled for October 8, was postponed",
"此次发射原定于10月8日进行", "El cohete debía haber despegado el jueves 8",
"le sommet, initialement prévu le 3 mars": the date is what was planned, and
it did not happen then -- the sentence tells the change (dated by another
date in it, if any), not a happening on that day. Such a date gives no event;
the sentence keeps its other dates.
"""

from __future__ import annotations

import functools
import re

# Words right before the date (within ORIGINAL_PLAN_WINDOW characters) that
# name it as the first date of a plan, per language; casefolded.
ORIGINAL_PLAN_BEFORE = {
    "en": [
        (
            r"(?:originally|initially|first)\s+(?:scheduled|planned|set|due|slated|expected)"
            r"\s+(?:for|on)(?:\s+the)?"
        ),
        (
            r"had\s+(?:originally\s+|initially\s+)?been\s+(?:scheduled|planned|set|due|slated)"
            r"\s+(?:for|on)(?:\s+the)?"
        ),
    ],
    "es": [
        (
            r"(?:inicial|original)mente\s+(?:previst|programad|fijad|convocad)[oa]s?"
            r"(?:\s+para)?(?:\s+(?:el|la|los))?"
        ),
        (
            r"(?:previst|programad|fijad|convocad)[oa]s?\s+(?:inicial|original)mente"
            r"(?:\s+para)?(?:\s+(?:el|la|los))?"
        ),
        r"debía\s+haber\s+[^\W\d_]+(?:\s+(?:el|la|los))?",
    ],
    "fr": [
        (
            r"(?:initialement|originellement|d['’]abord)\s+(?:prévu|programmé|fixé)e?s?"
            r"(?:\s+(?:pour|au|à))?(?:\s+(?:le|la|les))?"
        ),
        r"aurait\s+dû\s+[^\W\d_]+(?:\s+(?:lieu|le|la))*?",
    ],
    "vi": [
        r"(?:dự\s+kiến|kế\s+hoạch)\s+ban\s+đầu(?:\s+[^\W\d_]+){0,3}?(?:\s+(?:vào|ngày))*",
        (
            r"ban\s+đầu\s+(?:dự\s+kiến|dự\s+định|được\s+lên\s+kế\s+hoạch)(?:\s+[^\W\d_]+){0,3}?"
            r"(?:\s+(?:vào|ngày))*"
        ),
    ],
    "th": [r"เดิม(?:ที)?(?:มี)?กำหนด(?:การ)?[\u0E00-\u0E7F]{0,12}?(?:ใน)?(?:วันที่)?"],
    "zh": [r"(?:原|原本|原先|本)(?:定|计划|订|拟|预定|预计|安排)(?:于|在)?"],
}
ORIGINAL_PLAN_WINDOW = 40


@functools.cache
def _plan_re(lang: str) -> re.Pattern[str] | None:
    words = ORIGINAL_PLAN_BEFORE.get((lang or "").split("-")[0])
    if not words:
        return None
    left = "" if lang in ("th", "zh") else r"(?<![^\W\d_])"
    return re.compile(left + "(?:" + "|".join(words) + r")\s*$", re.IGNORECASE)


def planned_first(text: str, start: int, lang: str | None, floor: int = 0) -> bool:
    """True when the date at ``start`` is named as the first date of a plan."""
    rx = _plan_re(lang or "")
    if rx is None:
        return False
    return rx.search(text[max(floor, start - ORIGINAL_PLAN_WINDOW) : start]) is not None
