"""The ledger that stops silent changes of published amounts.

`data/vastgelegde-bedragen.yaml` holds every published amount as it was when last
recorded, and up to which changelog entry. A current amount (from the figure register)
must equal that value with every newer changelog change applied in order; otherwise the
check fails and says which entry to add.
"""

from __future__ import annotations

import difflib

from ..facts.changes import CHANGELOG_FILE, Cijferwijziging, Wijziging
from ..facts.provenance import Herkomst, Reporter, did_you_mean, euros
from ..facts.vastlegging import LEDGER_FILE, Vastlegging, newer_entries
from ..reading.problems import Problem
from .figures import Cijferregister

__all__ = ["LEDGER_FILE", "check_ledger", "ledger_yaml", "newer_entries"]


def check_ledger(cijfers: Cijferregister, log: tuple[Wijziging, ...], ledger: Vastlegging,
                 report: Reporter) -> list[Problem]:
    """Replay the changelog: the recorded entries must lead to the recorded amounts, and the
    newer ones from there to the amounts in the data now."""
    problems = check_recorded(log, ledger, report)
    current = {key: (int(c.waarde), c.herkomst or Herkomst(CHANGELOG_FILE), c.naam)
               for key, c in cijfers.vastgelegd().items()}
    changes = newer_entries(log, ledger)
    unknown, meant = _unknown_facts(changes, set(current) | set(ledger.bedragen), report)
    problems += unknown
    for feit in sorted((set(current) | set(ledger.bedragen)) - meant):
        running, last = ledger.bedragen.get(feit), None
        for change in (c for entry in changes for c in entry.cijfers if c.feit == feit):
            problems += _check_old(change, running, report)
            running, last = change.nieuw, change
        value, herkomst, name = current.get(feit, (None, Herkomst(CHANGELOG_FILE), feit))
        if running == value:
            continue
        if last is not None:  # the entry names a change, but the data does not show it
            problems.append(report(last.herkomst, "nieuw",
                                   f"deze wijziging zegt dat {name} {_show(running)} wordt, maar in de gegevens "
                                   f"staat {_show(value)}: dat is niet de wijziging die de site publiceert",
                                   "neem als 'nieuw' het bedrag dat nu in de gegevens staat, of haal dit cijfer weg"))
            continue
        problems.append(_unrecorded(feit, name, running, value, herkomst, report))
    return problems


def _unknown_facts(changes: list[Wijziging], facts: set[str], report: Reporter) -> tuple[list[Problem], set[str]]:
    """A new entry's figure that names no amount (a misspelt 'feit'), and the amounts those
    probably mean: their own message would only repeat that the change is not recorded."""
    problems, meant = [], set()
    for change in (c for entry in changes for c in entry.cijfers if c.feit not in facts):
        close = difflib.get_close_matches(change.feit, sorted(facts), n=1)
        meant.update(close)
        problems.append(report(change.herkomst, "feit", f"'{change.feit}' is geen bedrag van de site",
                               did_you_mean(change.feit, facts) + "neem het 'feit' over uit de melding over het "
                               "gewijzigde bedrag, bijvoorbeeld regel:jongerenwerk of onderdeel:jeugd"))
    return problems, meant


def check_recorded(log: tuple[Wijziging, ...], ledger: Vastlegging, report: Reporter) -> list[Problem]:
    """The entries up to the recorded one: each change starts where the previous one of the
    same amount ended, and the last one ends at the recorded amount."""
    problems: list[Problem] = []
    recorded = [entry for entry in reversed(log) if entry not in newer_entries(log, ledger)]
    ends: dict[str, Cijferwijziging] = {}
    for change in (c for entry in recorded for c in entry.cijfers):
        before = ends.get(change.feit)
        if before is not None:
            problems += _check_old(change, before.nieuw, report)
        ends[change.feit] = change
    for feit, change in ends.items():
        if change.nieuw != ledger.bedragen.get(feit):
            problems.append(report(change.herkomst, "nieuw",
                                   f"deze wijziging zegt dat {feit} {_show(change.nieuw)} werd, maar vastgelegd is "
                                   f"{_show(ledger.bedragen.get(feit))}: dat is geen echte wijziging",
                                   f"zet 'nieuw' op het vastgelegde bedrag uit {LEDGER_FILE}"))
    return problems


def _check_old(change: Cijferwijziging, running: int | None, report: Reporter) -> list[Problem]:
    if change.oud == running:
        return []
    return [report(change.herkomst, "oud",
                   f"deze wijziging gaat uit van {_show(change.oud)} voor {change.feit}, maar het bedrag was toen "
                   f"{_show(running)}", "neem als 'oud' het bedrag van vóór deze wijziging")]


def _unrecorded(feit: str, name: str, running: int | None, value: int | None, herkomst: Herkomst,
                report: Reporter) -> Problem:
    hint_old = f", oud: {running}" if running is not None else ""
    hint_new = f", nieuw: {value}" if value is not None else ""
    return report(
        herkomst, "",
        f"{name} ({feit}) verandert van {_show(running)} in {_show(value)}, maar {CHANGELOG_FILE} "
        "vermeldt die wijziging niet; abonnees zouden er niets van merken",
        f"zet bovenaan in {CHANGELOG_FILE} een wijziging met onder 'cijfers:' "
        f"{{feit: {feit}{hint_old}{hint_new}}} (zie CONTRIBUTING.md, 'Een wijziging vastleggen')",
        refers_to=feit,
    )


def _show(value: int | None) -> str:
    return "niets" if value is None else euros(value)


def ledger_yaml(cijfers: Cijferregister, log: tuple[Wijziging, ...]) -> str:
    """The ledger file as `./site-build.sh vastleggen` writes it."""
    lines = [
        "# yaml-language-server: $schema=schemas/vastgelegd.schema.json",
        "#",
        "# NIET MET DE HAND AANPASSEN. Gemaakt met ./site-build.sh vastleggen: de gepubliceerde",
        "# bedragen tot en met de wijziging hieronder. De controle eist dat elk later gewijzigd",
        "# bedrag in data/wijzigingen.yaml staat.",
        "",
        f"tot_en_met: {log[0].id}" if log else "",
        "bedragen:",
    ]
    for feit, cijfer in sorted(cijfers.vastgelegd().items()):
        lines.append(f'  - {{feit: "{feit}", bedrag: {cijfer.waarde}}}')
    return "\n".join(line for line in lines if line is not None) + "\n"
