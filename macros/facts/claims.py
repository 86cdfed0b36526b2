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
class Bewering:
    """A sourced statement, optionally with a figure."""

    tekst: str
    getal: Getal | None
    peildatum: str | None
    bron: Bronverwijzing
    herkomst: Herkomst
    op_home: bool = False  # chosen by the editors for the home page's outcomes


def dutch_number(value: int | str) -> Decimal:
    """3500, '58.500' or '49,1' -> exact Decimal (the schema has checked the form)."""
    if isinstance(value, int):
        return Decimal(value)
    return Decimal(value.replace(".", "").replace(",", "."))


def load_getal(raw: dict[str, Any]) -> Getal | None:
    if "waarde" not in raw:
        return None
    return Getal(dutch_number(raw["waarde"]), raw.get("eenheid", ""), raw.get("kwalificatie"))


def load_bewering(raw: dict[str, Any], file: str, path: Path_) -> Bewering:
    return Bewering(raw["tekst"], load_getal(raw), raw.get("peildatum"),
                    verwijzing(raw["bron"], file, path + ("bron",)), Herkomst(file, path), bool(raw.get("op_home")))


def load_beweringen(raw: dict[str, Any], key: str, file: str) -> tuple[Bewering, ...]:
    return tuple(load_bewering(item, file, (key, i)) for i, item in enumerate(raw.get(key, [])))


def check_figures(beweringen: Iterable[Bewering], report: Reporter) -> list[Problem]:
    problems = []
    for bewering in beweringen:
        problems += check_getal(bewering.getal, bewering.herkomst, report)
    return problems


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
