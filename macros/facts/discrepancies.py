"""Where sources give different figures for the same thing: computed, never typed.

Each source's own version of a figure is recorded in data/bronversies/. Here they
are compared with the authoritative figure (the financial annex for the budget,
the gemeentefonds supplement for the routes) and with each other.
"""

from __future__ import annotations

from dataclasses import dataclass

from .budget import Begroting
from .provenance import Bronverwijzing
from .route import Route
from .source_versions import Broncijfer


@dataclass(frozen=True)
class Versie:
    """One source's version of one fact."""

    bron_id: str
    naam_in_bron: str
    bedrag: int | None
    verdeling: tuple[tuple[str, int, Bronverwijzing], ...]  # (part, amount, the words it rests on)
    omschrijving: str | None
    gezaghebbend: bool
    bron: Bronverwijzing  # the words of that source the version rests on


@dataclass(frozen=True)
class Bevinding:
    """A computed difference, with the figures that prove it and the words they stand in."""

    soort: str  # bedrag | ontbreekt | optelling | verdeling
    bron_id: str
    tegen_bron_id: str
    waarde: int  # what bron_id says
    tegen_waarde: int  # what tegen_bron_id says
    onderwerp: str  # what the figures are about
    waarde_bron: Bronverwijzing | None  # the words of `waarde`; None where it is computed or absent
    tegen_bron: Bronverwijzing  # the words of `tegen_waarde`
    # For `optelling`: the lines the source lists, (name, amount, their words); `waarde` is their sum.
    delen: tuple[tuple[str, int, Bronverwijzing], ...] = ()

    @property
    def verschil(self) -> int:
        return self.waarde - self.tegen_waarde


@dataclass(frozen=True)
class Afwijking:
    feit: str
    label: str
    versies: tuple[Versie, ...]
    bevindingen: tuple[Bevinding, ...]


def authoritative(feit: str, begroting: Begroting, route: Route) -> tuple[str, Bronverwijzing, int]:
    """(label, citation, amount) of the site's own figure for a fact."""
    kind, _, ident = feit.partition(":")
    if kind == "totaal":
        return "Totaal van het pakket", begroting.totaal_bron, begroting.totaal
    if kind == "onderdeel":
        onderdeel = next(o for o in begroting.onderdelen if o.id == ident)
        return onderdeel.label, onderdeel.bron, onderdeel.totaal
    if kind == "regel":
        regel = next(r for r in begroting.regels if r.id == ident)
        return f"Begrotingsregel ‘{regel.naam}’", regel.bron, regel.bedrag
    maatregel = next(m for m in route.maatregelen if m.id == ident)
    return f"Gemeentefonds: ‘{maatregel.naam}’", route.bron, maatregel.bedrag


def afwijkingen(begroting: Begroting, route: Route, bronversies: dict) -> list[Afwijking]:
    by_fact: dict[str, list[tuple[str, Broncijfer]]] = {}
    for bron_id, versie in sorted(bronversies.items()):
        for cijfer in versie.cijfers:
            by_fact.setdefault(cijfer.feit, []).append((bron_id, cijfer))
    missing = _missing_lines(begroting, bronversies)
    result = []
    for feit in _ordered_facts(begroting, route, set(by_fact) | set(missing)):
        label, own, own_amount = authoritative(feit, begroting, route)
        versies = [Versie(own.document, label, own_amount, (), None, True, own)] + [
            Versie(bron_id, c.naam_in_bron, c.bedrag, tuple((d.naam, d.bedrag, d.bron) for d in c.verdeling),
                   c.omschrijving, False, c.bron)
            for bron_id, c in by_fact.get(feit, [])
        ]
        bevindingen = [
            Bevinding("bedrag", v.bron_id, own.document, v.bedrag, own_amount, label, v.bron, own)
            for v in versies[1:] if v.bedrag is not None and v.bedrag != own_amount
        ]
        bevindingen += missing.get(feit, [])
        bevindingen += _split_differences(versies)
        described_otherwise = any(v.omschrijving for v in versies)
        if bevindingen or described_otherwise:
            result.append(Afwijking(feit, label, tuple(versies), tuple(bevindingen)))
    return result


def _missing_lines(begroting: Begroting, bronversies: dict) -> dict[str, list[Bevinding]]:
    """A source that copies the whole table but leaves out a line, while keeping the total."""
    found: dict[str, list[Bevinding]] = {}
    for bron_id, versie in sorted(bronversies.items()):
        if not versie.volledige_tabel:
            continue
        given = {c.feit: c for c in versie.cijfers}
        for onderdeel in begroting.onderdelen:
            stated = given.get(f"onderdeel:{onderdeel.id}")
            if stated is None or stated.bedrag is None:
                continue
            listed = [given[f"regel:{r.id}"] for r in onderdeel.regels if f"regel:{r.id}" in given]
            for regel in onderdeel.regels:
                if f"regel:{regel.id}" not in given:
                    found.setdefault(f"regel:{regel.id}", []).append(Bevinding(
                        "ontbreekt", bron_id, regel.bron.document, 0, regel.bedrag, f"Begrotingsregel ‘{regel.naam}’",
                        None, regel.bron))
            listed_sum = sum(c.bedrag or 0 for c in listed)
            if listed_sum != stated.bedrag:
                found.setdefault(f"onderdeel:{onderdeel.id}", []).append(Bevinding(
                    "optelling", bron_id, bron_id, listed_sum, stated.bedrag, onderdeel.label, None, stated.bron,
                    tuple((c.naam_in_bron, c.bedrag or 0, c.bron) for c in listed)))
    return found


def _split_differences(versies: list[Versie]) -> list[Bevinding]:
    """The same part of an amount given as different amounts by different sources."""
    parts: dict[str, list[tuple[Versie, int, Bronverwijzing]]] = {}
    for versie in versies:
        for name, amount, words in versie.verdeling:
            parts.setdefault(name, []).append((versie, amount, words))
    found = []
    for name, given in parts.items():
        first, first_amount, first_words = given[0]
        for other, other_amount, other_words in given[1:]:
            if other_amount != first_amount:
                found.append(Bevinding("verdeling", other.bron_id, first.bron_id, other_amount, first_amount, name,
                                       other_words, first_words))
    return found


def _ordered_facts(begroting: Begroting, route: Route, facts: set[str]) -> list[str]:
    """In the order a reader knows: total, then the annex top to bottom, then the routes."""
    order = ["totaal"]
    for onderdeel in begroting.onderdelen:
        order.append(f"onderdeel:{onderdeel.id}")
        order += [f"regel:{r.id}" for r in onderdeel.regels]
    order += [f"maatregel:{m.id}" for m in route.maatregelen]
    return [feit for feit in order if feit in facts]
