"""The Danish wording of the supervision section of ``tilsyn demo``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tilsyn.present.danish import number, percent

if TYPE_CHECKING:
    from tilsyn.app.supervision_demo import DemoSupervision


def demo_lines(data: DemoSupervision) -> list[str]:
    lines = ["Ledelsestilsyn (simulerede gennemgange med fire øjne), fejlrate pr. måned:"]
    for m in data.months:
        share = m.with_errors / m.reviewed if m.reviewed else 0
        lines.append(
            f"  {m.month}: {m.reviewed} sager gennemgået, "
            f"{m.with_errors} med fejl ({percent(share)})"
        )
    kappa = "–" if data.kappa is None else number(data.kappa, 2)
    lines += [
        f"Uenigheder mellem gennemgåerne afklaret: {data.disagreements} (Cohens κ = {kappa})",
        f"Afsluttede gennemgange: {data.closed}; med åbne opfølgningsopgaver: {data.open_tasks}",
        f"Risikovurdering: {data.monthly_reviews} sagsbehandlere gennemgås næste måned, "
        f"{data.later_reviews} senere",
        f"Berigtigelser af refusion registreret: {data.corrections}",
        "Se siderne under «Ledelsestilsyn» i webappen (koordinator/leder).",
    ]
    return lines
