"""An editor's everyday edits, made to a copy of the project the way CONTRIBUTING.md
describes them: move an amount (with the new source whose words name the new amounts),
write the changelog entry, declare a redirect; and the mistake of raising an amount without
its totals. Every value is read from the copy's data."""

from __future__ import annotations

import functools
import json
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from project_copy import ROOT

from macros.facts.budget import Onderdeel
from macros.facts.gegevens import all_citations
from macros.facts.provenance import Bronverwijzing
from macros.formatting.dates import build_day
from macros.formatting.money import MILJOEN, decimaal
from macros.reading.strict_yaml import load_yaml
from macros.register.figures import Cijfer
from macros.register.quote_figures import numbers_in
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
    """Move a million euros between the first two lines of the first actielijn (with a page of
    its own) that has two lines and more than that on its first."""
    path = project / "data" / "begroting.yaml"
    document, _ = load_yaml(path, "data/begroting.yaml")
    found = next(((i, o) for i, o in enumerate(document.data["onderdelen"])
                  if o["soort"] == "actielijn" and len(o["regels"]) >= 2 and o["regels"][0]["bedrag"] > MILJOEN
                  and (project / "content" / "actielijnen" / f"{o['id']}.md").is_file()), None)
    if found is None:
        pytest.fail("test set-up: no actielijn with two lines to move an amount between")
    i, onderdeel = found
    lines = path.read_text("utf-8").splitlines(keepends=True)
    cijfers = []
    for j, delta in ((0, -MILJOEN), (1, MILJOEN)):
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


def requote(project: Path, citation: Bronverwijzing, words: str, document: str | None = None) -> int:
    """Let one citation quote other words (of its own source, or of `document`); returns the line of its quote."""
    _requote(project / citation.herkomst.file, [(citation, words)], document or citation.document)
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


def quoted_in_millions(cijfer: Cijfer) -> bool:
    """A budget line whose quote names its amount in millions only, as the annex does ('Jongerenwerk 14')."""
    numbers = numbers_in(cijfer.bronnen[0].citaat or "")
    return len(numbers) == 1 and numbers[0][1] * MILJOEN == cijfer.waarde


def two_lines_of_one_actielijn() -> tuple[Cijfer, Cijfer]:
    """Two budget lines of one onderdeel, each quoted in millions: half a million moves between
    them, so every total still adds up and only the quotes are wrong."""
    site = published()
    for onderdeel in site.gegevens.begroting.onderdelen:
        lines = [site.cijfers[f"regel:{regel.id}"] for regel in onderdeel.regels]
        quoted = [cijfer for cijfer in lines if quoted_in_millions(cijfer) and int(cijfer.waarde or 0) > MILJOEN // 2]
        if len(quoted) >= 2:
            return quoted[0], quoted[1]
    pytest.fail("test set-up: no onderdeel with two lines quoted in millions")


def set_amount(project: Path, cijfer: Cijfer, value: int) -> tuple[int, int]:
    """Put another amount where the figure is typed; returns its line and column."""
    assert cijfer.herkomst is not None
    path = project / cijfer.herkomst.file
    document, _ = load_yaml(path, cijfer.herkomst.file)
    line, column = document.place(cijfer.herkomst.path)
    lines = path.read_text("utf-8").splitlines(keepends=True)
    assert lines[line - 1].strip().endswith(f": {cijfer.waarde}"), "test set-up: amount not on its own line"
    lines[line - 1] = lines[line - 1].replace(str(cijfer.waarde), str(value))
    path.write_text("".join(lines), "utf-8")
    return line, column


def misquote_an_amount(project: Path) -> tuple[Cijfer, int, int, int]:
    """The issue's case: a budget line quoted in millions ('Jongerenwerk 14') gets half a million
    more (€ 14,5 miljoen), another line of its onderdeel half a million less, so every total
    still adds up and only the quotes are wrong. Returns (the raised figure, its new amount, line, column)."""
    raised, lowered = two_lines_of_one_actielijn()
    changed = int(raised.waarde or 0) + MILJOEN // 2
    line, column = set_amount(project, raised, changed)
    set_amount(project, lowered, int(lowered.waarde or 0) - MILJOEN // 2)
    return raised, changed, line, column


ADDED = "Het kabinet verdubbelt dit bedrag later nog."  # a sentence no source says


def quote_without_figure() -> Bronverwijzing:
    """A citation of a source whose text is stored, that carries no figure (so only its words matter)."""
    site = published()
    figure_quotes = {citation for cijfer in site.cijfers.alle.values() for citation in cijfer.bronnen}
    return next(c for c in all_citations(site.gegevens) if c not in figure_quotes
                and c.document in site.gegevens.bronteksten)


def add_sentence_and_quote_it(project: Path) -> Bronverwijzing:
    """A sentence added to a stored text, then quoted as the source's words; returns the citation."""
    citation = quote_without_figure()
    text = project / "data" / "bronteksten" / f"{citation.document}.txt"
    text.write_text(text.read_text("utf-8").rstrip("\n") + f"\n\n{ADDED}\n", "utf-8")
    requote(project, citation, ADDED)
    return citation


def move_to_look_alike_host(project: Path) -> tuple[str, str, str]:
    """The first source with an address gets a host that looks like its own
    ('rijksoverheid.nl' → 'rijksoverheid.nl.example.com'); returns (source, old host, new host)."""
    bron_id, adres = next((i, b.adres) for i, b in sorted(published().gegevens.bronnen.items()) if b.adres)
    host = urlsplit(adres).hostname
    assert host, "test set-up: an address without a host"
    path = project / "data" / "bronnen" / f"{bron_id}.yaml"
    text = path.read_text("utf-8")
    assert f"adres: {adres}\n" in text, "test set-up: the address is not on one line"
    path.write_text(text.replace(f"//{host}", f"//{host}.example.com", 1), "utf-8")
    return bron_id, host, f"{host}.example.com"


def declare_redirect(project: Path, van: str, naar: str) -> None:
    """A redirect in data/omleidingen.yaml."""
    path = project / "data" / "omleidingen.yaml"
    text = path.read_text("utf-8").replace("omleidingen: []", "omleidingen:")
    path.write_text(text.rstrip("\n") + f"\n  - {{van: {van}, naar: {naar}}}\n", "utf-8")


@dataclass
class Raise:
    """One line's amount raised, its total and the package's total left as they were."""

    onderdeel: Onderdeel
    regel_line: int
    total_line: int  # the line of the onderdeel's total, which no longer adds up
    grand_total_line: int  # the line of the package's total
    totaal: int  # the package's total, as it stands
    delta: int


def raise_an_amount(project: Path, delta: int = MILJOEN) -> Raise:
    """Raise the first line of the first actielijn by delta, as an editor who forgets the totals."""
    path = project / "data" / "begroting.yaml"
    document, _ = load_yaml(path, "data/begroting.yaml")
    begroting = load_site(project).gegevens.begroting
    onderdeel = begroting.actielijnen[0]
    regel = onderdeel.regels[0]
    line, _ = document.place(regel.herkomst.path + ("bedrag",))
    lines = path.read_text("utf-8").splitlines(keepends=True)
    assert lines[line - 1].strip() == f"bedrag: {regel.bedrag}", "test set-up: amount not on its own line"
    lines[line - 1] = lines[line - 1].replace(str(regel.bedrag), str(regel.bedrag + delta))
    path.write_text("".join(lines), "utf-8")
    return Raise(onderdeel, line, document.place(onderdeel.herkomst.path + ("totaal",))[0],
                 document.place(("totaal",))[0], begroting.totaal, delta)
