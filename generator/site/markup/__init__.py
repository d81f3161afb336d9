"""Markup primitives: escaping record text and small HTML building blocks."""
