"""A project's budget, in the currency the source gives it: amounts are never converted."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from generator.schema.base import Record
from generator.schema.common import Text
from generator.schema.types import Id, PlainText

Currency = Literal["SEK", "EUR"]
AMOUNT_CEILING = 100_000_000_000
"""No labour-market project in the catalogue's scope comes near 100 billion in any currency;
a larger number is a typing mistake."""
Amount = Annotated[int, Field(ge=0, le=AMOUNT_CEILING)]


class Budget(Record):
    """Budget som källan anger den. / Budget as the source states it."""

    source: Id
    """Källans id. / Source id."""
    currency: Currency
    """Valutan källan anger beloppen i: SEK (kronor) eller EUR (euro). Räkna aldrig om. /
    The currency the source gives: SEK or EUR. Never convert."""
    total: Amount | None = None
    """Total budget i hela kronor eller euro, utan mellanslag. / Total budget in whole units,
    without spaces."""
    esf_grant: Amount | None = None
    """Stöd från Europeiska socialfonden, i samma valuta. / European Social Fund grant, in the
    same currency."""
    wording: PlainText | None = None
    """Källans egna ord om budgeten, ordagrant. / The source's own words, verbatim."""
    note: Text | None = None
    """Förklaring. / Explanation."""
