"""Each download table also as a spreadsheet (.xlsx), for readers who open it in Excel or
LibreOffice Calc: numbers are numbers, yes/no are real booleans, text is always text.

Written with XlsxWriter. Two sheets: the table, with its column names as in the CSV, and
"Over deze gegevens" with the source, the licence, the version and date of the data, the
addresses and a description of every column. Whole euros are integers shown with a Dutch
euro format; exact decimals (percentages and other figures) are written digit for digit from
their Decimal, never through a float. A text cell that starts like a formula (=, +, -, @)
stays text: it gets Excel's 'quote prefix' (a leading apostrophe that is not part of the
value), so the value equals the JSON's and editing the cell cannot turn it into a formula.

The file depends on the data alone: its document date is the data version's, and
XlsxWriter dates every part of the zip 1 January 1980, so the same data gives the same bytes.
"""

from __future__ import annotations

import datetime
import io
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from .encode import FORMULA_START
from .package import LICENCE
from .table import Row, Tabel
from .version import Dataversie

if TYPE_CHECKING:
    import xlsxwriter

OVER = "Over deze gegevens"
TITLE = "Steunpakket sociaal en mentaal welzijn en leefstijl"
# Whole euros with the reader's own thousands separator: € 14.000.000 in a Dutch spreadsheet.
EURO_FORMAT = '[$€-413] #,##0;[$€-413] -#,##0'
# Excel keeps 15 significant digits; a value with more would not arrive exactly.
EXCEL_DIGITS = 15
SOORTEN = {"string": "tekst", "integer": "geheel getal", "number": "getal",
           "boolean": "ja of nee (WAAR of ONWAAR)"}
MAX_WIDTH = 60


@dataclass(frozen=True)
class Uitgave:
    """What every file says about itself: the data version, the site's address and publisher."""

    versie: Dataversie
    site_url: str
    uitgever: str | None = None


def xlsx_bytes(tabel: Tabel, rows: list[Row], uitgave: Uitgave) -> bytes:
    """The workbook of one table: the rows, then the sheet about the data."""
    # Imported here, not above: the pre-render step imports this package (the data version), and
    # the build waits for that step; the workbooks are written while the generator builds.
    import xlsxwriter

    buffer = io.BytesIO()
    options = {"in_memory": True, "strings_to_formulas": False, "strings_to_numbers": False,
               "strings_to_urls": False}
    with xlsxwriter.Workbook(buffer, options) as workbook:
        workbook.set_properties({
            "title": f"{TITLE}: {tabel.naam}", "subject": tabel.beschrijving,
            "author": uitgave.uitgever or TITLE, "comments": f"Versie van de gegevens: {uitgave.versie.versie}",
            "created": uitgave.versie.moment.astimezone(datetime.UTC).replace(tzinfo=None),
        })
        formats = Formats(workbook)
        table_sheet(workbook.add_worksheet(tabel.naam[:31]), tabel, rows, formats)
        over_sheet(workbook.add_worksheet(OVER), tabel, uitgave, formats)
    return buffer.getvalue()


class Formats:
    """The few cell formats a workbook uses, made once per workbook."""

    def __init__(self, workbook: xlsxwriter.Workbook) -> None:
        self.header = workbook.add_format({"bold": True})
        self.euro = workbook.add_format({"num_format": EURO_FORMAT})
        self.integer = workbook.add_format({"num_format": "0"})
        self.guarded = workbook.add_format({"quote_prefix": True})


def table_sheet(sheet, tabel: Tabel, rows: list[Row], formats: Formats) -> None:
    widths = [len(veld.naam) for veld in tabel.velden]
    for col, veld in enumerate(tabel.velden):
        sheet.write_string(0, col, veld.naam, formats.header)
    for number, row in enumerate(rows, start=1):
        for col, veld in enumerate(tabel.velden):
            value = row[veld.naam]
            number_format = formats.euro if veld.naam.endswith("_euro") else formats.integer
            write_cell(sheet, number, col, value, formats, number_format)
            widths[col] = max(widths[col], len(str(value)) if value is not None else 0)
    for col, width in enumerate(widths):
        sheet.set_column(col, col, min(width + 2, MAX_WIDTH))
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, max(len(rows), 1), len(tabel.velden) - 1)


def write_cell(sheet, row: int, col: int, value: object, formats: Formats, integer_format=None) -> None:
    """One value with its own type: nothing for no value, a boolean, a number, or text."""
    if value is None:
        return
    if isinstance(value, bool):
        sheet.write_boolean(row, col, value)
    elif isinstance(value, int):
        sheet.write_number(row, col, value, integer_format)
    elif isinstance(value, Decimal):
        sheet.write_number(row, col, exact_number(value))
    elif isinstance(value, str):
        guard = formats.guarded if value.startswith(FORMULA_START) else None
        if sheet.write_string(row, col, value, guard) != 0:
            raise ValueError(f"tekst van {len(value)} tekens past niet in één cel van een rekenblad")
    else:
        raise TypeError(f"{type(value).__name__} hoort niet in de open data: gebruik int, Decimal, bool of str")


def exact_number(value: Decimal) -> Decimal:
    """A Decimal a spreadsheet holds exactly (XlsxWriter writes it with its own digits)."""
    if not value.is_finite() or len(value.as_tuple().digits) > EXCEL_DIGITS:
        raise ValueError(f"{value} past niet exact in een rekenblad (meer dan {EXCEL_DIGITS} cijfers)")
    return value


def over_rows(tabel: Tabel, uitgave: Uitgave) -> list[tuple[str, str]]:
    """The sheet about the data: what it is, where it comes from, who may use it, which version."""
    site, versie = uitgave.site_url, uitgave.versie
    return [
        ("Gegevens", tabel.beschrijving),
        ("Bestand", f"{tabel.naam}.xlsx. Dezelfde gegevens staan in {tabel.naam}.csv en {tabel.naam}.json."),
        ("Bron", f"{TITLE}, {site}. Heeft een rij een kolom bron_id, dan staat die bron in bronnen.xlsx."),
        ("Uitgever", uitgave.uitgever or "Nog niet bekend"),
        ("Licentie", f"{LICENCE['title']}: u mag de gegevens vrij gebruiken, zonder voorwaarden. {LICENCE['path']}"),
        ("Versie van de gegevens", versie.versie),
        ("Datum van de gegevens", f"{versie.datum_tekst} ({versie.datum})"),
        ("Adres van de site", site),
        ("Adres van dit bestand", f"{site}downloads/{tabel.naam}.xlsx"),
        ("Alle bestanden en uitleg", f"{site}data/"),
    ]


def over_sheet(sheet, tabel: Tabel, uitgave: Uitgave, formats: Formats) -> None:
    rows = over_rows(tabel, uitgave)
    for number, (label, text) in enumerate(rows):
        sheet.write_string(number, 0, label, formats.header)
        write_cell(sheet, number, 1, text, formats)
    start = len(rows) + 1
    for col, label in enumerate(("Kolom", "Soort", "Wat erin staat")):
        sheet.write_string(start, col, label, formats.header)
    for number, veld in enumerate(tabel.velden, start=start + 1):
        sheet.write_string(number, 0, veld.naam)
        sheet.write_string(number, 1, SOORTEN.get(veld.soort, veld.soort))
        sheet.write_string(number, 2, veld.beschrijving)
    sheet.set_column(0, 0, 26)
    sheet.set_column(1, 1, 24)
    sheet.set_column(2, 2, 90)
