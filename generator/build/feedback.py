"""Where readers report problems: `extra.vta_feedback` in mkdocs.yml, the one place the
publisher sets it (both languages' configurations inherit it).

    extra:
      vta_feedback:
        issues: https://github.com/OWNER/REPO/issues   # the issue tracker
        email: katalogen@example.org                   # optional mailbox
        assessed: 2026-12-01                           # latest accessibility assessment

Every key may be left out or empty. A value that is there must be what it says, or
the build stops with a message naming the key, what was expected and what was found:
these addresses go into links on every project page.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from generator.build.mkdocs_run import CONFIG_FILES
from generator.i18n import DEFAULT_LANGUAGE, t
from generator.site.context import Feedback

KEY = "vta_feedback"
_EMAIL = re.compile(r"[^@\s\"'<>()\\,;:]+@[^@\s\"'<>()\\,;:]+\.[^@\s\"'<>()\\,;:]+")


class BadFeedback(ValueError):
    """A setting in mkdocs.yml is not what it must be; the message says which and why."""


class _TolerantLoader(yaml.SafeLoader):
    """mkdocs.yml may use MkDocs' own tags (`!ENV`, `!relative`): read them as nothing."""


_TolerantLoader.add_multi_constructor("!", lambda loader, suffix, node: None)
_TolerantLoader.add_multi_constructor("tag:", lambda loader, suffix, node: None)
# A date stays the text it was written as; `_is_date` judges it (2026-13-01 would else
# stop the YAML reader itself).
def _date_as_text(loader: yaml.SafeLoader, node: yaml.Node) -> str:
    return str(node.value)


_TolerantLoader.add_constructor("tag:yaml.org,2002:timestamp", _date_as_text)


def feedback_settings(project_root: Path, lang: str) -> Feedback:
    """The settings from the project's mkdocs.yml, or BadFeedback in `lang`."""
    config = project_root / CONFIG_FILES[DEFAULT_LANGUAGE]
    try:
        data = yaml.load(config.read_text(encoding="utf-8"), Loader=_TolerantLoader)
    except (OSError, yaml.YAMLError) as error:
        raise BadFeedback(t(lang, "site.feedback.unreadable", file=config.name,
                            detail=str(error).splitlines()[0])) from error
    extra = data.get("extra") if isinstance(data, dict) else None
    settings = extra.get(KEY) if isinstance(extra, dict) else None
    repo = _repo_url(lang, data.get("repo_url") if isinstance(data, dict) else None)
    if settings is None:
        return Feedback(repo=repo)
    if not isinstance(settings, dict):
        raise BadFeedback(_bad(lang, "", settings))
    unknown = sorted(str(key) for key in settings if key not in ("issues", "email", "assessed"))
    if unknown:
        raise BadFeedback(t(lang, "site.feedback.unknown", keys=", ".join(unknown)))
    return Feedback(issues=_checked(lang, "issues", settings.get("issues"), _is_address),
                    email=_checked(lang, "email", settings.get("email"), _EMAIL.fullmatch),
                    assessed=_checked(lang, "assessed", settings.get("assessed"), _is_date),
                    repo=repo)


def _repo_url(lang: str, value: Any) -> str:
    """`repo_url`, MkDocs' own setting, which the contribution form links to."""
    if value is None or value == "":
        return ""
    if not isinstance(value, str) or not _is_address(value.strip()):
        raise BadFeedback(t(lang, "contribute.bad_repo_url", found=repr(value)))
    return value.strip().rstrip("/")


def _checked(lang: str, key: str, value: Any, valid: Any) -> str:
    if value is None or value == "":
        return ""
    text = value.isoformat() if isinstance(value, dt.date) else value
    if not isinstance(text, str) or not valid(text.strip()):
        raise BadFeedback(_bad(lang, key, value))
    return text.strip()


def _bad(lang: str, key: str, value: Any) -> str:
    where = f"extra.{KEY}.{key}" if key else f"extra.{KEY}"
    return t(lang, f"site.feedback.bad.{key or 'settings'}", where=where, found=repr(value))


def _is_address(text: str) -> bool:
    parts = urlsplit(text)
    return parts.scheme in ("http", "https") and bool(parts.netloc) and not parts.query \
        and not parts.fragment and not any(char.isspace() or char in "\"'<>\\" for char in text)


def _is_date(text: str) -> bool:
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return len(text) == 10
