"""Dated, referenced legal parameters loaded from YAML.

Every number the law sets lives in a YAML file under ``rules/parameters/``. The file path
(without ``.yaml``, with ``/`` replaced by ``.``) is the parameter id, e.g.
``lab/kontaktforloeb/first_interview_days.yaml`` → ``lab.kontaktforloeb.first_interview_days``.

File format (strict: unknown keys, missing references and bad dates fail loudly)::

    label: Frist for første jobsamtale          # Danish label (required)
    description: Dage fra første henvendelse ... # required
    unit: day                                    # one of UNITS
    confidence: L                                # L, A, 2 or ? (domain-rules tags), optional
    note: ...                                    # optional, for the parameter as a whole
    values:
      2020-01-01:                                # effective date (ISO), sorted ascending
        value: 7                                 # number, bool, text, list of text, or null
        reference:                               # one reference or a list of them
          title: LAB § 31, stk. 3 (LBK nr. 701 af 2022)
          href: https://www.retsinformation.dk/...
        note: ...                                # optional; required when confidence is '?'

A ``null`` value means the rule is not in force from that date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from functools import cache
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

PARAMETERS_DIR = Path(__file__).parent / "parameters"

UNITS = (
    "day",
    "week",
    "month",
    "count",
    "hour",
    "share",
    "bool",
    "code",
    "codes",
    "dkk",
    "year",
)

Value = int | float | bool | str | list[str] | None

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class ParameterError(ValueError):
    """A parameter file is malformed; the message names the file and the key."""


class Reference(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    title: str = Field(min_length=3)
    href: str = Field(pattern=r"^https?://")


class _ValueEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")
    value: Value
    reference: Reference | list[Reference]
    note: str | None = None

    @field_validator("reference")
    @classmethod
    def _non_empty(cls, v: Reference | list[Reference]) -> Reference | list[Reference]:
        if isinstance(v, list) and not v:
            raise ValueError("mindst én reference kræves")
        return v


class _ParameterFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    label: str = Field(min_length=3)
    description: str = Field(min_length=3)
    unit: Literal[
        "day", "week", "month", "count", "hour", "share", "bool", "code", "codes", "dkk", "year"
    ]
    confidence: Literal["L", "A", "2", "?"] | None = None
    note: str | None = None
    values: dict[dt.date, _ValueEntry] = Field(min_length=1)


@dataclass(frozen=True)
class ParameterValue:
    """One dated value with the legal reference(s) that set it."""

    effective_from: dt.date
    value: Value
    references: tuple[Reference, ...]
    note: str | None

    @property
    def reference_text(self) -> str:
        """The titles of its references, "; "-separated (a verdict's ``reference``)."""
        return "; ".join(r.title for r in self.references)


class NoValueYet(LookupError):
    """A parameter asked for on a day before its first value: the rules did not apply yet."""


@dataclass(frozen=True)
class Parameter:
    id: str
    label: str
    description: str
    unit: str
    confidence: str | None
    note: str | None
    history: tuple[ParameterValue, ...]  # ascending by effective_from
    path: Path

    def entry_at(self, on: dt.date) -> ParameterValue:
        """The value in force on ``on``; raises if the parameter did not exist yet."""
        current: ParameterValue | None = None
        for entry in self.history:
            if entry.effective_from <= on:
                current = entry
            else:
                break
        if current is None:
            raise NoValueYet(
                f"Parameter {self.id} har ingen værdi pr. {on.isoformat()} "
                f"(første værdi gælder fra {self.history[0].effective_from.isoformat()})"
            )
        return current

    def value_at(self, on: dt.date) -> Value:
        return self.entry_at(on).value

    def periods(self) -> Iterator[tuple[dt.date, dt.date | None, ParameterValue]]:
        """(start, end_exclusive or None, entry) for every dated value."""
        for i, entry in enumerate(self.history):
            end = self.history[i + 1].effective_from if i + 1 < len(self.history) else None
            yield entry.effective_from, end, entry


def _loc(part: object) -> str:
    import re

    if isinstance(part, dt.date):
        return part.isoformat()
    # pydantic renders a date-typed dict key by its repr
    m = re.fullmatch(r"datetime\.date\((\d+), (\d+), (\d+)\)", str(part))
    if m:
        return dt.date(*(int(g) for g in m.groups())).isoformat()
    return str(part)


def _bad_date_keys(path: Path) -> str:
    """Name the date-shaped keys that are not real dates, for the error message."""
    import re

    bad = []
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^\s+(\d{4}-\d{2}-\d{2}):", line)
        if m:
            try:
                dt.date.fromisoformat(m.group(1))
            except ValueError:
                bad.append(m.group(1))
    if not bad:
        return "forventede ISO-datoer"
    return "forventede gyldige ISO-datoer, fik " + ", ".join(bad)


def _load_file(path: Path, root: Path) -> Parameter:
    pid = ".".join(path.relative_to(root).with_suffix("").parts)
    try:
        # The C parser (same safe constructor): the Python one took about 2 s for the whole
        # set, paid by every process that evaluates the rules.
        raw: Any = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
    except yaml.YAMLError as exc:
        raise ParameterError(f"{path}: ugyldig YAML: {exc}") from exc
    except ValueError as exc:
        # PyYAML parses date-shaped keys itself and raises a bare ValueError for 2025-13-01.
        detail = _bad_date_keys(path)
        raise ParameterError(f"{path}: values: ugyldig dato ({exc}); {detail}") from exc
    if not isinstance(raw, dict):
        raise ParameterError(f"{path}: forventede en YAML-mapping øverst")
    try:
        model = _ParameterFile.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(_loc(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors()
        )
        raise ParameterError(f"{path}: {problems}") from exc
    dates = list(raw["values"].keys())
    if dates != sorted(dates, key=str):
        raise ParameterError(f"{path}: values: datoerne skal stå i stigende orden")
    history = []
    for date, entry in sorted(model.values.items()):
        refs = entry.reference if isinstance(entry.reference, list) else [entry.reference]
        if model.confidence == "?" and not (entry.note or model.note):
            raise ParameterError(
                f"{path}: values.{date}: en ubekræftet regel (confidence '?') skal have en note"
            )
        history.append(ParameterValue(date, entry.value, tuple(refs), entry.note))
    return Parameter(
        id=pid,
        label=model.label,
        description=model.description,
        unit=model.unit,
        confidence=model.confidence,
        note=model.note,
        history=tuple(history),
        path=path,
    )


class ParameterTypeError(TypeError):
    """A parameter's value is not of the kind the code reads it as (names id and value)."""


def as_integer(value: Value, pid: str = "") -> int:
    """A whole-number value (a boolean is not one)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ParameterTypeError(f"{pid}: forventede et heltal, fik {value!r}")
    return value


def as_fraction(value: Value, pid: str = "") -> Fraction:
    """A number as an exact fraction (0.8 → 4/5), so that no float is ever compared."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ParameterTypeError(f"{pid}: forventede et tal, fik {value!r}")
    return Fraction(str(value))


def as_decimal(value: Value, pid: str = "") -> Decimal:
    """A number as a Decimal, as written in the YAML (0.8 → Decimal('0.8'))."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ParameterTypeError(f"{pid}: forventede et tal, fik {value!r}")
    return Decimal(str(value))


def as_codes(value: Value, pid: str = "") -> tuple[str, ...]:
    """A ``codes`` value as a tuple of strings (``null`` = none)."""
    if value is None:
        return ()
    if not isinstance(value, list):
        raise ParameterTypeError(f"{pid}: forventede en liste af koder, fik {value!r}")
    return tuple(str(v) for v in value)


def as_flag(value: Value, pid: str = "") -> bool:
    if not isinstance(value, bool):
        raise ParameterTypeError(f"{pid}: forventede sand/falsk, fik {value!r}")
    return value


def as_text(value: Value, pid: str = "") -> str:
    if not isinstance(value, str):
        raise ParameterTypeError(f"{pid}: forventede en tekst, fik {value!r}")
    return value


class ParameterSet:
    """All parameters of a parameter tree, by id, with typed reads: ``integer``, ``fraction``,
    ``decimal``, ``codes``, ``flag`` and ``text`` return the value in force on a date as that
    type, or raise ``ParameterTypeError`` naming the parameter."""

    def __init__(self, parameters: dict[str, Parameter]) -> None:
        self._parameters = parameters

    def __getitem__(self, pid: str) -> Parameter:
        try:
            return self._parameters[pid]
        except KeyError:
            raise KeyError(f"ukendt parameter: {pid}") from None

    def __contains__(self, pid: object) -> bool:
        return pid in self._parameters

    def __iter__(self) -> Iterator[Parameter]:
        return iter(sorted(self._parameters.values(), key=lambda p: p.id))

    def __len__(self) -> int:
        return len(self._parameters)

    def value(self, pid: str, on: dt.date) -> Value:
        return self[pid].value_at(on)

    def entry(self, pid: str, on: dt.date) -> ParameterValue:
        return self[pid].entry_at(on)

    def integer(self, pid: str, on: dt.date) -> int:
        return as_integer(self.value(pid, on), pid)

    def fraction(self, pid: str, on: dt.date) -> Fraction:
        return as_fraction(self.value(pid, on), pid)

    def decimal(self, pid: str, on: dt.date) -> Decimal:
        return as_decimal(self.value(pid, on), pid)

    def flag(self, pid: str, on: dt.date) -> bool:
        return as_flag(self.value(pid, on), pid)

    def text(self, pid: str, on: dt.date) -> str:
        return as_text(self.value(pid, on), pid)

    def codes(self, pid: str, on: dt.date) -> tuple[str, ...]:
        """The codes in force on ``on``; none before the parameter exists or while null."""
        try:
            value = self.value(pid, on)
        except LookupError:
            return ()
        return as_codes(value, pid)


def load_parameters(root: Path = PARAMETERS_DIR) -> ParameterSet:
    """Load and validate every ``*.yaml`` under ``root``."""
    params = {}
    for path in sorted(root.rglob("*.yaml")):
        p = _load_file(path, root)
        params[p.id] = p
    return ParameterSet(params)


@cache
def default_parameters() -> ParameterSet:
    """The parameters shipped with tilsyn (cached; files do not change at run time)."""
    return load_parameters(PARAMETERS_DIR)
