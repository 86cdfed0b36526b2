"""datapackage.json: a Frictionless Data Package that describes every download, column by column."""

from __future__ import annotations

from ...formatting.urls import page_path
from .encode import formula_start_text
from .table import Tabel
from .version import Dataversie

DATA_PAGE = "data.md"  # the page that offers the downloads and explains them

LICENCE = {"name": "CC0-1.0", "title": "CC0 1.0 Universeel",
           "path": "https://creativecommons.org/publicdomain/zero/1.0/deed.nl"}


def _field(veld) -> dict[str, object]:
    field: dict[str, object] = {"name": veld.naam, "type": veld.soort, "description": veld.beschrijving}
    if veld.soort == "boolean":
        field["trueValues"], field["falseValues"] = ["true"], ["false"]
    if veld.soort == "number":
        field["decimalChar"] = "."
        field["bareNumber"] = True
    return field


def _schema(tabel: Tabel) -> dict[str, object]:
    schema: dict[str, object] = {
        "fields": [_field(veld) for veld in tabel.velden],
        "missingValues": [""],
        "primaryKey": list(tabel.sleutel),
    }
    if tabel.alle_verwijzingen:
        schema["foreignKeys"] = [{"fields": [column], "reference": {"resource": other, "fields": [other_column]}}
                                 for column, other, other_column in tabel.alle_verwijzingen]
    return schema


def _resource(tabel: Tabel, nested_json: bool) -> dict[str, object]:
    twin = (f"{tabel.naam}.json heeft dezelfde regels, per onderdeel, met de totalen en bij elk totaal de woorden "
            "van de bron die het noemt; de velden heten als in het CSV-bestand." if nested_json else
            f"{tabel.naam}.json heeft dezelfde rijen en kolommen als JSON: een lijst met één object per rij, "
            "getallen als JSON-getallen, ja/nee als true/false en een lege cel als null.")
    twin += (f" {tabel.naam}.xlsx heeft dezelfde rijen als rekenblad, met getallen als getallen en een tweede "
             "blad over de gegevens.")
    return {
        "name": tabel.naam, "path": f"{tabel.naam}.csv", "format": "csv", "mediatype": "text/csv",
        "encoding": "utf-8", "profile": "tabular-data-resource", "description": f"{tabel.beschrijving} {twin}",
        "schema": _schema(tabel),
    }


def datapackage(tables: dict[str, Tabel], nested: set[str], versie: Dataversie, site_url: str) -> dict[str, object]:
    """A Tabular Data Package of the CSV files; each description names its JSON and XLSX twins.
    Its version and date come from the data (version.py), never from the clock. Its homepage is
    the site's page about the data; the `pagina` columns are paths from the site's address."""
    return {
        "profile": "tabular-data-package",
        "name": "steunpakket-sociaal-mentaal-welzijn-leefstijl",
        "title": "Steunpakket sociaal en mentaal welzijn en leefstijl (2021)",
        "homepage": site_url + page_path(DATA_PAGE),
        "version": versie.versie,
        "created": versie.moment.isoformat(),
        "description": "Alle gegevens van de site: begroting, route, initiatieven en hun resultaten, de gemeenten "
                       "met een pagina, bedragen en inzet per gemeente, feiten over de besteding, kerncijfers, "
                       "opbrengsten, tijdlijn, het register van afwijkingen en de bronnen. De kolom pagina is een "
                       f"webadres vanaf de hoofdpagina van de site: {site_url}. Versie "
                       f"{versie.versie}: de gegevens zoals ze waren op {versie.datum_tekst}. Bedragen in hele euro's; "
                       f"in CSV een punt als decimaalteken. Een tekstcel die begint met {formula_start_text()} krijgt "
                       "vooraan een apostrof (') zodat een rekenprogramma hem niet uitvoert; in de JSON-bestanden "
                       "staat die apostrof er niet.",
        "licenses": [LICENCE],
        "resources": [_resource(tabel, name in nested) for name, tabel in tables.items()],
    }
