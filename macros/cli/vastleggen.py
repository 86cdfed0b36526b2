"""`python -m macros.cli.vastleggen`: record the published amounts after a recorded change.

Optional housekeeping: the check also passes while the changelog explains every
difference from an older record. Refuses to record data that does not pass the check.
"""

from __future__ import annotations

import sys

from ..facts.loader import PROJECT_DIR
from ..reading.problems import DataError
from ..register.ledger import LEDGER_FILE, ledger_yaml
from ..register.site import load_site


def main() -> int:
    try:
        site = load_site(PROJECT_DIR)
    except DataError as error:
        print(error.report(), file=sys.stderr)
        print("Er is niets vastgelegd: los eerst de problemen hierboven op.", file=sys.stderr)
        return 1
    log = site.gegevens.wijzigingen
    (PROJECT_DIR / LEDGER_FILE).write_text(ledger_yaml(site.cijfers, log), encoding="utf-8")
    print(f"{LEDGER_FILE} bijgewerkt tot en met wijziging '{log[0].id}'.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
