"""The tables of the municipalities themselves: every municipality the site has a page for, and
what public documents say a municipality did or planned with the money. (The amounts a document names for
a municipality are in money_tables.GEMEENTEN.)"""

from __future__ import annotations

from ...formatting import urls as routes
from .table import NUMMER, Row, Tabel, Veld, bron_cellen, bron_velden, tekst

GEMEENTE_ID = Veld("gemeente_id", "string", "Id van de gemeente (id in gemeentelijst.csv): het laatste deel van het "
                   "webadres van haar pagina.")
# The key from a table's municipality to the list of municipalities.
GEMEENTE_SLEUTEL = ("gemeente_id", "gemeentelijst", "id")


def gemeentelijst_rows(gegevens) -> list[Row]:
    """One row per municipality page: from its own data file, or because initiatives name it."""
    rows: list[Row] = []
    for slug, naam in gegevens.gemeente_namen.items():
        gemeente = gegevens.gemeenten.get(slug)
        rows.append({
            "id": slug, "naam": naam,
            "aantal_bedragen": len(gemeente.bedragen) if gemeente else 0,
            "aantal_inzet": len(gemeente.inzet) if gemeente else 0,
            "aantal_besteding": len(gemeente.besteding) if gemeente else 0,
            "toelichting": tekst(gemeente.toelichting) if gemeente else None,
            "initiatief_ids": "|".join(sorted(i.id for i in gegevens.gemeente_initiatieven.get(slug, []))) or None,
            "pagina": routes.gemeente_url(naam),
        })
    return rows


def inzet_rows(gegevens) -> list[Row]:
    """What each municipality did or planned with the money, as public documents say, in the order of its page."""
    rows = [{"gemeente_id": gemeente.id, "tekst": tekst(inzet.tekst), "datum": inzet.datum, **bron_cellen(inzet.bron)}
            for gemeente in sorted(gegevens.gemeenten.values(), key=lambda g: g.id) for inzet in gemeente.inzet]
    return [{"nummer": index, **row} for index, row in enumerate(rows, start=1)]


GEMEENTELIJST = Tabel(
    "gemeentelijst", "De gemeenten met een eigen pagina op deze site: een openbaar document noemt een bedrag, de "
    "inzet of de besteding van de gemeente, of er is een initiatief uit de bronnen. Dit is geen lijst van alle "
    "gemeenten. Staat een gemeente er niet in, dan heeft de site geen eigen document over haar. Het bedrag dat elke "
    "gemeente kreeg, staat in de aanvullende brief gemeentefonds van maart 2021.",
    gemeentelijst_rows,
    (
        Veld("id", "string", "Id van de gemeente: het laatste deel van het webadres van haar pagina; gemeente_id in de "
             "andere bestanden."),
        Veld("naam", "string", "Naam van de gemeente."),
        Veld("aantal_bedragen", "integer", "Hoeveel rijen gemeenten.csv voor deze gemeente heeft. 0 betekent niet dat "
             "de gemeente geen geld kreeg."),
        Veld("aantal_inzet", "integer", "Hoeveel rijen inzet.csv voor deze gemeente heeft. 0 betekent niet dat de "
             "gemeente niets met het geld deed."),
        Veld("aantal_besteding", "integer", "Hoeveel rijen besteding.csv voor deze gemeente heeft. 0 betekent niet dat "
             "er niets over de besteding bekend is."),
        Veld("toelichting", "string", "Wat de site opmerkt over de documenten van deze gemeente, bijvoorbeeld dat een "
             "bedrag ook ander geld telt."),
        Veld("initiatief_ids", "string", "De initiatieven in deze gemeente (id in initiatieven.csv), gescheiden "
             "door |."),
        Veld("pagina", "string", "Webadres van de pagina van de gemeente, vanaf de hoofdpagina van de site."),
    ),
    ("id",),
)

INZET = Tabel(
    "inzet", "Wat een gemeente met het geld deed of van plan was, volgens een openbaar document. Elke rij is één "
    "keer dat een document dat noemt. Niet elke rij zegt hoeveel geld het was.",
    inzet_rows,
    (
        NUMMER,
        GEMEENTE_ID,
        Veld("tekst", "string", "Wat de gemeente deed of wilde doen, in de woorden van de site."),
        Veld("datum", "string", "De datum van het document: JJJJ-MM-DD, of JJJJ-MM als alleen de maand bekend is. Dit "
             "is niet altijd de dag waarop de gemeente iets deed. Leeg als het document geen datum noemt."),
        *bron_velden(),
    ),
    ("nummer",), (GEMEENTE_SLEUTEL,),
)
