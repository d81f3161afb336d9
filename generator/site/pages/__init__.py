"""One module per kind of page; each returns `Page` values."""
