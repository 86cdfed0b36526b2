"""Where sources contradict each other in words (data/tegenstrijdigheden.yaml): each
statement with the words of its source, side by side, for the discrepancy register.

Differences in amounts are computed in `discrepancies`; these are the ones no sum can
show, such as when an initiative began. The site takes no side.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..reading.problems import Problem
from ..reading.strict_yaml import YamlDocument
from .provenance import Bronverwijzing, Herkomst, Reporter, did_you_mean, duplicate_ids, verwijzing


@dataclass(frozen=True)
class Uitspraak:
    """What one source says, in plain words, and the words of the source it rests on."""

    tekst: str
    bron: Bronverwijzing
    herkomst: Herkomst

    @property
    def afgebroken(self) -> bool:
        """The quoted sentence is cut off in the source the site has (marked on the citation)."""
        return self.bron.afgebroken is not None


@dataclass(frozen=True)
class Tegenstrijdigheid:
    id: str
    onderwerp: str
    initiatief: str | None
    toelichting: str | None
    uitspraken: tuple[Uitspraak, ...]
    herkomst: Herkomst


def load_tegenstrijdigheden(doc: YamlDocument) -> tuple[Tegenstrijdigheid, ...]:
    file = doc.file
    items = []
    for i, raw in enumerate(doc.data["tegenstrijdigheden"]):
        base = ("tegenstrijdigheden", i)
        uitspraken = tuple(
            Uitspraak(u["tekst"], verwijzing(u["bron"], file, (*base, "uitspraken", j, "bron")),
                      Herkomst(file, (*base, "uitspraken", j)))
            for j, u in enumerate(raw["uitspraken"])
        )
        items.append(Tegenstrijdigheid(raw["id"], raw["onderwerp"], raw.get("initiatief"), raw.get("toelichting"),
                                       uitspraken, Herkomst(file, base)))
    return tuple(items)


def check_tegenstrijdigheden(items: tuple[Tegenstrijdigheid, ...], initiatief_ids: set[str],
                             report: Reporter) -> list[Problem]:
    """Ids are unique, the initiative exists, at least two sources speak, each with its words."""
    problems = duplicate_ids(((t.id, t.herkomst) for t in items), report, "geef elke tegenspraak een eigen id")
    for item in items:
        if item.initiatief is not None and item.initiatief not in initiatief_ids:
            problems.append(report(item.herkomst, "initiatief", f"er is geen initiatief met id '{item.initiatief}'",
                                   did_you_mean(item.initiatief, initiatief_ids) + "kies een bestandsnaam uit "
                                   "data/initiatieven/ zonder .yaml, of laat het veld weg"))
        if len({u.bron.document for u in item.uitspraken}) < 2:
            problems.append(report(item.herkomst, "uitspraken", "alle uitspraken komen uit dezelfde bron",
                                   "een tegenspraak zet twee bronnen naast elkaar: noem bij elke uitspraak de "
                                   "bron die haar doet"))
        for uitspraak in item.uitspraken:
            if not uitspraak.bron.citaat:
                problems.append(report(uitspraak.bron.herkomst, "", "deze bron heeft geen citaat",
                                       "zet in 'citaat:' de woorden van de bron waar de uitspraak op rust, zodat "
                                       "de lezer ze kan nalezen"))
    return problems


def tegenstrijdigheid_citations(items: Iterable[Tegenstrijdigheid]) -> Iterable[Bronverwijzing]:
    for item in items:
        yield from (uitspraak.bron for uitspraak in item.uitspraken)
