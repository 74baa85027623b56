"""The named queries shipped in showgraph/queries, each on the sample articles."""

from __future__ import annotations

from importlib import resources

import pytest

from showgraph.named_queries import named_queries, run_named_query

ANY = object()  # a cell whose value the test does not pin down

# (query, params, rows that must be there, values no row may hold, exact: those are all the rows)
# Rows are what the extractor finds and data/articles/gold.jsonl agrees with,
# so that improving the extractor seldom changes them; a filter's rows are
# exact, as the filter is what those cases test.
CASES = [
    ("cast", {"work": "the glass orchard"}, [
        ("Beck Ansley", "Lucien Achard"),
        ("Dario Fenwick", "Augustin Achard"),
        ("Lena Oduya", "Priya Sethi"),
        ("Marisol Vantreece", "Delphine Achard"),
    ], {"Gideon Marsh", "Teddy Okafor"}, False),
    ("cast", {"work": "Quarter Moon Motel"}, [
        ("Gideon Marsh", "Teddy Okafor"),
        ("Hattie Szelag", "Birdie Lomax"),
    ], {"Beck Ansley", "Lucien Achard"}, False),
    ("cast", {"work": "No Such Show"}, [], set(), True),
    ("credits", {"person": "Tobiah Renwick"}, [
        ("The Glass Orchard", "creator", None),
        ("The Glass Orchard", "producer", None),
    ], {"Ironbark", "director"}, False),
    ("credits", {"person": "JONAH LISLE"}, [
        ("Ironbark", "actor", "Pip"),
    ], {"Saltwater Hymn", "The Glass Orchard"}, False),
    ("works-by-network", {}, [
        ("FX", "Lantern Street"), ("HBO", "The Glass Orchard"), ("Hulu", "Copper Saints"),
        ("Netflix", "Quarter Moon Motel"), ("Paramount+", "Half-Light Division"),
        ("Paramount+", "The Tidewater Accord"),
    ], {"A24"}, False),
    ("works-by-network", {"name": "paramount+"}, [
        ("Paramount+", "Half-Light Division"), ("Paramount+", "The Tidewater Accord"),
    ], set(), True),
    ("works-by-studio", {}, [
        ("Lodestar Pictures", "Half-Light Division"),
        ("Stillwater Lane Productions", "The Glass Orchard"),
        ("Tin Roof Pictures", "Quarter Moon Motel"),
    ], {"HBO", "A24"}, False),
    ("works-by-studio", {"name": "Tin Roof Pictures"}, [
        ("Tin Roof Pictures", "Quarter Moon Motel"),
    ], set(), True),
    ("works-by-distributor", {}, [("A24", "Saltwater Hymn")], {"HBO", "Lodestar Pictures"}, False),
    ("works-by-distributor", {"name": "a24"}, [("A24", "Saltwater Hymn")], set(), True),
    ("premieres", {}, [
        ("2019-03", "Lantern Street", "series", "FX"),
        ("2020-09-13", "The Glass Orchard", ANY, "HBO"),
    ], set(), False),
    ("premieres", {"from": "2020", "to": "2020-12"}, [
        ("2020-09-13", "The Glass Orchard", ANY, "HBO"),
    ], set(), True),
    ("premieres", {"from": "2019-03-15"}, [  # a month's date is not after a day in it
        ("2020-09-13", "The Glass Orchard", ANY, "HBO"),
        ("2021-03-07", "Hvidsand", "work", ANY),
    ], set(), True),
    ("premieres", {"to": "2019"}, [("2018", "Nightglass", "work", None),  # "Nightglass", the 2018 game
                                   ("2019-03", "Lantern Street", "series", "FX")], set(), True),
    ("multiple-roles", {}, [
        ("Cold Storage", "Thom Radcliffe-Oyo", 2, {"creator", "director"}),
        ("Quarter Moon Motel", "Hattie Szelag", 3, {"actor", "creator", "producer"}),
        ("The Glass Orchard", "Tobiah Renwick", ANY, ANY),
    ], {"Gideon Marsh"}, False),
    ("co-stars", {"name": "Marisol Vantreece"}, [
        ("Marisol Vantreece", "Beck Ansley", 1, {"The Glass Orchard"}),
        ("Marisol Vantreece", "Colm Barrister", ANY, ANY),
        ("Marisol Vantreece", "Dario Fenwick", 1, {"The Glass Orchard"}),
        ("Marisol Vantreece", "Lena Oduya", 1, {"The Glass Orchard"}),
    ], {"Gideon Marsh"}, False),
    ("co-stars", {}, [
        ("Cosima Trevelyan", "Reuben Kalu", 1, {"Half-Light Division"}),
        ("Gideon Marsh", "June Abernathy-Cole", 1, {"Quarter Moon Motel"}),
    ], set(), False),
    ("organizations", {}, [
        ("Meridian Peak Studios", "Leopold Varga", "works for", "chief executive"),
        ("the Greyfriars Comedy Collective", "Imogen Tsai", "member of", None),
    ], {"Netflix"}, False),
    ("organizations", {"name": "meridian peak studios"}, [
        ("Meridian Peak Studios", "Joanna Kestrel", "works for", "president"),
        ("Meridian Peak Studios", "Leopold Varga", "works for", "chief executive"),
    ], set(), True),
]


def comparable(row: tuple, lists: set[int]) -> tuple:
    """A row with its comma-joined lists as sets: GROUP_CONCAT's order is unspecified."""
    return tuple(set(value.split(", ")) if i in lists and isinstance(value, str) else value
                 for i, value in enumerate(row))


def matches(row: tuple, pattern: tuple) -> bool:
    return len(row) == len(pattern) and all(
        want is ANY or got == want for got, want in zip(row, pattern))


@pytest.mark.parametrize(("name", "params", "expected", "absent", "exact"), CASES,
                         ids=[f"{c[0]}-{'-'.join(c[1].values()) or 'all'}" for c in CASES])
def test_named_query_on_the_sample_articles(sample_graph, name, params, expected, absent, exact):
    lists = {i for row in expected for i, value in enumerate(row) if isinstance(value, set)}
    found = [comparable(row, lists) for row in run_named_query([sample_graph], name, params).rows()]
    for pattern in expected:
        assert any(matches(row, pattern) for row in found), (pattern, found)
    assert not absent & {value for row in found for value in row if isinstance(value, str)}
    if exact:
        assert len(found) == len(expected), found


@pytest.mark.parametrize("name", ["multiple-roles", "co-stars"])
def test_named_query_counts_agree_with_their_lists(sample_graph, name):
    rows = list(run_named_query([sample_graph], name).rows())
    assert rows
    for row in rows:
        assert row[2] == len(set(row[3].split(", "))) and (name == "co-stars" or row[2] > 1)


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
