"""Dates: the regular-expression forms agree with dateparser, which they stand in for."""

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
)


@pytest.mark.parametrize("published", [None, "2024-12-05", "2022-07", "2020-02-29"])
@pytest.mark.parametrize("tense", [None, "past", "future"])
def test_dates_plain_forms_equal_dateparser(monkeypatch, published, tense):
    fast = [normalize_date(text, published, tense) for text in TEXTS]
    monkeypatch.setattr(dates, "_plain_date", lambda text: None)
    slow = [normalize_date(text, published, tense) for text in TEXTS]
    assert fast == slow


@pytest.mark.parametrize(("text", "expected"), [
    ("October 21, 2016", ("2016-10-21", "day")), ("21 October 2016", ("2016-10-21", "day")),
    ("October 2016", ("2016-10-01", "month")), ("February 29", None), ("April 31, 2020", None),
    ("Oct. 21, 2016", None), ("Friday", None), ("October 21st, 2016", None),
])
def test_dates_plain_date_forms(text, expected):
    found = dates._plain_date(text)
    assert (None if found is None else (found[0].isoformat(), found[1])) == expected
