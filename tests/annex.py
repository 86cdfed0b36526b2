"""The financial annex as an independent reference, with the changes recorded since.

The site may differ from its source only by a change recorded in data/wijzigingen.yaml;
`expected_from_source` applies those changes, oldest first, to the annex's values.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import yaml
from dutch_numbers import MILJOEN
from project_copy import ROOT

REFERENCE = Path(__file__).resolve().parent / "referentie" / "bijlage-financieel-overzicht.yaml"


def annex() -> list[dict]:
    return yaml.safe_load(REFERENCE.read_text("utf-8"))["cijfers"]


def euros(miljoen: str) -> int:
    value = Decimal(miljoen.replace(",", ".")) * MILJOEN
    assert value == value.to_integral_value(), f"{REFERENCE.name}: {miljoen} is geen geheel aantal euro's"
    return int(value)


def expected_from_source(root: Path = ROOT) -> dict[str, tuple[int, int, str]]:
    """Per fact: (the annex's value, that value after every recorded change, the annex's name)."""
    log = yaml.safe_load((root / "data" / "wijzigingen.yaml").read_text("utf-8"))["wijzigingen"]
    result = {}
    for item in annex():
        start = running = euros(item["miljoen"])
        for entry in reversed(log):  # the file lists the newest first
            for change in entry.get("cijfers", []):
                if change["feit"] == item["feit"] and change.get("oud") == running:
                    running = change.get("nieuw")
        result[item["feit"]] = (start, running, item["in_bron"])
    return result
