"""Charts as Vega-Lite specifications, rendered offline with vl-convert in Danish locale.

Builders describe charts with the helpers here (plain data in, a spec out); the renderers
ask for SVG (HTML, PDF) or PNG (DOCX, XLSX). Nothing is fetched over the network.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tilsyn.present import danish
from tilsyn.reports.model import Chart

WIDTH = 520
HEIGHT = 200
COLOURS = ["#1f4e79", "#c55a11", "#548235", "#7f6000", "#7030a0", "#2e75b6"]
FONT = "Liberation Sans"


def _config() -> dict[str, Any]:
    return {
        "font": FONT,
        "view": {"stroke": None},
        "axis": {"labelFontSize": 10, "titleFontSize": 10, "gridColor": "#e5e5e5"},
        "legend": {"labelFontSize": 10, "titleFontSize": 10, "orient": "bottom"},
        "range": {"category": COLOURS},
    }


def line_chart(
    title: str,
    points: Sequence[dict[str, Any]],
    *,
    x: str,
    y: str,
    series: str | None = None,
    y_title: str = "",
    share: bool = True,
    threshold: float | None = None,
    threshold_label: str = "",
    description: str = "",
) -> Chart:
    """Lines over ordered x labels (e.g. months); ``share`` formats the y axis as per cent."""
    order = list(dict.fromkeys(str(p[x]) for p in points))
    y_axis: dict[str, Any] = {"title": y_title, "format": ".0%" if share else ",.0f"}
    encoding: dict[str, Any] = {
        "x": {
            "field": x,
            "type": "ordinal",
            "sort": order,
            "title": None,
            # Long month series are turned so that the labels do not run together.
            "axis": {"labelAngle": -45 if len(order) > 12 else 0, "labelOverlap": True},
        },
        "y": {
            "field": y,
            "type": "quantitative",
            "axis": y_axis,
            "scale": {"domain": [0, 1]} if share else {"zero": True},
        },
    }
    if series:
        encoding["color"] = {"field": series, "type": "nominal", "title": None}
    layers: list[dict[str, Any]] = [
        {"mark": {"type": "line", "point": True, "strokeWidth": 2}, "encoding": encoding}
    ]
    if threshold is not None:
        layers.append(
            {
                "data": {"values": [{"t": threshold, "label": threshold_label}]},
                "mark": {"type": "rule", "strokeDash": [4, 3], "color": "#c00000"},
                "encoding": {"y": {"field": "t", "type": "quantitative"}},
            }
        )
    spec: dict[str, Any] = {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "width": WIDTH,
        "height": HEIGHT,
        "data": {"values": [dict(p) for p in points]},
        "layer": layers,
        "config": _config(),
    }
    return Chart(title=title, spec=spec, description=description)


def bar_chart(
    title: str,
    bars: Sequence[dict[str, Any]],
    *,
    category: str,
    value: str,
    share: bool = True,
    threshold: float | None = None,
    description: str = "",
) -> Chart:
    """Horizontal bars, one per category, in the given order."""
    order = [str(b[category]) for b in bars]
    axis: dict[str, Any] = {"title": None, "format": ".0%" if share else ",.0f"}
    layers: list[dict[str, Any]] = [
        {
            "mark": {"type": "bar", "color": COLOURS[0]},
            "encoding": {
                "y": {"field": category, "type": "nominal", "sort": order, "title": None},
                "x": {
                    "field": value,
                    "type": "quantitative",
                    "axis": axis,
                    "scale": {"domain": [0, 1]} if share else {"zero": True},
                },
            },
        }
    ]
    if threshold is not None:
        layers.append(
            {
                "data": {"values": [{"t": threshold}]},
                "mark": {"type": "rule", "strokeDash": [4, 3], "color": "#c00000"},
                "encoding": {"x": {"field": "t", "type": "quantitative"}},
            }
        )
    spec: dict[str, Any] = {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "width": WIDTH - 120,
        "height": max(60, 18 * len(bars)),
        "data": {"values": [dict(b) for b in bars]},
        "layer": layers,
        "config": _config(),
    }
    return Chart(title=title, spec=spec, description=description)


def to_svg(chart: Chart) -> str:
    import vl_convert as vlc

    return str(
        vlc.vegalite_to_svg(
            chart.spec,
            format_locale=danish.CHART_FORMAT_LOCALE,
            time_format_locale=danish.CHART_TIME_LOCALE,
        )
    )


def to_png(chart: Chart, scale: float = 2.0) -> bytes:
    import vl_convert as vlc

    return bytes(
        vlc.vegalite_to_png(
            chart.spec,
            scale=scale,
            format_locale=danish.CHART_FORMAT_LOCALE,
            time_format_locale=danish.CHART_TIME_LOCALE,
        )
    )
