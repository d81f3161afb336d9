"""The layout rules of docs-dev/ARCHITECTURE.md, read from the source with `ast`.

Every import counts, also one inside a function: hiding an import there hides
a cycle, it does not remove it.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "generator"
MAX_LINES = 300

ALLOWED = {
    "generator.i18n": set(),
    "generator.diagnostics": set(),
    "generator.page": set(),
    "generator.ids": set(),
    "generator.safe_output": set(),
    "generator.tracked": set(),
    "generator.schema": set(),
    "generator.geo": set(),
    "generator.routes": {"generator.i18n"},
    "generator.yamlsource": {"generator.diagnostics"},
    "generator.terms": {"generator.ids", "generator.schema"},
    "generator.catalog": {"generator.schema", "generator.terms"},
    "generator.analysis": {"generator.schema", "generator.catalog"},
    "generator.scaffold": {"generator.ids", "generator.schema", "generator.i18n"},
    "generator.validation": {"generator.analysis", "generator.catalog", "generator.diagnostics",
                             "generator.i18n", "generator.ids", "generator.page",
                             "generator.routes", "generator.safe_output", "generator.schema",
                             "generator.terms", "generator.tracked", "generator.yamlsource"},
    "generator.reporting": {"generator.analysis", "generator.catalog", "generator.diagnostics",
                            "generator.i18n", "generator.safe_output", "generator.schema",
                            "generator.validation", "generator.yamlsource"},
    "generator.export": {"generator.analysis", "generator.catalog", "generator.i18n",
                         "generator.page", "generator.routes", "generator.schema"},
    "generator.site": {"generator.analysis", "generator.catalog", "generator.export",
                       "generator.geo", "generator.i18n", "generator.page", "generator.routes",
                       "generator.schema"},
    "generator.build": {"generator.catalog", "generator.i18n", "generator.page", "generator.routes",
                        "generator.safe_output", "generator.schema", "generator.site",
                        "generator.tracked", "generator.validation"},
}
"""What each part of the generator may import (docs-dev/ARCHITECTURE.md); commands/ and
cli.py, at the top, may import anything."""
SITE_LAYERS = {"format": 0, "markup": 0, "lookups": 1, "context": 2, "script_strings": 2,
               "fragments": 3, "pages": 4, "generate": 5, "incremental": 5, "reads": 5,
               "own_fields": 5}
"""Page generation's layers: a module imports site modules of its own layer or below."""
PURE = ("generator.site", "generator.export", "generator.routes", "generator.page")
"""Catalogue in, pages out: no files, no programs, no build."""
SIDE_EFFECT_MODULES = {"os", "shutil", "subprocess", "pathlib", "tempfile", "sys"}


def module_name(path: Path) -> str:
    parts = path.relative_to(REPO).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@cache
def modules() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def imported(name: str) -> Iterator[str]:
    """Every module `name` imports."""
    path = modules()[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    yield from imports_in(path.read_text(encoding="utf-8"), package)


def imports_in(source: str, package: str) -> Iterator[str]:
    """Every module the code imports, at any depth (in functions too); `from a import b`
    also names `a.b` when that is a module of ours."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{anchor}.{base}" if base else anchor
            yield base
            for alias in node.names:
                if f"{base}.{alias.name}" in modules():
                    yield f"{base}.{alias.name}"


def internal_imports(name: str) -> set[str]:
    return {other for other in imported(name) if other in modules() and other != name}


def within(name: str, *packages: str) -> bool:
    return any(name == package or name.startswith(package + ".") for package in packages)


def site_layer(name: str) -> int | None:
    parts = name.split(".")
    if parts[:2] != ["generator", "site"] or len(parts) < 3:
        return None
    return SITE_LAYERS[parts[2]]


def test_the_import_reader_sees_imports_inside_functions() -> None:
    # The rules below are only as good as the reader: an import in a function must count.
    source = ("import json\n"
              "def late():\n"
              "    from generator.site import context\n"
              "    from .index import Index\n")
    assert sorted(imports_in(source, "generator.site.lookups")) == [
        "generator.site", "generator.site.context", "generator.site.lookups.index", "json"]


def strongly_connected(graph: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's algorithm: the groups of modules that import each other, directly or not."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    groups: list[list[str]] = []

    def visit(name: str) -> None:
        index[name] = low[name] = len(index)
        stack.append(name)
        for other in sorted(graph[name]):
            if other not in index:
                visit(other)
                low[name] = min(low[name], low[other])
            elif other in stack:
                low[name] = min(low[name], index[other])
        if low[name] == index[name]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == name:
                    break
            groups.append(sorted(group))

    for name in sorted(graph):
        if name not in index:
            visit(name)
    return groups


def test_no_import_cycle_in_the_generator() -> None:
    graph = {name: internal_imports(name) for name in modules()}
    cycles = [group for group in strongly_connected(graph) if len(group) > 1]
    assert cycles == []


def test_the_cycle_finder_finds_a_hidden_cycle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert [group for group in strongly_connected(graph) if len(group) > 1] == [["a", "b", "c"]]


def part(name: str) -> str:
    """`generator.site.pages.home` -> `generator.site`; `generator.routes` stays itself."""
    return ".".join(name.split(".")[:2])


def test_every_part_imports_only_what_it_may() -> None:
    offending = {}
    for name in modules():
        if part(name) not in ALLOWED:
            assert part(name) in {"generator", "generator.commands", "generator.cli",
                                  "generator.__main__"}, f"{name}: add its part to ALLOWED"
            continue
        found = sorted(other for other in internal_imports(name)
                       if part(other) not in {part(name), "generator"}
                       and part(other) not in ALLOWED[part(name)])
        if found:
            offending[name] = found
    assert offending == {}


def test_export_does_not_import_page_generation() -> None:
    offending = {name: sorted(other for other in internal_imports(name)
                              if within(other, "generator.site", "generator.build"))
                 for name in modules() if within(name, "generator.export")}
    assert {name: found for name, found in offending.items() if found} == {}


def test_pure_generation_has_no_side_effects() -> None:
    offending = {}
    for name in modules():
        if not within(name, *PURE):
            continue
        found = sorted(
            {other for other in imported(name)
             if within(other, "generator.build", "generator.commands", "generator.validation")
             or other.split(".")[0] in SIDE_EFFECT_MODULES})
        if found:
            offending[name] = found
    assert offending == {}


def test_routes_stand_below_everything() -> None:
    assert internal_imports("generator.routes") <= {"generator.i18n"}
    assert internal_imports("generator.page") == set()


@pytest.mark.parametrize("name", sorted(name for name in modules() if site_layer(name) is not None))
def test_site_modules_import_only_their_layer_and_below(name: str) -> None:
    layer = site_layer(name)
    assert layer is not None
    above = sorted(other for other in internal_imports(name)
                   if (other_layer := site_layer(other)) is not None and other_layer > layer)
    assert above == [], f"{name} (layer {layer}) imports a higher layer"


def test_page_kinds_do_not_import_each_other() -> None:
    pages = [name for name in modules() if within(name, "generator.site.pages")]
    offending = {name: sorted(other for other in internal_imports(name)
                              if within(other, "generator.site.pages")
                              and other != "generator.site.pages")
                 for name in pages}
    assert {name: found for name, found in offending.items() if found} == {}


def test_no_python_file_over_the_limit() -> None:
    long = {name: lines for name, path in modules().items()
            if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert long == {}
