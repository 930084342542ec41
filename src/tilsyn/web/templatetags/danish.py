"""Template filters for Danish numbers, dates and labels (built in to every template)."""

from __future__ import annotations

from collections.abc import Iterable
from fractions import Fraction
from typing import Any

from django import template

from tilsyn.present import danish, labels

register = template.Library()

ROLE_LABELS = {
    "caseworker": "Sagsbehandler",
    "coordinator": "Faglig koordinator",
    "manager": "Leder",
    "partner_viewer": "Samarbejdskommune (læseadgang)",
    "auditor": "Revisor",
    "admin": "Administrator",
    "operator": "Drift",
}


@register.filter
def date_long(value: Any) -> str:
    return danish.date_long(value, none="–") if value else "–"


@register.filter
def date_short(value: Any) -> str:
    return danish.date_short(value, none="–") if value else "–"


@register.filter
def month(value: Any) -> str:
    return danish.month(value, none="–") if value else "–"


@register.filter
def number(value: Any, decimals: int = 0) -> str:
    return "–" if value is None else danish.number(value, decimals)


@register.filter
def percent(value: Any) -> str:
    if isinstance(value, Fraction):  # the measures keep exact shares
        value = float(value)
    return danish.percent(value, none="–")


@register.filter
def kroner(value: Any) -> str:
    return danish.kroner(value, none="–")


@register.filter
def status_label(code: Any) -> str:
    return labels.status(code)


@register.filter
def kind_label(code: Any) -> str:
    return labels.kind(code)


@register.filter
def benefit_label(code: Any) -> str:
    return labels.benefit(code)


@register.filter
def early_part_label(code: Any) -> str:
    return labels.label(labels.EARLY_PART, code)


@register.filter
def reform_rule_label(code: Any) -> str:
    return labels.label(labels.REFORM_RULE, code)


@register.filter
def offer_reading_label(code: Any) -> str:
    return labels.label(labels.OFFER_READING, code)


@register.filter
def offer_reading_short(code: Any) -> str:
    return labels.label(labels.OFFER_READING_SHORT, code)


@register.filter
def target_group_label(code: Any) -> str:
    return labels.label(labels.TARGET_GROUP, code)


@register.filter
def municipality_label(code: Any) -> str:
    return labels.municipality(code)


@register.filter
def role_label(code: Any) -> str:
    return ROLE_LABELS.get(str(code), str(code))


@register.filter
def municipality_list(codes: Iterable[str]) -> str:
    return ", ".join(labels.municipality(c) for c in sorted(codes))


_CATEGORY = {
    "benefit_period": "Ydelsesforløb",
    "conversation": "Samtale",
    "offer": "Tilbud",
    "plan": "Min Plan",
    "exemption": "Fritagelse",
    "reassessment": "Revurdering",
}


@register.filter
def event_label(event: Any) -> str:
    """'Samtale: Jobsamtale (Personligt fremmøde, Jobcenter, Afholdt)' for a timeline event."""
    category = _CATEGORY.get(event.category, event.category)
    detail = event.detail
    if event.category == "benefit_period":
        text = f"{category}: {labels.benefit(event.code)}"
        if "target_group" in detail:
            text += f" ({labels.label(labels.TARGET_GROUP, detail['target_group'])})"
        return text
    if event.category == "conversation":
        parts = [
            labels.label(labels.CONVERSATION_FORM, detail.get("form")),
            labels.label(labels.HELD_BY, detail.get("held_by")),
            labels.label(labels.CONVERSATION_STATUS, detail.get("status")),
        ]
        shown = ", ".join(p for p in parts if p)
        kind = labels.label(labels.CONVERSATION_KIND, event.code)
        return f"{category}: {kind}" + (f" ({shown})" if shown else "")
    if event.category == "offer":
        return f"{category}: {labels.label(labels.OFFER_KIND, event.code)}"
    if event.category == "plan":
        goals = [
            name
            for key, name in (("has_job_goal", "jobmål"), ("has_education_goal", "uddannelsesmål"))
            if detail.get(key, "").lower() in {"true", "1"}
        ]
        return f"{category} oprettet/opdateret" + (
            f" med {' og '.join(goals)}" if goals else " uden mål"
        )
    return f"{category}: {event.code}" if event.code else category


_UNITS = {
    "day": ("dag", "dage"),
    "week": ("uge", "uger"),
    "month": ("måned", "måneder"),
    "hour": ("time", "timer"),
}
_CODE_TABLES = (
    labels.BENEFIT,
    labels.TARGET_GROUP,
    labels.CONVERSATION_KIND,
    labels.CONVERSATION_FORM,
    labels.HELD_BY,
    labels.OFFER_KIND,
)


def _code(value: Any) -> str:
    for table in _CODE_TABLES:
        if str(value) in table:
            return table[str(value)]
    return str(value)


@register.filter
def parameter_value(value: Any, unit: str) -> str:
    """A rule parameter as a Danish reader expects it: '6 måneder', 'ja', '75,0 %',
    'Kontanthjælp, Uddannelseshjælp'."""
    if value is None:
        return "–"
    if isinstance(value, bool):
        return "ja" if value else "nej"
    if isinstance(value, list):
        return ", ".join(_code(v) for v in value) if value else "(ingen)"
    if unit == "share":
        return danish.percent(value)
    if unit == "code":
        return _code(value)
    if unit in _UNITS and isinstance(value, int | float):
        one, many = _UNITS[unit]
        return f"{danish.number(value, 0)} {one if value == 1 else many}"
    if isinstance(value, int | float):
        return danish.number(value, 0 if float(value).is_integer() else 1)
    return str(value)


@register.simple_tag
def chart_locale() -> str:
    """The charts' Danish number and date formats, as JSON for the page's chart script (one
    definition for the web and the reports: ``tilsyn.present.danish``)."""
    from django.utils.html import json_script

    return json_script(
        {"format": danish.CHART_FORMAT_LOCALE, "time": danish.CHART_TIME_LOCALE}, "chart-locale"
    )
