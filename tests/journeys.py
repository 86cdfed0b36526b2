"""The editor journeys of CONTRIBUTING.md, done on a project copy exactly as the guide says:
the steps, values and lines are read from the guide (guide.py), never typed here.

Each journey function changes the copy and returns what a reader and a reviewer should
then see; test_journeys.py checks, builds and compares the copy and asserts that.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml
from guide import Block, Section, apply, locate, section, subsection_titles

from macros.reading.strict_yaml import load_yaml
from macros.register.site import Site, load_site

COUNTS = {"twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6}


@dataclass
class Journey:
    """What one journey did, and what the site and `verschil` should now show."""

    name: str
    done_before: bool = False  # the journey was already done on this branch: it is not done twice
    pages: dict[str, list[str]] = field(default_factory=dict)  # built page -> texts it must show
    gone: dict[str, str] = field(default_factory=dict)  # built page -> a text it no longer shows
    redirects: dict[str, str] = field(default_factory=dict)  # old built page -> where it sends the reader
    verschil: list[list[str]] = field(default_factory=list)  # lines of `verschil`, each by its parts
    entry: str = ""  # the changelog entry's title
    extra: dict[str, Any] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def blocks_in_order(project: Path, part: Section, today: str) -> None:
    for block in part.blocks():
        apply(project, block, today)


def entry_title(part: Section) -> str:
    block = part.block("data/wijzigingen.yaml")
    return str(yaml.safe_load(block.text)["wijzigingen"][0]["titel"])


def page(source: str) -> str:
    """The built HTML file of a page id: initiatieven/huis73.md -> initiatieven/huis73/index.html."""
    stem = source.removesuffix(".md")
    return "index.html" if stem == "index" else f"{stem.removesuffix('/index')}/index.html"


# (1) Change an amount: the worked example ------------------------------------------------


def worked_example() -> Section:
    """The guide's worked example: the first 'Voorbeeld:' under 'Een bedrag veranderen'."""
    return section(next(t for t in subsection_titles("Een bedrag veranderen") if t.startswith("Voorbeeld:")))


@dataclass(frozen=True)
class FigureStep:
    """A row of the worked example's table: an amount to change (van, naar), or files to write
    from the blocks below the table (the new source, the quotes, the changelog entry)."""

    number: int
    files: tuple[str, ...]  # the paths or folders the row names
    where: str  # '`bedrag:` van de regel `jongerenwerk`', '`totaal:` bovenaan', …
    van: int | None
    naar: int | None
    melding: str  # the message of the check that asks for this step ('' where none does)


def figure_steps(part: Section | None = None) -> list[FigureStep]:
    rows = (part or worked_example()).table()
    amount = lambda cell: int(cell.strip("`")) if re.fullmatch(r"`?\d+`?", cell) else None  # noqa: E731
    return [FigureStep(int(r[0]), tuple(re.findall(r"`([^`]+)`", r[1])), r[2], amount(r[3]), amount(r[4]), r[5])
            for r in rows]


def set_value(project: Path, file: str, path: tuple[str | int, ...], new: Callable[[int], int]) -> int:
    """Write new(old) at path in file, on the value's own line as the editor would; returns the old value."""
    document, _ = load_yaml(project / file, file)
    node = document.data
    for part in path:
        node = node[part]
    line, _ = document.place(path)
    lines = (project / file).read_text("utf-8").splitlines(keepends=True)
    before = f"{path[-1]}: {node}"
    assert lines[line - 1].strip() == before, f"{file}:{line}: expected '{before}'"
    lines[line - 1] = lines[line - 1].replace(before, f"{path[-1]}: {new(node)}")
    (project / file).write_text("".join(lines), "utf-8")
    return node


def says(output: str, melding: str) -> bool:
    """The check's output has the guide's message ('… ' stands for what varies), as often as it says."""
    count = 1
    words = melding.split("`")
    if len(words) >= 3 and words[0].strip().removesuffix(" keer") in COUNTS:
        count = COUNTS[words[0].strip().removesuffix(" keer")]
    parts = [p.strip() for p in words[1].split("…") if p.strip()]
    text = output.replace("\u00a0", " ")
    return sum(all(p in line for p in parts) for line in text.splitlines()) == count


