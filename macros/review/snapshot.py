"""What one version of the data publishes: from the working tree, or from a commit in git.

Git is the ledger here: the base's figures are read from the base's own files, never
from `data/vastgelegde-bedragen.yaml`.
"""

from __future__ import annotations

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
from ..facts.gegevens import all_citations
from ..facts.omleidingen import FILE as REDIRECTS_FILE
from ..facts.quotes import TEXT_FOLDER
from ..project import PROJECT_DIR
from ..reading.problems import DataError
from ..reading.strict_yaml import load_yaml
from ..register.figures import Cijfer
from ..register.ledger import ledger_yaml
from ..register.site import Site, load_site

MAIN = "main"
PACKAGE = Path(__file__).resolve().parent


class VerschilFout(Exception):
    """The comparison cannot be made; the message says why, in Dutch."""


def momentopname(data_dir: Path) -> dict[str, Any]:
    """What one version of the data publishes, as plain JSON-able values."""
    site = load_site(data_dir.parent, vastgelegd=False)  # git is the ledger here
    gegevens = site.gegevens
    ledger_file = data_dir / "vastgelegde-bedragen.yaml"
    return {
        "cijfers": {key: _figure(cijfer) for key, cijfer in site.cijfers.alle.items()},
        # A page about a feed (volgen/…) comes and goes, and moves, with the page it follows.
        "paginas": {p.id: p.titel for p in site.paginas.pages() if p.soort != "volgen"},
        "bronnen": {bron_id: f"{bron.kort}: {bron.titel}" for bron_id, bron in gegevens.bronnen.items()},
        "adressen": {bron_id: bron.adres for bron_id, bron in gegevens.bronnen.items()},
        "bronteksten": _stored_texts(data_dir),
        "citaten": _quoted_sources(site),
        "wijzigingen": _raw(data_dir / "wijzigingen.yaml", CHANGELOG_FILE).get("wijzigingen", []),
        "omleidingen": {r["van"]: r["naar"] for r in _raw(data_dir / "omleidingen.yaml", REDIRECTS_FILE)
                        .get("omleidingen", [])},
        "vastgelegd": ledger_file.read_text("utf-8") if ledger_file.is_file() else None,
        "vastgelegd_verwacht": _expected_ledger(site, data_dir),
    }


def _expected_ledger(site: Site, data_dir: Path) -> str:
    """The ledger as `vastleggen` would write it now (compare uses the working tree's only)."""
    try:
        from ..register.source_ledger import source_sums
    except ImportError:  # a base read with its own, older code: its ledger has no checksums
        return ledger_yaml(site.cijfers, site.gegevens.wijzigingen)
    return ledger_yaml(site.cijfers, site.gegevens.wijzigingen, source_sums(site.gegevens, data_dir))


def _stored_texts(data_dir: Path) -> dict[str, str]:
    """Every stored source text by source id, with '\\n' line ends (git may check out others)."""
    return {path.stem: path.read_bytes().decode("utf-8", "replace").replace("\r\n", "\n")
            for path in sorted((data_dir / TEXT_FOLDER).glob("*.txt"))}


def _quoted_sources(site: Site) -> dict[str, list[str]]:
    """Which sources the quotes rest on, by a key that stays put when other data moves: each figure
    typed in the data by its id in the figure register ('cijfer:regel:jongerenwerk'); every
    other quote by its data file ('bestand:data/tijdlijn.yaml')."""
    found: dict[str, set[str]] = {}
    of_figures = set()
    for key, cijfer in site.cijfers.alle.items():
        of_figures.update(cijfer.bronnen)
        if not cijfer.afgeleid_van:  # a computed figure rests on its parts' quotes, shown for them
            found[f"cijfer:{key}"] = {citation.document for citation in cijfer.bronnen}
    for citation in all_citations(site.gegevens):
        if citation not in of_figures:
            found.setdefault(f"bestand:{citation.herkomst.file}", set()).add(citation.document)
    return {key: sorted(documents) for key, documents in found.items()}


def _figure(cijfer: Cijfer) -> dict[str, Any]:
    """A figure as `compare` reads it (the same keys in every version of this file)."""
    return {"key": cijfer.id, "naam": cijfer.naam, "waarde": cijfer.tekst, "exact": cijfer.exact,
            "pagina": cijfer.pagina, "bedrag": cijfer.vastgelegd, "berekend": bool(cijfer.afgeleid_van)}


def _raw(path: Path, shown_as: str) -> dict[str, Any]:
    if not path.is_file():
        return {}
    document, _ = load_yaml(path, shown_as)
    return document.data if document is not None and isinstance(document.data, dict) else {}


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
    # The register (every page and figure) came later than some bases: bring it along.
    if not (macros / "register").is_dir():
        shutil.copytree(PACKAGE.parent / "register", macros / "register", ignore=shutil.ignore_patterns("__pycache__"))
    result = subprocess.run([sys.executable, "-m", "macros.cli.verschil", "--momentopname", str(root / "data")],
                            cwd=root, capture_output=True, text=True, check=False,
                            env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
    if result.returncode == 0:
        return json.loads(result.stdout)
    raise VerschilFout("de gegevens van de basis zijn niet te lezen, ook niet met de code van de basis zelf:\n"
                       + error.report())
