"""The site search's index (search/search_index.json, made by the build by the theme's rules) as a reader
meets it in the results: every word in it is a word a reader sees on its page, never two
run together ("regelBedragAandeel", "UitgeverRijksoverheid"); the facts of each initiative
are a section of their own, and every label and value in them is a word of its own
("Niveau: Lokaal", never "NiveauLokaal"), so each can be found and the snippet reads.

The theme takes the text of a page without the breaks between table cells, terms and
definitions, or around <br>: the templates put white space there. The labels and values
are those on the built initiative page (its <dt>/<dd>); the municipality and actielijn
names come from data/, read with plain PyYAML."""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from benchmark import PREPARE
from bs4 import BeautifulSoup
from conftest import ROOT, build_env

from macros.postbuild.zoekindex import END_MARK, INDEX, MARK, add_best_bets
from macros.register.site import load_site

DATA = ROOT / "data"
INITIATIEVEN = sorted((DATA / "initiatieven").glob("*.yaml"))
ACTIELIJNEN = {o["id"]: o for o in yaml.safe_load((DATA / "begroting.yaml").read_text("utf-8"))["onderdelen"]}


@pytest.fixture(scope="module")
def index(site: Path) -> dict[str, str]:
    """Each indexed section's text by its location, with the markup the theme keeps
    (lists, paragraphs) turned into the word breaks a reader sees."""
    docs = json.loads((site / "search" / "search_index.json").read_text("utf-8"))["docs"]
    return {doc["location"]: " ".join(html.unescape(re.sub(r"<[^>]+>", " ", doc["text"])).split()) for doc in docs}


# What a reader sees as apart: every block, cell, list item and line break, and the tags the
# theme keeps in the index text (which its search also treats as breaks). The drawing of a
# chart is left out of the index; its labels are apart on screen too.
BREAKS = ["address", "article", "aside", "blockquote", "br", "caption", "dd", "details", "div", "dl", "dt",
          "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
          "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr",
          "ul", "code", "sub", "sup", "svg", "text", "tspan", "title", "desc", "img"]
# A word that looks glued: a small letter before a capital, or a digit against a letter.
LOOKS_GLUED = re.compile(r"[a-zà-ÿ][A-Z]|\d[^\W\d_]|[^\W\d_]\d")


@pytest.fixture(scope="module")
def search_index(site: Path) -> dict:
    return json.loads((site / "search" / "search_index.json").read_text("utf-8"))


def seen_words(page: str, separator: re.Pattern[str]) -> set[str]:
    """The words of a page's HTML as a reader sees them apart, split as the search splits them."""
    soup = BeautifulSoup(page, "html.parser")
    for element in soup.find_all(BREAKS):
        element.insert_before(" ")
        element.insert_after(" ")
    return {word for word in separator.split(soup.get_text()) if word}


def indexed_words(text: str, separator: re.Pattern[str]) -> list[str]:
    """The words of an index entry as the theme's search splits them: at its separator and
    at the tags it keeps."""
    return [word for word in separator.split(html.unescape(re.sub(r"<[^>]+>", " ", text))) if word]


def test_every_word_in_the_index_is_a_word_on_its_page(site: Path, search_index: dict) -> None:
    """Over the whole index: a word that is not on its page as a reader sees it is two (or
    more) run together, where the page's HTML has no white space between two cells, a term
    and its definition, or around a line break. Such a word is never found, and the snippet
    shows it glued."""
    separator = re.compile(search_index["config"]["separator"])
    seen: dict[str, set[str]] = {}
    glued: dict[str, list[str]] = {}
    for doc in search_index["docs"]:
        page = doc["location"].split("#")[0] + "index.html"
        if page not in seen:
            seen[page] = seen_words((site / page).read_text("utf-8"), separator)
        found = [word for word in indexed_words(doc["text"], separator) if word not in seen[page]]
        if found:
            glued[doc["location"] or "/"] = found
    examples = [f"{location}: {words[:5]}" for location, words in list(glued.items())[:10]]
    assert not glued, f"{sum(map(len, glued.values()))} glued words in {len(glued)} entries, e.g. {examples}"


def written_words() -> set[str]:
    """Every word the editors and the templates write: a name such as 'Huis73', 'CC0' or
    'ProperDocs' looks glued but is written so."""
    words: set[str] = set()
    for pattern in ("data/**/*.yaml", "content/**/*.md", "macros/html/templates/*.html", "overrides/**/*.html"):
        for path in ROOT.glob(pattern):
            words.update(re.findall(r"\w+", path.read_text("utf-8")))
    return words


def test_no_word_in_the_index_looks_glued_unless_it_is_written_so(search_index: dict, site: Path) -> None:
    """Also glue that the page itself shows (two inline elements without a space): a word
    with a small letter before a capital or a digit against a letter is one that data/,
    content/ or a template writes that way, or the code in the version of the data."""
    version = json.loads((site / "downloads" / "datapackage.json").read_text("utf-8"))["version"]
    written = written_words() | set(re.findall(r"\w+", version))
    def text(doc: dict) -> str:
        return html.unescape(re.sub(r"<[^>]+>", " ", f"{doc['title']} {doc['text']}"))

    glued = sorted({(doc["location"] or "/", word) for doc in search_index["docs"]
                    for word in re.findall(r"\w+", text(doc)) if LOOKS_GLUED.search(word) and word not in written})
    assert not glued, f"{len(glued)} words that look glued, e.g. {glued[:20]}"


def test_the_glue_tests_see_glue() -> None:
    """The two checks above on a fixture: a table and a definition list without white space."""
    separator = re.compile(r"[\s\-]+")
    page = "<table><tr><th>regel</th><td>Bedrag</td></tr></table><dl><dt>Uitgever</dt><dd>Rijksoverheid</dd></dl>"
    theme_text = "regelBedrag UitgeverRijksoverheid"  # what the theme's index makes of it
    seen = seen_words(page, separator)
    assert [w for w in indexed_words(theme_text, separator) if w not in seen] == theme_text.split()
    assert all(LOOKS_GLUED.search(word) for word in theme_text.split())
    assert not any(LOOKS_GLUED.search(word) for word in ("JOGG", "GGZ", "ease", "Hertogenbosch", "Bedrag"))


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


def test_the_index_is_the_one_the_themes_own_search_makes(site: Path, search_index: dict, tmp_path: Path) -> None:
    """The build makes the index from the written pages, beside the generator
    (postbuild/zoekindex.py). Here the theme's search plugin makes it itself, from the same
    pre-rendered pages: the plain build of the benchmark (properdocs with the configuration of
    the generator step, the plugin at work). With the readers' words added, the two are the
    same, entry for entry and in the same order, with the same settings."""
    work = tmp_path / "work"
    subprocess.run([sys.executable, "-c", PREPARE, str(work)], cwd=ROOT, env=build_env(), check=True)
    subprocess.run([sys.executable, "-m", "properdocs", "build", "--quiet", "-f", str(work / "mkdocs.yml")],
                   cwd=work, env=build_env(), check=True)
    plain = json.loads((work / "site" / INDEX).read_text("utf-8"))
    assert add_best_bets(load_site(ROOT), plain) == []
    assert plain["config"] == search_index["config"]
    assert [doc["location"] for doc in plain["docs"]] == [doc["location"] for doc in search_index["docs"]]
    assert plain["docs"] == search_index["docs"]


def test_no_page_keeps_the_marks_of_the_index(site: Path) -> None:
    """The theme marks each page's content for the index; the build takes the marks out."""
    for page in site.rglob("*.html"):
        text = page.read_text("utf-8")
        assert MARK not in text and END_MARK not in text, page.relative_to(site)
