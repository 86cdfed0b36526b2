"""An editor's everyday edits, made to a copy of the project the way CONTRIBUTING.md
describes them: move an amount (with the new source whose words name the new amounts),
write the changelog entry, declare a redirect."""

from __future__ import annotations

import functools
import json
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from project_copy import ROOT

from macros.facts.provenance import Bronverwijzing
from macros.formatting.dates import build_day
from macros.formatting.money import MILJOEN, decimaal
from macros.reading.strict_yaml import load_yaml
from macros.register.site import Site, load_site

# The new source of a changed amount in the tests: its words name the new amounts.
PROOF_SOURCE = "proef-nieuwe-bron"


@dataclass
class Move:
    """Two amounts of one actielijn changed; the totals stay. Read from the data."""

    actielijn: str
    cijfers: list[dict]  # {feit, oud, nieuw}: what the changelog entry must list
    bron: str = PROOF_SOURCE  # the new source whose words name the new amounts


def move_a_million(project: Path) -> Move:
    """Move € 1 miljoen between the first two lines of the first actielijn (with a page of
    its own) that has two lines and more than that on its first."""
    path = project / "data" / "begroting.yaml"
    document, _ = load_yaml(path, "data/begroting.yaml")
    found = next(((i, o) for i, o in enumerate(document.data["onderdelen"])
                  if o["soort"] == "actielijn" and len(o["regels"]) >= 2 and o["regels"][0]["bedrag"] > 1_000_000
                  and (project / "content" / "actielijnen" / f"{o['id']}.md").is_file()), None)
    if found is None:
        pytest.fail("test set-up: no actielijn with two lines to move an amount between")
    i, onderdeel = found
    lines = path.read_text("utf-8").splitlines(keepends=True)
    cijfers = []
    for j, delta in ((0, -1_000_000), (1, 1_000_000)):
        old = onderdeel["regels"][j]["bedrag"]
        line, _ = document.place(("onderdelen", i, "regels", j, "bedrag"))
        assert lines[line - 1].strip() == f"bedrag: {old}", "test set-up: amount not on its own line"
        lines[line - 1] = lines[line - 1].replace(str(old), str(old + delta))
        cijfers.append({"feit": f"regel:{onderdeel['regels'][j]['id']}", "oud": old, "nieuw": old + delta})
    path.write_text("".join(lines), "utf-8")
    cite_proof_source(project, {c["feit"]: c["nieuw"] for c in cijfers})
    return Move(onderdeel["id"], cijfers)


@functools.cache
def published() -> Site:
    """The site of this checkout: where each figure's quote stands (a copy has it in the same place)."""
    return load_site(ROOT)


def cite_proof_source(project: Path, changed: dict[str, int]) -> str:
    """What CONTRIBUTING.md asks beside a changed amount: a new source whose words name it.
    Adds that source (with its stored text) to the copy and lets every quote that carried a
    changed figure cite it instead, naming the figures of that quote with their new values
    (a quote shared by several figures names them all). Returns the source's id."""
    site = published()
    quotes: dict[Bronverwijzing, list[str]] = defaultdict(list)
    for feit in changed:
        for citation in site.cijfers[feit].bronnen:
            quotes.setdefault(citation, [])
    for cijfer in site.cijfers.alle.values():
        for citation in cijfer.bronnen:
            if citation in quotes and not cijfer.afgeleid_van and cijfer.waarde is not None:
                value = changed.get(cijfer.id, cijfer.waarde)
                shown = decimaal(Decimal(value) / MILJOEN) if cijfer.eenheid == "euro" else decimaal(Decimal(value))
                quotes[citation].append(f"{cijfer.id} {shown}")
    for file, citations in _by_file(quotes).items():
        _requote(project / file, citations)
    stored = "".join(f"{'; '.join(words)}\n" for words in quotes.values())
    (project / "data" / "bronteksten" / f"{PROOF_SOURCE}.txt").write_text(stored, "utf-8")
    (project / "data" / "bronnen" / f"{PROOF_SOURCE}.yaml").write_text(
        "# yaml-language-server: $schema=../schemas/bron.schema.json\n"
        "titel: Proef met een nieuwe bron voor een gewijzigd bedrag\nkort: Proefbron\n"
        f"uitgever: De redactie\nsoort: brief\ndatum: {build_day().isoformat()}\n", "utf-8")
    return PROOF_SOURCE


def _by_file(quotes: dict[Bronverwijzing, list[str]]) -> dict[str, list[tuple[Bronverwijzing, str]]]:
    files: dict[str, list[tuple[Bronverwijzing, str]]] = defaultdict(list)
    for citation, words in quotes.items():
        files[citation.herkomst.file].append((citation, "; ".join(words)))
    return files


def requote(project: Path, citation: Bronverwijzing, words: str) -> int:
    """Let one citation quote other words (of the same source); returns the line of its quote."""
    _requote(project / citation.herkomst.file, [(citation, words)], citation.document)
    document, _ = load_yaml(project / citation.herkomst.file, citation.herkomst.file)
    return document.place(citation.herkomst.path + ("citaat",))[0]


def _requote(path: Path, citations: list[tuple[Bronverwijzing, str]], source: str = PROOF_SOURCE) -> None:
    """Point each citation at a source, with new words (bottom up, so the lines found before
    stay where they are)."""
    document, _ = load_yaml(path, path.name)
    lines = path.read_text("utf-8").splitlines(keepends=True)
    edits = []
    for citation, words in citations:
        for name, value in (("document", source), ("citaat", json.dumps(words, ensure_ascii=False))):
            line, column = document.place(citation.herkomst.path + (name,), key=True)
            before, after = lines[line - 1][:column - 1], lines[line - 1][column - 1:]
            assert before.strip() in ("", "-") and after.startswith(f"{name}:"), f"test set-up: {name} in {path}"
            edits.append((line, column, name, value))
    for line, column, name, value in sorted(edits, reverse=True):
        end = line
        while end < len(lines) and _indent(lines[end]) > column - 1 and lines[end].strip():
            end += 1  # a folded or multi-line value continues on more indented lines
        lines[line - 1:end] = [f"{lines[line - 1][:column - 1]}{name}: {value}\n"]
    path.write_text("".join(lines), "utf-8")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def add_entry(project: Path, entry_id: str, cijfers: list[dict], datum: str | None = None,
              paginas: str = "[begroting.md]") -> int:
    """A changelog entry on top of data/wijzigingen.yaml; returns the line of its first
    figure change."""
    rows = "".join(f"      - {{feit: {c['feit']}, oud: {c['oud']}, nieuw: {c['nieuw']}}}\n" for c in cijfers)
    entry = (f"  - id: {entry_id}\n    datum: {datum or build_day().isoformat()}\n    titel: Proef\n"
             f"    samenvatting: Een proef.\n    reden: De bron noemt andere bedragen.\n"
             f"    paginas: {paginas}\n" + (f"    cijfers:\n{rows}" if rows else ""))
    path = project / "data" / "wijzigingen.yaml"
    text = path.read_text("utf-8")
    path.write_text(text.replace("wijzigingen:\n", "wijzigingen:\n" + entry, 1), "utf-8")
    return text.splitlines().index("wijzigingen:") + 9


def declare_redirect(project: Path, van: str, naar: str) -> None:
    """A redirect in data/omleidingen.yaml."""
    path = project / "data" / "omleidingen.yaml"
    text = path.read_text("utf-8").replace("omleidingen: []", "omleidingen:")
    path.write_text(text.rstrip("\n") + f"\n  - {{van: {van}, naar: {naar}}}\n", "utf-8")
