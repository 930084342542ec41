"""Strict YAML files (sampling plans, checklists): parse, validate with a pydantic model, and
fail with one message per problem naming the file and the key path."""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

M = TypeVar("M", bound=BaseModel)

_DANISH = {
    "missing": "mangler",
    "extra_forbidden": "ukendt nøgle (stavefejl?)",
    "int_parsing": "skal være et heltal",
    "int_type": "skal være et heltal",
    "string_type": "skal være tekst",
    "bool_parsing": "skal være true eller false",
    "bool_type": "skal være true eller false",
    "list_type": "skal være en liste",
    "date_from_datetime_parsing": "skal være en dato som ÅÅÅÅ-MM-DD",
    "date_parsing": "skal være en dato som ÅÅÅÅ-MM-DD",
    "date_type": "skal være en dato som ÅÅÅÅ-MM-DD",
    "float_parsing": "skal være et tal",
    "float_type": "skal være et tal",
}


class SchemaError(ValueError):
    """A YAML file does not follow its schema; ``problems`` are ``file: key: message``."""

    def __init__(self, path: Path | str, problems: list[str]) -> None:
        self.path = str(path)
        self.problems = problems
        super().__init__("\n".join(problems))


def _location(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + part
    return out or "(roden)"


def _message(err: Any) -> str:
    kind = err["type"]
    if kind == "literal_error":
        expected = str(err.get("ctx", {}).get("expected", "")).replace(" or ", " eller ")
        return f"'{err.get('input')}' er ikke tilladt; skal være en af {expected}"
    if kind == "value_error":
        return str(err.get("ctx", {}).get("error", err["msg"]))
    return _DANISH.get(kind, str(err["msg"]))


def read_yaml(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SchemaError(path, [f"{path}: filen findes ikke"]) from None
    except UnicodeDecodeError:
        raise SchemaError(path, [f"{path}: filen er ikke UTF-8"]) from None
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"linje {mark.line + 1}: " if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise SchemaError(path, [f"{path}: {where}ikke gyldig YAML ({problem})"]) from None


def validate(path: Path | str, data: Any, model: type[M]) -> M:
    if not isinstance(data, dict):
        raise SchemaError(path, [f"{path}: skal være en YAML-mapping (nøgle: værdi)"])
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        problems = [f"{path}: {_location(e['loc'])}: {_message(e)}" for e in exc.errors()]
        raise SchemaError(path, problems) from None


def load(path: Path, model: type[M]) -> M:
    return validate(path, read_yaml(path), model)
