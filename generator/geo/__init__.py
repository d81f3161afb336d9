"""Maps of Sweden as SVG, from the committed boundary files, with the standard library only.

Nothing here knows about pages, languages or the catalogue: callers pass codes, counts,
links and every text already translated, and get SVG markup back. `topology` reads the
files in `boundaries/` (made by tools/boundaries/), `frame` turns shapes into path data,
`colours` holds the scale, `choropleth` and `locator` draw the maps.
"""
