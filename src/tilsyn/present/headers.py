"""Danish column titles of the tables the command line, the web app and the reports show,
keyed by the field names of the application layer's rows."""

from __future__ import annotations

OBLIGATION = {
    "person_id": "Borger",
    "municipality": "Kommune",
    "caseworker_id": "Sagsbehandler",
    "team": "Team",
    "organisation": "Organisation",
    "benefit": "Ydelse",
    "kind": "Forpligtelse",
    "rule_id": "Regel",
    "rule_version": "Version",
    "reference": "Reference",
    "window_start": "Periode fra",
    "due_date": "Frist",
    "status": "Status",
    "fulfilled_date": "Opfyldt",
    "days_late": "Dage over",
    "evidence": "Grundlag",
}

TIMELINESS = {
    "met": "Rettidigt",
    "late": "For sent",
    "overdue": "Overskredet",
    "total": "I alt",
    "on_time_share": "Andel rettidigt",
}

RULE = {
    "rule_id": "Regel",
    "kind": "Forpligtelse",
    "label": "Betegnelse",
    "version": "Version",
    "folder": "Område",
    "parameters": "Parametre",
}

PARAMETER = {
    "parameter_id": "Parameter",
    "label": "Betegnelse",
    "effective_from": "Gælder fra",
    "effective_to": "Gælder til (ekskl.)",
    "value": "Værdi",
    "confidence": "Sikkerhed",
    "reference": "Reference",
}

FOCUS_MONTH = {
    "month": "Måned",
    "population": "Population",
    "failing": "Mangler",
    "share": "Andel",
}

FORECAST_ACTION = {
    "person_id": "Borger",
    "action": "Handling",
    "count": "Antal",
    "by_date": "Senest",
    "months_gained": "Måneder vundet",
}

EARLY = {
    "municipality": "Kommune",
    "month": "Måned",
    "part": "Del",
    "population": "Personer",
    "compliant": "Opfyldt",
    "share_pct": "Andel %",
    "threshold_pct": "Grænse %",
    "below": "Under",
    "run": "Måneder i træk",
    "flagged": "STAR skriver",
    "complete": "Hel måned",
}

REFORM = {
    "municipality": "Kommune",
    "month": "Måned",
    "rule": "Regel",
    "group": "Gruppe",
    "population": "Personer",
    "compliant": "Opfyldt",
    "share_pct": "Andel %",
    "required_pct": "Krav %",
    "meets": "Opfylder",
    "rolling_share_pct": "Løbende %",
    "run": "Måneder i træk",
    "at_risk": "I risiko",
    "exempted": "Undtaget",
    "exempted_pct": "Undtaget %",
    "exemption_ok": "≤ 25 %",
    "noncompliant_unexempted": "Mangler uden undtagelse",
    "complete": "Hel måned",
}

RECONCILE = {
    "municipality": "Kommune",
    "month": "Måned",
    "ours_population": "Personer (vores)",
    "ours_pct": "Vores %",
    "official_pct": "jobindsats %",
    "difference_pp": "Forskel (pct.-point)",
}

FULLTIME = {
    "municipality": "Kommune",
    "benefit": "Ydelse",
    "month": "Måned",
    "fulltime_persons": "Helårspersoner",
    "is_forecast": "Prognose",
    "estimator": "Metode",
    "backtest_error": "Backtest-fejl (WAPE)",
    "year_to_date": "År til dato",
    "months_actual": "Faktiske mdr.",
    "whole_year": "Hele året",
}

REFUND = {
    "person_id": "Borger",
    "week": "Uge",
    "benefit": "Ydelse",
    "municipality": "Kommune",
    "staircase_week": "Uge på trappen",
    "step": "Trin",
    "rate": "Sats",
    "financing": "Finansiering",
    "amount": "Udbetalt (kr.)",
    "refund": "Refusion (kr.)",
    "cofinancing": "Medfinansiering (kr.)",
}

SNAPSHOTS = ("", "Id", "Oprettet (UTC)", "Borgere", "Ydelsesforløb", "Periode", "Kilde")

ACCESS_LOG = (
    "Tidspunkt (UTC)",
    "Bruger",
    "Handling",
    "Datasamling",
    "Borger",
    "Formål",
    "Detaljer",
)
