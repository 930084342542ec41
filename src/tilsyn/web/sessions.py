"""Sessions end after inactivity without a write on every request.

Django's ``SESSION_SAVE_EVERY_REQUEST`` renews a session by writing it on each request; with
sessions in files that is a write, a rename and a listing of every session file per page.
This middleware renews a session at most once every ``RENEW_SECONDS`` instead, so a session
ends between ``SESSION_COOKIE_AGE - RENEW_SECONDS`` and ``SESSION_COOKIE_AGE`` after the
user's last request.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse

RENEW_SECONDS = 60
RENEWED_KEY = "_renewed_at"


class SessionRenewalMiddleware:
    """Placed after Django's ``SessionMiddleware``, so it marks the session before that
    middleware decides whether to save it."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        session = getattr(request, "session", None)
        if session is None or session.is_empty():
            return response  # no one signed in: nothing to keep alive
        now = time.time()
        renewed = session.get(RENEWED_KEY)
        # A short configured session is renewed more often (a tenth of its age at most).
        every = min(RENEW_SECONDS, settings.SESSION_COOKIE_AGE / 10)
        if not isinstance(renewed, (int, float)) or now - renewed >= every:
            session[RENEWED_KEY] = now  # marks the session modified, so it is saved
        return response
