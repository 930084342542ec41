"""One report model that every format renders: sections of paragraphs, typed tables and charts.

Builders (monthly, committee, recovery plan, statement, auditor export) produce a
:class:`Report`; the renderers turn it into HTML, PDF, XLSX or DOCX. Cells keep their type
(integer, number, share, date, text) so that Excel gets real number and date cells and the
text formats get Danish formatting from one place.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from typing import Literal

CellKind = Literal["text", "int", "number", "percent", "date", "money"]
Number = int | float | Decimal | Fraction


@dataclass(frozen=True)
class Cell:
    """One table cell. ``percent`` values are shares 0..1; ``money`` is kr. or mio. kr. as the
    column says; ``decimals`` applies to number, percent and money."""

    value: str | Number | dt.date | None
    kind: CellKind = "text"
    decimals: int = 1
    emphasis: bool = False

    @classmethod
    def text(cls, value: str | None, *, emphasis: bool = False) -> Cell:
        return cls(value, "text", emphasis=emphasis)

    @classmethod
    def integer(cls, value: int | None, *, emphasis: bool = False) -> Cell:
        return cls(value, "int", 0, emphasis)

    @classmethod
    def number(cls, value: Number | None, decimals: int = 1, *, emphasis: bool = False) -> Cell:
        return cls(value, "number", decimals, emphasis)

    @classmethod
    def percent(cls, value: Number | None, decimals: int = 1, *, emphasis: bool = False) -> Cell:
        return cls(value, "percent", decimals, emphasis)

    @classmethod
    def date(cls, value: dt.date | None) -> Cell:
        return cls(value, "date")

    @property
    def numeric(self) -> bool:
        return self.kind in ("int", "number", "percent", "money")


@dataclass(frozen=True)
class Table:
    columns: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    caption: str | None = None
    note: str | None = None
    # The first data row that is a total (shown bold); None when there is none.
    total_rows: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        for i, row in enumerate(self.rows):
            if len(row) != len(self.columns):
                raise ValueError(
                    f"tabel '{self.caption}': række {i + 1} har {len(row)} celler, "
                    f"men der er {len(self.columns)} kolonner"
                )


@dataclass(frozen=True)
class Paragraph:
    text: str
    # Placeholder text a municipality is expected to rewrite (shown marked in the drafts).
    editable: bool = False


@dataclass(frozen=True)
class BulletList:
    items: tuple[str, ...]
    numbered: bool = False


@dataclass(frozen=True)
class Notice:
    """A boxed, clearly labelled remark, e.g. that no reviews are recorded yet."""

    title: str
    text: str


@dataclass(frozen=True)
class Chart:
    """A Vega-Lite specification (plain dict) with a caption; rendered offline to SVG/PNG."""

    title: str
    spec: dict[str, object]
    description: str = ""


Block = Paragraph | Table | BulletList | Notice | Chart


@dataclass(frozen=True)
class Section:
    title: str
    blocks: tuple[Block, ...] = ()
    # Sections of a longer document (e.g. the recovery plan's five questions) are numbered.
    numbered: bool = False


@dataclass(frozen=True)
class Stamp:
    """Where the figures come from: every figure in a report carries this."""

    snapshot_id: str
    ruleset_version: str
    computed_at: dt.datetime

    def text(self) -> str:
        from tilsyn.reports.danish import datetime_short

        return (
            f"Datasamling {self.snapshot_id} · regelsæt {self.ruleset_version} · "
            f"beregnet {datetime_short(self.computed_at)}"
        )


@dataclass(frozen=True)
class Letterhead:
    """Sender block as in a Danish municipal letter."""

    municipality: str  # "Tårnby Kommune"
    department: str  # "Jobcenter Tårnby"
    address: tuple[str, ...] = ()
    recipient: tuple[str, ...] = ()


CONTINUATION_TITLE = "Forbehold om lovgrundlaget"


@dataclass(frozen=True)
class Report:
    kind: str  # "monthly", "committee", "recovery-plan", "statement", "auditor"
    title: str
    subtitle: str
    date: dt.date
    letterhead: Letterhead
    stamp: Stamp
    sections: tuple[Section, ...]
    reference: str | None = None  # journal number ("J.nr.")
    signature: tuple[str, ...] = ()
    # Short file-name stem, e.g. "maanedsrapport-2024-05-155".
    slug: str = "rapport"
    meta: dict[str, str] = field(default_factory=dict)
    # The plain notice that the rules' continuation is not confirmed on the report's as-of
    # date (``tilsyn.app.continuation``), or None. Keyword-only without a default, so no
    # builder can leave it out; every renderer prints it under the title.
    continuation_notice: str | None = field(kw_only=True)

    @property
    def notice_title(self) -> str:
        return CONTINUATION_TITLE

    def heading(self, index: int) -> str:
        """The title of section ``index``, numbered among the numbered sections only."""
        section = self.sections[index]
        if not section.numbered:
            return section.title
        number = sum(1 for s in self.sections[: index + 1] if s.numbered)
        return f"{number}. {section.title}"

    def tables(self) -> list[Table]:
        return [b for s in self.sections for b in s.blocks if isinstance(b, Table)]

    def charts(self) -> list[Chart]:
        return [b for s in self.sections for b in s.blocks if isinstance(b, Chart)]
