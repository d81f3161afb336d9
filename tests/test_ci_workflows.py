"""CI files call only commands and scripts that exist, and run the README's test command."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml
from test_docs_readme import GENERATOR_COMMAND, readme_test_command, subcommands

REPO = Path(__file__).resolve().parents[1]
WORKFLOWS = sorted((REPO / ".github" / "workflows").glob("*.yml"))


def load(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def steps(workflow: Any) -> list[dict[str, Any]]:
    return [step for job in workflow["jobs"].values() for step in job["steps"]]


def commands() -> list[str]:
    """Every shell command CI or the commit hook runs."""
    found = [str(step["run"]) for path in WORKFLOWS for step in steps(load(path)) if "run" in step]
    hooks = load(REPO / ".pre-commit-config.yaml")["repos"]
    found += [hook["entry"] for repo in hooks for hook in repo["hooks"]]
    return found


def test_there_is_a_workflow_for_pull_requests_and_pushes() -> None:
    assert WORKFLOWS
    for path in WORKFLOWS:
        triggers = load(path).get(True) or load(path).get("on")  # YAML 1.1 reads `on` as true
        assert {"pull_request", "push"} <= set(triggers)


def test_generator_commands_and_their_options_exist() -> None:
    registered = subcommands()
    used = [(line, match) for command in commands() for line in command.splitlines()
            for match in GENERATOR_COMMAND.finditer(line)]
    assert {match[1] for _, match in used} >= {"validate", "build"}
    for line, match in used:
        assert match[1] in registered, line
        options = set(re.findall(r"\s(--[a-z][a-z-]*)", line[match.end():]))
        assert options <= set(registered[match[1]]._option_string_actions), line


def test_every_script_called_exists_and_is_executable() -> None:
    called = {token for command in commands()
              for token in re.findall(r"(?:^|[\s;&|(])(\.{1,2}/[\w./-]+|\.ci/[\w./-]+)", command)}
    assert {"./dev", ".ci/run"} <= called
    for script in called:
        path = REPO / script
        assert path.is_file() and os.access(path, os.X_OK), script


def test_the_venv_is_prepared_before_it_is_used() -> None:
    for path in WORKFLOWS:
        prepared = False
        for step in steps(load(path)):
            run = str(step.get("run", ""))
            prepared = prepared or run.startswith("./dev ")
            assert prepared or ".venv/" not in run, run


def test_ci_runs_the_readme_test_command() -> None:
    assert ".ci/run" in commands()
    lines = (REPO / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert "set -euo pipefail" in lines
    assert f"exec {readme_test_command()}" in lines


def test_workflow_shape() -> None:
    [workflow] = [load(path) for path in WORKFLOWS if path.name == "ci.yml"]
    uses = {str(step.get("uses", "")).split("@")[0]: step for step in steps(workflow)}
    assert uses["actions/setup-python"]["with"]["python-version"] == "3.11"
    assert uses["actions/upload-artifact"]["with"]["path"] == "site/"
    assert "actions/checkout" in uses
    assert any("--format github" in command for command in commands())


def test_commit_hook_validates_only_records() -> None:
    [repo] = load(REPO / ".pre-commit-config.yaml")["repos"]
    assert repo["repo"] == "local"
    [hook] = repo["hooks"]
    pattern = re.compile(hook["files"])
    assert pattern.search("content/projects/sin.yml")
    assert pattern.search("content/vocabularies/funders.yml")
    assert not pattern.search("content/sources/000_27afef0e64800e3d.txt")
    assert hook["pass_filenames"] is True


@pytest.mark.skipif(shutil.which("git") is None or not (REPO / ".git").exists(),
                    reason="not a git checkout")
def test_scripts_are_executable_in_git() -> None:
    listing = subprocess.run(["git", "ls-files", "--stage", "dev", ".ci/run"], cwd=REPO,
                             capture_output=True, text=True, check=True).stdout
    modes = {line.split()[-1]: line.split()[0] for line in listing.splitlines()}
    assert modes == {"dev": "100755", ".ci/run": "100755"}
