"""The rule catalogue: every rule and dated parameter with its legal references (no person
data, so no actor limits)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tilsyn.app.actor import Actor
from tilsyn.app.errors import InvalidRequest, NotFound

if TYPE_CHECKING:
    from tilsyn.rules.catalogue import Catalogue


def catalogue(actor: Actor, *, prefix: str | None = None) -> Catalogue:
    """Every rule and parameter (or those whose id or folder starts with ``prefix``, e.g.
    'sygedagpengeloven'). Raises ``InvalidRequest`` for a broken parameter file and
    ``NotFound`` when nothing matches the prefix."""
    from tilsyn.rules.catalogue import Catalogue, build_catalogue
    from tilsyn.rules.parameters import ParameterError

    try:
        whole = build_catalogue()
    except ParameterError as exc:
        raise InvalidRequest(str(exc)) from exc
    if prefix is None:
        return whole
    # Ids are dotted for parameters and bare for rules; accept a folder prefix for both.
    dotted = prefix.replace("/", ".")
    rules = tuple(r for r in whole.rules if r.id.startswith(prefix) or r.folder.startswith(prefix))
    params = tuple(p for p in whole.parameters if p.id.startswith(dotted))
    if not rules and not params:
        raise NotFound(f"ingen regler eller parametre begynder med '{prefix}'")
    return Catalogue(rules=rules, parameters=params)


def rule_rows(found: Catalogue) -> list[dict[str, Any]]:
    """One flat row per rule."""
    from tilsyn.rules.catalogue import rule_rows as rows

    return rows(found)


def parameter_rows(found: Catalogue) -> list[dict[str, Any]]:
    """One flat row per dated parameter value."""
    from tilsyn.rules.catalogue import parameter_rows as rows

    return rows(found)


def as_json(found: Catalogue) -> dict[str, Any]:
    """The catalogue as plain data."""
    from tilsyn.rules.catalogue import catalogue_json

    return catalogue_json(found)


def as_markdown(found: Catalogue) -> str:
    """The catalogue as the Markdown of docs/rules.md."""
    from tilsyn.rules.catalogue import render_markdown

    return render_markdown(found)
