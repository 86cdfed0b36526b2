"""The Routes page counts the links between gemeentefonds measures and budget lines from
data/route.yaml, never from a number typed into the page."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import yaml
from bs4 import BeautifulSoup

from macros.html.render import telwoord

DATA = Path(__file__).resolve().parent.parent / "data"


def test_the_count_of_namesake_measures_follows_the_data(pages: dict[str, BeautifulSoup]) -> None:
    route = yaml.safe_load((DATA / "route.yaml").read_text("utf-8"))
    begroting = yaml.safe_load((DATA / "begroting.yaml").read_text("utf-8"))
    per_regel = Counter(r for m in route["gemeentefonds"]["maatregelen"] for r in m["regels"])
    single = sum(1 for count in per_regel.values() if count == 1)
    table = pages["routes/index.html"].select_one("table.route-verband")
    sentence = table.find_previous("p").get_text(" ", strip=True)
    assert sentence.startswith(f"{telwoord(single).capitalize()} maatregelen in het gemeentefonds"), sentence
    amounts = {r["id"]: r["bedrag"] for o in begroting["onderdelen"] for r in o["regels"]}
    rows = table.select("tbody tr")
    assert len(rows) == len(per_regel)
    for row, regel_id in zip(rows, per_regel, strict=True):
        assert int(row.select_one("data")["data-amount"]) == amounts[regel_id]
