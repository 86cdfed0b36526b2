"""The data files: which kinds exist, where they live and which schema each follows, and
reading every one of them strictly (YAML, file name, schema line, schema).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..halves import map_in_two
from ..reading.problems import Problem, Problems
from ..reading.schemas import schema_problems
from ..reading.strict_yaml import YamlDocument, load_yaml
from . import omleidingen, quotes, zoekwoorden


@dataclass(frozen=True)
class Soort:
    """A kind of data file: where its files live, which schema they follow, and which of
    its fields the site deliberately does not show (every other field must be read)."""

    pattern: str
    schema: str
    required: bool = True
    not_shown: frozenset[str] = frozenset()


SOORTEN = (
    Soort("begroting.yaml", "begroting.schema.json"),
    Soort("bronnen/*.yaml", "bron.schema.json"),
    Soort("actielijnen/*.yaml", "actielijn.schema.json"),
    Soort("initiatieven/*.yaml", "initiatief.schema.json"),
    Soort("kerncijfers.yaml", "kerncijfers.schema.json"),
    Soort("tijdlijn.yaml", "tijdlijn.schema.json"),
    Soort("bronversies/*.yaml", "bronversie.schema.json", required=False),
    Soort("tegenstrijdigheden.yaml", "tegenstrijdigheden.schema.json", required=False),
    Soort("route.yaml", "route.schema.json"),
    Soort("opbrengsten.yaml", "opbrengsten.schema.json"),
    Soort("wijzigingen.yaml", "wijzigingen.schema.json"),
    Soort("vastgelegde-bedragen.yaml", "vastgelegd.schema.json"),
    Soort("omleidingen.yaml", omleidingen.SCHEMA, required=False),
    Soort("gemeenten/*.yaml", "gemeente.schema.json", required=False),
    Soort("besteding.yaml", "besteding.schema.json", required=False),
    # The reason of a readers' word is for the editors, beside the words it explains.
    Soort("zoekwoorden.yaml", zoekwoorden.SCHEMA, required=False, not_shown=frozenset({"reden"})),
)


def read_documents(data_dir: Path, problems: Problems,
                   readable: dict[str, YamlDocument] | None = None) -> tuple[dict[str, YamlDocument], set[str]]:
    """Parse and schema-check every data file.

    Returns the documents that passed, and the names of all data files seen; `readable`
    receives every document that parses, passed or not (for checks on its texts).
    """
    documents: dict[str, YamlDocument] = {}
    seen: set[str] = set()
    shown_root = data_dir.parent
    files: list[tuple[Path, str, Soort]] = []
    for soort in SOORTEN:
        paths = sorted(data_dir.glob(soort.pattern))
        if soort.required and not paths:
            problems.add(Problem(
                f"data/{soort.pattern}", 1, 1, "", "dit bestand ontbreekt",
                "zet het bestand terug (zie CONTRIBUTING.md)",
            ))
        files += [(path, path.relative_to(shown_root).as_posix(), soort) for path in paths]
    # Each file is read on its own: with thousands of initiatives, half of them in a second process.
    for (_, shown_as, _), (document, found, passed) in zip(files, map_in_two(read_document, files), strict=True):
        seen.add(shown_as)
        problems.extend(found)
        if document is not None and readable is not None:
            readable[shown_as] = document
        if passed:
            documents[shown_as] = document
    for path in sorted(data_dir.rglob("*")):
        shown_as = path.relative_to(shown_root).as_posix()
        skipped = {"schemas", "sjablonen", quotes.TEXT_FOLDER} & set(path.relative_to(data_dir).parts)
        # Links and special files are reported too (unread): nothing in data/ may go unnoticed.
        plain_folder = path.is_dir() and not path.is_symlink()
        if not plain_folder and shown_as not in seen and not skipped and path.name != "README.md":
            problems.add(Problem(
                shown_as, 1, 1, "", "de bouw kent dit bestand niet en zou het negeren",
                "geef het de extensie .yaml en zet het in de goede map (zie CONTRIBUTING.md)",
            ))
    return documents, seen


def read_document(file: tuple[Path, str, Soort]) -> tuple[YamlDocument | None, list[Problem], bool]:
    """One data file parsed and schema-checked: the document if it parses (even with problems
    in its text, for the checks on its texts), its problems, and whether it passed."""
    path, shown_as, soort = file
    document, found = load_yaml(path, shown_as, partial=True)
    if document is None or found:
        return document, found, False
    found = (file_name_problems(path, shown_as, soort) + schema_header_problems(document, soort)
             + schema_problems(document, soort.schema))
    return document, found, not found


SLUG = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")


def file_name_problems(path: Path, shown_as: str, soort: Soort) -> list[Problem]:
    """In folders of records the file name is the id and the web address: a readable slug."""
    if "*" not in soort.pattern or SLUG.fullmatch(path.stem):
        return []
    return [Problem(
        shown_as, 1, 1, "", f"de bestandsnaam '{path.name}' is geen geldig id",
        "gebruik alleen kleine letters, cijfers en streepjes, bijvoorbeeld 'huisbezoeken-zeist.yaml'",
    )]


def schema_header_problems(document: YamlDocument, soort: Soort) -> list[Problem]:
    """Each data file names its schema on line 1, so editors' tools can check it while typing."""
    relative = Path("../" * (len(Path(soort.pattern).parts) - 1)) / "schemas" / soort.schema
    expected = f"# yaml-language-server: $schema={relative.as_posix()}"
    if document.first_line == expected:
        return []
    return [Problem(
        document.file, 1, 1, "", "de eerste regel noemt het schema van dit bestand niet",
        f"zet als eerste regel: {expected}",
    )]
