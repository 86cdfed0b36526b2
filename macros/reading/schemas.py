"""Validate data files against the JSON Schemas in data/schemas/, in Dutch.

The schemas are the single source of truth: the same files give editors
autocompletion in their editor (via the `yaml-language-server` line at the top
of each data file) and drive the checks here. Each schema node may carry an
`errorMessage` (the Dutch "how to fix" that VS Code also shows) and a
`description`.
"""

from __future__ import annotations

import copy
import datetime
import difflib
import json
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import fastjsonschema
from jsonschema import Draft7Validator, FormatChecker
from jsonschema.exceptions import ValidationError
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT7

from .problems import Problem
from .strict_yaml import YamlDocument, dotted

SCHEMA_DIR = Path(__file__).resolve().parents[2] / "data" / "schemas"

TYPE_NAMES = {
    "integer": "een geheel getal",
    "string": "tekst",
    "object": "een groep velden ('veld: waarde' op de regels eronder)",
    "array": "een lijst (regels die met '- ' beginnen)",
    "boolean": "true of false",
    "number": "een getal",
    "null": "leeg",
}

format_checker = FormatChecker()


@format_checker.checks("date", raises=ValueError)
def _is_date(value: object) -> bool:
    # Stricter than fromisoformat alone, which in Python 3.11 also takes '20210212'.
    if not isinstance(value, str):
        return True
    if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
        return False
    datetime.date.fromisoformat(value)
    return True


@format_checker.checks("datum-of-maand", raises=ValueError)
def _is_date_or_month(value: object) -> bool:
    if not isinstance(value, str):
        return True
    if re.fullmatch(r"[0-9]{4}-[0-9]{2}", value):
        datetime.date.fromisoformat(value + "-01")
        return True
    return _is_date(value)


@cache
def _registry() -> Registry:
    resources = [
        (path.name, Resource.from_contents(json.loads(path.read_text("utf-8")), default_specification=DRAFT7))
        for path in sorted(SCHEMA_DIR.glob("*.schema.json"))
    ]
    return Registry().with_resources(resources)


@cache
def validator_for(schema_name: str) -> Draft7Validator:
    schema = _registry().contents(schema_name)
    return Draft7Validator(schema, registry=_registry(), format_checker=format_checker)


@cache
def fast_check(schema_name: str) -> Callable[[Any], Any]:
    """The same schema compiled to Python by fastjsonschema: about 30x faster.

    Valid files, nearly all of them, only pay for this; a file it refuses is checked
    again with jsonschema, which names every problem and where it is.
    """
    return fastjsonschema.compile(_bundled(schema_name), formats={
        "date": lambda value: _is_valid_format(_is_date, value),
        "datum-of-maand": lambda value: _is_valid_format(_is_date_or_month, value),
    })


def _is_valid_format(check: Callable[[object], bool], value: object) -> bool:
    try:
        return check(value)
    except ValueError:
        return False


def _bundled(schema_name: str) -> dict[str, Any]:
    """The schema with the shared definitions copied in, so it has no external $ref."""
    schema = copy.deepcopy(_registry().contents(schema_name))
    shared = copy.deepcopy(_registry().contents("definities.schema.json")["definitions"])
    prefix = "definities.schema.json#/definitions/"

    def relink(node: Any, inside_shared: bool) -> Any:
        if isinstance(node, dict):
            reference = node.get("$ref", "")
            if reference.startswith(prefix):
                node["$ref"] = "#/definitions/gedeeld-" + reference.removeprefix(prefix)
            elif inside_shared and reference.startswith("#/definitions/"):
                node["$ref"] = "#/definitions/gedeeld-" + reference.removeprefix("#/definitions/")
            for value in node.values():
                relink(value, inside_shared)
        elif isinstance(node, list):
            for value in node:
                relink(value, inside_shared)
        return node

    relink(schema, inside_shared=False)
    definitions = schema.setdefault("definitions", {})
    for name, definition in shared.items():
        definitions[f"gedeeld-{name}"] = relink(definition, inside_shared=True)
    return schema


def schema_problems(document: YamlDocument, schema_name: str) -> list[Problem]:
    """Every way the document breaks its schema, as Dutch problems with places."""
    try:
        fast_check(schema_name)(document.data)
        return []
    except fastjsonschema.JsonSchemaException:
        pass  # find out exactly what is wrong, below
    validator = validator_for(schema_name)
    problems = [
        _explain(error, document)
        for error in validator.iter_errors(document.data)
    ]
    return sorted(set(problems))


def _explain(error: ValidationError, doc: YamlDocument) -> Problem:
    path = tuple(error.absolute_path)
    hint = error.schema.get("errorMessage", "") if isinstance(error.schema, dict) else ""
    if error.validator == "additionalProperties":
        message, hint, unknown = _unknown_fields(error)
        line, column = doc.place(path + (unknown,), key=True)
        return Problem(doc.file, line, column, dotted(path + (unknown,)), message, hint)
    if error.validator == "required":
        message, hint = _missing_field(error)
    else:
        message = _value_message(error, doc.raw(path))
    line, column = doc.place(path)
    return Problem(doc.file, line, column, dotted(path), message, hint)


def _unknown_fields(error: ValidationError) -> tuple[str, str, str]:
    """Message, hint (with the nearest allowed name) and the first unknown field."""
    allowed = sorted(error.schema.get("properties", {}))
    unknown = sorted(set(error.instance) - set(allowed))
    names = ", ".join(f"'{name}'" for name in unknown)
    message = f"onbekend veld {names}" if len(unknown) == 1 else f"onbekende velden {names}"
    close = difflib.get_close_matches(unknown[0], allowed, n=1)
    hint = (f"bedoelt u '{close[0]}'? " if close else "") + "toegestaan zijn: " + ", ".join(allowed)
    return message, hint, unknown[0]


def _missing_field(error: ValidationError) -> tuple[str, str]:
    missing = error.message.split("'")[1]
    description = error.schema.get("properties", {}).get(missing, {}).get("description", "")
    hint = f"voeg '{missing}:' toe" + (f" ({description.rstrip('.')})" if description else "")
    return f"het verplichte veld '{missing}' ontbreekt", hint


def _value_message(error: ValidationError, raw: str | None) -> str:
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
    if kind in ("minLength", "pattern", "format", "maxLength"):
        return _form_message(kind, value, limit)
    return error.message


def _form_message(kind: str, value: Any, limit: Any) -> str:
    if value == "" or (isinstance(value, str) and not value.strip()):
        return "dit veld is leeg"
    if kind == "format":
        return f"{_show(value)} is geen bestaande datum"
    if kind == "maxLength":
        return f"{_show(value)} is te lang (hoogstens {limit} tekens)"
    return f"{_show(value)} heeft niet de goede vorm"


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
