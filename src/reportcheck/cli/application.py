"""The typer application every command module registers on, and which module registers which command.

A command's module is imported when the command is asked for, not before:
``reportcheck compare`` imports the compare command and what it uses, never
batch's engines (dask), the fact-sheet checker or the extract command.
:class:`LazyCommands` is the click group typer builds for the app; it knows
every command by name from :data:`COMMAND_MODULES` and imports a module on
the first ``get_command`` for one of its commands.  The root help lists every
command with its summary, so it imports them all.
"""

from __future__ import annotations

import importlib

import click
import typer
from typer.core import TyperGroup

#: command name -> the module whose import registers it on :data:`app`, in the
#: order the help lists them (the order they were first registered in)
COMMAND_MODULES: dict[str, str] = {
    "batch": "reportcheck.cli.batch",
    "check": "reportcheck.cli.check",
    "compare": "reportcheck.cli.compare",
    "extract": "reportcheck.cli.extract",
    "index": "reportcheck.cli.index",
    "version": "reportcheck.cli.misc",
    "schema": "reportcheck.cli.schema",
}


class LazyCommands(TyperGroup):
    """A group whose commands are registered by importing their module on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [*COMMAND_MODULES, *(name for name in self.commands if name not in COMMAND_MODULES)]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands:
            # an unknown name loads every command, so "Did you mean" offers them all
            self._load([cmd_name] if cmd_name in COMMAND_MODULES else list(COMMAND_MODULES))
        return self.commands.get(cmd_name)

    def _load(self, names: list[str]) -> None:
        for name in names:
            importlib.import_module(COMMAND_MODULES[name])
        # typer turns the app's registered commands into click commands; take the new ones
        built = typer.main.get_command(app)
        for name, command in built.commands.items():  # type: ignore[attr-defined]
            self.commands.setdefault(name, command)


app = typer.Typer(
    cls=LazyCommands,
    add_completion=False,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    help="Cross-check news and incident reports: where they agree, differ, and cannot both be true.",
)


def all_commands() -> dict[str, click.Command]:
    """Every command by name, each module imported: for the docs and help tests, and
    for tools that list what reportcheck offers (a command is built only when asked for)."""
    group = typer.main.get_command(app)
    context = group.make_context("reportcheck", [], resilient_parsing=True)
    names = group.list_commands(context)  # type: ignore[attr-defined]
    found = {name: group.get_command(context, name) for name in sorted(names)}  # type: ignore[attr-defined]
    return {name: command for name, command in found.items() if command is not None}
