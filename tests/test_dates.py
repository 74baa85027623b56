"""Dates: the regular-expression forms agree with dateparser, which they stand in for,
and relative phrases are read once, from the publication date."""

from __future__ import annotations

import pytest

from showgraph import dates
from showgraph.dates import normalize_date

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
TEXTS = (
    [f"{m} 9, 2016" for m in MONTHS] + [f"9 {m} 2016" for m in MONTHS]
    + [f"{m} 2016" for m in MONTHS] + [f"{m} 9" for m in MONTHS]
    + [f"{m} {d}" for m in ("January", "February", "June", "December") for d in (1, 28, 30, 31)]
    + [f"{m} {d}, 2024" for m in ("February", "April") for d in (1, 28, 29, 30, 31)]
    + ["December 31, 1999", "1 January 2000", "March 2019", "September 13, 2020"]
    + MONTHS + ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
)
PUBLISHED = [None, "2024-12-05", "2022-07", "2020-02-29", "2024-05-13", "2024-05-15", "2024-05-19"]


@pytest.mark.parametrize("published", PUBLISHED)
@pytest.mark.parametrize("tense", [None, "past", "future"])
def test_dates_plain_forms_equal_dateparser(monkeypatch, published, tense):
    uncached = normalize_date.__wrapped__  # the memo would hand the fast answers back
    fast = [uncached(text, published, tense) for text in TEXTS]
    monkeypatch.setattr(dates, "_plain_date", lambda text: None)
    monkeypatch.setattr(dates, "WEEKDAYS", {})
    slow = [uncached(text, published, tense) for text in TEXTS]
    assert fast == slow
    assert published is None or "2016-10-09" in fast  # the grid did parse


@pytest.mark.parametrize(("text", "expected"), [
    ("October 21, 2016", ("2016-10-21", "day")), ("21 October 2016", ("2016-10-21", "day")),
    ("October 2016", ("2016-10-01", "month")), ("February 29", None), ("April 31, 2020", None),
    ("Oct. 21, 2016", None), ("Friday", None), ("October 21st, 2016", None),
    ("October", ("2000-10-01", "month")),
])
def test_dates_plain_date_forms(text, expected):
    found = dates._plain_date(text)
    assert (None if found is None else (found[0].isoformat(), found[1])) == expected


@pytest.mark.parametrize(("text", "tense", "expected"), [
    ("tomorrow", "past", "2024-05-16"),
    ("yesterday", "future", "2024-05-14"),
    ("last year", "future", "2023"),
    ("this year", "future", "2024"),
    ("next month", "past", "2024-06"),
    ("next week", "past", "2024-05-22"),
    ("last Friday", None, "2024-05-10"),
])
def test_dates_relative_phrases_are_not_moved_again_by_tense(text, tense, expected):
    assert normalize_date(text, "2024-05-15", tense) == expected
