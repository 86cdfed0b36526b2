"""The register of discrepancies as a table: each computed finding with both sources' figures
and the difference, and each source that describes a fact otherwise without a differing amount.
"""

from __future__ import annotations

from ...facts.discrepancies import Afwijking, Bevinding, afwijkingen
from ...facts.provenance import Bronverwijzing
from .table import NUMMER, Row, Tabel, Veld, bron_cellen, bron_velden, tekst


def _authoritative_citation(feit: str, gegevens) -> Bronverwijzing:
    """Where the site's own figure for a fact stands: the annex line, part, total or route."""
    kind, _, ident = feit.partition(":")
    if kind == "onderdeel":
        return gegevens.onderdeel(ident).bron
    if kind == "regel":
        return gegevens.regel(ident).bron
    if kind == "maatregel":
        return gegevens.route.bron
    return gegevens.begroting.bron


def _finding_row(afwijking: Afwijking, bevinding: Bevinding, gegevens) -> Row:
    versie = next((v for v in afwijking.versies if v.bron_id == bevinding.bron_id), None)
    own = next(v for v in afwijking.versies if v.gezaghebbend)
    against_own = bevinding.tegen_bron_id == own.bron_id and bevinding.soort in ("bedrag", "ontbreekt")
    citation = bron_cellen(_authoritative_citation(afwijking.feit, gegevens), "tegen_") if against_own else \
        dict.fromkeys(("tegen_bron_vindplaats", "tegen_citaat", "tegen_citaat_soort"))
    return {
        "feit": afwijking.feit, "feit_naam": afwijking.label, "soort": bevinding.soort,
        "onderwerp": bevinding.onderwerp,
        "bron_id": bevinding.bron_id, "naam_in_bron": versie.naam_in_bron if versie else None,
        "bedrag_euro": bevinding.waarde, "tegen_bedrag_euro": bevinding.tegen_waarde,
        "verschil_euro": bevinding.verschil, "toelichting": tekst(versie.omschrijving) if versie else None,
        **citation, "tegen_bron_id": bevinding.tegen_bron_id,
    }


def _description_row(afwijking: Afwijking, versie, gegevens) -> Row:
    """A source that names no differing amount but describes the fact otherwise."""
    own = next(v for v in afwijking.versies if v.gezaghebbend)
    return {
        "feit": afwijking.feit, "feit_naam": afwijking.label, "soort": "omschrijving", "onderwerp": afwijking.label,
        "bron_id": versie.bron_id, "naam_in_bron": versie.naam_in_bron, "bedrag_euro": versie.bedrag,
        "tegen_bedrag_euro": own.bedrag, "verschil_euro": None if versie.bedrag is None else versie.bedrag - own.bedrag,
        "toelichting": tekst(versie.omschrijving),
        **bron_cellen(_authoritative_citation(afwijking.feit, gegevens), "tegen_"),
    }


def afwijkingen_rows(gegevens) -> list[Row]:
    rows: list[Row] = []
    for afwijking in afwijkingen(gegevens.begroting, gegevens.route, gegevens.bronversies):
        rows += [_finding_row(afwijking, bevinding, gegevens) for bevinding in afwijking.bevindingen]
        found = {bevinding.bron_id for bevinding in afwijking.bevindingen}
        rows += [_description_row(afwijking, versie, gegevens) for versie in afwijking.versies
                 if versie.omschrijving and not versie.gezaghebbend and versie.bron_id not in found]
    columns = AFWIJKINGEN.kolommen
    return [{column: {"nummer": index, **row}[column] for column in columns} for index, row in enumerate(rows, 1)]


AFWIJKINGEN = Tabel(
    "afwijkingen", "Het register van afwijkingen: waar bronnen verschillende bedragen noemen voor hetzelfde, "
    "berekend uit de bedragen van de bronnen. Eén rij per bevinding. Bedragen in hele euro's.",
    afwijkingen_rows,
    (
        NUMMER,
        Veld("feit", "string", "Waar het over gaat: totaal, onderdeel:<id>, regel:<id> (begroting.csv) of "
             "maatregel:<id> (route.csv)."),
        Veld("feit_naam", "string", "Naam van dat feit op de site."),
        Veld("soort", "string", "bedrag (een ander bedrag dan de gezaghebbende bron), ontbreekt (de bron laat een "
             "regel weg), optelling (de regels van de bron tellen niet op tot haar eigen totaal), verdeling (twee "
             "bronnen verdelen een bedrag anders) of omschrijving "
             "(de bron beschrijft het anders, zonder ander bedrag)."),
        Veld("onderwerp", "string", "Over welk bedrag de bevinding gaat; bij een verdeling het deel."),
        Veld("bron_id", "string", "De bron met het afwijkende bedrag (id in bronnen.csv)."),
        Veld("naam_in_bron", "string", "Hoe die bron het noemt."),
        Veld("bedrag_euro", "integer", "Het bedrag volgens die bron, in hele euro's; 0 als de bron de regel "
             "weglaat; "
             "bij optelling de som van de regels die de bron noemt."),
        Veld("tegen_bron_id", "string",
             "De bron waarmee vergeleken is (id in bronnen.csv); bij optelling dezelfde bron."),
        Veld("tegen_bedrag_euro", "integer", "Het bedrag volgens de bron waarmee vergeleken is, in hele euro's; bij "
             "optelling het totaal dat de bron zelf noemt."),
        Veld("verschil_euro", "integer", "bedrag_euro min tegen_bedrag_euro, in hele euro's."),
        Veld("toelichting", "string", "Wat de redactie over de versie van de bron opmerkt."),
        *bron_velden("tegen_", "waarmee vergeleken is")[1:],
    ),
    ("nummer",), (("bron_id", "bronnen", "id"), ("tegen_bron_id", "bronnen", "id")),
)
