"""The site search in a real browser, for what readers type that the site writes otherwise,
and for a search that finds nothing.

* Readers' words (data/zoekwoorden.yaml): each word leads to its page or budget line as the
  first result, with the words shown on it. 'Den Bosch' finds the initiative in
  's-Hertogenbosch and 'eenzaamheid' the budget line against loneliness, with its amount.
* No result: under the theme's "Geen overeenkomende documenten" the site says what it
  covers and what not; a search for a municipality leads to the page Per gemeente.

Every expectation comes from data/ (read with plain PyYAML) or from the registers."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
import yaml
from conftest import ROOT
from playwright.sync_api import Browser, Page
from test_browser import axe_problems, open_search, search, search_url  # noqa: F401  (search_url: with its index)

from macros.formatting import urls
from macros.register.site import load_site

pytestmark = pytest.mark.browser

SITE = load_site(ROOT)
ZOEKWOORDEN = yaml.safe_load((ROOT / "data" / "zoekwoorden.yaml").read_text("utf-8"))["zoekwoorden"]
INITIATIEVEN = {path.stem: yaml.safe_load(path.read_text("utf-8"))
                for path in sorted((ROOT / "data" / "initiatieven").glob("*.yaml"))}
NONE = "Geen overeenkomende documenten"


def target(item: dict) -> tuple[str, str]:
    """Where a readers' word must lead (address from the site root, with its anchor) and
    the title the result must show."""
    if "regel" in item:
        regel = SITE.gegevens.regel(item["regel"])
        onderdeel = next(o for o in SITE.gegevens.begroting.onderdelen if regel in o.regels)
        page = urls.onderdeel_url(onderdeel).split("#")[0]
        return f"{page}#{urls.regel_anchor(regel.id)}", f"{regel.naam}: {SITE.cijfers['regel:' + regel.id].tekst}"
    pagina = SITE.paginas[item["pagina"]]
    return pagina.adres + (f"#{item['anker']}" if "anker" in item else ""), pagina.titel


WORDS = [(woord, *target(item)) for item in ZOEKWOORDEN for woord in item["woorden"]]


@pytest.fixture(scope="module")
def dialog(browser: Browser, search_url: str) -> Iterator[Page]:  # noqa: F811
    """One search dialog for the whole module, as a reader who searches again and again."""
    page = browser.new_page()
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    open_search(page, search_url)
    yield page
    page.close()
    assert errors == []


def first_result(page: Page, query: str, base: str) -> dict:
    """The first result group of a search: its links (from the site root, without the
    theme's highlight parameter) and its text, with the words shown on it."""
    search(page, query)
    first = page.locator(".md-search-result__item").first
    links = [re.sub(r"\?h=[^#]*", "", href.removeprefix(base))
             for href in first.locator("a").evaluate_all("links => links.map(a => a.href)")]
    return {"links": links, "text": " ".join(first.inner_text().split())}


def test_the_readers_questions_of_the_issue_are_covered() -> None:
    """'Den Bosch' for the initiative in 's-Hertogenbosch and 'eenzaamheid' for the budget
    line against loneliness of the elderly: both stand in data/zoekwoorden.yaml."""
    in_bosch = [stem for stem, i in INITIATIEVEN.items() if "'s-Hertogenbosch" in i.get("gemeenten", [])]
    lines = [r.id for r in SITE.gegevens.begroting.regels if "eenzaamheid" in r.naam.lower()]
    assert in_bosch and lines
    pairs = {(woord.lower(), where) for woord, where, _ in WORDS}
    assert {("den bosch", urls.initiatief_url(stem)) for stem in in_bosch} <= pairs
    assert any(("eenzaamheid", where) in pairs for where in (target({"regel": line})[0] for line in lines))


@pytest.mark.parametrize(("woord", "where", "title"), WORDS, ids=[w for w, _, _ in WORDS])
def test_a_readers_word_finds_its_place_first(dialog: Page, search_url: str,  # noqa: F811
                                              woord: str, where: str, title: str) -> None:
    found = first_result(dialog, woord, search_url)
    assert where in found["links"], f"{woord}: {where} not in the first result {found}"
    assert title.replace("\u00a0", " ") in found["text"].replace("\u00a0", " "), found["text"]
    assert woord in found["text"], "the reader's words are shown on the result"


def unknown_municipality() -> str:
    """A large municipality that no data file names, so the site has nothing on it."""
    written = "\n".join(path.read_text("utf-8") for path in (ROOT / "data").rglob("*.yaml")).lower()
    return next(name for name in ("Groningen", "Eindhoven", "Tilburg", "Almere", "Nijmegen", "Enschede")
                if name.lower() not in written)


def no_result_block(page: Page) -> dict:
    block = page.locator(".zoeken-geen-resultaat")
    municipality = block.locator(".zoeken-gemeente")
    return {"shown": block.is_visible(), "text": block.inner_text() if block.is_visible() else "",
            "gemeente": municipality.is_visible(),
            "href": municipality.locator("a").evaluate("a => a.href") if municipality.is_visible() else None}


def search_for_nothing(page: Page, query: str) -> None:
    """Search for `query` and wait until the theme has said that it found nothing. The line may
    still say so of the previous search: it is emptied first (the theme then asks the reader to
    type), so the wait is for this search, and the block below it has been updated for it."""
    meta = page.locator(".md-search-result__meta", has_text=NONE)
    page.fill("input.md-search__input", "")
    meta.wait_for(state="detached", timeout=30_000)
    page.keyboard.type(query)
    meta.wait_for(timeout=30_000)


def test_a_search_for_a_municipality_without_a_page_leads_to_per_gemeente(dialog: Page,
                                                                          search_url: str) -> None:  # noqa: F811
    search_for_nothing(dialog, unknown_municipality())
    block = no_result_block(dialog)
    assert block["shown"] and block["gemeente"], block
    assert "steunpakket sociaal en mentaal welzijn en leefstijl" in block["text"]  # what the site covers
    assert "staat niet op deze site" in block["text"]  # and what it does not
    assert "Zoekt u een gemeente? Op Per gemeente leest u waar u het bedrag van elke gemeente vindt." in block["text"]
    assert block["href"] == search_url + "gemeenten/"  # relative to the site, wherever it is published
    assert axe_problems(dialog) == []


def test_a_search_without_results_that_is_no_place_name_says_what_the_site_covers(dialog: Page) -> None:
    search_for_nothing(dialog, "zzqx 2099")
    block = no_result_block(dialog)
    assert block["shown"] and not block["gemeente"], block


def test_a_search_with_results_shows_no_such_block(dialog: Page) -> None:
    search_for_nothing(dialog, unknown_municipality())
    assert search(dialog, next(iter(INITIATIEVEN.values()))["naam"])
    assert not no_result_block(dialog)["shown"]
