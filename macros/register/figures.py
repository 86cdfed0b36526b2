"""The figure register: every figure the site publishes, by one stable id, with its exact
value, its name in words, the quotes it rests on and the page that shows it.

One function, `site_figures`, knows them all. The `bedrag` macro, the ledger of published
amounts, `verschil`, the changelog and the feeds ask the register, so a figure has one
id everywhere: the same id as the changelog's `cijfers:` (`regel:jongerenwerk`,
`onderdeel:jeugd`, `totaal`), the `data-ref` of its `<data>` element on the pages, and the
key `verschil` compares.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from decimal import Decimal

from ..facts.amounts import published_amounts
from ..facts.budget import Begroting
from ..facts.claims import Bewering, Getal
from ..facts.discrepancies import afwijkingen
from ..facts.flow import geldstroom, uitkering_key
from ..facts.funding import Financiering
from ..facts.gegevens import Gegevens
from ..facts.provenance import Bronverwijzing, Herkomst
from ..facts.route import Route
from ..formatting import urls
from ..formatting.money import decimaal, euro
from ..formatting.slugs import gemeente_slug

BEGROTING_PAGE = "begroting.md"
ROUTES_PAGE = "routes.md"
BESTEDING_PAGE = "besteding.md"
# A municipality's amounts and those of the spending facts read as their documents write them: in
# millions only from one million on.
GEMEENTE_MILJOENEN = 1_000_000
FORMER_FIGURE = "een bedrag dat niet meer op de site staat"


@dataclass(frozen=True)
class Cijfer:
    """One published figure."""

    id: str
    naam: str  # in words, for readers: "de regel ‘Jongerenwerk’"
    waarde: int | Decimal | None  # exact; None: a figure the source gives only in words
    tekst: str  # as the site writes it: '€ 14 miljoen', '49,1%', 'ruim 3.500'
    eenheid: str  # euro | procent | aantal | tekst
    bronnen: tuple[Bronverwijzing, ...]  # the quotes it rests on
    pagina: str  # the page id that shows it (its own page, for reviewers)
    herkomst: Herkomst | None = None  # where it is typed; None: computed from other figures
    vastgelegd: bool = False  # an amount of the ledger: it changes only with a changelog entry
    afgeleid_van: tuple[str, ...] = ()  # a computed figure: the ids of the figures it comes from
    deel_van: str | None = None  # a part of a division whose source gives it in the whole's sentence: the whole's id

    @property
    def exact(self) -> str:
        """The value for comparisons: '14000000', '49.1 procent', or the words."""
        if isinstance(self.waarde, int):
            return str(self.waarde)
        if isinstance(self.waarde, Decimal):
            return f"{format(self.waarde.normalize(), 'f')} {self.eenheid}"
        return self.tekst


class Cijferregister:
    """Every figure by id, in the order of the site."""

    def __init__(self, cijfers: Iterable[Cijfer]) -> None:
        self.alle: dict[str, Cijfer] = {}
        # The figures of each page, found once: the feeds ask for every page's figures, and a
        # scan of all figures per page grew with the square of the initiatives.
        self._op_pagina: dict[str, set[str]] = {}
        for cijfer in cijfers:
            if self.alle.setdefault(cijfer.id, cijfer) is cijfer:
                self._op_pagina.setdefault(cijfer.pagina, set()).add(cijfer.id)

    def __contains__(self, figure_id: object) -> bool:
        return figure_id in self.alle

    def __getitem__(self, figure_id: str) -> Cijfer:
        return self.alle[figure_id]

    def get(self, figure_id: str) -> Cijfer | None:
        return self.alle.get(figure_id)

    def bedrag(self, ref: str) -> Cijfer:
        """An amount as editors name it in a page: 'totaal', 'lokaal', 'niet-lokaal', an
        onderdeel ('jeugd') or a regel ('jongerenwerk'), or any full id ('route:gemeentefonds')."""
        for candidate in (ref, f"onderdeel:{ref}", f"regel:{ref}"):
            cijfer = self.alle.get(candidate)
            if cijfer is not None and cijfer.eenheid == "euro":
                return cijfer
        raise KeyError(f"er is geen bedrag met id '{ref}': kies 'totaal', 'lokaal', 'niet-lokaal', het id van "
                       "een actielijn of een begrotingsregel uit data/begroting.yaml, of een id als "
                       "'route:gemeentefonds'")

    def naam(self, figure_id: str) -> str:
        """A figure's name for readers; never its id, also not for one that is gone."""
        cijfer = self.alle.get(figure_id)
        return cijfer.naam if cijfer is not None else FORMER_FIGURE

    def vastgelegd(self) -> dict[str, Cijfer]:
        """The amounts the ledger records."""
        return {key: c for key, c in self.alle.items() if c.vastgelegd}

    def met_herkomst(self, figure_ids: Iterable[str]) -> frozenset[str]:
        """The figures and, for a computed one, the figures it comes from: a change to any of
        them changes what a page shows."""
        found = set(figure_ids)
        return frozenset(found | {f for key in found if key in self.alle for f in self.alle[key].afgeleid_van})

    def op_pagina(self, page_id: str) -> frozenset[str]:
        """The ids of the figures a page shows as its own."""
        return frozenset(self._op_pagina.get(page_id, ()))


