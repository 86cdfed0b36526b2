"""Municipalities (data/gemeenten/, one file each): what a public document says a municipality
received, what it did with it and what is known of its spending; the model, its loading and
its checks.

Every municipality a source names gets a page: those with a file here, those that an
initiative names and those that a fact about spending names. `gemeente_namen` gives them all,
by the slug of their name, which is also the file name here and the page's address.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ..formatting.slugs import gemeente_slug
from ..reading.problems import Problem
from ..reading.strict_yaml import YamlDocument
from .besteding import Bestedingsfeit, load_feit
from .initiatives import Initiatief
from .provenance import Bronverwijzing, Herkomst, Reporter, duplicate_ids, future_dates, verwijzing
from .route import Route

SOORT_LABELS = {"ontvangen": "Ontvangen", "bestemd": "Uitgetrokken door de gemeente"}


@dataclass(frozen=True)
class Gemeentebedrag:
    id: str
    bedrag: int
    kwalificatie: str | None
    soort: str  # ontvangen | bestemd
    wat: str
    periode: str | None
    maatregel: str | None  # a gemeentefonds measure (data/route.yaml), only where the document names it
    bron: Bronverwijzing
    herkomst: Herkomst


@dataclass(frozen=True)
class Inzet:
    tekst: str
    datum: str | None
    bron: Bronverwijzing
    herkomst: Herkomst


@dataclass(frozen=True)
class Gemeente:
    id: str  # the slug of the name: file name and address
    naam: str
    bedragen: tuple[Gemeentebedrag, ...]
    inzet: tuple[Inzet, ...]
    besteding: tuple[Bestedingsfeit, ...]
    toelichting: str | None
    herkomst: Herkomst

    def figure_id(self, bedrag: Gemeentebedrag) -> str:
        return f"gemeente:{self.id}:{bedrag.id}"


def load_gemeente(gemeente_id: str, doc: YamlDocument) -> Gemeente:
    raw, file = doc.data, doc.file
    return Gemeente(
        id=gemeente_id, naam=raw["naam"],
        bedragen=tuple(
            Gemeentebedrag(b["id"], b["bedrag"], b.get("kwalificatie"), b["soort"], b["wat"], b.get("periode"),
                           b.get("maatregel"), verwijzing(b["bron"], file, ("bedragen", i, "bron")),
                           Herkomst(file, ("bedragen", i)))
            for i, b in enumerate(raw.get("bedragen", []))),
        inzet=tuple(Inzet(item["tekst"], item.get("datum"), verwijzing(item["bron"], file, ("inzet", i, "bron")),
                          Herkomst(file, ("inzet", i)))
                    for i, item in enumerate(raw.get("inzet", []))),
        besteding=tuple(load_feit(item, file, ("besteding", i), raw["naam"])
                        for i, item in enumerate(raw.get("besteding", []))),
        toelichting=raw.get("toelichting"), herkomst=Herkomst(file),
    )


def gemeente_namen(gemeenten: dict[str, Gemeente], initiatieven: Iterable[Initiatief]) -> dict[str, str]:
    """Every municipality a source names, slug -> name, in alphabetical order of the slug."""
    namen = {g.id: g.naam for g in gemeenten.values()}
    for initiatief in initiatieven:
        for naam in initiatief.gemeenten:
            namen.setdefault(gemeente_slug(naam), naam)
    return dict(sorted(namen.items()))


def initiatieven_per_gemeente(initiatieven: Iterable[Initiatief]) -> dict[str, list[Initiatief]]:
    """The initiatives that name each municipality, by slug, in the order given: one pass, so a
    municipality's page or count never scans every initiative."""
    per_slug: dict[str, list[Initiatief]] = {}
    for initiatief in initiatieven:
        for slug in {gemeente_slug(naam) for naam in initiatief.gemeenten}:
            per_slug.setdefault(slug, []).append(initiatief)
    return per_slug


def check_gemeenten(gemeenten: dict[str, Gemeente], initiatieven: dict[str, Initiatief], route: Route,
                    today, report: Reporter) -> list[Problem]:
    problems: list[Problem] = []
    spelled = {gemeente_slug(n): (n, i.herkomst.file) for i in initiatieven.values() for n in i.gemeenten}
    maatregelen = {m.id for m in route.maatregelen}
    for gemeente in gemeenten.values():
        problems += _check_name(gemeente, spelled, report)
        if not (gemeente.bedragen or gemeente.inzet or gemeente.besteding):
            problems.append(report(gemeente.herkomst, "naam", "dit bestand noemt geen bedrag, inzet of besteding",
                                   "voeg ten minste een van bedragen, inzet en besteding toe, met de bron"))
        problems += duplicate_ids(((b.id, b.herkomst) for b in gemeente.bedragen), report,
                                  "geef elk bedrag in dit bestand een eigen id")
        problems += [report(b.herkomst, "maatregel", f"er is geen maatregel met id '{b.maatregel}'",
                            "kies een maatregel-id uit data/route.yaml, of laat het veld weg",
                            refers_to=f"maatregel:{b.maatregel}")
                     for b in gemeente.bedragen if b.maatregel and b.maatregel not in maatregelen]
        problems += future_dates(((i.datum, i.herkomst) for i in gemeente.inzet), today, report,
                                 "vul de datum van het document in; nooit een datum na vandaag")
    return problems


def _check_name(gemeente: Gemeente, spelled: dict[str, tuple[str, str]], report: Reporter) -> list[Problem]:
    """The file name is the slug of the name, and the name is spelled as the initiatives spell it."""
    slug = gemeente_slug(gemeente.naam)
    if slug != gemeente.id:
        return [report(gemeente.herkomst, "naam", f"de naam '{gemeente.naam}' past niet bij de bestandsnaam "
                       f"'{gemeente.id}.yaml'", f"noem het bestand {slug}.yaml, of pas de naam aan")]
    other = spelled.get(slug)
    if other is not None and other[0] != gemeente.naam:
        return [report(gemeente.herkomst, "naam", f"'{gemeente.naam}' en '{other[0]}' (in {other[1]}) geven "
                       "hetzelfde webadres", "schrijf de gemeente overal precies hetzelfde")]
    return []


def gemeente_citations(gemeenten: dict[str, Gemeente]) -> Iterator[Bronverwijzing]:
    for gemeente in gemeenten.values():
        yield from (b.bron for b in gemeente.bedragen)
        yield from (i.bron for i in gemeente.inzet)
        yield from (f.bron for f in gemeente.besteding)


def alle_feiten(gemeenten: dict[str, Gemeente], landelijk: Iterable[Bestedingsfeit]) -> list[Bestedingsfeit]:
    """Every fact about spending: the national ones first, then each municipality's."""
    return [*landelijk, *(f for g in sorted(gemeenten.values(), key=lambda g: g.id) for f in g.besteding)]
