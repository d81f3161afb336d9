"""Benchmarks: commands that measure, never tests that time."""
