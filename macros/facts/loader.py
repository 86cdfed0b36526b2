"""Load everything in data/: read strictly, validate against the schemas, build the
models of each concept, run each concept's checks.

This is the one entry point for the site, the `check` command and the tests. It
collects every problem in every file before it fails.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..formatting.dates import build_day
from ..project import DATA_DIR
from ..reading.markdown import markdown_problems
from ..reading.placeholders import load_placeholders, placeholder_problems
from ..reading.problems import DeferredChecks, Problem, Problems
from ..reading.strict_yaml import YamlDocument
from ..reading.tracked import track, unread
from . import (
    actielijnen,
    besteding,
    budget,
    changes,
    contradictions,
    gemeenten,
    initiatives,
    kerncijfers,
    omleidingen,
    outcomes,
    quotes,
    renames,
    route,
    source_versions,
    sources,
    timeline,
    vastlegging,
    zoekwoorden,
)
from .claims import check_figures
from .data_files import SOORTEN, Soort, read_documents
from .gegevens import CITING_PARTS, Gegevens, all_beweringen, citations
from .provenance import Bronverwijzing, Reporter, check_citations

__all__ = ["DATA_DIR", "SOORTEN", "Soort", "build", "load_gegevens", "unread_problems"]


def load_gegevens(data_dir: Path = DATA_DIR) -> Gegevens:
    """All data, each file and each concept validated; raises DataError naming every problem.

    What needs the whole site (that pages exist, that published amounts change only with
    the changelog) is checked on top of this by `register.load_site`, the entry point of
    the commands and the build.
    """
    return read_gegevens(data_dir)[0]


def read_gegevens(data_dir: Path = DATA_DIR, deferred: DeferredChecks | None = None) -> tuple[Gegevens, Reporter]:
    """The validated data, and the reporter that places a later problem at its file, line and column.

    With `deferred`, the checks that only refuse (quotes, free text, unread fields) are added
    to it instead of run, unless something else is wrong: then every problem is told at once."""
    problems = Problems()
    readable: dict[str, YamlDocument] = {}
    documents, seen = read_documents(data_dir, problems, readable)
    # Each problem is reported once, at its cause. A file that exists but failed
    # validation still counts as a reference target, so that nothing in it is reported
    # missing elsewhere; and the checks that need such a file are skipped.
    known = {key(name) for name in seen}
    valid = {key(name) for name in documents}
    tracked = {name: replace(doc, data=track(doc.data)) for name, doc in documents.items()}
    parts = build(tracked)
    report = Reporter(documents)
    problems.extend(run_checks(parts, known, valid, report))
    texts, unreadable, found = quotes.load_bronteksten(data_dir, known)
    problems.extend(found)
    refusing = (functools.partial(unread_problems, tracked, report),
                functools.partial(free_text_problems, readable, data_dir),
                functools.partial(quote_problems, parts, known, texts, unreadable, report))
    later = DeferredChecks() if deferred is None else deferred
    later.add(*refusing)
    if deferred is None or problems:
        problems.extend(later.run())
    problems.raise_if_any()
    assert parts["begroting"] is not None and parts["route"] is not None and parts["opbrengsten"] is not None
    return Gegevens(**parts, files=tuple(sorted(documents)), bronteksten=frozenset(texts)), report


def key(name: str) -> str:
    """How checks name a data file: 'data/bronnen/x.yaml' -> 'bronnen/x'."""
    return name.removeprefix("data/").removesuffix(".yaml")


def build(documents: dict[str, YamlDocument]) -> dict[str, Any]:
    """Each concept's models from its documents; a missing single file gives None."""

    def each(folder: str) -> dict[str, YamlDocument]:
        return {Path(name).stem: doc for name, doc in documents.items() if name.startswith(f"data/{folder}/")}

    def single(name: str, load: Callable[[YamlDocument], Any], empty: Any = None) -> Any:
        doc = documents.get(f"data/{name}")
        return load(doc) if doc else empty

    parts = {
        "bronnen": {i: sources.load_bron(i, d) for i, d in each("bronnen").items()},
        "begroting": single("begroting.yaml", budget.load_begroting),
        "actielijnen": {i: actielijnen.load_actielijnverhaal(i, d) for i, d in each("actielijnen").items()},
        "initiatieven": {i: initiatives.load_initiatief(i, d) for i, d in each("initiatieven").items()},
        "kerncijfers": single("kerncijfers.yaml", kerncijfers.load_kerncijfers, ()),
        "tijdlijn": single("tijdlijn.yaml", timeline.load_tijdlijn, ()),
        "bronversies": {i: source_versions.load_bronversie(i, d) for i, d in each("bronversies").items()},
        "tegenstrijdigheden": single("tegenstrijdigheden.yaml", contradictions.load_tegenstrijdigheden, ()),
        "route": single("route.yaml", route.load_route),
        "opbrengsten": single("opbrengsten.yaml", outcomes.load_opbrengsten),
        "wijzigingen": single("wijzigingen.yaml", changes.load_wijzigingen, ()),
        "omleidingen": single("omleidingen.yaml", omleidingen.load_omleidingen, ()),
        "zoekwoorden": single("zoekwoorden.yaml", zoekwoorden.load_zoekwoorden, ()),
        "gemeenten": {i: gemeenten.load_gemeente(i, d) for i, d in each("gemeenten").items()},
        "besteding": single("besteding.yaml", besteding.load_besteding),
    }
    parts["vastlegging"] = single("vastgelegde-bedragen.yaml", vastlegging.load_vastlegging)
    return parts


