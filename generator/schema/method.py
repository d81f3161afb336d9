"""A method record: `content/methods/<id>.yml`."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from generator.schema.base import Record
from generator.schema.common import Prose, Source, Text
from generator.schema.types import Date, Id


class Step(Record):
    """Ett steg i metoden. / One step of the method."""

    name: Text
    """Stegets namn. / The step's name."""
    description: Prose | None = None
    """Vad steget innebär. / What the step involves."""


class Method(Record):
    """Ett arbetssätt. / A way of working."""

    id: Id
    """Id i webbadressen; samma som filnamnet. / Id used in URLs; same as the file name."""
    name: Text
    """Metodens namn. / The method's name."""
    added: Date
    """Dag posten lades till. / Day the record was added."""
    reviewed: Date | None = None
    """Dag posten senast granskades. / Day last reviewed."""
    aliases: Annotated[list[Text], Field(max_length=10)] = []
    """Andra namn, t.ex. förkortningar. / Other names, e.g. abbreviations."""
    summary: Prose
    """Kort sammanfattning. / Short summary."""
    description: Prose | None = None
    """Längre beskrivning. / Longer description."""
    steps: Annotated[list[Step], Field(max_length=20)] = []
    """Metodens steg i ordning. / The method's steps, in order."""
    principles: Annotated[list[Text], Field(max_length=20)] = []
    """Principer. / Principles."""
    origin: Prose | None = None
    """Ursprung. / Origin."""
    evidence: Prose | None = None
    """Vad källorna säger om belägg. / What the sources say about evidence."""
    related_methods: Annotated[list[Id], Field(max_length=20)] = []
    """Närliggande metoder (id). / Related methods (ids)."""
    sources: Annotated[list[Source], Field(min_length=1, max_length=30)]
    """Källor. / Sources."""
