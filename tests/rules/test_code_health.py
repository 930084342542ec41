"""Conventions over the whole rule registry and parameter tree (a rule or parameter that
breaks one fails here, naming itself)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from tilsyn.rules.model import KINDS, RuleDefinition
from tilsyn.rules.parameters import PARAMETERS_DIR, default_parameters
from tilsyn.rules.registry import DEFINITIONS_DIR, load_rules, rule_path

RULES_DIR = DEFINITIONS_DIR.parent
CASES_DIR = RULES_DIR / "cases"
SRC_DIR = RULES_DIR.parent
RULES = load_rules()
PARAMS = default_parameters()
VERSION = re.compile(r"^\d+\.\d+\.\d+$")


def rule_ids() -> list[str]:
    return sorted(RULES)


def test_the_registry_holds_rules() -> None:
    assert RULES


@pytest.mark.parametrize("rule_id", rule_ids())
def test_every_rule_has_a_label_kind_version_and_description(rule_id: str) -> None:
    rule: RuleDefinition = RULES[rule_id]
    assert len(rule.label.strip()) >= 5, f"{rule_id}: label mangler"
    assert len(rule.description.strip()) >= 20, f"{rule_id}: description mangler"
    assert rule.kind in KINDS
    assert VERSION.match(rule.version), f"{rule_id}: version '{rule.version}' er ikke x.y.z"
    module = rule.build.__module__
    assert module.endswith(f".{rule_id}"), f"{rule_id}: build er defineret i {module}"


@pytest.mark.parametrize("rule_id", rule_ids())
def test_every_rule_uses_known_parameters_with_references(rule_id: str) -> None:
    rule = RULES[rule_id]
    assert rule.parameters, f"{rule_id}: ingen parametre"
    assert len(set(rule.parameters)) == len(rule.parameters), f"{rule_id}: parameter to gange"
    for pid in rule.parameters:
        assert pid in PARAMS, f"{rule_id}: ukendt parameter {pid}"
        for entry in PARAMS[pid].history:
            assert entry.references, f"{pid} {entry.effective_from}: ingen reference"
    primary = PARAMS[rule.primary_parameter]
    for entry in primary.history:
        assert all(r.title.strip() and r.href for r in entry.references)


@pytest.mark.parametrize("rule_id", rule_ids())
def test_every_rule_has_a_case_file_in_the_mirrored_path(rule_id: str) -> None:
    rel = rule_path(rule_id)
    case_file = CASES_DIR / rel.with_suffix(".yaml")
    assert case_file.is_file(), f"{rule_id}: mangler testcases i {case_file}"
    cases = yaml.safe_load(case_file.read_text(encoding="utf-8"))
    assert isinstance(cases, list), f"{case_file}: skal være en liste af cases"
    assert len(cases) >= 3, f"{case_file}: mindst dagen før, på og efter fristen"


@pytest.mark.parametrize("rule_id", rule_ids())
def test_every_rule_topic_has_a_parameter_folder(rule_id: str) -> None:
    topic = rule_path(rule_id).parent
    assert (PARAMETERS_DIR / topic).is_dir(), f"{rule_id}: mangler parametermappe {topic}"


@pytest.mark.parametrize("rule_id", rule_ids())
def test_every_rule_uses_parameters_of_its_own_law(rule_id: str) -> None:
    law = rule_path(rule_id).parts[0]
    primary = RULES[rule_id].primary_parameter
    assert primary.split(".")[0] == law, (
        f"{rule_id}: primær parameter {primary} er fra en anden lov"
    )


def test_every_case_file_belongs_to_a_rule_in_the_mirrored_path() -> None:
    expected = {rule_path(rid).with_suffix(".yaml") for rid in RULES}
    found = {p.relative_to(CASES_DIR) for p in CASES_DIR.rglob("*.yaml")}
    orphans = sorted(str(p) for p in found - expected)
    assert not orphans, f"testcases uden regel (eller i forkert mappe): {orphans}"


def test_only_yaml_lives_in_the_case_and_parameter_trees() -> None:
    stray = [
        str(p)
        for root in (CASES_DIR, PARAMETERS_DIR)
        for p in root.rglob("*")
        if p.is_file() and p.suffix != ".yaml"
    ]
    assert not stray, f"uventede filer: {stray}"


def _modules() -> list[str]:
    """Module texts; each package's modules are joined with their package siblings so that a
    prefix constant imported from a sibling (``from .seniority import P``) still counts."""
    by_package: dict[Path, list[str]] = {}
    for p in sorted(SRC_DIR.rglob("*.py")):
        by_package.setdefault(p.parent, []).append(p.read_text(encoding="utf-8"))
    return ["\n".join(texts) for texts in by_package.values()]


def _referenced(pid: str, modules: list[str]) -> bool:
    """The full id appears in a module, or (for modules that build ids from a prefix, e.g.
    ``P + "trappe.step1_last_week"`` or ``f"rate_step{i}"``) the parameter's name without a
    trailing number appears in a module that also names the parameter's law folder."""
    if any(pid in text for text in modules):
        return True
    law, leaf = pid.split(".")[0], pid.split(".")[-1]
    stem = re.sub(r"\d+$", "", leaf)
    return any(law in text and stem in text for text in modules)


def test_every_parameter_is_used_by_a_rule_or_an_engine_module() -> None:
    used = {pid for rule in RULES.values() for pid in rule.parameters}
    modules = _modules()
    unused = sorted(p.id for p in PARAMS if p.id not in used and not _referenced(p.id, modules))
    assert not unused, f"parametre, som ingen regel eller modul bruger: {unused}"


def test_every_unconfirmed_parameter_says_what_is_assumed() -> None:
    missing = [
        p.id
        for p in PARAMS
        if p.confidence == "?" and not (p.note or all(e.note for e in p.history))
    ]
    assert not missing, f"'?'-parametre uden note: {missing}"


def test_every_parameter_has_a_danish_label_description_and_unit() -> None:
    for p in PARAMS:
        assert len(p.label) >= 3, p.id
        assert len(p.description) >= 10, p.id
        assert p.unit, p.id


def test_parameter_ids_are_lowercase_paths() -> None:
    bad = [p.id for p in PARAMS if not re.fullmatch(r"[a-z0-9_]+(\.[a-z0-9_]+)+", p.id)]
    assert not bad, f"parameter-id'er skal være små bogstaver, tal og _: {bad}"


def test_rule_ids_are_unique_file_stems() -> None:
    stems = [Path(str(rule_path(rid))).stem for rid in RULES]
    assert sorted(stems) == sorted(RULES)
