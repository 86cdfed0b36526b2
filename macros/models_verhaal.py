"""The story of the package as validated objects: actielijnen, initiatives, key figures,
timeline, routes of the money, outcomes and the sources' own versions of the figures.

Numbers that are not money (percentages, counts) are `Decimal`, read from the Dutch
notation the sources use ("49,1"); money stays whole euros as `int`.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from .models import Bronverwijzing, Herkomst

KAMERBRIEF_FEBRUARI = "kamerbrief-steunpakket-2021"
OPBRENGSTENBRIEF = "kamerbrief-opbrengsten-2021-12-21"


@dataclass(frozen=True)
class Getal:
    """A figure as a source gives it: exact value, unit and how precise the source says it is."""

    waarde: Decimal
    eenheid: str  # procent | aantal | euro
    kwalificatie: str | None = None


@dataclass(frozen=True)
class Bewering:
    """A sourced statement, optionally with a figure."""

    tekst: str
    getal: Getal | None
    peildatum: str | None
    bron: Bronverwijzing
    herkomst: Herkomst


@dataclass(frozen=True)
class Actie:
    letter: str
    titel: str
    omschrijving: str | None
    onderdelen: tuple[str, ...]
    bron: Bronverwijzing


@dataclass(frozen=True)
class Actielijnverhaal:
    onderdeel_id: str
    doel: Bewering
    aanleiding_tekst: str
    aanleiding_bron: Bronverwijzing
    kerncijfer_ids: tuple[str, ...]
    acties: tuple[Actie, ...]
    resultaten: tuple[Bewering, ...]
    herkomst: Herkomst


@dataclass(frozen=True)
class Kerncijfer:
    id: str
    omschrijving: str
    getal: Getal | None
    waarde_tekst: str | None
    vergelijking: str | None
    populatie: str
    gemeten: str
    oorspronkelijke_bron: str | None
    actielijn: str | None
    bron: Bronverwijzing
    herkomst: Herkomst


@dataclass(frozen=True)
class Gebeurtenis:
    datum: str
    titel: str
    omschrijving: str | None
    soort: str
    bron: Bronverwijzing
    herkomst: Herkomst


@dataclass(frozen=True)
class Initiatief:
    id: str
    naam: str
    niveau: str  # lokaal | landelijk | onbekend
    gemeenten: tuple[str, ...]
    plaats_toelichting: str | None
    actielijn: str
    begrotingsregel: str | None
    begrotingsregel_toelichting: str | None
    organisaties: tuple[str, ...]
    omschrijving: str
    resultaten: tuple[Bewering, ...]
    kanttekeningen: tuple[Bewering, ...]
    bronnen: tuple[Bronverwijzing, ...]
    herkomst: Herkomst

    def cited_documents(self) -> set[str]:
        return {b.document for b in self.bronnen} | {r.bron.document for r in self.resultaten + self.kanttekeningen}

    @property
    def gepland_voorbeeld(self) -> bool:
        """Named as a planned example in the February 2021 letter."""
        return KAMERBRIEF_FEBRUARI in {b.document for b in self.bronnen}

    @property
    def gerapporteerd_resultaat(self) -> bool:
        """Reported as a result in the December 2021 outcomes letter."""
        return OPBRENGSTENBRIEF in {b.document for b in self.bronnen}


@dataclass(frozen=True)
class Deel:
    naam: str
    bedrag: int


@dataclass(frozen=True)
class Broncijfer:
    """One figure as one source gives it, tied to the site's fact it describes."""

    feit: str  # totaal | onderdeel:<id> | regel:<id> | maatregel:<id>
    naam_in_bron: str
    bedrag: int | None
    verdeling: tuple[Deel, ...]
    omschrijving: str | None
    herkomst: Herkomst


@dataclass(frozen=True)
class Bronversie:
    bron_id: str
    omschrijving: str
    volledige_tabel: bool
    cijfers: tuple[Broncijfer, ...]
    herkomst: Herkomst


@dataclass(frozen=True)
class Maatregel:
    id: str
    naam: str
    bedrag: int
    uitkering: str
    regels: tuple[str, ...]
    koppeling: str | None
    herkomst: Herkomst


@dataclass(frozen=True)
class Route:
    """The budget by route: gemeentefonds and departmental budgets."""

    bron: Bronverwijzing
    totaal_volgens_bron: int
    via_gemeenten: int
    gemeentefonds_volgens_bron: int
    maatregelen: tuple[Maatregel, ...]
    departementen: int
    departementen_waarvan_gemeenten: int
    departementen_omschrijving: str
    herkomst: Herkomst

    @property
    def gemeentefonds(self) -> int:
        return sum(m.bedrag for m in self.maatregelen)


@dataclass(frozen=True)
class VerdelingsDeel:
    naam: str
    procent: Decimal
    omschrijving: str | None
    bron: Bronverwijzing


@dataclass(frozen=True)
class Verdeling:
    id: str
    actielijn: str | None
    titel: str
    delen: tuple[VerdelingsDeel, ...]
    herkomst: Herkomst


@dataclass(frozen=True)
class Opbrengsten:
    bron: Bronverwijzing
    inleiding: str
    verdelingen: tuple[Verdeling, ...]
    feiten: tuple[Bewering, ...]
    herkomst: Herkomst
