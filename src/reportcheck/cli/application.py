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
from typing import TYPE_CHECKING

import typer
from typer.core import TyperGroup

if TYPE_CHECKING:
    # typer builds its commands with the click it vendors, not with the click package
    from typer._click import Command, Context

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
    "serve": "reportcheck.cli.serve",
}


class LazyCommands(TyperGroup):
    """A group whose commands are registered by importing their module on first use."""

    def list_commands(self, ctx: Context) -> list[str]:
        return [*COMMAND_MODULES, *(name for name in self.commands if name not in COMMAND_MODULES)]

    def get_command(self, ctx: Context, cmd_name: str) -> Command | None:
        if cmd_name not in self.commands:
            # an unknown name loads every command, so "Did you mean" offers them all
            self._load([cmd_name] if cmd_name in COMMAND_MODULES else list(COMMAND_MODULES))
        return self.commands.get(cmd_name)

    def _load(self, names: list[str]) -> None:
        for name in names:
            importlib.import_module(COMMAND_MODULES[name])
        # typer turns the app's registered commands into click commands; take the new ones
        for name, command in _built_group().commands.items():
            self.commands.setdefault(name, command)


app = typer.Typer(
    cls=LazyCommands,
    add_completion=False,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    help="Cross-check news and incident reports: where they agree, differ, and cannot both be true.",
)


def _built_group() -> LazyCommands:
    """The click group typer builds for :data:`app` (its class is ``cls``)."""
    group = typer.main.get_command(app)
    assert isinstance(group, LazyCommands)
    return group


def all_commands() -> dict[str, Command]:
    """Every command by name, each module imported: for the docs and help tests, and
    for tools that list what reportcheck offers (a command is built only when asked for)."""
    group = _built_group()
    context = group.make_context("reportcheck", [], resilient_parsing=True)
    names = group.list_commands(context)
    found = {name: group.get_command(context, name) for name in sorted(names)}
    return {name: command for name, command in found.items() if command is not None}
