"""The budget (data/begroting.yaml): onderdelen and their lines, with the checks on its totals.

Amounts are whole euros as `int` from YAML to HTML: never a binary float. Totals are
computed from their parts here; the totals the source declares are kept beside them
so `check_budget` can compare the two.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..reading.problems import Problem
from ..reading.strict_yaml import YamlDocument
from .provenance import Bronverwijzing, Herkomst, Reporter, duplicate_ids, euros, total_mismatch, verwijzing


@dataclass(frozen=True)
class Regel:
    """One budget line."""

    id: str
    naam: str
    bedrag: int
    bron: Bronverwijzing
    toelichting: str | None
    onderdeel_id: str
    herkomst: Herkomst
    uitleg: str | None = None  # the official label in plain words: the editors' explanation


@dataclass(frozen=True)
class Onderdeel:
    """An actielijn or 'Overig', with the total its source declares."""

    id: str
    soort: str
    nummer: int | None
    naam: str
    titel: str | None
    totaal_volgens_bron: int
    bron: Bronverwijzing
    regels: tuple[Regel, ...]
    herkomst: Herkomst

    @property
    def totaal(self) -> int:
        return sum(regel.bedrag for regel in self.regels)

    @property
    def is_actielijn(self) -> bool:
        return self.soort == "actielijn"

    @property
    def label(self) -> str:
        """The name as the annex writes it: 'Actielijn 1: Jeugd' or 'Overig'."""
        return f"Actielijn {self.nummer}: {self.naam}" if self.is_actielijn else self.naam


@dataclass(frozen=True)
class Bedragfeit:
    """A single declared amount with its source, e.g. the € 150 mln for local use."""

    bedrag: int
    bron: Bronverwijzing
    herkomst: Herkomst


@dataclass(frozen=True)
class Begroting:
    titel: str
    bron: Bronverwijzing
    totaal_volgens_bron: int
    totaal_bron: Bronverwijzing  # where the source declares the total: every total shown links it
    lokaal: Bedragfeit
    onderdelen: tuple[Onderdeel, ...]
    herkomst: Herkomst

    @property
    def totaal(self) -> int:
        return sum(onderdeel.totaal for onderdeel in self.onderdelen)

    @property
    def niet_lokaal(self) -> int:
        """What is not spent through municipalities: computed, no source states it."""
        return self.totaal - self.lokaal.bedrag

    @property
    def actielijnen(self) -> tuple[Onderdeel, ...]:
        return tuple(o for o in self.onderdelen if o.is_actielijn)

    @property
    def regels(self) -> tuple[Regel, ...]:
        return tuple(regel for onderdeel in self.onderdelen for regel in onderdeel.regels)


# Loading ---------------------------------------------------------------------


def load_begroting(doc: YamlDocument) -> Begroting:
    raw, file = doc.data, doc.file
    bron = verwijzing(raw["bron"], file, ("bron",))
    return Begroting(
        titel=raw["titel"],
        bron=bron,
        totaal_volgens_bron=raw["totaal"],
        totaal_bron=verwijzing(raw["totaal_bron"], file, ("totaal_bron",)) if "totaal_bron" in raw else bron,
        lokaal=Bedragfeit(
            raw["lokaal"]["bedrag"],
            verwijzing(raw["lokaal"]["bron"], file, ("lokaal", "bron")),
            Herkomst(file, ("lokaal",)),
        ),
        onderdelen=tuple(_onderdeel(raw_onderdeel, file, i, bron) for i, raw_onderdeel in enumerate(raw["onderdelen"])),
        herkomst=Herkomst(file),
    )


def _onderdeel(raw: dict[str, Any], file: str, index: int, default: Bronverwijzing) -> Onderdeel:
    base = ("onderdelen", index)
    # A line without its own source cites its onderdeel's, which defaults to the budget's.
    bron = verwijzing(raw["bron"], file, base + ("bron",)) if "bron" in raw else default
    regels = tuple(
        Regel(
            id=raw_regel["id"],
            naam=raw_regel["naam"],
            bedrag=raw_regel["bedrag"],
            bron=verwijzing(raw_regel["bron"], file, base + ("regels", j, "bron")) if "bron" in raw_regel else bron,
            toelichting=raw_regel.get("toelichting"),
            onderdeel_id=raw["id"],
            herkomst=Herkomst(file, base + ("regels", j)),
            uitleg=raw_regel.get("uitleg"),
        )
        for j, raw_regel in enumerate(raw["regels"])
    )
    return Onderdeel(
        id=raw["id"], soort=raw["soort"], nummer=raw.get("nummer"), naam=raw["naam"], titel=raw.get("titel"),
        totaal_volgens_bron=raw["totaal"], bron=bron, regels=regels, herkomst=Herkomst(file, base),
    )


# Checks ----------------------------------------------------------------------


def check_budget(begroting: Begroting, report: Reporter) -> list[Problem]:
    return check_totals(begroting, report) + check_ids(begroting, report) + check_actielijnen(begroting, report)


def check_totals(begroting: Begroting, report: Reporter) -> list[Problem]:
    """Every declared total equals the sum of its parts."""
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


def check_ids(begroting: Begroting, report: Reporter) -> list[Problem]:
    """Onderdelen and regels share one namespace: the macros look amounts up by id."""
    items = [(o.id, o.herkomst) for o in begroting.onderdelen] + [(r.id, r.herkomst) for r in begroting.regels]
    return duplicate_ids(items, report, "geef elk onderdeel en elke regel een eigen id")


def check_actielijnen(begroting: Begroting, report: Reporter) -> list[Problem]:
    problems = []
    seen_numbers: set[int] = set()
    for onderdeel in begroting.onderdelen:
        if not onderdeel.is_actielijn:
            if onderdeel.nummer is not None:
                problems.append(report(onderdeel.herkomst, "nummer", "alleen een actielijn heeft een nummer",
                                       "verwijder 'nummer:' of maak er 'soort: actielijn' van"))
            continue
        if onderdeel.nummer is None:
            problems.append(report(onderdeel.herkomst, "", "een actielijn heeft een nummer nodig",
                                   "voeg 'nummer:' toe met het nummer uit de Kamerbrief"))
        elif onderdeel.nummer in seen_numbers:
            problems.append(report(onderdeel.herkomst, "nummer", f"actielijn {onderdeel.nummer} komt twee keer voor",
                                   "geef elke actielijn een eigen nummer"))
        else:
            seen_numbers.add(onderdeel.nummer)
        if onderdeel.titel is None:
            problems.append(report(onderdeel.herkomst, "", "een actielijn heeft een titel nodig",
                                   "voeg 'titel:' toe met de titel uit de Kamerbrief"))
    return problems


def must_be_actielijn(begroting: Begroting | None, value: str | None, herkomst: Herkomst, field: str,
                      report: Reporter) -> list[Problem]:
    """A reference to an actielijn by id (used by initiatives, key figures and outcomes); not
    checked without a budget (data/begroting.yaml failed, and says so itself)."""
    if begroting is None:
        return []
    ids = {o.id for o in begroting.actielijnen}
    if value is None or value in ids:
        return []
    return [report(herkomst, field, f"er is geen actielijn met id '{value}'", "kies " + ", ".join(sorted(ids)),
                   refers_to=f"onderdeel:{value}")]


def budget_citations(begroting: Begroting) -> Iterable[Bronverwijzing]:
    yield begroting.bron
    yield begroting.totaal_bron
    yield begroting.lokaal.bron
    for onderdeel in begroting.onderdelen:
        yield onderdeel.bron
        for regel in onderdeel.regels:
            yield regel.bron
