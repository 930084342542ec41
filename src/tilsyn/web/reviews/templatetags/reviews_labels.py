"""Danish words for review answers and severities in the review templates."""

from __future__ import annotations

from typing import Any

from django import template

register = template.Library()

ANSWERS = {"ja": "Ja", "nej": "Nej", "ikke_relevant": "Ikke relevant", "": "–"}
SEVERITIES = {"minor": "Mindre", "material": "Væsentlig", "serious": "Alvorlig"}


@register.filter
def answer(value: Any) -> str:
    text = "" if value is None else str(value)
    return ANSWERS.get(text, text)


@register.filter
def severity(value: Any) -> str:
    return SEVERITIES.get(str(value), str(value))
