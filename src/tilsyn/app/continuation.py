"""The notice every output shows from the day a rule's continuation is not confirmed.

From 1 January 2027 a new main act replaces LAB, and until a source confirms which rules
continue, tilsyn applies the 2026 rules. The command line, every web page and every report ask
this one function with the as-of date they show, so none of them applies the 2026 rules
silently. No person data is read, so the actor only keeps the application layer's signature.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from tilsyn.app.actor import Actor


def continuation_notice(actor: Actor, as_of: dt.date) -> str | None:
    """The plain Danish notice for figures as of ``as_of``, or None while every rule in force
    is confirmed."""
    return _notice(as_of)


@lru_cache(maxsize=64)
def _notice(as_of: dt.date) -> str | None:
    from tilsyn.rules.continuation import notice_for, unconfirmed_rules
    from tilsyn.rules.parameters import default_parameters

    params = default_parameters()
    if not unconfirmed_rules(params, as_of):  # the rule labels cost an engine import
        return None
    return notice_for(params, as_of)
