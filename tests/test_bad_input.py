"""Every mistake an editor can make in data/ stops the build with a Dutch message that
names file and line, and leaves the published site/ exactly as it was.

The mistakes are made in the fixture data set (tests/fixtures/proef/), so they stay the same
whatever the real figures are. The data check runs in-process (it is the same `check` that
./site-build.sh runs before it builds); one test goes through the script itself to prove
that a refused check leaves site/ alone (see also test_build_script.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from conftest import run_site_build, tree_snapshot
from fixture_project import FIXTURE, fixture_project, with_fixture_data

from macros.cli import check

BEGROTING = "data/begroting.yaml"
BRON = "data/bronnen/proefbrief-2021.yaml"
# The amount of the fixture's 'overig' line, read from the fixture, not typed: the same number can
# be a real figure of data/, and a test must never carry one (see test_no_figures_in_tests.py).
OVERIG = next(o for o in yaml.safe_load((FIXTURE / BEGROTING).read_text("utf-8"))["onderdelen"]
              if o["id"] == "overig")["regels"][0]["bedrag"]


@dataclass(frozen=True)
class Mistake:
    file: str
    change: Callable[[str], str]  # the file's text -> the text with the mistake
    line_of: str  # a text on the line the message must name
    says: str  # what the message must contain


def replace(old: str, new: str, count: int = 1) -> Callable[[str], str]:
    def change(text: str) -> str:
        assert old in text, f"test set-up: {old!r} not in file"
        return text.replace(old, new, count)
    return change


# Each mistake is made in the fixture data set (tests/fixtures/proef/), whose values are
# its own: the messages stay the same whatever the real figures are.
BETA = "        bedrag: 4500000\n"
MISTAKES = {
    "duplicate key": Mistake(BEGROTING, replace(BETA, BETA + "        bedrag: 4500001\n"),
                             "bedrag: 4500001", "twee keer"),
    "dutch decimal comma": Mistake(BEGROTING, replace("bedrag: 4500000", "bedrag: 4,5"), "bedrag: 4,5", "komma"),
    "thousands separator": Mistake(BEGROTING, replace("bedrag: 1250000\n", "bedrag: 1.250\n"),
                                   "bedrag: 1.250", "duizendtalscheiding"),
    "yaml 1.1 no": Mistake(BEGROTING, replace("nummer: 2", "nummer: no"), "nummer: no", "'no'"),
    "yaml 1.1 on": Mistake(BEGROTING, replace("soort: overig", "soort: on"), "soort: on", "'on'"),
    "yaml 1.1 leading zero": Mistake(BEGROTING, replace("nummer: 2", "nummer: 08"), "nummer: 08", "begint met een 0"),
    "yaml 1.1 underscore": Mistake(BEGROTING, replace("bedrag: 4500000", "bedrag: 4_500_000"),
                                   "4_500_000", "liggende streepjes"),
    "binary float": Mistake(BEGROTING, replace("bedrag: 1250000", "bedrag: 1.25e6"), "1.25e6", "kommagetal"),
    "missing field": Mistake(BEGROTING, replace("        bedrag: 1250000\n", ""), "id: gamma", "'bedrag' ontbreekt"),
    "unknown field": Mistake(BEGROTING, replace("        bedrag: 1250000\n", "        bedrg: 1250000\n"),
                             "bedrg:", "onbekend veld 'bedrg'"),
    "wrong type": Mistake(BEGROTING, replace("naam: Eerste", "naam: [Eerste]"), "naam: [Eerste]", "verwacht is tekst"),
    "number where text is expected": Mistake(BEGROTING, replace("naam: Eerste", "naam: 12"), "naam: 12",
                                             "tussen aanhalingstekens"),
    "negative amount": Mistake(BEGROTING, replace(f"bedrag: {OVERIG}", f"bedrag: -{OVERIG}"), f"-{OVERIG}",
                               "nul of negatief"),
    "zero amount": Mistake(BEGROTING, replace(f"bedrag: {OVERIG}", "bedrag: 0"), "bedrag: 0", "nul of negatief"),
    "unknown reference": Mistake(BEGROTING, replace("document: proefbrief-2021", "document: bron-bestaat-niet"),
                                 "bron-bestaat-niet", "geen bron met id 'bron-bestaat-niet'"),
    "same id twice": Mistake(BEGROTING, replace("id: gamma", "id: alfa  # dubbel"), "# dubbel", "komt al voor"),
    "badly formatted id": Mistake(BEGROTING, replace("id: beta", "id: Be Ta"), "Be Ta", "kleine letters"),
    "impossible date": Mistake(BRON, replace("datum: 2021-03-01", "datum: 2021-02-30"), "2021-02-30",
                               "geen bestaande datum"),
    "badly formatted date": Mistake(BRON, replace("datum: 2021-03-01", "datum: 01-03-2021"), "01-03-2021",
                                    "JJJJ-MM-DD"),
    "address not http": Mistake(BRON, replace("kenmerk:", "adres: javascript:alert(1)\nkenmerk:"),
                                "javascript:", "https://"),
    "address without scheme": Mistake(BRON, replace("kenmerk:", "adres: www.rijksoverheid.nl\nkenmerk:"),
                                      "www.rijksoverheid", "https://"),
    "tab": Mistake(BEGROTING, replace("    totaal: 7500000", "\ttotaal: 7500000"), "\ttotaal", "tab"),
    "invalid yaml": Mistake(BRON, replace("titel: Proefbrief", "titel: Proefbrief: een brief"),
                            "titel: Proefbrief", "aanhalingstekens"),
    "alias bomb": Mistake(BEGROTING, replace("titel: Proefpakket", "a: &a [x, x]\nb: &b [*a, *a]\ntitel: Proefpakket"),
                          "b: &b", "aliassen"),
    "total does not add up": Mistake(BEGROTING, replace("bedrag: 4500000", "bedrag: 5500000"),
                                     "totaal: 7500000", "som van de regels is € 8,5 miljoen (8500000)"),
    "yaml 1.1 boolean": Mistake("data/bronversies/proefbericht-2021.yaml",
                                replace("volledige_tabel: false", "volledige_tabel: no"), "volledige_tabel: no",
                                "true of false"),
    "same page slug twice": Mistake("data/initiatieven/proefnetwerk.yaml",
                                    replace("gemeenten: [Proefstad]", "gemeenten: [PROEFSTAD]"),
                                    "PROEFSTAD", "hetzelfde webadres"),
    "initiative line of another actielijn": Mistake("data/initiatieven/proefhuis.yaml",
                                                    replace("actielijn: eerste", "actielijn: eerste\nbegrotingsregel: "
                                                            "delta"),
                                                    "begrotingsregel: delta", "hoort bij"),
    "percentages not adding up": Mistake("data/opbrengsten.yaml", replace("procent: 20", "procent: 21"),
                                         "- naam: Lokaal", "tellen op tot 101%"),
    "missing schema line": Mistake(BRON, lambda text: text.split("\n", 1)[1], "titel:", "schema"),
}


def line_number(text: str, needle: str) -> int:
    lines = [number for number, line in enumerate(text.splitlines(), start=1) if needle in line]
    assert len(lines) == 1, f"test set-up: {needle!r} must be on exactly one line"
    return lines[0]


def published_site(project: Path) -> dict[str, bytes]:
    """A stand-in for the site published earlier, to prove a failed build leaves it alone."""
    (project / "site" / "begroting").mkdir(parents=True)
    (project / "site" / "index.html").write_text("<p>vorige versie</p>", "utf-8")
    (project / "site" / "begroting" / "index.html").write_text("<p>vorige begroting</p>", "utf-8")
    return tree_snapshot(project / "site")


def assert_refused(project: Path, before: dict[str, bytes], file: str, line: int, says: str) -> str:
    """Through ./site-build.sh: refused, with the place and the reason, and site/ untouched."""
    result = run_site_build(project)
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert f"{file}:{line}:" in output, output
    assert says in output, output
    assert "site/ is niet veranderd" in output
    assert tree_snapshot(project / "site") == before
    return output


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """What the data check reads (data/ and content/), from the fixture data set."""
    return fixture_project(tmp_path / "project")


def assert_check_refuses(project: Path, file: str, line: int, says: str, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert check.main([str(project / "data")]) == 1
    output = capsys.readouterr().err
    assert f"{file}:{line}:" in output, output
    assert says in output, output


@pytest.mark.parametrize("name", MISTAKES)
def test_a_mistake_is_refused_with_file_and_line(data_copy: Path, name: str,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    mistake = MISTAKES[name]
    path = data_copy / mistake.file
    text = mistake.change(path.read_text("utf-8"))
    path.write_text(text, "utf-8")
    assert_check_refuses(data_copy, mistake.file, line_number(text, mistake.line_of), mistake.says, capsys)


@pytest.mark.parametrize(("name", "content", "says"), [
    ("not utf-8", "titel: Overzicht für 2021\n".encode("latin-1"), "niet opgeslagen als UTF-8"),
    ("byte-order mark", b"\xef\xbb\xbf" + b"titel: x\n", "byte-order mark"),
    ("empty file", b"# yaml-language-server: $schema=../schemas/bron.schema.json\n\n", "leeg"),
    ("huge file", b"# yaml-language-server: $schema=../schemas/bron.schema.json\n" + b"# x\n" * 300_000, "te groot"),
])
def test_a_broken_file_is_refused(data_copy: Path, name: str, content: bytes, says: str,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    (data_copy / BRON).write_bytes(content)
    assert_check_refuses(data_copy, BRON, 1, says, capsys)


def test_a_file_name_that_is_no_slug_is_refused(data_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (data_copy / "data/initiatieven/proefhuis.yaml").rename(data_copy / "data/initiatieven/Proef Huis.yaml")
    assert_check_refuses(data_copy, "data/initiatieven/Proef Huis.yaml", 1, "geen geldig id", capsys)


def test_every_problem_is_reported_at_once(project: Path) -> None:
    """Through ./site-build.sh itself: every problem at once, and the published site/ untouched."""
    with_fixture_data(project)
    before = published_site(project)
    path = project / BEGROTING
    text = path.read_text("utf-8").replace("bedrag: 4500000", "bedrag: 4,5").replace("naam: Eerste", "nam: Eerste")
    path.write_text(text, "utf-8")
    (project / BRON).write_text((project / BRON).read_text("utf-8").replace("2021-03-01", "2021-13-01"), "utf-8")
    output = assert_refused(project, before, BEGROTING, line_number(text, "bedrag: 4,5"), "komma")
    assert f"{BEGROTING}:{line_number(text, 'nam: Eerste')}:" in output
    assert f"{BRON}:" in output
    assert "bedoelt u 'naam'?" in output
    assert "3 problemen" in output  # the comma, 'nam' (not also 'naam' missing: one cause), the date
