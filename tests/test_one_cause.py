"""One mistake gives one message, at its cause: never also a message in another file
about something that is only missing because the file with the mistake failed.

For each kind of data file (each entry of SOORTEN) and each of four mistakes (a misspelt
field name, a value of the wrong kind, a letter in a number, a date written day first),
the first file of that kind that has such a value gets that one mistake. Which value is
taken is read from the files, so the test follows the data. The check must then report
exactly one problem, in that file, on that line.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import check_data
from project_copy import ROOT, copy_project

from macros.facts.loader import SOORTEN
from macros.formatting.money import MILJOEN
from macros.reading.strict_yaml import Path_, dotted, load_yaml

# What the schema tells an editor who writes a number the wrong way (its example is the schema's).
NUMBER_HINT = json.loads((ROOT / "data/schemas/definities.schema.json").read_text("utf-8"))[
    "definitions"]["getal"]["errorMessage"]


@dataclass(frozen=True)
class Mistake:
    line: int
    column: int
    old: str  # the text at line:column that is replaced
    new: str

    def apply(self, text: str) -> str:
        lines = text.split("\n")
        at = lines[self.line - 1]
        assert at[self.column - 1:].startswith(self.old), f"test set-up: {self.old!r} not at {self.line}:{self.column}"
        lines[self.line - 1] = at[:self.column - 1] + self.new + at[self.column - 1 + len(self.old):]
        return "\n".join(lines)


def files_of(pattern: str) -> list[str]:
    return [path.relative_to(ROOT).as_posix() for path in sorted((ROOT / "data").glob(pattern))]


def typed_scalars(file: str) -> list[tuple[Path_, int, int, str]]:
    """(path, line, column, text) of every value typed plainly on its own line, in file order."""
    document, problems = load_yaml(ROOT / file, file)
    assert document is not None and not problems, problems
    lines = (ROOT / file).read_text("utf-8").split("\n")
    found = []
    for path, raw in document.raw_at.items():
        line, column = document.value_at[path]
        if path and raw and lines[line - 1][column - 1:].startswith(raw):
            found.append((path, line, column, raw))
    return sorted(found, key=lambda item: (item[1], item[2]))


def misspelt_field(file: str) -> Mistake | None:
    """The file's first field name with a letter too many."""
    document, _ = load_yaml(ROOT / file, file)
    assert document is not None
    (line, column), name = min((place, path[0]) for path, place in document.key_at.items() if len(path) == 1)
    return Mistake(line, column, f"{name}:", f"{name}x:")


def wrong_kind(file: str) -> Mistake | None:
    """The first id (else the first value) as a list: a value of the wrong kind."""
    scalars = typed_scalars(file)
    ids = [item for item in scalars if item[0][-1] == "id"]
    chosen = (ids or scalars or [None])[0]
    return Mistake(chosen[1], chosen[2], chosen[3], "[kapot]") if chosen else None


def letter_in_number(file: str) -> Mistake | None:
    """A letter typed inside the first number: '12,5' becomes '1x2,5'."""
    numbers = [item for item in typed_scalars(file) if re.fullmatch(r"[0-9][0-9.,]*", item[3])]
    return Mistake(numbers[0][1], numbers[0][2], numbers[0][3], numbers[0][3][0] + "x" + numbers[0][3][1:]) \
        if numbers else None


