"""A field name without its colon ('naam Huis73') is reported on its own line, with the
line to write; YAML itself only stumbles on a later line, and used to advise quotes there.
A colon inside a value keeps its own advice: put the value in quotes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import check_data
from project_copy import ROOT, copy_project

from macros.facts.loader import SOORTEN, Soort
from macros.reading.schemas import schema_problems
from macros.reading.strict_yaml import load_yaml

MESSAGE = "op deze regel ontbreekt de dubbele punt na de veldnaam"
FIELD = re.compile(r"^(?P<lead> *(?:- +)?)(?P<word>[a-z_]+):(?: (?P<value>.*)|$)")


def first_file(pattern: str) -> Path:
    return sorted((ROOT / "data").glob(pattern))[0]


def without_colon(text: str, number: int) -> str:
    lines = text.split("\n")
    match = FIELD.match(lines[number - 1])
    assert match, f"test set-up: line {number} is no field"
    lines[number - 1] = lines[number - 1][:match.end("word")] + lines[number - 1][match.end("word") + 1:]
    return "\n".join(lines)


def problems_of(path: Path, shown_as: str, schema: str) -> list[str]:
    document, problems = load_yaml(path, shown_as)
    if document is not None and not problems:
        problems = schema_problems(document, schema)
    return [str(problem) for problem in problems]


def field_lines(path: Path) -> list[int]:
    """The lines that hold a field of the file's own structure, not text inside a value."""
    document, _ = load_yaml(path, path.name)
    assert document is not None
    return sorted({line for line, _ in document.key_at.values()})


@pytest.mark.parametrize("soort", SOORTEN, ids=[soort.pattern for soort in SOORTEN])
def test_every_field_without_its_colon_is_named_on_its_own_line(soort: Soort, tmp_path: Path) -> None:
    """In the first file of each kind, each field in turn loses its colon: one problem, on
    that line, that says to write the colon (or, where YAML still reads the line, nothing
    worse than one problem on that line)."""
    source = first_file(soort.pattern)
    text = source.read_text("utf-8")
    shown_as = source.relative_to(ROOT).as_posix()
    broken = tmp_path / source.name
    for number in field_lines(source):
        if not FIELD.match(text.split("\n")[number - 1]):
            continue  # a flow mapping ({feit: …}) on one line
        broken.write_text(without_colon(text, number), "utf-8")
        problems = problems_of(broken, shown_as, soort.schema)
        assert len(problems) == 1, (number, problems)
        assert problems[0].startswith(f"{shown_as}:{number}:"), (number, problems)
        assert MESSAGE in problems[0] or "verwacht is" in problems[0], (number, problems)


def initiative_line(text: str, start: str) -> int:
    return next(number for number, line in enumerate(text.split("\n"), start=1) if line.startswith(start))


STARTS = ("naam: ", "omschrijving: >-", "organisaties:", "  - document:", "    vindplaats:")


@pytest.fixture
def initiative(tmp_path: Path) -> tuple[Path, str]:
    """A copy of the project and an initiative of it with every kind of line the tests break
    (whichever has them: an editor may rename or remove each one)."""
    project = copy_project(tmp_path / "project", parts=("data", "content"))
    def has_every_line(path: Path) -> bool:
        lines = path.read_text("utf-8").split("\n")
        return all(any(line.startswith(start) for line in lines) for start in STARTS)

    candidates = [path for path in sorted((project / "data" / "initiatieven").glob("*.yaml")) if has_every_line(path)]
    # The shortest name: the message quotes a long one shortened.
    path = min(candidates, key=lambda path: len(path.read_text("utf-8").split("\nnaam: ")[1].split("\n")[0]))
    return project, f"data/initiatieven/{path.name}"


def test_the_example_of_the_review(initiative: tuple[Path, str]) -> None:
    project, file = initiative
    text = (project / file).read_text("utf-8")
    number = initiative_line(text, "naam: ")
    name = text.split("\n")[number - 1].removeprefix("naam: ")
    (project / file).write_text(without_colon(text, number), "utf-8")
    result = check_data(project)
    assert result.stderr.splitlines()[1:] == [f"{file}:{number}:5: naam: {MESSAGE} — schrijf 'naam: {name}'"]


@pytest.mark.parametrize("start", STARTS[1:])
def test_a_nested_field_a_block_text_and_a_group_without_colon(initiative: tuple[Path, str], start: str) -> None:
    project, file = initiative
    text = (project / file).read_text("utf-8")
    number = initiative_line(text, start)
    (project / file).write_text(without_colon(text, number), "utf-8")
    problems = check_data(project).stderr.splitlines()[1:]
    assert len(problems) == 1 and problems[0].startswith(f"{file}:{number}:"), problems
    assert MESSAGE in problems[0]
    word = start.strip(" -:").split(":")[0]
    assert f"— schrijf '{word}:" in problems[0]


def test_the_last_line_without_colon(initiative: tuple[Path, str]) -> None:
    project, file = initiative
    text = (project / file).read_text("utf-8").rstrip("\n") + "\nbegrotingsregel jongerenwerk\n"
    (project / file).write_text(text, "utf-8")
    problems = check_data(project).stderr.splitlines()[1:]
    assert problems == [f"{file}:{len(text.splitlines())}:16: begrotingsregel: {MESSAGE} — schrijf "
                        "'begrotingsregel: jongerenwerk'"]


def test_a_colon_inside_a_value_still_asks_for_quotes(initiative: tuple[Path, str]) -> None:
    project, file = initiative
    text = (project / file).read_text("utf-8")
    number = initiative_line(text, "naam: ")
    lines = text.split("\n")
    lines[number - 1] += ": een plek voor jongeren"
    (project / file).write_text("\n".join(lines), "utf-8")
    problems = check_data(project).stderr.splitlines()[1:]
    assert len(problems) == 1 and problems[0].startswith(f"{file}:{number}:"), problems
    assert "dubbele punt met een spatie erachter midden in een waarde" in problems[0]
    assert "aanhalingstekens" in problems[0]


def test_words_inside_a_block_text_are_text(initiative: tuple[Path, str]) -> None:
    """Lines in a block text that look like 'veld waarde' are text, never a missing colon."""
    project, file = initiative
    text = (project / file).read_text("utf-8")
    number = initiative_line(text, "omschrijving: >-")
    lines = text.split("\n")
    lines.insert(number, "  naam van de plek en een tweede zin")
    lines.insert(number + 1, "niveau: lokaal")  # the same field twice: an error after the text
    (project / file).write_text("\n".join(lines), "utf-8")
    problems = check_data(project).stderr.splitlines()[1:]
    assert len(problems) == 1 and MESSAGE not in problems[0], problems


def test_a_quoted_value_after_a_name_without_colon(initiative: tuple[Path, str]) -> None:
    """YAML reads 'naam "Huis: 73"' as one field name; that is the same missing colon."""
    project, file = initiative
    text = (project / file).read_text("utf-8")
    number = initiative_line(text, "naam: ")
    lines = text.split("\n")
    lines[number - 1] = 'naam "Huis: 73"'
    (project / file).write_text("\n".join(lines), "utf-8")
    problems = check_data(project).stderr.splitlines()[1:]
    assert problems == [f"{file}:{number}:5: naam: {MESSAGE} — schrijf 'naam: \"Huis …'"]
