"""Discover every rule definition module and check it is well formed.

A definition lives in ``rules/definitions/<law>/<topic>/<rule_id>.py`` and defines
``RULE = RuleDefinition(...)``. Loading fails loudly, naming the module, on a duplicate
id, an id that differs from the file stem, a missing label or description, an unknown
kind or an unknown parameter id.
"""

from __future__ import annotations

import hashlib
import importlib
from functools import cache
from pathlib import Path

from tilsyn.rules.model import KINDS, RuleDefinition
from tilsyn.rules.parameters import ParameterSet, default_parameters

DEFINITIONS_DIR = Path(__file__).parent / "definitions"
_PACKAGE = "tilsyn.rules.definitions"


class RuleDefinitionError(ValueError):
    """A rule module is malformed; the message names the module."""


def definition_modules() -> list[tuple[str, Path]]:
    """(module name, path) of every rule module, sorted (packages without ``__init__``
    are included too)."""
    found = []
    for path in sorted(DEFINITIONS_DIR.rglob("*.py")):
        if path.name.startswith("_"):
            continue
        rel = path.relative_to(DEFINITIONS_DIR).with_suffix("")
        found.append((".".join((_PACKAGE, *rel.parts)), path))
    return found


def _check(rule: object, module: str, stem: str, params: ParameterSet) -> RuleDefinition:
    if not isinstance(rule, RuleDefinition):
        raise RuleDefinitionError(f"{module}: RULE mangler eller er ikke en RuleDefinition")
    if rule.id != stem:
        raise RuleDefinitionError(f"{module}: id '{rule.id}' skal være filnavnet '{stem}'")
    if rule.kind not in KINDS:
        raise RuleDefinitionError(
            f"{module}: ukendt kind '{rule.kind}' (kendte: {', '.join(KINDS)})"
        )
    for attr in ("label", "description", "version"):
        if not str(getattr(rule, attr)).strip():
            raise RuleDefinitionError(f"{module}: {attr} mangler")
    if not rule.parameters:
        raise RuleDefinitionError(f"{module}: mindst én parameter (den primære reference) kræves")
    for pid in rule.parameters:
        if pid not in params:
            raise RuleDefinitionError(f"{module}: ukendt parameter '{pid}'")
    return rule


def load_rules(params: ParameterSet | None = None) -> dict[str, RuleDefinition]:
    """Every rule by id, in definition-path order."""
    if params is None:
        return dict(_default_rules())
    return _load(params)


@cache
def _default_rules() -> dict[str, RuleDefinition]:
    return _load(default_parameters())


def _load(params: ParameterSet) -> dict[str, RuleDefinition]:
    rules: dict[str, RuleDefinition] = {}
    for module_name, path in definition_modules():
        module = importlib.import_module(module_name)
        rule = _check(getattr(module, "RULE", None), module_name, path.stem, params)
        if rule.id in rules:
            raise RuleDefinitionError(f"{module_name}: reglen '{rule.id}' er defineret to gange")
        rules[rule.id] = rule
    return rules


def rule_path(rule_id: str) -> Path:
    """The definition file of a rule, relative to the definitions folder."""
    for _, path in definition_modules():
        if path.stem == rule_id:
            return path.relative_to(DEFINITIONS_DIR)
    raise KeyError(f"ukendt regel: {rule_id}")


def ruleset_version(rules: dict[str, RuleDefinition], params: ParameterSet) -> str:
    """A short fingerprint of the rules (id, version) and every parameter's history, stamped
    on materialised results so that a change of either is visible."""
    h = hashlib.sha256()
    for rid in sorted(rules):
        h.update(f"{rid}={rules[rid].version};".encode())
    for param in params:
        for entry in param.history:
            refs = "|".join(r.title for r in entry.references)
            h.update(f"{param.id}@{entry.effective_from}={entry.value!r}:{refs};".encode())
    return h.hexdigest()[:12]
