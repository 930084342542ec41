"""Drawing cases for management review: simple random, stratified, risk-based, targeted at the
engine's flags, or every case (a campaign).

A draw is reproducible: the same plan, seed and population (snapshot) give the same cases, in
any process. The population is sorted by case key first, and each stratum has its own random
stream seeded by (seed, stratum), so adding a caseworker to the population does not reshuffle
the other strata. Every drawn case records its stratum and why it was drawn.
"""

from __future__ import annotations

import hashlib
import json
import math
import random
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from tilsyn.supervision import schema
from tilsyn.supervision.accumulate import JEFFREYS
from tilsyn.supervision.sample_size import sample_size

StratumKey = Literal["team", "caseworker", "benefit", "municipality", "organisation"]
FlagStatus = Literal["overdue", "late", "open"]
DEFAULT_TARGETS: tuple[FlagStatus, ...] = ("overdue", "late")
SampleMethod = Literal["random", "stratified", "risk", "targeted", "census"]

STRATUM_LABELS = {
    "team": "team",
    "caseworker": "sagsbehandler",
    "benefit": "ydelse",
    "municipality": "kommune",
    "organisation": "organisation",
}
FLAG_LABELS = {"overdue": "overskredet", "late": "for sent", "open": "åben"}


@dataclass(frozen=True)
class Flag:
    """An engine verdict that makes a case interesting: rule, status, days late."""

    rule_id: str
    status: str
    due_date: str | None = None
    days_late: int | None = None


@dataclass(frozen=True)
class Case:
    """One citizen's case on one benefit, as the snapshot shows it on the reference date."""

    person_id: str
    benefit: str
    municipality: str
    caseworker_id: str | None = None
    team: str | None = None
    organisation: str | None = None
    flags: tuple[Flag, ...] = ()
    due_obligations: int = 0
    """Obligations already due (for the overdue share in risk weights)."""

    @property
    def key(self) -> str:
        return f"{self.person_id}|{self.benefit}"

    def attribute(self, name: StratumKey) -> str:
        value = self.caseworker_id if name == "caseworker" else getattr(self, name)
        return str(value) if value is not None else "(ukendt)"


@dataclass(frozen=True)
class DrawnCase:
    person_id: str
    benefit: str
    municipality: str
    caseworker_id: str | None
    team: str | None
    organisation: str | None
    stratum: str
    reason: str
    flags: tuple[Flag, ...] = ()


@dataclass(frozen=True)
class StratumAllocation:
    stratum: str
    population: int
    drawn: int
    weight: float


