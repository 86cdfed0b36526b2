"""The flow of the money: from the whole package, along the routes, to the actielijnen.

Computed from data/route.yaml and data/begroting.yaml only. What the sources give:
- the gemeentefonds measures with their kind of payment (algemene uitkering or the
  decentralisatie-uitkering Maatschappelijke opvang), and the departments' part with how much
  of it was for municipalities (ISB3);
- the total of each actielijn (the February letter's annex).
What they do not give: how much of the departments' part went to which actielijn. The
measures of the gemeentefonds are linked to a budget line by their names (route.yaml
`regels`), as the site says on the routes page; that is how their amount reaches an
actielijn here. Nothing else is divided: an unknown amount stays unknown.
"""

from __future__ import annotations

from dataclasses import dataclass

from .budget import Begroting
from .route import Maatregel, Route

ALGEMENE_UITKERING = "algemene uitkering"


@dataclass(frozen=True)
class Stroomdeel:
    """Part of a route that reaches one actielijn, by the names of its measures."""

    uitkering: str
    onderdeel_id: str
    bedrag: int
    maatregelen: tuple[Maatregel, ...]


@dataclass(frozen=True)
class Geldstroom:
    totaal: int
    uitkeringen: tuple[tuple[str, int, tuple[Maatregel, ...]], ...]  # kind of payment, amount, its measures
    departementen: int
    departementen_gemeenten: int
    delen: tuple[Stroomdeel, ...]

    @property
    def departementen_rest(self) -> int:
        """The departments' part that the source does not say was for municipalities."""
        return self.departementen - self.departementen_gemeenten

    def deel(self, uitkering: str, onderdeel_id: str) -> Stroomdeel | None:
        return next((d for d in self.delen if d.uitkering == uitkering and d.onderdeel_id == onderdeel_id), None)


def uitkering_key(uitkering: str) -> str:
    """A short id: 'algemene-uitkering' or 'decentralisatie-uitkering'."""
    return "algemene-uitkering" if uitkering == ALGEMENE_UITKERING else "decentralisatie-uitkering"


def geldstroom(begroting: Begroting, route: Route) -> Geldstroom:
    kinds: dict[str, list[Maatregel]] = {}
    for maatregel in route.maatregelen:
        kinds.setdefault(maatregel.uitkering, []).append(maatregel)
    onderdeel_van = {regel.id: regel.onderdeel_id for regel in begroting.regels}
    delen = []
    for kind, maatregelen in kinds.items():
        per_onderdeel: dict[str, list[Maatregel]] = {}
        for maatregel in maatregelen:
            # A measure reaches an actielijn only where all its lines belong to that one actielijn.
            onderdelen = {onderdeel_van.get(r) for r in maatregel.regels}
            if len(onderdelen) == 1 and None not in onderdelen:
                per_onderdeel.setdefault(onderdelen.pop() or "", []).append(maatregel)
        delen += [Stroomdeel(kind, onderdeel_id, sum(m.bedrag for m in ms), tuple(ms))
                  for onderdeel_id, ms in per_onderdeel.items()]
    return Geldstroom(
        totaal=begroting.totaal,
        uitkeringen=tuple((kind, sum(m.bedrag for m in ms), tuple(ms)) for kind, ms in kinds.items()),
        departementen=route.departementen,
        departementen_gemeenten=route.departementen_waarvan_gemeenten,
        delen=tuple(delen),
    )
