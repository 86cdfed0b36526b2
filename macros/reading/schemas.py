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
import functools
import hashlib
import json
import re
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import fastjsonschema

from ..project import DATA_DIR
from .code_cache import cached_code
from .problems import Problem
from .schema_messages import value_message
from .strict_yaml import YamlDocument, dotted

if TYPE_CHECKING:  # jsonschema is imported only when a file breaks its schema (a tenth of a second)
    from jsonschema import Draft7Validator, FormatChecker
    from jsonschema.exceptions import ValidationError
    from referencing import Registry

SCHEMA_DIR = DATA_DIR / "schemas"


def _is_date(value: object) -> bool:
    # Stricter than fromisoformat alone, which in Python 3.11 also takes '20210212'.
    if not isinstance(value, str):
        return True
    if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
        return False
    datetime.date.fromisoformat(value)
    return True


def _is_date_or_month(value: object) -> bool:
    if not isinstance(value, str):
        return True
    if re.fullmatch(r"[0-9]{4}-[0-9]{2}", value):
        datetime.date.fromisoformat(value + "-01")
        return True
    return _is_date(value)


@cache
def _format_checker() -> FormatChecker:
    from jsonschema import FormatChecker

    checker = FormatChecker()
    checker.checks("date", raises=ValueError)(_is_date)
    checker.checks("datum-of-maand", raises=ValueError)(_is_date_or_month)
    return checker


@cache
def _registry() -> Registry:
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT7

    resources = [
        (path.name, Resource.from_contents(schema_json(path.name), default_specification=DRAFT7))
        for path in sorted(SCHEMA_DIR.glob("*.schema.json"))
    ]
    return Registry().with_resources(resources)


@cache
def schema_json(schema_name: str) -> dict[str, Any]:
    """A schema file as it stands, read once (shared: read it, never change it)."""
    return json.loads((SCHEMA_DIR / schema_name).read_text("utf-8"))


def described(schema_name: str, *path: str) -> str:
    """The description of a field in a schema: the one wording of what its values mean, for every
    place that explains them (VELDEN.md for editors, the columns of the open data)."""
    node: Any = schema_json(schema_name)
    for key in path:
        node = node[key]
    return str(node["description"])


@cache
def validator_for(schema_name: str) -> Draft7Validator:
    from jsonschema import Draft7Validator

    schema = _registry().contents(schema_name)
    return Draft7Validator(schema, registry=_registry(), format_checker=_format_checker())


@cache
def fast_check(schema_name: str) -> Callable[[Any], Any]:
    """The same schema compiled to Python by fastjsonschema: about 30x faster.

    Valid files, nearly all of them, only pay for this; a file it refuses is checked
    again with jsonschema, which names every problem and where it is. What
    `fastjsonschema.compile` does, with the compiled code kept between builds (code_cache.py).
    """
    formats = {
        "date": lambda value: _is_valid_format(_is_date, value),
        "datum-of-maand": lambda value: _is_valid_format(_is_date_or_month, value),
    }
    code = cached_code(_schema_key(schema_name), lambda: fastjsonschema.compile_to_code(
        _bundled(schema_name), formats=formats), f"<schema {schema_name}>")
    namespace: dict[str, Any] = {}
    exec(code, namespace)  # noqa: S102 - code fastjsonschema generated from our own schemas
    return functools.partial(namespace["validate"], custom_formats=formats)


def _schema_key(schema_name: str) -> str:
    """A checksum of all the compiled code depends on: the schemas, this module, fastjsonschema."""
    return hashlib.sha256(f"{schema_name}|{_sources_digest()}".encode()).hexdigest()[:32]


@cache
def _sources_digest() -> str:
    digest = hashlib.sha256(f"{fastjsonschema.VERSION}|".encode())
    digest.update(Path(__file__).read_bytes())
    for path in sorted(SCHEMA_DIR.glob("*.schema.json")):
        digest.update(path.name.encode() + b"|" + path.read_bytes())
    return digest.hexdigest()


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
    errors = list(validator.iter_errors(document.data))
    return sorted({_explain(error, document) for error in _one_per_value(_not_misspelt(errors))})


# One value breaks several rules at once ('[x]' for a choice is no text and no option;
# '21-12-2021' has neither the form nor is it a date): the first of these says it best.
RANK = {"type": 0, "pattern": 1, "format": 2, "enum": 3}


def _one_per_value(errors: Iterable[ValidationError]) -> list[ValidationError]:
    """The errors with, for each value, only the one that says best what is wrong with it
    (a missing or unknown field is about its parent, and each one counts)."""
    kept: list[ValidationError] = []
    best: dict[tuple[Any, ...], ValidationError] = {}
    for error in errors:
        if error.validator in ("required", "additionalProperties"):
            kept.append(error)
            continue
        place = tuple(error.absolute_path)
        if place not in best or RANK.get(error.validator, 9) < RANK.get(best[place].validator, 9):
            best[place] = error
    return kept + list(best.values())


def _not_misspelt(errors: list[ValidationError]) -> list[ValidationError]:
    """Without 'field x is missing' where an unknown field beside it is x misspelt: the
    misspelling is the one cause, and its message already says 'bedoelt u x?'."""
    meant = {(tuple(error.absolute_path), close)
             for error in errors if error.validator == "additionalProperties"
             for close in _misspelt(error)}
    return [error for error in errors
            if not (error.validator == "required" and (tuple(error.absolute_path), _missing_name(error)) in meant)]


def _explain(error: ValidationError, doc: YamlDocument) -> Problem:
    path = tuple(error.absolute_path)
    hint = error.schema.get("errorMessage", "") if isinstance(error.schema, dict) else ""
    if error.validator == "additionalProperties":
        message, hint, unknown = _unknown_fields(error)
        line, column = doc.place(path + (unknown,), key=True)
        name, _, value = unknown.partition(" ")
        if value and name in error.schema.get("properties", {}):  # 'titel "Bron: VNG"' read as one key
            return Problem(doc.file, line, column + len(name), dotted(path + (name,)),
                           "op deze regel ontbreekt de dubbele punt na de veldnaam", f"schrijf '{name}: {value} …'")
        return Problem(doc.file, line, column, dotted(path + (unknown,)), message, hint)
    if error.validator == "required":
        message, hint = _missing_field(error)
    else:
        message = value_message(error, doc.raw(path))
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


def _misspelt(error: ValidationError) -> list[str]:
    """The allowed names the unknown fields of an object are probably misspellings of: close
    to one, or one followed by a space (the colon after it forgotten, so YAML read the
    name and the start of the value as one field name)."""
    allowed = sorted(error.schema.get("properties", {}))
    unknown = set(error.instance) - set(allowed)
    return ([close for name in unknown for close in difflib.get_close_matches(name, allowed, n=1)]
            + [name.partition(" ")[0] for name in unknown if name.partition(" ")[0] in allowed])


def _missing_name(error: ValidationError) -> str:
    return error.message.split("'")[1]


def _missing_field(error: ValidationError) -> tuple[str, str]:
    missing = _missing_name(error)
    description = error.schema.get("properties", {}).get(missing, {}).get("description", "")
    hint = f"voeg '{missing}:' toe" + (f" ({description.rstrip('.')})" if description else "")
    return f"het verplichte veld '{missing}' ontbreekt", hint
