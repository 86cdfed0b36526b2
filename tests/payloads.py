"""Hostile text for every free-text field of every kind of data file, found from the schemas.

A field counts as free text when its schema says "string" with no enum, no format and
no pattern beyond "not blank": so a text field added to a schema tomorrow is covered
without touching the tests. Files are read with the site's strict reader (so "58,5"
stays text) and written back with PyYAML, their first line (the schema hint) kept.
"""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import yaml

from macros.reading.strict_yaml import load_yaml

SCHEMA_LINE = re.compile(r"\$schema=(?:\.\./)?schemas/(\S+)")

# Shown literally, never run: the site must build and a browser must see nothing happen.
# Each injected element carries data-xss, so a page that parsed one is easy to find.
LITERAL = (
    '"><script data-xss>alert(11)</script>',
    "'><img src=x onerror=alert(12) data-xss>",
    '</title><meta http-equiv="refresh" content="0;url=https://aanval.example/" data-xss>',
    "<svg onload=alert(13) data-xss></svg>",
    '<a href="javascript:alert(14)" data-xss>klik</a>',
    "<javascript:alert(15)> [klik] (javascript:alert(16)) a*b*c snake_case",
    '<iframe src="https://aanval.example/" data-xss></iframe><object data="x" data-xss></object>',
    '<base href="https://aanval.example/" data-xss><link rel="stylesheet" href="https://aanval.example/x.css">',
    "<!-- --><style>body{display:none}</style><details open ontoggle=alert(17) data-xss>",
    "x' onmouseover='alert(18)' data-xss='",
    "7*7 * los <b data-xss>vet</b> ]]></description> &amp; &",
    "</textarea></script></style><script data-xss>alert(19)</script>",
)

# Refused by the check with file:line:col; never built.
REFUSED = {
    "bidi-override": "Huis\u202e73",
    "bidi-isolate": "Huis\u206673",
    "zero-width": "Huis\u200b73",
    "vertical-tab": "Huis\x0b73",
    "nul": "Huis\x0073",
    "escape": "Huis\x1b[31m73",
    "template-expression": "Huis {{ 7*7 }}",
    "template-block": "Huis {% if true %}ja{% endif %}",
    "template-comment": "Huis {# weg #}",
    "phone": "bel 06-" + "1234" + "5678",  # made up, and put together so no scan of the tree mistakes it
    "e-mail": "mail naam@voorbeeld.nl",
    # Markdown is refused in every field (macros/reading/markdown.py): it would show literally.
    "markdown-link": "[klik](javascript:alert(15))",
    "markdown-image": "![x](data:text/html,alert(16))",
    "markdown-emphasis": "*nadruk*",
    "markdown-strong": "**vet**",
    "markdown-underscore": "_schuin_",
    "markdown-code": "`code`",
}


def literal_payload(number: int, original: str) -> str:
    """All literal payloads in one text, starting at a different one for each field, so
    each payload is first (and survives truncation, as in a meta description) somewhere.
    The start depends on the original text: fields that must stay equal (a budget line's
    name and the ledger's record of it) stay equal."""
    start = zlib.crc32(original.encode("utf-8")) % len(LITERAL)
    return "Xss " + " ".join(LITERAL[start:] + LITERAL[:start]) + f" ({original})"


def _resolve(node: dict[str, Any], schema_dir: Path, current: str) -> tuple[dict[str, Any], str]:
    while "$ref" in node:
        target, _, pointer = node["$ref"].partition("#")
        current = target or current
        document = json.loads((schema_dir / current).read_text("utf-8"))
        for part in pointer.strip("/").split("/"):
            if part:
                document = document[part]
        node = document
    return node, current


def is_free_text(node: dict[str, Any]) -> bool:
    return (node.get("type") == "string" and "enum" not in node and "format" not in node
            and node.get("pattern") in (None, "\\S"))


def text_paths(value: Any, node: dict[str, Any], schema_dir: Path, schema_file: str,
               path: tuple = ()) -> Iterator[tuple]:
    """The paths in one file's data whose schema is free text."""
    node, schema_file = _resolve(node, schema_dir, schema_file)
    if isinstance(value, dict):
        for key, item in value.items():
            child = node.get("properties", {}).get(key)
            if child is not None:
                yield from text_paths(item, child, schema_dir, schema_file, path + (key,))
    elif isinstance(value, list) and "items" in node:
        for index, item in enumerate(value):
            yield from text_paths(item, node["items"], schema_dir, schema_file, path + (index,))
    elif isinstance(value, str) and is_free_text(node):
        yield path


def _get(data: Any, path: tuple) -> Any:
    for part in path:
        data = data[part]
    return data


def _set(data: Any, path: tuple, value: str) -> None:
    for part in path[:-1]:
        data = data[part]
    data[path[-1]] = value


def inject(data_dir: Path, make: Callable[[int, str], str], skip: frozenset[str] = frozenset()) -> dict[str, list[str]]:
    """Put make(n, original text) into every free-text field of every data file; returns, per file
    (as data/…), the texts injected, in order."""
    schema_dir = data_dir / "schemas"
    injected: dict[str, list[str]] = {}
    count = 0
    for path in sorted(data_dir.rglob("*.yaml")):
        text = path.read_text("utf-8")
        first_line = text.split("\n", 1)[0]
        match = SCHEMA_LINE.search(first_line)
        if not match or "sjablonen" in path.parts:
            continue
        schema_file = match.group(1)
        document, problems = load_yaml(path, path.name)  # the site's own reading: no type guesses
        assert document is not None, problems
        data = document.data
        schema = json.loads((schema_dir / schema_file).read_text("utf-8"))
        texts = []
        for field_path in [p for p in text_paths(data, schema, schema_dir, schema_file) if p[-1] not in skip]:
            texts.append(make(count, _get(data, field_path)))
            _set(data, field_path, texts[-1])
            count += 1
        if texts:
            dumped = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=2**31)
            path.write_text(first_line + "\n" + dumped, "utf-8")
            injected[path.relative_to(data_dir.parent).as_posix()] = texts
    return injected
