"""`python -m macros.cli.check`: validate all data without building, for editors and CI.

Checks what the build checks before it renders a page: every data file, every concept, and
what needs the whole site (pages that exist, amounts that change only with the changelog).
Prints every problem as file:line:column, in Dutch, and exits 1 when there is any.
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..project import DATA_DIR
from ..quick_exit import exit_quickly
from ..reading.problems import DataError
from ..register.site import load_site


def main(argv: list[str]) -> int:
    data_dir = Path(argv[0]) if argv else DATA_DIR
    try:
        site = load_site(data_dir.resolve().parent)
    except DataError as error:
        print(error.report(), file=sys.stderr)
        return 1
    print(f"De gegevens zijn in orde: {len(site.gegevens.files)} bestanden gecontroleerd.")
    return 0


if __name__ == "__main__":
    exit_quickly(main(sys.argv[1:]))
