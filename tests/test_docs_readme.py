"""Everything README.md tells a newcomer to run or look at must exist."""

from __future__ import annotations

import argparse
import os
import re
from pathlib import Path

import pytest

from generator.cli import parser

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text(encoding="utf-8")
GENERATOR_COMMAND = re.compile(r"python -m generator ([a-z]+)")


def subcommands() -> dict[str, argparse.ArgumentParser]:
    """Every registered `python -m generator` subcommand and its parser."""
    for action in parser()._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def shell_lines(markdown: str) -> list[str]:
    blocks = re.findall(r"```sh\n(.*?)```", markdown, flags=re.S)
    return [line.strip() for block in blocks for line in block.splitlines() if line.strip()]


def readme_test_command() -> str:
    [command] = [line for line in shell_lines(README) if line.startswith("./dev test")]
    return command


def section(markdown: str, heading: str) -> str:
    start = markdown.index(f"\n## {heading}\n")
    end = markdown.find("\n## ", start + 1)
    return markdown[start: end if end >= 0 else None]


def test_readme_has_exactly_the_two_commands() -> None:
    assert shell_lines(README) == ["./dev serve", "./dev test"]


@pytest.mark.parametrize("line", shell_lines(README))
def test_each_readme_command_is_handled_by_dev(line: str) -> None:
    script, subcommand = line.split()[:2]
    path = REPO / script
    assert path.is_file() and os.access(path, os.X_OK)
    assert re.search(rf"^\s*{subcommand}\)", path.read_text(encoding="utf-8"), flags=re.M)


def test_every_generator_command_in_the_readme_is_registered() -> None:
    named = set(GENERATOR_COMMAND.findall(README))
    assert named >= {"validate", "build", "serve", "new", "report", "schema"}
    assert named <= set(subcommands())


def test_options_in_the_command_table_exist() -> None:
    commands = subcommands()
    for row in section(README, "Command line").splitlines():
        match = GENERATOR_COMMAND.search(row)
        if match is None:
            continue
        known = set(commands[match[1]]._option_string_actions)
        mentioned = set(re.findall(r"(--[a-z][a-z-]*)", row))
        assert mentioned <= known, (match[1], mentioned - known)


def test_every_path_in_the_layout_table_exists() -> None:
    rows = [row for row in section(README, "Project layout").splitlines()
            if row.startswith("| `")]
    paths = [path for row in rows for path in re.findall(r"`([^`]+)`", row.split("|")[1])]
    assert len(paths) > 10
    assert [path for path in paths if not (REPO / path).exists()] == []


def test_ci_runs_the_readme_test_command() -> None:
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert f"exec {readme_test_command()}" in ci.splitlines()


def test_linked_documents_exist() -> None:
    links = re.findall(r"\]\(([^)#:]+)\)", README)
    assert "CONTRIBUTING.md" in links and "CONTRIBUTING.en.md" in links
    assert [link for link in links if not (REPO / link).exists()] == []


def test_the_search_step_the_readme_describes_exists() -> None:
    from generator.build.pipeline import POST_STEPS

    assert "Pagefind indexes the finished site" in section(README, "Architecture in brief")
    assert "pagefind" in [name for name, _ in POST_STEPS]
