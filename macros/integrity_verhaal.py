"""Checks on the story data: references between files, figures and totals.

Every reference must resolve (initiative -> actielijn -> budget line -> source),
every total of the route view must add up, and percentages that form one whole
must make 100.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from .integrity import Reporter, check_citations, duplicate_ids, euros, total_mismatch
from .models import Begroting, Bronverwijzing, Herkomst, Verhaal
from .models_verhaal import Bewering, Getal
from .problems import Problem
from .slugs import gemeente_slug
from .strict_yaml import YamlDocument


def check(
    begroting: Begroting, verhaal: Verhaal, known: set[str], documents: dict[str, YamlDocument],
) -> list[Problem]:
    report = Reporter(documents)
    problems: list[Problem] = []
    problems += check_actielijn_files(begroting, verhaal, known, report)
    problems += check_kerncijfers(begroting, verhaal, report)
    problems += check_initiatieven(begroting, verhaal, report)
    problems += check_bronversies(begroting, verhaal, known, report)
    problems += check_route(begroting, verhaal, report)
    problems += check_opbrengsten(begroting, verhaal, report)
    problems += check_figures(all_beweringen(verhaal), report)
    problems += check_citations(citations_in(verhaal), known, report)
    return problems


def actielijn_ids(begroting: Begroting) -> set[str]:
    return {o.id for o in begroting.actielijnen}


def _must_be_actielijn(begroting: Begroting, value: str | None, herkomst: Herkomst, field: str,
                       report: Reporter) -> list[Problem]:
    if value is None or value in actielijn_ids(begroting):
        return []
    return [report(herkomst, field, f"er is geen actielijn met id '{value}'",
                   "kies " + ", ".join(sorted(actielijn_ids(begroting))))]


def check_actielijn_files(begroting: Begroting, verhaal: Verhaal, known: set[str], report: Reporter) -> list[Problem]:
    problems = []
    for verhaal_id, actielijn in verhaal.actielijnen.items():
        if verhaal_id not in actielijn_ids(begroting):
            problems.append(report(actielijn.herkomst, "", f"er is geen actielijn met id '{verhaal_id}'",
                                   "noem het bestand naar een actielijn-id uit data/begroting.yaml: "
                                   + ", ".join(sorted(actielijn_ids(begroting)))))
    for onderdeel in begroting.actielijnen:
        if f"actielijnen/{onderdeel.id}" not in known:
            problems.append(report(onderdeel.herkomst, "id", f"het verhaal van {onderdeel.label} ontbreekt",
                                   f"maak data/actielijnen/{onderdeel.id}.yaml aan (zie de andere actielijnen)"))
    return problems


def check_kerncijfers(begroting: Begroting, verhaal: Verhaal, report: Reporter) -> list[Problem]:
    problems = duplicate_ids(((k.id, k.herkomst) for k in verhaal.kerncijfers), report,
                             "geef elk kerncijfer een eigen id")
    seen = {kerncijfer.id for kerncijfer in verhaal.kerncijfers}
    for kerncijfer in verhaal.kerncijfers:
        if (kerncijfer.getal is None) == (kerncijfer.waarde_tekst is None):
            problems.append(report(kerncijfer.herkomst, "waarde", "geef óf een waarde óf een waarde_tekst",
                                   "gebruik waarde voor een getal en waarde_tekst voor woorden als 'bijna de helft'"))
        problems += _must_be_actielijn(begroting, kerncijfer.actielijn, kerncijfer.herkomst, "actielijn", report)
    for actielijn in verhaal.actielijnen.values():
        for index, kerncijfer_id in enumerate(actielijn.kerncijfer_ids):
            if kerncijfer_id not in seen:
                problems.append(report(
                    Herkomst(actielijn.herkomst.file, ("aanleiding", "kerncijfers", index)), "",
                    f"er is geen kerncijfer met id '{kerncijfer_id}'", "kies een id uit data/kerncijfers.yaml"))
    return problems


def check_initiatieven(begroting: Begroting, verhaal: Verhaal, report: Reporter) -> list[Problem]:
    problems = []
    regels = {regel.id: regel for regel in begroting.regels}
    slugs: dict[str, tuple[str, str]] = {}  # slug -> (spelling, file) of its first use
    for initiatief in verhaal.initiatieven.values():
        here = initiatief.herkomst
        problems += _must_be_actielijn(begroting, initiatief.actielijn, here, "actielijn", report)
        regel = regels.get(initiatief.begrotingsregel or "")
        if initiatief.begrotingsregel and regel is None:
            problems.append(report(here, "begrotingsregel",
                                   f"er is geen begrotingsregel met id '{initiatief.begrotingsregel}'",
                                   "kies een regel-id uit data/begroting.yaml, of laat het veld weg"))
        elif regel is not None and regel.onderdeel_id != initiatief.actielijn:
            problems.append(report(here, "begrotingsregel",
                                   f"de regel '{regel.id}' hoort bij '{regel.onderdeel_id}', "
                                   f"niet bij '{initiatief.actielijn}'",
                                   "kies een regel van dezelfde actielijn, of pas de actielijn aan"))
        if initiatief.begrotingsregel is None and initiatief.begrotingsregel_toelichting is None:
            problems.append(report(here, "", "de begrotingsregel ontbreekt, zonder uitleg",
                                   "voeg 'begrotingsregel:' toe als een bron het verband legt, of anders "
                                   "'begrotingsregel_toelichting:' met waarom de regel niet bekend is"))
        if initiatief.niveau == "lokaal" and not (initiatief.gemeenten or initiatief.plaats_toelichting):
            problems.append(report(here, "niveau", "een lokaal initiatief noemt geen gemeente",
                                   "voeg 'gemeenten:' toe, of 'plaats_toelichting:' als de bron geen gemeente noemt"))
        for index, gemeente in enumerate(initiatief.gemeenten):
            first, first_file = slugs.setdefault(gemeente_slug(gemeente), (gemeente, here.file))
            if first != gemeente:
                problems.append(report(Herkomst(here.file, ("gemeenten", index)), "",
                                       f"'{gemeente}' en '{first}' (in {first_file}) geven hetzelfde webadres",
                                       "schrijf de gemeente overal precies hetzelfde"))
    return problems


def _fact_exists(feit: str, begroting: Begroting, verhaal: Verhaal) -> bool:
    kind, _, ident = feit.partition(":")
    if kind == "totaal":
        return True
    if kind == "onderdeel":
        return any(o.id == ident for o in begroting.onderdelen)
    if kind == "regel":
        return any(r.id == ident for r in begroting.regels)
    return verhaal.route is not None and any(m.id == ident for m in verhaal.route.maatregelen)


def check_bronversies(begroting: Begroting, verhaal: Verhaal, known: set[str], report: Reporter) -> list[Problem]:
    problems = []
    for bron_id, versie in verhaal.bronversies.items():
        if f"bronnen/{bron_id}" not in known:
            problems.append(report(versie.herkomst, "", f"er is geen bron met id '{bron_id}'",
                                   "noem het bestand naar een bron in data/bronnen/"))
        for cijfer in versie.cijfers:
            if not _fact_exists(cijfer.feit, begroting, verhaal):
                problems.append(report(cijfer.herkomst, "feit", f"'{cijfer.feit}' bestaat niet",
                                       "verwijs naar een bestaand onderdeel, een regel of een maatregel "
                                       "uit data/route.yaml"))
            if cijfer.bedrag is None and not cijfer.omschrijving:
                problems.append(report(cijfer.herkomst, "", "dit cijfer heeft geen bedrag en geen omschrijving",
                                       "voeg 'bedrag:' toe, of 'omschrijving:' als de bron geen bedrag noemt"))
    return problems


def check_route(begroting: Begroting, verhaal: Verhaal, report: Reporter) -> list[Problem]:
    route = verhaal.route
    if route is None:
        return []
    here = route.herkomst
    problems = []
    fonds_here = Herkomst(here.file, ("gemeentefonds",))
    if route.gemeentefonds != route.gemeentefonds_volgens_bron:
        problems.append(total_mismatch(report, fonds_here, "het gemeentefonds",
                                  route.gemeentefonds_volgens_bron, route.gemeentefonds, "de maatregelen"))
    if route.gemeentefonds_volgens_bron + route.departementen != route.totaal_volgens_bron:
        problems.append(total_mismatch(report, here, "de routes", route.totaal_volgens_bron,
                                  route.gemeentefonds_volgens_bron + route.departementen,
                                  "het gemeentefonds en de departementen"))
    if route.gemeentefonds_volgens_bron + route.departementen_waarvan_gemeenten != route.via_gemeenten:
        problems.append(report(here, "via_gemeenten",
                               f"via gemeenten staat op {euros(route.via_gemeenten)}, maar het gemeentefonds plus het "
                               f"deel van de departementen voor gemeenten is "
                               f"{euros(route.gemeentefonds_volgens_bron + route.departementen_waarvan_gemeenten)}",
                               "controleer de bedragen in de bron"))
    if route.totaal_volgens_bron != begroting.totaal:
        problems.append(report(here, "totaal",
                               f"het totaal naar route ({euros(route.totaal_volgens_bron)}) is niet het "
                               f"totaal van de begroting ({euros(begroting.totaal)})", "controleer beide bronnen"))
    if route.via_gemeenten != begroting.lokaal.bedrag:
        problems.append(report(here, "via_gemeenten", f"via gemeenten ({euros(route.via_gemeenten)}) verschilt van het "
                               f"lokale deel in data/begroting.yaml ({euros(begroting.lokaal.bedrag)})",
                               "controleer beide bronnen"))
    regel_ids = {regel.id for regel in begroting.regels}
    problems += duplicate_ids(((m.id, m.herkomst) for m in route.maatregelen), report,
                              "geef elke maatregel een eigen id")
    for maatregel in route.maatregelen:
        for regel_id in maatregel.regels:
            if regel_id not in regel_ids:
                problems.append(report(maatregel.herkomst, "regels", f"er is geen begrotingsregel met id '{regel_id}'",
                                       "kies een regel-id uit data/begroting.yaml"))
    return problems


def check_opbrengsten(begroting: Begroting, verhaal: Verhaal, report: Reporter) -> list[Problem]:
    if verhaal.opbrengsten is None:
        return []
    problems = []
    for verdeling in verhaal.opbrengsten.verdelingen:
        total = sum((deel.procent for deel in verdeling.delen), Decimal(0))
        if total != 100:
            problems.append(report(verdeling.herkomst, "delen",
                                   f"de delen van ‘{verdeling.titel}’ tellen op tot {total}%, niet tot 100%",
                                   "controleer de percentages in de bron"))
        problems += _must_be_actielijn(begroting, verdeling.actielijn, verdeling.herkomst, "actielijn", report)
    return problems


def all_beweringen(verhaal: Verhaal) -> Iterable[Bewering]:
    for actielijn in verhaal.actielijnen.values():
        yield actielijn.doel
        yield from actielijn.resultaten
    for initiatief in verhaal.initiatieven.values():
        yield from initiatief.resultaten
        yield from initiatief.kanttekeningen
    if verhaal.opbrengsten:
        yield from verhaal.opbrengsten.feiten


def check_figures(beweringen: Iterable[Bewering], report: Reporter) -> list[Problem]:
    problems = []
    for bewering in beweringen:
        problems += check_getal(bewering.getal, bewering.herkomst, report)
    return problems


def check_getal(getal: Getal | None, herkomst: Herkomst, report: Reporter) -> list[Problem]:
    if getal is None:
        return []
    if not getal.eenheid:
        return [report(herkomst, "waarde", "bij een waarde hoort een eenheid",
                       "voeg 'eenheid:' toe: procent, aantal of euro")]
    if getal.eenheid == "euro" and getal.waarde != getal.waarde.to_integral_value():
        return [report(herkomst, "waarde", "een bedrag in euro is in hele euro's",
                       "schrijf het bedrag in hele euro's met alleen cijfers: 4000000 is € 4 miljoen")]
    return []


def citations_in(verhaal: Verhaal) -> Iterable[Bronverwijzing]:
    for actielijn in verhaal.actielijnen.values():
        yield actielijn.aanleiding_bron
        yield from (actie.bron for actie in actielijn.acties)
    for initiatief in verhaal.initiatieven.values():
        yield from initiatief.bronnen
    yield from (kerncijfer.bron for kerncijfer in verhaal.kerncijfers)
    yield from (gebeurtenis.bron for gebeurtenis in verhaal.tijdlijn)
    yield from (bewering.bron for bewering in all_beweringen(verhaal))
    if verhaal.route:
        yield verhaal.route.bron
    if verhaal.opbrengsten:
        yield verhaal.opbrengsten.bron
        yield from (deel.bron for verdeling in verhaal.opbrengsten.verdelingen for deel in verdeling.delen)
