"""What is wrong with one value that breaks its schema, in Dutch words an editor knows.

Guesses what the editor meant where a mistake is common: a Dutch decimal comma or
thousands separator in an amount, a date written day first, a YAML 1.1 yes/no.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jsonschema.exceptions import ValidationError

TYPE_NAMES = {
    "integer": "een geheel getal",
    "string": "tekst",
    "object": "een groep velden ('veld: waarde' op de regels eronder)",
    "array": "een lijst (regels die met '- ' beginnen)",
    "boolean": "true of false",
    "number": "een getal",
    "null": "leeg",
}


def value_message(error: ValidationError, raw: str | None) -> str:
    """What is wrong with a value, in Dutch; the library's text for keywords not handled."""
    kind, value, limit = error.validator, error.instance, error.validator_value
    if kind == "type":
        return _type_message(value, limit, raw)
    if kind == "minimum":
        if limit == 1:
            return f"{_show(value)} mag niet nul of negatief zijn"
        return f"{_show(value)} is te klein; de kleinste toegestane waarde is {limit}"
    if kind == "maximum":
        return f"{_show(value)} is te groot; de grootste toegestane waarde is {limit}"
    if kind == "enum":
        options = ", ".join(f"'{option}'" for option in limit)
        return f"{_show(value)} is geen toegestane waarde; kies uit {options}"
    if kind == "minItems":
        return "de lijst is leeg"
    if kind == "pattern" and isinstance(error.schema, dict) and "format" in error.schema and isinstance(value, str):
        return _date_form_message(value)
    if kind in ("minLength", "pattern", "format", "maxLength"):
        return _form_message(kind, value, limit)
    if kind == "dependencies":
        return _dependency_message(value, limit) or error.message
    return error.message


def _dependency_message(value: Any, limit: Any) -> str | None:
    """A field that only means something beside another ('vindplaats' of a part's own 'citaat')."""
    if not isinstance(value, dict) or not isinstance(limit, dict):
        return None
    found = [(name, needed) for name, needs in limit.items() if name in value
             for needed in needs if needed not in value]
    return f"'{found[0][0]}' staat er zonder '{found[0][1]}'" if found else None


def _form_message(kind: str, value: Any, limit: Any) -> str:
    if value == "" or (isinstance(value, str) and not value.strip()):
        return "dit veld is leeg"
    if kind == "format":
        return f"{_show(value)} is geen bestaande datum"
    if kind == "maxLength":
        return f"{_show(value)} is te lang (hoogstens {limit} tekens)"
    return f"{_show(value)} heeft niet de goede vorm"


DAY_FIRST = re.compile(r"([0-9]{1,2})[-/.]([0-9]{1,2})[-/.]([0-9]{4})")


def _date_form_message(value: str) -> str:
    """A date not written as JJJJ-MM-DD; the Dutch order (day first) is the usual mistake."""
    if not value.strip():
        return "dit veld is leeg"
    day_first = DAY_FIRST.fullmatch(value.strip())
    if not day_first:
        return f"{_show(value)} is geen datum in de vorm JJJJ-MM-DD"
    day, month, year = day_first.groups()
    return f"{_show(value)} is geen datum in de vorm JJJJ-MM-DD; bedoelt u {year}-{int(month):02}-{int(day):02}?"


def _type_message(value: Any, expected: str | list[str], raw: str | None) -> str:
    wanted = expected if isinstance(expected, str) else expected[0]
    if wanted == "integer" and isinstance(value, str):
        return _amount_diagnosis(raw if raw is not None else value)
    if wanted == "boolean" and isinstance(value, str) and value.lower() in (
        "yes", "no", "on", "off", "y", "n", "ja", "nee", "true", "false",
    ):
        return f"'{value}' is hier geen geldige waarde: schrijf true of false (in kleine letters)"
    if wanted == "string" and isinstance(value, bool):
        return f"{_show(value)} wordt als ja/nee gelezen, niet als tekst; zet de tekst tussen aanhalingstekens"
    if wanted == "string" and isinstance(value, int):
        return f"{value} wordt als getal gelezen, niet als tekst; zet het tussen aanhalingstekens"
    if value is None:
        return f"dit veld is leeg; verwacht is {TYPE_NAMES.get(wanted, wanted)}"
    return f"{_show(value)} is {_kind_of(value)}, verwacht is {TYPE_NAMES.get(wanted, wanted)}"


def _amount_diagnosis(raw: str) -> str:
    """Say what an editor probably meant with a number that is not whole euros."""
    text = raw.strip()
    if re.fullmatch(r"-?[0-9]+,[0-9]+", text):
        return f"'{text}' bevat een komma; bedragen zijn hele euro's zonder komma (€ 9,5 miljoen is 9500000)"
    if re.fullmatch(r"-?[0-9]{1,3}(\.[0-9]{3})+", text):
        return f"'{text}' bevat punten als duizendtalscheiding; YAML leest dat als kommagetal"
    if re.fullmatch(r"-?[0-9]*\.[0-9]+([eE][-+]?[0-9]+)?|-?[0-9]+[eE][-+]?[0-9]+", text):
        return f"'{text}' is een kommagetal; een bedrag moet exact zijn, in hele euro's"
    if re.fullmatch(r"-?0[0-9]+", text):
        return f"'{text}' begint met een 0; YAML 1.1 leest zo'n getal als octaal (achttallig)"
    if "_" in text and re.fullmatch(r"[0-9_]+", text):
        return f"'{text}' bevat liggende streepjes; schrijf alleen cijfers"
    if re.search(r"[€\s]", text):
        return f"'{text}' bevat een euroteken of spaties; schrijf alleen cijfers"
    return f"'{text}' is geen geheel getal"


def _show(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f"'{value}'"
    if isinstance(value, (dict, list)):
        return _kind_of(value).removeprefix("een ")
    return str(value)


def _kind_of(value: Any) -> str:
    if isinstance(value, bool):
        return "ja/nee"
    if isinstance(value, int):
        return "een getal"
    if isinstance(value, str):
        return "tekst"
    if isinstance(value, list):
        return "een lijst"
    if isinstance(value, dict):
        return "een groep velden"
    return "leeg"
