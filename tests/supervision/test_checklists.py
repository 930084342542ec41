"""Convention tests over every review checklist, and the schema's error messages."""

import hashlib
from pathlib import Path

import pytest

from tilsyn.rules.registry import load_rules
from tilsyn.supervision.checklist import (
    AREAS,
    CHECKLIST_DIR,
    all_checklists,
    area_for_benefit,
    checklist,
    read_checklist,
    released,
)
from tilsyn.supervision.schema import SchemaError

FILES = all_checklists()


def test_every_area_has_a_checklist() -> None:
    assert {f.checklist.area for f in FILES} == set(AREAS)


@pytest.mark.parametrize("f", FILES, ids=lambda f: f.label)
def test_every_engine_rule_exists(f: object) -> None:
    rules = load_rules()
    for q in f.checklist.questions:  # type: ignore[attr-defined]
        assert q.engine_rule is None or q.engine_rule in rules, q.id


@pytest.mark.parametrize("f", FILES, ids=lambda f: f.label)
def test_released_files_never_change(f: object) -> None:
    name = f"{f.checklist.area}/{f.path.name}"  # type: ignore[attr-defined]
    digests = released()
    assert name in digests, f"{name} er ikke frigivet i released.txt"
    assert hashlib.sha256(f.path.read_bytes()).hexdigest() == digests[name], (  # type: ignore[attr-defined]
        f"{name} er ændret efter frigivelse: læg ændringen i en ny version"
    )


def test_each_benefit_belongs_to_one_area() -> None:
    seen: dict[str, str] = {}
    for area in AREAS:
        for b in checklist(area).benefits:
            assert b not in seen, f"{b} står både i {seen[b]} og {area}"
            seen[b] = area
    assert area_for_benefit("uddannelseshjaelp") == "kontanthjaelp"
    assert area_for_benefit("foertidspension") is None


def test_the_errors_the_seeds_name_are_covered() -> None:
    ids = {(f.checklist.area, q.id) for f in FILES for q in f.checklist.questions}
    for wanted in [
        ("kontanthjaelp", "first_interview_on_time"),
        ("kontanthjaelp", "plan_exists"),
        ("kontanthjaelp", "plan_job_goal"),
        ("kontanthjaelp", "sanction_correct"),
        ("sygedagpenge", "section7_assessment"),
        ("sygedagpenge", "extension_basis"),
        ("sygedagpenge", "reassessment_on_time"),
        ("integration", "contract_complete"),
        ("integration", "residence_declaration"),
        ("integration", "basic_grant_correct"),
        ("ledighedsydelse", "refund_correct"),
    ]:
        assert wanted in ids


def test_every_answer_type_and_severity_is_used() -> None:
    questions = [q for f in FILES for q in f.checklist.questions]
    assert {q.answer for q in questions} == {"yes_no_na", "date", "choice", "text"}
    assert {q.severity for q in questions} == {"minor", "material", "serious"}


def _write(tmp_path: Path, area: str, name: str, text: str) -> Path:
    d = tmp_path / area
    d.mkdir(parents=True, exist_ok=True)
    p = d / name
    p.write_text(text, encoding="utf-8")
    return p


GOOD = (CHECKLIST_DIR / "dagpenge" / "v1.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("edit", "problem"),
    [
        (
            (
                "answer: yes_no_na\n    severity: material\n    engine_rule: first_interview",
                "answer: yes_no\n    severity: material\n    engine_rule: first_interview",
            ),
            "questions[0].answer: 'yes_no' er ikke tilladt",
        ),
        (
            ("severity: material", "severity: grave"),
            "questions[0].severity: 'grave' er ikke tilladt",
        ),
        (
            (
                "    references:\n      - title: LAB § 31 (første jobsamtale)\n        href: https://www.elov.dk/lov-om-en-aktiv-beskaeftigelsesindsats/paragraf/31/\n",
                "",
            ),
            "questions[0].references: mangler",
        ),
        (("version: 1", "version: 1\nowner: x"), "owner: ukendt nøgle"),
        (
            ("answer: text", "answer: text\n    error_when: [x]"),
            "error_when kan ikke bruges med answer text",
        ),
        (
            ("id: offer_on_time", "id: first_interview_on_time"),
            "spørgsmålet 'first_interview_on_time' står to gange",
        ),
    ],
)
def test_a_bad_checklist_names_the_file_and_the_key(
    tmp_path: Path, edit: tuple[str, str], problem: str
) -> None:
    assert edit[0] in GOOD
    p = _write(tmp_path, "dagpenge", "v1.yaml", GOOD.replace(edit[0], edit[1], 1))
    with pytest.raises(SchemaError) as err:
        read_checklist(p)
    assert str(p) in str(err.value)
    assert problem in str(err.value)


def test_the_file_name_must_match_area_and_version(tmp_path: Path) -> None:
    p = _write(tmp_path, "sygedagpenge", "v2.yaml", GOOD)
    with pytest.raises(SchemaError) as err:
        read_checklist(p)
    assert "area: 'dagpenge' skal være mappens navn 'sygedagpenge'" in str(err.value)
    assert "version: 1 passer ikke til filnavnet 'v2.yaml'" in str(err.value)


def test_a_new_version_is_used_from_its_date_and_old_ones_stay(tmp_path: Path) -> None:
    _write(tmp_path, "dagpenge", "v1.yaml", GOOD)
    v2 = GOOD.replace("version: 1", "version: 2").replace(
        "valid_from: 2020-01-01", "valid_from: 2026-07-01"
    )
    _write(tmp_path, "dagpenge", "v2.yaml", v2)
    files = all_checklists(tmp_path)
    assert [f.label for f in files] == ["dagpenge/v1", "dagpenge/v2"]


def test_unknown_area_or_version() -> None:
    with pytest.raises(KeyError, match="ukendt område"):
        checklist("boligstoette")
    with pytest.raises(KeyError, match="ingen version 9"):
        checklist("dagpenge", 9)
