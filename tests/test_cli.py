"""The CLI surface: every command has help text and is documented in the README."""

from __future__ import annotations

import re
from pathlib import Path

import typer
from typer.testing import CliRunner

from tacitus.cli import app

README = Path(__file__).parents[1] / "README.md"
runner = CliRunner()


def _commands() -> list[str]:
    group = typer.main.get_group(app)
    return sorted(group.commands)


def test_every_command_has_help_and_is_in_the_readme() -> None:
    readme = README.read_text(encoding="utf-8")
    group = typer.main.get_group(app)
    for name in _commands():
        assert (group.commands[name].help or "").strip(), f"{name} has no help text"
        assert re.search(rf"tacitus {name}\b", readme), f"`tacitus {name}` is not in README.md"
        result = runner.invoke(app, [name, "--help"])
        assert result.exit_code == 0, result.output


def test_library_errors_become_one_line(tmp_path: Path) -> None:
    result = runner.invoke(app, ["events", "--db", str(tmp_path / "missing.duckdb")])
    assert result.exit_code == 1
    lines = [ln for ln in result.output.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("Error: no store at")
