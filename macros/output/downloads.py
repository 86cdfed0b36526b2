"""The budget as open data: CSV and JSON, generated from the same models as the pages."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from ..facts.budget import Begroting
from ..facts.sources import Bron
from ..formatting import urls as routes

CSV_COLUMNS: tuple[str, ...] = (
    "onderdeel_id", "onderdeel", "soort", "actielijn_nummer",
    "regel_id", "regel", "bedrag_euro", "bron_id", "bron_vindplaats",
)


def begroting_rows(begroting: Begroting) -> list[dict[str, object]]:
    """One row per budget line: tidy data; totals are sums of these rows."""
    return [
        {
            "onderdeel_id": onderdeel.id,
            "onderdeel": onderdeel.label,
            "soort": onderdeel.soort,
            "actielijn_nummer": onderdeel.nummer if onderdeel.nummer is not None else "",
            "regel_id": regel.id,
            "regel": regel.naam,
            "bedrag_euro": regel.bedrag,
            "bron_id": regel.bron.document,
            "bron_vindplaats": regel.bron.vindplaats or "",
        }
        for onderdeel in begroting.onderdelen
        for regel in onderdeel.regels
    ]


def begroting_json(begroting: Begroting, bronnen: dict[str, Bron]) -> str:
    """Nested budget with declared and computed totals, amounts as whole euros."""
    document = {
        "titel": begroting.titel,
        "eenheid": "euro",
        "bron": begroting.bron.document,
        "totaal_euro": begroting.totaal,
        "lokaal_euro": begroting.lokaal.bedrag,
        "lokaal_bron": begroting.lokaal.bron.document,
        "onderdelen": [
            {
                "id": onderdeel.id,
                "soort": onderdeel.soort,
                "nummer": onderdeel.nummer,
                "naam": onderdeel.naam,
                "titel": onderdeel.titel,
                "totaal_euro": onderdeel.totaal,
                "regels": [
                    {"id": regel.id, "naam": regel.naam, "bedrag_euro": regel.bedrag,
                     "bron": regel.bron.document, "vindplaats": regel.bron.vindplaats}
                    for regel in onderdeel.regels
                ],
            }
            for onderdeel in begroting.onderdelen
        ],
        "bronnen": {bron_id: {"titel": bron.titel, "uitgever": bron.uitgever, "datum": bron.datum,
                              "kenmerk": bron.kenmerk, "adres": bron.adres}
                    for bron_id, bron in sorted(bronnen.items())},
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _csv(rows: list[dict[str, object]], columns: tuple[str, ...]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows({column: _cell(value) for column, value in row.items()} for row in rows)
    return buffer.getvalue()


# Text that a spreadsheet would read as a formula (CSV injection): =, +, -, @, and the
# tab and carriage return that some programs strip first. Numbers stay numbers.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> object:
    """A text cell that starts like a formula gets a leading apostrophe, as OWASP advises."""
    return "'" + value if isinstance(value, str) and value.startswith(FORMULA_START) else value


def _json(document: object) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def initiatieven_rows(gegevens) -> list[dict[str, object]]:
    return [
        {
            "id": i.id, "naam": i.naam, "niveau": i.niveau, "gemeenten": "|".join(i.gemeenten),
            "actielijn_id": i.actielijn, "regel_id": i.begrotingsregel or "", "organisaties": "|".join(i.organisaties),
            "omschrijving": " ".join(i.omschrijving.split()),
            "voorbeeld_kamerbrief_februari_2021": "true" if i.gepland_voorbeeld else "false",
            "resultaat_opbrengstenbrief_december_2021": "true" if i.gerapporteerd_resultaat else "false",
            "bron_ids": "|".join(sorted(i.cited_documents())),
            "pagina": routes.initiatief_url(i.id),
        }
        for i in sorted(gegevens.initiatieven.values(), key=lambda i: i.id)
    ]


def kerncijfers_rows(gegevens) -> list[dict[str, object]]:
    return [
        {
            "id": k.id, "omschrijving": k.omschrijving,
            "waarde": str(k.getal.waarde) if k.getal else "", "eenheid": k.getal.eenheid if k.getal else "",
            "kwalificatie": (k.getal.kwalificatie or "") if k.getal else "", "waarde_tekst": k.waarde_tekst or "",
            "vergelijking": k.vergelijking or "", "populatie": k.populatie, "gemeten": k.gemeten,
            "oorspronkelijke_bron": k.oorspronkelijke_bron or "", "actielijn_id": k.actielijn or "",
            "bron_id": k.bron.document, "bron_vindplaats": k.bron.vindplaats or "",
        }
        for k in gegevens.kerncijfers
    ]


def bronnen_rows(gegevens) -> list[dict[str, object]]:
    return [
        {"id": b.id, "titel": b.titel, "kort": b.kort, "uitgever": b.uitgever, "soort": b.soort,
         "datum": b.datum or "", "kenmerk": b.kenmerk or "", "adres": b.adres or "",
         "toelichting": " ".join((b.toelichting or "").split())}
        for b in sorted(gegevens.bronnen.values(), key=lambda b: b.id)
    ]


TABLES = {
    "begroting": (lambda g: begroting_rows(g.begroting), CSV_COLUMNS),
    "initiatieven": (initiatieven_rows, (
        "id", "naam", "niveau", "gemeenten", "actielijn_id", "regel_id", "organisaties", "omschrijving",
        "voorbeeld_kamerbrief_februari_2021", "resultaat_opbrengstenbrief_december_2021", "bron_ids", "pagina")),
    "kerncijfers": (kerncijfers_rows, (
        "id", "omschrijving", "waarde", "eenheid", "kwalificatie", "waarde_tekst", "vergelijking", "populatie",
        "gemeten", "oorspronkelijke_bron", "actielijn_id", "bron_id", "bron_vindplaats")),
    "bronnen": (bronnen_rows, ("id", "titel", "kort", "uitgever", "soort", "datum", "kenmerk", "adres", "toelichting")),
}


def downloads(gegevens) -> dict[str, str]:
    """Every open-data file by name: CSV and JSON per table (the budget's JSON nested), the package."""
    files = {}
    for name, (make_rows, columns) in TABLES.items():
        rows = make_rows(gegevens)
        files[f"{name}.csv"] = _csv(rows, columns)
        files[f"{name}.json"] = _json(rows)
    # The budget's JSON keeps its structure: onderdelen with totals and their lines.
    files["begroting.json"] = begroting_json(gegevens.begroting, gegevens.bronnen)
    files["datapackage.json"] = _json(datapackage())
    return files


def write_downloads(gegevens, site_dir: Path) -> list[Path]:
    written = []
    for name, content in downloads(gegevens).items():
        target = site_dir / routes.download_url(name)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8", newline="")
        written.append(target)
    return written


FIELD_TYPES = {"bedrag_euro": "integer", "actielijn_nummer": "integer", "waarde": "number",
               "voorbeeld_kamerbrief_februari_2021": "boolean", "resultaat_opbrengstenbrief_december_2021": "boolean"}
DESCRIPTIONS = {
    "begroting": "De begroting naar doel: één rij per begrotingsregel, bedragen in hele euro's.",
    "initiatieven": "Alle initiatieven en voorbeelden uit de bronnen; lijsten gescheiden door |.",
    "kerncijfers": "De cijfers over de situatie waarop het pakket antwoordde, zoals de bronnen ze geven.",
    "bronnen": "De brondocumenten van de site.",
}
PRIMARY_KEYS = {"begroting": "regel_id", "initiatieven": "id", "kerncijfers": "id", "bronnen": "id"}


def datapackage() -> dict[str, object]:
    """A Frictionless Tabular Data Package describing the CSV files."""
    resources = []
    for name, (_, columns) in TABLES.items():
        fields = []
        for column in columns:
            field: dict[str, object] = {"name": column, "type": FIELD_TYPES.get(column, "string")}
            if field["type"] == "boolean":
                field["trueValues"], field["falseValues"] = ["true"], ["false"]
            fields.append(field)
        schema: dict[str, object] = {"fields": fields, "primaryKey": [PRIMARY_KEYS[name]]}
        if "bron_id" in columns:
            schema["foreignKeys"] = [{"fields": ["bron_id"], "reference": {"resource": "bronnen", "fields": ["id"]}}]
        resources.append({
            "name": name, "path": f"{name}.csv", "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
            "profile": "tabular-data-resource", "description": DESCRIPTIONS[name], "schema": schema,
        })
    return {
        "profile": "tabular-data-package",
        "name": "steunpakket-sociaal-mentaal-welzijn-leefstijl",
        "title": "Steunpakket sociaal en mentaal welzijn en leefstijl (2021)",
        "licenses": [{"name": "CC0-1.0", "title": "CC0 1.0 Universeel",
                      "path": "https://creativecommons.org/publicdomain/zero/1.0/deed.nl"}],
        "resources": resources,
    }
