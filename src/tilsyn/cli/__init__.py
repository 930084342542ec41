"""The ``tilsyn`` command line: thin commands that parse, call one library function, print."""

from __future__ import annotations

import typer

from tilsyn.cli import (
    data_cmds,
    economy_cmds,
    letters_cmds,
    measures_cmds,
    report_cmds,
    rules_cmds,
)

app = typer.Typer(
    name="tilsyn",
    help="Løbende tilsyn med beskæftigelsesindsatsens lovmedholdelighed.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

for module in (data_cmds, rules_cmds, measures_cmds, economy_cmds, report_cmds, letters_cmds):
    module.register(app)


def main() -> None:
    app()
