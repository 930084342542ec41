"""The request's reference date: taken once per request, handed to every app function."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from django.conf import settings
from django.http import HttpRequest

COPENHAGEN = ZoneInfo("Europe/Copenhagen")


def as_of(request: HttpRequest) -> dt.date:
    """``TILSYN_WEB_AS_OF`` when set (a demo or test frozen on a date), else today in
    Copenhagen; memoised on the request so every part of a page uses the same day."""
    cached: dt.date | None = getattr(request, "_tilsyn_as_of", None)
    if cached is not None:
        return cached
    fixed: dt.date | None = settings.TILSYN_WEB_AS_OF
    day = fixed or dt.datetime.now(COPENHAGEN).date()
    request._tilsyn_as_of = day  # type: ignore[attr-defined]
    return day
