"""All data as open data: per table a CSV and a JSON file, the nested budget, and the
Frictionless datapackage.json that describes them. Generated from the same models as the pages.

`TABLES` lists the tables by file name (the guard checks that each one was written).
"""

from __future__ import annotations

from pathlib import Path

from ...formatting import urls as routes
from .budget_tables import BEGROTING, ROUTE, begroting_json, begroting_rows
from .encode import FORMULA_START, _cell, csv_text, json_text
from .money_tables import BESTEDING, GEMEENTEN
from .package import datapackage
from .register import AFWIJKINGEN, TEGENSTRIJDIGHEDEN
from .story_tables import BRONNEN, INITIATIEVEN, KERNCIJFERS, OPBRENGSTEN, RESULTATEN, TIJDLIJN
from .table import Tabel

TABLES: dict[str, Tabel] = {tabel.naam: tabel for tabel in (
    BEGROTING, ROUTE, INITIATIEVEN, RESULTATEN, GEMEENTEN, BESTEDING, KERNCIJFERS, OPBRENGSTEN, TIJDLIJN,
    AFWIJKINGEN, TEGENSTRIJDIGHEDEN, BRONNEN)}

# Tables whose JSON is not the CSV's rows but a nested document of its own.
NESTED_JSON = {"begroting"}


def download_names() -> list[str]:
    """The name of every open-data file, as `downloads` writes them (the page register lists them)."""
    return [f"{name}.{ext}" for name in TABLES for ext in ("csv", "json")] + ["datapackage.json"]


def downloads(gegevens) -> dict[str, str]:
    """Every open-data file by name: CSV and JSON per table (the budget's JSON nested), the package."""
    files = {}
    for name, tabel in TABLES.items():
        rows = tabel.rijen(gegevens)
        files[f"{name}.csv"] = csv_text(rows, tabel.kolommen)
        files[f"{name}.json"] = json_text(rows)
    # The budget's JSON keeps its structure: onderdelen with totals and their lines.
    files["begroting.json"] = json_text(begroting_json(gegevens.begroting, gegevens.bronnen))
    files["datapackage.json"] = json_text(datapackage(TABLES, NESTED_JSON))
    return files


def write_downloads(gegevens, site_dir: Path) -> list[Path]:
    written = []
    for name, content in downloads(gegevens).items():
        target = site_dir / routes.download_url(name)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8", newline="")
        written.append(target)
    return written


__all__ = ["FORMULA_START", "NESTED_JSON", "TABLES", "_cell", "begroting_rows", "datapackage", "download_names",
           "downloads", "write_downloads"]
