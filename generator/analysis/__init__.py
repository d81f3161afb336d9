"""Arithmetic on record figures: pure functions, no wording, no I/O."""
