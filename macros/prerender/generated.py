"""The pages made from data: one per initiative, one per source, one per municipality, one
for the whole site's feed and each actielijn's that tells people how to follow it
(`follow_pages.py`), and one on each old address of data/omleidingen.yaml that sends
readers on.

Their bodies come straight from the render code, without a Jinja template per page: with
thousands of initiatives, compiling one per page was a large part of a build.
"""

from __future__ import annotations

import posixpath
from typing import Any

from ..facts.gegevens import all_citations
from ..formatting import urls
from ..html import gemeenten as render_geld
from ..html import initiatives as render_initiatives
from ..html import sources as render_sources
from ..html.initiatives import Neighbours, neighbours
from ..html.markup import tekst
from ..register.pages import Pagina
from ..register.site import Site
from .content_quotes import content_citations
from .context import PageContext
from .follow_pages import volgpagina

REDIRECT_BODY = """# Deze pagina is verhuisd

Deze pagina staat nu op een ander adres: [{label}]({link}). Uw browser gaat daar vanzelf naartoe.
Werk uw bladwijzer of link bij.
"""


class GeneratedPages:
    """Renders the pages made from data; what all of them share is computed once per build."""

    def __init__(self, site: Site) -> None:
        self.site = site
        gegevens = site.gegevens
        self.buren: dict[str, Neighbours] = neighbours(gegevens.initiatieven.values(), gegevens.begroting)
        # The quotes of data/ and of the pages in content/: each has its place on its source's page.
        self.citaten = [*all_citations(gegevens), *content_citations(site.project_dir / "content")]

    def source(self, ctx: PageContext, pagina: Pagina) -> tuple[dict[str, Any], str]:
        """Front matter and Markdown of one generated page."""
        name = pagina.id.removesuffix(".md").partition("/")[2]
        if pagina.soort == "initiatief":
            return self.initiatief(ctx, name)
        if pagina.soort == "bron":
            return self.bron(ctx, name)
        if pagina.soort == "volgen":
            return volgpagina(ctx, pagina)
        if pagina.soort == "gemeente":
            return self.gemeente(ctx, pagina, name)
        return self.omleiding(pagina)

    def initiatief(self, ctx: PageContext, initiatief_id: str) -> tuple[dict[str, Any], str]:
        ctx.budget()
        item = ctx.initiatief(initiatief_id)
        gegevens = self.site.gegevens
        body = render_initiatives.initiatief_pagina(item, gegevens.begroting, gegevens.bronnen, ctx.linker,
                                                    self.buren.get(initiatief_id, (None, None)))
        meta = {"description": " ".join(item.omschrijving.split())[:155],
                "kruimelpad": [{"titel": "Initiatieven", "url": urls.INITIATIEVEN}]}
        return meta, f"# {tekst(item.naam)}\n\n{body}\n"

    def gemeente(self, ctx: PageContext, pagina: Pagina, slug: str) -> tuple[dict[str, Any], str]:
        """A municipality's page: its own file where it has one, its initiatives, and what holds for all."""
        gegevens = self.site.gegevens
        gemeente = gegevens.gemeenten.get(slug)
        naam = gegevens.gemeente_namen[slug]
        ctx.uses(*pagina.bestanden)
        if gemeente is not None:
            ctx.uses_sources([*(b.bron for b in gemeente.bedragen), *(i.bron for i in gemeente.inzet),
                              *(f.bron for f in gemeente.besteding)])
        uitleg = gegevens.besteding.per_gemeente if gegevens.besteding else ()
        if gegevens.besteding is not None:
            ctx.uses(gegevens.besteding.herkomst.file)
            ctx.uses_sources(u.bron for u in uitleg)
        body = render_geld.gemeente_pagina(slug, naam, gemeente, gegevens.gemeente_initiatieven.get(slug, ()), uitleg,
                                           render_geld.Geld(gegevens.route, gegevens.bronnen, ctx.linker))
        meta = {"description": pagina.beschrijving, "kruimelpad": [{"titel": "Per gemeente", "url": urls.GEMEENTEN}]}
        return meta, f"# {tekst(pagina.titel)}\n\n{body}\n"

    def bron(self, ctx: PageContext, bron_id: str) -> tuple[dict[str, Any], str]:
        bron = self.site.gegevens.bronnen[bron_id]
        ctx.uses(bron.herkomst.file)
        body = render_sources.bron_pagina(bron, self.citaten, bron_id in self.site.gegevens.bronteksten, ctx.linker)
        meta = {"description": self.site.paginas[f"bronnen/{bron_id}.md"].beschrijving,
                "kruimelpad": [{"titel": "Bronnen", "url": urls.BRONNEN}], "search": {"exclude": True}}
        return meta, f"# {tekst(bron.titel)}\n\n{body}\n"

    def omleiding(self, pagina: Pagina) -> tuple[dict[str, Any], str]:
        assert pagina.doel is not None
        target = urls.page_path(pagina.doel)
        link = posixpath.relpath(pagina.doel, posixpath.dirname(pagina.id) or ".")
        meta = {"description": f"Deze pagina is verhuisd naar /{target}.", "omleiding": target,
                "search": {"exclude": True}}
        return meta, REDIRECT_BODY.format(label=f"/{target}", link=link)
