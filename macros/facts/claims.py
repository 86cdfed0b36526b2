"""Sourced statements and the figures in them, shared by actielijnen, initiatives and outcomes.

Numbers that are not money (percentages, counts) are `Decimal`, read from the Dutch
notation the sources use ("49,1"); money stays whole euros as `int`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from ..reading.problems import Problem
from ..reading.strict_yaml import Path_
from .provenance import Bronverwijzing, Herkomst, Reporter, verwijzing


@dataclass(frozen=True)
class Getal:
    """A figure as a source gives it: exact value, unit and how precise the source says it is."""

    waarde: Decimal
    eenheid: str  # procent | aantal | euro
    kwalificatie: str | None = None


@dataclass(frozen=True)
class Kader:
    """How a headline figure is framed: the period it covers, who paid for what it counts, and
    whether it is the package's result, one project's figure, or a count wider than the package."""

    periode: str
    periode_bron: Bronverwijzing | None
    geldgevers: str
    geldgevers_bron: Bronverwijzing | None
    reikwijdte: str  # steunpakket | een-project | breder

    def citations(self) -> Iterable[Bronverwijzing]:
        return tuple(c for c in (self.periode_bron, self.geldgevers_bron) if c is not None)


@dataclass(frozen=True)
class Bewering:
    """A sourced statement, optionally with a figure."""

    tekst: str
    getal: Getal | None
    peildatum: str | None
    bron: Bronverwijzing
    herkomst: Herkomst
    op_home: bool = False  # chosen by the editors for the home page's outcomes
    kader: Kader | None = None

    def citations(self) -> Iterable[Bronverwijzing]:
        yield self.bron
        if self.kader is not None:
            yield from self.kader.citations()


def dutch_number(value: int | str) -> Decimal:
    """3500, '58.500' or '49,1' -> exact Decimal (the schema has checked the form)."""
    if isinstance(value, int):
        return Decimal(value)
    return Decimal(value.replace(".", "").replace(",", "."))


def load_getal(raw: dict[str, Any]) -> Getal | None:
    if "waarde" not in raw:
        return None
    return Getal(dutch_number(raw["waarde"]), raw.get("eenheid", ""), raw.get("kwalificatie"))


def load_kader(raw: dict[str, Any] | None, file: str, path: Path_) -> Kader | None:
    if raw is None:
        return None

    def cite(key: str) -> Bronverwijzing | None:
        return verwijzing(raw[key], file, (*path, key)) if key in raw else None

    return Kader(raw["periode"], cite("periode_bron"), raw["geldgevers"], cite("geldgevers_bron"), raw["reikwijdte"])


def load_bewering(raw: dict[str, Any], file: str, path: Path_) -> Bewering:
    return Bewering(raw["tekst"], load_getal(raw), raw.get("peildatum"),
                    verwijzing(raw["bron"], file, path + ("bron",)), Herkomst(file, path), bool(raw.get("op_home")),
                    load_kader(raw.get("kader"), file, path + ("kader",)))


def load_beweringen(raw: dict[str, Any], key: str, file: str) -> tuple[Bewering, ...]:
    return tuple(load_bewering(item, file, (key, i)) for i, item in enumerate(raw.get(key, [])))


def check_figures(beweringen: Iterable[Bewering], report: Reporter) -> list[Problem]:
    problems = []
    for bewering in beweringen:
        problems += check_getal(bewering.getal, bewering.herkomst, report)
        if bewering.op_home and bewering.kader is None:
            problems.append(report(bewering.herkomst, "op_home", "een kopcijfer zegt over welke periode het gaat, "
                                   "wie betaalde en of het een resultaat van het hele steunpakket is",
                                   "voeg 'kader:' toe met periode, geldgevers en reikwijdte "
                                   "(zie data/schemas/VELDEN.md)"))
    return problems


def check_project_figures(beweringen: Iterable[Bewering], report: Reporter) -> list[Problem]:
    """One initiative's figure is never presented as the package's result."""
    return [report(b.herkomst, "kader", "een cijfer van één initiatief is geen resultaat van het hele steunpakket",
                   "kies 'reikwijdte: een-project', of 'breder' als de telling ook ander geld of een eerdere "
                   "periode meetelt")
            for b in beweringen if b.kader is not None and b.kader.reikwijdte == "steunpakket"]


def check_getal(getal: Getal | None, herkomst: Herkomst, report: Reporter) -> list[Problem]:
    if getal is None:
        return []
    if not getal.eenheid:
        return [report(herkomst, "waarde", "bij een waarde hoort een eenheid",
                       "voeg 'eenheid:' toe: procent, aantal of euro")]
    if getal.eenheid == "euro" and getal.waarde != getal.waarde.to_integral_value():
        return [report(herkomst, "waarde", "een bedrag in euro is in hele euro's",
                       "schrijf het bedrag in hele euro's met alleen cijfers: 4000000 is € 4 miljoen")]
    return []
