"""Load everything in data/: read strictly, validate, build models, check integrity.

This is the one entry point for the site, the `check` command and the tests. It
collects every problem in every file before it fails.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import changelog, integrity, integrity_verhaal, load_verhaal
from .integrity import Reporter
from .models import Bedragfeit, Begroting, Bron, Bronverwijzing, Gegevens, Herkomst, Onderdeel, Regel, Verhaal
from .problems import Problem, Problems
from .schemas import schema_problems
from .strict_yaml import YamlDocument, load_yaml

PROJECT_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = PROJECT_DIR / "data"


@dataclass(frozen=True)
class Soort:
    """A kind of data file: where its files live and which schema they follow."""

    pattern: str
    schema: str
    required: bool = True


SOORTEN = (
    Soort("begroting.yaml", "begroting.schema.json"),
    Soort("bronnen/*.yaml", "bron.schema.json"),
    Soort("actielijnen/*.yaml", "actielijn.schema.json"),
    Soort("initiatieven/*.yaml", "initiatief.schema.json"),
    Soort("kerncijfers.yaml", "kerncijfers.schema.json"),
    Soort("tijdlijn.yaml", "tijdlijn.schema.json"),
    Soort("bronversies/*.yaml", "bronversie.schema.json", required=False),
    Soort("route.yaml", "route.schema.json"),
    Soort("opbrengsten.yaml", "opbrengsten.schema.json"),
    Soort("wijzigingen.yaml", "wijzigingen.schema.json"),
    Soort("vastgelegde-bedragen.yaml", "vastgelegd.schema.json"),
)


def load_gegevens(data_dir: Path = DATA_DIR) -> Gegevens:
    """All data, validated; raises DataError naming every problem."""
    problems = Problems()
    documents, seen = read_documents(data_dir, problems)

    def each(folder: str) -> dict[str, YamlDocument]:
        return {Path(name).stem: doc for name, doc in documents.items() if name.startswith(f"data/{folder}/")}

    def single(name: str) -> YamlDocument | None:
        return documents.get(f"data/{name}")

    bronnen = {bron_id: _bron(bron_id, doc) for bron_id, doc in each("bronnen").items()}
    begroting = _begroting(doc) if (doc := single("begroting.yaml")) else None
    verhaal = Verhaal(
        actielijnen={i: load_verhaal.actielijnverhaal(i, d) for i, d in each("actielijnen").items()},
        initiatieven={i: load_verhaal.initiatief(i, d) for i, d in each("initiatieven").items()},
        kerncijfers=load_verhaal.kerncijfers(doc) if (doc := single("kerncijfers.yaml")) else (),
        tijdlijn=load_verhaal.tijdlijn(doc) if (doc := single("tijdlijn.yaml")) else (),
        bronversies={i: load_verhaal.bronversie(i, d) for i, d in each("bronversies").items()},
        route=load_verhaal.route(doc) if (doc := single("route.yaml")) else None,
        opbrengsten=load_verhaal.opbrengsten(doc) if (doc := single("opbrengsten.yaml")) else None,
    )
    # Files that exist but failed validation still count as reference targets, so
    # one broken file does not also flag every reference to it.
    known = {name.removeprefix("data/").removesuffix(".yaml") for name in seen}
    problems.extend(integrity.check(begroting, bronnen, known, documents))
    if begroting is not None:
        problems.extend(integrity_verhaal.check(begroting, verhaal, known, documents))
    log = changelog.wijzigingen(doc) if (doc := single("wijzigingen.yaml")) else ()
    report = Reporter(documents)
    problems.extend(changelog.check_changelog(log, data_dir.parent / "content", set(verhaal.initiatieven), report))
    ledger_doc = single("vastgelegde-bedragen.yaml")
    if begroting is not None and ledger_doc is not None and "wijzigingen" in known:
        ledger = changelog.vastlegging(ledger_doc)
        problems.extend(changelog.check_ledger(begroting, verhaal.route, log, ledger, report))
    problems.raise_if_any()
    assert begroting is not None and verhaal.route is not None and verhaal.opbrengsten is not None
    return Gegevens(begroting=begroting, bronnen=bronnen, verhaal=verhaal, wijzigingen=log,
                    files=tuple(sorted(documents)))


def read_documents(data_dir: Path, problems: Problems) -> tuple[dict[str, YamlDocument], set[str]]:
    """Parse and schema-check every data file.

    Returns the documents that passed, and the names of all data files seen.
    """
    documents: dict[str, YamlDocument] = {}
    seen: set[str] = set()
    shown_root = data_dir.parent
    for soort in SOORTEN:
        paths = sorted(data_dir.glob(soort.pattern))
        if soort.required and not paths:
            problems.add(Problem(
                f"data/{soort.pattern}", 1, 1, "", "dit bestand ontbreekt",
                "zet het bestand terug (zie CONTRIBUTING.md)",
            ))
        for path in paths:
            shown_as = path.relative_to(shown_root).as_posix()
            seen.add(shown_as)
            document, found = load_yaml(path, shown_as)
            problems.extend(found)
            if document is None:
                continue
            found = (file_name_problems(path, shown_as, soort) + schema_header_problems(document, soort)
                     + schema_problems(document, soort.schema))
            problems.extend(found)
            if not found:
                documents[shown_as] = document
    for path in sorted(data_dir.rglob("*")):
        shown_as = path.relative_to(shown_root).as_posix()
        skipped = {"schemas", "sjablonen"} & set(path.relative_to(data_dir).parts)
        # Links and special files are reported too (unread): nothing in data/ may go unnoticed.
        plain_folder = path.is_dir() and not path.is_symlink()
        if not plain_folder and shown_as not in seen and not skipped and path.name != "README.md":
            problems.add(Problem(
                shown_as, 1, 1, "", "de bouw kent dit bestand niet en zou het negeren",
                "geef het de extensie .yaml en zet het in de goede map (zie CONTRIBUTING.md)",
            ))
    return documents, seen


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


def _verwijzing(raw: dict[str, Any], file: str, path: tuple) -> Bronverwijzing:
    return Bronverwijzing(raw["document"], raw.get("vindplaats"), Herkomst(file, path))


def _bron(bron_id: str, doc: YamlDocument) -> Bron:
    raw = doc.data
    return Bron(
        id=bron_id,
        titel=raw["titel"],
        kort=raw["kort"],
        uitgever=raw["uitgever"],
        soort=raw["soort"],
        datum=raw.get("datum"),
        datum_toelichting=raw.get("datum_toelichting"),
        kenmerk=raw.get("kenmerk"),
        adres=raw.get("adres"),
        afschrift=raw.get("afschrift"),
        toelichting=raw.get("toelichting"),
        herkomst=Herkomst(doc.file),
    )


def _begroting(doc: YamlDocument) -> Begroting:
    raw, file = doc.data, doc.file
    bron = _verwijzing(raw["bron"], file, ("bron",))
    onderdelen = []
    for i, raw_onderdeel in enumerate(raw["onderdelen"]):
        base = ("onderdelen", i)
        onderdeel_bron = (
            _verwijzing(raw_onderdeel["bron"], file, base + ("bron",)) if "bron" in raw_onderdeel else bron
        )
        regels = tuple(
            Regel(
                id=raw_regel["id"],
                naam=raw_regel["naam"],
                bedrag=raw_regel["bedrag"],
                bron=(
                    _verwijzing(raw_regel["bron"], file, base + ("regels", j, "bron"))
                    if "bron" in raw_regel else onderdeel_bron
                ),
                toelichting=raw_regel.get("toelichting"),
                onderdeel_id=raw_onderdeel["id"],
                herkomst=Herkomst(file, base + ("regels", j)),
            )
            for j, raw_regel in enumerate(raw_onderdeel["regels"])
        )
        onderdelen.append(Onderdeel(
            id=raw_onderdeel["id"],
            soort=raw_onderdeel["soort"],
            nummer=raw_onderdeel.get("nummer"),
            naam=raw_onderdeel["naam"],
            titel=raw_onderdeel.get("titel"),
            totaal_volgens_bron=raw_onderdeel["totaal"],
            bron=onderdeel_bron,
            regels=regels,
            herkomst=Herkomst(file, base),
        ))
    return Begroting(
        titel=raw["titel"],
        bron=bron,
        totaal_volgens_bron=raw["totaal"],
        lokaal=Bedragfeit(
            raw["lokaal"]["bedrag"],
            _verwijzing(raw["lokaal"]["bron"], file, ("lokaal", "bron")),
            Herkomst(file, ("lokaal",)),
        ),
        onderdelen=tuple(onderdelen),
        herkomst=Herkomst(file),
    )