def day_first_date(file: str) -> Mistake | None:
    """The first date written the Dutch way round: 2021-12-21 becomes 21-12-2021."""
    dates = [item for item in typed_scalars(file) if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", item[3])]
    if not dates:
        return None
    year, month, day = dates[0][3].split("-")
    return Mistake(dates[0][1], dates[0][2], dates[0][3], f"{day}-{month}-{year}")


MISTAKES: dict[str, Callable[[str], Mistake | None]] = {
    "misspelt field": misspelt_field, "wrong kind": wrong_kind, "letter in number": letter_in_number,
    "day-first date": day_first_date,
}


def first_with(pattern: str, mistake: str) -> tuple[str, Mistake] | None:
    """The first file of a kind that has a value for the mistake, and the mistake in it."""
    return next(((file, made) for file in files_of(pattern) if (made := MISTAKES[mistake](file))), None)


# Only the pairs for which the data has such a value (not every kind has a date or a number).
CASES = [(soort.pattern, name) for soort in SOORTEN for name in MISTAKES if first_with(soort.pattern, name)]


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    return copy_project(tmp_path / "project", parts=("data", "content"))


def problems_after(project: Path, file: str, change: Callable[[str], str]) -> list[str]:
    path = project / file
    path.write_text(change(path.read_text("utf-8")), "utf-8")
    result = check_data(project)
    assert result.returncode == 1, result.stdout
    return result.stderr.splitlines()[1:]


@pytest.mark.parametrize(("pattern", "mistake"), CASES, ids=[f"{pattern}-{name}" for pattern, name in CASES])
def test_one_mistake_in_any_kind_of_file_is_one_message_at_its_place(data_copy: Path, pattern: str,
                                                                    mistake: str) -> None:
    chosen = first_with(pattern, mistake)
    assert chosen is not None
    file, made = chosen
    problems = problems_after(data_copy, file, made.apply)
    assert len(problems) == 1, "\n".join(problems)
    assert problems[0].startswith(f"{file}:{made.line}:"), problems[0]


def test_each_mistake_is_made_in_most_kinds_of_file() -> None:
    """The test above leaves out a kind without such a value; most kinds must have one."""
    for name in MISTAKES:
        kinds = [pattern for pattern, mistake in CASES if mistake == name]
        assert len(kinds) >= {"misspelt field": 12, "wrong kind": 12, "letter in number": 5,
                              "day-first date": 3}[name], (name, kinds)


# The mistakes the review found, each with what it used to cause elsewhere.

def test_a_typo_in_a_key_figure_is_not_also_every_reference_to_the_key_figures(data_copy: Path) -> None:
    """It was one problem and fourteen false ones: the actielijnen 'lost' every key figure."""
    file = "data/kerncijfers.yaml"
    decimal = next(item for item in typed_scalars(file) if item[0][-1] == "waarde" and "," in item[3])
    for wrong in (decimal[3].replace(",", "."), decimal[3] + "a", decimal[3].replace(",", ",,")):
        problems = problems_after(data_copy, file, Mistake(decimal[1], decimal[2], decimal[3], wrong).apply)
        assert problems == [f"{file}:{decimal[1]}:{decimal[2]}: {dotted(decimal[0])}: '{wrong}' heeft niet de "
                            f"goede vorm — {NUMBER_HINT}"]
        (data_copy / file).write_text((ROOT / file).read_text("utf-8"), "utf-8")


def most_cited_source() -> tuple[str, int]:
    """The source that most citations name, and how many do."""
    counts: dict[str, int] = {}
    for path in (ROOT / "data").rglob("*.yaml"):
        for cited in re.findall(r"document: ([a-z0-9-]+)", path.read_text("utf-8")):
            counts[cited] = counts.get(cited, 0) + 1
    return max(counts.items(), key=lambda item: item[1])


def test_a_broken_source_is_one_message_however_often_it_is_cited(data_copy: Path) -> None:
    source, cited = most_cited_source()
    assert cited >= 10, "test set-up: the most cited source should be cited often"
    file = f"data/bronnen/{source}.yaml"
    made = Mistake(*next((line, column, raw) for path, line, column, raw in typed_scalars(file)
                         if path == ("soort",)), "geen-bestaande-soort")
    problems = problems_after(data_copy, file, made.apply)
    assert len(problems) == 1 and problems[0].startswith(f"{file}:{made.line}:"), "\n".join(problems)


def test_a_missing_source_text_is_one_message_at_the_first_quote(data_copy: Path) -> None:
    """Every quote of the source names the missing text; the first says how many others do."""
    source, _ = most_cited_source()
    (data_copy / "data" / "bronteksten" / f"{source}.txt").unlink()
    problems = problems_after(data_copy, "data/bronnen/" + source + ".yaml", lambda text: text)
    assert len(problems) == 1, "\n".join(problems)
    assert f"van bron '{source}' is geen tekst opgeslagen" in problems[0]
    assert re.search(r"\(en \d+ andere citaten van deze bron\)", problems[0]), problems[0]


def test_a_misspelt_source_is_one_message_with_the_right_name(data_copy: Path) -> None:
    """It used to be two: the unknown source, and its quote that could not be checked."""
    source, _ = most_cited_source()
    file = next(path.relative_to(data_copy).as_posix() for path in sorted((data_copy / "data").rglob("*.yaml"))
                if f"document: {source}\n" in path.read_text("utf-8") and "citaat:" in path.read_text("utf-8")
                and "bronversies" not in path.parts)
    text = (data_copy / file).read_text("utf-8")
    problems = problems_after(data_copy, file,
                              lambda t: t.replace(f"document: {source}\n", f"document: {source}x\n", 1))
    line = text.split("\n").index(next(row for row in text.split("\n") if row.endswith(f"document: {source}"))) + 1
    assert len(problems) == 1, "\n".join(problems)
    assert problems[0].startswith(f"{file}:{line}:")
    assert f"bedoelt u '{source}'?" in problems[0]


def test_a_broken_initiative_is_not_missing_where_it_is_named(data_copy: Path) -> None:
    """data/tegenstrijdigheden.yaml names an initiative; that one breaks."""
    named = re.search(r"initiatief: ([a-z0-9-]+)", (ROOT / "data/tegenstrijdigheden.yaml").read_text("utf-8"))
    assert named, "test set-up: no contradiction names an initiative"
    file = f"data/initiatieven/{named[1]}.yaml"
    made = wrong_kind(file)
    assert made is not None
    problems = problems_after(data_copy, file, made.apply)
    assert len(problems) == 1 and problems[0].startswith(f"{file}:{made.line}:"), "\n".join(problems)


def test_broken_redirects_do_not_make_the_changelog_name_missing_pages(data_copy: Path) -> None:
    """An entry names a page that moved; its redirect is in a file that breaks."""
    from edits import add_entry, declare_redirect

    old = sorted((data_copy / "data/initiatieven").glob("*.yaml"))[0]
    old.rename(old.with_name(f"{old.stem}-nieuw.yaml"))
    add_entry(data_copy, "hernoemd", [], paginas=f"[initiatieven/{old.stem}.md]")
    declare_redirect(data_copy, f"initiatieven/{old.stem}.md", f"initiatieven/{old.stem}-nieuw.md")
    assert check_data(data_copy).returncode == 0, check_data(data_copy).stderr
    file = "data/omleidingen.yaml"
    moved = f"naar: initiatieven/{old.stem}-nieuw.md"
    problems = problems_after(data_copy, file, lambda text: text.replace(moved, "nar" + moved[4:]))
    assert len(problems) == 1 and problems[0].startswith(f"{file}:"), "\n".join(problems)




def first_id(file: str, path_start: tuple[str | int, ...]) -> tuple[int, int, str]:
    """(line, column, id) of the first id whose path begins with path_start."""
    return next((line, column, raw) for path, line, column, raw in typed_scalars(file)
                if path[-1] == "id" and path[:len(path_start)] == path_start)


@pytest.mark.parametrize(("file", "path_start", "kind"), [
    ("data/begroting.yaml", ("onderdelen",), "Actielijn"),
    ("data/begroting.yaml", ("onderdelen", 0, "regels"), "de regel"),
    ("data/route.yaml", ("gemeentefonds",), "de maatregel"),
])
def test_an_id_changed_by_mistake_is_one_message_at_that_id(data_copy: Path, file: str,
                                                             path_start: tuple[str | int, ...], kind: str) -> None:
    """Other files name the old id (an actielijn is named by dozens); the ledger knows it was
    the id that changed, so that is the one message."""
    line, column, old = first_id(file, path_start)
    new = old[:-1] + ("x" if old[-1] != "x" else "y")
    problems = problems_after(data_copy, file, Mistake(line, column, old, new).apply)
    assert len(problems) == 1, "\n".join(problems)
    assert problems[0].startswith(f"{file}:{line}:{column}: ")
    assert f"het id van {kind}" in problems[0] and f"is veranderd van '{old}' in '{new}'" in problems[0]
    assert f"zet het terug op '{old}'" in problems[0]


def test_an_id_changed_everywhere_and_recorded_is_no_problem(data_copy: Path) -> None:
    """A deliberate new id: every reference changed too, and the changelog says so."""
    from edits import add_entry

    file = "data/route.yaml"
    line, column, old = first_id(file, ("gemeentefonds",))
    document, _ = load_yaml(ROOT / file, file)
    assert document is not None
    amount = next(m["bedrag"] for m in document.data["gemeentefonds"]["maatregelen"] if m["id"] == old)
    new = f"{old}-nieuw"
    for path in (data_copy / "data").rglob("*.yaml"):
        if path.name != "vastgelegde-bedragen.yaml":
            path.write_text(re.sub(rf"\b{re.escape(old)}\b(?!-)", new, path.read_text("utf-8")), "utf-8")
    add_entry(data_copy, "maatregel-hernoemd", [], paginas="[routes.md]")
    log = data_copy / "data/wijzigingen.yaml"
    log.write_text(log.read_text("utf-8").replace(
        "    paginas: [routes.md]\n", f"    paginas: [routes.md]\n    cijfers:\n      - {{feit: maatregel:{old}, oud: "
        f"{amount}}}\n      - {{feit: maatregel:{new}, nieuw: {amount}}}\n", 1), "utf-8")
    result = check_data(data_copy)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(("file", "path"), [
    ("data/begroting.yaml", ("totaal",)),
    ("data/begroting.yaml", ("onderdelen", 0, "totaal")),
    ("data/route.yaml", ("totaal",)),
    ("data/route.yaml", ("via_gemeenten",)),
    ("data/route.yaml", ("gemeentefonds", "totaal")),
])
def test_a_total_that_does_not_add_up_is_one_message(data_copy: Path, file: str, path: Path_) -> None:
    """Not also 'differs from the other file' or 'changed without a changelog entry' for the
    same value: it is wrong in itself, and that is what to fix first."""
    line, column, raw = next((line, column, raw) for p, line, column, raw in typed_scalars(file) if p == path)
    problems = problems_after(data_copy, file, Mistake(line, column, raw, str(int(raw) + 10 * MILJOEN)).apply)
    assert len(problems) == 1, "\n".join(problems)
    assert problems[0].startswith(f"{file}:{line}:{column}: ")


def test_a_renamed_source_file_is_one_message_for_all_its_citations(data_copy: Path) -> None:
    source, cited = most_cited_source()
    (data_copy / f"data/bronnen/{source}.yaml").rename(data_copy / f"data/bronnen/{source}-x.yaml")
    problems = problems_after(data_copy, f"data/bronnen/{source}-x.yaml", lambda text: text)
    about_citations = [p for p in problems if "citaten noemen dit id ook" in p]
    assert len(about_citations) == 1, "\n".join(problems)
    assert f"er is geen bron met id '{source}' (en " in about_citations[0]
    assert f"bedoelt u '{source}-x'?" in about_citations[0]
    assert len({p.split(":")[0] for p in problems}) == len(problems), "one message per file"


def test_a_misspelt_figure_in_the_changelog_is_one_message_there(data_copy: Path) -> None:
    """It used to be ignored, and the amount it meant reported as a change nobody recorded."""
    from edits import add_entry, move_a_million

    move = move_a_million(data_copy)
    cijfers = [dict(change) for change in move.cijfers]
    cijfers[0]["feit"] += "k"
    line = add_entry(data_copy, "bedrag-verschoven", cijfers)
    problems = problems_after(data_copy, "data/wijzigingen.yaml", lambda text: text)
    assert len(problems) == 1, "\n".join(problems)
    assert problems[0].startswith(f"data/wijzigingen.yaml:{line}:")
    assert f"'{cijfers[0]['feit']}' is geen bedrag van de site — bedoelt u '{move.cijfers[0]['feit']}'?" in problems[0]


def test_a_misnamed_source_text_is_one_message_at_that_file(data_copy: Path) -> None:
    source, _ = most_cited_source()
    text = data_copy / f"data/bronteksten/{source}.txt"
    text.rename(text.with_name(f"{source}-2.txt"))
    problems = problems_after(data_copy, f"data/bronnen/{source}.yaml", lambda t: t)
    assert problems == [f"data/bronteksten/{source}-2.txt:1:1: dit is geen brontekst van een bekende bron — bedoelt "
                        f"u {source}.txt? noem het bestand naar een bron in data/bronnen/, met de extensie .txt"]
