"""`python -m generator build`: validate, generate both languages, build the site."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from generator.build.pipeline import ENGINES, BuildOptions, build
from generator.build.site_url import ENVIRONMENT_VARIABLE
from generator.commands.validate import add_common_options


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "build", help="build the site / bygg webbplatsen",
        description="Validate the records, generate the Swedish and English pages and build "
                    "the site with MkDocs. Exit 1 on any error; the previous site is kept.")
    add_build_options(parser)
    parser.add_argument("--engine", choices=ENGINES, default="mkdocs",
                        help="what builds the HTML: mkdocs (default) or zensical, which needs "
                             "the optional extra: pip install -e '.[zensical]'")
    parser.set_defaults(run=run)


def add_build_options(parser: argparse.ArgumentParser) -> None:
    add_common_options(parser)
    parser.add_argument("--site-dir", type=Path, default=Path("site"),
                        help="output folder (default: site)")
    parser.add_argument("--markdown-dir", type=Path, default=Path("build/md"),
                        help="folder for the generated Markdown (default: build/md)")
    parser.add_argument("--site-url", metavar="URL",
                        default=os.environ.get(ENVIRONMENT_VARIABLE) or None,
                        help="public address of the site, e.g. https://example.org/paths/, for "
                             "canonical links and the sitemap (default: the environment "
                             f"variable {ENVIRONMENT_VARIABLE}; unset: relative links only)")


def options_from(args: argparse.Namespace) -> BuildOptions:
    return BuildOptions(content=args.content, md_root=args.markdown_dir,
                        site_dir=args.site_dir, lang=args.lang, site_url=args.site_url,
                        engine=getattr(args, "engine", "mkdocs"))


def run(args: argparse.Namespace) -> int:
    return 0 if build(options_from(args)) else 1
