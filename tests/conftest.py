"""Shared fixtures: the real site built once per test run, and project copies.

Tests look at what a reader gets, the built HTML, not at function calls alone.
"""

from __future__ import annotations

import contextlib
import fcntl
import io
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from unittest import mock

import pytest
import yaml
from bs4 import BeautifulSoup
from chromium import CHROMIUM_ARGS, find_chromium
from edits import Move, add_entry, declare_redirect, move_a_million
from project_copy import ROOT, copy_project

# The address the test builds are made for. Set explicitly, so that a SITE_URL or
# REPO_URL exported in the developer's shell never leaks into what the tests see.
if TYPE_CHECKING:
    from playwright.sync_api import Browser

SITE_URL = "https://steunpakket.example/"


def splits_recorded(monkeypatch: pytest.MonkeyPatch, module: str) -> list[set[int]]:
    """`module`'s calls of halves.map_in_two, split from the module's own minimum also in a test
    worker that still runs another test's web server (see test_halves.py); returns, per call,
    the processes that did its items."""
    from macros import halves

    monkeypatch.setattr("macros.halves.threading.active_count", lambda: 1)
    splits: list[set[int]] = []

    def recorded(work, items, minimum=None):  # noqa: ANN001, ANN202 - the same call, with the process of each item
        done = halves.map_in_two(lambda item: (work(item), os.getpid()), items, minimum)
        splits.append({pid for _, pid in done})
        return [result for result, _ in done]

    monkeypatch.setattr(f"{module}.map_in_two", recorded)
    return splits


def build_env(**settings: str) -> dict[str, str]:
    """Environment for child builds: this run's venv (no reinstall), SITE_URL set to the
    test address and REPO_URL unset, unless a test passes them here."""
    # A child pytest run must not think it is one of this run's parallel workers: it
    # would then share (and reuse) a site built from another checkout.
    # Nor keep compiled modules (see run_tests in site-build.sh): a copy of the project lives
    # in a new temporary folder each run, so they would pile up.
    env = {name: value for name, value in os.environ.items()
           if name not in ("SITE_URL", "REPO_URL", "SITE_PUBLISHER", "SITE_CONTACT", "PYTHONPYCACHEPREFIX")
           and not name.startswith("PYTEST_XDIST")}
    return {**env, "STEUNPAKKET_VENV": sys.prefix, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": SITE_URL,
            "PYTHONDONTWRITEBYTECODE": "1", **settings}


def site_build(project: Path, site_dir: Path, **settings: str) -> subprocess.CompletedProcess[str]:
    """The build of a project (copy) as ./site-build.sh runs it: all three steps, into site_dir."""
    return subprocess.run(
        [sys.executable, "-m", "macros.cli.build", "--site-dir", str(site_dir)],
        cwd=project, env=build_env(**settings), capture_output=True, text=True, check=False,
    )


def in_process(command: str, main: Callable[[list[str]], int], argv: list[str],
               *patches: contextlib.AbstractContextManager) -> subprocess.CompletedProcess[str]:
    """What a command's main(argv) returns and prints, run in this process (a new Python
    for each was most of these tests' time), with patches in force while it runs."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.ExitStack() as stack:
        stack.enter_context(contextlib.redirect_stdout(out))
        stack.enter_context(contextlib.redirect_stderr(err))
        for patch in patches:
            stack.enter_context(patch)
        code = main(argv)
    return subprocess.CompletedProcess([command, *argv], code, out.getvalue(), err.getvalue())


def check_data(project: Path, **environ: str) -> subprocess.CompletedProcess[str]:
    """What `python -m macros.cli.check` says about a project copy's data/ (exit code,
    output, messages), run in this process. The command line itself is run in
    test_build_script; a test that changes code or schemas, not only data, runs the copy's
    own command instead."""
    from macros.cli.check import main

    return in_process("macros.cli.check", main, [str(project / "data")], mock.patch.dict(os.environ, environ))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The page-by-page browser sweep last: the parallel workers share its many short tests
    at the end, so no worker sits idle while the other finishes one long test."""
    def is_sweep(item: pytest.Item) -> bool:
        return item.originalname == "test_every_page_is_accessible_private_and_error_free"
    items.sort(key=is_sweep)  # stable: the order within each group stays


def run_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder of this test run that all parallel workers share."""
    shared = tmp_path_factory.getbasetemp()
    return shared.parent if os.environ.get("PYTEST_XDIST_WORKER") else shared


def built_once(tmp_path_factory: pytest.TempPathFactory, name: str, build: Callable[[Path], str | None]) -> Path:
    """A folder made once per test run, also with parallel workers: the first worker runs
    build(folder) under a lock, the others reuse its result. build returns None when it
    worked, or what went wrong; a failure is reported to every test that needs the folder."""
    shared = run_folder(tmp_path_factory)
    folder, failure = shared / name, shared / f"{name}-failed.txt"
    with (shared / f"{name}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not folder.is_dir() and not failure.exists():
            problem = build(folder)
            if problem is not None:
                failure.write_text(problem, "utf-8")
    assert not failure.exists(), failure.read_text("utf-8")
    return folder


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real site, built from this checkout once per test run."""
    def build(site_dir: Path) -> str | None:
        result = site_build(ROOT, site_dir)
        return None if result.returncode == 0 else f"build failed:\n{result.stdout}\n{result.stderr}"
    return built_once(tmp_path_factory, "site", build)


