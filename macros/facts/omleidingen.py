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


def check_omleidingen(items: tuple[Omleiding, ...], report: Reporter) -> list[Problem]:
    """One redirect per old address, always straight to a page (not to another redirect).

    Whether the old address is free and the target exists is for the page register to say
    (`register/checks.py`): only it knows every page.
    """
    problems = []
    seen: dict[str, Omleiding] = {}
    sources = {item.van for item in items}
    for item in items:
        if item.van in seen:
            line = report(seen[item.van].herkomst, "van", "", "").line
            problems.append(report(item.herkomst, "van", f"voor '{item.van}' staat al een omleiding (regel {line})",
                                   "houd één omleiding per oud adres"))
        seen.setdefault(item.van, item)
        if item.naar in sources:
            problems.append(report(item.herkomst, "naar", f"'{item.naar}' is zelf een omleiding",
                                   "laat de omleiding meteen naar de pagina gaan waar het eindigt"))
    return problems
