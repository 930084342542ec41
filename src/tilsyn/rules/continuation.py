"""Rules whose continuation after a change of law is not confirmed.

From 1 January 2027 a new main act is expected to replace LAB (and the sickness-benefit act
is amended). Until a source confirms what continues, the rules keep the last known
requirements, and every verdict judged on or after the date says so in its evidence, in
the same words everywhere (CLI, web, reports read the evidence), instead of silently
applying the 2026 rules. ``ny_hovedlov.continuation_unconfirmed`` lists the rules per date.
"""

from __future__ import annotations

import datetime as dt

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


def notice_for(params: ParameterSet, as_of: dt.date) -> str | None:
    """A plain Danish banner for any screen or report evaluated as of ``as_of``: None while
    every rule in force is confirmed."""
    rules = unconfirmed_rules(params, as_of)
    if not rules:
        return None
    return (
        "UBEKRÆFTET: Fra 1. januar 2027 gælder ny beskæftigelseslovgivning (en ny hovedlov "
        "afløser LAB, og sygedagpengeloven ændres). Det er ikke bekræftet, at disse "
        f"{len(rules)} regler fortsætter: {', '.join(rules)}. Resultaterne bygger på reglerne "
        "fra 2026 og skal læses med det forbehold."
    )
