"""What a reader's spreadsheet program makes of the downloads, where LibreOffice is installed
(Debian's package libreoffice-calc-nogui; skipped without it): each spreadsheet opens with its
numbers as numbers, and a CSV file opened as the data page says (character set UTF-8, language
English (USA), comma as separator) gives its accents and its decimals."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import zipfile
from decimal import Decimal
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from macros.output.downloads import TABLES

SOFFICE = shutil.which("soffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is niet geïnstalleerd")
NS = {"table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
      "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
      "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0"}
# LibreOffice's CSV filter options: comma, double quote, UTF-8 (76), from row 1, column types
# guessed, and the language of the numbers: English (USA) 1033, as the data page tells readers.
CSV_AS_THE_PAGE_SAYS = "CSV:44,34,76,1,,1033"
# A number in OpenDocument: plain, or shown as an amount of money (our euro columns).
NUMBER_TYPES = ("float", "currency")


def convert(files: list[Path], out: Path, infilter: str | None = None) -> None:
    """Open the files in LibreOffice without a window and save them as OpenDocument."""
    command = [SOFFICE, f"-env:UserInstallation=file://{out / 'profiel'}", "--headless"]
    command += [f"--infilter={infilter}"] if infilter else []
    command += ["--convert-to", "ods", "--outdir", str(out), *map(str, files)]
    subprocess.run(command, check=True, capture_output=True, timeout=300)


def first_sheet(ods: Path) -> list[list[tuple[str, str]]]:
    """The first sheet as rows of (value type, value): a number type with its number, else the text."""
    root = ET.fromstring(zipfile.ZipFile(ods).read("content.xml"))
    sheet = root.find(".//table:table", NS)
    rows = []
    for row in sheet.findall("table:table-row", NS):
        cells: list[tuple[str, str]] = []
        for cell in row:
            kind = cell.get(f"{{{NS['office']}}}value-type", "")
            value = cell.get(f"{{{NS['office']}}}value") if kind in NUMBER_TYPES else \
                "\n".join("".join(p.itertext()) for p in cell.findall("text:p", NS))
            repeat = int(cell.get(f"{{{NS['table']}}}number-columns-repeated", "1"))
            cells += [(kind, value)] * min(repeat, 200)
        if any(kind for kind, _ in cells):
            rows.append(cells)
    return rows


def csv_rows(site: Path, name: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO((site / "downloads" / f"{name}.csv").read_text("utf-8"))))


def test_libreoffice_opens_every_spreadsheet_with_numbers_as_numbers(site: Path, tmp_path: Path) -> None:
    convert([site / "downloads" / f"{name}.xlsx" for name in TABLES], tmp_path)
    for name, tabel in TABLES.items():
        sheet = first_sheet(tmp_path / f"{name}.ods")
        table = csv_rows(site, name)
        assert [value for _, value in sheet[0][:len(table[0])]] == table[0], name
        for row, csv_row in zip(sheet[1:], table[1:], strict=True):
            for (kind, value), text, veld in zip(row, csv_row, tabel.velden, strict=False):
                if text and veld.soort in ("integer", "number"):
                    assert kind in NUMBER_TYPES and Decimal(value) == Decimal(text), (name, veld.naam, value, text)
                    assert (kind == "currency") == veld.naam.endswith("_euro"), (name, veld.naam, kind)
                elif text and veld.soort == "string":
                    assert kind == "string", (name, veld.naam, text)


def test_a_csv_opened_as_the_data_page_says_keeps_accents_and_decimals(site: Path, tmp_path: Path) -> None:
    name = "kerncijfers"
    table = csv_rows(site, name)
    column = table[0].index("waarde")
    decimals = [row[column] for row in table[1:] if "." in row[column]]
    assert decimals, "test needs a decimal in kerncijfers.csv"
    convert([site / "downloads" / f"{name}.csv"], tmp_path, CSV_AS_THE_PAGE_SAYS)
    sheet = first_sheet(tmp_path / f"{name}.ods")
    assert [value for kind, value in sheet[0][:len(table[0])]] == table[0]
    accented = 0
    for row, csv_row in zip(sheet[1:], table[1:], strict=True):
        kind, value = row[column]
        if csv_row[column]:
            assert kind == "float" and Decimal(value) == Decimal(csv_row[column]), (value, csv_row[column])
        for (kind, value), cell in zip(row, csv_row, strict=False):
            if kind == "string":  # every letter as in the file: é, ë, ‘ and ’ included
                assert value == cell, (value, cell)
                accented += not cell.isascii()
    assert accented, "test needs a text with accents in kerncijfers.csv"
