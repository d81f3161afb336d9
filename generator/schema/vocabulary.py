"""Controlled vocabularies: `content/vocabularies/<kind>.yml`."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from generator.schema.base import Record
from generator.schema.common import Text
from generator.schema.types import Code, Id

LABEL_KINDS = ("target-groups", "funders", "organisation-types", "success-factors",
               "challenges", "counties", "glossary")


class BaseTerm(Record):
    """Det varje term har. / What every term has."""

    id: Id
    """Termens id (för län: länskoden, t.ex. "12"). / The term's id (counties: the county code)."""
    label: Text
    """Termens namn. / The term's label."""
    description: Text | None = None
    """Förklaring. / Explanation."""


class Term(BaseTerm):
    """En term. / One term."""

    broader: Annotated[list[Id], Field(max_length=20)] = []
    """Vidare termer i samma lista som den här ingår i (id), t.ex. "foreign-born" för
    "foreign-born-far-from-labour-market". / Broader terms of the same list that this one
    falls under (ids)."""


class MunicipalityTerm(BaseTerm):
    """En kommun. / A municipality."""

    id: Code
    """SCB:s kommunkod. / SCB municipality code."""
    county: Code
    """Länskod. / County code."""


class OrganisationTerm(BaseTerm):
    """En organisation. / An organisation."""

    id: Id
    """Organisationens id. / Organisation id."""
    type: Id
    """Organisationstyp (id i `organisation-types.yml`). / Organisation type."""


class LabelVocabulary(Record):
    """En lista med termer. / A list of terms."""

    kind: Literal[LABEL_KINDS]  # type: ignore[valid-type]
    """Vilken vokabulär; samma som filnamnet. / Which vocabulary; same as the file name."""
    terms: Annotated[list[Term], Field(min_length=1, max_length=1000)]
    """Termerna. / The terms."""


class MunicipalityVocabulary(Record):
    """Kommuner. / Municipalities."""

    kind: Literal["municipalities"]
    """Vilken vokabulär. / Which vocabulary."""
    terms: Annotated[list[MunicipalityTerm], Field(min_length=1, max_length=1000)]
    """Kommunerna. / The municipalities."""


class OrganisationVocabulary(Record):
    """Organisationer. / Organisations."""

    kind: Literal["organisations"]
    """Vilken vokabulär. / Which vocabulary."""
    terms: Annotated[list[OrganisationTerm], Field(min_length=1, max_length=5000)]
    """Organisationerna. / The organisations."""


VOCABULARY_MODELS: dict[str, type[Record]] = {
    **{kind: LabelVocabulary for kind in LABEL_KINDS},
    "municipalities": MunicipalityVocabulary,
    "organisations": OrganisationVocabulary,
}
