"""Key figures (data/kerncijfers.yaml): the situation the package answered, as sources measured it."""

from __future__ import annotations

from dataclasses import dataclass

from ..reading.problems import Problem
from ..reading.strict_yaml import YamlDocument
from .actielijnen import Actielijnverhaal
from .budget import Begroting, must_be_actielijn
from .claims import Getal, load_getal
from .provenance import Bronverwijzing, Herkomst, Reporter, did_you_mean, duplicate_ids, line_of, verwijzing


@dataclass(frozen=True)
class Kerncijfer:
    id: str
    omschrijving: str
    getal: Getal | None
    waarde_tekst: str | None
    vergelijking: str | None
    populatie: str
    gemeten: str
    oorspronkelijke_bron: str | None
    actielijn: str | None
    bron: Bronverwijzing
    herkomst: Herkomst


def load_kerncijfers(doc: YamlDocument) -> tuple[Kerncijfer, ...]:
    file = doc.file
    return tuple(
        Kerncijfer(
            id=raw["id"], omschrijving=raw["omschrijving"], getal=load_getal(raw),
            waarde_tekst=raw.get("waarde_tekst"), vergelijking=raw.get("vergelijking"),
            populatie=raw["populatie"], gemeten=raw["gemeten"],
            oorspronkelijke_bron=raw.get("oorspronkelijke_bron"), actielijn=raw.get("actielijn"),
            bron=verwijzing(raw["bron"], file, ("kerncijfers", i, "bron")),
            herkomst=Herkomst(file, ("kerncijfers", i)),
        )
        for i, raw in enumerate(doc.data["kerncijfers"])
    )


def check_kerncijfers(begroting: Begroting | None, kerncijfers: tuple[Kerncijfer, ...],
                      report: Reporter) -> list[Problem]:
    problems = duplicate_ids(((k.id, k.herkomst) for k in kerncijfers), report, "geef elk kerncijfer een eigen id")
    for kerncijfer in kerncijfers:
        if (kerncijfer.getal is None) == (kerncijfer.waarde_tekst is None):
            problems.append(report(kerncijfer.herkomst, "waarde", "geef óf een waarde óf een waarde_tekst",
                                   "gebruik waarde voor een getal en waarde_tekst voor woorden als 'bijna de helft'"))
        problems += must_be_actielijn(begroting, kerncijfer.actielijn, kerncijfer.herkomst, "actielijn", report)
    return problems


def check_kerncijfer_references(kerncijfers: tuple[Kerncijfer, ...], actielijnen: dict[str, Actielijnverhaal],
                                report: Reporter) -> list[Problem]:
    """The actielijnen cite key figures by id (only checked when data/kerncijfers.yaml passed)."""
    problems = []
    seen = {kerncijfer.id: line_of(report, kerncijfer.herkomst) for kerncijfer in kerncijfers}
    for actielijn in actielijnen.values():
        for index, kerncijfer_id in enumerate(actielijn.kerncijfer_ids):
            if kerncijfer_id not in seen:
                problems.append(report(
                    Herkomst(actielijn.herkomst.file, ("aanleiding", "kerncijfers", index)), "",
                    f"er is geen kerncijfer met id '{kerncijfer_id}'",
                    did_you_mean(kerncijfer_id, seen, seen) + "kies een id uit data/kerncijfers.yaml"))
    return problems