def site_figures(gegevens: Gegevens) -> Cijferregister:
    return Cijferregister([*amount_figures(gegevens.begroting, gegevens.route),
                           *flow_figures(gegevens.begroting, gegevens.route), *story_figures(gegevens),
                           *source_version_figures(gegevens), *finding_figures(gegevens),
                           *municipal_figures(gegevens), *spending_figures(gegevens)])


def amount(key: str, naam: str, value: int, bronnen: tuple[Bronverwijzing, ...], page: str,
           herkomst: Herkomst | None, vastgelegd: bool = True, afgeleid_van: tuple[str, ...] = ()) -> Cijfer:
    return Cijfer(key, naam, value, euro(value), "euro", bronnen, page, herkomst, vastgelegd, afgeleid_van)


def amount_page(figure_id: str, begroting: Begroting) -> str:
    """The page that shows an amount as its own: an actielijn's page for its lines, Routes for
    the route, Begroting for the rest."""
    kind, _, name = figure_id.partition(":")
    if kind in ("maatregel", "route"):
        return ROUTES_PAGE
    onderdeel = next((o for o in begroting.onderdelen if (kind == "onderdeel" and o.id == name)
                      or (kind == "regel" and any(r.id == name for r in o.regels))), None)
    return f"actielijnen/{onderdeel.id}.md" if onderdeel is not None and onderdeel.is_actielijn else BEGROTING_PAGE


def amount_figures(begroting: Begroting, route: Route | None) -> Iterator[Cijfer]:
    """The amounts of the budget and the route (ids and names: facts/amounts.py), and the part
    not spent through municipalities, which the site computes."""
    for bedrag in published_amounts(begroting, route).values():
        yield amount(bedrag.id, bedrag.naam, bedrag.waarde, bedrag.bronnen, amount_page(bedrag.id, begroting),
                     bedrag.herkomst)
    # Computed, no source states it: it rests on the two figures it comes from.
    yield amount("niet-lokaal", "het deel dat niet via gemeenten ging", begroting.niet_lokaal,
                 (begroting.totaal_bron, begroting.lokaal.bron), BEGROTING_PAGE, None, vastgelegd=False,
                 afgeleid_van=("totaal", "lokaal"))


def flow_figures(begroting: Begroting, route: Route) -> Iterator[Cijfer]:
    """The sums the flow chart shows that no source states as one figure: computed from the
    measures and routes they come from, each resting on the words of those."""
    stroom = geldstroom(begroting, route)
    for kind, bedrag, maatregelen in stroom.uitkeringen:
        yield amount(f"route:{uitkering_key(kind)}", f"het deel van het gemeentefonds via de {kind}", bedrag,
                     (route.bron,), BEGROTING_PAGE, None, vastgelegd=False,
                     afgeleid_van=tuple(f"maatregel:{m.id}" for m in maatregelen))
    yield amount("route:departementen-overig", "het deel via departementen dat niet voor gemeenten is",
                 stroom.departementen_rest, (route.departementen_bron,), BEGROTING_PAGE, None, vastgelegd=False,
                 afgeleid_van=("route:departementen", "route:departementen-gemeenten"))
    for deel in stroom.delen:
        yield amount(f"geldstroom:{uitkering_key(deel.uitkering)}:{deel.onderdeel_id}",
                     f"de maatregelen via de {deel.uitkering} met de naam van een regel van {deel.onderdeel_id}",
                     deel.bedrag, (route.bron,), BEGROTING_PAGE, None, vastgelegd=False,
                     afgeleid_van=tuple(f"maatregel:{m.id}" for m in deel.maatregelen))


