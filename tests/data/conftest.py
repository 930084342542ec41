"""Fixtures of the import tests over the shared builders (``tests/builders.py``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from builders import valid_tables, write_folder

Rows = list[dict[str, str]]


@pytest.fixture
def tables() -> dict[str, Rows]:
    """A small, fully valid folder touching every table, fresh for each test."""
    return valid_tables()


@pytest.fixture
def folder_writer() -> Callable[..., Path]:
    return write_folder
