"""`python -m macros.cli.guard SITE_DIR`: last check of a built site before it is published.

mkdocs-macros can let template text through (for instance a macro call inside a
code block, or a future setting change); whatever the cause, a page that shows
`{{`, `{%` or a macro error message must never be published.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from ..formatting.urls import download_url
from ..output.downloads import TABLES

LEFTOVER = re.compile(r"\{\{|\{%|\{#|Macro (Syntax|Rendering) Error|jinja2\.exceptions|data-blok=")


def problems_in_site(site_dir: Path) -> list[str]:
    problems = []
    for page in sorted(site_dir.rglob("*.html")):
        for number, line in enumerate(page.read_text("utf-8").splitlines(), start=1):
            match = LEFTOVER.search(line)
            if match:
                where = page.relative_to(site_dir).as_posix()
                problems.append(f"{where}:{number}: onverwerkte sjabloontekst '{match.group(0)}' op de pagina")
    for name in ["datapackage.json", *(f"{t}.{ext}" for t in TABLES for ext in ("csv", "json"))]:
        if not (site_dir / download_url(name)).is_file():
            problems.append(f"{download_url(name)}: downloadbestand ontbreekt")
    return problems


def main(argv: list[str]) -> int:
    site_dir = Path(argv[0])
    problems = problems_in_site(site_dir)
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
