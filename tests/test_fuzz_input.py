"""No input gives a traceback: mutated data files always end in Dutch messages that
name file, line and column, and a failed build leaves site/ as it was.

The mutations (fixed seed, so every run tries the same files) insert, delete, repeat
and replace characters, including control, bidirectional and other odd characters,
in real data files. Each mutation is checked in-process with the site's own loader;
a few go through ./site-build.sh itself.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

import pytest
from conftest import ROOT, run_site_build, tree_snapshot
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from macros.facts.loader import SOORTEN, load_gegevens
from macros.reading.problems import DataError
from macros.reading.schemas import schema_problems
from macros.reading.strict_yaml import load_yaml

DATA_FILES = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "data").rglob("*.yaml")
                    if "sjablonen" not in p.parts)
PROBLEM = re.compile(r"^data/[^:\n]+:\d+:\d+: \S")
ODD = st.sampled_from(["\x00", "\x0b", "\x1b", "\x85", "\u202e", "\u200b", "\ufeff", "\ufffe", "\t", "\r", "\n",
                       ":", "- ", "{", "}", "[", "]", "&a", "*a", "!!python/object", "'", '"', "\\", "#", "|", ">",
                       "{{", "%", "€", "é", "\U0001f600", "0", "-1", "9" * 30, "  ", "---\n", "..."])
MUTATION = st.tuples(st.sampled_from(["insert", "delete", "repeat", "replace"]),
                     st.floats(0, 1, allow_nan=False), st.integers(1, 40), st.one_of(ODD, st.text(max_size=8)))


def mutate(text: str, mutations: list[tuple[str, float, int, str]]) -> str:
    for kind, where, length, piece in mutations:
        at = int(where * len(text))
        if kind == "insert":
            text = text[:at] + piece + text[at:]
        elif kind == "delete":
            text = text[:at] + text[at + length:]
        elif kind == "repeat":
            text = text[:at] + text[at:at + length] * 3 + text[at:]
        else:
            text = text[:at] + piece + text[at + len(piece):]
    return text


@pytest.fixture(scope="module")
def data_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from project_copy import copy_project

    return copy_project(tmp_path_factory.mktemp("fuzz") / "project", ("data",)) / "data"


def fuzz(examples: int) -> settings:
    return settings(max_examples=examples, derandomize=True, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


def assert_dutch_report(problems: list) -> None:
    report = DataError(sorted(problems)).report().splitlines()
    assert report[0].startswith("De gegevens in data/ bevatten"), report[0]
    for line in report[1:]:
        assert PROBLEM.match(line), line


@fuzz(400)
@given(file=st.sampled_from(DATA_FILES), mutations=st.lists(MUTATION, min_size=1, max_size=4))
def test_a_mutated_file_is_read_with_dutch_messages_never_a_traceback(tmp_path_factory: pytest.TempPathFactory,
                                                                      file: str, mutations: list) -> None:
    """The reader and the schema check of one file, where nearly all mutations are caught."""
    path = tmp_path_factory.getbasetemp() / "fuzz-file.yaml"
    path.write_text(mutate((ROOT / file).read_text("utf-8"), mutations), "utf-8", errors="surrogatepass")
    soort = next(s for s in SOORTEN if Path(file).match("data/" + s.pattern))
    document, problems = load_yaml(path, file)
    if document is not None:
        problems = schema_problems(document, soort.schema)
    if problems:
        assert_dutch_report(problems)


@fuzz(40)
@given(file=st.sampled_from(DATA_FILES), mutations=st.lists(MUTATION, min_size=1, max_size=3))
def test_a_mutated_data_folder_gives_dutch_messages_never_a_traceback(data_copy: Path, file: str,
                                                                        mutations: list) -> None:
    """The whole check, cross-file rules included, on a folder with one mutated file."""
    path = data_copy.parent / file
    original = (ROOT / file).read_text("utf-8")
    path.write_text(mutate(original, mutations), "utf-8", errors="surrogatepass")
    try:
        load_gegevens(data_copy)
    except DataError as error:
        assert_dutch_report(error.problems)
    finally:
        path.write_text(original, "utf-8")


@pytest.fixture(scope="module")
def whole_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """data/ with content/ beside it (the changelog names its pages), which passes the check."""
    from project_copy import copy_project

    data = copy_project(tmp_path_factory.mktemp("fuzz-whole") / "project", ("data", "content")) / "data"
    load_gegevens(data)
    return data


@fuzz(60)
@given(file=st.sampled_from(DATA_FILES), mutations=st.lists(MUTATION, min_size=1, max_size=3))
def test_a_mutated_file_that_fails_is_the_only_file_named(whole_copy: Path, file: str, mutations: list) -> None:
    """When the mutation breaks the file itself (its text, YAML or schema), every problem is in
    that file: nothing elsewhere is reported missing because of it (one cause, one place)."""
    data_copy = whole_copy
    path = data_copy.parent / file
    original = (ROOT / file).read_text("utf-8")
    path.write_text(mutate(original, mutations), "utf-8", errors="surrogatepass")
    soort = next(s for s in SOORTEN if Path(file).match("data/" + s.pattern))
    try:
        document, own = load_yaml(path, file)
        if document is not None and not own:
            own = schema_problems(document, soort.schema)
        if own:
            with pytest.raises(DataError) as caught:
                load_gegevens(data_copy)
            assert {problem.file for problem in caught.value.problems} == {file}, caught.value.report()
    finally:
        path.write_text(original, "utf-8")


CONTROL_CHARACTERS = ["naam: \"Zeist\x0b\"\n", "naam: Zeist\x00\n", "\x1b[31mnaam: Zeist\n"]


def with_first_line_and(path: Path, text: str) -> None:
    """Keep the file's first line (its schema hint) and put text after it."""
    path.write_text(path.read_text("utf-8").split("\n", 1)[0] + "\n" + text, "utf-8")