def getal_tekst(getal: Getal) -> str:
    """A figure in the site's notation, as the figure template shows it, without the markup."""
    prefix = f"{getal.kwalificatie} " if getal.kwalificatie else ""
    if getal.eenheid == "euro" and getal.waarde == getal.waarde.to_integral_value():
        return prefix + euro(int(getal.waarde))
    return prefix + decimaal(getal.waarde) + ("%" if getal.eenheid == "procent" else "")


def stated(key: str, naam: str, getal: Getal | None, words: str | None, bron: Bronverwijzing, page: str,
           herkomst: Herkomst) -> Cijfer | None:
    """A figure a source states: a number with its unit, or (where the source gives no number) its words."""
    if getal is not None:
        return Cijfer(key, naam, getal.waarde, getal_tekst(getal), getal.eenheid, (bron,), page, herkomst)
    if words is not None:
        return Cijfer(key, naam, None, words, "tekst", (bron,), page, herkomst)
    return None


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def claims(prefix: str, owner: str, items: tuple[Bewering, ...], page: str) -> Iterator[Cijfer]:
    for i, bewering in enumerate(items):
        found = stated(f"{prefix}:{i}", f"{owner}: {_short(bewering.tekst)}", bewering.getal, None, bewering.bron,
                       page, bewering.herkomst)
        if found is not None:
            yield found


def initiative_amount(initiatief_id: str, naam: str, financiering: Financiering) -> Iterator[Cijfer]:
    """What one initiative itself got from the package, where a source names it: a published amount,
    so it changes only with the changelog."""
    words = financiering.bedrag_verwijzing
    if financiering.bedrag is not None and words is not None:
        yield amount(f"initiatief:{initiatief_id}:bedrag", f"het bedrag voor ‘{naam}’", financiering.bedrag, (words,),
                     f"initiatieven/{initiatief_id}.md",
                     Herkomst(financiering.herkomst.file, financiering.herkomst.path + ("bedrag",)))


def story_figures(gegevens: Gegevens) -> Iterator[Cijfer]:
    for k in gegevens.kerncijfers:
        found = stated(f"kerncijfer:{k.id}", f"kerncijfer ‘{_short(k.omschrijving)}’", k.getal, k.waarde_tekst,
                       k.bron, "kerncijfers.md", k.herkomst)
        if found is not None:
            yield found
    for actielijn_id, story in sorted(gegevens.actielijnen.items()):
        yield from claims(f"resultaat:{actielijn_id}", f"resultaat van actielijn {actielijn_id}", story.resultaten,
                          f"actielijnen/{actielijn_id}.md")
    for initiatief_id, initiatief in sorted(gegevens.initiatieven.items()):
        yield from initiative_amount(initiatief_id, initiatief.naam, initiatief.financiering)
        yield from claims(f"initiatief:{initiatief_id}:resultaat", f"resultaat van ‘{initiatief.naam}’",
                          initiatief.resultaten, f"initiatieven/{initiatief_id}.md")
    for verdeling in gegevens.opbrengsten.verdelingen:
        for deel in verdeling.delen:
            yield Cijfer(f"verdeling:{verdeling.id}:{deel.naam}", f"{verdeling.titel}: {deel.naam}", deel.procent,
                         getal_tekst(Getal(deel.procent, "procent")), "procent", (deel.bron,), "opbrengsten.md",
                         verdeling.herkomst)
    yield from claims("opbrengsten", "opbrengsten", gegevens.opbrengsten.feiten, "opbrengsten.md")
    yield from claims("opbrengsten:geheel", "het geheel van de initiatieven", gegevens.opbrengsten.initiatieven_geheel,
                      "initiatieven/index.md")


