"""An id of the budget or the route that changed without the changelog saying so.

Ids are fixed: pages, downloads, the changelog and other data files name amounts by them.
When an editor changes one by mistake ('jeugd' becomes 'jeugt'), every file that names
the old id fails, and the ledger sees one amount disappear and another appear. The
ledger knows the old id, so the cause can be told once, at the id that changed, and
the consequences (each reference to the old id, the two ledger messages) left out.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from ..reading.problems import Problem
from .amounts import published_amounts
from .budget import Begroting
from .changes import Wijziging
from .provenance import Herkomst, Reporter
from .route import Route
from .vastlegging import Vastlegging, newer_entries


@dataclass(frozen=True)
class Hernoeming:
    oud: str  # the fact as recorded, e.g. 'regel:jongerenwerk'
    nieuw: str
    naam: str  # the amount in words, for the message
    herkomst: Herkomst  # the item whose id changed


def renamed(begroting: Begroting, route: Route | None, log: tuple[Wijziging, ...],
            ledger: Vastlegging) -> list[Hernoeming]:
    """Recorded amounts that are gone while a new one of the same kind, with the same amount
    and a similar id, appeared, none of them in the changelog."""
    expected = dict(ledger.bedragen)
    for entry in newer_entries(log, ledger):
        expected.update({change.feit: change.nieuw for change in entry.cijfers})
    current = published_amounts(begroting, route)
    new = {feit: bedrag.waarde for feit, bedrag in current.items() if expected.get(feit) is None}
    found = []
    for old, value in sorted(expected.items()):
        if value is None or old in current:
            continue
        kind = old.partition(":")[0]
        candidates = [feit for feit, amount in new.items() if amount == value and feit.startswith(f"{kind}:")]
        close = difflib.get_close_matches(old, candidates, n=1)
        if close:
            bedrag = current[close[0]]
            found.append(Hernoeming(old, close[0], bedrag.naam.removeprefix("het totaal van "),
                                    Herkomst(bedrag.herkomst.file, bedrag.herkomst.path[:-1])))
            del new[close[0]]
    return found


def rename_problems(renames: list[Hernoeming], problems: list[Problem], report: Reporter) -> list[Problem]:
    """The problems with one message per changed id instead of its consequences."""
    involved = {r.oud for r in renames} | {r.nieuw for r in renames}
    kept = [problem for problem in problems if problem.refers_to not in involved]
    for rename in renames:
        old, new = rename.oud.partition(":")[2], rename.nieuw.partition(":")[2]
        kept.append(report(
            rename.herkomst, "id", f"het id van {rename.naam} is veranderd van '{old}' in '{new}'",
            f"zet het terug op '{old}': een id blijft altijd hetzelfde, want andere gegevens, webadressen en "
            "downloads gebruiken het. Moet het toch anders, verander het dan overal tegelijk en leg dat vast in "
            "data/wijzigingen.yaml (zie CONTRIBUTING.md)",
        ))
    return kept
