"""No test types in today's figures: a test that did would fail on a correct change of the
data (a new amount, a corrected count), and would pass for the wrong reason on a copy.

Tests derive their expectations from data/, from the registers, or from the independent
reference recorded with its source (tests/referentie/); tests of behaviour use the made-up
fixture data set (tests/fixtures/proef/). This test reads every tests/*.py and fails on a
number that is a figure the site publishes (the figure register of data/), wherever it is
written: as a Python number (13_000_000), in a string ('bedrag: 13000000', '€ 13 miljoen',
'58.400', '49,2%', '48.3'). Numbers of the fixture data set are allowed (they are its own), and
so are the few formatting examples listed in ALLOWED, each with its reason.

Small whole numbers (below 1000) are left out, except where a string writes them as a
percentage ('12%', '3 procent'): as plain numbers they are line numbers, counts and
indexes far more often than figures, and a test cannot tell them apart.
"""

from __future__ import annotations

import io
import re
import tokenize
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pytest
from fixture_project import fixture_project
from project_copy import ROOT

from macros.register.site import load_site

TESTS = Path(__file__).resolve().parent
SMALL = 1000

# (file, value): why the number may stand there. Keep this list short: a formatting
# example is better chosen so that it is no figure of the site.
ALLOWED: dict[tuple[str, Decimal], str] = {
    ("benchmark.py", Decimal(3500)): "the benchmark's made-up initiatives carry a real result with its real quote "
                                     "from a stored text (the quote must name the figure); no test asserts it",
}

EURO = re.compile(r"€\s?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?:\s*(miljoen|mln|miljard))?")
MILLIONS = re.compile(r"\b(\d+)(?:,(\d+))?\s*(miljoen|mln|miljard)\b")
PERCENT = re.compile(r"\b(\d+)(?:,(\d+))?\s*(%|procent)")
DUTCH = re.compile(r"(?<![\d.,])(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?![\d.,]*\d)")
DECIMAL_POINT = re.compile(r"(?<![\d.,])(\d+)\.(\d+)(?![\d.,]*\d)")  # '49.1' as Python and YAML write it
SCALE = {"miljoen": 10**6, "mln": 10**6, "miljard": 10**9, None: 1}


def number(whole: str, fraction: str | None, unit: str | None = None) -> Decimal:
    return Decimal(f"{whole.replace('.', '')}.{fraction or 0}") * SCALE.get(unit, 1)


def numbers_in_string(text: str) -> set[tuple[Decimal, bool]]:
    """Every number a string writes, as (value, written as a percentage)."""
    found = {(number(*m.groups()), False) for m in EURO.finditer(text)}
    found |= {(number(*m.groups()), False) for m in MILLIONS.finditer(text)}
    found |= {(number(m[1], m[2]), True) for m in PERCENT.finditer(text)}
    found |= {(number(m[1], m[2]), False) for m in DUTCH.finditer(text)}
    found |= {(Decimal(f"{m[1]}.{m[2]}"), False) for m in DECIMAL_POINT.finditer(text)}
    return found


def numbers_in(source: str) -> list[tuple[int, Decimal, bool]]:
    """(line, value, as a percentage) of every number in a Python file's code and strings."""
    found = []
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.NUMBER:
            try:
                found.append((token.start[0], Decimal(token.string.replace("_", "")), False))
            except InvalidOperation:  # hex, octal, complex: no figure
                continue
        elif token.type == tokenize.STRING or token.type == getattr(tokenize, "FSTRING_MIDDLE", -1):
            found += [(token.start[0], value, percent) for value, percent in numbers_in_string(token.string)]
    return found


def figure_values(project: Path) -> set[Decimal]:
    return {Decimal(c.waarde) for c in load_site(project).cijfers.alle.values() if c.waarde is not None}


def listed(path: Path, value: Decimal) -> bool:
    """The numbers ALLOWED names stand in this file by design."""
    return path.name == Path(__file__).name and value in {allowed for _, allowed in ALLOWED}


def guarded(value: Decimal, percent: bool, figures: set[Decimal]) -> bool:
    if value not in figures:
        return False
    return percent or value >= SMALL or value != value.to_integral_value()


@pytest.fixture(scope="module")
def fixture_figures(tmp_path_factory: pytest.TempPathFactory) -> set[Decimal]:
    return figure_values(fixture_project(tmp_path_factory.mktemp("proef") / "project"))


def test_no_test_types_in_a_figure_of_the_site(fixture_figures: set[Decimal]) -> None:
    figures = figure_values(ROOT) - fixture_figures
    typed = []
    for path in sorted(TESTS.glob("*.py")):
        for line, value, percent in numbers_in(path.read_text("utf-8")):
            if guarded(value, percent, figures) and (path.name, value) not in ALLOWED and not listed(path, value):
                typed.append(f"tests/{path.name}:{line}: {value.normalize():f}")
    assert typed == [], ("these numbers are figures of the site, typed into a test; derive them from data/ or "
                         "tests/referentie/, or use the fixture data set (tests/fixtures/proef/):\n"
                         + "\n".join(typed))


@pytest.mark.parametrize(("text", "value", "percent"), [
    ("bedrag: 13000000", Decimal(13000000), False),
    ("€ 13 miljoen", Decimal(13000000), False),
    ("€\u00a09,7 miljoen", Decimal(9700000), False),
    ("4,4 mln", Decimal(4400000), False),
    ("1.730.000 euro", Decimal(1730000), False),
    ("ruim 58.400", Decimal(58400), False),
    ("49,2%", Decimal("49.2"), True),
    ("86 procent", Decimal(86), True),
    ('Decimal("48.3")', Decimal("48.3"), False),
])
def test_the_scan_finds_a_figure_however_it_is_written(text: str, value: Decimal, percent: bool) -> None:
    assert (value, percent) in numbers_in_string(text)


def test_the_scan_finds_python_numbers_and_ignores_other_text() -> None:
    found = {value for _, value, _ in numbers_in("x = 13_000_000\ny = 'regel 12 van 2021-12-21'\n")}
    assert Decimal(13000000) in found
    assert not guarded(Decimal(12), False, {Decimal(12)})  # a small number: not told apart from a line number
    assert guarded(Decimal(12), True, {Decimal(12)})  # unless written as a percentage
