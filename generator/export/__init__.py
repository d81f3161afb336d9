"""Open data: the catalogue as JSON, CSV and schema.org markup, written with every build."""
