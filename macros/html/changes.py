"""HTML for the Wijzigingen page (the changelog, newest first, and how to subscribe) and
the feed addresses on the Volgen page."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..facts.changes import Wijziging
from .budget import Linker
from .render import render

if TYPE_CHECKING:
    from ..register.figures import Cijferregister
    from ..register.pages import Paginaregister


def wijzigingen_html(log: tuple[Wijziging, ...], cijfers: Cijferregister, paginas: Paginaregister,
                     linker: Linker) -> str:
    """The changelog; a page an entry names is shown by its title from the page register
    (content pages and pages made from data alike), never by its file name."""
    return render("wijzigingen.html", log=log, name=cijfers.naam, linker=linker, titel=paginas.naam)


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


def volgpagina_html(linker: Linker, wat: str, feeds: Sequence[Any], over: Any | None, aantal: int,
                    nieuwste: str | None) -> str:
    """A 'volgen' page: what the feed covers (`wat`, plain text), its addresses (`feeds`: vorm,
    adres, anker), the page it belongs to (`over`, a page of the register) and its entries."""
    return render("volgpagina.html", linker=linker, wat=wat, feeds=feeds, over=over, aantal=aantal,
                  nieuwste=nieuwste)
