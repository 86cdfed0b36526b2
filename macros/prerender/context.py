"""What every macro needs while one page is rendered: the site, the page, and a record of the
data files its figures come from (shown under the page, with edit links for editors)."""

from __future__ import annotations

from collections.abc import Iterable

from ..facts.actielijnen import Actielijnverhaal
from ..facts.gegevens import budget_citations
from ..facts.initiatives import Initiatief
from ..facts.provenance import Bronverwijzing
from ..html.markup import relative_url
from ..register.figures import Cijfer
from ..register.pages import Pagina
from ..register.site import Site
from ..settings import Settings


class PageContext:
    def __init__(self, site: Site, settings: Settings, pagina: Pagina) -> None:
        self.site = site
        self.gegevens = site.gegevens
        self.settings = settings
        self.pagina = pagina
        self.used_files: set[str] = set()
        # What a macro adds to the page's front matter, for the theme to print in the head
        # (the data page's schema.org description).
        self.kop: dict[str, str] = {}

    def uses(self, *files: str) -> None:
        self.used_files.update(files)

    def uses_sources(self, citations: Iterable[Bronverwijzing]) -> None:
        self.uses(*(self.gegevens.bronnen[c.document].herkomst.file for c in citations))

    def linker(self, target: str) -> str:
        """A site-root path as a link relative to the page being rendered."""
        return relative_url(target, self.pagina.adres)

    def budget(self) -> None:
        begroting = self.gegevens.begroting
        self.uses(begroting.herkomst.file)
        self.uses_sources(budget_citations(begroting))

    def bedrag(self, ref: str) -> Cijfer:
        """An amount by the id an editor types in a page ('totaal', 'jeugd', 'jongerenwerk', …)."""
        cijfer = self.site.cijfers.bedrag(ref)
        if cijfer.herkomst is not None:
            self.uses(cijfer.herkomst.file)
        self.uses_sources(cijfer.bronnen)
        return cijfer

    def actielijn(self, onderdeel_id: str) -> Actielijnverhaal:
        story = self.gegevens.actielijnen[onderdeel_id]
        self.uses(story.herkomst.file)
        return story

    def initiatief(self, initiatief_id: str) -> Initiatief:
        item = self.gegevens.initiatieven[initiatief_id]
        self.uses(item.herkomst.file)
        self.uses_sources(item.citations())
        return item
