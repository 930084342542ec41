"""Rules whose continuation after a change of law is not confirmed.

From 1 January 2027 a new main act is expected to replace LAB (and the sickness-benefit act
is amended). Until a source confirms what continues, the rules keep the last known
requirements, and every verdict judged on or after the date says so in its evidence, in
the same words everywhere (CLI, web, reports read the evidence), instead of silently
applying the 2026 rules. ``ny_hovedlov.continuation_unconfirmed`` lists the rules per date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from tilsyn.data.calendar import MONTH_NAMES_DA
from tilsyn.rules.parameters import ParameterSet

UNCONFIRMED = "ny_hovedlov.continuation_unconfirmed"

NOTICE = (
    "UBEKRÆFTET: Fra 1. januar 2027 gælder ny beskæftigelseslovgivning (en ny hovedlov afløser "
    "LAB, og sygedagpengeloven ændres), og det er ikke bekræftet, at denne regel fortsætter; "
    "vurderet efter reglerne fra 2026."
)
"""The sentence that opens the evidence of an obligation judged under an unconfirmed rule."""


def unconfirmed_rules(params: ParameterSet, on: dt.date) -> list[str]:
    """Ids of the rules whose continuation is not confirmed on ``on`` (empty before)."""
    try:
        value = params.value(UNCONFIRMED, on)
    except LookupError:
        return []
    return sorted(value) if isinstance(value, list) else []


def unconfirmed_since(params: ParameterSet, on: dt.date) -> dt.date | None:
    """The day from which the rules unconfirmed on ``on`` have been listed (None while every
    rule in force is confirmed)."""
    if not unconfirmed_rules(params, on):
        return None
    return params.entry(UNCONFIRMED, on).effective_from


def _danish_date(day: dt.date) -> str:
    # The rules layer cannot use ``tilsyn.present``; this is the one date the notice names.
    return f"{day.day}. {MONTH_NAMES_DA[day.month - 1]} {day.year}"


def _rule_labels() -> dict[str, str]:
    from tilsyn.rules.registry import load_rules

    return {rule_id: rule.label for rule_id, rule in load_rules().items()}


def notice_for(
    params: ParameterSet, as_of: dt.date, labels: Mapping[str, str] | None = None
) -> str | None:
    """The plain Danish notice every output evaluated as of ``as_of`` shows (CLI, web pages,
    reports, overviews): which rules' continuation is unconfirmed, from when, and that the 2026
    rules are applied meanwhile. None while every rule in force is confirmed. ``labels`` maps
    rule ids to their Danish names (default: the registry's)."""
    rules = unconfirmed_rules(params, as_of)
    since = unconfirmed_since(params, as_of)
    if not rules or since is None:
        return None
    names = labels if labels is not None else _rule_labels()
    listed = "; ".join(names.get(rule, rule) for rule in rules)
    return (
        f"UBEKRÆFTET GRUNDLAG: Fra {_danish_date(since)} afløses lov om en aktiv "
        "beskæftigelsesindsats (LAB) af en ny hovedlov, og sygedagpengeloven ændres. Det er "
        "ikke bekræftet, at "
        f"disse {len(rules)} regler fortsætter fra {_danish_date(since)}: {listed}. Indtil "
        "en kilde afgør det, anvender tilsyn reglerne fra 2026, og alle tal og frister pr. "
        f"{_danish_date(as_of)} skal læses med det forbehold."
    )
