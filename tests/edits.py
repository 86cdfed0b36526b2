"""An editor's everyday edits, made to a copy of the project the way CONTRIBUTING.md
describes them: move an amount, write the changelog entry, declare a redirect; and the
mistake of raising an amount without its totals. Every value is read from the copy's data."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from macros.facts.budget import Onderdeel
from macros.formatting.dates import build_day
from macros.reading.strict_yaml import load_yaml
from macros.register.site import load_site


@dataclass
class Move:
    """Two amounts of one actielijn changed; the totals stay. Read from the data."""

    actielijn: str
    cijfers: list[dict]  # {feit, oud, nieuw}: what the changelog entry must list


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
    return Move(onderdeel["id"], cijfers)


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


@dataclass
class Raise:
    """One line's amount raised, its total and the package's total left as they were."""

    onderdeel: Onderdeel
    regel_line: int
    total_line: int  # the line of the onderdeel's total, which no longer adds up
    grand_total_line: int  # the line of the package's total
    totaal: int  # the package's total, as it stands
    delta: int


def raise_an_amount(project: Path, delta: int = 1_000_000) -> Raise:
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
