"""The outcomes of 2021 (data/opbrengsten.yaml): distributions in percent and sourced facts."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from ..reading.problems import Problem
from ..reading.strict_yaml import YamlDocument
from .budget import Begroting, must_be_actielijn
from .claims import Bewering, check_figures, dutch_number, load_beweringen
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
class Onbekend:
    """Something the site does not know about the outcomes, said in one sentence."""

    tekst: str
    bron: Bronverwijzing | None


@dataclass(frozen=True)
class Opbrengsten:
    bron: Bronverwijzing
    inleiding: str
    verdelingen: tuple[Verdeling, ...]
    feiten: tuple[Bewering, ...]
    herkomst: Herkomst
    initiatieven_geheel: tuple[Bewering, ...] = ()  # how large the whole is, as the sources say
    niet_bekend: tuple[Onbekend, ...] = ()


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
        initiatieven_geheel=load_beweringen(raw, "initiatieven_geheel", file),
        niet_bekend=tuple(Onbekend(item["tekst"], verwijzing(item["bron"], file, ("niet_bekend", i, "bron"))
                                   if "bron" in item else None)
                          for i, item in enumerate(raw.get("niet_bekend", []))),
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
    return problems + check_figures(opbrengsten.initiatieven_geheel, report)


def opbrengsten_citations(opbrengsten: Opbrengsten | None) -> Iterable[Bronverwijzing]:
    """The citations of the outcomes that are not claims (those come with all claims)."""
    if opbrengsten:
        yield opbrengsten.bron
        yield from (deel.bron for verdeling in opbrengsten.verdelingen for deel in verdeling.delen)
        for bewering in opbrengsten.initiatieven_geheel:
            yield from bewering.citations()
        yield from (item.bron for item in opbrengsten.niet_bekend if item.bron is not None)
