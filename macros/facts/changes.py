"""The content changelog (data/wijzigingen.yaml): what changed on the site, newest first.

The feeds and the Wijzigingen page show it; the ledger (`ledger`) uses it to explain
every change of a published amount.
"""

from __future__ import annotations

import datetime
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from ..formatting.dates import build_day
from ..reading.problems import Problem
from ..reading.strict_yaml import YamlDocument
from .provenance import Herkomst, Reporter, duplicate_ids, euros, future_dates

CHANGELOG_FILE = "data/wijzigingen.yaml"
CHANGELOG_PAGE = "wijzigingen.md"


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
    reden: str  # why it changed, for subscribers
    paginas: tuple[str, ...]
    cijfers: tuple[Cijferwijziging, ...]
    herkomst: Herkomst


def load_wijzigingen(doc: YamlDocument) -> tuple[Wijziging, ...]:
    file = doc.file
    return tuple(
        Wijziging(
            raw["id"], raw["datum"], raw["titel"], raw["samenvatting"], raw["reden"],
            tuple(raw["paginas"]),
            tuple(Cijferwijziging(c["feit"], c.get("oud"), c.get("nieuw"),
                                  Herkomst(file, ("wijzigingen", i, "cijfers", j)))
                  for j, c in enumerate(raw.get("cijfers", []))),
            Herkomst(file, ("wijzigingen", i)),
        )
        for i, raw in enumerate(doc.data["wijzigingen"])
    )


def check_changelog(log: tuple[Wijziging, ...], content_dir: Path, initiatief_ids: set[str],
                    report: Reporter, omgeleid: set[str] | frozenset[str] | None = frozenset(),
                    today: datetime.date | None = None) -> list[Problem]:
    """Unique ids, newest first, none in the future, every figure change a change, and
    every named page exists (an old entry may name a page that has since moved: its old
    address then has a redirect; `omgeleid` None: the redirects are not known, because
    data/omleidingen.yaml failed, so a page that is not there is not reported here)."""
    problems = duplicate_ids(((e.id, e.herkomst) for e in log), report,
                             "geef elke wijziging een eigen id; het id is vast en staat in de feeds")
    problems += future_dates(((e.datum, e.herkomst) for e in log), today or build_day(), report,
                             "een wijziging staat pas in het logboek als ze gepubliceerd is: zet de datum van "
                             "vandaag, of wacht met deze wijziging tot die dag")
    problems += [report(c.herkomst, "nieuw", f"het oude en het nieuwe bedrag zijn gelijk ({_amount(c.oud)}): "
                        "dit bedrag is niet veranderd",
                        "haal dit cijfer weg uit de wijziging, of vul het echte oude of nieuwe bedrag in")
                 for entry in log for c in entry.cijfers if c.oud == c.nieuw]
    previous: str | None = None
    for entry in log:
        if previous is not None and entry.datum > previous:
            problems.append(report(entry.herkomst, "datum", "de wijzigingen staan niet op datum, nieuwste bovenaan",
                                   "zet deze wijziging hoger in de lijst"))
        previous = entry.datum
        for index, page in enumerate(entry.paginas):
            if omgeleid is not None and page not in omgeleid and not _page_exists(page, content_dir, initiatief_ids):
                problems.append(report(Herkomst(entry.herkomst.file, entry.herkomst.path + ("paginas", index)), "",
                                       f"de pagina '{page}' bestaat niet",
                                       "noem een bestand uit content/, of initiatieven/<id>.md voor een initiatief"))
    return problems


def _amount(value: int | None) -> str:
    return "niets" if value is None else euros(value)


def _page_exists(page: str, content_dir: Path, initiatief_ids: set[str]) -> bool:
    # Initiative pages are generated from data, so they have no file in content/.
    generated = page.startswith("initiatieven/") and page.removeprefix("initiatieven/").removesuffix(".md") \
        in initiatief_ids
    return generated or (content_dir / page).is_file()


def touches(entry: Wijziging, page: str, feiten: Collection[str] = ()) -> bool:
    """Whether an entry changed a page: it names the page, or one of the figures the page shows.
    The Wijzigingen page itself changes with every entry."""
    return page == CHANGELOG_PAGE or page in entry.paginas or any(change.feit in feiten for change in entry.cijfers)


def entries_for(log: tuple[Wijziging, ...], page: str, feiten: Collection[str] = ()) -> list[Wijziging]:
    """The changes that touched a page, newest first; else the first publication."""
    return [entry for entry in log if touches(entry, page, feiten)] or list(log[-1:])


def entry_for_page(log: tuple[Wijziging, ...], page: str, feiten: Collection[str] = ()) -> Wijziging | None:
    """The newest change that touched a page or its figures; else the first publication."""
    found = entries_for(log, page, feiten)
    return found[0] if found else None
