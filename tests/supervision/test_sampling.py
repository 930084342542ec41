"""Drawing cases: reproducibility, proportional strata, risk weights, engine targets."""

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from tilsyn.supervision.sampling import Case, Flag, SamplePlan, allocate, draw, load_plan
from tilsyn.supervision.schema import SchemaError


def population() -> list[Case]:
    cases = []
    # Team A 60 cases, team B 30, team C (an external actor) 10.
    for team, n, org in (("A", 60, "jobcenter"), ("B", 30, "jobcenter"), ("C", 10, "isu")):
        for i in range(n):
            flags: tuple[Flag, ...] = ()
            if i % 10 == 0:
                flags = (Flag("first_interview", "overdue", "2026-03-01", 12),)
            cases.append(
                Case(
                    person_id=f"p{team}{i:03d}",
                    benefit="kontanthjaelp" if i % 3 else "sygedagpenge",
                    municipality="185" if i % 4 else "155",
                    caseworker_id=f"sb{team}{i % 3}",
                    team=team,
                    organisation=org,
                    flags=flags,
                    due_obligations=2,
                )
            )
    return cases


def plan(**kw: object) -> SamplePlan:
    base: dict[str, object] = {"name": "test", "method": "random", "seed": 7, "size": 20}
    base.update(kw)
    return SamplePlan.model_validate(base)


def keys(sample: object) -> list[str]:
    return [f"{c.person_id}|{c.benefit}" for c in sample.cases]  # type: ignore[attr-defined]


def test_same_plan_seed_and_population_give_the_same_cases() -> None:
    first = draw(plan(), population(), snapshot_id="s1")
    again = draw(plan(), list(reversed(population())), snapshot_id="s1")
    assert keys(first) == keys(again)
    assert first.population_fingerprint == again.population_fingerprint
    assert first.plan_hash == again.plan_hash
    assert keys(draw(plan(seed=8), population())) != keys(first)


