"""`python -m macros.cli.vastleggen`: record the published amounts after a recorded change.

Optional housekeeping: the check also passes while the changelog explains every
difference from an older record. Refuses to record data that does not pass the check.
"""

from __future__ import annotations

import sys

from ..facts.ledger import LEDGER_FILE, ledger_yaml
from ..facts.loader import DATA_DIR, PROJECT_DIR, load_gegevens
from ..reading.problems import DataError


def main() -> int:
    try:
        gegevens = load_gegevens(DATA_DIR)
    except DataError as error:
        print(error.report(), file=sys.stderr)
        print("Er is niets vastgelegd: los eerst de problemen hierboven op.", file=sys.stderr)
        return 1
    (PROJECT_DIR / LEDGER_FILE).write_text(
        ledger_yaml(gegevens.begroting, gegevens.route, gegevens.wijzigingen), encoding="utf-8")
    print(f"{LEDGER_FILE} bijgewerkt tot en met wijziging '{gegevens.wijzigingen[0].id}'.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
