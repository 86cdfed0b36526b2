"""The site search's index (search/search_index.json, written by the theme) as a reader
meets it in the results: the facts of each initiative are a section of their own, and
every label and value in them is a word of its own ("Niveau: Lokaal", never
"NiveauLokaal"), so each can be found and the snippet reads.

The labels and values are those on the built initiative page (its <dt>/<dd>); the
municipality and actielijn names come from data/, read with plain PyYAML."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup
from conftest import ROOT

DATA = ROOT / "data"
INITIATIEVEN = sorted((DATA / "initiatieven").glob("*.yaml"))
ACTIELIJNEN = {o["id"]: o for o in yaml.safe_load((DATA / "begroting.yaml").read_text("utf-8"))["onderdelen"]}


@pytest.fixture(scope="module")
def index(site: Path) -> dict[str, str]:
    """Each indexed section's text by its location, with the markup the theme keeps
    (lists, paragraphs) turned into the word breaks a reader sees."""
    docs = json.loads((site / "search" / "search_index.json").read_text("utf-8"))["docs"]
    return {doc["location"]: " ".join(html.unescape(re.sub(r"<[^>]+>", " ", doc["text"])).split()) for doc in docs}


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


def stands_alone(name: str, text: str) -> bool:
    """`name` occurs in `text` with no letter or digit glued to either end."""
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None


@pytest.mark.parametrize("path", INITIATIEVEN, ids=lambda p: p.stem)
def test_the_facts_of_an_initiative_are_separate_words_in_their_own_section(
        path: Path, index: dict[str, str], pages: dict[str, BeautifulSoup]) -> None:
    page = pages[f"initiatieven/{path.stem}/index.html"]
    facts = page.select_one("article.initiatief dl.feiten")
    heading = facts.find_previous_sibling(re.compile(r"^h[2-6]$"))
    assert heading is not None and heading.get("id"), "the facts need a heading with an id to be a search section"
    location = f"initiatieven/{path.stem}/#{heading['id']}"
    assert location in index, f"{location} is not a section of the search index"
    text = index[location]

    # The same words, in the same order, as on the page: nothing glued, nothing lost.
    shown = " ".join(element.get_text(" ") for element in facts.find_all(["dt", "dd"], recursive=False))
    assert words(text) == words(shown)
    for label in facts.find_all("dt", recursive=False):
        assert re.search(rf"(?:^|\s){re.escape(label.get_text(strip=True))}\s", text), (
            f"label {label.get_text(strip=True)!r} glued to a neighbour in: {text[:200]}")

    initiatief = yaml.safe_load(path.read_text("utf-8"))
    for gemeente in initiatief.get("gemeenten", []):
        assert stands_alone(gemeente, text), f"{gemeente} is not a word of its own in: {text[:200]}"
    assert stands_alone(ACTIELIJNEN[initiatief["actielijn"]]["naam"], text), text[:200]


def test_the_page_section_of_an_initiative_is_its_description(index: dict[str, str],
                                                              pages: dict[str, BeautifulSoup]) -> None:
    """The first section of an initiative's page holds whether the package paid it and what it is,
    not also the facts."""
    for path in INITIATIEVEN:
        article = pages[f"initiatieven/{path.stem}/index.html"].select_one("article.initiatief")
        money = article.select_one("dl.financiering")
        shown = " ".join(e.get_text(" ") for e in money.find_all(["dt", "dd"], recursive=False))
        description = article.select_one("article.initiatief > p").get_text(" ")
        assert words(index[f"initiatieven/{path.stem}/"]) == words(shown + " " + description), path.stem
