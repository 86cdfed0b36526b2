"""Macros for the site itself: citations, the sources page, downloads, the changelog."""

from __future__ import annotations

from pathlib import Path

import yaml

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
from ..output.feeds import SITE_PAGE, Volgfeed, page_feed
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
        pages = {page for entry in self.gegevens.wijzigingen for page in entry.paginas}
        return render_changes.wijzigingen_html(self.gegevens.wijzigingen, self.gegevens.begroting,
                                               self.gegevens.route, self.ctx.linker,
                                               page_titles(Path(self.ctx.env.conf["docs_dir"]), pages))

    def abonneren(self) -> str:
        return render_changes.abonneren_html(self.ctx.linker, self.ctx.settings.feeds)

    def volgen(self) -> str:
        """The Volgen page: the site's feeds, each actielijn's, and an initiative's as example."""
        self.ctx.uses("data/wijzigingen.yaml")
        feeds, gegevens = self.ctx.settings.feeds, self.gegevens
        site = [Volgfeed(kind, path, "Wijzigingen van de hele site", SITE_PAGE) for kind, path in feeds.items()]
        actielijnen = [page_feed(gegevens, f"actielijnen/{o.id}.md", feeds) for o in gegevens.begroting.onderdelen
                       if o.id in gegevens.actielijnen]
        first = min(gegevens.initiatieven, default=None)
        voorbeeld = page_feed(gegevens, f"initiatieven/{first}.md", feeds) if first else None
        return render_changes.volgen_html(self.ctx.linker, self.ctx.settings.site_url, site, actielijnen, voorbeeld)


def page_titles(docs_dir: Path, pages: set[str]) -> dict[str, str]:
    """The title each content page gives itself (front matter `title:`), for links that
    name a page: a reader knows 'Begroting', not 'begroting.md'. The home page is named
    as readers call it."""
    titles = {}
    for page in pages:
        text = (docs_dir / page).read_text("utf-8")
        front = yaml.safe_load(text.split("---", 2)[1]) if text.startswith("---") else None
        titles[page] = "Startpagina" if page == "index.md" else (front or {}).get("title", page.removesuffix(".md"))
    return titles
