"""Initiatives (data/initiatieven/, one file each): the model, its loading and its checks.

To add an optional field: the schema (data/schemas/initiatief.schema.json), the field
and its line in `load_initiatief` here, and the page template
(macros/html/templates/initiatief.html); see ARCHITECTURE.md.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..formatting.slugs import gemeente_slug
from ..reading.problems import Problem
from ..reading.strict_yaml import YamlDocument
from .budget import Begroting, must_be_actielijn
from .claims import Bewering, check_project_figures, load_beweringen
from .funding import KAMERBRIEF_FEBRUARI, Financiering, check_financiering, load_financiering
from .provenance import Bronverwijzing, Herkomst, Reporter, did_you_mean, line_of, verwijzing

OPBRENGSTENBRIEF = "kamerbrief-opbrengsten-2021-12-21"


@dataclass(frozen=True)
class Initiatief:
    id: str
    naam: str
    niveau: str  # lokaal | landelijk | onbekend
    gemeenten: tuple[str, ...]
    plaats_toelichting: str | None
    actielijn: str
    begrotingsregel: str | None
    begrotingsregel_toelichting: str | None
    organisaties: tuple[str, ...]
    omschrijving: str
    financiering: Financiering
    resultaten: tuple[Bewering, ...]
    kanttekeningen: tuple[Bewering, ...]
    bronnen: tuple[Bronverwijzing, ...]
    herkomst: Herkomst

    def citations(self) -> Iterable[Bronverwijzing]:
        """Every citation of the initiative except those of its results and caveats (which are claims)."""
        yield from self.financiering.citations()
        yield from self.bronnen

    def cited_documents(self) -> set[str]:
        return {b.document for b in self.citations()} | {
            c.document for claim in self.resultaten + self.kanttekeningen for c in claim.citations()}

    @property
    def gepland_voorbeeld(self) -> bool:
        """Named in the February 2021 letter (as an example; that says nothing about payment)."""
        return KAMERBRIEF_FEBRUARI in {b.document for b in self.bronnen}

    @property
    def gerapporteerd_resultaat(self) -> bool:
        """Named in the December 2021 outcomes letter."""
        return OPBRENGSTENBRIEF in {b.document for b in self.bronnen}


def load_initiatief(initiatief_id: str, doc: YamlDocument) -> Initiatief:
    raw, file = doc.data, doc.file
    return Initiatief(
        id=initiatief_id, naam=raw["naam"], niveau=raw["niveau"],
        gemeenten=tuple(raw.get("gemeenten", [])), plaats_toelichting=raw.get("plaats_toelichting"),
        actielijn=raw["actielijn"], begrotingsregel=raw.get("begrotingsregel"),
        begrotingsregel_toelichting=raw.get("begrotingsregel_toelichting"),
        organisaties=tuple(raw.get("organisaties", [])), omschrijving=raw["omschrijving"],
        financiering=load_financiering(raw["financiering"], file),
        resultaten=load_beweringen(raw, "resultaten", file),
        kanttekeningen=load_beweringen(raw, "kanttekeningen", file),
        bronnen=tuple(verwijzing(b, file, ("bronnen", i)) for i, b in enumerate(raw["bronnen"])),
        herkomst=Herkomst(file),
    )


def check_initiatieven(begroting: Begroting | None, initiatieven: dict[str, Initiatief],
                       report: Reporter) -> list[Problem]:
    problems = []
    slugs: dict[str, tuple[str, str]] = {}  # slug -> (spelling, file) of its first use
    for initiatief in initiatieven.values():
        problems += must_be_actielijn(begroting, initiatief.actielijn, initiatief.herkomst, "actielijn", report)
        problems += _check_regel(begroting, initiatief, report)
        problems += _check_place(initiatief, slugs, report)
        problems += check_financiering(initiatief.financiering, report)
        problems += check_project_figures(initiatief.resultaten + initiatief.kanttekeningen, report)
    return problems


def _check_regel(begroting: Begroting | None, initiatief: Initiatief, report: Reporter) -> list[Problem]:
    here = initiatief.herkomst
    regels = begroting.regels if begroting else ()
    regel = next((r for r in regels if r.id == initiatief.begrotingsregel), None)
    if initiatief.begrotingsregel and regel is None and begroting is not None:
        lines = {r.id: line_of(report, r.herkomst) for r in regels}
        return [report(here, "begrotingsregel", f"er is geen begrotingsregel met id '{initiatief.begrotingsregel}'",
                       did_you_mean(initiatief.begrotingsregel, lines, lines)
                       + "kies een regel-id uit data/begroting.yaml, of laat het veld weg",
                       refers_to=f"regel:{initiatief.begrotingsregel}")]
    if regel is not None and regel.onderdeel_id != initiatief.actielijn:
        return [report(here, "begrotingsregel",
                       f"de regel '{regel.id}' hoort bij '{regel.onderdeel_id}', niet bij '{initiatief.actielijn}'",
                       "kies een regel van dezelfde actielijn, of pas de actielijn aan")]
    if initiatief.begrotingsregel is None and initiatief.begrotingsregel_toelichting is None:
        return [report(here, "", "de begrotingsregel ontbreekt, zonder uitleg",
                       "voeg 'begrotingsregel:' toe als een bron het verband legt, of anders "
                       "'begrotingsregel_toelichting:' met waarom de regel niet bekend is")]
    return []


def _check_place(initiatief: Initiatief, slugs: dict[str, tuple[str, str]], report: Reporter) -> list[Problem]:
    """A local initiative names a place; one municipality is spelled one way across all files."""
    here = initiatief.herkomst
    problems = []
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


def initiatief_beweringen(initiatieven: dict[str, Initiatief]) -> Iterable[Bewering]:
    for initiatief in initiatieven.values():
        yield from initiatief.resultaten
        yield from initiatief.kanttekeningen
