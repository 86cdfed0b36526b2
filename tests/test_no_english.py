"""Only Dutch for readers: no English sentence on any page, in any tooltip, download or search
entry. English editors' notes once stood where a source's words belong; the site now shows
only the sources' own (Dutch) words and its own Dutch text.

The detector: English function words that are no Dutch words. One of them may be part of a
name ("Summer Games", "MIND Us" hold none, but a title might hold one); two or more in one
sentence are an English sentence.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from openpyxl import load_workbook

ENGLISH = frozenset({
    "the", "and", "with", "which", "that", "this", "these", "those", "from", "were", "was", "have", "has",
    "been", "would", "should", "could", "their", "there", "they", "what", "when", "where", "will", "into",
    "about", "because", "only", "also", "each", "every", "other", "than", "then", "however", "while",
    "whose",
})
# Readers' text outside the page body that a browser or a screen reader shows.
ATTRIBUTES = ("title", "aria-label", "alt", "placeholder")
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def english(text: str) -> list[str]:
    """The sentences of a text that hold two or more English function words."""
    found = []
    for sentence in re.split(r"(?<=[.!?:;])\s+|\n+", text):
        words = [w.lower() for w in WORD.findall(sentence)]
        if sum(word in ENGLISH for word in words) >= 2:
            found.append(" ".join(sentence.split())[:200])
    return found


@pytest.mark.parametrize(("text", "expected"), [
    ("Het geld ging naar de Summer Games en Healthy Heroes.", []),
    ("Alles Oké? Supportlijn, @ease en MIND Us werkten samen in het Buddy Project.", []),
    ("The amount was taken from the letter.", ["The amount was taken from the letter."]),
    ("Note: this figure comes from the annex.", ["this figure comes from the annex."]),
])
def test_the_detector_finds_english_and_leaves_names_alone(text: str, expected: list[str]) -> None:
    assert english(text) == expected


def page_texts(site: Path) -> Iterator[tuple[str, str]]:
    """(where, text): every page's visible text, its tooltips and labels, and its description."""
    for path in sorted(site.rglob("*.html")):
        name = path.relative_to(site).as_posix()
        soup = BeautifulSoup(path.read_text("utf-8"), "html.parser")
        for hidden in soup(["script", "style", "code", "pre"]):
            hidden.decompose()
        body = soup.body
        yield name, body.get_text(" ") if body else ""
        for element in soup.find_all(True):
            for attribute in ATTRIBUTES:
                if element.get(attribute):
                    yield f"{name} [{attribute}]", str(element[attribute])
        description = soup.find("meta", attrs={"name": "description"})
        if description is not None:
            yield f"{name} [description]", str(description.get("content", ""))


def strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)


def download_texts(site: Path) -> Iterator[tuple[str, str]]:
    """(where, text): every text cell of the CSV, JSON and Excel files, and datapackage.json."""
    folder = site / "downloads"
    for path in sorted(folder.glob("*.csv")):
        yield path.name, path.read_text("utf-8")
    for path in sorted(folder.glob("*.json")):
        for text in strings(json.loads(path.read_text("utf-8"))):
            yield path.name, text
    for path in sorted(folder.glob("*.xlsx")):
        workbook = load_workbook(path, read_only=True)
        for sheet in workbook.worksheets:
            for row in sheet.iter_rows(values_only=True):
                for cell in row:
                    if isinstance(cell, str):
                        yield f"{path.name} [{sheet.title}]", cell
        workbook.close()


def search_texts(site: Path) -> Iterator[tuple[str, str]]:
    index = json.loads((site / "search/search_index.json").read_text("utf-8"))
    for entry in index["docs"]:
        text = BeautifulSoup(f"{entry.get('title', '')}. {entry.get('text', '')}", "html.parser").get_text(" ")
        yield f"zoekindex {entry.get('location', '')}", text


@pytest.mark.parametrize("where", [page_texts, download_texts, search_texts], ids=["pagina's", "downloads", "zoeken"])
def test_readers_get_no_english(site: Path, where) -> None:
    texts = list(where(site))
    assert texts
    found = [f"{place}: {sentence}" for place, text in texts for sentence in english(text)]
    assert found == [], "Engelse tekst voor lezers:\n" + "\n".join(sorted(set(found))[:30])