def test_a_draw_is_the_same_in_another_process_with_another_hash_seed() -> None:
    code = (
        f"import json, sys; sys.path.insert(0, {str(Path(__file__).parent)!r})\n"
        "from test_sampling import population, plan, keys\n"
        "from tilsyn.supervision.sampling import draw\n"
        "print(json.dumps(keys(draw(plan(method='stratified', strata=['team']), population()))))"
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    local = keys(draw(plan(method="stratified", strata=["team"]), population()))
    assert json.loads(out.stdout) == local


def test_stratified_allocation_is_proportional() -> None:
    sample = draw(plan(method="stratified", strata=["team"]), population())
    drawn = Counter(c.team for c in sample.cases)
    assert drawn == {"A": 12, "B": 6, "C": 2}
    assert {s.stratum: (s.population, s.drawn) for s in sample.strata} == {
        "team A": (60, 12),
        "team B": (30, 6),
        "team C": (10, 2),
    }
    assert all(c.stratum == f"team {c.team}" for c in sample.cases)
    assert all("proportional fordeling" in c.reason for c in sample.cases)


def test_largest_remainders_and_capacity() -> None:
    assert allocate({"a": 5, "b": 5, "c": 5}, {}, 7) == {"a": 3, "b": 2, "c": 2}
    assert allocate({"a": 1, "b": 99}, {"a": 100.0, "b": 1.0}, 10) == {"a": 1, "b": 9}
    assert allocate({"a": 2, "b": 3}, {}, 50) == {"a": 2, "b": 3}


def test_two_keys_make_crossed_strata() -> None:
    sample = draw(plan(method="stratified", strata=["team", "municipality"], size=40), population())
    assert {s.stratum for s in sample.strata} >= {"team A, kommune 185", "team C, kommune 155"}
    assert sample.size == 40


def test_risk_based_sampling_takes_more_from_the_riskier_stratum() -> None:
    history = {"team A": (1, 40), "team B": (12, 30)}
    sample = draw(plan(method="risk", strata=["team"], size=30), population(), history=history)
    drawn = Counter(c.team for c in sample.cases)
    # Team B is half as large as A but has a far higher error rate.
    assert drawn["B"] > drawn["A"]
    assert drawn["C"] >= 1  # the floor keeps every stratum in play
    reason = next(c.reason for c in sample.cases if c.team == "B")
    assert "risikobaseret: team B" in reason
    assert "fejlrate 40 % i 30 tidligere gennemgange" in reason


def test_targeted_sampling_takes_only_flagged_cases_and_says_why() -> None:
    sample = draw(plan(method="targeted", size=None), population())
    assert sample.size == 10
    assert all(c.flags for c in sample.cases)
    assert (
        sample.cases[0].reason == "motoren har markeret sagen: first_interview overskredet 12 dage"
    )


def test_targeting_a_rule_the_engine_never_flagged_draws_nothing() -> None:
    sample = draw(
        plan(method="targeted", size=None, targeting={"rules": ["offer_6m"]}), population()
    )
    assert sample.size == 0


def test_a_campaign_reviews_every_case_in_the_filter() -> None:
    p = plan(method="census", size=None, filter={"organisations": ["isu"]})
    sample = draw(p, population())
    assert sample.size == 10
    assert {c.organisation for c in sample.cases} == {"isu"}
    assert sample.cases[0].reason == "alle sager i kampagnen gennemgås"


def test_size_from_attribute_sampling_on_the_filtered_caseload() -> None:
    p = plan(size=None, size_rule={"confidence": 0.95, "tolerable": 0.10})
    sample = draw(p, population())
    assert sample.size_method == "hypergeometric"
    assert sample.size == 25  # 100 cases, 10 % tolerable, 95 %: hypergeometric size


def test_the_same_case_twice_is_refused() -> None:
    cases = population()
    with pytest.raises(ValueError, match="mere end én gang"):
        draw(plan(), [*cases, cases[0]])


def test_a_plan_file_is_read(tmp_path: Path) -> None:
    f = tmp_path / "plan.yaml"
    f.write_text(
        "name: Marts 2026\nmethod: stratified\nseed: 1\nsize: 10\nstrata: [team]\n"
        "filter:\n  benefits: [kontanthjaelp]\n",
        encoding="utf-8",
    )
    p = load_plan(f)
    assert p.strata == ["team"]
    assert p.filter.benefits == ["kontanthjaelp"]


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            "name: x\nmethod: stratified\nseed: 1\nsize: 10\n",
            "plan.yaml: (roden): method stratified kræver strata",
        ),
        (
            "name: x\nmethod: random\nseed: 1\nsize: 10\nstrata: [tema]\n",
            "plan.yaml: strata[0]: 'tema' er ikke tilladt",
        ),
        ("name: x\nmethod: random\nseed: one\nsize: 10\n", "plan.yaml: seed: skal være et heltal"),
        ("name: x\nmethod: random\nseed: 1\nsize: 10\nsiez: 3\n", "plan.yaml: siez: ukendt nøgle"),
        ("name: x\nmethod: random\nseed: 1\n", "angiv præcis én af size og size_rule"),
        (
            "name: x\nmethod: random\nseed: 1\nsize: 5\nfilter:\n  benefit: [x]\n",
            "plan.yaml: filter.benefit: ukendt nøgle",
        ),
        ("name: [x\n", "plan.yaml: linje 2: ikke gyldig YAML (expected ',' or ']'"),
        ("- a\n- b\n", "plan.yaml: skal være en YAML-mapping"),
    ],
)
def test_a_bad_plan_file_names_the_file_and_the_key(
    tmp_path: Path, text: str, problem: str
) -> None:
    f = tmp_path / "plan.yaml"
    f.write_text(text, encoding="utf-8")
    with pytest.raises(SchemaError) as err:
        load_plan(f)
    assert problem.replace("plan.yaml", str(f)) in str(err.value)


def test_a_missing_plan_file(tmp_path: Path) -> None:
    with pytest.raises(SchemaError, match="filen findes ikke"):
        load_plan(tmp_path / "nope.yaml")
