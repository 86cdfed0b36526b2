"""Where a reader who taps "volgen" lands instead of on raw XML: a 'volgen' page for the whole
site and for each actielijn, and a section on each initiative's own page. Each says what its
feed covers and gives the feed's address to copy; the pages also say how to follow it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..html.changes import volgblok_html, volgpagina_html
from ..html.markup import tekst
from ..output.feeds import volgfeed
from ..register.pages import FOLLOW_ANCHOR, Pagina
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
    over = site.paginas.get(pagina.volgt) if pagina.volgt else None
    body = volgpagina_html(ctx.linker, covers(ctx, pagina.volgt), addresses(ctx, feeds), over, len(entries),
                           entries[0].datum if entries else None)
    meta = {"description": pagina.beschrijving, "kruimelpad": [{"titel": "Volgen", "url": "volgen/"}],
            "search": {"exclude": True}}
    return meta, f"# {tekst(pagina.titel)}\n\n{body}\n"


def volgblok(ctx: PageContext, page_id: str) -> str:
    """The section about an initiative's feed on its own page ('' if it has none)."""
    paginas = ctx.site.paginas
    feed = paginas.feed_of(page_id)
    uitleg = paginas.follow_page(None)  # the page about the whole site's feed explains how to follow one
    if feed is None or uitleg is None:
        return ""
    return volgblok_html(ctx.linker, covers(ctx, page_id), addresses(ctx, [feed]), uitleg, FOLLOW_ANCHOR)


def addresses(ctx: PageContext, feeds: list[Pagina]) -> list[Feedadres]:
    return [Feedadres(FORMS.get(f.formaat or "atom", "Atom"), ctx.settings.site_url + f.id,
                      f"adres-{f.formaat or 'atom'}") for f in feeds]


def covers(ctx: PageContext, volgt: str | None) -> str:
    """What the feed of a page (None: the whole site) carries, in one or two plain sentences."""
    if volgt is None:
        return "Deze feed bevat elke wijziging van deze site: van de cijfers en van de pagina's."
    gegevens = ctx.gegevens
    folder, _, name = volgt.removesuffix(".md").partition("/")
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
