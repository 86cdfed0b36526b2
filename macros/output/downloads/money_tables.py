"""The tables of the money after the plan: the amounts public documents name per municipality,
and every fact about route, payment, spending and accountability."""

from __future__ import annotations

from ...formatting import urls as routes
from ...formatting.slugs import gemeente_slug
from ...reading.schemas import described
from .gemeente_tables import GEMEENTE_ID, GEMEENTE_SLEUTEL
from .table import KWALIFICATIE, Row, Tabel, Veld, bron_cellen, bron_velden, tekst


def gemeenten_rows(gegevens) -> list[Row]:
    """One row per amount a public document names for a municipality."""
    return [
        {"id": gemeente.figure_id(b), "gemeente_id": gemeente.id, "gemeente": gemeente.naam, "bedrag_id": b.id,
         "soort": b.soort, "bedrag_euro": b.bedrag, "kwalificatie": b.kwalificatie, "wat": tekst(b.wat),
         "periode": b.periode, "maatregel_id": b.maatregel, **bron_cellen(b.bron),
         "pagina": routes.gemeente_url(gemeente.naam)}
        for gemeente in sorted(gegevens.gemeenten.values(), key=lambda g: g.id)
        for b in gemeente.bedragen
    ]


def besteding_rows(gegevens) -> list[Row]:
    """Every fact about spending: the national ones, then each municipality's."""
    return [
        {"id": f.id, "soort": f.soort, "tekst": tekst(f.tekst),
         "gemeente_id": gemeente_slug(f.gemeente) if f.gemeente else None,
         "regel_ids": "|".join(f.regels) or None, "maatregel_ids": "|".join(f.maatregelen) or None,
         "geldt_voor_gemeentefonds": f.gemeentefonds, "bedrag_euro": f.bedrag, "kwalificatie": f.kwalificatie,
         "datum": f.datum, **bron_cellen(f.bron)}
        for f in gegevens.bestedingsfeiten
    ]


BEDRAG = Veld("bedrag_euro", "integer", "Het bedrag in hele euro's, zoals het document het noemt.")

GEMEENTEN = Tabel(
    "gemeenten", "De bedragen die een openbaar document noemt voor één gemeente: wat ze ontving of uittrok. "
    "Geen volledige lijst van alle gemeenten: het bedrag van elke gemeente staat bij de aanvullende brief "
    "gemeentefonds van maart 2021.",
    gemeenten_rows,
    (
        Veld("id", "string", "Id van het bedrag: gemeente:<gemeente_id>:<bedrag_id>, zoals de site het noemt."),
        GEMEENTE_ID,
        Veld("gemeente", "string", "Naam van de gemeente."),
        Veld("bedrag_id", "string", "Id van het bedrag binnen de gemeente."),
        Veld("soort", "string", "ontvangen (de gemeente kreeg het bedrag) of bestemd (de gemeente trok het uit voor "
             "een doel: een plan, geen uitgave)."),
        BEDRAG, KWALIFICATIE,
        Veld("wat", "string", "Waarvoor het bedrag is, in de woorden van de site."),
        Veld("periode", "string", "De periode zoals het document die noemt; leeg als het document er geen noemt."),
        Veld("maatregel_id", "string", "De maatregel in het gemeentefonds (id in route.csv), alleen als het "
             "document hem noemt."),
        *bron_velden(),
        Veld("pagina", "string", "Webadres van de pagina van de gemeente, vanaf de hoofdpagina van de site."),
    ),
    ("id",), (GEMEENTE_SLEUTEL, ("maatregel_id", "route", "id")),
)

BESTEDING = Tabel(
    "besteding", "Wat bekend is over het geld na het plan: de route, de betaling, de besteding en de "
    "verantwoording, elk met de woorden van de bron.",
    besteding_rows,
    (
        Veld("id", "string", "Id van het feit."),
        Veld("soort", "string", "Soort feit. " + described("definities.schema.json", "definitions",
                                                             "bestedingsfeit", "properties", "soort")),
        Veld("tekst", "string", "Het feit in de woorden van de site."),
        Veld("gemeente_id", "string", "De gemeente waar het feit over gaat (id in gemeentelijst.csv), als het over "
             "één gemeente gaat."),
        Veld("regel_ids", "string", "De begrotingsregels die de bron noemt (regel_id in begroting.csv), gescheiden "
             "door |."),
        Veld("maatregel_ids", "string", "De maatregelen in het gemeentefonds die de bron noemt (id in route.csv), "
             "gescheiden door |."),
        Veld("geldt_voor_gemeentefonds", "boolean", "true als het feit geldt voor al het geld van het pakket in het "
             "gemeentefonds."),
        Veld("bedrag_euro", "integer", "Het bedrag dat de bron noemt, in hele euro's; leeg als de bron er geen noemt. "
             "Dit is niet altijd geld dat is uitgegeven. Het kan ook een plan, een betaling, geld dat niet is "
             "uitgegeven of een maximum zijn. Wat het is, staat in de kolommen soort en tekst."),
        KWALIFICATIE,
        Veld("datum", "string", "Wanneer het gebeurde: JJJJ-MM-DD, of JJJJ-MM als de bron alleen de maand noemt."),
        *bron_velden(),
    ),
    ("id",), (GEMEENTE_SLEUTEL,),
)
