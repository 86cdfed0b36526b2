"""Load everything in data/: read strictly, validate against the schemas, build the
models of each concept, run each concept's checks.

This is the one entry point for the site, the `check` command and the tests. It
collects every problem in every file before it fails.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ..formatting.dates import build_day
from ..reading.markdown import markdown_problems
from ..reading.placeholders import load_placeholders, placeholder_problems
from ..reading.problems import Problem, Problems
from ..reading.schemas import schema_problems
from ..reading.strict_yaml import YamlDocument, load_yaml
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
    route,
    source_versions,
    sources,
    timeline,
    vastlegging,
)
from .claims import check_figures
from .gegevens import CITING_PARTS, Gegevens, all_beweringen, budget_citations, citations, story_citations
from .provenance import Bronverwijzing, Reporter, check_citations

PROJECT_DIR = Path(__file__).resolve().parents[2]
DATA_DIR = PROJECT_DIR / "data"


@dataclass(frozen=True)
class Soort:
    """A kind of data file: where its files live, which schema they follow, and which of
    its fields the site deliberately does not show (every other field must be read)."""

    pattern: str
    schema: str
    required: bool = True
    not_shown: frozenset[str] = frozenset()


SOORTEN = (
    Soort("begroting.yaml", "begroting.schema.json"),
    Soort("bronnen/*.yaml", "bron.schema.json"),
    Soort("actielijnen/*.yaml", "actielijn.schema.json"),
    Soort("initiatieven/*.yaml", "initiatief.schema.json"),
    Soort("kerncijfers.yaml", "kerncijfers.schema.json"),
    Soort("tijdlijn.yaml", "tijdlijn.schema.json"),
    Soort("bronversies/*.yaml", "bronversie.schema.json", required=False),
    Soort("tegenstrijdigheden.yaml", "tegenstrijdigheden.schema.json", required=False),
    Soort("route.yaml", "route.schema.json"),
    Soort("opbrengsten.yaml", "opbrengsten.schema.json"),
    Soort("wijzigingen.yaml", "wijzigingen.schema.json"),
    Soort("vastgelegde-bedragen.yaml", "vastgelegd.schema.json"),
    Soort("omleidingen.yaml", omleidingen.SCHEMA, required=False),
    Soort("gemeenten/*.yaml", "gemeente.schema.json", required=False),
    Soort("besteding.yaml", "besteding.schema.json", required=False),
)


def load_gegevens(data_dir: Path = DATA_DIR) -> Gegevens:
    """All data, each file and each concept validated; raises DataError naming every problem.

    What needs the whole site (that pages exist, that published amounts change only with
    the changelog) is checked on top of this by `register.load_site`, the entry point of
    the commands and the build.
    """
    return read_gegevens(data_dir)[0]


def read_gegevens(data_dir: Path = DATA_DIR) -> tuple[Gegevens, Reporter]:
    """The validated data, and the reporter that places a later problem at its file, line and column."""
    problems = Problems()
    readable: dict[str, YamlDocument] = {}
    documents, seen = read_documents(data_dir, problems, readable)
    # Files that exist but failed validation still count as reference targets, so
    # one broken file does not also flag every reference to it.
    known = {name.removeprefix("data/").removesuffix(".yaml") for name in seen}
    tracked = {name: replace(doc, data=track(doc.data)) for name, doc in documents.items()}
    parts = build(tracked)
    report = Reporter(documents)
    problems.extend(unread_problems(tracked, report))
    problems.extend(free_text_problems(readable, data_dir))
    problems.extend(run_checks(parts, known, report))
    texts, found = quotes.load_bronteksten(data_dir, known)
    problems.extend(found)
    problems.extend(quotes.check_quotes(all_citations(parts), texts, report))
    problems.raise_if_any()
    assert parts["begroting"] is not None and parts["route"] is not None and parts["opbrengsten"] is not None
    return Gegevens(**parts, files=tuple(sorted(documents)), bronteksten=frozenset(texts)), report


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


def all_citations(parts: dict[str, Any]) -> Iterable[Bronverwijzing]:
    return citations(**{name: parts[name] for name in CITING_PARTS})


def run_checks(parts: dict[str, Any], known: set[str], report: Reporter) -> list[Problem]:
    """Each concept's own checks, then the references between concepts."""
    begroting = parts["begroting"]
    problems = (omleidingen.check_omleidingen(parts["omleidingen"], report)
                + changes.check_changelog(parts["wijzigingen"], report, build_day())
                + sources.check_bronnen(parts["bronnen"], build_day(), report))
    if begroting is None:
        return problems
    problems += budget.check_budget(begroting, report)
    problems += check_citations(budget_citations(begroting), known, report)
    problems += actielijnen.check_actielijn_files(begroting, parts["actielijnen"], known, report)
    problems += kerncijfers.check_kerncijfers(begroting, parts["kerncijfers"], parts["actielijnen"], report)
    problems += initiatives.check_initiatieven(begroting, parts["initiatieven"], report)
    problems += source_versions.check_bronversies(begroting, parts["route"], parts["bronversies"], known, report)
    contradicting = parts["tegenstrijdigheden"]
    problems += contradictions.check_tegenstrijdigheden(contradicting, set(parts["initiatieven"]), report)
    problems += check_citations(contradictions.tegenstrijdigheid_citations(contradicting), known, report)
    problems += route.check_route(begroting, parts["route"], report)
    problems += outcomes.check_opbrengsten(begroting, parts["opbrengsten"], report)
    story = (parts["actielijnen"], parts["initiatieven"], parts["opbrengsten"])
    problems += check_figures(all_beweringen(*story), report)
    problems += money_after_plan_problems(parts, known, report)
    problems += check_citations(story_citations(parts["actielijnen"], parts["initiatieven"], parts["kerncijfers"],
                                                parts["tijdlijn"], parts["route"], parts["opbrengsten"]),
                                known, report)
    return problems


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
    citing = [*gemeenten.gemeente_citations(parts["gemeenten"]), *besteding.besteding_citations(parts["besteding"])]
    return problems + check_citations(citing, known, report)


