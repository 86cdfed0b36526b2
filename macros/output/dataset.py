"""The data page's description of the data set in schema.org `Dataset` terms (JSON-LD), so that
dataset search engines find it: name, description, licence, publisher, version, date and every
download with its format and address.

The JSON is printed inside a `<script type="application/ld+json">` element, where HTML's own
escaping does not apply: `script_json` writes `<`, `>` and `&` (and the line separators U+2028
and U+2029) as `\\u` escapes, so no value can end the element or start markup. The guard
refuses such a block that does not parse as JSON or that holds a `<`.
"""

from __future__ import annotations

import json

from ..formatting import urls
from .downloads import DATA_PAGE, PACKAGE, TABLES, Dataversie, download_names
from .downloads.package import LICENCE

NAME = "Steunpakket sociaal en mentaal welzijn en leefstijl (2021)"
DESCRIPTION = (
    "Open data over het steunpakket sociaal en mentaal welzijn en leefstijl dat het kabinet in "
    "februari 2021 aankondigde: de begroting per actielijn en regel, de route van het geld, de initiatieven en hun "
    "resultaten, kerncijfers, opbrengsten, de tijdlijn, afwijkingen tussen bronnen en de bronnen zelf. Elke rij "
    "noemt zijn bron. Als CSV, JSON en Excel-bestand (.xlsx), beschreven in een Frictionless Data Package."
)
MEDIA_TYPES = {
    "csv": "text/csv",
    "json": "application/json",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026", 0x2028: "\\u2028", 0x2029: "\\u2029"}


def dataset(site_url: str, publisher: str | None, versie: Dataversie) -> dict[str, object]:
    """The schema.org Dataset of the open data; a publisher only where the settings name one."""
    document: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "Dataset",
        "name": NAME,
        "description": DESCRIPTION,
        "url": site_url + urls.page_path(DATA_PAGE),
        "license": LICENCE["path"],
        "isAccessibleForFree": True,
        "inLanguage": "nl",
        "version": versie.versie,
        "dateModified": versie.datum,
        "keywords": ["steunpakket", "sociaal en mentaal welzijn", "leefstijl", "corona", "begroting", "open data"],
        "spatialCoverage": {"@type": "Place", "name": "Nederland"},
        "distribution": [distribution(site_url, name) for name in download_names()],
    }
    if publisher:
        organisation = {"@type": "Organization", "name": publisher}
        document["creator"] = organisation
        document["publisher"] = organisation
    return document


def distribution(site_url: str, name: str) -> dict[str, str]:
    stem, _, extension = name.rpartition(".")
    tabel = TABLES.get(stem)
    description = (tabel.beschrijving if tabel is not None else
                   "Beschrijving van alle CSV-bestanden, kolom voor kolom (Frictionless Data Package)."
                   if name == PACKAGE else name)
    return {"@type": "DataDownload", "name": name, "description": description,
            "encodingFormat": MEDIA_TYPES[extension], "contentUrl": site_url + urls.download_url(name)}


def script_json(document: object) -> str:
    """JSON safe inside a script element: no `<`, `>` or `&`, no raw line separators."""
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).translate(ESCAPES)
