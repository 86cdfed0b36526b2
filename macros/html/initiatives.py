"""HTML for initiatives: the page of one, the overview with its filter, and the lists
under each budget line (templates in templates/)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from ..facts.budget import Begroting, Onderdeel
from ..facts.funding import STATUSSEN
from ..facts.initiatives import Initiatief
from ..facts.sources import Bron
from ..formatting.slugs import gemeente_slug
from .budget import Linker
from .render import render

Neighbours = tuple[Initiatief | None, Initiatief | None]  # previous and next in the overview


def initiatief_pagina(initiatief: Initiatief, begroting: Begroting, bronnen: dict[str, Bron],
                      linker: Linker, buren: Neighbours = (None, None)) -> str:
    actielijn = next(o for o in begroting.onderdelen if o.id == initiatief.actielijn)
    regel = next((r for r in begroting.regels if r.id == initiatief.begrotingsregel), None)
    # The sources at the foot of the page: the quotes on the money first, each quote once.
    vermeldingen = list({(c.document, c.citaat): c for c in initiatief.citations()}.values())
    return render("initiatief.html", i=initiatief, actielijn=actielijn, regel=regel, bronnen=bronnen, linker=linker,
                  vermeldingen=vermeldingen, vorige=buren[0], volgende=buren[1])


def overview_order(initiatieven: Iterable[Initiatief], begroting: Begroting) -> list[Initiatief]:
    """The order of the overview: paid first, then examples, then not known; within each by
    actielijn as the budget lists them, then by name."""
    position = {o.id: n for n, o in enumerate(begroting.onderdelen)}
    return sorted(initiatieven, key=lambda i: (STATUSSEN.index(i.financiering.status),
                                               position.get(i.actielijn, len(position)), i.naam.lower()))


def neighbours(initiatieven: Iterable[Initiatief], begroting: Begroting) -> dict[str, Neighbours]:
    """Previous and next of every initiative in the order of the overview, so a reader browses on
    within an actielijn. Computed once for all pages: sorting again for each page made the
    build grow with the square of the number of initiatives."""
    order = overview_order(initiatieven, begroting)
    return {item.id: (order[n - 1] if n else None, order[n + 1] if n + 1 < len(order) else None)
            for n, item in enumerate(order)}


def initiatieven_per_regel(onderdeel: Onderdeel, initiatieven: Iterable[Initiatief], bronnen: dict[str, Bron],
                           linker: Linker) -> str:
    """The drill-down below an actielijn: each budget line, its amount linked to its source's
    words, with its initiatives."""
    mine = [i for i in initiatieven if i.actielijn == onderdeel.id]
    unknown = [i for i in mine if i.begrotingsregel is None]
    return render("initiatieven_per_regel.html", onderdeel=onderdeel, mine=mine, unknown=unknown, bronnen=bronnen,
                  linker=linker)


def initiatieven_lijst(items: Iterable[Initiatief], bronnen: dict[str, Bron], linker: Linker) -> str:
    return render("initiatieven_lijst.html", items=list(items), bronnen=bronnen, linker=linker)


def initiatieven_overzicht(initiatieven: list[Initiatief], begroting: Begroting, bronnen: dict[str, Bron],
                           linker: Linker) -> str:
    """Every initiative once, grouped by whether the package paid it (paid, example, not known),
    then by actielijn and name, and an index of links per municipality; it works without
    JavaScript, the filter script only hides items."""
    by_name = sorted(initiatieven, key=lambda i: i.naam.lower())
    per_gemeente: dict[str, list[Initiatief]] = defaultdict(list)
    for initiatief in by_name:
        for gemeente in initiatief.gemeenten:
            per_gemeente[gemeente].append(initiatief)
    gemeenten = sorted(per_gemeente, key=gemeente_slug)
    ordered = overview_order(initiatieven, begroting)
    groepen = [(status, [i for i in ordered if i.financiering.status == status]) for status in STATUSSEN]
    return render("initiatieven_overzicht.html", begroting=begroting, groepen=groepen, totaal=len(by_name),
                  bronnen=bronnen, linker=linker, per_gemeente=[(g, per_gemeente[g]) for g in gemeenten],
                  actielijn_options=[(o.id, o.label) for o in begroting.actielijnen],
                  actielijn_labels={o.id: o.label for o in begroting.actielijnen},
                  gemeente_options=[(gemeente_slug(g), g) for g in gemeenten])
