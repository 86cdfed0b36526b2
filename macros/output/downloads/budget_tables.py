"""The money tables: the budget by goal (one row per line) and by route (gemeentefonds and
departments). Amounts are whole euros (`int`); totals are sums of the rows.
"""

from __future__ import annotations

from ...facts.budget import Begroting
from ...facts.sources import Bron
from .table import Row, Tabel, Veld, bron_cellen, bron_velden, tekst


def begroting_rows(begroting: Begroting) -> list[Row]:
    """One row per budget line: tidy data; totals are sums of these rows."""
    return [
        {
            "onderdeel_id": onderdeel.id, "onderdeel": onderdeel.label, "soort": onderdeel.soort,
            "actielijn_nummer": onderdeel.nummer, "regel_id": regel.id, "regel": regel.naam,
            "bedrag_euro": regel.bedrag, **bron_cellen(regel.bron),
        }
        for onderdeel in begroting.onderdelen
        for regel in onderdeel.regels
    ]


def begroting_json(begroting: Begroting, bronnen: dict[str, Bron]) -> dict[str, object]:
    """The budget nested by part: each total as computed from its lines (the build checks it
    against the total its source declares), with the words of the source that declares it; each
    line with its words. The source fields are named as in begroting.csv (`bron_cellen`)."""
    return {
        "titel": begroting.titel,
        "eenheid": "euro",
        "bron_id": begroting.bron.document,
        "totaal_euro": begroting.totaal,
        **bron_cellen(begroting.totaal_bron, "totaal_"),
        "lokaal_euro": begroting.lokaal.bedrag,
        **bron_cellen(begroting.lokaal.bron, "lokaal_"),
        "onderdelen": [
            {
                "id": onderdeel.id, "soort": onderdeel.soort, "nummer": onderdeel.nummer,
                "naam": onderdeel.naam, "titel": onderdeel.titel, "totaal_euro": onderdeel.totaal,
                **bron_cellen(onderdeel.bron, "totaal_"),
                "regels": [{"id": regel.id, "naam": regel.naam, "bedrag_euro": regel.bedrag, **bron_cellen(regel.bron)}
                           for regel in onderdeel.regels],
            }
            for onderdeel in begroting.onderdelen
        ],
        "bronnen": {bron_id: {"titel": bron.titel, "uitgever": bron.uitgever, "datum": bron.datum,
                              "kenmerk": bron.kenmerk, "adres": bron.adres}
                    for bron_id, bron in sorted(bronnen.items())},
    }


def route_rows(gegevens) -> list[Row]:
    """The gemeentefonds measures, one row each, then the departmental part as one row."""
    route = gegevens.route
    source = bron_cellen(route.bron)
    rows: list[Row] = [
        {"id": m.id, "route": "gemeentefonds", "naam": m.naam, "bedrag_euro": m.bedrag,
         "waarvan_gemeenten_euro": None, "uitkering": m.uitkering, "regel_ids": "|".join(m.regels) or None,
         "koppeling": tekst(m.koppeling), "omschrijving": None, **source}
        for m in route.maatregelen
    ]
    rows.append({"id": "departementen", "route": "departementen", "naam": "Begrotingen van de departementen",
                 "bedrag_euro": route.departementen, "waarvan_gemeenten_euro": route.departementen_waarvan_gemeenten,
                 "uitkering": None, "regel_ids": None, "koppeling": None,
                 "omschrijving": tekst(route.departementen_omschrijving), **bron_cellen(route.departementen_bron)})
    return rows


BEGROTING = Tabel(
    "begroting", "De begroting naar doel: het plan van februari 2021, één rij per begrotingsregel, bedragen in "
    "hele euro's. Een begroting zegt waarvoor het geld bedoeld was, niet wat er is uitgegeven (zie besteding.csv).",
    lambda g: begroting_rows(g.begroting),
    (
        Veld("onderdeel_id", "string", "Id van het onderdeel (actielijn of overig)."),
        Veld("onderdeel", "string", "Naam van het onderdeel."),
        Veld("soort", "string", "Soort onderdeel: actielijn of overig."),
        Veld("actielijn_nummer", "integer", "Nummer van de actielijn; leeg bij een onderdeel dat geen actielijn is."),
        Veld("regel_id", "string", "Id van de begrotingsregel."),
        Veld("regel", "string", "Naam van de begrotingsregel, zoals in de financiële bijlage."),
        Veld("bedrag_euro", "integer", "Bedrag van de regel in het plan, in hele euro's; geen uitgave."),
        *bron_velden(),
    ),
    ("regel_id",),
)

ROUTE = Tabel(
    "route", "De begroting naar route: de maatregelen in het gemeentefonds, één rij per maatregel, en het deel "
    "via de begrotingen van de departementen als laatste rij. Bedragen in hele euro's, zoals de begroting het geld "
    "verdeelt; wat er is uitgegeven, staat er niet in (zie besteding.csv).",
    route_rows,
    (
        Veld("id", "string", "Id van de maatregel; ‘departementen’ voor het deel via de departementen."),
        Veld("route", "string", "Langs welke weg het geld ging: gemeentefonds of departementen."),
        Veld("naam", "string", "Naam van de maatregel, zoals in de bron."),
        Veld("bedrag_euro", "integer", "Bedrag dat de begroting voor de maatregel of het deel noemt, in hele "
             "euro's; geen uitgave."),
        Veld("waarvan_gemeenten_euro", "integer", "Alleen bij de departementen: het deel daarvan dat ook naar "
             "gemeenten ging, in hele euro's."),
        Veld("uitkering", "string", "Soort uitkering uit het gemeentefonds."),
        Veld("regel_ids", "string", "De begrotingsregels (regel_id in begroting.csv) die bij de maatregel "
             "horen; meer dan één gescheiden door |."),
        Veld("koppeling", "string",
             "Hoe sterk het verband met de begrotingsregel is, en wat de bronnen erover zeggen."),
        Veld("omschrijving", "string", "Alleen bij de departementen: wat de bronnen over dit deel zeggen."),
        *bron_velden(),
    ),
    ("id",),
)
