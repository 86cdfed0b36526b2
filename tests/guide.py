"""CONTRIBUTING.md read as instructions: its sections, the tables of steps and the blocks
of lines to write, each with the file it goes into.

The editor journeys (test_journeys.py) do what the guide says by applying what this module
reads from it, so a change in the guide changes what the tests do, and a guide that no
longer works fails a test.

How a block is applied (the guide says the same in words):
* a block whose file does not exist yet is that file's whole content;
* a block for an existing YAML file starts with the list it adds to (`wijzigingen:`,
  `omleidingen:`, `bronnen:`, `resultaten:`): its items go directly under that line of the
  file, or, where the file has no such list yet, the whole block goes at the end;
* a Markdown block for an existing file is a table row, added as the table's last row;
* a text block for an existing file is added at its end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from project_copy import ROOT

GUIDE = ROOT / "CONTRIBUTING.md"
FENCE = re.compile(r"^(?P<indent> *)```(?P<lang>\w*)\s*$")
DATA_PATH = re.compile(r"`((?:data|content)/[^`\s<>]+\.(?:yaml|txt|md))`")
PLACEHOLDER = re.compile(r"<([^<>\n]+)>")


@dataclass(frozen=True)
class Block:
    """Lines to write, and the file the text before them names."""

    lang: str
    text: str
    target: str | None  # the last data/… or content/… path named before the block


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
            found.append(Block(fence["lang"], "\n".join(body) + "\n", targets[-1] if targets else None))
            prose = []
        return found

    def block(self, target: str) -> Block:
        """The one block that goes into target."""
        matching = [b for b in self.blocks() if b.target == target]
        assert len(matching) == 1, f"CONTRIBUTING.md, '{self.title}': {len(matching)} blocks for {target}"
        return matching[0]

    def table(self) -> list[list[str]]:
        """The rows of the section's (first) table, without its header, each cell stripped."""
        rows = [line for line in self.text.splitlines() if line.startswith("|")]
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


def as_published_today(block: str, today: str) -> str:
    """What an editor types from a guide block: today's date (the guide says 'vandaag'), and
    their own words where the guide puts <…> (here: the words inside the brackets)."""
    block = re.sub(r"^(\s*datum:) \d{4}-\d{2}-\d{2}.*$", rf"\1 {today}", block, flags=re.MULTILINE)
    return PLACEHOLDER.sub(lambda m: m.group(1), block)


def apply(project: Path, block: Block, today: str) -> None:
    """Write a block of the guide into the project copy, as the guide says (see the module)."""
    assert block.target, f"CONTRIBUTING.md: a block names no file:\n{block.text}"
    path = project / block.target
    text = as_published_today(block.text, today)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
        return
    current = path.read_text("utf-8")
    if block.lang == "yaml":
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


def add_table_row(current: str, row: str, where: str) -> str:
    lines = current.splitlines(keepends=True)
    rows = [n for n, line in enumerate(lines) if line.startswith("| `")]
    assert rows, f"{where} has no table to add a row to"
    lines.insert(rows[-1] + 1, row + "\n")
    return "".join(lines)