@dataclass(frozen=True)
class DrawnSample:
    plan: dict[str, object]
    plan_hash: str
    seed: int
    snapshot_id: str | None
    as_of: str | None
    population_size: int
    population_fingerprint: str
    size: int
    size_method: str
    strata: tuple[StratumAllocation, ...]
    cases: tuple[DrawnCase, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


class Filter(BaseModel):
    model_config = ConfigDict(extra="forbid")
    benefits: list[str] = Field(default_factory=list)
    municipalities: list[str] = Field(default_factory=list)
    organisations: list[str] = Field(default_factory=list)
    teams: list[str] = Field(default_factory=list)
    caseworkers: list[str] = Field(default_factory=list)

    def accepts(self, c: Case) -> bool:
        checks = (
            (self.benefits, c.benefit),
            (self.municipalities, c.municipality),
            (self.organisations, c.organisation),
            (self.teams, c.team),
            (self.caseworkers, c.caseworker_id),
        )
        return all(not allowed or value in allowed for allowed, value in checks)


class SizeRule(BaseModel):
    """Sample size by attribute sampling on the filtered population (hypergeometric)."""

    model_config = ConfigDict(extra="forbid")
    confidence: float = Field(gt=0, lt=1)
    tolerable: float = Field(gt=0, lt=1)
    expected_errors: int = Field(default=0, ge=0)


class Targeting(BaseModel):
    model_config = ConfigDict(extra="forbid")
    statuses: list[FlagStatus] = Field(default_factory=lambda: list(DEFAULT_TARGETS))
    rules: list[str] = Field(default_factory=list)
    """Only these rule ids (empty: every rule)."""


class SamplePlan(BaseModel):
    """A sampling plan, usually read from YAML (see ``docs/supervision.md``)."""

    model_config = ConfigDict(extra="forbid")
    name: str = Field(min_length=1)
    method: SampleMethod
    seed: int
    size: int | None = Field(default=None, ge=1)
    size_rule: SizeRule | None = None
    strata: list[StratumKey] = Field(default_factory=list)
    filter: Filter = Field(default_factory=Filter)
    targeting: Targeting = Field(default_factory=Targeting)
    area: str | None = None
    """The checklist area the drawn cases are reviewed with."""
    risk_floor: float = Field(default=0.05, ge=0, le=1)
    """Risk-based: a stratum with no observed risk still weighs this much, so every stratum
    keeps a chance of being reviewed."""

    @model_validator(mode="after")
    def _consistent(self) -> SamplePlan:
        if self.method == "census":
            if self.size is not None or self.size_rule is not None:
                raise ValueError(
                    "method census gennemgår alle sager; angiv hverken size eller size_rule"
                )
        elif self.method != "targeted" and (self.size is None) == (self.size_rule is None):
            raise ValueError("angiv præcis én af size og size_rule")
        if self.method == "stratified" and not self.strata:
            raise ValueError("method stratified kræver strata (fx [team])")
        if self.method in ("random", "targeted", "census") and self.strata:
            raise ValueError(f"method {self.method} bruger ikke strata")
        if len(set(self.strata)) != len(self.strata):
            raise ValueError("strata må ikke gentage en nøgle")
        return self

    def canonical(self) -> dict[str, object]:
        return self.model_dump(mode="json")

    def digest(self) -> str:
        text = json.dumps(self.canonical(), sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(text.encode()).hexdigest()[:16]


def load_plan(path: Path) -> SamplePlan:
    """Read a plan file; a bad file raises ``SchemaError`` naming the file and the key."""
    return schema.load(path, SamplePlan)


def fingerprint(cases: Sequence[Case]) -> str:
    h = hashlib.sha256()
    for c in sorted(cases, key=lambda x: x.key):
        h.update(
            "\x1f".join(
                (c.key, c.municipality, c.caseworker_id or "", c.team or "", c.organisation or "")
            ).encode()
        )
        h.update(b"\x1e")
    return h.hexdigest()[:16]


def allocate(sizes: Mapping[str, int], weights: Mapping[str, float], total: int) -> dict[str, int]:
    """Split ``total`` over strata in proportion to size × weight (largest remainders),
    never more than a stratum holds; ties go to the stratum named first."""
    total = min(total, sum(sizes.values()))
    out = dict.fromkeys(sizes, 0)
    open_ = {s for s, n in sizes.items() if n > 0}
    remaining = total
    while remaining > 0 and open_:
        mass = {s: sizes[s] * weights.get(s, 1.0) for s in open_}
        total_mass = sum(mass.values())
        if total_mass <= 0:
            mass = {s: float(sizes[s]) for s in open_}
            total_mass = sum(mass.values())
        quotas = {s: remaining * mass[s] / total_mass for s in open_}
        capacity = {s: sizes[s] - out[s] for s in open_}
        give = {s: min(capacity[s], math.floor(q)) for s, q in quotas.items()}
        left = remaining - sum(give.values())
        order = sorted(open_, key=lambda s: (-(quotas[s] - math.floor(quotas[s])), s))
        for s in order:
            if left == 0:
                break
            if give[s] < capacity[s]:
                give[s] += 1
                left -= 1
        for s, g in give.items():
            out[s] += g
        remaining = left
        open_ = {s for s in open_ if out[s] < sizes[s]}
        if sum(give.values()) == 0:
            break
    return out


def _stratum_of(case: Case, keys: Sequence[StratumKey]) -> str:
    if not keys:
        return "alle"
    return ", ".join(f"{STRATUM_LABELS[k]} {case.attribute(k)}" for k in keys)


def _rng(seed: int, stratum: str) -> random.Random:
    # A string seed is hashed with SHA-512 by random.Random: stable across processes and
    # Python versions, unlike hash().
    return random.Random(f"{seed}|{stratum}")


def _flag_text(flags: Sequence[Flag]) -> str:
    parts = []
    for f in flags[:3]:
        late = f" {f.days_late} dage" if f.days_late else ""
        parts.append(f"{f.rule_id} {FLAG_LABELS.get(f.status, f.status)}{late}")
    more = f" (+{len(flags) - 3} flere)" if len(flags) > 3 else ""
    return "; ".join(parts) + more


def risk_weights(
    groups: Mapping[str, Sequence[Case]],
    history: Mapping[str, tuple[int, int]],
    floor: float,
) -> dict[str, tuple[float, str]]:
    """Per stratum: weight = floor + (posterior error rate + overdue share) / 2, with the
    reason. The error rate is the Jeffreys posterior mean of earlier reviews in the stratum
    (``history``: stratum → (errors, reviewed)); the overdue share is the engine's overdue
    obligations over obligations already due in the stratum's caseload."""
    out: dict[str, tuple[float, str]] = {}
    a0, b0 = JEFFREYS
    for stratum, cases in groups.items():
        errors, reviewed = history.get(stratum, (0, 0))
        rate = (a0 + errors) / (a0 + b0 + reviewed) if reviewed else None
        due = sum(c.due_obligations for c in cases)
        overdue = sum(1 for c in cases for f in c.flags if f.status == "overdue")
        share = min(1.0, overdue / due) if due else 0.0
        weight = floor + ((rate if rate is not None else 0.0) + share) / 2
        seen = (
            f"fejlrate {rate * 100:.0f} % i {reviewed} tidligere gennemgange"
            if rate is not None
            else "ingen tidligere gennemgange"
        )
        out[stratum] = (
            weight,
            f"{seen}; {overdue} af {due} forfaldne frister overskredet; vægt {weight:.2f}",
        )
    return out


def draw(
    plan: SamplePlan,
    population: Sequence[Case],
    *,
    snapshot_id: str | None = None,
    as_of: str | None = None,
    history: Mapping[str, tuple[int, int]] | None = None,
) -> DrawnSample:
    """Draw the sample that ``plan`` describes from ``population``.

    ``history`` (risk-based plans) maps a stratum label, as in ``DrawnCase.stratum``, to the
    (errors, reviewed) of earlier reviews in it.
    """
    cases = sorted((c for c in population if plan.filter.accepts(c)), key=lambda c: c.key)
    keys = sorted({c.key for c in cases})
    if len(keys) != len(cases):
        raise ValueError("populationen har den samme sag (borger og ydelse) mere end én gang")
    wanted_statuses = set(plan.targeting.statuses)
    wanted_rules = set(plan.targeting.rules)

    def flagged(c: Case) -> tuple[Flag, ...]:
        return tuple(
            f
            for f in c.flags
            if f.status in wanted_statuses and (not wanted_rules or f.rule_id in wanted_rules)
        )

    if plan.method == "targeted":
        cases = [c for c in cases if flagged(c)]
    size_method = "fast"
    if plan.method == "census":
        n = len(cases)
        size_method = "alle"
    elif plan.size_rule is not None:
        if not cases:
            n = 0
        else:
            rule = plan.size_rule
            ss = sample_size(rule.confidence, rule.tolerable, rule.expected_errors, len(cases))
            n = ss.sample_size
            size_method = ss.method
    else:
        n = plan.size if plan.size is not None else len(cases)
    n = min(n, len(cases))

    groups: dict[str, list[Case]] = defaultdict(list)
    for c in cases:
        groups[_stratum_of(c, plan.strata)].append(c)
    sizes = {s: len(g) for s, g in groups.items()}
    weights: dict[str, float] = dict.fromkeys(groups, 1.0)
    reasons: dict[str, str] = {}
    if plan.method == "risk":
        rw = risk_weights(groups, history or {}, plan.risk_floor)
        weights = {s: w for s, (w, _) in rw.items()}
        reasons = {s: r for s, (_, r) in rw.items()}
    allocation = allocate(sizes, weights, n)

    drawn: list[DrawnCase] = []
    for stratum in sorted(groups):
        group = groups[stratum]
        k = allocation[stratum]
        picked = _rng(plan.seed, stratum).sample(group, k) if k < len(group) else list(group)
        picked.sort(key=lambda c: c.key)
        for c in picked:
            drawn.append(
                DrawnCase(
                    person_id=c.person_id,
                    benefit=c.benefit,
                    municipality=c.municipality,
                    caseworker_id=c.caseworker_id,
                    team=c.team,
                    organisation=c.organisation,
                    stratum=stratum,
                    reason=_reason(plan, c, stratum, k, len(group), reasons, flagged(c)),
                    flags=c.flags,
                )
            )
    return DrawnSample(
        plan=plan.canonical(),
        plan_hash=plan.digest(),
        seed=plan.seed,
        snapshot_id=snapshot_id,
        as_of=as_of,
        population_size=len(cases),
        population_fingerprint=fingerprint(cases),
        size=len(drawn),
        size_method=size_method,
        strata=tuple(
            StratumAllocation(s, sizes[s], allocation[s], round(weights[s], 6))
            for s in sorted(groups)
        ),
        cases=tuple(drawn),
    )


def _reason(
    plan: SamplePlan,
    c: Case,
    stratum: str,
    k: int,
    of: int,
    risk_reasons: Mapping[str, str],
    flags: Sequence[Flag],
) -> str:
    if plan.method == "census":
        return "alle sager i kampagnen gennemgås"
    if plan.method == "targeted":
        return f"motoren har markeret sagen: {_flag_text(flags)}"
    share = f"{k} af {of} sager"
    if plan.method == "random":
        return f"tilfældigt udtrukket ({share})"
    if plan.method == "stratified":
        return f"tilfældigt udtrukket i stratum {stratum} ({share}, proportional fordeling)"
    return f"risikobaseret: {stratum} – {risk_reasons[stratum]} ({share})"
