"""The named queries shipped in showgraph/queries, each on the sample articles.

The expected rows are what the extractor finds in data/articles (checked
against data/articles/gold.jsonl where the gold has the fact); a change to the
extractor that changes them should be seen here.
"""

from __future__ import annotations

from importlib import resources

import pytest

from showgraph.named_queries import named_queries, run_named_query

CASES = [
    # (query, params, expected rows, exact: the rows are all the rows)
    ("cast", {"work": "the glass orchard"}, [
        ("Beck Ansley", "Lucien Achard"),
        ("Colm Barrister", None),  # he plays Father Eddery in the Frostline episode
        ("Dario Fenwick", "Augustin Achard"),
        ("Lena Oduya", "Priya Sethi"),
        ("Marisol Vantreece", "Delphine Achard"),
        ("Tobiah Renwick", None),
    ], True),
    ("cast", {"work": "Quarter Moon Motel"}, [
        ("Gideon Marsh", "Teddy Okafor"),
        ("Hattie Szelag", "Birdie Lomax"),
        ("June Abernathy-Cole", "Birdie Lomax"),  # the gold says Loretta: an extraction error
    ], True),
    ("cast", {"work": "No Such Show"}, [], True),
    ("credits", {"person": "Tobiah Renwick"}, [
        ("Cold Meridian", "producer", None),
        ("The Glass Orchard", "actor", None),
        ("The Glass Orchard", "creator", None),
        ("The Glass Orchard", "producer", None),
    ], True),
    ("credits", {"person": "JONAH LISLE"}, [
        ("Ironbark", "actor", "Pip"),
        ("The Crane Who Wanted the Moon", "actor", "Pip"),
    ], True),
    ("works-by-network", {}, [
        ("FX", "Lantern Street"), ("HBO", "The Glass Orchard"), ("Hulu", "Copper Saints"),
        ("Netflix", "Quarter Moon Motel"), ("Paramount+", "Half-Light Division"),
        ("Paramount+", "The Tidewater Accord"),
    ], True),
    ("works-by-network", {"name": "paramount+"}, [
        ("Paramount+", "Half-Light Division"), ("Paramount+", "The Tidewater Accord"),
    ], True),
    ("works-by-studio", {}, [
        ("Lodestar Pictures", "Half-Light Division"),
        ("Stillwater Lane Productions", "The Glass Orchard"),
        ("Tin Roof Pictures", "Quarter Moon Motel"),
        ("Chandrakant Studios", "Tamarind Summer"),
        ("Pellucid Films", "Tamarind Summer"),
    ], False),
    ("works-by-studio", {"name": "Tin Roof Pictures"}, [
        ("Tin Roof Pictures", "Quarter Moon Motel"),
    ], True),
    ("works-by-distributor", {}, [
        ("A24", "Saltwater Hymn"), ("Paramount Pictures", "The Crane Who Wanted the Moon"),
    ], True),
    ("premieres", {}, [
        ("2019-03", "Lantern Street", "work", "FX"),
        ("2020-09-13", "The Glass Orchard", "work", "HBO"),
        ("2021-03-07", "Nordvind Film", "work", None),
    ], True),
    ("premieres", {"from": "2020", "to": "2020-12"}, [
        ("2020-09-13", "The Glass Orchard", "work", "HBO"),
    ], True),
    ("premieres", {"from": "2019-03-15"}, [  # a month's date is not after a day in it
        ("2020-09-13", "The Glass Orchard", "work", "HBO"),
        ("2021-03-07", "Nordvind Film", "work", None),
    ], True),
    ("premieres", {"to": "2019"}, [("2019-03", "Lantern Street", "work", "FX")], True),
    ("multiple-roles", {}, [
        ("Cold Storage", "Thom Radcliffe-Oyo", 2, {"creator", "director"}),
        ("Frostline", "Hanne Solberg", 2, {"director", "writer"}),
        ("Nordvind Film", "Holm-Brix", 2, {"creator", "director"}),
        ("Nordvind Film", "Mette Kjærsgaard", 2, {"creator", "director"}),
        ("Quarter Moon Motel", "Hattie Szelag", 3, {"actor", "creator", "producer"}),
        ("The Glass Orchard", "Tobiah Renwick", 3, {"actor", "creator", "producer"}),
    ], True),
    ("co-stars", {"name": "Marisol Vantreece"}, [
        ("Marisol Vantreece", "Colm Barrister", 2, {"The Glass Orchard", "Frostline"}),
        ("Marisol Vantreece", "Beck Ansley", 1, {"The Glass Orchard"}),
        ("Marisol Vantreece", "Dario Fenwick", 1, {"The Glass Orchard"}),
        ("Marisol Vantreece", "Lena Oduya", 1, {"The Glass Orchard"}),
        ("Marisol Vantreece", "Tobiah Renwick", 1, {"The Glass Orchard"}),
    ], True),
    ("co-stars", {}, [
        ("Colm Barrister", "Marisol Vantreece", 2, {"The Glass Orchard", "Frostline"}),
        ("Gideon Marsh", "June Abernathy-Cole", 1, {"Quarter Moon Motel"}),
        ("Dario Fenwick", "Nadira Voss", 1, {"Cold Meridian"}),
    ], False),
    ("organizations", {}, [
        ("Meridian Peak Studios", "Leopold Varga", "works for", "chief executive"),
        ("the Greyfriars Comedy Collective", "Imogen Tsai", "member of", None),
    ], True),
    ("organizations", {"name": "meridian peak studios"}, [
        ("Meridian Peak Studios", "Leopold Varga", "works for", "chief executive"),
    ], True),
]


def comparable(row: tuple, lists: set[int]) -> tuple:
    """A row with its comma-joined lists as sets: GROUP_CONCAT's order is unspecified."""
    return tuple(set(value.split(", ")) if i in lists and isinstance(value, str) else value
                 for i, value in enumerate(row))


@pytest.mark.parametrize(("name", "params", "expected", "exact"), CASES,
                         ids=[f"{c[0]}-{'-'.join(c[1].values()) or 'all'}" for c in CASES])
def test_named_query_on_the_sample_articles(sample_graph, name, params, expected, exact):
    lists = {i for row in expected for i, value in enumerate(row) if isinstance(value, set)}
    found = [comparable(row, lists) for row in run_named_query([sample_graph], name, params).rows()]
    wanted = [comparable(row, lists) for row in expected]
    if exact:
        assert found == wanted
    else:
        assert all(row in found for row in wanted), found


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