def first_initiative(data: Path) -> Path:
    return sorted((data / "initiatieven").glob("*.yaml"))[0]


@pytest.mark.parametrize("text", CONTROL_CHARACTERS)
def test_control_characters_are_named_with_file_line_and_column(data_copy: Path, text: str) -> None:
    path = first_initiative(data_copy)
    original = path.read_text("utf-8")
    with_first_line_and(path, text)
    try:
        with pytest.raises(DataError) as caught:
            load_gegevens(data_copy)
    finally:
        path.write_text(original, "utf-8")  # the copy is shared by the tests of this module
    assert re.search(rf"data/initiatieven/{re.escape(path.name)}:2:\d+: .*stuurteken", caught.value.report())


def test_control_characters_through_the_build_script(project: Path) -> None:
    """The script itself: a Dutch message, no traceback, the built site left alone. (A
    terminal escape is the nastiest case for a message printed to a terminal.)"""
    site = project / "site"
    site.mkdir()  # a published site stands in for one (test_build_script builds a real one)
    (site / "index.html").write_text("vorige versie", "utf-8")
    before = tree_snapshot(site)
    path = first_initiative(project / "data")
    with_first_line_and(path, CONTROL_CHARACTERS[-1])
    result = run_site_build(project)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    assert re.search(rf"data/initiatieven/{re.escape(path.name)}:2:\d+: .*stuurteken", result.stderr + result.stdout)
    assert tree_snapshot(site) == before


def test_a_symlink_is_refused_unread(project: Path, tmp_path: Path) -> None:
    secret = tmp_path / "geheim.yaml"
    secret.write_text("wachtwoord: geheim-1234\n", "utf-8")
    (project / "data/initiatieven/link.yaml").symlink_to(secret)
    (project / "data/bronnen/map").symlink_to(tmp_path, target_is_directory=True)
    with pytest.raises(DataError) as caught:
        load_gegevens(project / "data")
    report = caught.value.report()
    assert "data/initiatieven/link.yaml:1:1: dit is een snelkoppeling" in report
    assert "geheim-1234" not in report


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_a_special_file_is_refused_unread(project: Path) -> None:
    fifo = project / "data/initiatieven/pijp.yaml"
    os.mkfifo(fifo)
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    with pytest.raises(DataError) as caught:
        load_gegevens(project / "data")  # reading a pipe would hang here
    assert "data/initiatieven/pijp.yaml:1:1: dit is geen gewoon bestand" in caught.value.report()
