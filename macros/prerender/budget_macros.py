"""The editors' macros for the money: amounts, shares, budget tables, charts, routes and the register of
discrepancies (in amounts, and where sources contradict each other in words)."""

from __future__ import annotations

from markupsafe import Markup

from ..facts.discrepancies import afwijkingen as compute_afwijkingen
from ..facts.flow import geldstroom as compute_geldstroom
from ..formatting.money import euro
from ..html import budget as render_budget
from ..html import charts as render_charts
from ..html import flow as render_flow
from ..html import story as render_story
from ..html.markup import tekst
from .context import PageContext


class BudgetMacros:
    INLINE = ("bedrag", "aandeel", "euro_tekst", "onderdeel_titel")
    BLOCKS = ("begrotingstabel", "onderdeeltabel", "overzicht_onderdelen", "verdeling_lokaal", "route_overzicht",
              "route_verband", "afwijkingen", "tegenstrijdigheden", "grafiek_actielijnen", "grafiek_regels",
              "geldstroom")

    def __init__(self, ctx: PageContext) -> None:
        self.ctx = ctx
        self.begroting = ctx.gegevens.begroting
        self.bronnen = ctx.gegevens.bronnen

    def bedrag(self, ref: str) -> str:
        """An amount by id: 'totaal', 'lokaal', 'niet-lokaal', an onderdeel or a regel, linked to
        the words of its source (the figure register knows them all)."""
        cijfer = self.ctx.bedrag(ref)
        return render_budget.bron_bedrag_html(int(cijfer.waarde), cijfer.id, cijfer.bronnen, self.bronnen,
                                              self.ctx.linker)

    def aandeel(self, ref: str) -> str:
        """The share of an amount in the package total."""
        return render_budget.aandeel_html(int(self.ctx.bedrag(ref).waarde), self.begroting.totaal)

    def euro_tekst(self, ref: str) -> str:
        """An amount as plain text, for page titles and descriptions."""
        return euro(int(self.ctx.bedrag(ref).waarde))

    def onderdeel_titel(self, onderdeel_id: str) -> str:
        self.ctx.uses(self.begroting.herkomst.file)
        onderdeel = self.ctx.gegevens.onderdeel(onderdeel_id)
        return tekst(f"{onderdeel.label} — {onderdeel.titel}" if onderdeel.titel else onderdeel.label)

    def begrotingstabel(self) -> str:
        self.ctx.budget()
        return render_budget.begrotingstabel(self.begroting, self.bronnen, self.ctx.linker)

    def onderdeeltabel(self, onderdeel_id: str) -> str:
        self.ctx.budget()
        onderdeel = self.ctx.gegevens.onderdeel(onderdeel_id)
        return render_budget.begrotingstabel(self.begroting, self.bronnen, self.ctx.linker, onderdelen=[onderdeel],
                                             caption=f"Begroting van {onderdeel.label}")

    def overzicht_onderdelen(self) -> str:
        self.ctx.budget()
        return render_budget.overzicht_onderdelen(self.begroting, self.bronnen, self.ctx.linker)

    def verdeling_lokaal(self) -> str:
        self.ctx.budget()
        return render_budget.verdeling_lokaal(self.begroting, self.bronnen, self.ctx.linker)

    def route_overzicht(self) -> str:
        self.ctx.budget()
        route = self.ctx.gegevens.route
        self.ctx.uses(route.herkomst.file)
        return render_story.route_html(route, self.begroting, self.bronnen, self.ctx.linker)

    def route_verband(self) -> str:
        """Which gemeentefonds measures go with which budget line, counted, with the amounts."""
        self.ctx.budget()
        self.ctx.uses(self.ctx.gegevens.route.herkomst.file)
        return render_story.route_verband_html(self.ctx.gegevens.route, self.begroting, self.bronnen,
                                               self.ctx.linker)

    def afwijkingen(self) -> str:
        self.ctx.budget()
        gegevens = self.ctx.gegevens
        self.ctx.uses(gegevens.route.herkomst.file, *(v.herkomst.file for v in gegevens.bronversies.values()))
        items = compute_afwijkingen(self.begroting, gegevens.route, gegevens.bronversies)
        return render_story.afwijkingen_html(items, self.bronnen, self.ctx.linker)

    def tegenstrijdigheden(self) -> str:
        """Where sources contradict each other in words: each side with its source's words."""
        gegevens = self.ctx.gegevens
        items = gegevens.tegenstrijdigheden
        self.ctx.uses(*(t.herkomst.file for t in items))
        self.ctx.uses_sources(u.bron for t in items for u in t.uitspraken)
        return render_story.tegenstrijdigheden_html(items, gegevens.initiatieven, self.bronnen, self.ctx.linker)

    def grafiek_actielijnen(self) -> str:
        """The share of each actielijn and Overig in the total, as an SVG bar chart."""
        self.ctx.budget()
        staven = [render_charts.Staaf(o.label, o.totaal, f"onderdeel:{o.id}", o.id) for o in self.begroting.onderdelen]
        return render_charts.staafdiagram("grafiek-actielijnen", "Het pakket per actielijn", staven,
                                          self.begroting.totaal, "tabel-overzicht", self._chart_source())

    def grafiek_regels(self, onderdeel_id: str) -> str:
        """The lines within one actielijn, as an SVG bar chart."""
        self.ctx.budget()
        onderdeel = self.ctx.gegevens.onderdeel(onderdeel_id)
        staven = [render_charts.Staaf(r.naam, r.bedrag, f"regel:{r.id}", onderdeel.id) for r in onderdeel.regels]
        # The percentages are shares of the whole package (as in the tables): the title says so,
        # or a reader takes them for shares of this actielijn.
        title = f"De regels van {onderdeel.label}, met hun aandeel in het hele pakket"
        return render_charts.staafdiagram(f"grafiek-{onderdeel_id}", title, staven,
                                          self.begroting.totaal, f"tabel-{onderdeel_id}", self._chart_source())

    def geldstroom(self) -> str:
        """The flow of the money, from the whole package along the routes to the actielijnen: an SVG
        chart and its table. Self-contained: it can stand on any page."""
        self.ctx.budget()
        route = self.ctx.gegevens.route
        self.ctx.uses(route.herkomst.file)
        self.ctx.uses_sources([route.bron, route.departementen_bron])
        stroom = compute_geldstroom(self.begroting, route)
        source = Markup(render_budget.citation_html(route.bron, self.bronnen, self.ctx.linker) + " "
                        + render_budget.citation_html(self.begroting.bron, self.bronnen, self.ctx.linker))
        return render_flow.geldstroom_html(stroom, self.begroting, route, self.ctx.site.cijfers, self.bronnen,
                                           self.ctx.linker, source)

    def _chart_source(self) -> Markup:
        """Every chart says where its figures come from: the budget's own citation."""
        return Markup(render_budget.citation_html(self.begroting.bron, self.bronnen, self.ctx.linker))
