"""Charts drawn at build time as inline SVG: no scripts, no external files, same bytes each time."""
