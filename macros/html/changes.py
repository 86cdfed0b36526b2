"""HTML for the Wijzigingen page (the changelog, newest first, and how to subscribe) and
the feed addresses on the Volgen page."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..facts.changes import Cijferwijziging, Wijziging
from ..facts.sources import Bron
from ..register.figures import miljoenen_vanaf
from .budget import Linker
from .render import render

if TYPE_CHECKING:
    from ..register.figures import Cijfer, Cijferregister
    from ..register.pages import Paginaregister


@dataclass(frozen=True)
class Bedragwijziging:
    """One changed amount as the page shows it. `huidig` is the figure when the new amount is
    what the site shows now: then it links to the words of its source, as every amount does.
    An old amount, and a new one changed again later, are previous values: no source of the
    site names them any more, so they are marked as such and carry no link."""

    feit: str
    naam: str
    oud: int | None
    nieuw: int | None
    huidig: Cijfer | None


def bedragwijzigingen(entry: Wijziging, cijfers: Cijferregister) -> list[Bedragwijziging]:
    return [_row(change, cijfers) for change in entry.cijfers]


def _row(change: Cijferwijziging, cijfers: Cijferregister) -> Bedragwijziging:
    cijfer = cijfers.get(change.feit)
    current = cijfer if cijfer is not None and cijfer.waarde == change.nieuw and cijfer.bronnen else None
    return Bedragwijziging(change.feit, cijfers.naam(change.feit), change.oud, change.nieuw, current)


def wijzigingen_html(log: tuple[Wijziging, ...], cijfers: Cijferregister, paginas: Paginaregister,
                     linker: Linker, bronnen: dict[str, Bron]) -> str:
    """The changelog; a page an entry names is shown by its title from the page register
    (content pages and pages made from data alike), never by its file name."""
    return render("wijzigingen.html", log=log, rows=lambda entry: bedragwijzigingen(entry, cijfers),
                  linker=linker, titel=paginas.naam, huidig=paginas.huidig, bronnen=bronnen, vanaf=miljoenen_vanaf)


@dataclass(frozen=True)
class Volglink:
    """A link to a 'volgen' page: its label and its address from the site root."""

    label: str
    adres: str


def abonneren_html(linker: Linker, site: Volglink) -> str:
    return render("abonneren.html", linker=linker, site=site)


def volgen_html(linker: Linker, site: Volglink, actielijnen: Sequence[Volglink], voorbeeld: Volglink | None) -> str:
    """The things to follow, each a link to its 'volgen' page."""
    return render("volgen.html", linker=linker, site=site, actielijnen=actielijnen, voorbeeld=voorbeeld)


def volgblok_html(linker: Linker, wat: str, feeds: Sequence[Any], uitleg: Any, anker: str) -> str:
    """The section about an initiative's feed on its own page: what it covers (`wat`), its
    address (`feeds`: vorm, adres, anker) and a link to the page that explains feeds (`uitleg`)."""
    return render("volgblok.html", linker=linker, wat=wat, feeds=feeds, uitleg=uitleg, anker=anker)


def volgpagina_html(linker: Linker, wat: str, feeds: Sequence[Any], over: Any | None, aantal: int,
                    nieuwste: str | None) -> str:
    """A 'volgen' page: what the feed covers (`wat`, plain text), its addresses (`feeds`: vorm,
    adres, anker), the page it belongs to (`over`, a page of the register) and its entries."""
    return render("volgpagina.html", linker=linker, wat=wat, feeds=feeds, over=over, aantal=aantal,
                  nieuwste=nieuwste)
