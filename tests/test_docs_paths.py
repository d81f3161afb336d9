"""Every file a contributor is sent to exists in the repository.

Messages, templates, the pull-request template and the guides name files (`content/
vocabularies/glossary.yml`, `generator/scaffold/project.yml`, `CONTRIBUTING.en.md`). A
contributor has only the repository, so each name must be a file or folder in it, never a
path on some machine (`/work/…`) or a document kept elsewhere.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.i18n import LANGUAGES, strings

REPO = Path(__file__).resolve().parents[1]
DOCUMENTS = ["README.md", "CONTRIBUTING.md", "CONTRIBUTING.en.md", "docs-dev/TEAM.md",
             ".github/pull_request_template.md", ".pre-commit-config.yaml", "mkdocs.yml",
             "mkdocs.en.yml", *(path.relative_to(REPO).as_posix() for path in [
                 *sorted((REPO / "generator" / "scaffold").glob("*.yml")),
                 *sorted((REPO / ".github" / "workflows").glob("*.yml")),
                 *sorted((REPO / "content" / "vocabularies").glob("*.yml"))])]
TOP_FOLDERS = ("content", "generator", "tests", "schema", "theme", "docs-dev", "docs",
               "benchmarks", ".github", ".ci", "build", "site")
_PATH = re.compile(
    r"(?<![\w/.:@-])("
    rf"(?:\./)?(?:{'|'.join(re.escape(folder) for folder in TOP_FOLDERS)})/[\w./{{}}*-]*"
    r"|/(?:work|home|tmp|root|Users)/[\w./-]*|\.\./[\w./-]+"
    r"|[\w.-]+\.md)(?![\w/-])")
"""A path into the repository, a document by name, or a path outside the repository."""
GENERATED = ("build/", "site/")
"""Made by the build: named in the guides, present only after `./dev serve` or a build."""
MISTAKES = {"rapport.md"}
"""Names the guides quote from a validator message about a mistaken link: the example of
what not to write, never a file to open."""


def texts() -> dict[str, str]:
    """Each text a contributor reads, by where it is: a document, or a message's key."""
    found = {f"generator/i18n/{language}: {key}": text for language in LANGUAGES
             for key, text in strings(language).items()}
    found.update({name: (REPO / name).read_text(encoding="utf-8") for name in DOCUMENTS})
    return found


def folder_of(where: str) -> Path:
    """Where a relative path in the text starts from: a document's folder, else the root."""
    return (REPO / where).parent if where in DOCUMENTS else REPO


def named_paths(text: str) -> list[str]:
    return [match.group(1).rstrip(".,") for match in _PATH.finditer(text)]


def exists(name: str, folder: Path = REPO) -> bool:
    if name.startswith("/"):
        return False
    if name.startswith("../"):
        # Only a document's own relative link, such as an editor's `$schema=../../schema/…`.
        target = (folder / name).resolve()
        return target.is_relative_to(REPO) and target.exists()
    relative = name.removeprefix("./")
    if relative.startswith(GENERATED):
        return True
    pattern = re.sub(r"\{\w+\}", "*", relative)
    if "*" in pattern:
        return any(REPO.glob(pattern))
    if "/" not in relative:
        return (REPO / relative).exists() or any(REPO.glob(f"*/**/{relative}"))
    return (REPO / relative).exists()


def test_the_scan_sees_paths_of_every_shape() -> None:
    sample = ("See content/vocabularies/{kind}.yml, `generator/scaffold/project.yml`, "
              "CONTRIBUTING.en.md and /work/shared/glossary.md, not https://example.org/a.md.")
    assert named_paths(sample) == ["content/vocabularies/{kind}.yml",
                                   "generator/scaffold/project.yml", "CONTRIBUTING.en.md",
                                   "/work/shared/glossary.md"]
    assert [exists(name) for name in named_paths(sample)] == [True, True, True, False]


@pytest.mark.parametrize(("where", "text"), sorted(texts().items()))
def test_every_named_file_is_in_the_repository(where: str, text: str) -> None:
    missing = [name for name in named_paths(text)
               if name not in MISTAKES and not exists(name, folder_of(where))]
    assert missing == [], where


def test_no_text_points_at_a_shared_glossary() -> None:
    assert [where for where, text in texts().items()
            if re.search(r"shared glossary|delade ordlista|/shared/", text)] == []
