"""The fixture data set: a small, made-up project (the *Proefpakket*) for the tests of
behaviour, so that they keep passing when the real figures change.

`fixture_project(target)` puts a project together that `check` reads like the real one:
the fixture's data/ and content/ (tests/fixtures/proef/), with the real schemas and
templates of data/ beside them, so the fixture is always checked against today's schemas.
"""

from __future__ import annotations

import shutil
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
