from __future__ import annotations

from pathlib import Path

from tilsyn.data.contract import TABLES
from tilsyn.data.contract_doc import render_markdown

DOC = Path(__file__).parents[2] / "docs" / "data-format.md"


def test_the_data_format_document_is_generated_from_the_contract() -> None:
    assert DOC.read_text(encoding="utf-8") == render_markdown(), "run: uv run tilsyn contract-doc"


def test_every_column_is_documented_with_an_example() -> None:
    for table in TABLES:
        for column in table.columns:
            assert column.example, f"{table.name}.{column.name} has no example"
            assert column.description or column.name in ("caseworker_id",), (
                f"{table.name}.{column.name} has no description"
            )
