"""CSV and JSON text from typed rows: exact numbers, real booleans, cells safe in a spreadsheet.

Rows hold Python values: `str`, `int` (whole euros, counts), `Decimal` (percentages and
other exact figures), `bool` and `None` (no value). JSON gets them as JSON strings,
numbers, `true`/`false` and `null`; a `Decimal` is written digit for digit, never through
a float. CSV writes numbers with a dot as decimal separator, booleans as `true`/`false`
and no value as an empty cell.
"""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from json.encoder import encode_basestring as _string

# Text that a spreadsheet would read as a formula (CSV injection): =, +, -, @, and the
# tab and carriage return that some programs strip first. Numbers stay numbers.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# How a reader names the invisible ones (datapackage.json and the data page say which cells get the apostrophe).
FORMULA_START_NAMES = {"\t": "een tab", "\r": "een regeleinde"}


def formula_start_text() -> str:
    """The characters of FORMULA_START in words: '=, +, -, @, een tab of een regeleinde'."""
    names = [FORMULA_START_NAMES.get(char, char) for char in FORMULA_START]
    return ", ".join(names[:-1]) + " of " + names[-1]


def _cell(value: object) -> object:
    """A text cell that starts like a formula gets a leading apostrophe, as OWASP advises."""
    return "'" + value if isinstance(value, str) and value.startswith(FORMULA_START) else value


def decimal_text(value: Decimal) -> str:
    """'49.1', '87.5', '58500': plain notation with a dot, no exponent, no float on the way."""
    if not value.is_finite():
        raise ValueError(f"geen eindig getal: {value}")
    return format(value, "f")


def csv_value(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return decimal_text(value)
    return _cell(value)


def csv_text(rows: list[dict[str, object]], columns: tuple[str, ...]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows({column: csv_value(value) for column, value in row.items()} for row in rows)
    return buffer.getvalue()


def json_text(document: object) -> str:
    """JSON with two-space indentation, like json.dumps(indent=2), and exact Decimals."""
    return _encode(document, "") + "\n"


def _encode(value: object, indent: str) -> str:
    # The common values first, each as json.dumps writes it (its string encoder, in C, is
    # what json.dumps(ensure_ascii=False) uses): this runs for every cell of the open data.
    if isinstance(value, str):
        return _string(value)
    if value is None or isinstance(value, bool):
        return "null" if value is None else ("true" if value else "false")
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, Decimal):
        return decimal_text(value)
    if isinstance(value, float):
        raise TypeError("een float hoort niet in de open data: gebruik int of Decimal")
    inner = indent + "  "
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = (f"{inner}{_string(str(key))}: {_encode(item, inner)}" for key, item in value.items())
        return "{\n" + ",\n".join(items) + "\n" + indent + "}"
    if isinstance(value, list | tuple):
        if not value:
            return "[]"
        return "[\n" + ",\n".join(inner + _encode(item, inner) for item in value) + "\n" + indent + "]"
    return json.dumps(value, ensure_ascii=False)
