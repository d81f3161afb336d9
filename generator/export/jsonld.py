"""schema.org markup for a project page, safe inside a <script> element.

schema.org's Project is a kind of Organization, so its dates are
`foundingDate` and `dissolutionDate` (Organization has no startDate/endDate).
The page address is relative ("./"): the site has no fixed host, and JSON-LD
resolves it against the page itself.
"""

from __future__ import annotations

import json
import re
from typing import Any

from generator.catalog import Catalog
from generator.schema import Project

_SCRIPT_SAFE = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026",
                "\u2028": "\\u2028", "\u2029": "\\u2029"}
_SCRIPT_UNSAFE = re.compile("[<>&\u2028\u2029]")


def script_json(data: Any) -> str:
    """JSON that no record text can end early: `<`, `>` and `&` never appear literally.

    Inside <script> the HTML parser looks only for `</script` (and `<!--`), so
    escaping every `<` as a JSON unicode escape makes breaking out impossible
    while the parsed JSON stays identical.
    """
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    # One regex pass: the side-by-side data is megabytes at thousands of projects.
    return _SCRIPT_UNSAFE.sub(lambda match: _SCRIPT_SAFE[match[0]], text)


def script_element(data: Any, script_type: str) -> str:
    return f'<script type="{script_type}">{script_json(data)}</script>'


def _organisation(catalog: Catalog, organisation_id: str, lang: str) -> dict[str, str]:
    return {"@type": "Organization", "name": catalog.label("organisations", organisation_id,
                                                            lang)[0]}


def project_json_ld(catalog: Catalog, project: Project, lang: str) -> dict[str, Any]:
    def text(value: Any) -> str:
        return str(value.en if lang == "en" and value.en else value.sv)

    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Project",
        "name": text(project.name),
        "description": text(project.summary).strip(),
        "url": "./",
        "founder": _organisation(catalog, project.owner, lang),
    }
    if project.funders:
        data["funder"] = [{"@type": "Organization",
                           "name": catalog.label("funders", funder, lang)[0]}
                          for funder in project.funders]
    if project.partners:
        data["member"] = [_organisation(catalog, partner.organisation, lang)
                          for partner in project.partners]
    areas = [("municipalities", code) for code in project.municipalities] or [
        ("counties", code) for code in project.counties]
    if areas:
        data["areaServed"] = [{"@type": "AdministrativeArea",
                               "name": catalog.label(kind, code, lang)[0]}
                              for kind, code in areas]
    if project.period.start:
        data["foundingDate"] = project.period.start
    if project.period.end:
        data["dissolutionDate"] = project.period.end
    return data


def project_script(catalog: Catalog, project: Project, lang: str) -> str:
    return script_element(project_json_ld(catalog, project, lang), "application/ld+json")
