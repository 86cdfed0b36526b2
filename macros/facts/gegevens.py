"""Everything in data/, validated: the one object the site, the downloads and the feeds read."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from .actielijnen import Actielijnverhaal, actielijn_beweringen, actielijn_citations
from .besteding import Besteding, Bestedingsfeit, besteding_citations
from .budget import Begroting, Onderdeel, Regel, budget_citations
from .changes import Wijziging
from .claims import Bewering
from .contradictions import Tegenstrijdigheid, tegenstrijdigheid_citations
from .gemeenten import Gemeente, alle_feiten, gemeente_citations, gemeente_namen, initiatieven_per_gemeente
from .initiatives import Initiatief, initiatief_beweringen
from .kerncijfers import Kerncijfer
from .omleidingen import Omleiding
from .outcomes import Opbrengsten, opbrengsten_citations
from .provenance import Bronverwijzing
from .route import Route
from .source_versions import Bronversie, bronversie_citations
from .sources import Bron
from .timeline import Gebeurtenis
from .vastlegging import Vastlegging
from .zoekwoorden import Zoekwoord


@dataclass(frozen=True)
class Gegevens:
    """Everything in data/, validated: what the macros hand to the pages."""

    begroting: Begroting
    bronnen: dict[str, Bron]
    actielijnen: dict[str, Actielijnverhaal]
    initiatieven: dict[str, Initiatief]
    kerncijfers: tuple[Kerncijfer, ...]
    tijdlijn: tuple[Gebeurtenis, ...]
    bronversies: dict[str, Bronversie]
    route: Route
    opbrengsten: Opbrengsten
    wijzigingen: tuple[Wijziging, ...] = field(default=())
    files: tuple[str, ...] = field(default=())
    bronteksten: frozenset[str] = frozenset()  # the sources whose text is stored in data/bronteksten/
    omleidingen: tuple[Omleiding, ...] = field(default=())
    tegenstrijdigheden: tuple[Tegenstrijdigheid, ...] = field(default=())
    vastlegging: Vastlegging | None = None  # the record of published amounts (data/vastgelegde-bedragen.yaml)
    zoekwoorden: tuple[Zoekwoord, ...] = field(default=())  # readers' words for the search (data/zoekwoorden.yaml)
    gemeenten: dict[str, Gemeente] = field(default_factory=dict)  # data/gemeenten/, by slug
    besteding: Besteding | None = None  # data/besteding.yaml

    # Computed once: the data does not change after loading, and every municipality's page asks.
    @cached_property
    def gemeente_namen(self) -> dict[str, str]:
        """Every municipality a source names (a file of its own or an initiative), slug -> name."""
        return gemeente_namen(self.gemeenten, self.initiatieven.values())

    @cached_property
    def gemeente_initiatieven(self) -> dict[str, list[Initiatief]]:
        """The initiatives that name each municipality, by slug."""
        return initiatieven_per_gemeente(self.initiatieven.values())

    @property
    def bestedingsfeiten(self) -> list[Bestedingsfeit]:
        """Every fact about spending: the national ones, then each municipality's."""
        return alle_feiten(self.gemeenten, self.besteding.feiten if self.besteding else ())

    def kerncijfer(self, kerncijfer_id: str) -> Kerncijfer:
        for kerncijfer in self.kerncijfers:
            if kerncijfer.id == kerncijfer_id:
                return kerncijfer
        raise KeyError(f"geen kerncijfer met id '{kerncijfer_id}' in data/kerncijfers.yaml")

    def onderdeel(self, onderdeel_id: str) -> Onderdeel:
        for onderdeel in self.begroting.onderdelen:
            if onderdeel.id == onderdeel_id:
                return onderdeel
        raise KeyError(f"geen onderdeel met id '{onderdeel_id}' in data/begroting.yaml")

    def regel(self, regel_id: str) -> Regel:
        for regel in self.begroting.regels:
            if regel.id == regel_id:
                return regel
        raise KeyError(f"geen begrotingsregel met id '{regel_id}' in data/begroting.yaml")


# The parts of the data that cite sources: the keyword arguments of `citations`, by name.
CITING_PARTS = ("begroting", "actielijnen", "initiatieven", "kerncijfers", "tijdlijn", "route", "opbrengsten",
                "bronversies", "tegenstrijdigheden", "gemeenten", "besteding")


def citations(begroting: Begroting | None, actielijnen: dict[str, Actielijnverhaal],
              initiatieven: dict[str, Initiatief], kerncijfers: tuple[Kerncijfer, ...],
              tijdlijn: tuple[Gebeurtenis, ...], route: Route | None, opbrengsten: Opbrengsten | None,
              bronversies: dict[str, Bronversie],
              tegenstrijdigheden: tuple[Tegenstrijdigheid, ...], gemeenten: dict[str, Gemeente] | None = None,
              besteding: Besteding | None = None) -> Iterable[Bronverwijzing]:
    """Every citation in the data, budget first: for the loaded data and, before it is
    assembled, for the loader's checks (with the budget possibly missing)."""
    if begroting is not None:
        yield from budget_citations(begroting)
    yield from story_citations(actielijnen, initiatieven, kerncijfers, tijdlijn, route, opbrengsten)
    yield from bronversie_citations(bronversies)
    yield from tegenstrijdigheid_citations(tegenstrijdigheden)
    yield from gemeente_citations(gemeenten or {})
    yield from besteding_citations(besteding)


def all_citations(gegevens: Gegevens) -> Iterable[Bronverwijzing]:
    """Every citation in the loaded data, budget first."""
    return citations(**{name: getattr(gegevens, name) for name in CITING_PARTS})


def all_beweringen(actielijnen: dict[str, Actielijnverhaal], initiatieven: dict[str, Initiatief],
                   opbrengsten: Opbrengsten | None) -> Iterable[Bewering]:
    yield from actielijn_beweringen(actielijnen)
    yield from initiatief_beweringen(initiatieven)
    if opbrengsten:
        yield from opbrengsten.feiten


def story_citations(actielijnen: dict[str, Actielijnverhaal], initiatieven: dict[str, Initiatief],
                    kerncijfers: tuple[Kerncijfer, ...], tijdlijn: tuple[Gebeurtenis, ...], route: Route | None,
                    opbrengsten: Opbrengsten | None) -> Iterable[Bronverwijzing]:
    """Every citation outside the budget table."""
    yield from actielijn_citations(actielijnen)
    for initiatief in initiatieven.values():
        yield from initiatief.citations()
    yield from (kerncijfer.bron for kerncijfer in kerncijfers)
    yield from (gebeurtenis.bron for gebeurtenis in tijdlijn)
    for bewering in all_beweringen(actielijnen, initiatieven, opbrengsten):
        yield from bewering.citations()
    if route:
        yield route.bron
        yield route.departementen_bron
    yield from opbrengsten_citations(opbrengsten)


__all__ = ["Gegevens", "all_beweringen", "budget_citations", "story_citations"]
