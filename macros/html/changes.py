"""HTML for the Wijzigingen page: the changelog, newest first, and how to subscribe."""

from __future__ import annotations

from ..facts.budget import Begroting
from ..facts.changes import Wijziging
from ..facts.ledger import published_amounts
from ..facts.route import Route
from ..settings import Feeds
from .budget import Linker
from .render import render


def wijzigingen_html(log: tuple[Wijziging, ...], begroting: Begroting, route: Route | None,
                     linker: Linker) -> str:
    names = {feit: name for feit, (_, _, name) in published_amounts(begroting, route).items()}
    return render("wijzigingen.html", log=log, names=names, linker=linker)


def abonneren_html(linker: Linker, feeds: Feeds) -> str:
    return render("abonneren.html", linker=linker, feeds=feeds)
