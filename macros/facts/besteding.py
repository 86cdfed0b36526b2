"""What is known after the plan (data/besteding.yaml, and `besteding:` in data/gemeenten/):
the route of the money, when it was paid, whether it was spent, who accounts for it; and the
explanation that holds for every municipality.

A fact names a budget line or a gemeentefonds measure only where its source does; the
checks below make sure such a name exists. Amounts are whole euros, as everywhere.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from ..reading.problems import Problem
from ..reading.strict_yaml import Path_, YamlDocument
from .budget import Begroting
from .provenance import Bronverwijzing, Herkomst, Reporter, duplicate_ids, future_dates, verwijzing
from .route import Route

# The kinds of facts, in the order the spending page shows them, with their heading.
SOORTEN = {
    "route": "Langs welke weg het geld ging",
    "betaald": "Wanneer en aan wie het geld betaald werd",
    "besteed": "Of het geld is uitgegeven",
    "verantwoording": "Wie verantwoording aflegt",
}


@dataclass(frozen=True)
class Bestedingsfeit:
    id: str
    soort: str  # one of SOORTEN
    tekst: str
    regels: tuple[str, ...]  # budget lines the source names
    maatregelen: tuple[str, ...]  # gemeentefonds measures the source names
    gemeentefonds: bool  # holds for all the package's money in the gemeentefonds
    bedrag: int | None
    kwalificatie: str | None
    datum: str | None
    bron: Bronverwijzing
    herkomst: Herkomst
    gemeente: str | None = None  # the municipality whose file holds it

    @property
    def figure_id(self) -> str:
        return f"besteding:{self.id}"


@dataclass(frozen=True)
class Uitleg:
    """A sentence of explanation with its source, and the document a reader can look in."""

    tekst: str
    verwijst_naar: str | None
    bron: Bronverwijzing
    herkomst: Herkomst


@dataclass(frozen=True)
class Besteding:
    feiten: tuple[Bestedingsfeit, ...]
    per_gemeente: tuple[Uitleg, ...]
    herkomst: Herkomst


def load_feit(raw: dict[str, Any], file: str, path: Path_, gemeente: str | None = None) -> Bestedingsfeit:
    return Bestedingsfeit(
        id=raw["id"], soort=raw["soort"], tekst=raw["tekst"], regels=tuple(raw.get("regels", [])),
        maatregelen=tuple(raw.get("maatregelen", [])), gemeentefonds=bool(raw.get("gemeentefonds")),
        bedrag=raw.get("bedrag"), kwalificatie=raw.get("kwalificatie"), datum=raw.get("datum"),
        bron=verwijzing(raw["bron"], file, path + ("bron",)), herkomst=Herkomst(file, path), gemeente=gemeente,
    )


def load_besteding(doc: YamlDocument) -> Besteding:
    raw, file = doc.data, doc.file
    return Besteding(
        feiten=tuple(load_feit(item, file, ("feiten", i)) for i, item in enumerate(raw["feiten"])),
        per_gemeente=tuple(
            Uitleg(item["tekst"], item.get("verwijst_naar"),
                   verwijzing(item["bron"], file, ("per_gemeente", i, "bron")), Herkomst(file, ("per_gemeente", i)))
            for i, item in enumerate(raw["per_gemeente"])),
        herkomst=Herkomst(file),
    )


def check_feiten(feiten: Iterable[Bestedingsfeit], begroting: Begroting | None, route: Route, today: datetime.date,
                 report: Reporter) -> list[Problem]:
    """Ids unique over all files; every line and measure named exists; no date after today. (Without
    a valid budget its lines are not known: a reference to one is then not reported.)"""
    feiten = list(feiten)
    problems = duplicate_ids(((f.id, f.herkomst) for f in feiten), report,
                             "geef elk feit over de besteding een eigen id, ook over de bestanden heen")
    regels = {r.id for r in begroting.regels} if begroting is not None else None
    maatregelen = {m.id for m in route.maatregelen}
    for feit in feiten:
        if regels is not None:
            problems += _unknown(feit.herkomst, "regels", feit.regels, regels, report,
                                 "kies een regel-id uit data/begroting.yaml")
        problems += _unknown(feit.herkomst, "maatregelen", feit.maatregelen, maatregelen, report,
                             "kies een maatregel-id uit data/route.yaml")
    problems += future_dates(((f.datum, f.herkomst) for f in feiten), today, report,
                             "vul de datum in die de bron noemt; nooit een datum na vandaag")
    return problems


def check_uitleg(uitleg: Iterable[Uitleg], known: set[str], report: Reporter) -> list[Problem]:
    """A sentence that sends readers to a document names a source that exists and has an address."""
    return [report(item.herkomst, "verwijst_naar", f"er is geen bron met id '{item.verwijst_naar}'",
                   "kies een bron uit data/bronnen/, met een webadres")
            for item in uitleg if item.verwijst_naar and f"bronnen/{item.verwijst_naar}" not in known]


def _unknown(herkomst: Herkomst, field: str, named: tuple[str, ...], existing: set[str], report: Reporter,
             hint: str) -> list[Problem]:
    kind = "regel" if field == "regels" else "maatregel"
    return [report(Herkomst(herkomst.file, herkomst.path + (field, index)), "",
                   f"er is geen {'begrotingsregel' if kind == 'regel' else 'maatregel'} met id '{item}'", hint,
                   refers_to=f"{kind}:{item}")
            for index, item in enumerate(named) if item not in existing]


def besteding_citations(besteding: Besteding | None) -> Iterator[Bronverwijzing]:
    if besteding is None:
        return
    yield from (feit.bron for feit in besteding.feiten)
    yield from (item.bron for item in besteding.per_gemeente)


def feiten_voor_regel(regel_id: str, feiten: Iterable[Bestedingsfeit], route: Route) -> list[Bestedingsfeit]:
    """The facts about one budget line: named with it, about a gemeentefonds measure that carries
    its name (data/route.yaml), or about all the gemeentefonds money when the line has such a measure."""
    eigen = {m.id for m in route.maatregelen if regel_id in m.regels}
    return [f for f in feiten
            if regel_id in f.regels or eigen & set(f.maatregelen) or (f.gemeentefonds and eigen)]
