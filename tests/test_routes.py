"""Every page's address is declared once, in generator/routes.py; the menu is built from it."""

from __future__ import annotations

from pathlib import Path

import yaml

from generator import routes
from generator.build.mkdocs_run import CONFIG_FILES, derived_config

REPO = Path(__file__).resolve().parent.parent


def test_a_route_is_a_file_and_an_address() -> None:
    assert routes.HOME.url == ""
    assert routes.COMPARE.url == "compare/"
    assert routes.HOW_TO_READ.url == "how-to-read/"
    assert routes.project("sin").path == "projects/sin/index.md"
    assert routes.project_url("sin") == "projects/sin/"
    assert routes.PROJECTS_CSV.url == "data/projects.csv", "a file is at its own path"
    assert routes.COMPARE.at(routes.CAVEATS_ANCHOR) == "compare/#caveats"
    assert routes.organisation_url("x") == "organisations/#org-x"


def test_addresses_relative_to_a_folder() -> None:
    schema = routes.schema_file("project")
    assert routes.in_folder(schema, routes.DATA) == "schema/project.schema.json"
    assert routes.in_folder(schema, routes.PROJECTS_JSON) == "schema/project.schema.json"
    assert routes.language_folder("sv") == "" and routes.language_folder("en") == "en/"


def test_the_menu_comes_from_the_routes(tmp_path: Path) -> None:
    for lang, name in CONFIG_FILES.items():
        own = yaml.safe_load((REPO / name).read_text(encoding="utf-8"))
        assert "nav" not in own, f"{name} would override routes.NAV_PAGES"
        config = derived_config(REPO, tmp_path / lang, lang, tmp_path / f"mkdocs.{lang}.yml")
        derived = yaml.safe_load(config.read_text(encoding="utf-8"))
        assert derived["nav"] == [route.path for route in routes.NAV_PAGES]
