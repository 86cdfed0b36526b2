"""A tapped citation as a reader on a phone sees it: it lands on its quote, in view below the
fixed header and highlighted among the quotes around it (in light and dark, without an axe
violation), with the document's official address right beside it. And the Bronnen page is a
few screens long on a phone, not dozens: one short block per source, the rest folded away.

Which citation, which quote and which address: taken from the built pages and data/."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urljoin

import pytest
import yaml
from bs4 import BeautifulSoup
from conftest import ROOT
from playwright.sync_api import Browser, Page
from test_browser import axe_problems, base_url, switch_to_dark  # noqa: F401  (the built site, served once per run)

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
# "A few screens": the sources page grows by a short block per source, folded.
MAX_SCREENS_BRONNEN = 12
SCREENS_PER_SOURCE = 0.3


def first_citation(site: Path, page: str) -> tuple[str, str]:
    """(href, source id) of the first numbered citation on a built page that links to a quote."""
    soup = BeautifulSoup((site / page).read_text("utf-8"), "html.parser")
    link = soup.select_one("sup.bronnummer a[data-citaat]")
    assert link is not None, f"{page} has no numbered citation that links to a quote"
    return str(link["href"]), str(link["data-bron"])


def target_state(page: Page) -> dict:
    return page.evaluate("""() => {
      const quote = document.querySelector(':target');
      if (!quote) return null;
      const box = quote.getBoundingClientRect(), header = document.querySelector('.md-header').getBoundingClientRect();
      const style = getComputedStyle(quote), body = getComputedStyle(document.body);
      const address = quote.querySelector('.citaat-herkomst a');
      return {tag: quote.tagName, top: box.top, bottom: box.bottom, headerBottom: header.bottom,
              height: innerHeight, background: style.backgroundColor, page: body.backgroundColor,
              outline: style.outlineStyle, address: address && address.getAttribute('href'),
              addressTop: address && address.getBoundingClientRect().top};
    }""")


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("from_page", ["begroting/index.html", "begrippen/index.html"])
def test_a_tapped_citation_lands_on_its_quote_highlighted_with_the_address(
        browser: Browser, site: Path, base_url: str, from_page: str, scheme: str) -> None:  # noqa: F811
    href, bron_id = first_citation(site, from_page)
    address = yaml.safe_load((ROOT / f"data/bronnen/{bron_id}.yaml").read_text("utf-8")).get("adres")
    page = browser.new_page(viewport=PHONE)
    page.emulate_media(color_scheme="light")
    page.goto(urljoin(base_url + from_page.removesuffix("index.html"), href), wait_until="load")
    if scheme == "dark":
        switch_to_dark(page)
    state = target_state(page)
    assert state is not None and state["tag"] == "BLOCKQUOTE", f"{href}: no quote is the target"
    # In view, and not under the fixed header.
    assert state["top"] >= state["headerBottom"] - 1 and state["top"] < state["height"], state
    assert state["background"] != state["page"] and state["outline"] != "none", state  # highlighted
    assert state["address"] == address, state  # the official address beside the quote
    assert state["addressTop"] < state["height"], state
    assert axe_problems(page) == []
    page.close()


def test_the_sources_page_is_a_few_screens_on_a_phone(browser: Browser, site: Path, base_url: str) -> None:  # noqa: F811
    sources = len(list((ROOT / "data/bronnen").glob("*.yaml")))
    page = browser.new_page(viewport=PHONE)
    page.goto(base_url + "bronnen/", wait_until="load")
    screens = page.evaluate("document.documentElement.scrollHeight") / PHONE["height"]
    assert screens <= max(MAX_SCREENS_BRONNEN, sources * SCREENS_PER_SOURCE), f"{screens:.1f} schermen"
    # Each source's official address and its own page are there without unfolding anything.
    for section in page.locator("section.bron").all():
        assert section.locator("p a").count() >= 1
    page.close()
