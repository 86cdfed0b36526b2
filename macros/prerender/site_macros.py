"""The editors' macros for the site itself: citations, the sources page, downloads, the changelog."""

from __future__ import annotations

from dataclasses import replace

from ..facts.gegevens import all_citations
from ..facts.provenance import Bronverwijzing, Herkomst
from ..facts.source_usage import bron_gebruik
from ..formatting import urls
from ..html import budget as render_budget
from ..html import changes as render_changes
from ..html import colofon as render_colofon
from ..html import sources as render_sources
from ..html.markup import tekst
from ..html.render import part
from ..output.feeds import page_feed, volgfeed
from .context import PageContext


class SiteMacros:
    INLINE = ("bron", "download", "repository_link")
    BLOCKS = ("bronnenlijst", "bron_pagina", "wijzigingen", "abonneren", "volgen", "uitgever", "fout_melden")

    def __init__(self, ctx: PageContext) -> None:
        self.ctx = ctx
        self.gegevens = ctx.gegevens
        self.bronnen = ctx.gegevens.bronnen

    def bron(self, bron_id: str, vindplaats: str | None = None) -> str:
        """A citation linking to the source's entry on the sources page."""
        if bron_id not in self.bronnen:
            raise KeyError(f"geen bron met id '{bron_id}' in data/bronnen/")
        self.ctx.uses(self.bronnen[bron_id].herkomst.file)
        citation = Bronverwijzing(bron_id, vindplaats, Herkomst("content"))
        return render_budget.citation_html(citation, self.bronnen, self.ctx.linker)

    def bronnenlijst(self) -> str:
        self.ctx.uses(*(b.herkomst.file for b in self.bronnen.values()))
        return render_sources.bronnenlijst(self.bronnen, bron_gebruik(self.gegevens), self.ctx.linker)

    def bron_pagina(self, bron_id: str) -> str:
        """The generated page of one source (see pages_hook): its quotes, anchored."""
        self.ctx.uses(self.bronnen[bron_id].herkomst.file)
        return render_sources.bron_pagina(self.bronnen[bron_id], list(all_citations(self.gegevens)),
                                          bron_id in self.gegevens.bronteksten, self.ctx.linker)

    def repository_link(self, path: str, label: str) -> str:
        """A link into the site's repository where REPO_URL is set, else the plain label."""
        repo_url = self.ctx.settings.repo_url
        return part("link", repo_url.rstrip("/") + "/" + path, label) if repo_url else tekst(label)

    def uitgever(self) -> str:
        """The colofon's publisher and contact, from the settings (SITE_PUBLISHER, SITE_CONTACT)."""
        return render_colofon.uitgever_html(self.ctx.settings.publisher, self.ctx.settings.contact)

    def fout_melden(self) -> str:
        """How a reader reports an error, from the settings (REPO_URL, SITE_CONTACT)."""
        return render_colofon.fout_melden_html(self.ctx.settings.repo_url, self.ctx.settings.contact)

    def download(self, name: str, label: str) -> str:
        return part("link", self.ctx.linker(urls.download_url(name)), label, download="")

    def wijzigingen(self) -> str:
        self.ctx.uses("data/wijzigingen.yaml")
        site = self.ctx.site
        return render_changes.wijzigingen_html(self.gegevens.wijzigingen, site.cijfers, site.paginas,
                                               self.ctx.linker, self.gegevens.bronnen)

    def abonneren(self) -> str:
        return render_changes.abonneren_html(self.ctx.linker, self.ctx.settings.feeds)

    def volgen(self) -> str:
        """The Volgen page: the site's feeds, each actielijn's, and an initiative's as example."""
        self.ctx.uses("data/wijzigingen.yaml")
        site, gegevens = self.ctx.site, self.gegevens
        whole = [volgfeed(site, replace(f, titel="Wijzigingen van de hele site"))
                 for f in site.paginas.soort("feed") if f.volgt is None]
        actielijnen = [page_feed(site, f"actielijnen/{o.id}.md") for o in gegevens.begroting.onderdelen
                       if o.id in gegevens.actielijnen]
        first = min(gegevens.initiatieven, default=None)
        voorbeeld = page_feed(site, f"initiatieven/{first}.md") if first else None
        return render_changes.volgen_html(self.ctx.linker, self.ctx.settings.site_url, whole,
                                          [f for f in actielijnen if f is not None], voorbeeld)
