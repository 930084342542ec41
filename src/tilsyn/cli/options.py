"""Options with a fixed set of values. What users type is Danish, like the codes of the
case-data format (``--part samtaler``, ``--measure tilbud``, ``--by ydelse``); each enum maps
to the code the application layer takes. File formats keep their own names."""

from __future__ import annotations

from enum import StrEnum


class OutputFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


class Grouping(StrEnum):
    sagsbehandler = "sagsbehandler"
    team = "team"
    organisation = "organisation"
    ydelse = "ydelse"
    forpligtelse = "forpligtelse"
    kommune = "kommune"

    @property
    def code(self) -> str:
        return {
            "sagsbehandler": "caseworker",
            "ydelse": "benefit",
            "forpligtelse": "kind",
            "kommune": "municipality",
        }.get(self.value, self.value)


class FocusMeasure(StrEnum):
    samtaler = "samtaler"
    tilbud = "tilbud"

    @property
    def code(self) -> str:
        return "interviews" if self is FocusMeasure.samtaler else "offers"


class Part(StrEnum):
    samtaler = "samtaler"
    tilbud = "tilbud"
    dagpenge_samtaler = "dagpenge_samtaler"


class CountMethod(StrEnum):
    uger = "uger"
    dage = "dage"

    @property
    def code(self) -> str:
        return "weeks" if self is CountMethod.uger else "days"


class ApiVersion(StrEnum):
    v2 = "v2"
    v3 = "v3"


class DataFormat(StrEnum):
    csv = "csv"
    parquet = "parquet"