def change_an_amount(project: Path, today: str, check: Any) -> Journey:
    """Every step of the worked example's table in its order, the check run after each: an
    amount changed, or the blocks written for the files the step names (the new source, the
    quotes, the changelog entry).

    The guide's values must be the amounts as published (data/vastgelegde-bedragen.yaml,
    which editors never touch). Where today's data already differs from them (on a branch
    that changed these amounts, for instance by doing this very example), the same changes
    are made to today's amounts, the new source's words name those, and the entry says so:
    the example stays an exercise that passes on any branch, and is exact on main."""
    site = load_site(project)
    part = worked_example()
    steps, changes, outputs, millions, exact = figure_steps(part), {}, [], {}, True
    entry = yaml.safe_load(part.block("data/wijzigingen.yaml").text)["wijzigingen"][0]
    for step in steps:
        if step.van is not None and step.naar is not None:
            change, unchanged = change_one(project, site, step, millions)
            changes.update(change)
            exact = exact and unchanged
        for block in [] if step.van is not None else [b for b in part.blocks() if b.target
                                                       and b.target.startswith(step.files)]:
            new_file = block.place is None and block.target != "data/wijzigingen.yaml"  # the new source
            if not exact:  # the example done before on this branch: its source's words change with it
                block = (replace_amounts(block, changes, entry["id"], site) if block.target == "data/wijzigingen.yaml"
                         else with_amounts(block, millions))
            apply(project, block, today, whole=new_file)
        outputs.append(check(project).stderr)
    assert {c["feit"]: [c["oud"], c["nieuw"]] for c in entry["cijfers"]} == {
        k: c["gids"] for k, c in changes.items()}, "CONTRIBUTING.md: de wijziging noemt andere bedragen dan de tabel"
    written = yaml.safe_load((project / "data/wijzigingen.yaml").read_text("utf-8"))["wijzigingen"][0]["id"]
    return Journey("bedrag", entry=entry["titel"], extra={
        "entry_id": written, "exact": exact, "changes": list(changes.values()), "outputs": outputs,
        "meldingen": [s.melding for s in steps], "paginas": entry["paginas"],
        "bronnen": [Path(b.target).stem for b in part.blocks() if b.target and b.target.startswith("data/bronnen/")]})


def change_one(project: Path, site: Site, step: FigureStep, millions: dict[str, str]) -> tuple[dict[str, dict], bool]:
    """One amount of the table changed as the guide says (by the guide's difference, from
    today's value): the change of the figure it is (if it is one), whether today's value was
    the guide's; and the guide's new amount in millions, as its new source writes it, mapped to
    the amount written now."""
    assert step.van is not None and step.naar is not None
    ledger = {b["feit"]: b["bedrag"] for b in yaml.safe_load(
        (project / "data/vastgelegde-bedragen.yaml").read_text("utf-8"))["bedragen"]}
    by_place = {(c.herkomst.file, c.herkomst.path): c for c in site.cijfers.alle.values() if c.herkomst}
    file = step.files[0]
    document, _ = load_yaml(project / file, file)
    path = locate(document.data, step.where)
    figure = by_place.get((file, path))  # None: a total the check compares, not a figure of its own
    if figure is not None:
        assert ledger[figure.id] == step.van, (
            f"CONTRIBUTING.md, stap {step.number}: de gids begint bij {step.van}, maar gepubliceerd is "
            f"{ledger[figure.id]} ({figure.id}); werk het voorbeeld bij")
    current = set_value(project, file, path, lambda value: value + step.naar - step.van)
    new = current + step.naar - step.van
    assert millions.setdefault(in_millions(step.naar), in_millions(new)) == in_millions(new), (
        f"CONTRIBUTING.md, stap {step.number}: twee bedragen van de gids worden verschillende bedragen")
    if figure is None:
        return {}, current == step.van
    return {figure.id: {"feit": figure.id, "oud": current, "nieuw": new, "gids": [step.van, step.naar],
                        "pagina": figure.pagina}}, current == step.van


def in_millions(amount: int) -> str:
    """An amount as the annex writes it, in millions: 12000000 -> '12', 2500000 -> '2,5'."""
    return format((Decimal(amount) / 10**6).normalize(), "f").replace(".", ",")


def with_amounts(block: Block, millions: dict[str, str]) -> Block:
    """A block of the new source or its quotes with the amounts written today instead of the guide's."""
    # A number as the annex writes it ('15', '9,5'), also before a comma or full stop of the sentence.
    text = re.sub(r"(?<![\d,.])\d+(?:,\d+)?(?!\d|[.,]\d)", lambda m: millions.get(m[0], m[0]), block.text)
    return Block(block.lang, text, block.target, block.place)


