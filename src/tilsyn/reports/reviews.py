"""The management-review section of the monthly report (stikprøver, fund, opfølgning)."""

from __future__ import annotations

import datetime as dt

from tilsyn.app.actor import Actor
from tilsyn.data.workspace import Workspace
from tilsyn.reports.model import Notice, Section

TITLE = "Ledelsestilsyn: sagsgennemgange, fejlandele og opfølgning"


def review_section(
    actor: Actor, workspace: Workspace, month: dt.date, *, municipality: str | None = None
) -> Section:
    """Until reviews are recorded in tilsyn, the section says so plainly."""
    return Section(
        TITLE,
        (
            Notice(
                "Ingen sagsgennemgange registreret.",
                "Der er ikke registreret stikprøver eller sagsgennemgange i tilsyn for "
                f"{month:%m.%Y}. Afsnittet viser resultater, fejlandele med usikkerhed, fund og "
                "åbne opfølgninger, når ledelsestilsynet registreres i tilsyn.",
            ),
        ),
    )
