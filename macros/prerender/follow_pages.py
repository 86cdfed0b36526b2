"""The 'volgen' pages: one per feed of the page register (the whole site, each actielijn,
each initiative), where a reader who taps "volgen" lands instead of on raw XML. Each says
what its feed covers, gives the feed's address to copy, and how to follow it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..html.changes import volgpagina_html
from ..html.markup import tekst
from ..output.feeds import volgfeed
from ..register.pages import Pagina
from .context import PageContext

FORMS = {"rss": "RSS", "atom": "Atom"}


@dataclass(frozen=True)
class Feedadres:
    vorm: str  # 'RSS' or 'Atom'
    adres: str  # the feed's absolute address
    anker: str  # the id of the element that holds it, for the copy button


def volgpagina(ctx: PageContext, pagina: Pagina) -> tuple[dict[str, Any], str]:
    """Front matter and Markdown of one 'volgen' page."""
    site = ctx.site
    feeds = site.paginas.feeds_of(pagina)
    entries = volgfeed(site, feeds[0]).entries(site.gegevens.wijzigingen)
    adressen = [Feedadres(FORMS.get(f.formaat or "atom", "Atom"), ctx.settings.site_url + f.id,
                          f"adres-{f.formaat or 'atom'}") for f in feeds]
    over = site.paginas.get(pagina.volgt) if pagina.volgt else None
    body = volgpagina_html(ctx.linker, covers(ctx, pagina), adressen, over, len(entries),
                           entries[0].datum if entries else None)
    meta = {"description": pagina.beschrijving, "kruimelpad": [{"titel": "Volgen", "url": "volgen/"}],
            "search": {"exclude": True}}
    return meta, f"# {tekst(pagina.titel)}\n\n{body}\n"


def covers(ctx: PageContext, pagina: Pagina) -> str:
    """What the feed of this page carries, in one or two plain sentences."""
    if pagina.volgt is None:
        return "Deze feed bevat elke wijziging van deze site: van de cijfers en van de pagina's."
    gegevens = ctx.gegevens
    folder, _, name = pagina.volgt.removesuffix(".md").partition("/")
    first = " Is er nog niets veranderd, dan staat alleen de eerste publicatie van de site erin."
    if folder == "actielijnen":
        count = sum(1 for i in gegevens.initiatieven.values() if i.actielijn == name)
        initiatives = (f", en van de {count} initiatieven van deze actielijn en hun bedragen" if count > 1 else
                       ", en van het initiatief van deze actielijn en zijn bedragen" if count else "")
        return f"Deze feed bevat de wijzigingen van de pagina van deze actielijn en haar bedragen{initiatives}." + first
    regel = gegevens.initiatieven[name].begrotingsregel
    line = (f", en van het bedrag van {ctx.site.cijfers.naam(f'regel:{regel}')} in de begroting, waar het onder "
            "valt" if regel else "")
    return f"Deze feed bevat de wijzigingen van de pagina van dit initiatief en zijn bedragen{line}." + first
