"""The open-data files validate against their datapackage.json and hold exactly the data."""

from __future__ import annotations

import csv
import io
import json
import re
from decimal import Decimal
from pathlib import Path

import yaml
from bs4 import BeautifulSoup
from conftest import ROOT
from frictionless import Package

DATA = ROOT / "data"


def rows(site: Path, name: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO((site / "downloads" / name).read_text("utf-8"))))


def test_the_data_package_validates(site: Path) -> None:
    report = Package(str(site / "downloads" / "datapackage.json")).validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    package = json.loads((site / "downloads" / "datapackage.json").read_text("utf-8"))
    assert package["licenses"][0]["name"] == "CC0-1.0"
    assert {r["name"] for r in package["resources"]} == {"begroting", "initiatieven", "kerncijfers", "bronnen"}


def test_initiatives_file_holds_every_initiative(site: Path) -> None:
    files = sorted((DATA / "initiatieven").glob("*.yaml"))
    table = rows(site, "initiatieven.csv")
    assert [r["id"] for r in table] == [p.stem for p in files]
    for row, path in zip(table, files, strict=True):
        raw = yaml.safe_load(path.read_text("utf-8"))
        assert row["naam"] == csv_cell(raw["naam"])
        assert row["actielijn_id"] == raw["actielijn"]
        assert row["gemeenten"].split("|") == [csv_cell(g) for g in raw.get("gemeenten") or [""]]
    as_json = json.loads((site / "downloads/initiatieven.json").read_text("utf-8"))
    assert [{k: csv_cell(v) for k, v in row.items()} for row in as_json] == table


def csv_cell(text: str) -> str:
    """A spreadsheet must not read a text cell as a formula: such a cell starts with an apostrophe."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def test_no_csv_cell_can_become_a_spreadsheet_formula(site: Path) -> None:
    for path in (site / "downloads").glob("*.csv"):
        for row in csv.reader(io.StringIO(path.read_text("utf-8"))):
            for cell in row:
                assert cell[:1] not in ("=", "+", "@", "\t", "\r") and not re.match(r"-[^0-9]", cell), (path, cell)


def test_key_figures_file_holds_the_exact_values(site: Path) -> None:
    raw = yaml.load((DATA / "kerncijfers.yaml").read_text("utf-8"), Loader=yaml.BaseLoader)["kerncijfers"]
    table = rows(site, "kerncijfers.csv")
    assert [r["id"] for r in table] == [k["id"] for k in raw]
    for row, kerncijfer in zip(table, raw, strict=True):
        if "waarde" in kerncijfer:
            assert Decimal(row["waarde"]) == Decimal(kerncijfer["waarde"].replace(".", "").replace(",", "."))
        else:
            assert row["waarde"] == "" and row["waarde_tekst"] == kerncijfer["waarde_tekst"]


def test_sources_file_holds_every_source(site: Path) -> None:
    assert [r["id"] for r in rows(site, "bronnen.csv")] == sorted(p.stem for p in (DATA / "bronnen").glob("*.yaml"))


def test_the_data_page_links_every_file(site: Path, pages: dict[str, BeautifulSoup]) -> None:
    links = {a["href"].removeprefix("../downloads/") for a in pages["data/index.html"].select("a[download]")}
    assert links == {p.name for p in (site / "downloads").iterdir()}
    assert "CC0" in pages["data/index.html"].get_text()
