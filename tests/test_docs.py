"""The docs cannot drift from the code: every command has help text and a place in the README, every
ENQUETE_* variable the settings read is documented, and the README's first lines hold its two commands."""

from __future__ import annotations

import re

import click

from enquete import settings
from enquete.cli import cli
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def walk(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    out = []
    for name, cmd in sorted(group.commands.items()):
        out.append((prefix + name, cmd))
        if isinstance(cmd, click.Group):
            out.extend(walk(cmd, f"{prefix}{name} "))
    return out


def test_every_command_has_help_and_is_in_the_readme() -> None:
    commands = walk(cli)
    assert len(commands) > 20
    for name, cmd in commands:
        assert (cmd.help or "").strip(), f"`enquete {name}` has no help text"
        top = name.split()[0]
        assert f"enquete {top}" in README, f"`enquete {top}` is missing from README.md"


def test_every_setting_is_documented() -> None:
    read = set(re.findall(r"ENQUETE_[A-Z_]+", (ROOT / "enquete" / "settings.py").read_text(encoding="utf-8")))
    read.discard("ENQUETE_")
    assert read == set(settings.SETTINGS_HELP)
    for name in read:
        assert f"`{name}`" in README, f"{name} is missing from README.md"


def test_readme_opens_with_the_install_and_test_commands() -> None:
    blocks = re.findall(r"```sh\n(.*?)\n```", README, re.S)
    assert "pip install -e '.[models,dev]'" in blocks[0] and "ingest examples/corpus" in blocks[0]
    assert blocks[1].strip() == "scripts/test"
    assert "scripts/test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
