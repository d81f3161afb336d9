"""The content model, declared once. JSON Schema is exported from these classes."""

from generator.schema.base import Record
from generator.schema.method import Method
from generator.schema.project import Project
from generator.schema.vocabulary import VOCABULARY_MODELS

__all__ = ["VOCABULARY_MODELS", "Method", "Project", "Record"]
