"""The tables of the municipalities themselves: every municipality the site has a page for, and
what public documents say a municipality did with the money. (The amounts a document names for
a municipality are in money_tables.GEMEENTEN.)"""

from __future__ import annotations

from ...facts.gemeenten import gemeente_namen, initiatieven_per_gemeente
from ...formatting import urls as routes
from .table import BRON_SLEUTEL, NUMMER, Row, Tabel, Veld, bron_cellen, bron_velden, tekst

GEMEENTE_ID = Veld("gemeente_id", "string", "Id van de gemeente (id in gemeentelijst.csv): het laatste deel van het "
                   "webadres van haar pagina.")
# The key from a table's municipality to the list of municipalities.
GEMEENTE_SLEUTEL = ("gemeente_id", "gemeentelijst", "id")


def gemeentelijst_rows(gegevens) -> list[Row]:
    """One row per municipality page: from its own data file, or because initiatives name it."""
    per_gemeente = initiatieven_per_gemeente(gegevens.initiatieven.values())
    rows: list[Row] = []
    for slug, naam in gemeente_namen(gegevens.gemeenten, gegevens.initiatieven.values()).items():
        gemeente = gegevens.gemeenten.get(slug)
        rows.append({
            "id": slug, "naam": naam,
            "aantal_bedragen": len(gemeente.bedragen) if gemeente else 0,
            "aantal_inzet": len(gemeente.inzet) if gemeente else 0,
            "aantal_besteding": len(gemeente.besteding) if gemeente else 0,
            "toelichting": tekst(gemeente.toelichting) if gemeente else None,
            "initiatief_ids": "|".join(sorted(i.id for i in per_gemeente.get(slug, []))) or None,
            "pagina": routes.gemeente_url(naam),
        })
    return rows


def inzet_rows(gegevens) -> list[Row]:
    """What each municipality did with the money, as public documents say, in the order of its page."""
    rows = [{"gemeente_id": gemeente.id, "tekst": tekst(inzet.tekst), "datum": inzet.datum, **bron_cellen(inzet.bron)}
            for gemeente in sorted(gegevens.gemeenten.values(), key=lambda g: g.id) for inzet in gemeente.inzet]
    return [{"nummer": index, **row} for index, row in enumerate(rows, start=1)]


GEMEENTELIJST = Tabel(
    "gemeentelijst", "De gemeenten waar de site een pagina over heeft: omdat een openbaar document een bedrag of de "
    "inzet van de gemeente noemt, of omdat een initiatief uit de bronnen er is. Geen lijst van alle gemeenten; "
    "staat een gemeente er niet in, dan kent de site geen document over haar.",
    gemeentelijst_rows,
    (
        Veld("id", "string", "Id van de gemeente: het laatste deel van het webadres van haar pagina; gemeente_id in de "
             "andere bestanden."),
        Veld("naam", "string", "Naam van de gemeente."),
        Veld("aantal_bedragen", "integer", "Hoeveel bedragen een openbaar document voor deze gemeente noemt: haar "
             "rijen in gemeenten.csv."),
        Veld("aantal_inzet", "integer", "Hoe vaak een openbaar document noemt wat de gemeente met het geld deed: haar "
             "rijen in inzet.csv."),
        Veld("aantal_besteding", "integer", "Hoeveel feiten over de besteding een openbaar document voor deze gemeente "
             "noemt: haar rijen in besteding.csv."),
        Veld("toelichting", "string", "Wat de site opmerkt over de documenten van deze gemeente, bijvoorbeeld dat een "
             "bedrag ook ander geld telt."),
        Veld("initiatief_ids", "string", "De initiatieven in deze gemeente (id in initiatieven.csv), gescheiden "
             "door |."),
        Veld("pagina", "string", "Webadres van de pagina van de gemeente, vanaf de hoofdpagina van de site."),
    ),
    ("id",),
)

INZET = Tabel(
    "inzet", "Wat een gemeente met het geld deed, volgens een openbaar document: één rij per keer dat een document "
    "het noemt. Het zegt niet altijd hoeveel geld het was.",
    inzet_rows,
    (
        NUMMER,
        GEMEENTE_ID,
        Veld("tekst", "string", "Wat de gemeente deed, in de woorden van de site."),
        Veld("datum", "string", "Wanneer: JJJJ-MM-DD, of JJJJ-MM als de bron alleen de maand noemt; leeg als de bron "
             "geen datum noemt."),
        *bron_velden(),
    ),
    ("nummer",), (GEMEENTE_SLEUTEL, *BRON_SLEUTEL),
)
