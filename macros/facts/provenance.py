"""Where a fact stands in the data, which source it cites, and how a problem with it
is reported: the types and helpers every concept module shares.
"""

from __future__ import annotations

import datetime
import difflib
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
    the fact: always the source's own words, checked against its stored text.
    `afgebroken` says at which end the quoted sentence is cut off in the source the site
    has ('begin', 'eind' or 'beide'; a page break or the end of a stored copy): the check
    compares it with the marks in the stored text, and every place that shows the quote
    says so."""

    document: str
    vindplaats: str | None
    herkomst: Herkomst
    citaat: str | None = None
    afgebroken: str | None = None


def verwijzing(raw: dict[str, Any], file: str, path: Path_) -> Bronverwijzing:
    return Bronverwijzing(raw["document"], raw.get("vindplaats"), Herkomst(file, path),
                          raw.get("citaat"), afgebroken=raw.get("afgebroken"))


class Reporter:
    """Turns a place in the data into a Problem with line and column."""

    def __init__(self, documents: dict[str, YamlDocument]) -> None:
        self.documents = documents

    def __call__(self, herkomst: Herkomst, field: str, message: str, hint: str, *, key: bool = False,
                 refers_to: str = "") -> Problem:
        path = herkomst.path + ((field,) if field else ())
        document = self.documents.get(herkomst.file)
        line, column = document.place(path, key=key) if document else (1, 1)
        return Problem(herkomst.file, line, column, dotted(path), message, hint, refers_to)


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


def first_per_place(*groups: list[Problem]) -> list[Problem]:
    """The problems of each group, except where an earlier group already has one at the same
    place: a value that is wrong in itself (it does not add up) is reported for that, not
    also for what follows from it (it differs from another file; it changed unrecorded)."""
    kept: list[Problem] = []
    for group in groups:
        taken = {(p.file, p.line, p.column) for p in kept}
        kept += [problem for problem in group if (problem.file, problem.line, problem.column) not in taken]
    return kept


def did_you_mean(value: str, options: Iterable[str], where: dict[str, str] | None = None) -> str:
    """"bedoelt u 'x'? " for the option closest to a misspelt id (with where it stands, when
    given: the misspelling may be there, not here), or nothing."""
    close = difflib.get_close_matches(value, sorted(options), n=1)
    if not close:
        return ""
    place = f" ({where[close[0]]})" if where and close[0] in where else ""
    return f"bedoelt u '{close[0]}'{place}? "


def check_citations(citations: Iterable[Bronverwijzing], known: set[str], report: Reporter) -> list[Problem]:
    """Every citation names a source file that exists. One problem per missing source, at its
    first citation: a source file that is gone or renamed would otherwise be one per citation."""
    missing: dict[str, list[Bronverwijzing]] = {}
    for citation in citations:
        if f"bronnen/{citation.document}" not in known:
            missing.setdefault(citation.document, []).append(citation)
    sources = [name.removeprefix("bronnen/") for name in known if name.startswith("bronnen/")]
    problems = []
    for document, cited in missing.items():
        others = f" (en {len(cited) - 1} andere citaten noemen dit id ook)" if len(cited) > 1 else ""
        problems.append(report(
            cited[0].herkomst, "document", f"er is geen bron met id '{document}'{others}",
            did_you_mean(document, sources)
            + f"kies een bestaande uit data/bronnen/, of maak data/bronnen/{document}.yaml aan",
        ))
    return problems


def line_of(report: Reporter, herkomst: Herkomst, field: str = "id") -> str:
    """'data/kerncijfers.yaml, regel 8': where a value stands, for a hint."""
    return f"{herkomst.file}, regel {report(herkomst, field, '', '').line}"


def future_dates(dates: Iterable[tuple[str | None, Herkomst]], today: datetime.date, report: Reporter,
                 hint: str) -> list[Problem]:
    """Dates after the day of the build: nothing published can have happened yet."""
    return [report(herkomst, "datum", f"de datum {datum_nl(datum)} ligt in de toekomst (de bouw is op "
                   f"{datum_nl(today.isoformat())})", hint)
            for datum, herkomst in dates if datum and first_day(datum) > today]
