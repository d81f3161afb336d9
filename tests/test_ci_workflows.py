"""The workflows call only commands and scripts that exist: CI runs the README's test command
after the records are checked, the deployment publishes main with its address, and every
action is pinned by commit."""

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


PINNED = re.compile(r"^[\w.-]+/[\w.-]+(?:/[\w./-]+)?@[0-9a-f]{40}$")
VERSION_COMMENT = re.compile(r"uses:\s*\S+@[0-9a-f]{40}\s+#\s*v\d+(?:\.\d+){0,2}\s*$")


def triggers(workflow: Any) -> Any:
    return workflow.get(True) or workflow.get("on")  # YAML 1.1 reads `on` as true


def workflow(name: str) -> Any:
    [found] = [load(path) for path in WORKFLOWS if path.name == name]
    return found


def step_index(steps_: list[dict[str, Any]], test: str) -> int:
    return next(index for index, step in enumerate(steps_)
                if test in str(step.get("run", "")) + str(step.get("uses", "")))


def test_ci_runs_for_pull_requests_and_pushes() -> None:
    assert {"pull_request", "push"} <= set(triggers(workflow("ci.yml")))


def test_every_action_is_pinned_by_commit_with_its_release_beside_it() -> None:
    for path in WORKFLOWS:
        used = [str(step["uses"]) for step in steps(load(path)) if "uses" in step]
        assert used, path.name
        assert [use for use in used if not PINNED.match(use)] == [], path.name
        lines = [line for line in path.read_text(encoding="utf-8").splitlines()
                 if re.match(r"^\s*(?:-\s*)?uses:", line)]
        assert len(lines) == len(used)
        assert [line for line in lines if not VERSION_COMMENT.search(line)] == [], path.name


def test_ci_checks_records_first_and_tests_the_code_after_the_build() -> None:
    order = steps(workflow("ci.yml"))
    annotate = step_index(order, "--format github")
    whole = next(index for index, step in enumerate(order)
                 if str(step.get("run", "")).strip() == ".venv/bin/python -m generator validate")
    build = step_index(order, "generator build")
    tests = step_index(order, ".ci/run")
    assert annotate < whole < build < tests
    # Problems in the code's tests are reported even when a record was wrong.
    assert order[tests]["if"] == "${{ !cancelled() }}"


def test_deployment_publishes_main_with_its_address() -> None:
    deploy = workflow("deploy.yml")
    assert triggers(deploy) == {"push": {"branches": ["main"]}}
    build, publish = deploy["jobs"]["build"], deploy["jobs"]["deploy"]
    uses = {str(step.get("uses", "")).split("@")[0]: step for step in build["steps"]}
    pages = uses["actions/configure-pages"]
    [site] = [step for step in build["steps"] if "generator build" in str(step.get("run", ""))]
    assert site["env"]["VTA_SITE_URL"] == f"${{{{ steps.{pages['id']}.outputs.base_url }}}}"
    assert step_index(build["steps"], "configure-pages") < build["steps"].index(site)
    assert uses["actions/upload-pages-artifact"]["with"]["path"] == "site/"
    assert publish["needs"] == "build"
    assert publish["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["permissions"] == {"contents": "read"}
    [release] = publish["steps"]
    assert str(release["uses"]).startswith("actions/deploy-pages@")
    assert publish["environment"]["url"] == f"${{{{ steps.{release['id']}.outputs.page_url }}}}"


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
    uses = {str(step.get("uses", "")).split("@")[0]: step for step in steps(workflow("ci.yml"))}
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
