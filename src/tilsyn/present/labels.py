"""Danish labels of the codes the engines return (data and JSON keep the codes; people read
these). ``label(BENEFIT, "foertidspension") == "Førtidspension"``; an unknown code is shown as
it is rather than hidden."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

BENEFIT = {
    "dagpenge": "Dagpenge",
    "kontanthjaelp": "Kontanthjælp",
    "uddannelseshjaelp": "Uddannelseshjælp",
    "selvforsoergelsesydelse": "Selvforsørgelses- og hjemrejseydelse",
    "sygedagpenge": "Sygedagpenge",
    "jobafklaring": "Jobafklaringsforløb",
    "ressourceforloeb": "Ressourceforløb",
    "ledighedsydelse": "Ledighedsydelse",
    "revalidering": "Revalidering",
    "fleksjob": "Fleksjob",
    "foertidspension": "Førtidspension",
}

TARGET_GROUP = {
    "jobparat": "Jobparat",
    "aktivitetsparat": "Aktivitetsparat",
    "uddannelsesparat": "Uddannelsesparat",
}

CONVERSATION_KIND = {
    "jobsamtale": "Jobsamtale",
    "opfoelgningssamtale": "Opfølgningssamtale",
    "faellessamtale": "Fællessamtale",
    "cv_samtale": "CV-samtale",
    "andet": "Anden samtale",
    "rehabiliteringsteam": "Behandling i rehabiliteringsteamet",
}

CONVERSATION_FORM = {
    "personligt": "Personligt fremmøde",
    "telefon": "Telefon",
    "video": "Video",
    "digitalt": "Digitalt",
}

HELD_BY = {"jobcenter": "Jobcenter", "akasse": "A-kasse", "anden_aktoer": "Anden aktør"}

CONVERSATION_STATUS = {"afholdt": "Afholdt", "aflyst": "Aflyst", "udeblevet": "Udeblevet"}

OFFER_KIND = {
    "virksomhedspraktik": "Virksomhedspraktik",
    "loentilskud": "Løntilskud",
    "vejledning_opkvalificering": "Vejledning og opkvalificering",
    "nytteindsats": "Nytteindsats",
    "oevrig_vejledning": "Øvrig vejledning",
    "mentor": "Mentor",
}

# Obligations: the status of a verdict and the kind of obligation (lower case: they stand
# inside sentences and table cells).
STATUS = {
    "met": "rettidig",
    "late": "for sent",
    "overdue": "overskredet",
    "open": "åben",
    "exempt": "fritaget",
    "not_applicable": "ikke relevant",
}

KIND = {
    "first_interview": "første jobsamtale",
    "interviews_6m": "samtaler i 6 mdr.",
    "offer_6m": "tilbud senest 6 mdr.",
    "plan_before_offer": "Min Plan før tilbud",
    "sick_first_followup": "første opfølgning (sygedagpenge)",
    "sick_followups": "opfølgninger (sygedagpenge)",
    "sick_reassessment": "revurdering (22 uger)",
    "sick_rehabilitation_team": "rehabiliteringsteam (kategori 3)",
}

MEASURE = {"interviews": "samtaler", "offers": "tilbud"}
OFFER_READING = {
    "overlap": "tilbud der overlapper de 12 mdr.",
    "started": "tilbud påbegyndt i de 12 mdr.",
}
"""When an offer counts in the offer focus measure (``skaerpet_tilsyn.offer_reading``)."""
OFFER_READING_SHORT = {"overlap": "overlapper", "started": "påbegyndt"}
"""Focus measures; the Danish word is also the code users type (``--measure samtaler``)."""

EARLY_PART = {
    "samtaler": "Mindst 4 jobsamtaler før 6 måneder",
    "tilbud": "Tilbud før 6 måneder",
    "dagpenge_samtaler": "Dagpenge: lovpligtige jobsamtaler ved 6 måneders ledighed",
}
"""The parts of STAR's follow-up on the early effort (``tilsyn.measures.early.PARTS``)."""

REFORM_RULE = {
    "foerste_samtale": "Første jobsamtale med alle jobparate",
    "samtaler_75": "Jobsamtaler med mindst 75 % inden 6 måneder",
    "tilbud_75": "Første tilbud til mindst 75 % inden 6 måneder",
    "samtale_16_mdr": "Dagpenge: samtale om intensiveret indsats inden 16 måneder",
    "akasse_samtaler_75": "A-kassen: mindst 2 jobsamtaler med 75 % inden 3 måneder",
}
"""The 2026 reform's requirements (``tilsyn.measures.reform.RULES``)."""
AKASSE_NOT_COMPUTABLE = (
    "kan ikke beregnes – data har ingen samtaler holdt af a-kassen (held_by = akasse)"
)
"""Why the a-kasse's 75 % requirement is missing from the reform's figures."""

TABLE = {
    "persons": "Borgere",
    "caseworkers": "Sagsbehandlere",
    "benefit_periods": "Ydelsesforløb",
    "conversations": "Samtaler",
    "offers": "Tilbud",
    "employment_hours": "Beskæftigelsestimer",
    "plans": "Min Plan",
    "exemptions": "Fritagelser",
    "reassessments": "Revurderinger",
    "payments": "Udbetalinger",
}

GROUPING = {
    "caseworker": "Sagsbehandler",
    "team": "Team",
    "organisation": "Organisation",
    "benefit": "Ydelse",
    "kind": "Forpligtelse",
    "municipality": "Kommune",
}

ESTIMATOR = {
    "same_month_last_year_x_trend": "samme måned sidste år × udvikling",
    "recent_months_mean": "gennemsnit af seneste måneder",
    "seasonal_profile": "sæsonprofil",
    "last_month": "seneste måned videreført",
}

ROLE = {
    "caseworker": "Sagsbehandler",
    "coordinator": "Koordinator",
    "manager": "Leder",
    "partner_viewer": "Samarbejdspartner (læseadgang)",
    "auditor": "Revisor",
    "admin": "Administrator",
    "operator": "Driftsansvarlig",
}

MUNICIPALITY = {"185": "Tårnby", "155": "Dragør"}
"""Names of the municipalities the demo and the tests use; others are shown by code."""


def label(table: Mapping[str, str], code: Any, *, none: str = "") -> str:
    """The Danish label of ``code`` in ``table``; the code itself when it has none."""
    if code is None:
        return none
    return table.get(str(code), str(code))


def benefit(code: Any) -> str:
    return label(BENEFIT, code)


def status(code: Any) -> str:
    return label(STATUS, code)


def kind(code: Any) -> str:
    return label(KIND, code)


def estimator(code: Any) -> str:
    return label(ESTIMATOR, code)


def municipality(code: Any) -> str:
    """'185 Tårnby' for a known code, else the code."""
    if code is None:
        return ""
    name = MUNICIPALITY.get(str(code))
    return f"{code} {name}" if name else str(code)
