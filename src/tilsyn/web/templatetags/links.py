"""Links that a page repeats row after row."""

from __future__ import annotations

from functools import cache
from urllib.parse import quote

from django import template
from django.urls import reverse

register = template.Library()

_PLACEHOLDER = "0PERSON0"


@cache
def _citizen_pattern() -> str:
    # The app is mounted at one path for the life of the process, so the citizen page's URL
    # is reversed once; a worklist page of 50 rows otherwise spent ~3 ms reversing it.
    return reverse("citizens:citizen", args=[_PLACEHOLDER])


@register.filter
def citizen_url(person_id: str) -> str:
    """The citizen page of ``person_id`` (a pseudonym), as ``{% url 'citizens:citizen' %}``."""
    return _citizen_pattern().replace(_PLACEHOLDER, quote(str(person_id), safe=""))