def unread_problems(documents: dict[str, YamlDocument], report: Reporter) -> list[Problem]:
    """A field the schema allows but no loader read would silently not appear: refuse it."""
    problems = []
    for name, doc in documents.items():
        soort = next(s for s in SOORTEN if Path(name.removeprefix("data/")).match(s.pattern))
        for path in unread(doc.data):
            if str(path[-1]) in soort.not_shown:
                continue
            line, column = doc.place(path, key=True)
            problems.append(Problem(
                name, line, column, ".".join(str(p) for p in path),
                "de site gebruikt dit veld niet: wat hier staat, zou nergens verschijnen",
                "haal het veld weg, of laat de site het eerst tonen (zie ARCHITECTURE.md, 'Een veld toevoegen')",
            ))
    return problems


def free_text_problems(documents: dict[str, YamlDocument], data_dir: Path) -> list[Problem]:
    """Free text is plain text (no Markdown) and never a template's example text."""
    placeholders, problems = load_placeholders(data_dir)
    for name, doc in documents.items():
        soort = next(s for s in SOORTEN if Path(name.removeprefix("data/")).match(s.pattern))
        problems += markdown_problems(doc, soort.schema) + placeholder_problems(doc, soort.schema, placeholders)
    return problems


def citing(parts: dict[str, Any]) -> dict[str, Any]:
    return {name: parts[name] for name in CITING_PARTS}


def all_citations(parts: dict[str, Any]) -> Iterable[Bronverwijzing]:
    return citations(**citing(parts))


def run_checks(parts: dict[str, Any], known: set[str], valid: set[str], report: Reporter) -> list[Problem]:
    """Each concept's own checks, then the references between concepts. A part is None (or
    empty) when its file is missing or failed; what needs it is not checked. (Whether pages
    exist and whether amounts changed only with the changelog is checked on the whole site:
    `register/checks.py`.)"""
    begroting = parts["begroting"]
    problems = (omleidingen.check_omleidingen(parts["omleidingen"], report)
                + changes.check_changelog(parts["wijzigingen"], report, build_day())
                + sources.check_bronnen(parts["bronnen"], build_day(), report))
    problems += kerncijfers.check_kerncijfers(begroting, parts["kerncijfers"], report)
    if "kerncijfers" in valid:
        problems += kerncijfers.check_kerncijfer_references(parts["kerncijfers"], parts["actielijnen"], report)
    problems += initiatives.check_initiatieven(begroting, parts["initiatieven"], report)
    problems += source_versions.check_bronversies(begroting, parts["route"], parts["bronversies"], known, report)
    contradicting = parts["tegenstrijdigheden"]
    problems += contradictions.check_tegenstrijdigheden(contradicting, stems(known, "initiatieven"), report)
    problems += route.check_route(begroting, parts["route"], report)
    problems += outcomes.check_opbrengsten(begroting, parts["opbrengsten"], report)
    problems += check_figures(all_beweringen(parts["actielijnen"], parts["initiatieven"], parts["opbrengsten"]),
                              report)
    # A source version cites its own source, whose existence check_bronversies reports once per file.
    problems += check_citations(citations(**{**citing(parts), "bronversies": {}}), known, report)
    problems += money_after_plan_problems(parts, known, report)
    if begroting is None:
        return problems
    problems += budget.check_budget(begroting, report)
    problems += zoekwoorden.check_zoekwoorden(parts["zoekwoorden"], begroting, report)
    problems += actielijnen.check_actielijn_files(begroting, parts["actielijnen"], known, report)
    # An id of the budget or route changed by mistake: one message at that id, not one per reference.
    record = parts["vastlegging"]
    if record is not None and {"route", "wijzigingen", "vastgelegde-bedragen"} <= valid:
        problems = renames.rename_problems(renames.renamed(begroting, parts["route"], parts["wijzigingen"], record),
                                           problems, report)
    return problems


def stems(known: set[str], folder: str) -> set[str]:
    """The ids of the files in one folder of data/ that exist, passed or not."""
    return {name.removeprefix(f"{folder}/") for name in known if name.startswith(f"{folder}/")}


def money_after_plan_problems(parts: dict[str, Any], known: set[str], report: Reporter) -> list[Problem]:
    """The municipalities and what is known of spending: names, lines, measures, sources, dates."""
    route, today = parts["route"], build_day()
    problems = []
    if route is not None:
        problems += gemeenten.check_gemeenten(parts["gemeenten"], parts["initiatieven"], route, today, report)
        landelijk = parts["besteding"].feiten if parts["besteding"] else ()
        problems += besteding.check_feiten(gemeenten.alle_feiten(parts["gemeenten"], landelijk), parts["begroting"],
                                           route, today, report)
    if parts["besteding"] is not None:
        problems += besteding.check_uitleg(parts["besteding"].per_gemeente, known, report)
    return problems


def quote_problems(parts: dict[str, Any], known: set[str], texts: dict[str, tuple[str, ...]], unreadable: set[str],
                   report: Reporter) -> list[Problem]:
    """Every quote against the stored text of its source; not the quotes of a source that does
    not exist or whose text cannot be read (that is reported once, at its cause)."""
    unchecked = unreadable | {c.document for c in all_citations(parts) if f"bronnen/{c.document}" not in known}
    return quotes.check_quotes(all_citations(parts), texts, report, unchecked)
