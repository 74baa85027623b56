"""Dates as ISO 8601 at the precision the text gives, anchored to publication.

"October 21, 2016" -> 2016-10-21, "April 2020" -> 2020-04, "2014" -> 2014.
A date without a year ("January 30", "April", "Saturday") needs the article's
publication date: it becomes the first such day after it when the clause
speaks of the future, the last such day before it when it speaks of the past,
and the nearest such day when nothing says which ("W (Feb. 6)" in a list).
Without a publication date such a date is left out.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache

YEAR_RE = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
VAGUE_RE = re.compile(r"\b(decade|century|years|months|weeks|days|season|summer|winter|spring|fall|autumn|era|age|ago|later|earlier|early|late|mid)\b", re.I)
# "between 1988 and 2003", "from 2014 to 2016": NER's one date for a run.
RANGE_RE = re.compile(r"^(?:between|from)\s+(.+?)\s+(?:and|to|until|through)\s+\S.*$", re.I)
# "spring 2027", "early 2026", "the summer of 2025", "mid-2024": a part of a year
# whose year is all the text gives exactly.
PART_OF_YEAR_RE = re.compile(r"^(?:in\s+)?(?:the\s+)?(?:early|late|mid|spring|summer|fall|autumn|winter)"
                             r"(?:\s+of)?[\s-]+(1[89]\d\d|20\d\d)$", re.I)
# Phrases dateparser already reads relative to the publication date ("next month",
# "last year", "tomorrow"): moving them again by tense would put them a year off.
RELATIVE_RE = re.compile(r"\b(today|tonight|tomorrow|yesterday|next|last|this|coming|previous|following)\b", re.I)


@lru_cache(maxsize=4096)  # an article repeats its dates, a day's articles share "Friday"
def normalize_date(text: str, published: str | None = None, tense: str | None = None) -> str | None:
    """The ISO form of a date phrase, or None when it is too vague.

    >>> normalize_date("October 21, 2016")
    '2016-10-21'
    >>> normalize_date("in 2014")
    '2014'
    >>> normalize_date("January 30", "2024-12-05", "future")
    '2025-01-30'
    >>> normalize_date("June 8", "2022-07", "past")
    '2022-06-08'
    >>> normalize_date("Feb. 6", "2024-12-05", "nearest")
    '2025-02-06'
    >>> normalize_date("next month", "2024-12-05", "past")
    '2025-01'
    >>> normalize_date("January 30") is None
    True
    >>> normalize_date("spring 2027")
    '2027'
    >>> normalize_date("between 1988 and 2003")
    '1988'
    """
    text = text.strip()
    if (run := RANGE_RE.match(text)) is not None:  # "between 1988 and 2003": a run, from its start
        text = run.group(1)
    if VAGUE_RE.search(text) and not YEAR_RE.fullmatch(text):
        part_of_year = PART_OF_YEAR_RE.match(text)
        return part_of_year.group(1) if part_of_year else None
    years = YEAR_RE.findall(text)
    if years and YEAR_RE.fullmatch(text.removeprefix("in ").strip()):
        return years[0]
    if not years and published is None:
        return None  # nothing to anchor it to
    parsed = _parse(text, published, tense)
    if parsed is None:
        return None
    value, period = parsed
    if period == "year":
        return f"{value.year:04d}"
    if period == "month":
        return f"{value.year:04d}-{value.month:02d}"
    return value.isoformat()


def _parse(text: str, published: str | None, tense: str | None) -> tuple[date, str] | None:
    if published and (weekday := WEEKDAYS.get(text)) is not None:
        return _nearest_weekday(weekday, _as_date(published), tense), "day"
    quick = _plain_date(text)
    if quick is not None:
        value, period = quick
    else:
        parser = _parser("past" if tense == "past" else "future", published)
        data = parser.get_date_data(text)
        if data.date_obj is None:
            return None
        period = data.period if data.period in ("day", "month", "year") else "day"
        value = data.date_obj.date()
        if RELATIVE_RE.search(text):
            return value, period
    if published and not YEAR_RE.search(text):
        value = _anchor(value, period, _as_date(published), tense)
    return value, period



_MONTHS = {name: number for number, name in enumerate(
    "January February March April May June July August September October November December"
    .split(), start=1)}
_MONTH = "(?P<month>" + "|".join(_MONTHS) + ")"
WEEKDAYS = {name: number for number, name in enumerate(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())}
# The forms news text writes most, read without dateparser (about a millisecond a call):
# "October 21, 2016", "21 October 2016", "October 2016", "October 21" and "October".
_PLAIN_DATES = (
    (re.compile(rf"{_MONTH} (?P<day>\d{{1,2}}), (?P<year>\d{{4}})"), "day"),
    (re.compile(rf"(?P<day>\d{{1,2}}) {_MONTH} (?P<year>\d{{4}})"), "day"),
    (re.compile(rf"{_MONTH} (?P<year>\d{{4}})"), "month"),
    (re.compile(rf"{_MONTH} (?P<day>\d{{1,2}})"), "day"),
    (re.compile(_MONTH), "month"),
)


_MONTH_WORD = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
DAY_OF_MONTH_RE = re.compile(rf"\b{_MONTH_WORD}\s+\d{{1,2}}\b|\b\d{{1,2}}\s+{_MONTH_WORD}", re.I)


def names_a_day(text: str) -> bool:
    """Whether a date phrase gives a month and a day ("August 15", "Aug. 15, 2025", "15 Aug").

    >>> names_a_day("Aug. 15"), names_a_day("August 2025"), names_a_day("Friday")
    (True, False, False)
    """
    return DAY_OF_MONTH_RE.search(text) is not None


def _plain_date(text: str) -> tuple[date, str] | None:
    """The date and precision dateparser gives for the plainest forms, or None.

    A date without a year gets year 2000 here; every caller moves it to the
    year its tense and the publication date point to (:func:`_anchor`), as it
    does dateparser's guess. 29 February, impossible days and years outside
    1800-2099 are left to dateparser. Tested equal to dateparser on a grid.
    """
    for pattern, period in _PLAIN_DATES:
        match = pattern.fullmatch(text)
        if match is None:
            continue
        parts = match.groupdict()
        year = int(parts.get("year") or 2000)
        day = int(parts.get("day") or 1)
        if not 1800 <= year <= 2099 or (parts["month"] == "February" and day == 29):
            return None
        try:
            return date(year, _MONTHS[parts["month"]], day), period
        except ValueError:
            return None
    return None

def _nearest_weekday(weekday: int, base: date, tense: str | None) -> date:
    """The named day nearest ``base`` on the side the tense points to, never ``base`` itself
    (as dateparser reads a bare "Friday")."""
    if tense == "past":
        return base - timedelta(days=(base.weekday() - weekday - 1) % 7 + 1)
    return base + timedelta(days=(weekday - base.weekday() - 1) % 7 + 1)


def _anchor(value: date, period: str, base: date, tense: str | None) -> date:
    """Move a yearless date to the year the tense points to, around ``base``."""
    candidate = _same_day_in(value, base.year)
    same_month = period == "month" and (candidate.year, candidate.month) == (base.year, base.month)
    if tense == "future" and candidate < base and not same_month:
        candidate = candidate.replace(year=base.year + 1)
    elif tense == "past" and candidate > base and not same_month:
        candidate = candidate.replace(year=base.year - 1)
    elif tense == "nearest" and not same_month:  # "W (Feb. 6)" in a December list: the coming one
        years = (base.year - 1, base.year, base.year + 1)
        candidate = min((_same_day_in(candidate, y) for y in years), key=lambda d: abs((d - base).days))
    return candidate


def _same_day_in(day: date, year: int) -> date:
    # 29 February stays in its own year: not every year has one
    return day.replace(year=year) if not (day.month == 2 and day.day == 29) else day


@lru_cache(maxsize=256)
def _parser(prefer: str, published: str | None):
    from dateparser.date import DateDataParser

    settings = {"PREFER_DATES_FROM": prefer, "RETURN_TIME_AS_PERIOD": False,
                "PREFER_DAY_OF_MONTH": "first", "STRICT_PARSING": False}
    if published:
        settings["RELATIVE_BASE"] = datetime.combine(_as_date(published), datetime.min.time())
    return DateDataParser(languages=["en"], settings=settings)


def _as_date(published: str) -> date:
    """"2025-01" is read as the first of that month."""
    parts = [int(p) for p in published.split("-")]
    while len(parts) < 3:
        parts.append(1)
    return date(*parts[:3])
