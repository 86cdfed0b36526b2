"""The ledger that stops silent changes of published amounts.

`data/vastgelegde-bedragen.yaml` holds every published amount as it was when last
recorded, and up to which changelog entry. A current amount must equal that value
with every newer changelog change applied in order; otherwise the check fails and
says which entry to add.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from ..reading.problems import Problem
from ..reading.strict_yaml import YamlDocument
from .budget import Begroting
from .changes import CHANGELOG_FILE, Cijferwijziging, Wijziging
from .provenance import Herkomst, Reporter, did_you_mean, euros
from .route import Route

LEDGER_FILE = "data/vastgelegde-bedragen.yaml"


@dataclass(frozen=True)
class Vastlegging:
    tot_en_met: str | None  # the newest changelog entry already included
    bedragen: dict[str, int]
    herkomst: Herkomst


def load_vastlegging(doc: YamlDocument) -> Vastlegging:
    return Vastlegging(doc.data.get("tot_en_met"), {b["feit"]: b["bedrag"] for b in doc.data["bedragen"]},
                       Herkomst(doc.file))


def published_amounts(begroting: Begroting, route: Route | None) -> dict[str, tuple[int, Herkomst, str]]:
    """Every amount the site publishes from data/: value, where it is typed, and a name."""
    amounts: dict[str, tuple[int, Herkomst, str]] = {
        "totaal": (begroting.totaal_volgens_bron, Herkomst(begroting.herkomst.file, ("totaal",)), "het totaal"),
        "lokaal": (begroting.lokaal.bedrag, Herkomst(begroting.herkomst.file, ("lokaal", "bedrag")),
                   "het lokale deel"),
    }
    for onderdeel in begroting.onderdelen:
        amounts[f"onderdeel:{onderdeel.id}"] = (
            onderdeel.totaal_volgens_bron, Herkomst(onderdeel.herkomst.file, onderdeel.herkomst.path + ("totaal",)),
            f"het totaal van {onderdeel.label}")
        for regel in onderdeel.regels:
            where = Herkomst(regel.herkomst.file, regel.herkomst.path + ("bedrag",))
            amounts[f"regel:{regel.id}"] = (regel.bedrag, where, f"de regel ‘{regel.naam}’")
    if route is not None:
        file = route.herkomst.file
        for maatregel in route.maatregelen:
            amounts[f"maatregel:{maatregel.id}"] = (
                maatregel.bedrag, Herkomst(file, maatregel.herkomst.path + ("bedrag",)),
                f"de maatregel ‘{maatregel.naam}’")
        amounts["route:gemeentefonds"] = (route.gemeentefonds_volgens_bron, Herkomst(file, ("gemeentefonds", "totaal")),
                                          "het totaal van het gemeentefonds")
        amounts["route:departementen"] = (route.departementen, Herkomst(file, ("departementen", "totaal")),
                                          "het deel via departementen")
        amounts["route:departementen-gemeenten"] = (
            route.departementen_waarvan_gemeenten, Herkomst(file, ("departementen", "waarvan_gemeenten")),
            "het deel via departementen voor gemeenten")
        amounts["route:via-gemeenten"] = (route.via_gemeenten, Herkomst(file, ("via_gemeenten",)),
                                          "het totaal via gemeenten")
    return amounts


FORMER_AMOUNT = "een bedrag dat niet meer op de site staat"


def amount_names(begroting: Begroting, route: Route | None) -> dict[str, str]:
    """Every published amount's name in words, by its key ('regel:jongerenwerk' -> "de regel ‘Jongerenwerk’")."""
    return {feit: name for feit, (_, _, name) in published_amounts(begroting, route).items()}


def amount_name(names: dict[str, str], feit: str) -> str:
    """The name of an amount for readers; never its key, also not for one that is gone."""
    return names.get(feit, FORMER_AMOUNT)


def newer_entries(log: tuple[Wijziging, ...], ledger: Vastlegging) -> list[Wijziging]:
    """Entries after the ledger's last one, oldest first (the file lists newest first)."""
    ids = [entry.id for entry in log]
    cut = ids.index(ledger.tot_en_met) if ledger.tot_en_met in ids else len(ids)
    return list(reversed(log[:cut]))


def check_ledger(begroting: Begroting, route: Route | None, log: tuple[Wijziging, ...], ledger: Vastlegging,
                 report: Reporter) -> list[Problem]:
    """Replay the changelog: the recorded entries must lead to the recorded amounts, and the
    newer ones from there to the amounts in the data now."""
    problems = check_recorded(log, ledger, report)
    current = published_amounts(begroting, route)
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


def ledger_yaml(begroting: Begroting, route: Route | None, log: tuple[Wijziging, ...]) -> str:
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
    for feit, (value, _, _) in sorted(published_amounts(begroting, route).items()):
        lines.append(f'  - {{feit: "{feit}", bedrag: {value}}}')
    return "\n".join(line for line in lines if line is not None) + "\n"
