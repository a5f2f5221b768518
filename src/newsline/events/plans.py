"""Dates of plans: the first date of a plan that was moved or called off,
and a date told ahead of its page (:func:`told_ahead`).

"The launch, originally scheduled for October 8, was postponed",
"此次发射原定于10月8日进行", "El cohete debía haber despegado el jueves 8",
"le sommet, initialement prévu le 3 mars": the date is what was planned, and
it did not happen then -- the sentence tells the change (dated by another
date in it, if any), not a happening on that day. Such a date gives no event;
the sentence keeps its other dates.
"""

from __future__ import annotations

import datetime as dt
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


# A chronology line whose day is a plan that then moved: "16 mars : ouverture
# des négociations prévue au ministère, reportée au 19", "March 16 - talks
# scheduled at the ministry, postponed to the 19th", "3月16日：原定举行的谈判推迟
# 至19日". The day opens its line, a separator follows, then a word of plan and,
# after it, one of moving or calling off: nothing happened on that day. (A
# line without the plan word, "March 16: talks postponed to the 19th", tells
# the postponement, which happened then.) Per language: (plan, moved).
MOVED_PLAN_AFTER = {
    "en": (
        r"scheduled|planned|due|set|slated|expected",
        r"postponed|delayed|moved|pushed\s+back|put\s+off|called\s+off|cancell?ed|rescheduled",
    ),
    "es": (
        r"previst[oa]s?|programad[oa]s?|fijad[oa]s?|convocad[oa]s?",
        r"aplazad[oa]s?|pospuest[oa]s?|postergad[oa]s?|suspendid[oa]s?|cancelad[oa]s?",
    ),
    "fr": (
        r"prévue?s?|programmée?s?|fixée?s?",
        r"reportée?s?|repoussée?s?|ajournée?s?|annulée?s?|décalée?s?",
    ),
    "vi": (r"dự\s+kiến|dự\s+định|theo\s+kế\s+hoạch|lên\s+lịch", r"hoãn|lùi|dời|hủy|huỷ"),
    "th": (r"กำหนด", r"เลื่อน|ยกเลิก"),
    "zh": (r"原定|原计划|计划|拟|预定|预计", r"推迟|延期|改期|推后|延后|取消"),
}
# Before the day on its line: a bullet or a dash at most.
_LINE_OPENING = re.compile(r"^[\W\d_]{0,3}$")


@functools.cache
def _moved_plan_re(lang: str) -> re.Pattern[str] | None:
    words = MOVED_PLAN_AFTER.get(lang)
    if not words:
        return None
    # whole words where words are spaced ("set", not "settlement")
    left, right = ("", "") if lang in ("th", "zh") else (r"(?<![^\W\d_])", r"(?![^\W\d_])")
    plan, moved = words
    return re.compile(
        r"\s*[:：–—-]\s*.*?"
        + left
        + "(?:"
        + plan
        + ")"
        + right
        + ".*?"
        + left
        + "(?:"
        + moved
        + ")"
        + right,
        re.IGNORECASE | re.DOTALL,
    )


def moved_plan_entry(text: str, start: int, end: int, lang: str | None, s: int, e: int) -> bool:
    """True when the date at ``start:end`` opens its line (its sentence
    ``s:e``) as the day of a plan the line says moved (:data:`MOVED_PLAN_AFTER`)."""
    if start - s > 3 or not _LINE_OPENING.match(text[s:start]):
        return False
    rx = _moved_plan_re((lang or "").split("-")[0])
    if rx is None:
        return False
    return rx.match(text, end, e) is not None


# A page stamped in UTC may tell a happening in Asia by the next local day
# ("15/1, giờ Hà Nội" on a page stamped the 14th): one day of slack.
AHEAD_SLACK_DAYS = 1


def _first_day(value: str) -> dt.date | None:
    """The first day of a resolved value: "2027-03-03", "2027-03", "2027"."""
    parts = value.split("-")
    if not parts or len(parts[0]) != 4 or not parts[0].isdigit():
        return None  # year-less ("--03-03") or not a date
    try:
        month = int(parts[1]) if len(parts) > 1 else 1
        return dt.date(int(parts[0]), month, int(parts[2][:2]) if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return None


def told_ahead(value: str, published: str | None, slack_days: int = AHEAD_SLACK_DAYS) -> bool:
    """True when a date lies after its page's publication day: "the vote will
    be held on 3 March", "sẽ bỏ phiếu vào ngày 3/3", "将于3月3日举行" on a
    February page. Nothing has happened on it yet -- it is a plan, and plans
    move -- so it gives no event; the sentence keeps its other dates (the
    announcement that set it). A page with no publication day keeps all.
    ``slack_days``: 0 for a date told in the future tense ("Elle affrontera
    la Thaïlande samedi", the next day): no clock tells a plan as done."""
    try:
        pub = dt.date.fromisoformat(str(published or "")[:10])
    except ValueError:
        return False
    first = _first_day(value or "")
    return first is not None and (first - pub).days > slack_days
