"""A data file saved in another encoding than UTF-8 gets one message that says which
encoding it seems to be and how to save it as UTF-8: not one message per character."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import check_data
from project_copy import ROOT, copy_project

# Any initiative of data/ (an editor may rename or remove each one).
INITIATIEF = min(f"data/initiatieven/{p.name}" for p in (ROOT / "data" / "initiatieven").glob("*.yaml"))
BRONTEKST = "data/bronteksten/kamerbrief-opbrengsten-2021-12-21.txt"


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    return copy_project(tmp_path / "project", parts=("data", "content"))


def problems_in(project: Path) -> list[str]:
    result = check_data(project)
    assert result.returncode == 1
    return result.stderr.splitlines()[1:]


@pytest.mark.parametrize("file", [INITIATIEF, BRONTEKST])
@pytest.mark.parametrize(("codec", "seems"), [
    ("utf-16", "UTF-16"), ("utf-16-le", "UTF-16"), ("utf-16-be", "UTF-16"),
    ("utf-32", "UTF-32"), ("utf-32-le", "UTF-32"), ("utf-32-be", "UTF-32"),
])
def test_a_wide_encoding_is_one_message_with_the_way_out(data_copy: Path, file: str, codec: str, seems: str) -> None:
    (data_copy / file).write_bytes((ROOT / file).read_text("utf-8").encode(codec))
    assert problems_in(data_copy) == [
        f"{file}:1:1: dit bestand is niet opgeslagen als UTF-8 (het lijkt {seems}) — sla het op als UTF-8 zonder "
        "BOM (in VS Code: klik rechtsonder op de naam van de tekenset, kies 'Save with Encoding' en dan 'UTF-8')"]


@pytest.mark.parametrize("codec", ["cp1252", "latin-1"])
def test_an_eight_bit_encoding_is_one_message_on_its_first_line_that_is_no_utf8(data_copy: Path, codec: str) -> None:
    # Characters the 8-bit code page lacks (curly quotes in Latin-1) become plain ones, as an editor's program would.
    text = (ROOT / INITIATIEF).read_text("utf-8") + "# een opmerking over één café\n"
    text = "".join(char if char.encode(codec, errors="ignore") else "'" for char in text)
    (data_copy / INITIATIEF).write_bytes(text.encode(codec))
    lines = text.splitlines()
    first = next(number for number, line in enumerate(lines, start=1) if not line.isascii())
    column = next(index for index, char in enumerate(lines[first - 1], start=1) if not char.isascii())
    [problem] = problems_in(data_copy)
    character = next(char for char in lines[first - 1] if not char.isascii())
    assert problem.startswith(f"{INITIATIEF}:{first}:{column}: dit bestand is niet opgeslagen als UTF-8 (het lijkt "
                              f"Windows-1252 of Latin-1); op deze regel staat het eerste teken dat geen UTF-8 is "
                              f"('{character}') — open het als Windows-1252 en sla het op als UTF-8")


def test_a_stray_nul_in_utf8_text_is_still_a_character_of_its_own(data_copy: Path) -> None:
    lines = (ROOT / INITIATIEF).read_text("utf-8").split("\n")
    number = next(n for n, line in enumerate(lines) if line.startswith("naam: "))
    lines[number] = lines[number][:8] + "\x00" + lines[number][8:]  # after 'naam: ' and two characters
    (data_copy / INITIATIEF).write_text("\n".join(lines), "utf-8")
    [problem] = problems_in(data_copy)
    assert problem.startswith(f"{INITIATIEF}:{number + 1}:9: onzichtbaar stuurteken (U+0000)"), problem
