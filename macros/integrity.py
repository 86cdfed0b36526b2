"""Checks across fields and files that a schema cannot express.

Totals against the sum of their parts, ids that must be unique, and references
that must resolve. Each problem names the file, line and the fix.
"""

from __future__ import annotations

from collections.abc import Iterable

from .models import Begroting, Bron, Bronverwijzing, Herkomst
from .money import euro
from .problems import Problem
from .strict_yaml import YamlDocument, dotted


class Reporter:
    """Turns a place in the data into a Problem with line and column."""

    def __init__(self, documents: dict[str, YamlDocument]) -> None:
        self.documents = documents

    def __call__(self, herkomst: Herkomst, field: str, message: str, hint: str, *, key: bool = False) -> Problem:
        path = herkomst.path + ((field,) if field else ())
        document = self.documents.get(herkomst.file)
        line, column = document.place(path, key=key) if document else (1, 1)
        return Problem(herkomst.file, line, column, dotted(path), message, hint)


def check(
    begroting: Begroting | None,
    bronnen: dict[str, Bron],
    known: set[str],
    documents: dict[str, YamlDocument],
) -> list[Problem]:
    report = Reporter(documents)
    problems: list[Problem] = []
    if begroting is not None:
        problems += check_totals(begroting, report)
        problems += check_ids(begroting, report)
        problems += check_actielijnen(begroting, report)
        problems += check_citations(citations_in(begroting), known, report)
    return problems


def check_totals(begroting: Begroting, report: Reporter) -> list[Problem]:
    problems = []
    for onderdeel in begroting.onderdelen:
        if onderdeel.totaal_volgens_bron != onderdeel.totaal:
            problems.append(total_mismatch(report, onderdeel.herkomst, onderdeel.label,
                                      onderdeel.totaal_volgens_bron, onderdeel.totaal, "de regels"))
    if begroting.totaal_volgens_bron != begroting.totaal:
        problems.append(total_mismatch(report, begroting.herkomst, "het pakket",
                                  begroting.totaal_volgens_bron, begroting.totaal, "de onderdelen"))
    if begroting.lokaal.bedrag > begroting.totaal:
        problems.append(report(
            begroting.lokaal.herkomst, "bedrag",
            f"het lokale deel ({euros(begroting.lokaal.bedrag)}) is groter dan het totaal ({euros(begroting.totaal)})",
            "controleer beide bedragen in de bron",
        ))
    return problems


def total_mismatch(report: Reporter, herkomst: Herkomst, wat: str, declared: int, computed: int, parts: str) -> Problem:
    return report(
        herkomst, "totaal",
        f"het opgegeven totaal van {wat} is {euros(declared)}, maar de som van {parts} is {euros(computed)} "
        f"(verschil {euros(computed - declared)})",
        f"pas het totaal aan of corrigeer het bedrag van een van {parts}, zodat ze weer overeenkomen met de bron",
    )


def euros(bedrag: int) -> str:
    """Readable and exact at once: '€ 40 miljoen (40000000)'."""
    return f"{euro(bedrag)} ({bedrag})".replace("\u00a0", " ")


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


def check_ids(begroting: Begroting, report: Reporter) -> list[Problem]:
    """Onderdelen and regels share one namespace: the macros look amounts up by id."""
    items = [(o.id, o.herkomst) for o in begroting.onderdelen] + [(r.id, r.herkomst) for r in begroting.regels]
    return duplicate_ids(items, report, "geef elk onderdeel en elke regel een eigen id")


def check_actielijnen(begroting: Begroting, report: Reporter) -> list[Problem]:
    problems = []
    seen_numbers: set[int] = set()
    for onderdeel in begroting.onderdelen:
        if onderdeel.is_actielijn:
            if onderdeel.nummer is None:
                problems.append(report(onderdeel.herkomst, "", "een actielijn heeft een nummer nodig",
                                       "voeg 'nummer:' toe met het nummer uit de Kamerbrief"))
            elif onderdeel.nummer in seen_numbers:
                problems.append(report(onderdeel.herkomst, "nummer",
                                       f"actielijn {onderdeel.nummer} komt twee keer voor",
                                       "geef elke actielijn een eigen nummer"))
            else:
                seen_numbers.add(onderdeel.nummer)
            if onderdeel.titel is None:
                problems.append(report(onderdeel.herkomst, "", "een actielijn heeft een titel nodig",
                                       "voeg 'titel:' toe met de titel uit de Kamerbrief"))
        elif onderdeel.nummer is not None:
            problems.append(report(onderdeel.herkomst, "nummer", "alleen een actielijn heeft een nummer",
                                   "verwijder 'nummer:' of maak er 'soort: actielijn' van"))
    return problems


def citations_in(begroting: Begroting) -> Iterable[Bronverwijzing]:
    yield begroting.bron
    yield begroting.lokaal.bron
    for onderdeel in begroting.onderdelen:
        yield onderdeel.bron
        for regel in onderdeel.regels:
            yield regel.bron


def check_citations(citations: Iterable[Bronverwijzing], known: set[str], report: Reporter) -> list[Problem]:
    problems = []
    for citation in citations:
        if f"bronnen/{citation.document}" not in known:
            problems.append(report(
                citation.herkomst, "document",
                f"er is geen bron met id '{citation.document}'",
                f"maak data/bronnen/{citation.document}.yaml aan, of kies een bestaande uit data/bronnen/",
            ))
    return problems
