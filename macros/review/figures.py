"""Every figure the site publishes, by a stable key, with its name, value and page.

Used by `verschil` to compare two versions of the data. Amounts (whole euros) carry the
same keys as the changelog's `cijfers:` (`regel:jongerenwerk`, `totaal`, …); other
figures (percentages, counts, key figures) get keys of their own.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..facts.claims import Bewering, Getal
from ..facts.gegevens import Gegevens
from ..facts.ledger import published_amounts
from ..formatting.money import decimaal, euro

BEGROTING_PAGE = "begroting.md"
ROUTES_PAGE = "routes.md"


@dataclass(frozen=True)
class Cijfer:
    key: str
    naam: str
    waarde: str  # as the site shows it: '€ 14 miljoen', '49,1%', 'ruim 3.500'
    exact: str  # the exact value, for comparison: '14000000', '49.1'
    pagina: str  # Markdown path in content/
    bedrag: bool  # an amount the changelog records with oud/nieuw (`cijfers:`)


def getal_tekst(getal: Getal) -> str:
    """A figure in the site's notation, as the figure template shows it, without the markup."""
    prefix = f"{getal.kwalificatie} " if getal.kwalificatie else ""
    if getal.eenheid == "euro" and getal.waarde == getal.waarde.to_integral_value():
        return prefix + euro(int(getal.waarde))
    return prefix + decimaal(getal.waarde) + ("%" if getal.eenheid == "procent" else "")


def _exact(value: int | Decimal) -> str:
    return str(value) if isinstance(value, int) else format(value.normalize(), "f")


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class _Collector:
    def __init__(self) -> None:
        self.result: dict[str, Cijfer] = {}

    def add(self, key: str, naam: str, getal: Getal | None, text: str | None, page: str) -> None:
        if getal is not None:
            exact = f"{_exact(getal.waarde)} {getal.eenheid}"
            self.result[key] = Cijfer(key, naam, getal_tekst(getal), exact, page, False)
        elif text is not None:
            self.result[key] = Cijfer(key, naam, text, text, page, False)

    def amount(self, key: str, naam: str, value: int, page: str, bedrag: bool = False) -> None:
        self.result[key] = Cijfer(key, naam, euro(value), _exact(value), page, bedrag)

    def claims(self, prefix: str, owner: str, items: tuple[Bewering, ...], page: str) -> None:
        for i, bewering in enumerate(items):
            self.add(f"{prefix}:{i}", f"{owner}: {_short(bewering.tekst)}", bewering.getal, None, page)


def alle_cijfers(gegevens: Gegevens) -> dict[str, Cijfer]:
    collect = _Collector()
    _amounts(gegevens, collect)
    _story(gegevens, collect)
    _source_versions(gegevens, collect)
    return collect.result


def _amounts(gegevens: Gegevens, collect: _Collector) -> None:
    pages: dict[str, str] = {"totaal": BEGROTING_PAGE, "lokaal": BEGROTING_PAGE}
    for onderdeel in gegevens.begroting.onderdelen:
        page = f"actielijnen/{onderdeel.id}.md" if onderdeel.is_actielijn else BEGROTING_PAGE
        pages[f"onderdeel:{onderdeel.id}"] = page
        pages.update({f"regel:{regel.id}": page for regel in onderdeel.regels})
    for key, (value, _, name) in published_amounts(gegevens.begroting, gegevens.route).items():
        collect.amount(key, name, value, pages.get(key, ROUTES_PAGE), bedrag=True)


def _story(gegevens: Gegevens, collect: _Collector) -> None:
    for kerncijfer in gegevens.kerncijfers:
        collect.add(f"kerncijfer:{kerncijfer.id}", f"kerncijfer ‘{_short(kerncijfer.omschrijving)}’",
                    kerncijfer.getal, kerncijfer.waarde_tekst, "kerncijfers.md")
    for actielijn_id, story in sorted(gegevens.actielijnen.items()):
        collect.claims(f"resultaat:{actielijn_id}", f"resultaat van actielijn {actielijn_id}", story.resultaten,
                       f"actielijnen/{actielijn_id}.md")
    for initiatief_id, initiatief in sorted(gegevens.initiatieven.items()):
        collect.claims(f"initiatief:{initiatief_id}:resultaat", f"resultaat van ‘{initiatief.naam}’",
                       initiatief.resultaten, f"initiatieven/{initiatief_id}.md")
    for verdeling in gegevens.opbrengsten.verdelingen:
        for deel in verdeling.delen:
            collect.add(f"verdeling:{verdeling.id}:{deel.naam}", f"{verdeling.titel}: {deel.naam}",
                        Getal(deel.procent, "procent"), None, "opbrengsten.md")
    collect.claims("opbrengsten", "opbrengsten", gegevens.opbrengsten.feiten, "opbrengsten.md")


def _source_versions(gegevens: Gegevens, collect: _Collector) -> None:
    for bron_id, versie in sorted(gegevens.bronversies.items()):
        for broncijfer in versie.cijfers:
            key = f"bronversie:{bron_id}:{broncijfer.feit}"
            if broncijfer.bedrag is not None:
                collect.amount(key, f"{broncijfer.naam_in_bron} volgens {bron_id}", broncijfer.bedrag,
                               "afwijkingen.md")
            for deel in broncijfer.verdeling:
                collect.amount(f"{key}:{deel.naam}", f"{broncijfer.naam_in_bron}, {deel.naam}, volgens {bron_id}",
                               deel.bedrag, "afwijkingen.md")
