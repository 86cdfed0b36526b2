"""The amounts the site publishes from data/, by their fixed ids: the one home of those ids.

`regel:jongerenwerk`, `onderdeel:jeugd`, `totaal`, `maatregel:…`, `route:…`: the changelog's
`cijfers:`, the ledger, the figure register (`register/figures.py`, which adds each amount's
page) and the `data-ref` of every amount on the pages all use these ids.
"""

from __future__ import annotations

from dataclasses import dataclass

from .budget import Begroting
from .provenance import Bronverwijzing, Herkomst
from .route import Route


@dataclass(frozen=True)
class Bedrag:
    """One published amount: its id, value, name in words, where it is typed and its quotes."""

    id: str
    waarde: int
    naam: str  # "de regel ‘Jongerenwerk’"
    herkomst: Herkomst
    bronnen: tuple[Bronverwijzing, ...]


def published_amounts(begroting: Begroting, route: Route | None) -> dict[str, Bedrag]:
    """Every amount typed in data/begroting.yaml and data/route.yaml, totals as computed from their parts."""
    file = begroting.herkomst.file
    amounts = [
        Bedrag("totaal", begroting.totaal, "het totaal", Herkomst(file, ("totaal",)), (begroting.totaal_bron,)),
        Bedrag("lokaal", begroting.lokaal.bedrag, "het lokale deel", Herkomst(file, ("lokaal", "bedrag")),
               (begroting.lokaal.bron,)),
    ]
    for onderdeel in begroting.onderdelen:
        amounts.append(Bedrag(f"onderdeel:{onderdeel.id}", onderdeel.totaal, f"het totaal van {onderdeel.label}",
                              Herkomst(file, onderdeel.herkomst.path + ("totaal",)), (onderdeel.bron,)))
        amounts += [Bedrag(f"regel:{regel.id}", regel.bedrag, f"de regel ‘{regel.naam}’",
                           Herkomst(file, regel.herkomst.path + ("bedrag",)), (regel.bron,))
                    for regel in onderdeel.regels]
    if route is not None:
        amounts += route_amounts(route, begroting)
    return {bedrag.id: bedrag for bedrag in amounts}


def route_amounts(route: Route, begroting: Begroting) -> list[Bedrag]:
    file = route.herkomst.file
    amounts = [Bedrag(f"maatregel:{m.id}", m.bedrag, f"de maatregel ‘{m.naam}’",
                      Herkomst(file, m.herkomst.path + ("bedrag",)), (route.bron,)) for m in route.maatregelen]
    return amounts + [
        Bedrag("route:gemeentefonds", route.gemeentefonds, "het totaal van het gemeentefonds",
               Herkomst(file, ("gemeentefonds", "totaal")), (route.bron,)),
        Bedrag("route:departementen", route.departementen, "het deel via departementen",
               Herkomst(file, ("departementen", "totaal")), (route.departementen_bron,)),
        Bedrag("route:departementen-gemeenten", route.departementen_waarvan_gemeenten,
               "het deel via departementen voor gemeenten", Herkomst(file, ("departementen", "waarvan_gemeenten")),
               (route.departementen_bron,)),
        Bedrag("route:via-gemeenten", route.via_gemeenten, "het totaal via gemeenten",
               Herkomst(file, ("via_gemeenten",)), (begroting.lokaal.bron,)),
    ]
