"""The link on a project's page that loads its record into the contribution form."""

from __future__ import annotations

from generator.routes import contribute_edit_url
from generator.site.context import Context


def edit_in_form_link(ctx: Context, project_id: str) -> str:
    link = ctx.link(contribute_edit_url(project_id), ctx.t("contribute.edit.link"))
    return f'<p class="vta-edit-link">{link}</p>'
