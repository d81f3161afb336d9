"""A project record: `content/projects/<id>.yml`."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from generator.schema.base import Record
from generator.schema.budget import Budget
from generator.schema.common import Prose, Source, Text
from generator.schema.evaluation import EvidenceLevel, evidence_level
from generator.schema.outcome import Outcome
from generator.schema.period import Period
from generator.schema.types import Code, Date, Email, Id, Url

__all__ = ["Budget", "Contact", "Continuation", "EvidenceLevel", "Factor", "Partner", "Period",
           "Project", "Quote"]


class Partner(Record):
    """En samverkanspart. / A partner organisation."""

    organisation: Id
    """Organisationens id i `organisations.yml`. / Organisation id in `organisations.yml`."""
    role: Text | None = None
    """Partens roll i projektet. / The partner's role in the project."""


class Factor(Record):
    """En kodad framgångsfaktor eller utmaning. / A coded success factor or challenge."""

    code: Id
    """Kod ur `success-factors.yml` eller `challenges.yml`. / Code from the vocabulary."""
    text: Text | None = None
    """Källans beskrivning, kort. / The source's description, briefly."""
    source: Id
    """Källans id. / Source id."""


class Continuation(Record):
    """Vad som hände efter projektmedlen. / What happened after the funding."""

    status: Literal["yes", "no", "partly", "unknown"]
    """yes, no, partly eller unknown. / Whether the work continued in regular operations."""
    text: Text | None = None
    """Hur, enligt källan. / How, according to the source."""
    source: Id | None = None
    """Källans id. / Source id."""


class Quote(Record):
    """Ett publicerat citat. / A published quote."""

    text: Text
    """Citatet (svenska original, engelsk översättning). / The quote (Swedish original,
    English translation)."""
    attribution: Text
    """Vem som sa det, så som källan anger det. / Who said it, as the source attributes it."""
    source: Id
    """Källans id. / Source id."""


class Contact(Record):
    """Kontaktväg. Inga privata uppgifter. / How to get in touch. No private details."""

    organisation: Id
    """Organisationens id. / Organisation id."""
    role: Text | None = None
    """Roll eller funktion. / Role or function."""
    email: Email | None = None
    """Funktionsadress. / Functional mailbox."""
    url: Url | None = None
    """Webbsida. / Web page."""


class Project(Record):
    """Ett arbetsmarknadsprojekt. / A labour-market project."""

    id: Id
    """Id i webbadressen; samma som filnamnet. / Id used in URLs; same as the file name."""
    name: Text
    """Projektets namn. / The project's name."""
    owner: Id = Field(title="Projektägare / Project owner")
    """Projektägare (id i `organisations.yml`). / Project owner (organisation id)."""
    added: Date
    """Dag posten lades till (ÅÅÅÅ-MM-DD). / Day the record was added."""
    reviewed: Date | None = None
    """Dag posten senast granskades mot källorna. / Day last checked against its sources."""
    summary: Prose
    """Kort sammanfattning. / Short summary."""
    description: Prose | None = None
    """Längre beskrivning. / Longer description."""
    partners: Annotated[list[Partner], Field(
        title="Samverkansparter / Partners", max_length=50)] = []
    """Samverkansparter. / Partner organisations."""
    municipalities: Annotated[list[Code], Field(
        title="Kommuner / Municipalities", max_length=290)] = []
    """Kommunkoder (SCB), t.ex. "1256". / Municipality codes (SCB), e.g. "1256"."""
    counties: Annotated[list[Code], Field(title="Län / Counties", max_length=21)] = []
    """Länskoder (SCB), t.ex. "12". / County codes (SCB), e.g. "12"."""
    funders: Annotated[list[Id], Field(title="Finansiärer / Funders", max_length=20)] = []
    """Finansiärer (id i `funders.yml`). / Funders (ids in `funders.yml`)."""
    esf_case_id: Annotated[str, Field(pattern=r"^[0-9A-Za-z./-]{1,40}$")] | None = Field(
        None, title="ESF-rådets diarienummer / Swedish ESF Council case number")
    """ESF-rådets diarienummer om det är känt. / The ESF Council case number, if known."""
    budget: Budget | None = Field(None, title="Budget / Budget")
    """Budget. / Budget."""
    period: Period = Field(title="Projekttid / Project period")
    """Projekttid och status. / Period and status."""
    predecessor: Id | None = None
    """Projekt som detta fortsätter (projekt-id). / The project this one continues."""
    target_groups: Annotated[list[Id], Field(
        title="Målgrupper / Target groups", max_length=20)] = []
    """Målgrupper (id i `target-groups.yml`). / Target groups."""
    methods: Annotated[list[Id], Field(title="Metoder / Methods", max_length=20)] = []
    """Metoder (id för metodposter). / Methods (method record ids)."""
    outcomes: Annotated[list[Outcome], Field(max_length=10)] = []
    """Resultat. / Outcomes."""
    success_factors: Annotated[list[Factor], Field(max_length=50)] = []
    """Framgångsfaktorer. / Success factors."""
    challenges: Annotated[list[Factor], Field(max_length=50)] = []
    """Utmaningar. / Challenges."""
    continued_after_funding: Continuation | None = None
    """Fortsatte arbetet i ordinarie verksamhet? / Did the work continue afterwards?"""
    quotes: Annotated[list[Quote], Field(max_length=20)] = []
    """Publicerade citat. / Published quotes."""
    contact: Contact | None = None
    """Kontakt. / Contact."""
    sources: Annotated[list[Source], Field(min_length=1, max_length=30)]
    """Källor. / Sources."""

    @property
    def evidence_level(self) -> EvidenceLevel:
        """How the results are backed: it follows from the outcomes' evaluations."""
        return evidence_level(outcome.evaluation for outcome in self.outcomes)
