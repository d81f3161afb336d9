"""Developer tools that are not part of the site build (see tools/README.md)."""
