"""Each source's own version of the figures (data/bronversies/): the raw material of the
discrepancy register (see `discrepancies`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..reading.problems import Problem
from ..reading.strict_yaml import YamlDocument
from .budget import Begroting
from .provenance import Bronverwijzing, Herkomst, Reporter, did_you_mean
from .route import Route


@dataclass(frozen=True)
class Deel:
    """A part of a source's figure, with the words it rests on: its own quote where the source
    names the part in another sentence than the whole (`eigen`), else the whole's quote, which
    may name the whole instead of the part. Every place that links or checks a part uses `bron`."""

    naam: str
    bedrag: int
    bron: Bronverwijzing
    eigen: bool


@dataclass(frozen=True)
class Broncijfer:
    """One figure as one source gives it, tied to the site's fact it describes."""

    feit: str  # totaal | onderdeel:<id> | regel:<id> | maatregel:<id>
    naam_in_bron: str
    bedrag: int | None
    verdeling: tuple[Deel, ...]
    omschrijving: str | None
    herkomst: Herkomst
    bron: Bronverwijzing  # this source's words for the figure (the file is the source)


@dataclass(frozen=True)
class Bronversie:
    bron_id: str
    omschrijving: str
    volledige_tabel: bool
    cijfers: tuple[Broncijfer, ...]
    herkomst: Herkomst


def load_bronversie(bron_id: str, doc: YamlDocument) -> Bronversie:
    raw, file = doc.data, doc.file
    vindplaats = raw.get("vindplaats")

    def words(item: dict, path: tuple) -> Bronverwijzing:
        # Where the words stand: as the item says, else as the file says for all its figures (a
        # part's own words are in another sentence than the whole's, so never the whole's place).
        return Bronverwijzing(bron_id, item.get("vindplaats") or vindplaats, Herkomst(file, path), item["citaat"])

    def figure(i: int, c: dict) -> Broncijfer:
        whole = words(c, ("cijfers", i))
        parts = tuple(Deel(d["naam"], d["bedrag"], words(d, ("cijfers", i, "verdeling", j)), True) if "citaat" in d
                      else Deel(d["naam"], d["bedrag"], whole, False)
                      for j, d in enumerate(c.get("verdeling", [])))
        return Broncijfer(c["feit"], c["naam_in_bron"], c.get("bedrag"), parts, c.get("omschrijving"),
                          Herkomst(file, ("cijfers", i)), whole)

    return Bronversie(
        bron_id=bron_id, omschrijving=raw["omschrijving"], volledige_tabel=raw.get("volledige_tabel", False),
        cijfers=tuple(figure(i, c) for i, c in enumerate(raw["cijfers"])), herkomst=Herkomst(file),
    )


def bronversie_citations(bronversies: dict[str, Bronversie]) -> Iterator[Bronverwijzing]:
    for versie in bronversies.values():
        for cijfer in versie.cijfers:
            yield cijfer.bron
            yield from (deel.bron for deel in cijfer.verdeling if deel.eigen)


def _fact_exists(feit: str, begroting: Begroting | None, route: Route | None) -> bool:
    """Whether the fact exists; a fact in a file that failed (None) counts as existing: that
    file's own problem is the cause, reported there."""
    kind, _, ident = feit.partition(":")
    if kind == "totaal" or begroting is None or (kind == "maatregel" and route is None):
        return True
    if kind == "onderdeel":
        return any(o.id == ident for o in begroting.onderdelen)
    if kind == "regel":
        return any(r.id == ident for r in begroting.regels)
    return route is not None and kind == "maatregel" and any(m.id == ident for m in route.maatregelen)


def _fact_keys(begroting: Begroting | None, route: Route | None) -> list[str]:
    """Every fact a source version can name, for a suggestion."""
    return ([f"onderdeel:{o.id}" for o in begroting.onderdelen] + [f"regel:{r.id}" for r in begroting.regels]
            if begroting else []) + ([f"maatregel:{m.id}" for m in route.maatregelen] if route else [])


def check_bronversies(begroting: Begroting | None, route: Route | None, bronversies: dict[str, Bronversie],
                      known: set[str], report: Reporter) -> list[Problem]:
    problems = []
    for bron_id, versie in bronversies.items():
        if f"bronnen/{bron_id}" not in known:
            problems.append(report(versie.herkomst, "", f"er is geen bron met id '{bron_id}'",
                                   "noem het bestand naar een bron in data/bronnen/"))
        for cijfer in versie.cijfers:
            if not _fact_exists(cijfer.feit, begroting, route):
                problems.append(report(cijfer.herkomst, "feit", f"'{cijfer.feit}' bestaat niet",
                                       did_you_mean(cijfer.feit, _fact_keys(begroting, route))
                                       + "verwijs naar een bestaand onderdeel, een regel of een maatregel "
                                       "uit data/route.yaml", refers_to=cijfer.feit))
            if cijfer.bedrag is None and not cijfer.omschrijving:
                problems.append(report(cijfer.herkomst, "", "dit cijfer heeft geen bedrag en geen omschrijving",
                                       "voeg 'bedrag:' toe, of 'omschrijving:' als de bron geen bedrag noemt"))
    return problems
