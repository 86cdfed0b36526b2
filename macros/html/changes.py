"""HTML for the Wijzigingen page (the changelog, newest first, and how to subscribe) and
the feed addresses on the Volgen page."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ..facts.changes import Wijziging
from ..settings import Feeds
from .budget import Linker
from .render import render

if TYPE_CHECKING:
    from ..register.figures import Cijferregister
    from ..register.pages import Paginaregister


def wijzigingen_html(log: tuple[Wijziging, ...], cijfers: Cijferregister, paginas: Paginaregister,
                     linker: Linker, bronnen: dict[str, Any]) -> str:
    """The changelog; a page an entry names is shown by its title from the page register
    (content pages and pages made from data alike), never by its file name. A changed amount
    that the site still publishes links to the words of its source."""
    def citaten(feit: str) -> tuple[Any, ...]:
        cijfer = cijfers.get(feit)
        return cijfer.bronnen if cijfer is not None else ()

    return render("wijzigingen.html", log=log, name=cijfers.naam, linker=linker, titel=paginas.naam,
                  citaten=citaten, bronnen=bronnen)


def abonneren_html(linker: Linker, feeds: Feeds) -> str:
    return render("abonneren.html", linker=linker, feeds=feeds)


def volgen_html(linker: Linker, site_url: str, site: Sequence[Any], actielijnen: Sequence[Any],
                voorbeeld: Any | None) -> str:
    """The feeds to follow: each with a link and its full address (feeds are `output.feeds.Volgfeed`)."""
    return render("volgen.html", linker=linker, site_url=site_url, site=site, actielijnen=actielijnen,
                  voorbeeld=voorbeeld)
