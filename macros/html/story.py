"""HTML for the story: statements, key figures, actielijnen, the timeline, outcomes, the
routes of the money and the discrepancy register, in amounts and in words (templates in
templates/)."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from ..facts.actielijnen import Actielijnverhaal
from ..facts.budget import Begroting
from ..facts.claims import Bewering
from ..facts.contradictions import Tegenstrijdigheid
from ..facts.discrepancies import Afwijking
from ..facts.initiatives import Initiatief
from ..facts.kerncijfers import Kerncijfer
from ..facts.outcomes import Opbrengsten
from ..facts.provenance import Bronverwijzing
from ..facts.route import Route, koppelingen
from ..facts.sources import Bron
from ..facts.timeline import Gebeurtenis
from .budget import Linker
from .render import html, render


def bewering_alinea(bewering: Bewering, bronnen: dict[str, Bron], linker: Linker, ref: str) -> str:
    return render("bewering.html", bewering=bewering, bronnen=bronnen, linker=linker, ref=ref)


def beweringen_lijst(items: Iterable[Bewering], bronnen: dict[str, Bron], linker: Linker, ref: str) -> str:
    return render("beweringen.html", items=list(items), bronnen=bronnen, linker=linker, ref=ref)


def alinea(text: str, bron: Bronverwijzing, bronnen: dict[str, Bron], linker: Linker, after: str = "") -> str:
    """A paragraph of data text with its citation, optionally followed by a rendered fragment."""
    return render("alinea.html", text=text, bron=bron, bronnen=bronnen, linker=linker, after=html(after))


def kerncijfertabel(kerncijfers: Iterable[Kerncijfer], bronnen: dict[str, Bron], linker: Linker,
                    caption: str) -> str:
    return render("kerncijfertabel.html", kerncijfers=list(kerncijfers), bronnen=bronnen, linker=linker,
                  caption=caption)


def kerncijfers_per_actielijn(kerncijfers: tuple[Kerncijfer, ...], begroting: Begroting, bronnen: dict[str, Bron],
                              linker: Linker) -> str:
    rest = [k for k in kerncijfers if k.actielijn is None]
    return render("kerncijfers.html", kerncijfers=kerncijfers, rest=rest, begroting=begroting, bronnen=bronnen,
                  linker=linker)


def acties_html(verhaal: Actielijnverhaal, bronnen: dict[str, Bron], linker: Linker) -> str:
    return render("acties.html", verhaal=verhaal, bronnen=bronnen, linker=linker)


def tijdlijn_html(gebeurtenissen: Iterable[Gebeurtenis], bronnen: dict[str, Bron], linker: Linker) -> str:
    """The events in the order given (the data layer keeps them in the timeline's order)."""
    return render("tijdlijn.html", gebeurtenissen=gebeurtenissen, bronnen=bronnen, linker=linker)


def verdelingen_html(opbrengsten: Opbrengsten, bronnen: dict[str, Bron], linker: Linker,
                     actielijn: str | None = None) -> str:
    tables = [(verdeling, sum((deel.procent for deel in verdeling.delen), Decimal(0)))
              for verdeling in opbrengsten.verdelingen if actielijn is None or verdeling.actielijn == actielijn]
    return render("verdelingen.html", tables=tables, bronnen=bronnen, linker=linker)


def route_html(route: Route, begroting: Begroting, bronnen: dict[str, Bron], linker: Linker) -> str:
    regels = {r.id: r for r in begroting.regels}
    return render("route.html", route=route, regels=regels, bronnen=bronnen, linker=linker,
                  totaal_bron=begroting.totaal_bron, lokaal_bron=begroting.lokaal.bron)


def route_verband_html(route: Route, begroting: Begroting, bronnen: dict[str, Bron], linker: Linker) -> str:
    regels = {r.id: r for r in begroting.regels}
    links = koppelingen(route)
    return render("route_verband.html", route=route, koppelingen=links, regels=regels, bronnen=bronnen,
                  linker=linker, enkel=[k for k in links if len(k.maatregelen) == 1],
                  samen=[k for k in links if len(k.maatregelen) > 1])


def uitkomsten_html(items: list, bronnen: dict[str, Bron], linker: Linker, prefix: str = "home:") -> str:
    return render("uitkomsten.html", items=items, bronnen=bronnen, linker=linker, prefix=prefix)


def onbekend_html(opbrengsten: Opbrengsten, bronnen: dict[str, Bron], linker: Linker) -> str:
    return render("onbekend.html", items=opbrengsten.niet_bekend, bronnen=bronnen, linker=linker)


def selectie_html(counts: list[tuple[str, int]], totaal: int, geheel: Iterable[Bewering], bronnen: dict[str, Bron],
                  linker: Linker) -> str:
    return render("selectie.html", counts=counts, totaal=totaal, geheel=list(geheel), bronnen=bronnen, linker=linker)


def afwijkingen_html(items: list[Afwijking], bronnen: dict[str, Bron], linker: Linker) -> str:
    return render("afwijkingen.html", items=items, bronnen=bronnen, linker=linker)


def tegenstrijdigheden_html(items: Iterable[Tegenstrijdigheid], initiatieven: dict[str, Initiatief],
                            bronnen: dict[str, Bron], linker: Linker) -> str:
    """Sources that contradict each other in words, each statement with its source's words."""
    return render("tegenstrijdigheden.html", items=list(items), initiatieven=initiatieven, bronnen=bronnen,
                  linker=linker)
