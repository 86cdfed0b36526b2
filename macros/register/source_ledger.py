"""The words and addresses of the sources change only with the changelog, also without git.

`./site-build.sh vastleggen` records in `data/vastgelegde-bedragen.yaml` a sha256 of every
stored text (`data/bronteksten/<id>.txt`) and of every source's address (`adres:` in
`data/bronnen/<id>.yaml`). `check` compares: a text or address of a recorded source that
is no longer what was recorded needs a changelog entry newer than the record that names
the source's page (`bronnen/<id>.md`), with the reason in `reden:`. Otherwise it was
changed by hand: a sentence added to a stored text and then quoted would be published as
the source's own words, and an address changed to a look-alike host would send readers
elsewhere from every page that cites the source.

`verschil` shows such changes old → new from git (`review/sources.py`); this check is the
guard where git is not at hand. A new source is not in the record yet: `verschil` asks for
its page in the changelog.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from ..facts.changes import CHANGELOG_FILE
from ..facts.gegevens import Gegevens
from ..facts.provenance import Reporter
from ..facts.quotes import TEXT_FOLDER
from ..facts.vastlegging import LEDGER_FILE, Bronsom, Vastlegging
from ..reading.problems import Problem
from .ledger import newer_entries

VASTLEGGEN = "./site-build.sh vastleggen"


def checksum(text: str) -> str:
    """The sha256 of a text (hex), the same on every system: line ends count as '\\n'."""
    return hashlib.sha256(text.replace("\r\n", "\n").encode("utf-8")).hexdigest()


def text_file(data_dir: Path, bron_id: str) -> Path:
    return data_dir / TEXT_FOLDER / f"{bron_id}.txt"


def source_sums(gegevens: Gegevens, data_dir: Path) -> dict[str, Bronsom]:
    """The checksums of every source now, by id (as `vastleggen` records them)."""
    sums = {}
    for bron_id, bron in sorted(gegevens.bronnen.items()):
        path = text_file(data_dir, bron_id)
        text = path.read_bytes().decode("utf-8", "replace") if path.is_file() else None
        sums[bron_id] = Bronsom(checksum(bron.adres) if bron.adres else None,
                                checksum(text) if text is not None else None)
    return sums


def check_source_sums(gegevens: Gegevens, data_dir: Path, ledger: Vastlegging, report: Reporter) -> list[Problem]:
    """Every recorded source's text and address as recorded, or named by a newer changelog entry."""
    if ledger.bronnen is None:  # an older record without checksums: the next `vastleggen` adds them
        return []
    named = {page for entry in newer_entries(gegevens.wijzigingen, ledger) for page in entry.paginas}
    now = source_sums(gegevens, data_dir)
    problems = []
    for bron_id, recorded in sorted(ledger.bronnen.items()):
        current = now.get(bron_id)
        if current is None or f"bronnen/{bron_id}.md" in named:
            continue  # a source that is gone is the page register's business (its address needs a redirect)
        if current.brontekst != recorded.brontekst:
            problems.append(_text_problem(bron_id, recorded, current, data_dir))
        if current.adres != recorded.adres:
            bron = gegevens.bronnen[bron_id]
            problems.append(report(bron.herkomst, "adres" if bron.adres else "",
                                   f"het adres van deze bron is {_how(recorded.adres, current.adres)} sinds het is "
                                   f"vastgelegd ({VASTLEGGEN}), en geen nieuwere wijziging in {CHANGELOG_FILE} noemt "
                                   f"de pagina bronnen/{bron_id}.md: zo'n aanpassing met de hand zou lezers vanaf "
                                   "elke bronvermelding naar een andere website sturen",
                                   "zet het vastgelegde adres terug; is het nieuwe adres juist (kijk of de website "
                                   "echt van de uitgever is), " + _record_hint(bron_id)))
    return problems


def _text_problem(bron_id: str, recorded: Bronsom, current: Bronsom, data_dir: Path) -> Problem:
    shown = f"data/{TEXT_FOLDER}/{bron_id}.txt"
    file = shown if text_file(data_dir, bron_id).is_file() else f"data/bronnen/{bron_id}.yaml"
    return Problem(file, 1, 1, "",
                   f"de brontekst {shown} is {_how(recorded.brontekst, current.brontekst)} sinds hij is vastgelegd "
                   f"({VASTLEGGEN}), en geen nieuwere wijziging in {CHANGELOG_FILE} noemt de pagina "
                   f"bronnen/{bron_id}.md: zo'n aanpassing met de hand zou woorden als die van de bron "
                   "publiceren die de bron misschien niet zegt",
                   "zet de tekst terug zoals de bron hem geeft; is de nieuwe tekst juist, " + _record_hint(bron_id))


def _how(before: str | None, after: str | None) -> str:
    if before is None:
        return "erbij gekomen"
    return "weggehaald" if after is None else "veranderd"


def _record_hint(bron_id: str) -> str:
    return (f"zet dan bovenaan in {CHANGELOG_FILE} een wijziging met bronnen/{bron_id}.md onder 'paginas:' en in "
            f"'reden:' waarom, en draai daarna {VASTLEGGEN} (zie CONTRIBUTING.md, 'Een brontekst of het adres van "
            "een bron veranderen')")


__all__ = ["LEDGER_FILE", "check_source_sums", "checksum", "source_sums"]
