"""Free text is plain text: Markdown is refused with its place, and a template's example
texts never reach the site (issue 14, points 5 and 9).

The template's placeholders are read from data/sjablonen/ with the schema's notion of
free text, so these tests follow the template when it changes.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from conftest import ROOT, check_data
from fixture_project import fixture_project

from macros.facts.gegevens import all_citations
from macros.facts.loader import SOORTEN, load_gegevens
from macros.reading.free_text import free_texts
from macros.reading.markdown import markdown_problems
from macros.reading.placeholders import load_placeholders
from macros.reading.strict_yaml import dotted, load_yaml

TEMPLATE = ROOT / "data/sjablonen/initiatief.yaml"
SCHEMA = "initiatief.schema.json"


def template_texts() -> list[tuple[tuple, str, tuple[int, int]]]:
    document, problems = load_yaml(TEMPLATE, "sjabloon")
    assert document is not None, problems
    return [(path, value, document.place(path)) for path, value in free_texts(document, SCHEMA)]


def test_the_template_has_placeholders_for_every_text_an_editor_writes() -> None:
    fields = {dotted(path) for path, _, _ in template_texts()}
    assert {"naam", "gemeenten[0]", "omschrijving", "organisaties[0]", "resultaten[0].tekst",
            "resultaten[0].bron.citaat", "bronnen[0].citaat"} <= fields
    assert "niveau" not in fields and "actielijn" not in fields and "bronnen[0].document" not in fields


def test_no_template_text_stands_in_the_real_data() -> None:
    """Otherwise the check would refuse a real file; a template holds no real text."""
    placeholders, problems = load_placeholders(ROOT / "data")
    assert not problems and placeholders
    for soort in SOORTEN:
        for path in sorted((ROOT / "data").glob(soort.pattern)):
            document, _ = load_yaml(path, path.name)
            for field, value in free_texts(document, soort.schema):
                assert " ".join(value.split()).casefold() not in placeholders, (path.name, field)


def test_the_template_copied_unchanged_is_refused_at_each_placeholder(project: Path) -> None:
    copy = project / "data/initiatieven/nieuw-initiatief.yaml"
    copy.write_text(TEMPLATE.read_text("utf-8"), "utf-8")
    result = check_data(project)
    assert result.returncode != 0
    for path, _, (line, column) in template_texts():
        expected = f"data/initiatieven/nieuw-initiatief.yaml:{line}:{column}: {dotted(path)}: '"
        said = [row for row in result.stderr.splitlines() if row.startswith(expected)]
        assert said and "voorbeeldtekst uit het sjabloon data/sjablonen/initiatief.yaml" in said[0], result.stderr
        assert "vervang het" in said[0]


def test_the_template_filled_in_passes(project: Path) -> None:
    """Every placeholder replaced (each quote by words its source really has: a made-up text
    is in no source, and the site has no editors' notes in place of a source's words): the
    check accepts the new initiative."""
    document, _ = load_yaml(TEMPLATE, "sjabloon")
    data = document.data
    resultaat = data["resultaten"][0]
    real = next(c for c in all_citations(load_gegevens(ROOT / "data")) if c.document == resultaat["bron"]["document"]
                and c.citaat and str(resultaat["waarde"]) in c.citaat)
    for number, (path, _) in enumerate(list(free_texts(document, SCHEMA))):
        parent = data
        for part in path[:-1]:
            parent = parent[part]
        parent[path[-1]] = f"Ingevulde tekst {number}"
        if path[-1] == "citaat":
            parent.update(document=real.document, citaat=real.citaat)
    # A payment or an amount rests on the source's own words, which a made-up text is not: the
    # filled-in template says honestly that the payment is not known.
    data["financiering"] = {"status": "niet-bekend", "toelichting": data["financiering"]["toelichting"]}
    dumped = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    (project / "data/initiatieven/nieuw-initiatief.yaml").write_text(document.first_line + "\n" + dumped, "utf-8")
    result = check_data(project)
    assert result.returncode == 0, result.stderr


def problems_in(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "initiatief.yaml"
    path.write_text(f"naam: Huis\nomschrijving: >-\n{text}\norganisaties:\n  - Een organisatie\n", "utf-8")
    document, problems = load_yaml(path, "data/initiatieven/x.yaml")
    assert document is not None, problems
    return [str(problem) for problem in markdown_problems(document, SCHEMA)]


@pytest.mark.parametrize(("text", "place", "says"), [
    ("  Dit is *belangrijk* nieuws.", "3:10", "'*belangrijk*' is Markdown-opmaak (vet of schuin)"),
    ("  Eerste regel.\n  Dit is **vet**.", "4:10", "'**vet**' is Markdown-opmaak"),
    ("  Dit is _schuin_.", "3:10", "'_schuin_' is Markdown-opmaak"),
    ("  Zie [de site](https://example.org).", "3:7", "'[de site](https://example.org)' is een Markdown-link"),
    ("  Zie ![foto](data:image/png,x).", "3:7", "is een Markdown-link"),
    ("  Typ `code`.", "3:7", "Markdown-opmaak (code)"),
    ("  Wat het doet:\n  - huiswerk\n  - muziek", "4:3", "met '-' begint, wordt geen opsomming"),
    ("  Wat het doet:\n  1. huiswerk", "4:3", "met '1.' begint, wordt geen opsomming"),
    ("  Tekst.\n  ## Kop", "4:3", "met '##' begint, wordt geen kop"),
    ("  Eerste alinea.\n\n  Tweede alinea.", "4:1", "een lege regel maakt hier geen nieuwe alinea"),
])
def test_markdown_is_refused_with_its_place(tmp_path: Path, text: str, place: str, says: str) -> None:
    problems = problems_in(tmp_path, text)
    assert any(p.startswith(f"data/initiatieven/x.yaml:{place}: omschrijving: ") and says in p
               for p in problems), problems


@pytest.mark.parametrize("text", [
    "  Zeven maal zeven is 7*7, een * alleen, a*b*c en snake_case_naam.",
    "  Huis73 - een centrum - voor jongeren [sinds 2019] (zie de bron).",
    "  1. Tijdelijke versterking, zoals de bron het nummert op de eerste regel.",
    "  Een tekst over twee regels\n  die doorloopt.",
])
def test_plain_text_is_accepted(tmp_path: Path, text: str) -> None:
    assert problems_in(tmp_path, text) == []


def test_markdown_in_a_real_file_fails_the_check_with_file_and_line(tmp_path: Path) -> None:
    project = fixture_project(tmp_path / "proef")
    path = project / "data/initiatieven/proefhuis.yaml"
    text = path.read_text("utf-8")
    path.write_text(text.replace("omschrijving: >-\n", "omschrijving: >-\n  Dit is **vet**.\n\n", 1), "utf-8")
    line = text.split("\n").index("omschrijving: >-") + 2
    result = check_data(project)
    assert result.returncode != 0
    assert f"data/initiatieven/proefhuis.yaml:{line}:10: omschrijving: '**vet**' is Markdown-opmaak" in result.stderr
    assert f"data/initiatieven/proefhuis.yaml:{line + 1}:1: omschrijving: een lege regel" in result.stderr
