"""Review checklists: one versioned YAML file per area and version.

``checklists/<area>/v<N>.yaml`` holds the questions a reviewer answers about one case: the
text, the legal references, the answer type, the severity of a wrong answer, which answer is an
error, and — where the engine can answer it — the rule whose verdict pre-fills the answer. A
released version never changes (``checklists/released.txt`` records each file's SHA-256 and a
test enforces it): a change is a new file ``v<N+1>.yaml``; reviews keep the version they used.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from tilsyn.supervision import schema

CHECKLIST_DIR = Path(__file__).parent / "checklists"
RELEASED_FILE = CHECKLIST_DIR / "released.txt"
AREAS = (
    "dagpenge",
    "kontanthjaelp",
    "sygedagpenge",
    "jobafklaring",
    "ledighedsydelse",
    "integration",
)
"""kontanthjaelp covers uddannelseshjælp, jobafklaring ressourceforløb, ledighedsydelse
fleksjob (one checklist per pair, as the job centres' teams are organised)."""

AnswerType = Literal["yes_no_na", "date", "choice", "text"]
Severity = Literal["minor", "material", "serious"]
YES, NO, NOT_RELEVANT = "ja", "nej", "ikke_relevant"
YES_NO_NA = (YES, NO, NOT_RELEVANT)
SEVERITY_LABELS = {"minor": "mindre", "material": "væsentlig", "serious": "alvorlig"}
SEVERITY_ORDER = {"minor": 0, "material": 1, "serious": 2}

# Engine verdict status → the answer it suggests to "was it done on time?".
PREFILL = {
    "met": YES,
    "late": NO,
    "overdue": NO,
    "exempt": NOT_RELEVANT,
    "not_applicable": NOT_RELEVANT,
}
"""``open`` (not yet due) suggests nothing: the reviewer must look."""

_ID = re.compile(r"^[a-z][a-z0-9_]*$")


class Reference(BaseModel):
    model_config = ConfigDict(extra="forbid")
    title: str = Field(min_length=3)
    href: str = Field(pattern=r"^https://")


class Question(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=_ID.pattern)
    text: str = Field(min_length=5)
    help: str | None = None
    answer: AnswerType
    choices: list[str] = Field(default_factory=list)
    error_when: list[str] = Field(default_factory=list)
    """Answers that are an error (yes/no questions: default ["nej"])."""
    severity: Severity
    references: list[Reference] = Field(min_length=1)
    engine_rule: str | None = None
    refund_relevant: bool = False
    """An error here may mean a refund or grant was claimed wrongly (a refund correction)."""

    @model_validator(mode="after")
    def _answers(self) -> Question:
        if self.answer == "choice":
            if len(self.choices) < 2:
                raise ValueError("answer choice kræver mindst to choices")
            unknown = [e for e in self.error_when if e not in self.choices]
            if unknown:
                raise ValueError(f"error_when {unknown} er ikke blandt choices")
        elif self.choices:
            raise ValueError(f"choices bruges kun med answer choice, ikke {self.answer}")
        if self.answer == "yes_no_na":
            if not self.error_when:
                self.error_when = [NO]
            unknown = [e for e in self.error_when if e not in YES_NO_NA]
            if unknown:
                raise ValueError(f"error_when {unknown} skal være blandt {list(YES_NO_NA)}")
        elif self.answer in ("date", "text") and self.error_when:
            raise ValueError(f"error_when kan ikke bruges med answer {self.answer}")
        if self.engine_rule is not None and self.answer != "yes_no_na":
            raise ValueError("engine_rule kan kun udfylde et ja/nej-spørgsmål")
        return self


class Checklist(BaseModel):
    model_config = ConfigDict(extra="forbid")
    area: Literal[
        "dagpenge",
        "kontanthjaelp",
        "sygedagpenge",
        "jobafklaring",
        "ledighedsydelse",
        "integration",
    ]
    version: int = Field(ge=1)
    title: str = Field(min_length=3)
    valid_from: dt.date
    benefits: list[str] = Field(min_length=1)
    questions: list[Question] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique(self) -> Checklist:
        seen: set[str] = set()
        for q in self.questions:
            if q.id in seen:
                raise ValueError(f"spørgsmålet '{q.id}' står to gange")
            seen.add(q.id)
        return self

    def question(self, qid: str) -> Question:
        for q in self.questions:
            if q.id == qid:
                return q
        raise KeyError(f"tjeklisten {self.area} v{self.version} har intet spørgsmål '{qid}'")


@dataclass(frozen=True)
class ChecklistFile:
    path: Path
    checklist: Checklist
    sha256: str

    @property
    def label(self) -> str:
        return f"{self.checklist.area}/v{self.checklist.version}"


def read_checklist(path: Path) -> ChecklistFile:
    """Read and validate one file; its area and version must match its place."""
    raw = path.read_bytes()
    cl = schema.load(path, Checklist)
    problems = []
    if path.parent.name != cl.area:
        problems.append(f"{path}: area: '{cl.area}' skal være mappens navn '{path.parent.name}'")
    if path.stem != f"v{cl.version}":
        problems.append(f"{path}: version: {cl.version} passer ikke til filnavnet '{path.name}'")
    if problems:
        raise schema.SchemaError(path, problems)
    return ChecklistFile(path, cl, hashlib.sha256(raw).hexdigest())


@cache
def all_checklists(root: Path = CHECKLIST_DIR) -> tuple[ChecklistFile, ...]:
    files = sorted(root.glob("*/v*.yaml"), key=lambda p: (p.parent.name, int(p.stem[1:])))
    return tuple(read_checklist(p) for p in files)


def checklist(area: str, version: int | None = None, *, on: dt.date | None = None) -> Checklist:
    """The checklist for ``area``: a given version, else the newest valid on ``on`` (else the
    newest of all)."""
    if area not in AREAS:
        raise KeyError(f"ukendt område '{area}' (kendte: {', '.join(AREAS)})")
    versions = [f.checklist for f in all_checklists() if f.checklist.area == area]
    if version is not None:
        for c in versions:
            if c.version == version:
                return c
        raise KeyError(f"tjeklisten {area} har ingen version {version}")
    valid = [c for c in versions if on is None or c.valid_from <= on]
    if not valid:
        raise KeyError(f"tjeklisten {area} har ingen version gyldig {on}")
    return max(valid, key=lambda c: c.version)


def area_for_benefit(benefit: str) -> str | None:
    """The area whose newest checklist covers ``benefit``."""
    for area in AREAS:
        if benefit in checklist(area).benefits:
            return area
    return None


def released() -> dict[str, str]:
    """``area/vN.yaml`` → SHA-256 of every released checklist file."""
    out = {}
    for line in RELEASED_FILE.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            name, digest = line.split()
            out[name] = digest
    return out


def is_error(question: Question, answer: str | None) -> bool:
    return answer is not None and answer in question.error_when
