"""`python -m macros.cli.check`: validate all data without building, for editors and CI.

Prints every problem as file:line:column, in Dutch, and exits 1 when there is any.
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..facts.loader import DATA_DIR, load_gegevens
from ..reading.problems import DataError


def main(argv: list[str]) -> int:
    data_dir = Path(argv[0]) if argv else DATA_DIR
    try:
        gegevens = load_gegevens(data_dir)
    except DataError as error:
        print(error.report(), file=sys.stderr)
        return 1
    print(f"De gegevens zijn in orde: {len(gegevens.files)} bestanden gecontroleerd.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
