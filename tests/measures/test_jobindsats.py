"""jobindsats client (against recorded answers via httpx.MockTransport), readers and the
reconciliation of our early-effort shares with the official ones."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import httpx
import pytest

from tilsyn.measures.early import PART_INTERVIEWS, MonthShare
from tilsyn.measures.jobindsats import (
    JobindsatsClient,
    JobindsatsError,
    OfficialFigure,
    parse_value,
    period_month,
    read_official,
)
from tilsyn.measures.reconcile import ReconcileError, reconcile

FIXTURES = Path(__file__).parent / "fixtures"
SHARE = "Andel med mindst 4 jobsamtaler (pct.)"
COUNT = "Antal personer med 6 mdr. anciennitet"


def recorded(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def taarnby(figures: list[OfficialFigure], measure: str = SHARE) -> dict[str, Decimal | None]:
    return {f.period: f.value for f in figures if f.area == "Tårnby" and f.measure == measure}


EXPECTED = {"2024M05": Decimal("75.0"), "2024M06": Decimal("80.5"), "2024M07": None}


@pytest.mark.parametrize(
    "name", ["jobindsats_v2_data.json", "jobindsats_v3_data.json", "jobindsats_export.csv"]
)
def test_every_format_reads_to_the_same_figures(name: str) -> None:
    figures = read_official(FIXTURES / name)
    assert {k: v if v is None else v.normalize() for k, v in taarnby(figures).items()} == {
        k: v if v is None else v.normalize() for k, v in EXPECTED.items()
    }
    assert taarnby(figures, COUNT)["2024M06"] == Decimal(1210)
    assert ("Ydelsesgruppe", "I alt") in figures[0].dimensions


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("85,3", Decimal("85.3")),
        ("1.234", Decimal("1234")),
        ("1.234,5", Decimal("1234.5")),
        (12, Decimal(12)),
        ("..", None),
        ("-", None),
        ("", None),
        (None, None),
    ],
)
def test_danish_numbers_and_suppressed_cells(raw: object, value: Decimal | None) -> None:
    assert parse_value(raw) == value


def test_a_non_number_is_an_error_naming_the_value() -> None:
    with pytest.raises(JobindsatsError, match="'abc'"):
        parse_value("abc")


def test_periods() -> None:
    assert period_month("2024M03") == dt.date(2024, 3, 1)
    assert period_month("2024-12") == dt.date(2024, 12, 1)
    assert period_month("2024Q1") is None
    assert period_month("2024M13") is None


def test_an_unknown_shape_and_a_missing_measure_are_clear_errors(tmp_path: Path) -> None:
    bad = tmp_path / "x.json"
    bad.write_text(json.dumps({"data": []}), encoding="utf-8")
    with pytest.raises(JobindsatsError, match="ukendt svarformat"):
        read_official(bad)
    with pytest.raises(JobindsatsError, match="målet findes ikke"):
        read_official(FIXTURES / "jobindsats_export.csv", measures=["Andel i alt"])
    with pytest.raises(JobindsatsError, match="kender kun"):
        read_official(FIXTURES / "README.md")


# --- the client ---------------------------------------------------------------------------


class Recorder:
    """Serves recorded answers and keeps the requests it saw."""

    def __init__(self, routes: dict[tuple[str, str], str]) -> None:
        self.routes = routes
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        name = self.routes.get((request.method, request.url.path))
        if name is None:
            return httpx.Response(404, text="not found")
        return httpx.Response(200, text=recorded(name))


def test_v2_posts_the_query_with_the_key_as_authorization() -> None:
    rec = Recorder(
        {
            ("POST", "/v2/data/ytest01/json"): "jobindsats_v2_data.json",
            ("GET", "/v2/tables/ytest01/json"): "jobindsats_v2_tables.json",
        }
    )
    with JobindsatsClient("KEY-123", transport=httpx.MockTransport(rec)) as client:
        assert client.periods("YTEST01") == ["2024M05", "2024M06", "2024M07"]
        figures = client.data(
            "YTEST01",
            periods=["2024M05", "2024M06"],
            filters={"_ygrp": ["I alt"]},
            measures=[SHARE],
        )
    assert taarnby(figures)["2024M06"] == Decimal("80.5")
    post = rec.requests[-1]
    assert post.headers["Authorization"] == "KEY-123"
    assert str(post.url) == "https://api.jobindsats.dk/v2/data/ytest01/json"
    assert json.loads(post.content) == {
        "area": "*",
        "period": ["2024M05", "2024M06"],
        "_ygrp": ["I alt"],
    }


def test_v3_gets_with_a_bearer_token_and_query_parameters() -> None:
    rec = Recorder({("GET", "/v3/data/ytest01"): "jobindsats_v3_data.json"})
    client = JobindsatsClient("TOKEN", version="v3", transport=httpx.MockTransport(rec))
    figures = client.data("ytest01", periods=["latest:3"], hierarchy={"_nykom": "*"})
    assert taarnby(figures)["2024M05"] == Decimal(75)
    request = rec.requests[-1]
    assert request.headers["Authorization"] == "Bearer TOKEN"
    assert request.url.params["period.M"] == "latest:3"
    assert request.url.params["hierarchy._nykom"] == "*"
    assert request.url.params["format"] == "json"


def test_a_rejected_key_is_reported_as_such() -> None:
    transport = httpx.MockTransport(lambda r: httpx.Response(401, text="Unauthorized"))
    client = JobindsatsClient("WRONG", transport=transport)
    with pytest.raises(JobindsatsError, match="afviste nøglen"):
        client.subjects()
    with pytest.raises(JobindsatsError, match="tom"):
        JobindsatsClient("  ")


# --- reconciliation -----------------------------------------------------------------------


def ours(month: str, population: int, compliant: int, municipality: str = "185") -> MonthShare:
    return MonthShare(
        municipality=municipality,
        month=dt.date.fromisoformat(f"{month}-01"),
        part=PART_INTERVIEWS,
        population=population,
        compliant=compliant,
        threshold=Fraction(4, 5),
        below=False,
        run=0,
        flagged=False,
        complete=True,
    )


def test_reconciliation_shows_ours_official_and_the_difference_per_month() -> None:
    official = read_official(FIXTURES / "jobindsats_export.csv")
    rows = reconcile(
        [ours("2024-05", 12, 9), ours("2024-06", 10, 9), ours("2024-08", 3, 3)],
        official,
        part=PART_INTERVIEWS,
        measure=SHARE,
        areas={"185": "Tårnby"},
    )
    by_month = {r.month.strftime("%Y-%m"): r for r in rows}
    assert list(by_month) == ["2024-05", "2024-06", "2024-07", "2024-08"]
    assert (by_month["2024-05"].ours_pct, by_month["2024-05"].difference_pp) == (
        Decimal("75.0"),
        Decimal("0.0"),
    )
    assert by_month["2024-06"].difference_pp == Decimal("9.5")  # 90,0 vs 80,5
    assert by_month["2024-07"].ours_pct is None
    assert by_month["2024-07"].official_pct is None
    assert by_month["2024-08"].official_pct is None
    assert by_month["2024-08"].difference_pp is None


def test_two_official_values_for_one_month_need_a_dimension() -> None:
    figs = [
        OfficialFigure("Tårnby", "2024M05", SHARE, Decimal(70), (("Ydelse", "Dagpenge"),)),
        OfficialFigure("Tårnby", "2024M05", SHARE, Decimal(90), (("Ydelse", "Kontanthjælp"),)),
    ]
    with pytest.raises(ReconcileError, match="dimension"):
        reconcile([], figs, part=PART_INTERVIEWS, measure=SHARE, areas={"185": "Tårnby"})
    rows = reconcile(
        [],
        figs,
        part=PART_INTERVIEWS,
        measure=SHARE,
        areas={"185": "Tårnby"},
        dimensions={"Ydelse": "Dagpenge"},
    )
    assert [r.official_pct for r in rows] == [Decimal(70)]
