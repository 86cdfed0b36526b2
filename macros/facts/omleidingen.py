"""Redirects (data/omleidingen.yaml): an old page address that leads to a new page.

A published address never breaks: a page that is removed or renamed gets an entry in
`data/omleidingen.yaml`, and the build publishes a small Dutch page on the old address
that sends the reader on (`mkdocs_adapter/redirects_hook.py`); `cli/guard.py` allows a
refresh only there, and only to the declared target. The check here makes sure each
old address is free and each target is a page that exists.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..reading.problems import Problem
from ..reading.schemas import schema_problems
from ..reading.strict_yaml import YamlDocument, load_yaml
from .provenance import Herkomst, Reporter

FILE = "data/omleidingen.yaml"
SCHEMA = "omleidingen.schema.json"


@dataclass(frozen=True)
class Omleiding:
    van: str  # a page as a Markdown path in content/, e.g. initiatieven/oude-naam.md
    naar: str
    herkomst: Herkomst


def load_omleidingen(doc: YamlDocument) -> tuple[Omleiding, ...]:
    return tuple(Omleiding(raw["van"], raw["naar"], Herkomst(doc.file, ("omleidingen", i)))
                 for i, raw in enumerate(doc.data["omleidingen"]))


def read_omleidingen(data_dir: Path) -> tuple[Omleiding, ...]:
    """Only the redirects, for the guard after a build (`check` has passed the whole data)."""
    path = data_dir / "omleidingen.yaml"
    if not path.is_file():
        return ()
    document, problems = load_yaml(path, FILE)
    if document is None or problems or schema_problems(document, SCHEMA):
        raise ValueError(f"{FILE} is niet in orde; draai ./site-build.sh check")
    return load_omleidingen(document)


def page_sources(content_dir: Path, initiatief_ids: set[str] | list[str]) -> set[str]:
    """Every page of the site as its Markdown path: content/ files and generated initiative pages."""
    pages = {p.relative_to(content_dir).as_posix() for p in content_dir.rglob("*.md")} if content_dir.is_dir() \
        else set()
    return pages | {f"initiatieven/{i}.md" for i in initiatief_ids}


def check_omleidingen(items: tuple[Omleiding, ...], pages: set[str], report: Reporter) -> list[Problem]:
    """One redirect per old address, never over an existing page, always straight to a page."""
    problems = []
    seen: dict[str, Omleiding] = {}
    sources = {item.van for item in items}
    for item in items:
        if item.van in seen:
            line = report(seen[item.van].herkomst, "van", "", "").line
            problems.append(report(item.herkomst, "van", f"voor '{item.van}' staat al een omleiding (regel {line})",
                                   "houd één omleiding per oud adres"))
        seen.setdefault(item.van, item)
        if item.van in pages:
            problems.append(report(item.herkomst, "van", f"de pagina '{item.van}' bestaat (weer); een omleiding zou "
                                   "haar verbergen", "verwijder deze omleiding of kies een andere oude pagina"))
        if item.naar in sources:
            problems.append(report(item.herkomst, "naar", f"'{item.naar}' is zelf een omleiding",
                                   "laat de omleiding meteen naar de pagina gaan waar het eindigt"))
        elif item.naar not in pages:
            hint = ("kies een bestaande pagina uit content/, of initiatieven/<bestandsnaam>.md voor een initiatief "
                    "(bij een verwijderd initiatief bijvoorbeeld initiatieven/index.md)")
            problems.append(report(item.herkomst, "naar", f"de pagina '{item.naar}' bestaat niet", hint))
    return problems
