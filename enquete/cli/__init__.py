"""The `enquete` command. Each area keeps its commands in its own module of this package; this group
only parses the global options and adds them. Commands are thin: parse, call one library function,
format the result; domain errors (EnqueteError) become one clear line and a non-zero exit."""

from __future__ import annotations

import importlib
import logging
import sys
from typing import Any

import click

from enquete import __version__, settings
from enquete.exc import EnqueteError

#: Modules of this package that define a `commands` list of click commands, in --help order.
COMMAND_MODULES = ("documents", "extraction", "resolution", "analysis", "screening", "web")


class Group(click.Group):
    """Turns EnqueteError into a ClickException at the boundary."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except EnqueteError as exc:
            raise click.ClickException(exc.detail) from exc


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="enquete")
@click.option("--db", "db_url", envvar="ENQUETE_DB", metavar="URL",
              help="Database URL: sqlite:///FILE or postgresql://USER@HOST/DB (env ENQUETE_DB; "
                   "default: a SQLite file in your data directory).")
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
def cli(db_url: str | None, verbose: int) -> None:
    """enquete: an evidence graph of the surveillance and repression-technology trade.

    Ingest articles, reports and leaked files; extract who supplied what to whom, when, and who said
    otherwise; every fact keeps the exact sentence that supports it."""
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    if db_url:
        settings.DB_URL = db_url


for _name in COMMAND_MODULES:
    try:
        _module = importlib.import_module(f"enquete.cli.{_name}")
    except ModuleNotFoundError as _exc:  # an area not built yet
        if _exc.name != f"enquete.cli.{_name}":
            raise
        continue
    for _command in _module.commands:
        cli.add_command(_command)


def main() -> None:
    cli(prog_name="enquete")