def replace_amounts(block: Block, changes: dict[str, dict], entry_id: str, site: Site) -> Block:
    """The guide's entry with the amounts as they changed today, under an id not yet used."""
    text = block.text
    for key, c in changes.items():
        text = re.sub(rf"\{{feit: {re.escape(key)}, oud: \d+, nieuw: \d+\}}",
                      f"{{feit: {key}, oud: {c['oud']}, nieuw: {c['nieuw']}}}", text)
    if entry_id in {w.id for w in site.gegevens.wijzigingen}:
        text = text.replace(f"id: {entry_id}", f"id: {entry_id}-nogmaals")
    return Block(block.lang, text, block.target)


# (2)-(7): the other journeys, each from its own section ------------------------------------
#
# A journey whose changelog entry is already in data/wijzigingen.yaml was done on this
# branch (by hand, as the issue asks before it is closed): then it is not done twice, and
# the test checks that the site shows what the guide promises; `verschil` against this
# copy's main has nothing new to say about it.


def done_before(project: Path, part: Section) -> bool:
    entry = yaml.safe_load(part.block("data/wijzigingen.yaml").text)["wijzigingen"][0]["id"]
    log = yaml.safe_load((project / "data/wijzigingen.yaml").read_text("utf-8"))["wijzigingen"]
    return entry in {e["id"] for e in log}


def add_an_initiative(project: Path, today: str) -> Journey:
    part = section("Voorbeeld: de balkonbeweegdag")
    new = next(b for b in part.blocks() if b.target and b.target.startswith("data/initiatieven/"))
    template = yaml.safe_load((project / "data/sjablonen/initiatief.yaml").read_text("utf-8"))
    filled = yaml.safe_load(new.text)
    assert set(filled) <= set(template), f"CONTRIBUTING.md: velden die niet in het sjabloon staan: " \
        f"{sorted(set(filled) - set(template))}"
    done = done_before(project, part)
    if not done:
        assert not (project / new.target).exists(), f"{new.target} bestaat al: kies in CONTRIBUTING.md een ander " \
            "voorbeeld"
        blocks_in_order(project, part, today)
    initiative = Path(new.target).stem
    quote = " ".join(filled["bronnen"][0]["citaat"].split())
    funding = " ".join(filled["financiering"].get("toelichting", "").split())  # the page begins with it
    return Journey("initiatief toevoegen", done_before=done, entry=entry_title(part),
                   pages={f"initiatieven/{initiative}/index.html": [filled["naam"], quote, funding],
                          "initiatieven/index.html": [filled["naam"]]},
                   verschil=[["**nieuw**", filled["naam"], f"/initiatieven/{initiative}/"]])


def add_a_result(project: Path, today: str) -> Journey:
    part = section("Voorbeeld: tien organisaties uit het LOVZ")
    block = next(b for b in part.blocks() if b.target and b.target.startswith("data/initiatieven/"))
    result = yaml.safe_load(block.text)["resultaten"][0]
    initiative = Path(block.target).stem
    done = done_before(project, part)
    if not done:
        blocks_in_order(project, part, today)
    results = yaml.safe_load((project / block.target).read_text("utf-8"))["resultaten"]
    ref = f"initiatief:{initiative}:resultaat:{[r['tekst'] for r in results].index(result['tekst'])}"
    return Journey("resultaat toevoegen", done_before=done, entry=entry_title(part),
                   pages={f"initiatieven/{initiative}/index.html": [result["tekst"]]},
                   verschil=[["**nieuw**", f"(`{ref}`)", f"→ {result['waarde']}", f"/initiatieven/{initiative}/"]],
                   extra={"ref": ref, "waarde": str(result["waarde"]), "initiatief": initiative})


def rename_an_initiative(project: Path, today: str) -> Journey:
    part = section("Hernoemen")
    old, new = [Path(s).stem for s in part.code_spans() if s.endswith(".yaml")][:2]
    folder = project / "data/initiatieven"
    done = done_before(project, part)
    if not done:
        (folder / f"{old}.yaml").rename(folder / f"{new}.yaml")
        for file, wrong, right in (tuple(cell.strip("`") for cell in row) for row in part.table()):
            replace_once(project, file, wrong, right)  # other files that name the old page
        blocks_in_order(project, part, today)
    naam = yaml.safe_load((folder / f"{new}.yaml").read_text("utf-8"))["naam"]
    return Journey("initiatief hernoemen", done_before=done, entry=entry_title(part),
                   pages={f"initiatieven/{new}/index.html": [naam]},
                   redirects=redirects(part),
                   verschil=[["**hernoemd**", f"/initiatieven/{old}/", "→", f"/initiatieven/{new}/",
                              "(met omleiding)"]])


