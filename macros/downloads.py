"""The budget as open data: CSV and JSON, generated from the same models as the pages."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from . import routes
from .models import Begroting, Bron

CSV_COLUMNS = (
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


def begroting_csv(begroting: Begroting) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(begroting_rows(begroting))
    return buffer.getvalue()


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


DOWNLOADS = {
    "begroting.csv": lambda gegevens: begroting_csv(gegevens.begroting),
    "begroting.json": lambda gegevens: begroting_json(gegevens.begroting, gegevens.bronnen),
}


def write_downloads(gegevens, site_dir: Path) -> list[Path]:
    written = []
    for name, make in DOWNLOADS.items():
        target = site_dir / routes.download_url(name)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(make(gegevens), encoding="utf-8", newline="")
        written.append(target)
    return written
