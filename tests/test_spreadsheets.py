"""Every download table also as a spreadsheet: read back with openpyxl, every cell has its
own type (numbers as numbers, yes/no as booleans, text as text and never a formula) and the
value of the CSV and of data/; the second sheet says where the data come from, the licence,
the version and the date. The same data give the same bytes."""

from __future__ import annotations

import csv
import datetime
import io
import json
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
import yaml
from conftest import ROOT, SITE_URL

from macros.output.downloads import FORMULA_START, TABLES, downloads
from macros.output.downloads.spreadsheet import OVER, Uitgave, xlsx_bytes
from macros.output.downloads.table import Tabel, Veld
from macros.output.downloads.version import Dataversie

KINDS = {"integer": int, "number": (int, float), "boolean": bool, "string": str}


def package(site: Path) -> dict:
    return json.loads((site / "downloads" / "datapackage.json").read_text("utf-8"))


def fields(site: Path, name: str) -> list[dict]:
    return next(r for r in package(site)["resources"] if r["name"] == name)["schema"]["fields"]


def workbook(path: Path) -> openpyxl.Workbook:
    return openpyxl.load_workbook(path)


def csv_expected(cell: str, kind: str) -> object:
    """The value a CSV cell stands for: without the apostrophe that guards a formula-like text."""
    if cell == "":
        return None
    if kind == "string":
        return cell[1:] if cell.startswith("'") and cell[1:].startswith(FORMULA_START) else cell
    return {"integer": int, "number": Decimal, "boolean": {"true": True, "false": False}.__getitem__}[kind](cell)


def same(value: object, expected: object, kind: str) -> bool:
    if kind == "number" and expected is not None:
        return isinstance(value, int | float) and not isinstance(value, bool) and Decimal(repr(value)) == expected
    return value == expected and (kind != "integer" or not isinstance(value, bool))


def test_every_table_has_its_spreadsheet_beside_it(site: Path) -> None:
    for name in TABLES:
        assert (site / "downloads" / f"{name}.xlsx").is_file(), name
        assert workbook(site / "downloads" / f"{name}.xlsx").sheetnames == [name, OVER]


def test_every_cell_has_its_own_type_and_the_value_of_the_csv(site: Path) -> None:
    for name in TABLES:
        columns = fields(site, name)
        sheet = workbook(site / "downloads" / f"{name}.xlsx")[name]
        rows = list(sheet.iter_rows())
        assert [c.value for c in rows[0]] == [f["name"] for f in columns], name
        table = list(csv.reader(io.StringIO((site / "downloads" / f"{name}.csv").read_text("utf-8"))))[1:]
        assert len(rows) - 1 == len(table), name
        for row, csv_row in zip(rows[1:], table, strict=True):
            for cell, text, field in zip(row, csv_row, columns, strict=True):
                kind, expected = field["type"], csv_expected(text, field["type"])
                where = (name, cell.coordinate, field["name"], text)
                assert cell.data_type != "f", where  # never a formula
                assert same(cell.value, expected, kind), (*where, cell.value)
                if expected is not None:
                    assert isinstance(cell.value, KINDS[kind]), (*where, type(cell.value))
                if kind == "string" and expected is not None:
                    assert cell.data_type == "s" and cell.quotePrefix == expected.startswith(FORMULA_START), where


def test_euros_are_whole_numbers_shown_as_dutch_euros_and_add_up_to_data(site: Path) -> None:
    raw = yaml.safe_load((ROOT / "data" / "begroting.yaml").read_text("utf-8"))
    sheet = workbook(site / "downloads" / "begroting.xlsx")["begroting"]
    header = [c.value for c in next(sheet.iter_rows(max_row=1))]
    column = header.index("bedrag_euro")
    cells = [row[column] for row in sheet.iter_rows(min_row=2)]
    expected = [r["bedrag"] for o in raw["onderdelen"] for r in o["regels"]]
    assert [c.value for c in cells] == expected
    assert all(type(c.value) is int and "#,##0" in c.number_format and "€" in c.number_format for c in cells)
    assert sum(c.value for c in cells) == raw["totaal"]


def test_decimals_keep_their_digits(site: Path) -> None:
    """A percentage such as 48.7 is the number 48.7, from the exact value in data/."""
    raw = yaml.load((ROOT / "data" / "kerncijfers.yaml").read_text("utf-8"), Loader=yaml.BaseLoader)["kerncijfers"]
    sheet = workbook(site / "downloads" / "kerncijfers.xlsx")["kerncijfers"]
    header = [c.value for c in next(sheet.iter_rows(max_row=1))]
    values = [row[header.index("waarde")].value for row in sheet.iter_rows(min_row=2)]
    expected = [Decimal(k["waarde"].replace(".", "").replace(",", ".")) if "waarde" in k else None for k in raw]
    assert [None if v is None else Decimal(repr(v)) for v in values] == expected
    assert any(e is not None and e != e.to_integral_value() for e in expected), "test needs a decimal in data/"


