"""The fixture data set: a small, made-up project (the *Proefpakket*) for the tests of
behaviour, so that they keep passing when the real figures change.

`fixture_project(target)` puts a project together that `check` reads like the real one:
the fixture's data/ and content/ (tests/fixtures/proef/), with the real schemas and
templates of data/ beside them, so the fixture is always checked against today's schemas.

Run as a script (`.venv/bin/python tests/fixture_project.py`) it writes the fixture's
record of published amounts and source checksums again, as `./site-build.sh vastleggen`
does: needed after a fixture source text, address or amount changed. The fixture's first
publication records everything, so there is no changelog entry to add.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from project_copy import ROOT

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "proef"
# What the fixture takes from the real project: the rules, never the facts.
SHARED = ("data/schemas", "data/sjablonen")


def fixture_project(target: Path) -> Path:
    """A copy of the fixture project in target (data/ and content/), ready to check."""
    target.mkdir(parents=True, exist_ok=True)
    shutil.copytree(FIXTURE / "data", target / "data")
    shutil.copytree(FIXTURE / "content", target / "content")
    for part in SHARED:
        shutil.copytree(ROOT / part, target / part)
    return target


def with_fixture_data(project: Path) -> Path:
    """A whole project copy (with its build script) whose data/ and content/ are the fixture's."""
    for part in ("data", "content"):
        shutil.rmtree(project / part)
    return fixture_project(project)


def write_ledger() -> str:
    """The fixture's data/vastgelegde-bedragen.yaml as `vastleggen` writes it, written into the fixture."""
    sys.path.insert(0, str(ROOT))
    from macros.register.ledger import LEDGER_FILE, ledger_yaml
    from macros.register.site import load_site
    from macros.register.source_ledger import source_sums

    with tempfile.TemporaryDirectory() as folder:
        project = fixture_project(Path(folder) / "project")
        site = load_site(project, vastgelegd=False)  # the record is what is being written
        text = ledger_yaml(site.cijfers, site.gegevens.wijzigingen, source_sums(site.gegevens, project / "data"))
    (FIXTURE / LEDGER_FILE).write_text(text, "utf-8")
    return f"{FIXTURE / LEDGER_FILE} bijgewerkt."


if __name__ == "__main__":
    print(write_ledger())
