"""The budget by route (data/route.yaml): the gemeentefonds measures and the departmental
budgets, with the checks that its totals add up and agree with the budget.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..reading.problems import Problem
from ..reading.strict_yaml import YamlDocument
from .budget import Begroting
from .provenance import (
    Bronverwijzing,
    Herkomst,
    Reporter,
    did_you_mean,
    duplicate_ids,
    euros,
    first_per_place,
    line_of,
    total_mismatch,
    verwijzing,
)


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
    departementen_bron: Bronverwijzing
    herkomst: Herkomst

    @property
    def gemeentefonds(self) -> int:
        return sum(m.bedrag for m in self.maatregelen)


def load_route(doc: YamlDocument) -> Route:
    raw, file = doc.data, doc.file
    fonds, departementen = raw["gemeentefonds"], raw["departementen"]
    return Route(
        bron=verwijzing(raw["bron"], file, ("bron",)),
        totaal_volgens_bron=raw["totaal"], via_gemeenten=raw["via_gemeenten"],
        gemeentefonds_volgens_bron=fonds["totaal"],
        maatregelen=tuple(
            Maatregel(m["id"], m["naam"], m["bedrag"], m["uitkering"], tuple(m.get("regels", [])),
                      m.get("koppeling"), Herkomst(file, ("gemeentefonds", "maatregelen", i)))
            for i, m in enumerate(fonds["maatregelen"])
        ),
        departementen=departementen["totaal"],
        departementen_waarvan_gemeenten=departementen["waarvan_gemeenten"],
        departementen_omschrijving=departementen["omschrijving"],
        departementen_bron=verwijzing(departementen["bron"], file, ("departementen", "bron")),
        herkomst=Herkomst(file),
    )


def check_route(begroting: Begroting | None, route: Route | None, report: Reporter) -> list[Problem]:
    """Its own totals; against the budget only when data/begroting.yaml passed, and not for a
    total that already does not add up within the route."""
    if route is None:
        return []
    return first_per_place(_check_route_totals(route, report),
                           _check_against_budget(begroting, route, report) if begroting else [])


def _check_route_totals(route: Route, report: Reporter) -> list[Problem]:
    here = route.herkomst
    problems = duplicate_ids(((m.id, m.herkomst) for m in route.maatregelen), report,
                             "geef elke maatregel een eigen id")
    if route.gemeentefonds != route.gemeentefonds_volgens_bron:
        # The sums below start from this total; while it is in doubt, they would only repeat it.
        return problems + [total_mismatch(report, Herkomst(here.file, ("gemeentefonds",)), "het gemeentefonds",
                                          route.gemeentefonds_volgens_bron, route.gemeentefonds, "de maatregelen")]
    if route.gemeentefonds_volgens_bron + route.departementen != route.totaal_volgens_bron:
        problems.append(total_mismatch(report, here, "de routes", route.totaal_volgens_bron,
                                       route.gemeentefonds_volgens_bron + route.departementen,
                                       "het gemeentefonds en de departementen"))
    if route.gemeentefonds_volgens_bron + route.departementen_waarvan_gemeenten != route.via_gemeenten:
        problems.append(report(here, "via_gemeenten",
                               f"via gemeenten staat op {euros(route.via_gemeenten)}, maar het gemeentefonds plus het "
                               f"deel van de departementen voor gemeenten is "
                               f"{euros(route.gemeentefonds_volgens_bron + route.departementen_waarvan_gemeenten)}",
                               "controleer de bedragen in de bron"))
    return problems


def _check_against_budget(begroting: Begroting, route: Route, report: Reporter) -> list[Problem]:
    here = route.herkomst
    problems = []
    if route.totaal_volgens_bron != begroting.totaal:
        problems.append(report(here, "totaal",
                               f"het totaal naar route ({euros(route.totaal_volgens_bron)}) is niet het "
                               f"totaal van de begroting ({euros(begroting.totaal)})", "controleer beide bronnen"))
    if route.via_gemeenten != begroting.lokaal.bedrag:
        problems.append(report(here, "via_gemeenten", f"via gemeenten ({euros(route.via_gemeenten)}) verschilt van het "
                               f"lokale deel in data/begroting.yaml ({euros(begroting.lokaal.bedrag)})",
                               "controleer beide bronnen"))
    regel_ids = {regel.id: line_of(report, regel.herkomst) for regel in begroting.regels}
    for maatregel in route.maatregelen:
        for regel_id in maatregel.regels:
            if regel_id not in regel_ids:
                problems.append(report(maatregel.herkomst, "regels", f"er is geen begrotingsregel met id '{regel_id}'",
                                       did_you_mean(regel_id, regel_ids, regel_ids)
                                       + "kies een regel-id uit data/begroting.yaml", refers_to=f"regel:{regel_id}"))
    return problems


@dataclass(frozen=True)
class Koppeling:
    """One budget line and the gemeentefonds measures the data links to it."""

    regel_id: str
    maatregelen: tuple[Maatregel, ...]

    @property
    def bedrag(self) -> int:
        return sum(m.bedrag for m in self.maatregelen)


def koppelingen(route: Route) -> list[Koppeling]:
    """The measures grouped by the budget line they are linked to, in the order of the data.
    One measure per line is a near namesake; several share a line whose description fits."""
    per_regel: dict[str, list[Maatregel]] = {}
    for maatregel in route.maatregelen:
        for regel_id in maatregel.regels:
            per_regel.setdefault(regel_id, []).append(maatregel)
    return [Koppeling(regel_id, tuple(items)) for regel_id, items in per_regel.items()]
