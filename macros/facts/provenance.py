"""Where a fact stands in the data, which source it cites, and how a problem with it
is reported: the types and helpers every concept module shares.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..formatting.dates import datum_nl, first_day
from ..formatting.money import euro
from ..reading.problems import Problem
from ..reading.strict_yaml import Path_, YamlDocument, dotted


@dataclass(frozen=True)
class Herkomst:
    """Where a fact stands in the data: file and path, for error messages and edit links."""

    file: str
    path: Path_ = ()


@dataclass(frozen=True)
class Bronverwijzing:
    """A citation: which source document, where in it, and the words there that carry
    the fact. `citaat_soort` 'bron' means the source's own words, checked against its
    stored text; 'notitie' is an editors' note on a source whose text the site lacks.
    `afgebroken` says at which end the quoted sentence is cut off in the source the site
    has ('begin', 'eind' or 'beide'; a page break or the end of a stored copy): the check
    compares it with the marks in the stored text, and every place that shows the quote
    says so."""

    document: str
    vindplaats: str | None
    herkomst: Herkomst
    citaat: str | None = None
    citaat_soort: str = "bron"
    afgebroken: str | None = None


def verwijzing(raw: dict[str, Any], file: str, path: Path_) -> Bronverwijzing:
    return Bronverwijzing(raw["document"], raw.get("vindplaats"), Herkomst(file, path),
                          raw.get("citaat"), raw.get("citaat_soort") or "bron", raw.get("afgebroken"))


class Reporter:
    """Turns a place in the data into a Problem with line and column."""

    def __init__(self, documents: dict[str, YamlDocument]) -> None:
        self.documents = documents

    def __call__(self, herkomst: Herkomst, field: str, message: str, hint: str, *, key: bool = False) -> Problem:
        path = herkomst.path + ((field,) if field else ())
        document = self.documents.get(herkomst.file)
        line, column = document.place(path, key=key) if document else (1, 1)
        return Problem(herkomst.file, line, column, dotted(path), message, hint)


def euros(bedrag: int) -> str:
    """Readable and exact at once: '€ 40 miljoen (40000000)'."""
    return f"{euro(bedrag)} ({bedrag})".replace("\u00a0", " ")


def total_mismatch(report: Reporter, herkomst: Herkomst, wat: str, declared: int, computed: int, parts: str) -> Problem:
    return report(
        herkomst, "totaal",
        f"het opgegeven totaal van {wat} is {euros(declared)}, maar de som van {parts} is {euros(computed)} "
        f"(verschil {euros(computed - declared)})",
        f"pas het totaal aan of corrigeer het bedrag van een van {parts}, zodat ze weer overeenkomen met de bron",
    )


def duplicate_ids(items: Iterable[tuple[str, Herkomst]], report: Reporter, hint: str) -> list[Problem]:
    """The second and later uses of an id, each naming the line of the first."""
    problems = []
    first: dict[str, Herkomst] = {}
    for item_id, herkomst in items:
        if item_id in first:
            other = first[item_id]
            document = report.documents.get(other.file)
            line = document.place(other.path + ("id",))[0] if document else "?"
            problems.append(report(herkomst, "id", f"het id '{item_id}' komt al voor (regel {line})", hint))
        else:
            first[item_id] = herkomst
    return problems


def check_citations(citations: Iterable[Bronverwijzing], known: set[str], report: Reporter) -> list[Problem]:
    """Every citation names a source file that exists."""
    problems = []
    for citation in citations:
        if f"bronnen/{citation.document}" not in known:
            problems.append(report(
                citation.herkomst, "document",
                f"er is geen bron met id '{citation.document}'",
                f"maak data/bronnen/{citation.document}.yaml aan, of kies een bestaande uit data/bronnen/",
            ))
    return problems


def future_dates(dates: Iterable[tuple[str | None, Herkomst]], today: datetime.date, report: Reporter,
                 hint: str) -> list[Problem]:
    """Dates after the day of the build: nothing published can have happened yet."""
    return [report(herkomst, "datum", f"de datum {datum_nl(datum)} ligt in de toekomst (de bouw is op "
                   f"{datum_nl(today.isoformat())})", hint)
            for datum, herkomst in dates if datum and first_day(datum) > today]
