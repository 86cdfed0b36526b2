"""HTML for the money after the plan: a municipality's page, the index of municipalities, the
explanation for every municipality, route and spending per budget line, and every fact about
spending by kind (templates in templates/)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..facts.besteding import SOORTEN, Bestedingsfeit, Uitleg, feiten_voor_regel
from ..facts.budget import Begroting, Onderdeel, Regel
from ..facts.gemeenten import SOORT_LABELS, Gemeente, Gemeentebedrag
from ..facts.initiatives import Initiatief
from ..facts.route import Maatregel, Route
from ..facts.sources import Bron
from .budget import Linker
from .render import render, telwoord


@dataclass(frozen=True)
class Geld:
    """What the money templates need besides the item at hand."""

    route: Route
    bronnen: dict[str, Bron]
    linker: Linker


def gemeente_pagina(slug: str, naam: str, gemeente: Gemeente | None, eigen: Iterable[Initiatief],
                    uitleg: Iterable[Uitleg], geld: Geld) -> str:
    """The page of one municipality, also of one that only an initiative names; `eigen` are the
    initiatives that name it (`Gegevens.gemeente_initiatieven`)."""
    return render("gemeente.html", slug=slug, naam=naam, gemeente=gemeente,
                  bedragen=gemeente.bedragen if gemeente else (), inzet=gemeente.inzet if gemeente else (),
                  feiten=gemeente.besteding if gemeente else (),
                  initiatieven=sorted(eigen, key=lambda i: i.naam.lower()), uitleg=list(uitleg),
                  maatregelen={m.id: m for m in geld.route.maatregelen}, soort_labels=SOORT_LABELS,
                  bronnen=geld.bronnen, linker=geld.linker)


@dataclass(frozen=True)
class IndexRij:
    slug: str
    naam: str
    inhoud: str  # what its page holds, in words


def _inhoud(gemeente: Gemeente | None, initiatieven: int) -> str:
    parts = []
    if gemeente and gemeente.bedragen:
        count = len(gemeente.bedragen)
        parts.append(f"{telwoord(count)} {'bedrag' if count == 1 else 'bedragen'} uit een openbaar document")
    if gemeente and gemeente.inzet:
        parts.append("wat de gemeente ermee deed")
    if gemeente and gemeente.besteding:
        parts.append("of het geld is uitgegeven")
    if initiatieven:
        parts.append(f"{telwoord(initiatieven)} {'initiatief' if initiatieven == 1 else 'initiatieven'}")
    return "; ".join(parts)


def gemeenten_index(namen: dict[str, str], gemeenten: dict[str, Gemeente],
                    per_gemeente: dict[str, list[Initiatief]], linker: Linker) -> str:
    """Every municipality a source names, as plain links, in alphabetical order; `per_gemeente`
    are the initiatives that name each (`Gegevens.gemeente_initiatieven`)."""
    rijen = [IndexRij(slug, naam, _inhoud(gemeenten.get(slug), len(per_gemeente.get(slug, ()))))
             for slug, naam in namen.items()]
    return render("gemeenten_index.html", rijen=rijen, linker=linker)


def uitleg_html(uitleg: Iterable[Uitleg], bronnen: dict[str, Bron], linker: Linker) -> str:
    """What holds for every municipality, as its own block (the index page)."""
    return render("_uitleg.html", uitleg=list(uitleg), bronnen=bronnen, linker=linker)


@dataclass(frozen=True)
class RegelRij:
    """One budget line with what is known of it after the plan."""

    regel: Regel
    maatregelen: list[Maatregel]
    route: list[Bestedingsfeit]
    feiten: list[Bestedingsfeit]
    gemeenten: list[tuple[Gemeente, Gemeentebedrag]]


def regel_rij(regel: Regel, feiten: list[Bestedingsfeit], gemeenten: dict[str, Gemeente], route: Route) -> RegelRij:
    maatregelen = [m for m in route.maatregelen if regel.id in m.regels]
    eigen = {m.id for m in maatregelen}
    over = feiten_voor_regel(regel.id, feiten, route)
    genoemd = [(g, b) for g in sorted(gemeenten.values(), key=lambda g: g.id) for b in g.bedragen
               if b.maatregel in eigen]
    eigen_feiten = [f for f in over if not f.gemeentefonds]  # those for all the gemeentefonds money stand once, on top
    return RegelRij(regel, maatregelen, [f for f in eigen_feiten if f.soort == "route"],
                    [f for f in eigen_feiten if f.soort != "route"], genoemd)


def besteding_regels(onderdelen: Iterable[Onderdeel], feiten: list[Bestedingsfeit], gemeenten: dict[str, Gemeente],
                     geld: Geld) -> str:
    """Route and spending beside every budget line of the onderdelen given."""
    rijen = [regel_rij(regel, feiten, gemeenten, geld.route) for onderdeel in onderdelen for regel in onderdeel.regels]
    # What holds for all the package's money in the gemeentefonds, shown once above the lines it concerns.
    algemeen = [f for f in feiten if f.gemeentefonds] if any(r.maatregelen for r in rijen) else []
    return render("besteding_regels.html", rijen=rijen, algemeen=algemeen, anker="besteding-gemeentefonds",
                  route=geld.route, bronnen=geld.bronnen, linker=geld.linker)


def besteding_feiten(feiten: Iterable[Bestedingsfeit], bronnen: dict[str, Bron], linker: Linker) -> str:
    """Every fact about spending, grouped by kind, in the order of SOORTEN."""
    feiten = list(feiten)
    groepen = [(soort, titel, [f for f in feiten if f.soort == soort]) for soort, titel in SOORTEN.items()]
    return render("besteding_feiten.html", groepen=groepen, bronnen=bronnen, linker=linker)


def alle_regels(begroting: Begroting, onderdeel_id: str | None) -> tuple[Onderdeel, ...]:
    """The onderdelen whose lines a block shows: one actielijn's, or the whole budget's."""
    if onderdeel_id is None:
        return begroting.onderdelen
    return tuple(o for o in begroting.onderdelen if o.id == onderdeel_id)
