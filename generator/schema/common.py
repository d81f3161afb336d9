"""Building blocks shared by projects and methods: translated text and sources."""

from __future__ import annotations

from typing import Literal

from generator.schema.base import Record
from generator.schema.types import Date, Id, MarkdownText, PartialDate, PlainText, Url


class Text(Record):
    """Kort text på svenska och engelska. / Short text in Swedish and English."""

    sv: PlainText
    """Svensk text (krävs). / Swedish text (required)."""
    en: PlainText | None = None
    """Engelsk text; saknas den visas svenskan med en markering. / English text; when missing the
    Swedish is shown, marked."""


class Prose(Record):
    """Markdown på svenska och engelska. / Markdown in Swedish and English."""

    sv: MarkdownText
    """Svensk text i Markdown (krävs). / Swedish Markdown (required)."""
    en: MarkdownText | None = None
    """Engelsk text i Markdown. / English Markdown."""


class Source(Record):
    """En källa som uppgifterna bygger på. / A source the record's facts come from."""

    id: Id
    """Kort id som figurer hänvisar till, t.ex. `s1`. / Short id figures refer to, e.g. `s1`."""
    title: PlainText
    """Källans titel som den står i källan. / The source's title as published."""
    publisher: PlainText
    """Vem som publicerade källan. / Who published it."""
    url: Url | None = None
    """Webbadress om källan finns på webben. / Web address, if the source is online."""
    document: PlainText | None = None
    """Beskrivning av dokumentet när det saknar webbadress. / The document, when it has no URL."""
    date: PartialDate | None = None
    """När källan publicerades eller senast uppdaterades. / When it was published or updated."""
    retrieved: Date | None = None
    """När vi hämtade källan (ÅÅÅÅ-MM-DD). / When we retrieved it (YYYY-MM-DD)."""
    language: Literal["sv", "en"] = "sv"
    """Källans språk. / The source's language."""
    archived_copy: PlainText | None = None
    """Filnamn för en arkiverad textkopia i `content/sources/`. / File name of an archived text
    copy in `content/sources/`."""
    supports: Text | None = None
    """Vad i texterna (sammanfattning, beskrivning) källan belägger, när ingen siffra, inget
    datum och inget citat hänvisar till den. / What in the texts (summary, description) the
    source backs, when no figure, date or quote cites it."""
