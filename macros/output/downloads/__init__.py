"""All data as open data: per table a CSV, a JSON and a spreadsheet (.xlsx) file, the nested
budget, and the Frictionless datapackage.json that describes them, with one version for the
whole data set. Generated from the same models as the pages.

`TABLES` lists the tables by file name; `download_names` every file, for the page register
(the guard checks that each one was written).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ...formatting import urls as routes
from ...settings import DEFAULT_SITE_URL
from .budget_tables import BEGROTING, ROUTE, begroting_json, begroting_rows
from .encode import FORMULA_START, _cell, csv_text, json_text
from .gemeente_tables import GEMEENTELIJST, INZET
from .money_tables import BESTEDING, GEMEENTEN
from .package import DATA_PAGE, datapackage
from .register import AFWIJKINGEN, TEGENSTRIJDIGHEDEN
from .spreadsheet import Uitgave, xlsx_bytes
from .story_tables import BRONNEN, INITIATIEVEN, KERNCIJFERS, OPBRENGSTEN, RESULTATEN, TIJDLIJN
from .table import Row, Tabel
from .version import Dataversie, dataversie

TABLES: dict[str, Tabel] = {tabel.naam: tabel for tabel in (
    BEGROTING, ROUTE, INITIATIEVEN, RESULTATEN, GEMEENTELIJST, GEMEENTEN, INZET, BESTEDING, KERNCIJFERS,
    OPBRENGSTEN, TIJDLIJN, AFWIJKINGEN, TEGENSTRIJDIGHEDEN, BRONNEN)}

# Tables whose JSON is not the CSV's rows but a nested document of its own.
NESTED_JSON = {"begroting"}
FORMATS = ("csv", "json", "xlsx")
PACKAGE = "datapackage.json"


def download_names() -> list[str]:
    """The name of every open-data file, as `downloads` writes them (the page register lists them)."""
    return [f"{name}.{ext}" for name in TABLES for ext in FORMATS] + [PACKAGE]


@dataclass(frozen=True)
class OpenData:
    """The rows of every table and the CSV and JSON files made from them, with their version."""

    rijen: dict[str, list[Row]]
    teksten: dict[str, str]
    versie: Dataversie


_made: tuple[object, OpenData] | None = None
_versie: tuple[object, Dataversie] | None = None


def open_data(gegevens) -> OpenData:
    """The tables of these data, made once: the pre-render step needs the version for every
    page, the post-build step the files; one build makes them once (and lets them go once the
    files are written: at 5.000 initiatives they hold some 60 MB)."""
    global _made, _versie
    if _made is not None and _made[0] is gegevens:
        return _made[1]
    rijen = {name: tabel.rijen(gegevens) for name, tabel in TABLES.items()}
    teksten = {}
    for name, tabel in TABLES.items():
        teksten[f"{name}.csv"] = csv_text(rijen[name], tabel.kolommen)
        teksten[f"{name}.json"] = json_text(rijen[name])
    # The budget's JSON keeps its structure: onderdelen with totals and their lines.
    teksten["begroting.json"] = json_text(begroting_json(gegevens.begroting, gegevens.bronnen))
    made = OpenData(rijen, teksten, dataversie(teksten, gegevens.wijzigingen))
    _made, _versie = (gegevens, made), (gegevens, made.versie)
    return made


def data_version(gegevens) -> Dataversie:
    """The one version of the whole data set (see version.py); kept after the tables are let go."""
    if _versie is not None and _versie[0] is gegevens:
        return _versie[1]
    return open_data(gegevens).versie


def _files(gegevens, site_url: str, uitgever: str | None) -> Iterator[tuple[str, str | bytes]]:
    """Every open-data file by name, one after the other: CSV, JSON and XLSX per table, and the package."""
    made = open_data(gegevens)
    yield from made.teksten.items()
    uitgave = Uitgave(made.versie, site_url, uitgever)
    for name, tabel in TABLES.items():
        yield f"{name}.xlsx", xlsx_bytes(tabel, made.rijen[name], uitgave)
    yield PACKAGE, json_text(datapackage(TABLES, NESTED_JSON, made.versie, site_url))


def downloads(gegevens, site_url: str = DEFAULT_SITE_URL, uitgever: str | None = None) -> dict[str, str | bytes]:
    """Every open-data file by name: CSV, JSON and XLSX per table, and the package."""
    return dict(_files(gegevens, site_url, uitgever))


def write_downloads(gegevens, site_dir: Path, site_url: str = DEFAULT_SITE_URL,
                    uitgever: str | None = None) -> list[Path]:
    """Write every file as soon as it is made, then let the tables go (the version stays)."""
    global _made
    written = []
    for name, content in _files(gegevens, site_url, uitgever):
        target = site_dir / routes.download_url(name)
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8", newline="")
        written.append(target)
    _made = None
    return written


__all__ = ["DATA_PAGE", "FORMULA_START", "NESTED_JSON", "TABLES", "Dataversie", "_cell", "begroting_rows",
           "data_version", "datapackage", "download_names", "downloads", "open_data", "write_downloads"]
