"""Vega-Lite specifications (through Altair) for the pages' charts; drawn in the browser by
the vendored vega-embed, so the server sends data, not pictures."""

from __future__ import annotations

from typing import Any

import altair as alt

from tilsyn.app.overview_figures import FocusMonth


def _data(rows: list[dict[str, Any]]) -> Any:
    return alt.Data(values=rows)  # type: ignore[no-untyped-call]


def focus_chart(
    months: list[FocusMonth], threshold: float, title: str, *, validate: bool = False
) -> dict[str, Any]:
    """A measure's monthly share against its threshold (the share must stay below it)."""
    rows = [
        {"måned": m.month.isoformat(), "andel": m.share, "endelig": "ja" if m.final else "nej"}
        for m in months
        if m.share is not None
    ]
    base = alt.Chart(_data(rows))
    line = base.mark_line(point=True).encode(
        x=alt.X("måned:T", title=None, axis=alt.Axis(format="%b", labelAngle=0)),
        y=alt.Y("andel:Q", title="Andel uden", axis=alt.Axis(format=".0%")),
        tooltip=[
            alt.Tooltip("måned:T", format="%B %Y", title="Måned"),
            alt.Tooltip("andel:Q", format=".1%", title="Andel"),
        ],
    )
    limit = (
        alt.Chart(_data([{"grænse": threshold}]))
        .mark_rule(color="#b3261e", strokeDash=[6, 4])
        .encode(y="grænse:Q")
    )
    chart = (line + limit).properties(title=title, width="container", height=200)
    # Validation against the Vega-Lite schema costs 0.1 s per chart: the tests do it once.
    spec: dict[str, Any] = chart.to_dict(validate=validate)
    return spec
