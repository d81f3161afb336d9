"""Every municipality is also an organisation: its official name, derived, not hand-written.

Most projects are owned by a municipality, so a contributor should not have to add one to
`organisations.yml` first. From each term of `municipalities.yml` comes an organisation of
type `municipality` whose label is the official name and whose id follows that name
(`Skellefteå kommun` -> `skelleftea-kommun`).

No official list of the names themselves was available to check against (SCB's lists give
the short names, "Skellefteå"), so the names follow a rule and a table of exceptions:

- the rule: the short name in the genitive plus "kommun". A name ending in a consonant takes
  an s (Borgholm -> Borgholms kommun), except one already ending in s, x or z (Torsås
  kommun, Kalix kommun); a name ending in a vowel takes none (Skellefteå kommun).
- the exceptions, by SCB code: the municipalities that call themselves "stad" (some with a
  capital S), Region Gotland, and Falu kommun (Falun).

Two names give the same id: Habo kommun and Håbo kommun (`habo-kommun`). Neither gets it;
each has its county added (`ID_EXCEPTIONS`), so a reference to `habo-kommun` is refused and
the validator suggests both.
"""

from __future__ import annotations

from collections.abc import Iterable

from generator.ids import suggest_id
from generator.schema.common import Text
from generator.schema.vocabulary import MunicipalityTerm, OrganisationTerm

MUNICIPALITY_TYPE = "municipality"
"""The organisation type of every derived organisation (organisation-types.yml)."""

OFFICIAL_NAMES = {
    "0180": "Stockholms stad",
    "0183": "Sundbybergs stad",
    "0184": "Solna stad",
    "0186": "Lidingö stad",
    "0187": "Vaxholms stad",
    "0980": "Region Gotland",
    "1280": "Malmö stad",
    "1282": "Landskrona stad",
    "1283": "Helsingborgs stad",
    "1480": "Göteborgs Stad",
    "1481": "Mölndals stad",
    "1488": "Trollhättans Stad",
    "1490": "Borås Stad",
    "1980": "Västerås stad",
    "2080": "Falu kommun",
    "2583": "Haparanda stad",
}
"""Official names the rule does not give, by SCB municipality code."""

ID_EXCEPTIONS = {
    "0305": "habo-kommun-uppsala-lan",
    "0643": "habo-kommun-jonkopings-lan",
}
"""Ids that the name alone would make the same for two municipalities (Håbo and Habo)."""

_NO_GENITIVE_S = (*"aeiouyåäö", "s", "x", "z")


def official_name(code: str, short_name: str) -> str:
    """`("0885", "Borgholm")` -> `Borgholms kommun`; `("1480", "Göteborg")` -> `Göteborgs Stad`."""
    if code in OFFICIAL_NAMES:
        return OFFICIAL_NAMES[code]
    genitive = short_name if short_name.lower().endswith(_NO_GENITIVE_S) else short_name + "s"
    return f"{genitive} kommun"


def municipal_organisation(term: MunicipalityTerm) -> OrganisationTerm:
    """The organisation a municipality is: `Borgholms kommun (Borgholm Municipality)`."""
    name = official_name(term.id, term.label.sv)
    english = term.label.en or term.label.sv
    return OrganisationTerm(id=ID_EXCEPTIONS.get(term.id) or suggest_id(name),
                            type=MUNICIPALITY_TYPE,
                            label=Text(sv=name, en=f"{name} ({english} Municipality)"))


def municipal_organisations(terms: Iterable[MunicipalityTerm]) -> dict[str, OrganisationTerm]:
    """Every municipality's organisation, by organisation id, in the vocabulary's order."""
    found: dict[str, OrganisationTerm] = {}
    for term in terms:
        organisation = municipal_organisation(term)
        found.setdefault(organisation.id, organisation)
    return found