def source_version_figures(gegevens: Gegevens) -> Iterator[Cijfer]:
    """What other sources say of the same amounts (the register of discrepancies)."""
    for bron_id, versie in sorted(gegevens.bronversies.items()):
        for broncijfer in versie.cijfers:
            key = f"bronversie:{bron_id}:{broncijfer.feit}"
            if broncijfer.bedrag is not None:
                yield amount(key, f"{broncijfer.naam_in_bron} volgens {bron_id}", broncijfer.bedrag,
                             (broncijfer.bron,), "afwijkingen.md", broncijfer.herkomst, vastgelegd=False)
            for deel in broncijfer.verdeling:
                part = amount(f"{key}:{deel.naam}", f"{broncijfer.naam_in_bron}, {deel.naam}, volgens {bron_id}",
                              deel.bedrag, (deel.bron,), "afwijkingen.md", deel.bron.herkomst, vastgelegd=False)
                # A part that shares the whole's quote may find the whole named there instead; a part
                # with words of its own must be named by them.
                yield part if deel.eigen else replace(part, deel_van=key)


def miljoenen_vanaf(figure_id: str) -> int:
    """From which amount on a figure is written in millions (see formatting.money.euro)."""
    return GEMEENTE_MILJOENEN if figure_id.startswith(("gemeente:", "besteding:")) else 100_000


def qualified(value: int, kwalificatie: str | None) -> str:
    """An amount as the source words it: 'bijna € 700.000'."""
    text = euro(value, GEMEENTE_MILJOENEN)
    return f"{kwalificatie} {text}" if kwalificatie else text


def municipal_figures(gegevens: Gegevens) -> Iterator[Cijfer]:
    """Each amount a public document names for one municipality: published, so in the ledger."""
    for gemeente in sorted(gegevens.gemeenten.values(), key=lambda g: g.id):
        for bedrag in gemeente.bedragen:
            naam = f"{gemeente.naam}: {_short(bedrag.wat).rstrip('.')}"
            yield Cijfer(gemeente.figure_id(bedrag), naam, bedrag.bedrag,
                         qualified(bedrag.bedrag, bedrag.kwalificatie), "euro", (bedrag.bron,),
                         urls.gemeente_page(gemeente.id),
                         Herkomst(bedrag.herkomst.file, bedrag.herkomst.path + ("bedrag",)), vastgelegd=True)


def spending_figures(gegevens: Gegevens) -> Iterator[Cijfer]:
    """Each amount a fact about spending names: on the spending page, or its municipality's page."""
    for feit in gegevens.bestedingsfeiten:
        if feit.bedrag is None:
            continue
        page = urls.gemeente_page(gemeente_slug(feit.gemeente)) if feit.gemeente else BESTEDING_PAGE
        naam = f"{feit.gemeente}: {_short(feit.tekst)}" if feit.gemeente else _short(feit.tekst)
        yield Cijfer(feit.figure_id, naam.rstrip("."), feit.bedrag,
                     qualified(feit.bedrag, feit.kwalificatie), "euro", (feit.bron,), page,
                     Herkomst(feit.herkomst.file, feit.herkomst.path + ("bedrag",)), vastgelegd=True)


def finding_figures(gegevens: Gegevens) -> Iterator[Cijfer]:
    """The figures of each computed difference between sources on Afwijkingen: what one source
    says (or the sum of its lines), what the other says, and the difference. Each is derived:
    from the other source's figures and the site's own, whose changes are recorded themselves."""
    for item in afwijkingen(gegevens.begroting, gegevens.route, gegevens.bronversies):
        for n, b in enumerate(item.bevindingen):
            key = f"afwijking:{item.feit}:{n}"
            said = (b.waarde_bron,) if b.waarde_bron else tuple(bron for _, _, bron in b.delen) or (b.tegen_bron,)
            theirs, ours = f"bronversie:{b.bron_id}:{item.feit}", item.feit
            yield amount(f"{key}:waarde", f"{item.label} volgens {b.bron_id}", b.waarde, said, "afwijkingen.md",
                         None, vastgelegd=False, afgeleid_van=(theirs,))
            yield amount(f"{key}:tegen", f"{item.label} volgens {b.tegen_bron_id}", b.tegen_waarde, (b.tegen_bron,),
                         "afwijkingen.md", None, vastgelegd=False, afgeleid_van=(ours,))
            yield amount(f"{key}:verschil", f"het verschil tussen {b.bron_id} en {b.tegen_bron_id} bij {item.label}",
                         abs(b.verschil), (*said, b.tegen_bron), "afwijkingen.md", None, vastgelegd=False,
                         afgeleid_van=(f"{key}:waarde", f"{key}:tegen"))
