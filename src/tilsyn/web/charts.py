"""Vega-Lite specifications (through Altair) for the pages' charts; drawn in the browser by
the vendored vega-embed, so the server sends data, not pictures."""

from __future__ import annotations

from typing import Any

import altair as alt

from tilsyn.app.economy import Fulltime
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


def fulltime_chart(
    fulltime: Fulltime, municipality: str, title: str, *, validate: bool = False
) -> dict[str, Any]:
    """A municipality's full-year persons month by month, one line per benefit: solid where
    counted, dashed where forecast."""
    from tilsyn.present import labels

    rows = [m for m in fulltime.months if m.municipality == municipality]
    values = [
        {
            "måned": r.month.isoformat(),
            "helårspersoner": float(r.fulltime_persons),
            "ydelse": labels.benefit(r.benefit),
            "opgørelse": "prognose" if r.is_forecast else "opgjort",
        }
        for r in rows
    ]
    chart = (
        alt.Chart(_data(values))
        .mark_line(point=True)
        .encode(
            x=alt.X("måned:T", title=None, axis=alt.Axis(format="%b", labelAngle=0)),
            y=alt.Y("helårspersoner:Q", title="Helårspersoner", axis=alt.Axis(format=",.0f")),
            color=alt.Color("ydelse:N", title="Ydelse"),
            strokeDash=alt.StrokeDash(
                "opgørelse:N",
                title=None,
                scale=alt.Scale(domain=["opgjort", "prognose"], range=[[1, 0], [6, 4]]),
            ),
            tooltip=[
                alt.Tooltip("måned:T", format="%B %Y", title="Måned"),
                alt.Tooltip("ydelse:N", title="Ydelse"),
                alt.Tooltip("helårspersoner:Q", format=",.1f", title="Helårspersoner"),
                alt.Tooltip("opgørelse:N", title="Opgørelse"),
            ],
        )
        .properties(title=title, width="container", height=220)
    )
    spec: dict[str, Any] = chart.to_dict(validate=validate)
    return spec
