"""CONTRIBUTING.md read as instructions: its sections, the tables of steps and the blocks
of lines to write, each with the file it goes into.

The editor journeys (test_journeys.py) do what the guide says by applying what this module
reads from it, so a change in the guide changes what the tests do, and a guide that no
longer works fails a test.

How a block is applied (the guide says the same in words):
* a block whose file does not exist yet is that file's whole content;
* a block for an existing YAML file whose sentence names a place ("Bij `bron:` van de regel
  `jongerenwerk` in `data/begroting.yaml`:", in the notation of the worked example's table)
  replaces the key at that place and everything under it, indented as the key was;
* any other block for an existing YAML file starts with the list it adds to (`wijzigingen:`,
  `omleidingen:`, `bronnen:`, `resultaten:`): its items go directly under that line of the
  file, or, where the file has no such list yet, the whole block goes at the end;
* a Markdown block for an existing file is a table row, added as the table's last row;
* a text block for an existing file is added at its end.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from project_copy import ROOT

from macros.reading.strict_yaml import load_yaml

GUIDE = ROOT / "CONTRIBUTING.md"
FENCE = re.compile(r"^(?P<indent> *)```(?P<lang>\w*)\s*$")
DATA_PATH = re.compile(r"`((?:data|content)/[^`\s<>]+\.(?:yaml|txt|md))`")
PLACEHOLDER = re.compile(r"<([^<>\n]+)>")
# "Bij `bron:` van de regel `jongerenwerk` in `data/begroting.yaml`": the place a block replaces.
PLACE = re.compile(r"\bBij (`[^`]+:`[^\n]*?) in `((?:data|content)/[^`\s<>]+\.yaml)`")


@dataclass(frozen=True)
class Block:
    """Lines to write, and the file the text before them names."""

    lang: str
    text: str
    target: str | None  # the last data/… or content/… path named before the block
    place: str | None = None  # where in target the block replaces a key ('`bron:` van de regel `x`')


@dataclass(frozen=True)
class Section:
    title: str
    text: str

    def blocks(self) -> list[Block]:
        found, prose, lines = [], [], iter(self.text.splitlines())
        for line in lines:
            fence = FENCE.match(line)
            if not fence:
                prose.append(line)
                continue
            indent, body = len(fence["indent"]), []
            for inner in lines:
                if inner.strip() == "```":
                    break
                body.append(inner[indent:])
            targets = DATA_PATH.findall("\n".join(prose))
            places = [m for m in PLACE.finditer("\n".join(prose)) if m[2] == (targets[-1] if targets else None)]
            found.append(Block(fence["lang"], "\n".join(body) + "\n", targets[-1] if targets else None,
                               places[-1][1] if places else None))
            prose = []
        return found

    def block(self, target: str) -> Block:
        """The one block that goes into target."""
        matching = [b for b in self.blocks() if b.target == target]
        assert len(matching) == 1, f"CONTRIBUTING.md, '{self.title}': {len(matching)} blocks for {target}"
        return matching[0]

    def table(self) -> list[list[str]]:
        """The rows of the section's (first) table, without its header, each cell stripped."""
        rows = [line.strip() for line in self.text.splitlines() if line.lstrip().startswith("|")]  # also in a list
        assert len(rows) >= 3, f"CONTRIBUTING.md, '{self.title}': no table"
        return [[cell.strip() for cell in row.strip().strip("|").split("|")] for row in rows[2:]]

    def code_spans(self) -> list[str]:
        return re.findall(r"`([^`]+)`", self.text)


def section(title: str, guide: Path = GUIDE) -> Section:
    """A section of the guide by its heading (## or ###), up to the next heading of any level."""
    text = guide.read_text("utf-8")
    match = re.search(rf"^#{{2,3}} {re.escape(title)}\s*$", text, re.MULTILINE)
    assert match, f"CONTRIBUTING.md has no section '{title}'"
    end = re.search(r"^#{2,3} ", text[match.end():], re.MULTILINE)
    return Section(title, text[match.end(): match.end() + end.start() if end else len(text)])


def subsection_titles(title: str, guide: Path = GUIDE) -> list[str]:
    """The ### headings under a ## heading of the guide, in order."""
    text = guide.read_text("utf-8")
    match = re.search(rf"^## {re.escape(title)}\s*$", text, re.MULTILINE)
    assert match, f"CONTRIBUTING.md has no section '{title}'"
    end = re.search(r"^## ", text[match.end():], re.MULTILINE)
    body = text[match.end(): match.end() + end.start() if end else len(text)]
    return re.findall(r"^### (.+?)\s*$", body, re.MULTILINE)