def over(site: Path, name: str) -> dict[str, str]:
    sheet = workbook(site / "downloads" / f"{name}.xlsx")[OVER]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    return {row[0]: row[1] for row in rows if row[0] and row[1] and row[0] != "Kolom"}


def test_the_sheet_about_the_data_says_source_licence_version_and_date(site: Path) -> None:
    version, created = package(site)["version"], package(site)["created"]
    for name in TABLES:
        about = over(site, name)
        assert "CC0" in about["Licentie"] and SITE_URL in about["Bron"], name
        assert about["Versie van de gegevens"] == version
        assert created[:10] in about["Datum van de gegevens"]
        assert about["Adres van de site"] == SITE_URL
        assert about["Adres van dit bestand"] == f"{SITE_URL}downloads/{name}.xlsx"
        assert about["Uitgever"] == "Nog niet bekend"  # the test build sets no SITE_PUBLISHER
        sheet = workbook(site / "downloads" / f"{name}.xlsx")[OVER]
        described = {row[0].value: row[2].value for row in sheet.iter_rows() if row[2].value}
        for field in fields(site, name):
            assert described[field["name"]] == field["description"], (name, field["name"])


def test_the_spreadsheets_depend_on_the_data_alone(site: Path) -> None:
    """Made again now, in this process, from a fresh read of data/: the same bytes as the build
    made earlier. Their document date is the data version's, not the clock's."""
    from macros.facts.loader import load_gegevens

    files = downloads(load_gegevens(), SITE_URL)
    for name in TABLES:
        assert files[f"{name}.xlsx"] == (site / "downloads" / f"{name}.xlsx").read_bytes(), name
    created = datetime.datetime.fromisoformat(package(site)["created"]).astimezone(datetime.UTC)
    assert workbook(site / "downloads" / "begroting.xlsx").properties.created == created.replace(tzinfo=None)


VERSIE = Dataversie("2021.2.12+0123abcd", "2021-02-12", "proef", "0123abcd")
PROEF = Tabel("proef", "Een proef.", lambda g: [], (
    Veld("tekst", "string", "Tekst."), Veld("bedrag_euro", "integer", "Euro's."), Veld("aantal", "integer", "Aantal."),
    Veld("waarde", "number", "Waarde."), Veld("ja", "boolean", "Ja of nee."), Veld("leeg", "string", "Leeg.")),
    ("tekst",))


@pytest.mark.parametrize("text", ["=1+2", "+31", "-x", "@SUM(A1)", "=HYPERLINK(\"http://x\")", "\tx", "gewoon"])
def test_a_text_that_looks_like_a_formula_stays_text(text: str) -> None:
    row = {"tekst": text, "bedrag_euro": 6_500_000, "aantal": 7, "waarde": Decimal("48.7"), "ja": True, "leeg": None}
    sheet = openpyxl.load_workbook(io.BytesIO(xlsx_bytes(PROEF, [row], Uitgave(VERSIE, SITE_URL))))["proef"]
    cells = list(sheet.iter_rows(min_row=2))[0]
    assert (cells[0].value, cells[0].data_type, cells[0].quotePrefix) == (text, "s", text[0] in "=+-@\t")
    assert (cells[1].value, cells[2].value, cells[3].value, cells[4].value, cells[5].value) == (
        6_500_000, 7, 48.7, True, None)
    assert "€" in cells[1].number_format and "€" not in cells[2].number_format


def test_a_float_or_an_inexact_number_is_refused() -> None:
    for value in (0.1, Decimal("1.2345678901234567")):
        row = {"tekst": "x", "bedrag_euro": 1, "aantal": 1, "waarde": value, "ja": False, "leeg": None}
        with pytest.raises((TypeError, ValueError)):
            xlsx_bytes(PROEF, [row], Uitgave(VERSIE, SITE_URL))


def test_hostile_text_never_becomes_a_formula(hostile_site: tuple[Path, dict[str, list[str]]]) -> None:
    site, _ = hostile_site
    for name in TABLES:
        book = workbook(site / "downloads" / f"{name}.xlsx")
        for sheet in book.worksheets:
            for row in sheet.iter_rows():
                for cell in row:
                    assert cell.data_type != "f", (name, sheet.title, cell.coordinate, cell.value)
                    if isinstance(cell.value, str) and cell.value.startswith(FORMULA_START):
                        assert cell.quotePrefix, (name, cell.coordinate, cell.value)
