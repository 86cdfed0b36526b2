"""`python -m macros.reading.schema_docs`: the editors' field reference, generated from the schemas.

The schemas are the one definition; data/schemas/VELDEN.md is derived from them and a
test fails when the two drift apart.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from .schemas import SCHEMA_DIR, schema_json

WHERE = {
    "begroting.schema.json": "data/begroting.yaml",
    "bron.schema.json": "data/bronnen/*.yaml",
    "actielijn.schema.json": "data/actielijnen/*.yaml",
    "initiatief.schema.json": "data/initiatieven/*.yaml",
    "kerncijfers.schema.json": "data/kerncijfers.yaml",
    "tijdlijn.schema.json": "data/tijdlijn.yaml",
    "bronversie.schema.json": "data/bronversies/*.yaml",
    "tegenstrijdigheden.schema.json": "data/tegenstrijdigheden.yaml",
    "route.schema.json": "data/route.yaml",
    "opbrengsten.schema.json": "data/opbrengsten.yaml",
    "omleidingen.schema.json": "data/omleidingen.yaml",
    "zoekwoorden.schema.json": "data/zoekwoorden.yaml",
    "gemeente.schema.json": "data/gemeenten/*.yaml",
    "besteding.schema.json": "data/besteding.yaml",
}


def _resolve(node: dict[str, Any], schema: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Follow $ref; returns the node and the schema its own references are relative to."""
    reference = node.get("$ref")
    if not reference:
        return node, schema
    file, _, pointer = reference.partition("#")
    context = schema_json(file) if file else schema
    target = context
    for part in pointer.strip("/").split("/"):
        target = target[part]
    resolved, context = _resolve(target, context)
    return {**resolved, **{k: v for k, v in node.items() if k != "$ref"}}, context


def _kind(node: dict[str, Any]) -> str:
    if "enum" in node:
        return "een van: " + ", ".join(f"`{value}`" for value in node["enum"])
    kinds = node.get("type", "")
    names = {"string": "tekst", "integer": "geheel getal", "array": "lijst", "object": "groep velden",
             "boolean": "`true` of `false`"}
    if isinstance(kinds, list):
        return " of ".join(names.get(k, k) for k in kinds)
    return names.get(kinds, kinds)


def _fields(node: dict[str, Any], schema: dict[str, Any], prefix: str = "") -> list[str]:
    rows = []
    required = set(node.get("required", []))
    for name, raw in node.get("properties", {}).items():
        field, context = _resolve(raw, schema)
        description = field.get("description", "").replace("|", "\\|")
        rows.append(f"| `{prefix}{name}` | {'ja' if name in required else 'nee'} | {_kind(field)} | {description} |")
        if field.get("type") == "object":
            rows += _fields(field, context, f"{prefix}{name}.")
        if field.get("type") == "array":
            items, item_context = _resolve(field.get("items", {}), context)
            if items.get("type") == "object":
                rows += _fields(items, item_context, f"{prefix}{name}[].")
    return rows


def render() -> str:
    lines = [
        "# Velden van de gegevensbestanden",
        "",
        "Gemaakt uit de schema's in deze map met `python -m macros.schema_docs`; pas de schema's aan,",
        "niet dit bestand. Een test controleert dat dit bestand bij de schema's past.",
        "",
    ]
    for name, where in WHERE.items():
        schema = schema_json(name)
        lines += [f"## {schema['title']} (`{where}`)", "", schema.get("description", ""), "",
                  "| veld | verplicht | soort | uitleg |", "|---|---|---|---|", *_fields(schema, schema), ""]
    return "\n".join(lines)


OUTPUT = SCHEMA_DIR / "VELDEN.md"

if __name__ == "__main__":
    OUTPUT.write_text(render(), encoding="utf-8")
    print(f"{Path(OUTPUT).relative_to(Path.cwd())} bijgewerkt", file=sys.stderr)
