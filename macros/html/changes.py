"""HTML for the Wijzigingen page (the changelog, newest first, and how to subscribe) and
the feed addresses on the Volgen page."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ..facts.budget import Begroting
from ..facts.changes import Wijziging
from ..facts.ledger import amount_name, amount_names
from ..facts.route import Route
from ..settings import Feeds
from .budget import Linker
from .render import render


def wijzigingen_html(log: tuple[Wijziging, ...], begroting: Begroting, route: Route | None,
                     linker: Linker, titels: Mapping[str, str]) -> str:
    """The changelog; a page an entry names is shown by its title (`titels`: content file ->
    title), never by its file name."""
    names = amount_names(begroting, route)
    return render("wijzigingen.html", log=log, name=lambda feit: amount_name(names, feit), linker=linker,
                  titel=lambda page: titels.get(page, page.removesuffix(".md")))


def abonneren_html(linker: Linker, feeds: Feeds) -> str:
    return render("abonneren.html", linker=linker, feeds=feeds)


def volgen_html(linker: Linker, site_url: str, site: Sequence[Any], actielijnen: Sequence[Any],
                voorbeeld: Any | None) -> str:
    """The feeds to follow: each with a link and its full address (feeds are `output.feeds.Volgfeed`)."""
    return render("volgen.html", linker=linker, site_url=site_url, site=site, actielijnen=actielijnen,
                  voorbeeld=voorbeeld)
