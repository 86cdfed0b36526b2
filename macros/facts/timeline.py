"""The timeline (data/tijdlijn.yaml): dated events of the package and its context."""

from __future__ import annotations

from dataclasses import dataclass

from ..reading.strict_yaml import YamlDocument
from .provenance import Bronverwijzing, Herkomst, verwijzing


@dataclass(frozen=True)
class Gebeurtenis:
    datum: str
    titel: str
    omschrijving: str | None
    soort: str
    bron: Bronverwijzing
    herkomst: Herkomst


def load_tijdlijn(doc: YamlDocument) -> tuple[Gebeurtenis, ...]:
    """The events in the timeline's order (`volgorde`), whatever their order in the file: the
    page and the open data show them so."""
    file = doc.file
    return tuple(sorted((
        Gebeurtenis(raw["datum"], raw["titel"], raw.get("omschrijving"), raw.get("soort", "pakket"),
                    verwijzing(raw["bron"], file, ("gebeurtenissen", i, "bron")),
                    Herkomst(file, ("gebeurtenissen", i)))
        for i, raw in enumerate(doc.data["gebeurtenissen"])
    ), key=volgorde))


def volgorde(gebeurtenis: Gebeurtenis) -> tuple[str, str]:
    """By date, then title; '~' sorts after digits, so a month without a day ('2021-03') comes
    after that month's days."""
    return gebeurtenis.datum.ljust(10, "~"), gebeurtenis.titel