def as_published_today(block: str, today: str) -> str:
    """What an editor types from a guide block: today's date (the guide says 'vandaag'), and
    their own words where the guide puts <…> (here: the words inside the brackets)."""
    block = re.sub(r"^(\s*datum:) \d{4}-\d{2}-\d{2}.*$", rf"\1 {today}", block, flags=re.MULTILINE)
    return PLACEHOLDER.sub(lambda m: m.group(1), block)


def apply(project: Path, block: Block, today: str, *, whole: bool = False) -> None:
    """Write a block of the guide into the project copy, as the guide says (see the module);
    `whole`: the block is its file's whole content, also where the file is there already."""
    assert block.target, f"CONTRIBUTING.md: a block names no file:\n{block.text}"
    path = project / block.target
    text = as_published_today(block.text, today)
    if whole or not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
        return
    current = path.read_text("utf-8")
    if block.lang == "yaml" and block.place:
        path.write_text(replace_at(path, text, block.place, block.target), "utf-8")
    elif block.lang == "yaml":
        path.write_text(add_to_list(current, text, block.target), "utf-8")
    elif block.lang == "markdown":
        path.write_text(add_table_row(current, text.strip(), block.target), "utf-8")
    else:
        path.write_text(current.rstrip("\n") + "\n\n" + text, "utf-8")


def add_to_list(current: str, block: str, where: str) -> str:
    """The block's items directly under its list's line in the file, or the block at the end."""
    key, _, items = block.partition("\n")
    assert re.fullmatch(r"\w+:", key), f"CONTRIBUTING.md: a block for {where} must start with its list, not {key!r}"
    lines = current.splitlines(keepends=True)
    at = [n for n, line in enumerate(lines) if line.rstrip() in (key, f"{key} []")]
    if not at:
        return current.rstrip("\n") + "\n" + block
    assert len(at) == 1, f"{where}: '{key}' stands on more than one line"
    lines[at[0]] = key + "\n"
    return "".join(lines[: at[0] + 1]) + items + "".join(lines[at[0] + 1:])


def replace_at(path: Path, block: str, place: str, where: str) -> str:
    """The file with the key the guide names and everything under it replaced by the block
    (which starts with that key), indented as the key stood."""
    document, _ = load_yaml(path, where)
    at = locate(document.data, place)
    key = block.partition(":")[0]
    assert key == at[-1], f"CONTRIBUTING.md: a block for '{place}' must start with '{at[-1]}:', not {key!r}"
    line, column = document.place(at, key=True)
    lines = path.read_text("utf-8").splitlines(keepends=True)
    end = line
    while end < len(lines) and (not lines[end].strip() or len(lines[end]) - len(lines[end].lstrip()) >= column):
        end += 1
    while end > line and not lines[end - 1].strip():  # blank lines after the key's value stay
        end -= 1
    indented = "".join(" " * (column - 1) + row if row.strip() else row for row in block.splitlines(keepends=True))
    return "".join(lines[: line - 1]) + indented + "".join(lines[end:])


def locate(data: Any, where: str) -> tuple[str | int, ...]:
    """The YAML path a place in the guide names: '`totaal:` bovenaan' -> ('totaal',); '`totaal:`
    onder `departementen:`' -> ('departementen', 'totaal'); '`bedrag:` van de regel
    `jongerenwerk`' -> the path of the mapping with that id, then 'bedrag'."""
    words = re.findall(r"`([^`]+)`", where.split("(")[0])
    key = words[0].removesuffix(":")
    if "bovenaan" in where.split("(")[0]:
        return (key,)
    if words[1].endswith(":"):
        return (words[1].removesuffix(":"), key)
    found = [path for path, node in walk(data) if isinstance(node, dict) and node.get("id") == words[1] and key in node]
    assert len(found) == 1, f"CONTRIBUTING.md: '{where}' names {len(found)} places"
    return (*found[0], key)


def walk(node: Any, path: tuple[str | int, ...] = ()) -> Iterator[tuple[tuple[str | int, ...], Any]]:
    yield path, node
    children = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, child in children:
        yield from walk(child, (*path, key))


def add_table_row(current: str, row: str, where: str) -> str:
    lines = current.splitlines(keepends=True)
    rows = [n for n, line in enumerate(lines) if line.startswith("| `")]
    assert rows, f"{where} has no table to add a row to"
    lines.insert(rows[-1] + 1, row + "\n")
    return "".join(lines)
