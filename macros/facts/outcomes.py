"""The outcomes of 2021 (data/opbrengsten.yaml): distributions in percent and sourced facts."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from ..reading.problems import Problem
from ..reading.strict_yaml import YamlDocument
from .budget import Begroting, must_be_actielijn
from .claims import Bewering, dutch_number, load_beweringen
from .provenance import Bronverwijzing, Herkomst, Reporter, verwijzing


@dataclass(frozen=True)
class VerdelingsDeel:
    naam: str
    procent: Decimal
    omschrijving: str | None
    bron: Bronverwijzing


@dataclass(frozen=True)
class Verdeling:
    id: str
    actielijn: str | None
    titel: str
    delen: tuple[VerdelingsDeel, ...]
    herkomst: Herkomst


@dataclass(frozen=True)
class Opbrengsten:
    bron: Bronverwijzing
    inleiding: str
    verdelingen: tuple[Verdeling, ...]
    feiten: tuple[Bewering, ...]
    herkomst: Herkomst


def load_opbrengsten(doc: YamlDocument) -> Opbrengsten:
    raw, file = doc.data, doc.file
    return Opbrengsten(
        bron=verwijzing(raw["bron"], file, ("bron",)),
        inleiding=raw["inleiding"],
        verdelingen=tuple(
            Verdeling(
                v["id"], v.get("actielijn"), v["titel"],
                tuple(VerdelingsDeel(d["naam"], dutch_number(d["procent"]), d.get("omschrijving"),
                                     verwijzing(d["bron"], file, ("verdelingen", i, "delen", j, "bron")))
                      for j, d in enumerate(v["delen"])),
                Herkomst(file, ("verdelingen", i)),
            )
            for i, v in enumerate(raw["verdelingen"])
        ),
        feiten=load_beweringen(raw, "feiten", file),
        herkomst=Herkomst(file),
    )


def check_opbrengsten(begroting: Begroting | None, opbrengsten: Opbrengsten | None, report: Reporter) -> list[Problem]:
    """Percentages that form one whole make 100."""
    if opbrengsten is None:
        return []
    problems = []
    for verdeling in opbrengsten.verdelingen:
        total = sum((deel.procent for deel in verdeling.delen), Decimal(0))
        if total != 100:
            problems.append(report(verdeling.herkomst, "delen",
                                   f"de delen van ‘{verdeling.titel}’ tellen op tot {total}%, niet tot 100%",
                                   "controleer de percentages in de bron"))
        problems += must_be_actielijn(begroting, verdeling.actielijn, verdeling.herkomst, "actielijn", report)
    return problems


def opbrengsten_citations(opbrengsten: Opbrengsten | None) -> Iterable[Bronverwijzing]:
    if opbrengsten:
        yield opbrengsten.bron
        yield from (deel.bron for verdeling in opbrengsten.verdelingen for deel in verdeling.delen)
