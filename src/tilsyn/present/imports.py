"""What an import did, and why a folder was refused, in Danish."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tilsyn.present.danish import integer

if TYPE_CHECKING:
    from tilsyn.data.importer import ImportResult
    from tilsyn.data.validate import ProblemLog


@dataclass(frozen=True)
class ProblemGroup:
    kind: str  # what is wrong
    where: str  # the file, and the column when there is one
    count: int
    lines: list[str]  # examples, then '… og N mere' when there are more


def problem_groups(log: ProblemLog) -> Iterator[ProblemGroup]:
    """The problems grouped by kind and place, with examples."""
    for key, examples in log.groups.items():
        file, column, kind = key
        count = log.counts[key]
        where = file if column == "*" else f"{file}, kolonne {column}"
        lines = [str(p) for p in examples]
        if count > len(examples):
            lines.append(f"… og {count - len(examples)} mere")
        yield ProblemGroup(kind, where, count, lines)


def import_notes(result: ImportResult) -> list[str]:
    """The lines after the table of rows: period, events, pseudonymisation, unknown columns."""
    lo, hi = result.date_range
    lines = [f"Periode: {lo or '–'} til {hi or '–'}"]
    if result.events_from:
        lines.append(
            f"Hændelser vurderes fra {result.events_from} (forpligtelser, der begynder før, "
            "kan ikke vurderes som for sene)"
        )
    if result.pseudonymised:
        lines.append(f"{integer(result.pseudonymised)} CPR-numre pseudonymiseret")
    return lines


def problem_report_rows(log: ProblemLog) -> Iterator[list[object]]:
    """Every problem as a row of the CSV report: file, row, column, kind, value, expected."""
    yield ["fil", "raekke", "kolonne", "fejltype", "vaerdi", "forventet"]
    for p in log.all_problems:
        yield [p.file, p.row, p.column, p.kind, p.value, p.expected]
