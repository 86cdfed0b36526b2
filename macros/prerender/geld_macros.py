"""The editors' macros for the money after the plan: the municipalities, route and spending per
budget line, and every fact about spending."""

from __future__ import annotations

from ..html import gemeenten as render_geld
from ..html.gemeenten import Geld
from .context import PageContext


class GeldMacros:
    INLINE = ("aantal_gemeenten",)
    BLOCKS = ("gemeenten_lijst", "gemeenten_uitleg", "route_en_besteding", "besteding_feiten")

    def __init__(self, ctx: PageContext) -> None:
        self.ctx = ctx
        self.gegevens = ctx.gegevens

    def _geld(self) -> Geld:
        return Geld(self.gegevens.route, self.gegevens.bronnen, self.ctx.linker)

    def _uses_gemeenten(self) -> None:
        gegevens = self.gegevens
        self.ctx.uses(*(g.herkomst.file for g in gegevens.gemeenten.values()))
        self.ctx.uses_sources(c for g in gegevens.gemeenten.values() for c in (
            *(b.bron for b in g.bedragen), *(i.bron for i in g.inzet), *(f.bron for f in g.besteding)))

    def _uses_besteding(self) -> None:
        besteding = self.gegevens.besteding
        if besteding is not None:
            self.ctx.uses(besteding.herkomst.file)
            self.ctx.uses_sources([*(f.bron for f in besteding.feiten), *(u.bron for u in besteding.per_gemeente)])

    def aantal_gemeenten(self) -> str:
        """How many municipalities have a page: every one a source names."""
        return str(len(self.gegevens.gemeente_namen))

    def gemeenten_lijst(self) -> str:
        self._uses_gemeenten()
        gegevens = self.gegevens
        self.ctx.uses(*(i.herkomst.file for i in gegevens.initiatieven.values() if i.gemeenten))
        return render_geld.gemeenten_index(gegevens.gemeente_namen, gegevens.gemeenten,
                                           gegevens.gemeente_initiatieven, self.ctx.linker)

    def gemeenten_uitleg(self) -> str:
        """What holds for every municipality: where its amount stands, who decides on its spending."""
        self._uses_besteding()
        besteding = self.gegevens.besteding
        return render_geld.uitleg_html(besteding.per_gemeente if besteding else (), self.gegevens.bronnen,
                                       self.ctx.linker)

    def route_en_besteding(self, onderdeel_id: str | None = None) -> str:
        """Beside each budget line (of one actielijn, or all): route and what is known of its spending."""
        self.ctx.budget()
        self.ctx.uses(self.gegevens.route.herkomst.file)
        self._uses_gemeenten()
        self._uses_besteding()
        onderdelen = render_geld.alle_regels(self.gegevens.begroting, onderdeel_id)
        if not onderdelen:
            raise KeyError(f"geen onderdeel met id '{onderdeel_id}' in data/begroting.yaml")
        return render_geld.besteding_regels(onderdelen, self.gegevens.bestedingsfeiten, self.gegevens.gemeenten,
                                            self._geld())

    def besteding_feiten(self) -> str:
        self._uses_gemeenten()
        self._uses_besteding()
        return render_geld.besteding_feiten(self.gegevens.bestedingsfeiten, self.gegevens.bronnen, self.ctx.linker)
