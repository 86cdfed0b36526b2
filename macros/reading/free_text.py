"""The free-text values of a data file, found from its schema, with the lines they stand on.

A field is free text when its schema says "string" with no enum, no format and no
pattern beyond "not blank" (the same notion as the security tests): names, descriptions,
quotes, explanations. Ids, dates, web addresses and choices such as `lokaal` are not.
So a text field added to a schema tomorrow is covered by the checks on free text
(`markdown.py`, `placeholders.py`) without touching them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from .schemas import SCHEMA_DIR
from .strict_yaml import Path_, YamlDocument

_COMMENT = re.compile(r"\s+#.*$")


@dataclass(frozen=True)
class SourceLine:
    """One line of a text value as it stands in the file: its number, the column where
    the value's part of it starts (1-based), and that part."""

    number: int
    column: int
    text: str


@cache
def _schema_file(name: str) -> dict[str, Any]:
    return json.loads((SCHEMA_DIR / name).read_text("utf-8"))


def _resolve(node: dict[str, Any], current: str) -> tuple[dict[str, Any], str]:
    while "$ref" in node:
        target, _, pointer = node["$ref"].partition("#")
        current = target or current
        node = _schema_file(current)
        for part in pointer.strip("/").split("/"):
            if part:
                node = node[part]
    return node, current


def is_free_text(node: dict[str, Any]) -> bool:
    return (node.get("type") == "string" and "enum" not in node and "format" not in node
            and node.get("pattern") in (None, "\\S"))


def free_texts(document: YamlDocument, schema_name: str) -> Iterator[tuple[Path_, str]]:
    """(path, value) of every free-text value in a document that follows the schema."""
    yield from _walk(document.data, _schema_file(schema_name), schema_name, ())


def _walk(value: Any, node: dict[str, Any], schema_name: str, path: Path_) -> Iterator[tuple[Path_, str]]:
    node, schema_name = _resolve(node, schema_name)
    if isinstance(value, dict):
        for key, item in value.items():
            child = node.get("properties", {}).get(key)
            if child is not None:
                yield from _walk(item, child, schema_name, path + (key,))
    elif isinstance(value, list) and isinstance(node.get("items"), dict):
        for index, item in enumerate(value):
            yield from _walk(item, node["items"], schema_name, path + (index,))
    elif isinstance(value, str) and is_free_text(node):
        yield path, value


def source_lines(document: YamlDocument, path: Path_) -> list[SourceLine]:
    """The lines of the file that hold one scalar value: its first line from the value's
    column, then every following line indented deeper than that first line (a block
    `>-` or `|`, or a plain text continued on the next lines), blank lines between them
    included. Comment lines of a plain text are left out (YAML drops them too)."""
    lines = document.source.split("\n")
    line, column = document.place(path)
    first = lines[line - 1]
    indent = _parent_indent(document, path, first[:column - 1])
    block = first[column - 1:].lstrip()[:1] in (">", "|")
    head = "" if block else _COMMENT.sub("", first[column - 1:])
    found = [SourceLine(line, column, head)]
    for number in range(line + 1, len(lines) + 1):
        text = lines[number - 1]
        depth = len(text) - len(text.lstrip(" "))
        if text.strip() and depth <= indent:
            break
        if not block and text.lstrip().startswith("#"):
            continue
        found.append(SourceLine(number, depth + 1, text[depth:]))
    while len(found) > 1 and not found[-1].text.strip():
        found.pop()
    return found


def _parent_indent(document: YamlDocument, path: Path_, before: str) -> int:
    """How far the key or list dash of a value is indented: its text continues on lines
    indented deeper than that."""
    if path and isinstance(path[-1], str) and path in document.key_at:
        return document.key_at[path][1] - 1
    dash = before.rfind("- ")
    return dash if dash >= 0 else len(before) - len(before.lstrip(" "))
