"""Making the committed boundary files in generator/geo/boundaries/ (see tools/README.md).

Only `make_boundaries` needs the `maps-data` extra; projection and topology are plain Python
so that tests can run them without any GIS library.
"""
