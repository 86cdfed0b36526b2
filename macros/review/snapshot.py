"""What one version of the data publishes: from the working tree, or from a commit in git.

Git is the ledger here: the base's figures are read from the base's own files, never
from `data/vastgelegde-bedragen.yaml`.
"""

from __future__ import annotations

import dataclasses
import io
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path
from typing import Any

from ..facts.changes import CHANGELOG_FILE
from ..facts.ledger import ledger_yaml
from ..facts.loader import PROJECT_DIR, load_gegevens
from ..facts.omleidingen import FILE as REDIRECTS_FILE
from ..facts.omleidingen import page_sources
from ..formatting.urls import page_path
from ..reading.problems import DataError
from ..reading.strict_yaml import load_yaml
from .figures import alle_cijfers

MAIN = "main"
PACKAGE = Path(__file__).resolve().parent


class VerschilFout(Exception):
    """The comparison cannot be made; the message says why, in Dutch."""


def momentopname(data_dir: Path) -> dict[str, Any]:
    """What one version of the data publishes, as plain JSON-able values."""
    try:
        gegevens = load_gegevens(data_dir, vastgelegd=False)  # git is the ledger here
    except TypeError:  # an older loader, in _with_own_loader
        gegevens = load_gegevens(data_dir)
    content_dir = data_dir.parent / "content"
    pages = {source: _page_title(content_dir, source) for source in page_sources(content_dir, [])}
    pages.update({f"initiatieven/{i}.md": item.naam for i, item in gegevens.initiatieven.items()})
    ledger_file = data_dir / "vastgelegde-bedragen.yaml"
    return {
        "cijfers": {key: dataclasses.asdict(cijfer) for key, cijfer in alle_cijfers(gegevens).items()},
        "paginas": pages,
        "bronnen": {bron_id: f"{bron.kort}: {bron.titel}" for bron_id, bron in gegevens.bronnen.items()},
        "wijzigingen": _raw(data_dir / "wijzigingen.yaml", CHANGELOG_FILE).get("wijzigingen", []),
        "omleidingen": {r["van"]: r["naar"] for r in _raw(data_dir / "omleidingen.yaml", REDIRECTS_FILE)
                        .get("omleidingen", [])},
        "vastgelegd": ledger_file.read_text("utf-8") if ledger_file.is_file() else None,
        "vastgelegd_verwacht": ledger_yaml(gegevens.begroting, gegevens.route, gegevens.wijzigingen),
    }


def _raw(path: Path, shown_as: str) -> dict[str, Any]:
    if not path.is_file():
        return {}
    document, _ = load_yaml(path, shown_as)
    return document.data if document is not None and isinstance(document.data, dict) else {}


def _page_title(content_dir: Path, source: str) -> str:
    """The title in a page's front matter, else its address."""
    for line in (content_dir / source).read_text("utf-8").splitlines()[1:20]:
        if line.startswith("title:") and "{" not in line:
            return line.removeprefix("title:").strip().strip("'\"")
        if line == "---":
            break
    return "/" + page_path(source)


def _git(*args: str) -> str:
    try:
        result = subprocess.run(["git", *args], cwd=PROJECT_DIR, capture_output=True, text=True, check=False)
    except FileNotFoundError:
        raise VerschilFout("git is niet geïnstalleerd; verschil vergelijkt met een eerdere versie uit git. "
                           "Installeer git, of bekijk de wijziging in de pull request.") from None
    if result.returncode != 0:
        raise subprocess.CalledProcessError(result.returncode, args, result.stdout, result.stderr)
    return result.stdout.strip()


def kies_basis(basis: str | None) -> tuple[str, str]:
    """The commit to compare with and how it was chosen, in Dutch."""
    try:
        _git("rev-parse", "--is-inside-work-tree")
    except subprocess.CalledProcessError:
        raise VerschilFout("deze map is geen git-repository; verschil heeft de geschiedenis nodig. Haal de "
                           "repository op met git clone, of geef een map met .git.") from None
    if basis:
        try:
            return _git("rev-parse", "--verify", "--quiet", f"{basis}^{{commit}}"), f"`{basis}`"
        except subprocess.CalledProcessError:
            raise VerschilFout(f"'{basis}' is geen bekende commit of branch. Haal hem eerst op (git fetch) "
                               "of noem een bestaande, bijvoorbeeld main of origin/main.") from None
    for candidate in (MAIN, f"origin/{MAIN}"):
        try:
            return _git("merge-base", "HEAD", candidate), f"het vertrekpunt van deze branch vanaf `{candidate}`"
        except subprocess.CalledProcessError:
            continue
    try:
        return _git("rev-parse", "--verify", "--quiet", "HEAD~^{commit}"), "de vorige commit (er is geen `main`)"
    except subprocess.CalledProcessError:
        raise VerschilFout("er is geen main-branch en geen vorige commit om mee te vergelijken; geef de basis op, "
                           "bijvoorbeeld: ./site-build.sh verschil origin/main") from None


def basis_momentopname(commit: str) -> dict[str, Any]:
    """Load the base's data (and pages) from git into a temporary folder."""
    prefix = _git("rev-parse", "--show-prefix")
    with tempfile.TemporaryDirectory(prefix="verschil-") as tmp:
        archive = subprocess.run(["git", "archive", "--format=tar", commit, "--", f"{prefix}data", f"{prefix}content",
                                  f"{prefix}macros"], cwd=PROJECT_DIR, capture_output=True, check=False)
        if archive.returncode != 0:
            raise VerschilFout(f"kon de gegevens van {commit[:10]} niet uit git halen: "
                               f"{archive.stderr.decode('utf-8', 'replace').strip()}")
        with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
            if hasattr(tarfile, "data_filter"):
                tar.extractall(tmp, filter="data")
            else:  # pragma: no cover - Python < 3.11.4
                tar.extractall(tmp)  # noqa: S202 - our own repository's archive
        root = Path(tmp) / prefix
        try:
            return momentopname(root / "data")
        except DataError as error:
            # The branch may have changed the loader or the schemas so that the base's data
            # no longer passes them: then read the base with the base's own loader.
            return _with_own_loader(root, error)


def _with_own_loader(root: Path, error: DataError) -> dict[str, Any]:
    """This package and the command, put into the base's code, read the base's data."""
    macros = root / "macros"
    shutil.rmtree(macros / "review", ignore_errors=True)
    shutil.copytree(PACKAGE, macros / "review", ignore=shutil.ignore_patterns("__pycache__"))
    (macros / "cli").mkdir(exist_ok=True)
    shutil.copy2(PACKAGE.parent / "cli" / "verschil.py", macros / "cli" / "verschil.py")
    if not (macros / "facts" / "omleidingen.py").is_file():
        shutil.copy2(PACKAGE.parent / "facts" / "omleidingen.py", macros / "facts" / "omleidingen.py")
    result = subprocess.run([sys.executable, "-m", "macros.cli.verschil", "--momentopname", str(root / "data")],
                            cwd=root, capture_output=True, text=True, check=False,
                            env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
    if result.returncode == 0:
        return json.loads(result.stdout)
    raise VerschilFout("de gegevens van de basis zijn niet te lezen, ook niet met de code van de basis zelf:\n"
                       + error.report())
