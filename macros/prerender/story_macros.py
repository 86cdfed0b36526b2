"""The editors' macros for the story: actielijnen, key figures, initiatives, timeline and outcomes."""

from __future__ import annotations

from ..facts.funding import STATUSSEN
from ..facts.gegevens import all_beweringen
from ..html import initiatives as render_initiatives
from ..html import story as render_story
from ..html.markup import tekst
from .context import PageContext


class StoryMacros:
    INLINE = ("aantal_initiatieven", "initiatief_naam")
    BLOCKS = ("actielijn_doel", "actielijn_aanleiding", "actielijn_acties", "actielijn_initiatieven",
              "actielijn_resultaten", "kerncijfers", "initiatieven_overzicht", "tijdlijn",
              "opbrengsten_inleiding", "opbrengsten_verdelingen", "opbrengsten_feiten", "gerapporteerde_initiatieven",
              "uitkomsten_kort", "opbrengsten_resultaten", "opbrengsten_onbekend", "initiatieven_selectie")

    def __init__(self, ctx: PageContext) -> None:
        self.ctx = ctx
        self.gegevens = ctx.gegevens
        self.bronnen = ctx.gegevens.bronnen

    def actielijn_doel(self, onderdeel_id: str) -> str:
        story = self.ctx.actielijn(onderdeel_id)
        return render_story.bewering_alinea(story.doel, self.bronnen, self.ctx.linker, f"doel:{onderdeel_id}")

    def actielijn_aanleiding(self, onderdeel_id: str) -> str:
        story = self.ctx.actielijn(onderdeel_id)
        self.ctx.uses("data/kerncijfers.yaml")
        figures = [self.gegevens.kerncijfer(k) for k in story.kerncijfer_ids]
        table = render_story.kerncijfertabel(figures, self.bronnen, self.ctx.linker, "Cijfers die de aanleiding tonen")
        return render_story.alinea(story.aanleiding_tekst, story.aanleiding_bron, self.bronnen, self.ctx.linker, table)

    def actielijn_acties(self, onderdeel_id: str) -> str:
        return render_story.acties_html(self.ctx.actielijn(onderdeel_id), self.bronnen, self.ctx.linker)

    def actielijn_initiatieven(self, onderdeel_id: str) -> str:
        initiatieven = self.gegevens.initiatieven.values()
        self.ctx.uses(*(i.herkomst.file for i in initiatieven if i.actielijn == onderdeel_id))
        return render_initiatives.initiatieven_per_regel(self.gegevens.onderdeel(onderdeel_id), initiatieven,
                                                         self.bronnen, self.ctx.linker)

    def actielijn_resultaten(self, onderdeel_id: str) -> str:
        story = self.ctx.actielijn(onderdeel_id)
        opbrengsten = self.gegevens.opbrengsten
        self.ctx.uses(opbrengsten.herkomst.file)
        return (render_story.verdelingen_html(opbrengsten, self.bronnen, self.ctx.linker, actielijn=onderdeel_id)
                + render_story.beweringen_lijst(story.resultaten, self.bronnen, self.ctx.linker,
                                                f"resultaat:{onderdeel_id}"))

    def kerncijfers(self) -> str:
        self.ctx.uses("data/kerncijfers.yaml")
        return render_story.kerncijfers_per_actielijn(self.gegevens.kerncijfers, self.gegevens.begroting,
                                                      self.bronnen, self.ctx.linker)

    def initiatieven_overzicht(self) -> str:
        initiatieven = self.gegevens.initiatieven.values()
        self.ctx.uses(*(i.herkomst.file for i in initiatieven))
        return render_initiatives.initiatieven_overzicht(list(initiatieven), self.gegevens.begroting, self.bronnen,
                                                         self.ctx.linker)

    def aantal_initiatieven(self) -> str:
        return str(len(self.gegevens.initiatieven))

    def initiatief_naam(self, initiatief_id: str) -> str:
        return tekst(self.ctx.initiatief(initiatief_id).naam)

    def tijdlijn(self) -> str:
        self.ctx.uses("data/tijdlijn.yaml")
        self.ctx.uses_sources(g.bron for g in self.gegevens.tijdlijn)
        return render_story.tijdlijn_html(self.gegevens.tijdlijn, self.bronnen, self.ctx.linker)

    def opbrengsten_inleiding(self) -> str:
        opbrengsten = self.gegevens.opbrengsten
        self.ctx.uses(opbrengsten.herkomst.file)
        return render_story.alinea(opbrengsten.inleiding, opbrengsten.bron, self.bronnen, self.ctx.linker)

    def opbrengsten_verdelingen(self) -> str:
        self.ctx.uses(self.gegevens.opbrengsten.herkomst.file)
        return render_story.verdelingen_html(self.gegevens.opbrengsten, self.bronnen, self.ctx.linker)

    def opbrengsten_feiten(self) -> str:
        self.ctx.uses(self.gegevens.opbrengsten.herkomst.file)
        return render_story.beweringen_lijst(self.gegevens.opbrengsten.feiten, self.bronnen, self.ctx.linker,
                                             "opbrengsten")

    def gerapporteerde_initiatieven(self, onderdeel_id: str) -> str:
        items = [i for i in self.gegevens.initiatieven.values()
                 if i.gerapporteerd_resultaat and i.actielijn == onderdeel_id]
        self.ctx.uses(*(i.herkomst.file for i in items))
        return render_initiatives.initiatieven_lijst(items, self.bronnen, self.ctx.linker)

    def uitkomsten_kort(self) -> str:
        """The headline outcomes (op_home), each with who reported it, its period, who paid, and the
        initiative it is about. Self-contained: it can stand on any page."""
        return render_story.uitkomsten_html(self._headline_items(), self.bronnen, self.ctx.linker)

    def opbrengsten_resultaten(self) -> str:
        """The same headline outcomes, first on the outcomes page."""
        return render_story.uitkomsten_html(self._headline_items(), self.bronnen, self.ctx.linker,
                                            prefix="opbrengsten:kop:")

    def _headline_items(self) -> list:
        items = []
        gegevens = self.gegevens
        for bewering in all_beweringen(gegevens.actielijnen, gegevens.initiatieven, gegevens.opbrengsten):
            if bewering.op_home:
                self.ctx.uses(bewering.herkomst.file)
                self.ctx.uses_sources(bewering.citations())
                stem = bewering.herkomst.file.removeprefix("data/initiatieven/").removesuffix(".yaml")
                items.append((bewering, self.gegevens.initiatieven.get(stem)))
        return items

    def opbrengsten_onbekend(self) -> str:
        """What is not known about the outcomes, in one short list."""
        self.ctx.uses(self.gegevens.opbrengsten.herkomst.file)
        return render_story.onbekend_html(self.gegevens.opbrengsten, self.bronnen, self.ctx.linker)

    def initiatieven_selectie(self) -> str:
        """How many initiatives the site names, paid or not, and how large the whole is as the sources say."""
        initiatieven = list(self.gegevens.initiatieven.values())
        self.ctx.uses(self.gegevens.opbrengsten.herkomst.file, *(i.herkomst.file for i in initiatieven))
        counts = [(status, sum(1 for i in initiatieven if i.financiering.status == status)) for status in STATUSSEN]
        return render_story.selectie_html(counts, len(initiatieven), self.gegevens.opbrengsten.initiatieven_geheel,
                                          self.bronnen, self.ctx.linker)
