"""The story of each actielijn (data/actielijnen/): its goal, the reason for it, its actions
and its results, with the check that every actielijn of the budget has one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..reading.problems import Problem
from ..reading.strict_yaml import YamlDocument
from .budget import Begroting
from .claims import Bewering, load_bewering, load_beweringen
from .provenance import Bronverwijzing, Herkomst, Reporter, verwijzing


@dataclass(frozen=True)
class Actie:
    letter: str
    titel: str
    omschrijving: str | None
    onderdelen: tuple[str, ...]
    bron: Bronverwijzing


@dataclass(frozen=True)
class Actielijnverhaal:
    onderdeel_id: str
    doel: Bewering
    aanleiding_tekst: str
    aanleiding_bron: Bronverwijzing
    kerncijfer_ids: tuple[str, ...]
    acties: tuple[Actie, ...]
    resultaten: tuple[Bewering, ...]
    herkomst: Herkomst


def load_actielijnverhaal(onderdeel_id: str, doc: YamlDocument) -> Actielijnverhaal:
    raw, file = doc.data, doc.file
    aanleiding = raw["aanleiding"]
    return Actielijnverhaal(
        onderdeel_id=onderdeel_id,
        doel=load_bewering(raw["doel"], file, ("doel",)),
        aanleiding_tekst=aanleiding["tekst"],
        aanleiding_bron=verwijzing(aanleiding["bron"], file, ("aanleiding", "bron")),
        kerncijfer_ids=tuple(aanleiding["kerncijfers"]),
        acties=tuple(
            Actie(a["letter"], a["titel"], a.get("omschrijving"), tuple(a.get("onderdelen", [])),
                  verwijzing(a["bron"], file, ("acties", i, "bron")))
            for i, a in enumerate(raw["acties"])
        ),
        resultaten=load_beweringen(raw, "resultaten", file),
        herkomst=Herkomst(file),
    )


def check_actielijn_files(begroting: Begroting, actielijnen: dict[str, Actielijnverhaal], known: set[str],
                          report: Reporter) -> list[Problem]:
    """One story file per actielijn of the budget, and none for anything else."""
    ids = {o.id for o in begroting.actielijnen}
    problems = []
    for verhaal_id, actielijn in actielijnen.items():
        if verhaal_id not in ids:
            problems.append(report(actielijn.herkomst, "", f"er is geen actielijn met id '{verhaal_id}'",
                                   "noem het bestand naar een actielijn-id uit data/begroting.yaml: "
                                   + ", ".join(sorted(ids)), refers_to=f"onderdeel:{verhaal_id}"))
    for onderdeel in begroting.actielijnen:
        if f"actielijnen/{onderdeel.id}" not in known:
            problems.append(report(onderdeel.herkomst, "id", f"het verhaal van {onderdeel.label} ontbreekt",
                                   f"maak data/actielijnen/{onderdeel.id}.yaml aan (zie de andere actielijnen)",
                                   refers_to=f"onderdeel:{onderdeel.id}"))
    return problems


def actielijn_beweringen(actielijnen: dict[str, Actielijnverhaal]) -> Iterable[Bewering]:
    for actielijn in actielijnen.values():
        yield actielijn.doel
        yield from actielijn.resultaten


def actielijn_citations(actielijnen: dict[str, Actielijnverhaal]) -> Iterable[Bronverwijzing]:
    for actielijn in actielijnen.values():
        yield actielijn.aanleiding_bron
        yield from (actie.bron for actie in actielijn.acties)
