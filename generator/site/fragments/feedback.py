"""The "report an error in this record" link at the foot of a project page.

With an issue tracker in the publisher's settings the link opens a new issue there,
its title and text already naming the record's file (GitHub's `issues/new?title=&body=`,
which GitLab and Gitea read as well); without one it leads to the contact page's
section on reporting errors, so the link is always there and always goes somewhere.
"""

from __future__ import annotations

from urllib.parse import quote, urlencode

from generator.routes import CONTACT, REPORT_ERROR_ANCHOR
from generator.site.context import Context
from generator.site.markup import escape


def record_file(folder: str, record_id: str) -> str:
    """A record's file in the repository: its name is its id (the validator checks it)."""
    return f"content/{folder}/{record_id}.yml"


def report_error_link(ctx: Context, folder: str, record_id: str) -> str:
    file = record_file(folder, record_id)
    issues = ctx.feedback.issues
    if issues:
        fields = {"title": ctx.t("legal.report.issue_title", file=file),
                  "body": ctx.t("legal.report.issue_body", file=file, page=ctx.page_url)}
        href = escape.attribute(f"{issues.rstrip('/')}/new?{urlencode(fields, quote_via=quote)}")
    else:
        href = ctx.href(CONTACT.at(REPORT_ERROR_ANCHOR))
    return f'<p class="vta-report"><a href="{href}">{ctx.t("legal.report.link")}</a></p>'