def read_documents(data_dir: Path, problems: Problems,
                   readable: dict[str, YamlDocument] | None = None) -> tuple[dict[str, YamlDocument], set[str]]:
    """Parse and schema-check every data file.

    Returns the documents that passed, and the names of all data files seen; `readable`
    receives every document that parses, passed or not (for checks on its texts).
    """
    documents: dict[str, YamlDocument] = {}
    seen: set[str] = set()
    shown_root = data_dir.parent
    for soort in SOORTEN:
        paths = sorted(data_dir.glob(soort.pattern))
        if soort.required and not paths:
            problems.add(Problem(
                f"data/{soort.pattern}", 1, 1, "", "dit bestand ontbreekt",
                "zet het bestand terug (zie CONTRIBUTING.md)",
            ))
        for path in paths:
            shown_as = path.relative_to(shown_root).as_posix()
            seen.add(shown_as)
            document, found = load_yaml(path, shown_as, partial=True)
            problems.extend(found)
            if document is None:
                continue
            if readable is not None:
                readable[shown_as] = document
            if found:
                continue
            found = (file_name_problems(path, shown_as, soort) + schema_header_problems(document, soort)
                     + schema_problems(document, soort.schema))
            problems.extend(found)
            if not found:
                documents[shown_as] = document
    for path in sorted(data_dir.rglob("*")):
        shown_as = path.relative_to(shown_root).as_posix()
        skipped = {"schemas", "sjablonen", quotes.TEXT_FOLDER} & set(path.relative_to(data_dir).parts)
        # Links and special files are reported too (unread): nothing in data/ may go unnoticed.
        plain_folder = path.is_dir() and not path.is_symlink()
        if not plain_folder and shown_as not in seen and not skipped and path.name != "README.md":
            problems.add(Problem(
                shown_as, 1, 1, "", "de bouw kent dit bestand niet en zou het negeren",
                "geef het de extensie .yaml en zet het in de goede map (zie CONTRIBUTING.md)",
            ))
    return documents, seen


SLUG = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")


def file_name_problems(path: Path, shown_as: str, soort: Soort) -> list[Problem]:
    """In folders of records the file name is the id and the web address: a readable slug."""
    if "*" not in soort.pattern or SLUG.fullmatch(path.stem):
        return []
    return [Problem(
        shown_as, 1, 1, "", f"de bestandsnaam '{path.name}' is geen geldig id",
        "gebruik alleen kleine letters, cijfers en streepjes, bijvoorbeeld 'huisbezoeken-zeist.yaml'",
    )]


def schema_header_problems(document: YamlDocument, soort: Soort) -> list[Problem]:
    """Each data file names its schema on line 1, so editors' tools can check it while typing."""
    relative = Path("../" * (len(Path(soort.pattern).parts) - 1)) / "schemas" / soort.schema
    expected = f"# yaml-language-server: $schema={relative.as_posix()}"
    if document.first_line == expected:
        return []
    return [Problem(
        document.file, 1, 1, "", "de eerste regel noemt het schema van dit bestand niet",
        f"zet als eerste regel: {expected}",
    )]
