"""The case-data contract, version 1: every table, column, type and code list.

This module is the single source of truth: the importer validates against it, the
snapshot schema is derived from it, the generator writes it and `docs/data-format.md`
is checked against it by a test.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

CONTRACT_VERSION = "1"

ColumnType = Literal[
    "text",  # free text, non-empty when required
    "person_id",  # pseudonym or CPR number (pseudonymised on import)
    "municipality",  # 3-digit kommunekode
    "date",  # ISO YYYY-MM-DD
    "month",  # ISO YYYY-MM
    "isoweek",  # ISO YYYY-Www
    "int",
    "decimal",  # decimal number, '.' or ',' as decimal separator, stored exactly
    "bool",  # true/false, ja/nej, 1/0
    "code",  # one of a closed code list
]

BENEFITS = (
    "dagpenge",
    "kontanthjaelp",
    "uddannelseshjaelp",
    "selvforsoergelsesydelse",
    "sygedagpenge",
    "jobafklaring",
    "ressourceforloeb",
    "ledighedsydelse",
    "revalidering",
    "fleksjob",
    "foertidspension",
)
TARGET_GROUPS = ("jobparat", "aktivitetsparat", "uddannelsesparat")
# "rehabiliteringsteam" records that a sickness case was treated in the rehabilitation team
# (sygedagpengeloven § 13 d); appended last so existing code positions stay valid.
CONVERSATION_KINDS = (
    "jobsamtale",
    "opfoelgningssamtale",
    "faellessamtale",
    "cv_samtale",
    "andet",
    "rehabiliteringsteam",
)
CONVERSATION_FORMS = ("personligt", "telefon", "video", "digitalt")
CONVERSATION_HOLDERS = ("jobcenter", "akasse", "anden_aktoer")
CONVERSATION_STATUSES = ("afholdt", "aflyst", "udeblevet")
CONVERSATION_PURPOSES = ("intensiveret_indsats",)
OFFER_KINDS = (
    "virksomhedspraktik",
    "loentilskud",
    "vejledning_opkvalificering",
    "nytteindsats",
    "oevrig_vejledning",
    "mentor",
)
SICKNESS_CATEGORIES = ("1", "2", "3")
ORGANISATION_KINDS = ("jobcenter", "anden_aktoer")

# Exemption reasons are free text in contract v1; these codes have a meaning to the
# rules (the 2026 reform's 25 % exemption needs to be told apart from e.g. sickness).
EXEMPTION_REASON_CODES = ("sygdom", "barsel", "ferie", "job_snart", "selv_job", "andet")


@dataclass(frozen=True)
class Column:
    name: str
    type: ColumnType
    required: bool = True
    description: str = ""
    codes: tuple[str, ...] = ()
    example: str = ""
    default: str | None = None  # value used when an optional column is absent or empty
    extension: bool = False  # added after v1 as an optional column; v1 folders stay valid


@dataclass(frozen=True)
class Table:
    name: str
    required: bool
    description: str
    columns: tuple[Column, ...]
    key: tuple[str, ...] = ()  # columns that must be unique together
    periods: tuple[str, str] | None = None  # (start, end) columns: end >= start
    references_persons: bool = True
    extra: dict[str, str] = field(default_factory=dict)

    def column(self, name: str) -> Column:
        for col in self.columns:
            if col.name == name:
                return col
        raise KeyError(name)

    @property
    def required_columns(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns if c.required)


PERSON = Column(
    "person_id", "person_id", description="Pseudonym eller CPR-nummer", example="P000123"
)

TABLES: tuple[Table, ...] = (
    Table(
        "persons",
        required=True,
        description="Borgere i kommunens beskæftigelsesindsats.",
        key=("person_id",),
        references_persons=False,
        columns=(
            Column(
                "person_id",
                "person_id",
                description="Unik nøgle: pseudonym eller CPR-nummer (pseudonymiseres ved import)",
                example="P000123",
            ),
            Column(
                "municipality", "municipality", description="Kommunekode (3 cifre)", example="185"
            ),
            Column(
                "birth_date",
                "date",
                required=False,
                description="Fødselsdato",
                example="1984-03-02",
            ),
            Column(
                "caseworker_id",
                "text",
                required=False,
                description="Ansvarlig sagsbehandler",
                example="T-JC-03",
            ),
        ),
    ),
    Table(
        "caseworkers",
        required=False,
        description="Sagsbehandlere, deres team og organisation (jobcenter eller anden aktør).",
        key=("caseworker_id",),
        references_persons=False,
        columns=(
            Column("caseworker_id", "text", example="T-JC-03"),
            Column("name", "text", description="Navn", example="Sagsbehandler 3"),
            Column("team", "text", description="Team", example="Team Kontanthjælp"),
            Column(
                "organisation",
                "text",
                description="Jobcenter eller anden aktør",
                example="Jobcenter Tårnby",
            ),
        ),
    ),
    Table(
        "benefit_periods",
        required=True,
        description="Ydelsesforløb: én række pr. periode på en ydelse.",
        periods=("start_date", "end_date"),
        columns=(
            PERSON,
            Column(
                "benefit", "code", codes=BENEFITS, description="Ydelse", example="kontanthjaelp"
            ),
            Column("start_date", "date", description="Første dag på ydelsen", example="2024-02-05"),
            Column(
                "end_date",
                "date",
                required=False,
                description="Sidste dag (inklusive); tom = løbende",
                example="2024-09-30",
            ),
            Column(
                "target_group",
                "code",
                required=False,
                codes=TARGET_GROUPS,
                description="Visitation (hvor ydelsen har en)",
                example="jobparat",
            ),
            Column(
                "first_contact_date",
                "date",
                required=False,
                description="Første henvendelse til kommunen (hvor loven regner derfra)",
                example="2024-02-01",
            ),
            Column(
                "first_absence_date",
                "date",
                required=False,
                description="Sygedagpenge: første fraværsdag",
                example="2024-01-15",
            ),
            Column(
                "sickness_category",
                "code",
                required=False,
                codes=SICKNESS_CATEGORIES,
                description="Sygedagpenge: visitationskategori 1/2/3",
                example="2",
            ),
            Column(
                "employed",
                "bool",
                required=False,
                description="Sygedagpenge: sygemeldt fra et ansættelsesforhold",
                example="true",
            ),
            Column(
                "municipality",
                "municipality",
                required=False,
                description="Kommune for perioden, hvis anden end personens",
                example="185",
            ),
            Column(
                "work_obligation",
                "bool",
                required=False,
                extension=True,
                description="Kontanthjælp: omfattet af arbejdspligt (LAB kap. 16 a)",
                example="false",
            ),
            Column(
                "education_order",
                "bool",
                required=False,
                extension=True,
                description=(
                    "Dagpenge m.fl.: har et uddannelsespålæg (Min Plan kræver uddannelsesmål)"
                ),
                example="false",
            ),
            Column(
                "introduction_programme",
                "bool",
                required=False,
                extension=True,
                description=(
                    "Selvforsørgelses- og hjemrejseydelse/overgangsydelse: i "
                    "introduktionsprogrammet efter integrationsloven"
                ),
                example="false",
            ),
            Column(
                "expected_absence_weeks",
                "int",
                required=False,
                extension=True,
                description="Sygedagpenge: forventet fravær i uger (borger og arbejdsgiver)",
                example="6",
            ),
            Column(
                "handover_date",
                "date",
                required=False,
                extension=True,
                description="Dagpenge: dato hvor kontaktforløbet overgik fra a-kasse til kommune",
                example="2024-05-31",
            ),
            Column(
                "jobcentre_course",
                "bool",
                required=False,
                extension=True,
                description=(
                    "Dagpenge: visiteret til kontaktforløb i jobcentret (LAB § 27, stk. 3, unge "
                    "under 25); jobcentret holder da 6 jobsamtaler i de første 6 måneder"
                ),
                example="false",
            ),
            Column(
                "early_followup_request_date",
                "date",
                required=False,
                extension=True,
                description=(
                    "Sygedagpenge: dato hvor arbejdsgiver eller den sygemeldte anmodede om tidlig "
                    "opfølgning (sygedagpengeloven §§ 7 c, 7 e)"
                ),
                example="2024-01-10",
            ),
        ),
    ),
    Table(
        "conversations",
        required=True,
        description="Samtaler: indkaldte, afholdte, aflyste og udeblevne.",
        columns=(
            PERSON,
            Column("date", "date", description="Samtalens dato", example="2024-02-07"),
            Column(
                "kind",
                "code",
                codes=CONVERSATION_KINDS,
                description=(
                    "Samtaletype; rehabiliteringsteam = sagen er behandlet i "
                    "rehabiliteringsteamet (sygedagpenge, kategori 3)"
                ),
                example="jobsamtale",
            ),
            Column(
                "form", "code", codes=CONVERSATION_FORMS, description="Form", example="personligt"
            ),
            Column(
                "held_by",
                "code",
                codes=CONVERSATION_HOLDERS,
                description="Hvem holdt samtalen",
                example="jobcenter",
            ),
            Column(
                "status",
                "code",
                codes=CONVERSATION_STATUSES,
                description="Status",
                example="afholdt",
            ),
            Column(
                "individual",
                "bool",
                required=False,
                default="true",
                description="Individuel samtale (false = gruppemøde)",
                example="true",
            ),
            Column(
                "caseworker_id",
                "text",
                required=False,
                description="Sagsbehandler",
                example="T-JC-03",
            ),
            Column(
                "purpose",
                "code",
                required=False,
                extension=True,
                codes=CONVERSATION_PURPOSES,
                description="Særligt formål, fx samtale om intensiveret indsats (16 måneder)",
                example="intensiveret_indsats",
            ),
        ),
    ),
    Table(
        "offers",
        required=False,
        description="Tilbud (LAB kap. 11-14) og mentor.",
        periods=("start_date", "end_date"),
        columns=(
            PERSON,
            Column(
                "kind",
                "code",
                codes=OFFER_KINDS,
                description="Tilbudstype",
                example="virksomhedspraktik",
            ),
            Column("start_date", "date", description="Første dag", example="2024-06-03"),
            Column("end_date", "date", description="Sidste dag (inklusive)", example="2024-07-26"),
        ),
    ),
    Table(
        "employment_hours",
        required=False,
        description="Lønnede timer pr. måned (fx fra eIndkomst).",
        key=("person_id", "month"),
        columns=(
            PERSON,
            Column("month", "month", description="Måned", example="2024-03"),
            Column("hours", "decimal", description="Timer (≥ 0)", example="37.5"),
        ),
    ),
    Table(
        "plans",
        required=False,
        description="Min Plan: oprettelse og opdateringer.",
        columns=(
            PERSON,
            Column(
                "date", "date", description="Dato for oprettelse/opdatering", example="2024-02-07"
            ),
            Column("has_job_goal", "bool", description="Indeholder jobmål", example="true"),
            Column(
                "has_education_goal",
                "bool",
                description="Indeholder uddannelsesmål",
                example="false",
            ),
        ),
    ),
    Table(
        "exemptions",
        required=False,
        description="Fritagelser fra kontaktforløb/tilbud.",
        periods=("start_date", "end_date"),
        columns=(
            PERSON,
            Column("start_date", "date", description="Første dag", example="2024-04-01"),
            Column("end_date", "date", description="Sidste dag (inklusive)", example="2024-04-28"),
            Column(
                "reason",
                "text",
                description="Begrundelse; koderne "
                + ", ".join(EXEMPTION_REASON_CODES)
                + " genkendes",
                example="sygdom",
            ),
        ),
    ),
    Table(
        "reassessments",
        required=False,
        description="Revurderinger af sygedagpengesager (22-ugers-reglen).",
        columns=(
            PERSON,
            Column("date", "date", description="Dato", example="2024-06-10"),
            Column("outcome", "text", description="Resultat", example="forlaenget"),
        ),
    ),
    Table(
        "payments",
        required=False,
        description="Udbetalinger pr. ISO-uge.",
        key=("person_id", "benefit", "week"),
        columns=(
            PERSON,
            Column(
                "benefit", "code", codes=BENEFITS, description="Ydelse", example="kontanthjaelp"
            ),
            Column("week", "isoweek", description="ISO-uge", example="2024-W07"),
            Column("amount", "decimal", description="Beløb i kr.", example="3120.50"),
        ),
    ),
)

TABLES_BY_NAME: dict[str, Table] = {t.name: t for t in TABLES}
REQUIRED_TABLES = tuple(t.name for t in TABLES if t.required)

# Exact storage types in the snapshot (DuckDB).
SQL_TYPES: dict[ColumnType, str] = {
    "text": "VARCHAR",
    "person_id": "VARCHAR",
    "municipality": "VARCHAR",
    "date": "DATE",
    "month": "DATE",  # first day of the month
    "isoweek": "VARCHAR",  # 'YYYY-Www'; week_start (DATE) is added alongside
    "int": "INTEGER",
    "decimal": "DECIMAL(18,2)",
    "bool": "BOOLEAN",
    "code": "VARCHAR",
}
