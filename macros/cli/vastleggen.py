"""`python -m macros.cli.vastleggen`: record the published amounts, and the checksums of the
sources' stored texts and addresses, after a recorded change.

Optional housekeeping for amounts: the check also passes while the changelog explains
every difference from an older record. Refuses to record data that does not pass the
check, so a text or address changed by hand is never recorded without its entry.
"""

from __future__ import annotations

import sys

from ..project import PROJECT_DIR
from ..reading.problems import DataError
from ..register.ledger import LEDGER_FILE, ledger_yaml
from ..register.site import load_site
from ..register.source_ledger import source_sums


def main() -> int:
    try:
        site = load_site(PROJECT_DIR)
    except DataError as error:
        print(error.report(), file=sys.stderr)
        print("Er is niets vastgelegd: los eerst de problemen hierboven op.", file=sys.stderr)
        return 1
    log = site.gegevens.wijzigingen
    sums = source_sums(site.gegevens, PROJECT_DIR / "data")
    (PROJECT_DIR / LEDGER_FILE).write_text(ledger_yaml(site.cijfers, log, sums), encoding="utf-8")
    print(f"{LEDGER_FILE} bijgewerkt tot en met wijziging '{log[0].id}', met de controlegetallen van "
          f"{len(site.gegevens.bronnen)} bronnen.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
