"""`python -m macros.cli.verschil [BASIS]`: what a branch changes on the site, for editors and reviewers.

Loads the data of a base version (by default the merge base with `main`) and of the
working tree with the project's own loader, and prints in Dutch Markdown every figure,
page and source that is added, changed or removed (see `review/compare.py` for what
counts as a problem). Exit 1: a problem; exit 2: the comparison itself could not be
made (no git, unknown base, data errors).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from ..project import DATA_DIR
from ..reading.problems import DataError
from ..review.compare import markdown, vergelijk
from ..review.snapshot import VerschilFout, basis_momentopname, kies_basis, momentopname

USAGE = ("Gebruik: ./site-build.sh verschil [BASIS]  (BASIS: een branch of commit, standaard het "
         "vertrekpunt vanaf main)")


def main(argv: list[str]) -> int:
    if argv[:1] == ["--momentopname"]:  # internal: a base read with the base's own loader
        print(json.dumps(momentopname(Path(argv[1]))))
        return 0
    if len(argv) > 1 or (argv and argv[0].startswith("-")):
        print(USAGE, file=sys.stderr)
        return 2
    try:
        try:
            nieuw = momentopname(DATA_DIR)
        except DataError as error:
            raise VerschilFout("de gegevens in de werkmap bevatten fouten; los die eerst op "
                               "(./site-build.sh check):\n" + error.report()) from None
        commit, basis_tekst = kies_basis(argv[0] if argv else None)
        oud = basis_momentopname(commit)
    except VerschilFout as error:
        print(f"FOUT: {error}", file=sys.stderr)
        return 2
    verslag = vergelijk(oud, nieuw, os.environ.get("SITE_URL"))
    print(markdown(verslag, basis_tekst, commit), end="")
    if verslag.problemen:
        print("verschil: niet in orde; zie de problemen bovenaan.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
