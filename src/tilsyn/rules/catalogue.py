"""The rules catalogue: every rule and every parameter with its full dated history.

Built from the parameter tree and the rule registry, so it can never drift from what the
engine runs. ``tilsyn rules list`` shows it; ``tilsyn rules docs`` renders it to
``docs/rules.md`` (a generated file, checked by a test to be up to date).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, Protocol

import yaml

from tilsyn.rules.parameters import Parameter, ParameterSet, Reference, Value, default_parameters

CONFIDENCE_LABELS: dict[str, str] = {
    "L": "Lovtekst set (lov, bekendtgørelse eller lovforslag)",
    "A": "Myndighedsvejledning set (STAR, BM, Ankestyrelsen m.fl.)",
    "2": "Sekundær kilde (presse, a-kasser, kommuner, lovbrugere)",
    "?": "Ikke bekræftet i de læste kilder – en antagelse, se noten",
}

# Danish unit words after a number; share and bool are rendered specially.
UNIT_WORDS: dict[str, tuple[str, str]] = {
    "day": ("dag", "dage"),
    "week": ("uge", "uger"),
    "month": ("måned", "måneder"),
    "hour": ("time", "timer"),
    "year": ("år", "år"),
    "dkk": ("kr.", "kr."),
    "count": ("", ""),
}

KIND_LABELS: dict[str, str] = {
    "first_interview": "Første jobsamtale",
    "interviews_6m": "Jobsamtaler i de første 6 måneder",
    "offer_6m": "Ret og pligt til tilbud",
    "plan_before_offer": "Min Plan før første tilbud",
    "sick_first_followup": "Første opfølgning (sygedagpenge)",
    "sick_followups": "Løbende opfølgning (sygedagpenge)",
    "sick_reassessment": "Revurdering efter 22 uger (sygedagpenge)",
    "sick_rehabilitation_team": "Rehabiliteringsteam inden 4 uger (sygedagpenge, kategori 3)",
}


class RuleLike(Protocol):
    """The part of ``RuleDefinition`` the catalogue reads (kept structural on purpose)."""

    @property
    def id(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def label(self) -> str: ...
    @property
    def description(self) -> str: ...
    @property
    def version(self) -> str: ...
    @property
    def parameters(self) -> tuple[str, ...]: ...
    @property
    def build(self) -> Callable[..., Any]: ...


@dataclass(frozen=True)
class CataloguePeriod:
    """One dated value of a parameter: ``[effective_from, effective_to)``."""

    effective_from: dt.date
    effective_to: dt.date | None  # exclusive; None = still in force
    value: Value
    display: str  # the value in Danish with its unit
    references: tuple[Reference, ...]
    note: str | None


@dataclass(frozen=True)
class CatalogueParameter:
    id: str
    label: str
    description: str
    unit: str
    confidence: str | None
    note: str | None
    periods: tuple[CataloguePeriod, ...]
    used_by: tuple[str, ...]  # rule ids

    @property
    def folder(self) -> str:
        """The law/topic folder, e.g. ``sygedagpengeloven/opfoelgning``."""
        return "/".join(self.id.split(".")[:-1])


@dataclass(frozen=True)
class CatalogueRule:
    id: str
    kind: str
    label: str
    description: str
    version: str
    folder: str  # law/topic folder of the definition module
    parameters: tuple[str, ...]


@dataclass(frozen=True)
class Catalogue:
    rules: tuple[CatalogueRule, ...]
    parameters: tuple[CatalogueParameter, ...]

    def parameter(self, pid: str) -> CatalogueParameter:
        for p in self.parameters:
            if p.id == pid:
                return p
        raise KeyError(f"ukendt parameter: {pid}")


def format_value(value: Value, unit: str) -> str:
    """Render a parameter value in Danish with its unit.

    >>> format_value(8, "week")
    '8 uger'
    >>> format_value(1, "week")
    '1 uge'
    >>> format_value(0.75, "share")
    '75 %'
    >>> format_value(True, "bool")
    'ja'
    >>> format_value(["jobsamtale", "opfoelgningssamtale"], "codes")
    'jobsamtale, opfoelgningssamtale'
    >>> format_value(None, "week")
    'ikke i kraft'
    """
    if value is None:
        return "ikke i kraft"
    if isinstance(value, bool):
        return "ja" if value else "nej"
    if isinstance(value, list):
        return ", ".join(value) if value else "(ingen)"
    if unit == "share" and isinstance(value, int | float):
        percent = Decimal(str(value)) * 100
        return f"{percent.normalize():f} %".replace(".", ",")
    if isinstance(value, int | float):
        number = f"{value:g}".replace(".", ",")
        singular, plural = UNIT_WORDS.get(unit, ("", ""))
        word = singular if value == 1 else plural
        return f"{number} {word}".strip()
    return str(value)


def _rule_folder(rule: RuleLike) -> str:
    module = getattr(rule.build, "__module__", "") or ""
    prefix = "tilsyn.rules.definitions."
    if module.startswith(prefix):
        return "/".join(module[len(prefix) :].split(".")[:-1])
    return ""


def _parameter_entry(p: Parameter, used_by: tuple[str, ...]) -> CatalogueParameter:
    periods = tuple(
        CataloguePeriod(
            effective_from=start,
            effective_to=end,
            value=entry.value,
            display=format_value(entry.value, p.unit),
            references=entry.references,
            note=entry.note,
        )
        for start, end, entry in p.periods()
    )
    return CatalogueParameter(
        id=p.id,
        label=p.label,
        description=p.description,
        unit=p.unit,
        confidence=p.confidence,
        note=p.note,
        periods=periods,
        used_by=used_by,
    )


def registered_rules() -> Mapping[str, RuleLike]:
    """The rules the engine runs (the registry discovers the definition modules)."""
    from tilsyn.rules.registry import load_rules

    return load_rules()


def build_catalogue(
    params: ParameterSet | None = None, rules: Mapping[str, RuleLike] | None = None
) -> Catalogue:
    """Collect every rule and parameter, sorted by id, with who uses which parameter."""
    params = params if params is not None else default_parameters()
    rules = rules if rules is not None else registered_rules()
    users: dict[str, list[str]] = {}
    for rule in rules.values():
        for pid in rule.parameters:
            users.setdefault(pid, []).append(rule.id)
    catalogue_rules = tuple(
        CatalogueRule(
            id=r.id,
            kind=r.kind,
            label=r.label,
            description=r.description,
            version=r.version,
            folder=_rule_folder(r),
            parameters=tuple(r.parameters),
        )
        for r in sorted(rules.values(), key=lambda r: (_rule_folder(r), r.id))
    )
    catalogue_params = tuple(
        _parameter_entry(p, tuple(sorted(users.get(p.id, [])))) for p in params
    )
    return Catalogue(rules=catalogue_rules, parameters=catalogue_params)


def _references_text(refs: Iterable[Reference]) -> str:
    return "; ".join(f"{r.title} <{r.href}>" for r in refs)


def rule_rows(catalogue: Catalogue) -> list[dict[str, Any]]:
    """One flat row per rule (for table and CSV output)."""
    return [
        {
            "rule_id": r.id,
            "kind": r.kind,
            "label": r.label,
            "version": r.version,
            "folder": r.folder,
            "parameters": ", ".join(r.parameters),
        }
        for r in catalogue.rules
    ]


def parameter_rows(catalogue: Catalogue) -> list[dict[str, Any]]:
    """One flat row per dated parameter value (for table and CSV output)."""
    return [
        {
            "parameter_id": p.id,
            "label": p.label,
            "effective_from": period.effective_from,
            "effective_to": period.effective_to,
            "value": period.display,
            "confidence": p.confidence or "",
            "reference": _references_text(period.references),
        }
        for p in catalogue.parameters
        for period in p.periods
    ]


def catalogue_json(catalogue: Catalogue) -> dict[str, Any]:
    """The whole catalogue as plain data (dates stay ``date``; ``to_json`` renders them)."""
    return {
        "rules": [
            {
                "id": r.id,
                "kind": r.kind,
                "label": r.label,
                "description": r.description,
                "version": r.version,
                "folder": r.folder,
                "parameters": list(r.parameters),
            }
            for r in catalogue.rules
        ],
        "parameters": [
            {
                "id": p.id,
                "label": p.label,
                "description": p.description,
                "unit": p.unit,
                "confidence": p.confidence,
                "note": p.note,
                "used_by": list(p.used_by),
                "values": [
                    {
                        "effective_from": v.effective_from,
                        "effective_to": v.effective_to,
                        "value": v.value,
                        "display": v.display,
                        "references": [{"title": r.title, "href": r.href} for r in v.references],
                        "note": v.note,
                    }
                    for v in p.periods
                ],
            }
            for p in catalogue.parameters
        ],
    }


GENERATED_HEADER = (
    "<!-- Genereret af `tilsyn rules docs` ud fra src/tilsyn/rules/parameters og "
    "src/tilsyn/rules/definitions. Ret ikke i filen: ret parametrene eller reglerne og "
    "generér igen. -->"
)


def _cell(text: str) -> str:
    """Markdown table cells cannot hold pipes or line breaks."""
    return " ".join(text.replace("|", "\\|").split())


def _anchor(pid: str) -> str:
    return "p-" + pid.replace(".", "-").replace("_", "-")


def _link(ref: Reference) -> str:
    return f"[{_cell(ref.title)}]({ref.href})"


def _rule_markdown(rule: CatalogueRule, catalogue: Catalogue) -> list[str]:
    kind = KIND_LABELS.get(rule.kind, rule.kind)
    lines = [
        f"#### {rule.label} (`{rule.id}`)",
        "",
        f"- Forpligtelse: {kind} (`{rule.kind}`)",
        f"- Version: {rule.version}",
        f"- Definition: `src/tilsyn/rules/definitions/{rule.folder}/{rule.id}.py`",
        "",
        " ".join(rule.description.split()),
        "",
        "Parametre:",
        "",
    ]
    for pid in rule.parameters:
        try:
            label = catalogue.parameter(pid).label
        except KeyError:
            label = "(ukendt parameter)"
        lines.append(f"- [{label}](#{_anchor(pid)}) (`{pid}`)")
    lines.append("")
    return lines


def _parameter_markdown(p: CatalogueParameter) -> list[str]:
    lines = [
        f'<a id="{_anchor(p.id)}"></a>',
        "",
        f"#### {p.label}",
        "",
        f"- Id: `{p.id}`",
        f"- Enhed: {p.unit}",
    ]
    if p.confidence:
        lines.append(f"- Sikkerhed: {p.confidence} – {CONFIDENCE_LABELS[p.confidence]}")
    if p.used_by:
        lines.append("- Bruges af: " + ", ".join(f"`{rid}`" for rid in p.used_by))
    lines += ["", " ".join(p.description.split()), ""]
    if p.note:
        lines += [f"> Note: {' '.join(p.note.split())}", ""]
    lines += [
        "| Gælder fra | Gælder til (ekskl.) | Værdi | Reference | Note |",
        "|---|---|---|---|---|",
    ]
    for v in p.periods:
        to = v.effective_to.isoformat() if v.effective_to else "–"
        refs = "<br>".join(_link(r) for r in v.references)
        lines.append(
            f"| {v.effective_from.isoformat()} | {to} | {_cell(v.display)} | {refs} "
            f"| {_cell(v.note or '')} |"
        )
    lines.append("")
    return lines


def render_markdown(catalogue: Catalogue) -> str:
    """The catalogue as a Markdown document (deterministic: no timestamps)."""
    lines = [
        GENERATED_HEADER,
        "",
        "# Regler og parametre",
        "",
        "Alle regler, som tilsyn evaluerer, og alle parametre med deres fulde historik: "
        "værdien i hver periode og den retskilde, der fastsatte den. Sikkerhedsmærkerne "
        "(L, A, 2, ?) følger `domain-rules.md`: en parameter mærket ? er en dokumenteret "
        "antagelse, som skal bekræftes.",
        "",
        f"{len(catalogue.rules)} regler, {len(catalogue.parameters)} parametre.",
        "",
        "## Regler",
        "",
    ]
    if not catalogue.rules:
        lines += ["(ingen regler registreret)", ""]
    folder = None
    for rule in catalogue.rules:
        if rule.folder != folder:
            folder = rule.folder
            lines += [f"### {folder}", ""]
        lines += _rule_markdown(rule, catalogue)
    lines += ["## Parametre", ""]
    folder = None
    for p in catalogue.parameters:
        if p.folder != folder:
            folder = p.folder
            lines += [f"### {folder}", ""]
        lines += _parameter_markdown(p)
    lines += _not_modelled_markdown()
    return "\n".join(lines).rstrip("\n") + "\n"


NOT_MODELLED = Path(__file__).parent / "not_modelled.yaml"


def _not_modelled_markdown() -> list[str]:
    """The rules researched but not evaluated (``not_modelled.yaml``), with why and sources."""
    items = yaml.safe_load(NOT_MODELLED.read_text(encoding="utf-8")) or []
    lines = [
        "## Ikke modelleret",
        "",
        "Regler, som tilsyn endnu ikke vurderer, med begrundelse og de kilder, der er læst.",
        "",
    ]
    for item in items:
        sources = "; ".join(f"[{s['title']}]({s['href']})" for s in item["sources"])
        lines += [
            f"- **{item['title']}** ({item['law']}). {' '.join(item['why'].split())} "
            f"Kilder: {sources}.",
        ]
    return [*lines, ""]
