"""The editors' macros for the site itself: citations, the sources page, downloads, the changelog."""

from __future__ import annotations

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
from ..output.dataset import dataset, script_json
from ..output.downloads import data_version
from .content_quotes import content_citations, quote_problem
from .context import PageContext


class SiteMacros:
    INLINE = ("bron", "redactie", "download", "repository_link", "dataset", "gegevensversie")
    BLOCKS = ("bronnenlijst", "bron_pagina", "wijzigingen", "abonneren", "volgen", "uitgever", "fout_melden")

    def __init__(self, ctx: PageContext) -> None:
        self.ctx = ctx
        self.gegevens = ctx.gegevens
        self.bronnen = ctx.gegevens.bronnen

    def bron(self, bron_id: str, vindplaats: str | None = None, citaat: str | None = None,
             afgebroken: str | None = None) -> str:
        """A citation: a small number that links to the quote on the source's page (with
        `citaat`, the source's own words, checked against its stored text), else to that page."""
        if bron_id not in self.bronnen:
            raise KeyError(f"geen bron met id '{bron_id}' in data/bronnen/")
        self.ctx.uses(self.bronnen[bron_id].herkomst.file)
        citation = Bronverwijzing(bron_id, vindplaats, Herkomst("content"),
                                  " ".join(citaat.split()) if citaat else None, afgebroken=afgebroken)
        if citation.citaat:
            problem = quote_problem(citation, self.ctx.site.project_dir / "data")
            if problem is not None:
                raise ValueError(problem)
        return render_budget.citation_html(citation, self.bronnen, self.ctx.linker)

    def redactie(self) -> str:
        """The label of an explanation the editors wrote themselves, not a source's words."""
        return part("redactie")

    def bronnenlijst(self) -> str:
        self.ctx.uses(*(b.herkomst.file for b in self.bronnen.values()))
        return render_sources.bronnenlijst(self.bronnen, bron_gebruik(self.gegevens), self.ctx.linker)

    def bron_pagina(self, bron_id: str) -> str:
        """The generated page of one source (see pages_hook): its quotes, anchored."""
        self.ctx.uses(self.bronnen[bron_id].herkomst.file)
        citaten = [*all_citations(self.gegevens), *content_citations(self.ctx.site.project_dir / "content")]
        return render_sources.bron_pagina(self.bronnen[bron_id], citaten,
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

    def dataset(self) -> str:
        """The schema.org description of the open data, for the head of the page (prints nothing here)."""
        settings = self.ctx.settings
        document = dataset(settings.site_url, settings.publisher, data_version(self.gegevens))
        self.ctx.kop["linked_data"] = script_json(document)
        return ""

    def gegevensversie(self) -> str:
        """The date and version of the data set: '6 december 2026, versie 2026.12.6+1a2b3c4d'."""
        versie = data_version(self.gegevens)
        return tekst(f"{versie.datum_tekst}, versie {versie.versie}")

    def wijzigingen(self) -> str:
        self.ctx.uses("data/wijzigingen.yaml")
        site = self.ctx.site
        return render_changes.wijzigingen_html(self.gegevens.wijzigingen, site.cijfers, site.paginas,
                                               self.ctx.linker, self.gegevens.bronnen)

    def abonneren(self) -> str:
        return render_changes.abonneren_html(self.ctx.linker, self._volglink(None, "Alle wijzigingen van de site"))

    def volgen(self) -> str:
        """The Volgen page: the whole site, each actielijn, and an initiative as example, each a
        link to the page that explains its feed."""
        self.ctx.uses("data/wijzigingen.yaml")
        gegevens = self.gegevens
        actielijnen = [self._volglink(f"actielijnen/{o.id}.md") for o in gegevens.begroting.onderdelen
                       if o.id in gegevens.actielijnen]
        first = min(gegevens.initiatieven, default=None)
        voorbeeld = self._volglink(f"initiatieven/{first}.md") if first else None
        return render_changes.volgen_html(self.ctx.linker, self._volglink(None, "Alle wijzigingen van de site"),
                                          [a for a in actielijnen if a is not None], voorbeeld)

    def _volglink(self, page_id: str | None, label: str | None = None) -> render_changes.Volglink | None:
        """A link to where a page's feed is explained (None: the whole site), labelled by its feed's title."""
        paginas = self.ctx.site.paginas
        adres = paginas.follow_address(page_id)
        if adres is None:
            return None
        if label is None:
            feed = paginas.feed_of(page_id)  # None for the whole site, which is always given a label
            if feed is None:
                return None
            label = feed.titel
        return render_changes.Volglink(label, adres)