PUBLISHER = 'Stichting "Voorbeeld" & <Zonen>'  # quotes, & and < must reach the reader as text
CONTACT = "redactie@voorbeeld.nl"
REPO_URL = "https://forge.example/redactie/steunpakket"


@pytest.fixture(scope="session")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, list[str]]]:
    """The site built from a copy whose every free-text field holds hostile text, once
    per run (the texts injected are kept beside it, for every worker)."""
    from payloads import inject, literal_payload

    def build(folder: Path) -> str | None:
        project = copy_project(folder / "project")
        # A quote must stand in its source's stored text, so hostile text there is always
        # refused (the refusal test covers it); every other text field must build.
        injected = inject(project / "data", literal_payload, skip=frozenset({"citaat"}))
        (folder / "injected.json").write_text(json.dumps(injected), "utf-8")
        result = site_build(project, folder / "site")
        return None if result.returncode == 0 else (
            f"hostile text must be shown literally, not refused:\n{result.stderr[-3000:]}")

    folder = built_once(tmp_path_factory, "hostile", build)
    return folder / "site", json.loads((folder / "injected.json").read_text("utf-8"))


@dataclass(frozen=True)
class EditedSite:
    """A copy of the project with an editor's everyday changes, and the site built from it
    as for publication (see published_site)."""

    project: Path
    site: Path
    renamed: str  # the initiative that got a new file name, and so a new address
    move: Move  # the amounts moved, with a changelog entry that names only begroting.md
    accented: str  # the initiative whose municipalities became ACCENTS in the copy
    accents: tuple[str, ...] = ("'s-Hertogenbosch", "Súdwest-Fryslân")


ONE_MUNICIPALITY = re.compile(r"^gemeenten: \[[^],]+\]$", re.MULTILINE)


@pytest.fixture(scope="session")
def edited_site(tmp_path_factory: pytest.TempPathFactory) -> EditedSite:
    """One build, once per run, for four independent edits that each need a whole site:
    an initiative renamed (with its redirect), a redirect to the home page, Frisian and
    apostrophe municipality names as editors type them (in the first initiative with one
    municipality), and a million euros moved between two lines with its changelog entry; built
    with the publication settings."""
    paths = sorted((ROOT / "data" / "initiatieven").glob("*.yaml"))
    accented = next(p.stem for p in paths if ONE_MUNICIPALITY.search(p.read_text("utf-8")))
    renamed = next(p.stem for p in paths if p.stem != accented)

    def build(folder: Path) -> str | None:
        project = copy_project(folder / "project")
        initiatieven = project / "data" / "initiatieven"
        (initiatieven / f"{renamed}.yaml").rename(initiatieven / f"{renamed}-nieuw.yaml")
        declare_redirect(project, f"initiatieven/{renamed}.md", f"initiatieven/{renamed}-nieuw.md")
        declare_redirect(project, "oude-pagina.md", "index.md")
        path = initiatieven / f"{accented}.yaml"
        path.write_text(ONE_MUNICIPALITY.sub(
            f"gemeenten: {json.dumps(EditedSite.accents, ensure_ascii=False)}", path.read_text("utf-8"), 1), "utf-8")
        move = move_a_million(project)
        add_entry(project, "bedrag-verschoven", move.cijfers)
        (folder / "move.json").write_text(json.dumps(vars(move)), "utf-8")
        published = {"SITE_PUBLISHER": PUBLISHER, "SITE_CONTACT": CONTACT, "REPO_URL": REPO_URL}
        result = site_build(project, folder / "site", **published)
        return None if result.returncode == 0 else f"build failed:\n{result.stderr[-3000:]}"

    folder = built_once(tmp_path_factory, "edited", build)
    move = Move(**json.loads((folder / "move.json").read_text("utf-8")))
    return EditedSite(folder / "project", folder / "site", renamed, move, accented)


@pytest.fixture(scope="session")
def published_site(edited_site: EditedSite) -> Path:
    """The site built as for publication: with a publisher, a contact address and the
    repository set (SITE_PUBLISHER, SITE_CONTACT, REPO_URL). The edited copy's build has
    them (one build less); what these tests read does not depend on its edits."""
    return edited_site.site


@pytest.fixture(scope="session")
def pages(site: Path) -> dict[str, BeautifulSoup]:
    """Every built HTML page, parsed, by its path relative to the site root."""
    return {
        page.relative_to(site).as_posix(): BeautifulSoup(page.read_text("utf-8"), "html.parser")
        for page in sorted(site.rglob("*.html"))
    }


@pytest.fixture(scope="session")
def raw_begroting() -> dict:
    """data/begroting.yaml read with plain PyYAML: an independent reading for the tests.

    (The real file has none of the traps the strict loader guards against.)
    """
    return yaml.safe_load((ROOT / "data" / "begroting.yaml").read_text("utf-8"))


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the project to break on purpose, sharing this run's venv."""
    return copy_project(tmp_path / "project")


def run_site_build(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", str(project / "site-build.sh"), *args],
        cwd=project, env=build_env(), capture_output=True, text=True, check=False, timeout=300,
    )


def tree_snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under folder with its bytes, to prove a folder was left alone."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Headless Chromium for every browser test (found by tests/chromium.py), once per run."""
    from playwright.sync_api import sync_playwright  # only the browser tests need Playwright loaded

    chromium = find_chromium()
    assert chromium, "geen Chromium-browser gevonden: ./site-build.sh test zoekt of installeert er een"
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        yield launched
        launched.close()
