"""The named queries shipped in showgraph/queries, each on the sample articles.

The expected rows are what the extractor finds in data/articles (checked
against data/articles/gold.jsonl where the gold has the fact); a change to the
extractor that changes them should be seen here.
"""

from __future__ import annotations

from importlib import resources

import pytest

from showgraph.named_queries import named_queries, run_named_query

# (query, params, rows that must be among the results). Every row is a fact of
# data/articles/gold.jsonl: the cases hold while the extractor improves and
# fail when it regresses or a query breaks.
CASES = [
    ("cast", {"work": "the glass orchard"}, [
        ("Beck Ansley", "Lucien Achard"), ("Colm Barrister", "Father Eddery"),
        ("Dario Fenwick", "Augustin Achard"), ("Marisol Vantreece", "Delphine Achard"),
    ]),
    ("cast", {"work": "Quarter Moon Motel"}, [("Hattie Szelag", "Birdie Lomax")]),
    ("credits", {"person": "Tobiah Renwick"}, [
        ("The Glass Orchard", "creator", None), ("The Glass Orchard", "producer", None),
    ]),
    ("credits", {"person": "JONAH LISLE"}, [("Pip and the Paper Moon", "actor", "Pip")]),
    ("works-by-network", {}, [
        ("FX", "Lantern Street"), ("HBO", "The Glass Orchard"), ("Paramount+", "Half-Light Division"),
    ]),
    ("works-by-network", {"name": "paramount+"}, [("Paramount+", "Half-Light Division")]),
    ("works-by-studio", {}, [
        ("Lodestar Pictures", "Half-Light Division"),
        ("Stillwater Lane Productions", "The Glass Orchard"),
    ]),
    ("works-by-studio", {"name": "Tin Roof Pictures"}, [("Tin Roof Pictures", "Quarter Moon Motel")]),
    ("works-by-distributor", {}, [
        ("Focus Features", "Tamarind Summer"), ("Lionsgate", "Ironbark"),
        ("Paramount Pictures", "Pip and the Paper Moon"),
    ]),
    ("premieres", {"from": "2020", "to": "2020-12"}, [("2020-09-13", "The Glass Orchard", "series", "HBO")]),
    ("multiple-roles", {}, [
        ("The Glass Orchard", "Tobiah Renwick", 2, {"creator", "producer"}),
    ]),
    ("co-stars", {"name": "Marisol Vantreece"}, [
        ("Marisol Vantreece", "Beck Ansley", 1, {"The Glass Orchard"}),
        ("Marisol Vantreece", "Dario Fenwick", 1, {"The Glass Orchard"}),
    ]),
    ("organizations", {}, [
        ("Meridian Peak Studios", "Leopold Varga", "works for", "chief executive"),
        ("the Greyfriars Comedy Collective", "Imogen Tsai", "member of", None),
    ]),
]


def comparable(row: tuple, lists: set[int]) -> tuple:
    """A row with its comma-joined lists as sets: GROUP_CONCAT's order is unspecified."""
    return tuple(set(value.split(", ")) if i in lists and isinstance(value, str) else value
                 for i, value in enumerate(row))


@pytest.mark.parametrize(("name", "params", "expected"), CASES,
                         ids=[f"{c[0]}-{'-'.join(c[1].values()) or 'all'}" for c in CASES])
def test_named_query_on_the_sample_articles(sample_graph, name, params, expected):
    lists = {i for row in expected for i, value in enumerate(row) if isinstance(value, set)}
    found = [comparable(row, lists) for row in run_named_query([sample_graph], name, params).rows()]
    assert all(comparable(row, lists) in found for row in expected), found


@pytest.mark.parametrize(("name", "params"), [
    ("cast", {"work": "No Such Show"}), ("credits", {"person": "Nobody Atall"}),
    ("works-by-network", {"name": "no such network"}), ("organizations", {"name": "no such company"}),
])
def test_named_query_unknown_name_finds_nothing(sample_graph, name, params):
    assert list(run_named_query([sample_graph], name, params).rows()) == []


@pytest.mark.parametrize(("name", "params", "column", "wanted"), [
    ("works-by-network", {"name": "paramount+"}, 0, "Paramount+"),
    ("works-by-studio", {"name": "tin roof pictures"}, 0, "Tin Roof Pictures"),
    ("organizations", {"name": "meridian peak studios"}, 0, "Meridian Peak Studios"),
    ("co-stars", {"name": "Marisol Vantreece"}, 0, "Marisol Vantreece"),
])
def test_named_query_name_filter_keeps_only_that_name(sample_graph, name, params, column, wanted):
    rows = list(run_named_query([sample_graph], name, params).rows())
    assert rows and {row[column] for row in rows} == {wanted}


@pytest.mark.parametrize(("bounds", "inside"), [
    ({"from": "2020", "to": "2020-12"}, lambda d: d[:4] == "2020"),
    ({"from": "2019-03-15"}, lambda d: d >= "2019-03-15"),
    ({"to": "2019"}, lambda d: d[:4] <= "2019"),
])
def test_named_query_premieres_within_the_range(sample_graph, bounds, inside):
    dates = [row[0] for row in run_named_query([sample_graph], "premieres", bounds).rows()]
    every = [row[0] for row in run_named_query([sample_graph], "premieres").rows()]
    assert all(inside(d) for d in dates)
    assert set(dates) <= set(every)


def test_named_query_premieres_are_a_timeline(sample_graph):
    dates = [row[0] for row in run_named_query([sample_graph], "premieres").rows()]
    assert dates == sorted(dates)


def test_named_query_co_stars_without_a_name_list_each_pair_once(sample_graph):
    pairs = [(row[0], row[1]) for row in run_named_query([sample_graph], "co-stars").rows()]
    assert len(pairs) == len({frozenset(pair) for pair in pairs})


def test_named_queries_each_have_a_test():
    assert {case[0] for case in CASES} == set(named_queries())


def test_named_queries_each_start_with_a_one_line_description():
    folder = resources.files("showgraph").joinpath("queries")
    files = sorted(entry.name for entry in folder.iterdir() if entry.name.endswith(".rq"))
    assert len(files) == len(named_queries()) >= 9
    for entry in files:
        first = folder.joinpath(entry).read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# description: ") and first.endswith("."), entry


def test_named_queries_params_are_documented():
    for named in named_queries().values():
        for param in named.params:
            assert param.help and f"${param.name}" in named.text, (named.name, param.name)
