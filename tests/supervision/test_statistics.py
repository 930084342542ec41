"""Supervision statistics through the application layer."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from scipy import stats

from supervision.reviews_factory import done_review, opinion
from tilsyn.app import AccessDenied, Actor, Role
from tilsyn.app import supervision_stats as st
from tilsyn.data.workspace import Workspace

pytestmark = pytest.mark.django_db

TAARNBY = Actor("anna", Role.coordinator, frozenset({"185", "155"}))
DRAGOER = Actor("dragoer", Role.partner_viewer, frozenset({"155"}))


def _month(m: int, day: int = 15) -> dt.date:
    return dt.date(2026, m, day)


def test_error_rates_per_team_with_wilson_intervals_and_the_indicative_flag() -> None:
    for i in range(30):
        done_review(sent_on=_month(3), team="Team A", severities=("material",) if i < 6 else ())
    for i in range(8):
        done_review(sent_on=_month(3), team="Team B", severities=("serious",) if i < 4 else ())
    done_review(sent_on=_month(3), team="Team B", severities=("minor",))  # minor is not an error
    rows = {r.group: r for r in st.error_rates(TAARNBY, by="team")}
    a, b, total = rows["Team A"], rows["Team B"], rows["I alt"]
    assert (a.errors, a.reviewed, b.errors, b.reviewed) == (6, 30, 4, 9)
    ci = stats.binomtest(6, 30).proportion_ci(0.95, method="wilson")
    assert a.low == pytest.approx(ci.low)
    assert a.high == pytest.approx(ci.high)
    assert not a.indicative
    assert b.indicative  # 9 cases
    assert (total.errors, total.reviewed) == (10, 39)


def test_clopper_pearson_on_request() -> None:
    for i in range(20):
        done_review(sent_on=_month(4), severities=("material",) if i < 2 else ())
    (row, _total) = st.error_rates(TAARNBY, by="area", method="clopper_pearson")
    ci = stats.binomtest(2, 20).proportion_ci(0.95, method="exact")
    assert row.low == pytest.approx(ci.low)
    assert row.high == pytest.approx(ci.high)


def test_external_actors_are_a_group_of_their_own() -> None:
    done_review(sent_on=_month(5), organisation="ISU", severities=("material",))
    done_review(sent_on=_month(5), organisation="Jobcenter Tårnby")
    groups = [r.group for r in st.error_rates(TAARNBY, by="organisation")]
    assert groups == ["ISU", "Jobcenter Tårnby", "I alt"]


def test_the_partner_municipality_counts_only_its_own_cases() -> None:
    done_review(sent_on=_month(5), municipality="185", severities=("material",))
    done_review(sent_on=_month(5), municipality="155")
    rows = st.error_rates(DRAGOER, by="municipality")
    assert [(r.group, r.errors, r.reviewed) for r in rows] == [("155", 0, 1), ("I alt", 0, 1)]


def test_reviews_not_yet_through_four_eyes_do_not_count() -> None:
    done_review(sent_on=_month(5), status="second_review", severities=("serious",))
    assert st.error_rates(TAARNBY, by="area")[-1].reviewed == 0


def test_trend_and_a_clear_improvement_after_intensified_supervision() -> None:
    for m in (8, 9, 10):
        for i in range(40):
            done_review(sent_on=_month(m), severities=("material",) if i < 12 else ())
    for m in (11, 12):
        for i in range(40):
            done_review(sent_on=_month(m), severities=("material",) if i < 3 else ())
    points = st.trend(TAARNBY)
    assert [p.month for p in points] == ["2026-08", "2026-09", "2026-10", "2026-11", "2026-12"]
    assert points[0].rate.rate == pytest.approx(0.30)
    change = st.compare_periods(
        TAARNBY, before=("2026-08", "2026-10"), after=("2026-11", "2026-12")
    )
    assert change.label == "tydelig forbedring"


def test_the_risk_score_sets_each_caseworkers_next_review(generated_ws: Workspace) -> None:
    for m in (7, 8, 9, 10):
        for i in range(6):
            done_review(
                sent_on=_month(m), caseworker="cw-poor", severities=("material",) if i < 3 else ()
            )
            done_review(sent_on=_month(m), caseworker="cw-good")
    done_review(sent_on=_month(10, 20), caseworker="cw-serious", severities=("serious",))
    for m in (7, 8, 9):
        for _ in range(6):
            done_review(sent_on=_month(m), caseworker="cw-serious")
    result = {
        a.subject: a for a in st.review_frequencies(TAARNBY, generated_ws, dt.date(2026, 10, 31))
    }
    assert result["cw-poor"].interval_months == 1
    assert result["cw-poor"].next_review_month == "2026-11"
    assert result["cw-good"].interval_months == 3
    assert result["cw-good"].next_review_month == "2027-01"
    assert result["cw-serious"].interval_months == 1
    assert "Alvorlig fejl ved seneste gennemgang" in result["cw-serious"].reasons
    # Caseworkers in the snapshot without reviews are uncertain, so reviewed monthly.
    from_snapshot = [a for s, a in result.items() if not s.startswith("cw-")]
    assert from_snapshot
    assert all(a.interval_months == 1 for a in from_snapshot)


def test_a_caseworker_may_not_see_risk_assessments(generated_ws: Workspace) -> None:
    with pytest.raises(AccessDenied):
        st.review_frequencies(
            Actor("sb", Role.caseworker, {"185"}), generated_ws, dt.date(2026, 10, 31)
        )


def test_agreement_between_the_two_reviewers() -> None:
    r = done_review(sent_on=_month(6))
    pairs = [("ja", "ja")] * 20 + [("ja", "nej")] * 5 + [("nej", "ja")] * 10 + [("nej", "nej")] * 15
    for i, (a, b) in enumerate(pairs):
        opinion(r, f"q{i}", a, b)
    agreement = st.reviewer_agreement(TAARNBY)
    assert agreement is not None
    assert agreement.kappa == pytest.approx(0.4)


def _write_auditor_csv(path: Path, rows: list[str]) -> Path:
    path.write_text(
        "person_id;benefit;municipality;is_error;auditor;comment\n" + "\n".join(rows) + "\n",
        encoding="utf-8",
    )
    return path


def test_auditor_findings_are_imported_and_compared_with_managements(tmp_path: Path) -> None:
    verdicts = [
        (True, True),
        (True, True),
        (False, False),
        (False, False),
        (False, True),
        (True, False),
    ]
    lines = []
    for i, (mgmt, auditor) in enumerate(verdicts):
        done_review(sent_on=_month(6), person=f"A{i}", severities=("material",) if mgmt else ())
        lines.append(f"A{i};kontanthjaelp;185;{'ja' if auditor else 'nej'};Revisionsfirma;")
    assert st.import_auditor_findings(TAARNBY, _write_auditor_csv(tmp_path / "rev.csv", lines)) == 6
    agreement = st.auditor_agreement(TAARNBY)
    assert agreement is not None
    assert agreement.n == 6
    assert agreement.observed == pytest.approx(4 / 6)
    assert agreement.kappa == pytest.approx((4 / 6 - 0.5) / 0.5)


def test_auditor_findings_from_excel(tmp_path: Path) -> None:
    import xlsxwriter

    path = tmp_path / "revision.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet()
    for r, row in enumerate(
        [
            ["person_id", "benefit", "municipality", "is_error", "auditor"],
            ["X1", "sygedagpenge", "185", "nej", "EY"],
        ]
    ):
        ws.write_row(r, 0, row)
    wb.close()
    assert st.import_auditor_findings(TAARNBY, path) == 1


def test_a_bad_auditor_file_names_row_and_column_and_imports_nothing(tmp_path: Path) -> None:
    from tilsyn.store.supervision.models import AuditorFinding

    path = _write_auditor_csv(
        tmp_path / "rev.csv",
        [
            "A1;kontanthjaelp;185;ja;EY;",
            "A2;kontanthjaelp;18;måske;EY;",
            "A3;kontanthjaelp;101;nej;;",
        ],
    )
    with pytest.raises(ValueError, match=r"rev\.csv:3:is_error") as err:
        st.import_auditor_findings(TAARNBY, path)
    message = str(err.value)
    assert "rev.csv:3:is_error: 'måske' — forventede ja eller nej" in message
    assert "rev.csv:3:municipality: '18' — forventede en 3-cifret kommunekode" in message
    assert "rev.csv:4:municipality: '101' — uden for dine kommuner" in message
    assert "rev.csv:4:auditor: tom — forventede en værdi" in message
    assert AuditorFinding.objects.count() == 0


def test_an_auditor_file_without_required_columns(tmp_path: Path) -> None:
    path = tmp_path / "rev.csv"
    path.write_text("person_id;benefit\nA;b\n", encoding="utf-8")
    with pytest.raises(ValueError, match="kolonnerne mangler: municipality, is_error, auditor"):
        st.import_auditor_findings(TAARNBY, path)
