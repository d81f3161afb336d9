"""The validator messages CONTRIBUTING explains are ones the validator really prints."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from generator.i18n import strings

REPO = Path(__file__).resolve().parents[1]
DOCUMENTS = {"CONTRIBUTING.md": ("sv", "Vanliga meddelanden från valideringen"),
             "CONTRIBUTING.en.md": ("en", "Common validator messages")}


def section(markdown: str, heading: str) -> str:
    start = markdown.index(f"\n## {heading}\n")
    end = markdown.find("\n## ", start + 1)
    return markdown[start: end if end >= 0 else None]


def message_patterns(language: str) -> list[re.Pattern[str]]:
    templates = [text for key, text in strings(language).items()
                 if key.startswith("check.") and key.endswith(".message")]
    return [re.compile(re.sub(r"\\\{\w+\\\}", ".+?", re.escape(text))) for text in templates]


@pytest.mark.parametrize("name", DOCUMENTS)
def test_each_explained_message_matches_a_validator_message(name: str) -> None:
    language, heading = DOCUMENTS[name]
    rows = [line for line in section((REPO / name).read_text(encoding="utf-8"),
                                     heading).splitlines()
            if line.startswith("| ") and not line.startswith("| Medd")
            and not line.startswith("| Message")]
    assert len(rows) >= 10
    patterns = message_patterns(language)
    for row in rows:
        message = row.split("|")[1].strip()
        assert any(pattern.fullmatch(message) for pattern in patterns), message


@pytest.mark.parametrize("name", DOCUMENTS)
def test_yaml_examples_are_valid_yaml(name: str) -> None:
    text = (REPO / name).read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(.*?)```", text, flags=re.S)
    assert len(blocks) >= 2
    for block in blocks:
        assert isinstance(yaml.safe_load(block), dict)


@pytest.mark.parametrize("name", DOCUMENTS)
def test_internal_links_point_at_headings(name: str) -> None:
    text = (REPO / name).read_text(encoding="utf-8")
    prose = re.sub(r"^```.*?^```", "", text, flags=re.S | re.M)
    anchors = {github_anchor(heading) for heading in re.findall(r"^#+ (.+)$", prose, re.M)}
    links = set(re.findall(r"\]\(#([^)]+)\)", prose))
    assert sorted(links - anchors) == []


def github_anchor(heading: str) -> str:
    """GitHub's heading ids: lower case, punctuation dropped, spaces to hyphens."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")
