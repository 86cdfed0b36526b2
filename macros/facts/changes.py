"""The content changelog (data/wijzigingen.yaml): what changed on the site, newest first.

The feeds and the Wijzigingen page show it; the ledger (`ledger`) uses it to explain
every change of a published amount.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..reading.problems import Problem
from ..reading.strict_yaml import YamlDocument
from .provenance import Herkomst, Reporter, duplicate_ids

CHANGELOG_FILE = "data/wijzigingen.yaml"


@dataclass(frozen=True)
class Cijferwijziging:
    feit: str
    oud: int | None
    nieuw: int | None
    herkomst: Herkomst


@dataclass(frozen=True)
class Wijziging:
    id: str
    datum: str
    titel: str
    samenvatting: str
    paginas: tuple[str, ...]
    cijfers: tuple[Cijferwijziging, ...]
    herkomst: Herkomst


def load_wijzigingen(doc: YamlDocument) -> tuple[Wijziging, ...]:
    file = doc.file
    return tuple(
        Wijziging(
            raw["id"], raw["datum"], raw["titel"], raw["samenvatting"], tuple(raw["paginas"]),
            tuple(Cijferwijziging(c["feit"], c.get("oud"), c.get("nieuw"),
                                  Herkomst(file, ("wijzigingen", i, "cijfers", j)))
                  for j, c in enumerate(raw.get("cijfers", []))),
            Herkomst(file, ("wijzigingen", i)),
        )
        for i, raw in enumerate(doc.data["wijzigingen"])
    )


def check_changelog(log: tuple[Wijziging, ...], content_dir: Path, initiatief_ids: set[str],
                    report: Reporter, omgeleid: set[str] | frozenset[str] = frozenset()) -> list[Problem]:
    """Unique ids, newest first, and every named page exists (an old entry may name a page
    that has since moved: its old address then has a redirect)."""
    problems = duplicate_ids(((e.id, e.herkomst) for e in log), report,
                             "geef elke wijziging een eigen id; het id is vast en staat in de feeds")
    previous: str | None = None
    for entry in log:
        if previous is not None and entry.datum > previous:
            problems.append(report(entry.herkomst, "datum", "de wijzigingen staan niet op datum, nieuwste bovenaan",
                                   "zet deze wijziging hoger in de lijst"))
        previous = entry.datum
        for index, page in enumerate(entry.paginas):
            if not _page_exists(page, content_dir, initiatief_ids) and page not in omgeleid:
                problems.append(report(Herkomst(entry.herkomst.file, entry.herkomst.path + ("paginas", index)), "",
                                       f"de pagina '{page}' bestaat niet",
                                       "noem een bestand uit content/, of initiatieven/<id>.md voor een initiatief"))
    return problems


def _page_exists(page: str, content_dir: Path, initiatief_ids: set[str]) -> bool:
    # Initiative pages are generated from data, so they have no file in content/.
    generated = page.startswith("initiatieven/") and page.removeprefix("initiatieven/").removesuffix(".md") \
        in initiatief_ids
    return generated or (content_dir / page).is_file()


def entry_for_page(log: tuple[Wijziging, ...], page: str) -> Wijziging | None:
    """The newest change that touched a page; else the first publication."""
    for entry in log:
        if page in entry.paginas:
            return entry
    return log[-1] if log else None
