"""Danish texts for the command line's own messages (help, usage errors) and a Danish
message with exit status 2, never a traceback, for ordinary mistakes: a missing or bad
option, a workspace that cannot be written, a damaged snapshot, a file that is not there.

Click (vendored by Typer) has no translations, so its help formatter's fixed words are
translated here and its usage errors are rendered anew from their fields.
"""

from __future__ import annotations

import errno
import re
import sys
from collections.abc import Sequence
from typing import Any

import typer
from typer import _click
from typer._click import exceptions as click_errors
from typer.core import TyperGroup

WORDS = {
    "Usage: ": "Brug: ",
    "Options": "Tilvalg",
    "Arguments": "Argumenter",
    "Commands": "Kommandoer",
    "Show this message and exit.": "Vis denne hjælp og afslut.",
    "[required]": "[påkrævet]",
    "[default: ": "[standard: ",
    "[OPTIONS]": "[TILVALG]",
    "COMMAND [ARGS]...": "KOMMANDO [ARGUMENTER]...",
    "[env var: ": "[miljøvariabel: ",
}

# Click's and Typer's own value errors, as they read in English → Danish.
VALUE_ERRORS = (
    (r"^Input should be a valid integer.*$", "skal være et heltal"),
    (r"^Input should be a valid number.*$", "skal være et tal"),
    (r"^Input should be a valid boolean.*$", "skal være ja/nej"),
    (r"^Input should be a valid date.*$", "skal være en dato som ÅÅÅÅ-MM-DD"),
    (r"^Input should be (.*?)\.?$", r"skal være \1"),
    (r"^'?(.*?)'? is not a valid integer\.?$", r"'\1' er ikke et heltal"),
    (r"^'?(.*?)'? is not a valid float\.?$", r"'\1' er ikke et tal"),
    (r"^'?(.*?)'? is not a valid boolean\.?$", r"'\1' er ikke ja/nej"),
    (r"^'?(.*?)'? is not one of (.*?)\.?$", r"'\1' er ikke en af \2"),
    (r"^'?(.*?)'? is not (.*?)\.?$", r"'\1' er ikke \2"),
    (r"^(.*) does not exist\.?$", r"\1 findes ikke"),
    (r"^(.*) is not in the range (.*)\.?$", r"\1 ligger ikke i intervallet \2"),
    (r"^No such command '(.*)'\.?$", r"Ukendt kommando '\1'"),
    (r"^Got unexpected extra arguments? \((.*)\)$", r"Uventet ekstra argument: \1"),
    (r"^Option '(.*)' requires an argument\.?$", r"Tilvalget '\1' kræver en værdi"),
    (r"^Option '(.*)' does not take a value\.?$", r"Tilvalget '\1' tager ingen værdi"),
)

ERRNO_TEXT = {
    errno.ENOENT: "findes ikke",
    errno.EACCES: "ingen adgang",
    errno.EPERM: "ingen adgang",
    errno.EROFS: "skrivebeskyttet filsystem",
    errno.ENOSPC: "disken er fuld",
    errno.EISDIR: "er en mappe",
    errno.ENOTDIR: "en del af stien er ikke en mappe",
}


def translate(text: str) -> str:
    for english, danish in WORDS.items():
        text = text.replace(english, danish)
    return text


def value_error(text: str) -> str:
    text = text.strip()
    for pattern, replacement in VALUE_ERRORS:
        if re.match(pattern, text):
            return re.sub(pattern, replacement, text)
    return text


class DanishHelpFormatter(_click.formatting.HelpFormatter):
    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, translate(args), "Brug: " if prefix is None else prefix)

    def write_heading(self, heading: str) -> None:
        super().write_heading(translate(heading))

    def write_dl(self, rows: Sequence[tuple[str, str]], *args: Any, **kwargs: Any) -> None:
        super().write_dl([(a, translate(b)) for a, b in rows], *args, **kwargs)


def _hint(param: Any, ctx: Any) -> str:
    if param is None:
        return ""
    names = getattr(param, "opts", None) or [getattr(param, "name", "")]
    if getattr(param, "param_type_name", "") == "argument":
        return str(getattr(param, "human_readable_name", names[0]) or names[0]).upper()
    return " / ".join(f"'{n}'" for n in names)


def usage_message(exc: click_errors.UsageError) -> str:
    """A Danish sentence for a Click usage error."""
    if isinstance(exc, click_errors.MissingParameter):
        kind = str(exc.param_type or getattr(exc.param, "param_type_name", "parameter"))
        what = {"option": "Tilvalget", "argument": "Argumentet"}.get(kind, "Parameteren")
        return f"{what} {_hint(exc.param, exc.ctx) or exc.param_hint or ''} mangler".replace(
            "  ", " "
        )
    if isinstance(exc, click_errors.NoSuchOption):
        guess = f" (mente du {', '.join(exc.possibilities)}?)" if exc.possibilities else ""
        return f"Ukendt tilvalg: {exc.option_name}{guess}"
    if isinstance(exc, click_errors.BadParameter):
        where = exc.param_hint or _hint(exc.param, exc.ctx)
        if isinstance(where, (list, tuple)):
            where = " / ".join(where)
        return f"Ugyldig værdi for {where}: {value_error(exc.message)}"
    return value_error(exc.message)


def _print_usage_error(exc: click_errors.UsageError) -> None:
    ctx = exc.ctx
    if ctx is not None:
        typer.echo(ctx.get_usage(), err=True)
        command = ctx.command_path
        typer.echo(f"Se '{command} --help' for hjælp.\n", err=True)
    typer.echo(f"Fejl: {usage_message(exc)}.", err=True)


def ordinary_failure(exc: BaseException) -> str | None:
    """A Danish message for an ordinary failure that deserves no traceback, or None."""
    from tilsyn.app.errors import failure_message

    message = failure_message(exc)
    if message is not None:
        return message
    if isinstance(exc, OSError) and exc.errno in ERRNO_TEXT:
        name = f"{exc.filename}: " if exc.filename else ""
        return f"{name}{ERRNO_TEXT[exc.errno]}"
    return None


class DanishGroup(TyperGroup):
    """The root command: Danish help and usage errors; ordinary failures end with a Danish
    message and exit status 2."""

    def main(  # type: ignore[override]
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        code: int
        try:
            rv = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
            code = rv if isinstance(rv, int) else 0
        except click_errors.NoArgsIsHelpError as exc:
            typer.echo(exc.ctx.get_help(), err=True)
            code = 2
        except click_errors.UsageError as exc:
            _print_usage_error(exc)
            code = 2
        except typer.Abort:
            typer.echo("Afbrudt.", err=True)
            code = 1
        except Exception as exc:
            message = ordinary_failure(exc)
            if message is None:
                raise
            typer.echo(f"Fejl: {message}", err=True)
            code = 2
        if standalone_mode:
            sys.exit(code)
        return code


# Every context, the root's and each command's, formats help with the Danish formatter.
_click.core.Context.formatter_class = DanishHelpFormatter