def remove_an_initiative(project: Path, today: str) -> Journey:
    part = section("Weghalen")
    gone = next(s for s in part.code_spans() if re.fullmatch(r"data/initiatieven/[^/]+\.yaml", s))
    done = done_before(project, part)
    naam = None if done else yaml.safe_load((project / gone).read_text("utf-8"))["naam"]
    if not done:
        (project / gone).unlink()
        blocks_in_order(project, part, today)
    stem = Path(gone).stem
    return Journey("initiatief weghalen", done_before=done, entry=entry_title(part),
                   gone={"initiatieven/index.html": naam} if naam else {}, redirects=redirects(part),
                   verschil=[["**weg**", f"/initiatieven/{stem}/", "omleiding naar", "/initiatieven/"]])


def redirects(part: Section) -> dict[str, str]:
    """The redirects of the guide's omleidingen block: old built page -> where it sends the reader."""
    items = yaml.safe_load(part.block("data/omleidingen.yaml").text)["omleidingen"]
    return {page(item["van"]): os.path.relpath(Path(page(item["naar"])).parent, Path(page(item["van"])).parent)
            .replace(os.sep, "/") + "/" for item in items}


def add_a_source(project: Path, today: str) -> Journey:
    part = section("Voorbeeld: het Fonds voor Cultuurparticipatie bij Samen Cultuur Maken")
    new = next(b for b in part.blocks() if b.target and b.target.startswith("data/bronnen/"))
    source = Path(new.target).stem
    done = done_before(project, part)
    if not done:
        assert not (project / new.target).exists(), f"{new.target} bestaat al: kies in CONTRIBUTING.md een ander " \
            "voorbeeld"
    citing = next(b for b in part.blocks() if b.target and b.target.startswith("data/initiatieven/"))
    quote = " ".join(yaml.safe_load(citing.text)["bronnen"][0]["citaat"].split())
    if not done:
        blocks_in_order(project, part, today)
    kort = yaml.safe_load(new.text)["kort"]
    initiative = Path(citing.target).stem
    return Journey("bron toevoegen", done_before=done, entry=entry_title(part),
                   pages={f"bronnen/{source}/index.html": [quote],
                          f"initiatieven/{initiative}/index.html": [kort, quote]},
                   verschil=[["**nieuw**", f"`{source}`", kort]], extra={"bron": source, "initiatief": initiative})


def replace_once(project: Path, file: str, wrong: str, right: str) -> None:
    """A row of a table 'bestand | staat er | moet er staan' of the guide, done in the file."""
    text = (project / file).read_text("utf-8")
    assert text.count(wrong) == 1, f"{file}: '{wrong}' staat er niet precies één keer"
    (project / file).write_text(text.replace(wrong, right), "utf-8")


def typo(part: Section | None = None) -> tuple[str, str, str]:
    """The guide's typo example: (file, the wrong text, the right text)."""
    row = (part or section("Een tikfout verbeteren")).table()[0]
    return tuple(cell.strip("`") for cell in row)  # type: ignore[return-value]


def make_the_typo(project: Path) -> None:
    """The state the guide's typo example starts from: the right text, misspelt (on main)."""
    if done_before(project, section("Een tikfout verbeteren")):
        return
    file, wrong, right = typo()
    text = (project / file).read_text("utf-8")
    assert text.count(right) == 1, f"CONTRIBUTING.md: '{right}' staat niet precies één keer in {file}"
    (project / file).write_text(text.replace(right, wrong), "utf-8")


def fix_a_typo(project: Path, today: str) -> Journey:
    part = section("Een tikfout verbeteren")
    file, wrong, right = typo(part)
    done = done_before(project, part)
    if not done:
        replace_once(project, file, wrong, right)
        blocks_in_order(project, part, today)
    built = f"initiatieven/{Path(file).stem}/index.html"
    return Journey("tikfout verbeteren", done_before=done, entry=entry_title(part), pages={built: [right]},
                   gone={built: wrong}, verschil=[[f"({today}):", entry_title(part)]])


OTHER_JOURNEYS = (add_an_initiative, add_a_result, rename_an_initiative, remove_an_initiative, add_a_source,
                  fix_a_typo)
