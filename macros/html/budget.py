"""HTML for amounts, shares, citations and budget tables (templates in templates/).

Every amount is a `<data>` element whose `data-amount` holds the exact value in
whole euros and whose `data-ref` says which fact it shows, so the tests can check
the built pages against data/. Totals shown are computed from the parts shown.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..facts.budget import Begroting, Onderdeel
from ..facts.provenance import Bronverwijzing
from ..facts.sources import Bron
from .render import part, render

Linker = Callable[[str], str]  # site-root path -> URL relative to the current page


def bedrag_html(bedrag: int, ref: str) -> str:
    return part("bedrag", bedrag, ref)


def bron_bedrag_html(bedrag: int, ref: str, quotes: tuple[Bronverwijzing, ...], bronnen: dict[str, Bron],
                     linker: Linker) -> str:
    """An amount linked to the words of its source; a computed one followed by the sources
    of the figures it is computed from."""
    if len(quotes) == 1:
        return part("bronbedrag", bedrag, ref, quotes[0], bronnen, linker)
    return part("berekend_bedrag", bedrag, ref, quotes, bronnen, linker)


def aandeel_html(deel: int, geheel: int) -> str:
    return part("aandeel", deel, geheel)


def citation_html(verwijzing: Bronverwijzing, bronnen: dict[str, Bron], linker: Linker) -> str:
    return part("citation", verwijzing, bronnen, linker)


def begrotingstabel(begroting: Begroting, bronnen: dict[str, Bron], linker: Linker,
                    onderdelen: Iterable[Onderdeel] | None = None, caption: str | None = None) -> str:
    """The budget table: onderdelen with subtotals and a grand total, all computed."""
    gekozen = tuple(onderdelen) if onderdelen is not None else begroting.onderdelen
    heel_pakket = gekozen == begroting.onderdelen
    return render("begroting.html", begroting=begroting, bronnen=bronnen, linker=linker, onderdelen=gekozen,
                  heel_pakket=heel_pakket, totaal=begroting.totaal,
                  table_id="tabel-begroting" if heel_pakket else f"tabel-{gekozen[0].id}",
                  caption=caption or f"Begroting van het {begroting.titel}, naar doel")


def overzicht_onderdelen(begroting: Begroting, bronnen: dict[str, Bron], linker: Linker) -> str:
    """The package at a glance: each actielijn and Overig with amount and share."""
    return render("overzicht_onderdelen.html", begroting=begroting, bronnen=bronnen, linker=linker)


def verdeling_lokaal(begroting: Begroting, bronnen: dict[str, Bron], linker: Linker) -> str:
    """Local versus not local: the local part is declared, the rest is computed."""
    return render("verdeling_lokaal.html", begroting=begroting, bronnen=bronnen, linker=linker)
