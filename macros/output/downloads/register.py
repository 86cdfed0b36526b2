"""The register of discrepancies as tables: each computed finding with both sources' figures
and the difference, and each source that describes a fact otherwise without a differing amount;
and, where sources contradict each other in words, each side's statement with its words.
"""

from __future__ import annotations

from ...facts.discrepancies import Afwijking, Bevinding, Versie, afwijkingen
from ...facts.provenance import Bronverwijzing
from .table import NUMMER, Row, Tabel, Veld, bron_cellen, bron_velden, tekst


def _own_citation(bron: Bronverwijzing | None) -> Row:
    """The place and words of the row's own figure; empty where it is computed (a sum) or absent.
    (The row's source id is a column of its own: it is filled for a computed figure too.)"""
    cells = bron_cellen(bron)
    del cells["bron_id"]
    return cells


def _finding_row(afwijking: Afwijking, bevinding: Bevinding) -> Row:
    versie = next((v for v in afwijking.versies if v.bron_id == bevinding.bron_id), None)
    return {
        "feit": afwijking.feit, "feit_naam": afwijking.label, "soort": bevinding.soort,
        "onderwerp": bevinding.onderwerp,
        "bron_id": bevinding.bron_id, "naam_in_bron": versie.naam_in_bron if versie else None,
        "bedrag_euro": bevinding.waarde, "tegen_bedrag_euro": bevinding.tegen_waarde,
        "verschil_euro": bevinding.verschil, "toelichting": tekst(versie.omschrijving) if versie else None,
        **_own_citation(bevinding.waarde_bron), **bron_cellen(bevinding.tegen_bron, "tegen_"),
    }


def _description_row(afwijking: Afwijking, versie: Versie) -> Row:
    """A source that names no differing amount but describes the fact otherwise."""
    own = next(v for v in afwijking.versies if v.gezaghebbend)
    return {
        "feit": afwijking.feit, "feit_naam": afwijking.label, "soort": "omschrijving", "onderwerp": afwijking.label,
        "bron_id": versie.bron_id, "naam_in_bron": versie.naam_in_bron, "bedrag_euro": versie.bedrag,
        "tegen_bedrag_euro": own.bedrag, "verschil_euro": None if versie.bedrag is None else versie.bedrag - own.bedrag,
        "toelichting": tekst(versie.omschrijving), **_own_citation(versie.bron), **bron_cellen(own.bron, "tegen_"),
    }


def afwijkingen_rows(gegevens) -> list[Row]:
    rows: list[Row] = []
    for afwijking in afwijkingen(gegevens.begroting, gegevens.route, gegevens.bronversies):
        rows += [_finding_row(afwijking, bevinding) for bevinding in afwijking.bevindingen]
        found = {bevinding.bron_id for bevinding in afwijking.bevindingen}
        rows += [_description_row(afwijking, versie) for versie in afwijking.versies
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
        *bron_velden("", "met het afwijkende bedrag", "Leeg als in de kolom soort ‘optelling’ of ‘ontbreekt’ staat: "
                     "dan heeft de site het bedrag zelf opgeteld, of staat het niet in de bron.")[1:],
        *bron_velden("tegen_", "waarmee vergeleken is")[1:],
    ),
    ("nummer",),
)


def tegenstrijdigheden_rows(gegevens) -> list[Row]:
    """One row per statement: which contradiction, what the source says, and its words."""
    rows = [
        {"tegenspraak_id": item.id, "onderwerp": item.onderwerp, "initiatief_id": item.initiatief,
         "uitspraak": index, "tekst": tekst(uitspraak.tekst), "afgebroken": uitspraak.afgebroken,
         **bron_cellen(uitspraak.bron), "toelichting": tekst(item.toelichting)}
        for item in gegevens.tegenstrijdigheden
        for index, uitspraak in enumerate(item.uitspraken, 1)
    ]
    return [{"nummer": index, **row} for index, row in enumerate(rows, 1)]


TEGENSTRIJDIGHEDEN = Tabel(
    "tegenstrijdigheden", "Bronnen die elkaar in woorden tegenspreken: één rij per uitspraak, met de woorden "
    "van de bron waar die op rust. De site kiest geen kant.",
    tegenstrijdigheden_rows,
    (
        NUMMER,
        Veld("tegenspraak_id", "string", "Id van de tegenspraak; de uitspraken met hetzelfde id spreken elkaar tegen."),
        Veld("onderwerp", "string", "Waar de bronnen het over oneens zijn."),
        Veld("initiatief_id", "string", "Het initiatief waar het over gaat (id in initiatieven.csv), als het over "
             "één initiatief gaat."),
        Veld("uitspraak", "integer", "Volgnummer van de uitspraak binnen de tegenspraak."),
        Veld("tekst", "string", "Wat de bron zegt, in gewone woorden."),
        Veld("afgebroken", "boolean", "true als de geciteerde zin in de bron afbreekt bij een paginagrens; de site "
             "vult hem niet aan."),
        *bron_velden(),
        Veld("toelichting", "string", "Wat de redactie over de tegenspraak zegt."),
    ),
    ("nummer",), (("initiatief_id", "initiatieven", "id"),),
)
