"""The JSON Schemas are the contract: every real data file meets them, unknown fields
are refused, each file names its schema, and the field reference matches them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import ROOT
from jsonschema import Draft7Validator

from macros.facts.loader import SOORTEN
from macros.reading.schema_docs import OUTPUT, render
from macros.reading.schemas import validator_for
from macros.reading.strict_yaml import load_yaml

DATA = ROOT / "data"
FILES = [(path, soort) for soort in SOORTEN for path in sorted(DATA.glob(soort.pattern))]


@pytest.mark.parametrize("schema", sorted((DATA / "schemas").glob("*.schema.json")), ids=lambda p: p.name)
def test_every_schema_is_a_valid_json_schema(schema: Path) -> None:
    Draft7Validator.check_schema(json.loads(schema.read_text("utf-8")))


@pytest.mark.parametrize(("path", "soort"), FILES, ids=lambda item: getattr(item, "name", ""))
def test_every_data_file_meets_its_schema_and_names_it(path: Path, soort) -> None:
    document, problems = load_yaml(path, path.name)
    assert not problems and document is not None
    errors = list(validator_for(soort.schema).iter_errors(document.data))
    assert not errors, [error.message for error in errors]
    schema_path = (path.parent / path.read_text("utf-8").split("\n", 1)[0].split("$schema=")[1]).resolve()
    assert schema_path == (DATA / "schemas" / soort.schema).resolve()


def test_a_file_with_an_unknown_field_is_refused() -> None:
    path = sorted((DATA / "initiatieven").glob("*.yaml"))[0]
    document, _ = load_yaml(path, path.name)
    document.data["webadres"] = "https://example.org"
    errors = list(validator_for("initiatief.schema.json").iter_errors(document.data))
    assert [error.validator for error in errors] == ["additionalProperties"]


def test_the_field_reference_is_generated_from_the_schemas() -> None:
    assert OUTPUT.read_text("utf-8") == render(), "run: .venv/bin/python -m macros.reading.schema_docs"
