"""The validated facts of the package, as plain immutable objects.

Amounts are whole euros as `int` from YAML to HTML: never a binary float.
Totals are computed from their parts here; the totals a source declares are kept
beside them so the integrity checks can compare the two.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .strict_yaml import Path_

if TYPE_CHECKING:  # the story models import Herkomst from here
    from .changelog import Wijziging
    from .models_verhaal import (
        Actielijnverhaal,
        Bronversie,
        Gebeurtenis,
        Initiatief,
        Kerncijfer,
        Opbrengsten,
        Route,
    )


@dataclass(frozen=True)
class Herkomst:
    """Where a fact stands in the data: file and path, for error messages and edit links."""

    file: str
    path: Path_ = ()


@dataclass(frozen=True)
class Bronverwijzing:
    document: str
    vindplaats: str | None
    herkomst: Herkomst


@dataclass(frozen=True)
class Bron:
    id: str
    titel: str
    kort: str
    uitgever: str
    soort: str
    datum: str | None
    datum_toelichting: str | None
    kenmerk: str | None
    adres: str | None
    afschrift: str | None
    toelichting: str | None
    herkomst: Herkomst


@dataclass(frozen=True)
class Regel:
    """One budget line."""

    id: str
    naam: str
    bedrag: int
    bron: Bronverwijzing
    toelichting: str | None
    onderdeel_id: str
    herkomst: Herkomst


@dataclass(frozen=True)
class Onderdeel:
    """An actielijn or 'Overig', with the total its source declares."""

    id: str
    soort: str
    nummer: int | None
    naam: str
    titel: str | None
    totaal_volgens_bron: int
    bron: Bronverwijzing
    regels: tuple[Regel, ...]
    herkomst: Herkomst

    @property
    def totaal(self) -> int:
        return sum(regel.bedrag for regel in self.regels)

    @property
    def is_actielijn(self) -> bool:
        return self.soort == "actielijn"

    @property
    def label(self) -> str:
        """The name as the annex writes it: 'Actielijn 1: Jeugd' or 'Overig'."""
        return f"Actielijn {self.nummer}: {self.naam}" if self.is_actielijn else self.naam


@dataclass(frozen=True)
class Bedragfeit:
    """A single declared amount with its source, e.g. the € 150 mln for local use."""

    bedrag: int
    bron: Bronverwijzing
    herkomst: Herkomst


@dataclass(frozen=True)
class Begroting:
    titel: str
    bron: Bronverwijzing
    totaal_volgens_bron: int
    lokaal: Bedragfeit
    onderdelen: tuple[Onderdeel, ...]
    herkomst: Herkomst

    @property
    def totaal(self) -> int:
        return sum(onderdeel.totaal for onderdeel in self.onderdelen)

    @property
    def niet_lokaal(self) -> int:
        """What is not spent through municipalities: computed, no source states it."""
        return self.totaal - self.lokaal.bedrag

    @property
    def actielijnen(self) -> tuple[Onderdeel, ...]:
        return tuple(o for o in self.onderdelen if o.is_actielijn)

    @property
    def regels(self) -> tuple[Regel, ...]:
        return tuple(regel for onderdeel in self.onderdelen for regel in onderdeel.regels)


@dataclass(frozen=True)
class Verhaal:
    """The story around the budget (see models_verhaal)."""

    actielijnen: dict[str, Actielijnverhaal]
    initiatieven: dict[str, Initiatief]
    kerncijfers: tuple[Kerncijfer, ...]
    tijdlijn: tuple[Gebeurtenis, ...]
    bronversies: dict[str, Bronversie]
    route: Route | None
    opbrengsten: Opbrengsten | None


@dataclass(frozen=True)
class Gegevens:
    """Everything in data/, validated: what the macros hand to the pages."""

    begroting: Begroting
    bronnen: dict[str, Bron]
    verhaal: Verhaal
    wijzigingen: tuple[Wijziging, ...] = field(default=())
    files: tuple[str, ...] = field(default=())

    def kerncijfer(self, kerncijfer_id: str) -> Kerncijfer:
        for kerncijfer in self.verhaal.kerncijfers:
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
