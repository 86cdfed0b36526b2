"""What every macro needs: the data, the current page, and a record of the data files
the page's figures come from (shown under the page, with edit links)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..facts.actielijnen import Actielijnverhaal
from ..facts.gegevens import Gegevens, budget_citations
from ..facts.initiatives import Initiatief
from ..facts.provenance import Bronverwijzing
from ..html.markup import relative_url
from ..settings import Settings


class PageContext:
    def __init__(self, env: Any, gegevens: Gegevens, settings: Settings) -> None:
        self.env = env
        self.gegevens = gegevens
        self.settings = settings
        self.used_files: set[str] = env.variables["_used_files"]

    def uses(self, *files: str) -> None:
        self.used_files.update(files)

    def uses_sources(self, citations: Iterable[Bronverwijzing]) -> None:
        self.uses(*(self.gegevens.bronnen[c.document].herkomst.file for c in citations))

    def linker(self, target: str) -> str:
        """A site-root path as a link relative to the page being rendered."""
        return relative_url(target, self.env.page.url if self.env.page else "")

    def budget(self) -> None:
        begroting = self.gegevens.begroting
        self.uses(begroting.herkomst.file)
        self.uses_sources(budget_citations(begroting))

    def amount_for(self, ref: str) -> tuple[int, str]:
        """An amount by id ('totaal', 'lokaal', 'niet-lokaal', an onderdeel or a regel) and its data-ref."""
        self.budget()
        begroting = self.gegevens.begroting
        fixed = {"totaal": begroting.totaal, "lokaal": begroting.lokaal.bedrag, "niet-lokaal": begroting.niet_lokaal}
        if ref in fixed:
            return fixed[ref], ref
        if any(o.id == ref for o in begroting.onderdelen):
            return self.gegevens.onderdeel(ref).totaal, f"onderdeel:{ref}"
        return self.gegevens.regel(ref).bedrag, f"regel:{ref}"

    def quotes_for(self, ref: str) -> tuple[Bronverwijzing, ...]:
        """The quotes an amount of `amount_for` rests on: its own, or for the computed
        'niet-lokaal' those of the total and the local part it is computed from."""
        begroting = self.gegevens.begroting
        fixed = {"totaal": (begroting.totaal_bron,), "lokaal": (begroting.lokaal.bron,),
                 "niet-lokaal": (begroting.totaal_bron, begroting.lokaal.bron)}
        if ref in fixed:
            return fixed[ref]
        if any(o.id == ref for o in begroting.onderdelen):
            return (self.gegevens.onderdeel(ref).bron,)
        return (self.gegevens.regel(ref).bron,)

    def actielijn(self, onderdeel_id: str) -> Actielijnverhaal:
        story = self.gegevens.actielijnen[onderdeel_id]
        self.uses(story.herkomst.file)
        return story

    def initiatief(self, initiatief_id: str) -> Initiatief:
        item = self.gegevens.initiatieven[initiatief_id]
        self.uses(item.herkomst.file)
        self.uses_sources(item.bronnen)
        return item
