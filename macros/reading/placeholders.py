"""A template's example texts may not be published: `check` refuses them in real data.

The templates in data/sjablonen/ show editors what a new file looks like. Every free-text
value in a template (see `free_text.py`: names, descriptions, quotes; not ids, dates or
choices such as `lokaal`, which a real file legitimately shares) is a placeholder that
the editor must replace. The list is read from the templates themselves, so a changed
template is checked the next time without changing this code. A template must therefore
hold no real text in its free-text fields (tests/test_placeholders.py checks that no
template text occurs in the real data).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .free_text import free_texts
from .problems import Problem
from .strict_yaml import YamlDocument, dotted, load_yaml

TEMPLATE_FOLDER = "sjablonen"
SCHEMA_LINE = re.compile(r"\$schema=(?:\.\./)*schemas/(\S+)")


@dataclass(frozen=True)
class Placeholder:
    template: str  # data/sjablonen/…, as shown to editors
    line: int


def _key(text: str) -> str:
    """Placeholders match whatever the line breaks and capitals: 'naam van het  initiatief'."""
    return re.sub(r"\s+", " ", text).strip().casefold()


def load_placeholders(data_dir: Path) -> tuple[dict[str, Placeholder], list[Problem]]:
    """Every free-text value of every template, by its comparable form."""
    found: dict[str, Placeholder] = {}
    problems: list[Problem] = []
    for path in sorted((data_dir / TEMPLATE_FOLDER).glob("*.yaml")):
        shown_as = path.relative_to(data_dir.parent).as_posix()
        document, read = load_yaml(path, shown_as)
        problems += read
        match = SCHEMA_LINE.search(document.first_line) if document else None
        if document is None or match is None:
            problems += [] if read else [Problem(shown_as, 1, 1, "", "de eerste regel noemt het schema niet",
                                                 "zet als eerste regel de schemaregel van de bestanden die het "
                                                 "sjabloon voorbeeldt")]
            continue
        for path_, value in free_texts(document, match.group(1)):
            found.setdefault(_key(value), Placeholder(shown_as, document.place(path_)[0]))
    return found, problems


def placeholder_problems(document: YamlDocument, schema_name: str,
                         placeholders: dict[str, Placeholder]) -> list[Problem]:
    """Every free-text value of a real data file that is a template's text, unchanged."""
    problems = []
    for path, value in free_texts(document, schema_name):
        placeholder = placeholders.get(_key(value))
        if placeholder is None:
            continue
        line, column = document.place(path)
        shown = value if len(value) <= 60 else value[:57] + "…"
        problems.append(Problem(
            document.file, line, column, dotted(path),
            f"'{shown}' is voorbeeldtekst uit het sjabloon {placeholder.template} (regel {placeholder.line})",
            "vervang het door wat de bron zegt, of haal het veld weg als het optioneel is",
        ))
    return problems
