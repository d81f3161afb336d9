"""Synthetic catalogues in the shape of the seed records, for benchmarks and size tests.

`python -m benchmarks.synthetic 1000 /tmp/catalogue` writes a content folder
with the real vocabularies and methods and 1,000 projects cloned from the
seed projects. Every clone gets its own id, name, municipality and mix of
methods and target groups, chosen deterministically so runs are comparable.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import yaml

REAL_CONTENT = Path(__file__).resolve().parent.parent / "content"


def _load(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _pick(items: list[str], index: int, count: int) -> list[str]:
    """`count` distinct items, rotating with `index` so clones differ."""
    count = min(count, len(items))
    # Strides 5 and 1 share no factor with list lengths like 7 or 9, so the
    # starting item (and with it the combination) rotates through every item.
    return [items[(index * 5 + step) % len(items)] for step in range(count)]


def synthetic_projects(count: int, content: Path = REAL_CONTENT) -> list[dict[str, Any]]:
    seeds = [_load(path) for path in sorted((content / "projects").glob("*.yml"))]
    vocabularies = content / "vocabularies"
    municipalities = _load(vocabularies / "municipalities.yml")["terms"]
    methods = sorted(path.stem for path in (content / "methods").glob("*.yml"))
    groups = [term["id"] for term in _load(vocabularies / "target-groups.yml")["terms"]]
    projects = []
    for index in range(count):
        record = dict(seeds[index % len(seeds)])
        record.pop("predecessor", None)
        number = f"{index + 1:05d}"
        record["id"] = f"synthetic-{number}"
        record["name"] = {"sv": f"{record['name']['sv']} (syntetiskt nr {number})",
                          "en": f"{record['name'].get('en') or record['name']['sv']}"
                                f" (synthetic no. {number})"}
        municipality = municipalities[(index * 37) % len(municipalities)]
        record["municipalities"] = [municipality["id"]]
        record["counties"] = [municipality["county"]]
        record["methods"] = sorted(set(_pick(methods, index, 1 + index % 3)))
        record["target_groups"] = sorted(set(_pick(groups, index, 1 + index % 2)))
        record["added"] = dt.date(2025, 1, 1) + dt.timedelta(days=index % 600)
        projects.append(record)
    return projects


def write_catalogue(count: int, target: Path, content: Path = REAL_CONTENT) -> Path:
    """Write a complete content folder with `count` synthetic projects into `target`."""
    if target.exists():
        shutil.rmtree(target)
    for folder in ("vocabularies", "methods", "sources"):
        if (content / folder).is_dir():
            shutil.copytree(content / folder, target / folder)
    projects = target / "projects"
    projects.mkdir(parents=True)
    header = "# yaml-language-server: $schema=../../schema/project.schema.json\n"
    for record in synthetic_projects(count, content):
        text = yaml.safe_dump(record, allow_unicode=True, sort_keys=False, width=100)
        (projects / f"{record['id']}.yml").write_text(header + text, encoding="utf-8")
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("count", type=int)
    parser.add_argument("target", type=Path)
    args = parser.parse_args()
    write_catalogue(args.count, args.target)
    print(f"{args.count} projects written to {args.target}")


if __name__ == "__main__":
    main()
