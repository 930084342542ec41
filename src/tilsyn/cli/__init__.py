"""The ``tilsyn`` command line: thin commands that parse, call one application function
(``tilsyn.app``) and print through ``tilsyn.present``. Engines are imported only inside the
application functions, so ``tilsyn --help`` starts at once."""

from __future__ import annotations

import typer

from tilsyn.cli import (
    common,
    data_cmds,
    economy_cmds,
    letters_cmds,
    measures_cmds,
    postgres_cmds,
    report_cmds,
    rules_cmds,
    serve_cmd,
    spark_cmds,
    supervision_cmds,
)
from tilsyn.cli.danish_cli import DanishGroup

app = typer.Typer(
    name="tilsyn",
    cls=DanishGroup,
    help="Løbende tilsyn med beskæftigelsesindsatsens lovmedholdelighed.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # Plain help and usage errors: Rich's help renderer loads Markdown and Pygments, a
    # quarter of a second before the first line appears.
    rich_markup_mode=None,
)


@app.callback()
def options(
    actor: str | None = typer.Option(
        None,
        "--actor",
        help="Hvem der bruger tilsyn (til adgangsloggen); ellers TILSYN_USER, ellers OS-brugeren",
    ),
) -> None:
    """Løbende tilsyn med beskæftigelsesindsatsens lovmedholdelighed."""
    common.set_actor(actor)


for module in (
    data_cmds,
    rules_cmds,
    measures_cmds,
    economy_cmds,
    serve_cmd,
    supervision_cmds,
    report_cmds,
    letters_cmds,
    spark_cmds,
    postgres_cmds,
):
    module.register(app)


def main() -> None:
    app()
